"""The words for a decision's lines and routes, Dutch and English: the one place they are written.

The wizard, the case pane and the case-file PDF all call :func:`line_words`, so a line reads
the same on screen and on paper. The protocol's own rule wording is quoted in Dutch in every
language (it is the school's text). Pure Python: usable by ``ui`` and ``reporting`` alike.
"""

from __future__ import annotations

from udens_register.domain.decisions import ActionKind, ParentMode, Route
from udens_register.protocol import rule_text
from udens_register.services.decision_view import DecisionLine

LANGUAGES = ("nl", "en")

# (Dutch, English); {name} is the person, {grounds} the cited grounds of rule 4.
WORDS: dict[str, tuple[str, str]] = {
    "parents_inform": ("Ouders van {name} informeren — regel 3", "Inform the parents of {name} — rule 3"),
    "parents_consent": (
        "Ouders van {name} alleen inschakelen met toestemming van de leerling (18 jaar of ouder) — regel 3",
        "Involve the parents of {name} only with the pupil's consent (18 or older) — rule 3",
    ),
    "police": ("Politie inschakelen — regel 4", "Involve the police — rule 4"),
    "urgent": ("SPOED: bel nu 112", "URGENT: call 112 now"),
    "guidance": (
        "Zorgen dat {name} als slachtoffer wordt begeleid — regel 5",
        "Make sure {name} is guided as a victim — rule 5",
    ),
    "deviation": ("Afgeweken: {reason}", "Deviated from: {reason}"),
    "outside": ("Buiten het protocol: {title}", "Outside the protocol: {title}"),
    "nobody": ("(onbekend)", "(unknown)"),
}

ROUTE_WORDS: dict[Route, tuple[tuple[str, str], tuple[str, str]]] = {
    Route.BOARD_INSPECTOR: (
        (
            "Medewerker verdacht van een zedendelict tegen een minderjarige leerling",
            "Staff member suspected of a sexual offence against a minor pupil",
        ),
        (
            "De school moet het bevoegd gezag (bestuur) direct informeren. Het bestuur overlegt meteen met "
            "de vertrouwensinspecteur van de Inspectie van het Onderwijs en doet bij een redelijk vermoeden "
            "aangifte bij de politie.",
            "The school must inform the board (bevoegd gezag) at once. The board consults the confidential "
            "inspector of the Inspectorate of Education straight away and, where there is a reasonable "
            "suspicion, reports the matter to the police.",
        ),
    ),
    Route.MELDCODE: (
        (
            "Signalen van huiselijk geweld of kindermishandeling",
            "Signals of domestic violence or child abuse",
        ),
        (
            "Volg de vijf stappen van de Meldcode: 1 signalen in kaart brengen; 2 collegiale consultatie en "
            "zo nodig Veilig Thuis raadplegen; 3 gesprek met de leerling en/of ouders; 4 het geweld of de "
            "kindermishandeling wegen met het afwegingskader; 5 beslissen: melden bij Veilig Thuis en/of "
            "hulp organiseren.",
            "Follow the five steps of the Meldcode: 1 map the signals; 2 consult a colleague and, if needed, "
            "Veilig Thuis; 3 talk with the pupil and/or parents; 4 weigh the violence or abuse using the "
            "assessment framework; 5 decide: report to Veilig Thuis and/or organise help.",
        ),
    ),
    Route.SEXUAL_IMAGES: (
        ("Seksueel beeldmateriaal van een minderjarige", "Sexual images of a minor"),
        (
            "Zulke beelden nooit kopiëren, doorsturen of bewaren, ook niet als bewijs. Leg alleen een "
            "beschrijving vast en meld de beelden bij de politie.",
            "Never copy, forward or store such images, not even as evidence. Record only a description "
            "and report the images to the police.",
        ),
    ),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def words(key: str, lang: str, **values: object) -> str:
    """The text ``key`` of this module in ``lang`` (``nl`` or ``en``)."""
    text = _pick(WORDS[key], lang)
    return text.format(**values) if values else text


def line_words(line: DecisionLine, lang: str) -> str:
    """What one line of a decision says, citing its rule; the same on every screen and page."""
    name = line.person.name if line.person and line.person.name else words("nobody", lang)
    if line.kind is ActionKind.PARENTS:
        key = "parents_consent" if line.mode is ParentMode.CONSENT else "parents_inform"
        return words(key, lang, name=name)
    if line.kind is ActionKind.GUIDANCE:
        return words("guidance", lang, name=name)
    text = words("police", lang)
    if line.grounds:
        text += " (" + "; ".join(f"{g.value}: {rule_text(g.value)}" for g in line.grounds) + ")"
    if line.urgent:
        text += " — " + words("urgent", lang)
    return text


def deviation_words(reason: str, lang: str) -> str:
    """The note beside a line the coordinator deviated from."""
    return words("deviation", lang, reason=reason)


def route_title(route: Route, lang: str) -> str:
    """A route outside the protocol, announced as such."""
    return words("outside", lang, title=_pick(ROUTE_WORDS[route][0], lang))


def route_advice(route: Route, lang: str) -> str:
    """What the school must do on a route outside the protocol."""
    return _pick(ROUTE_WORDS[route][1], lang)
