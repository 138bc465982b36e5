"""The one place a decision line's words are written: both languages, every kind, every route."""

from __future__ import annotations

import pytest

from udens_register.domain.decisions import ActionKind
from udens_register.domain.decisions import Ground
from udens_register.domain.decisions import ParentMode
from udens_register.domain.decisions import Route
from udens_register.services.decision_view import DecisionLine
from udens_register.services.decision_view import DecisionView
from udens_register.services.decision_view import PersonRef
from udens_register.wording import LANGUAGES
from udens_register.wording import has_label
from udens_register.wording import label
from udens_register.wording.decisions import deviation_words
from udens_register.wording.decisions import line_words
from udens_register.wording.decisions import route_advice
from udens_register.wording.decisions import route_title
from udens_register.wording.decisions import why_not_words
from udens_register.wording.source import ENTRIES

LINES = [
    DecisionLine(ActionKind.PARENTS, PersonRef(1, "Bram Kuipers"), ParentMode.INFORM),
    DecisionLine(ActionKind.PARENTS, PersonRef(1, "Bram Kuipers"), ParentMode.CONSENT),
    DecisionLine(ActionKind.POLICE, grounds=(Ground.THREAT_OF_VIOLENCE, Ground.ACCUSATION), urgent=True),
    DecisionLine(ActionKind.POLICE),
    DecisionLine(ActionKind.GUIDANCE, PersonRef(1, "Bram Kuipers")),
]


def test_every_text_has_dutch_and_english() -> None:
    for key in ENTRIES["decision"]:
        pair = (label("decision", key, "nl"), label("decision", key, "en"))
        assert (all(pair) and pair[0] != pair[1]) or key == "nobody", key
    assert all(has_label("route_title", r.value) and has_label("route_advice", r.value) for r in Route)
    for route in Route:
        for lang in LANGUAGES:
            assert route_title(route, lang) and route_advice(route, lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_line_cites_its_rule_and_names_its_person(lang: str) -> None:
    rule = "regel" if lang == "nl" else "rule"
    for line in LINES:
        text = line_words(line, lang)
        assert f"{rule} {line.rule[0]}" in text, text
        if line.person:
            assert "Bram Kuipers" in text
    urgent = line_words(LINES[2], lang)
    assert "112" in urgent and "4a: dreiging met geweld" in urgent and "4c: beschuldiging" in urgent
    assert "112" not in line_words(LINES[3], lang)


def test_dutch_is_the_default_and_the_words_differ_per_language() -> None:
    line = LINES[0]
    assert line_words(line, "nl") == "Ouders van Bram Kuipers informeren — regel 3"
    assert line_words(line, "en") == "Inform the parents of Bram Kuipers — rule 3"
    assert line_words(line, "xx") == line_words(line, "nl")
    assert deviation_words("reden", "nl") == "Afgeweken: reden"
    assert route_title(Route.MELDCODE, "en").startswith("Outside the protocol: ")


def test_why_a_rule_brings_in_nobody_is_worded_once_for_the_wizard_and_the_pdf() -> None:

    nothing = DecisionView(violation=False, rules=(), lines=())
    assert why_not_words(nothing, "en") == [
        "No violation of the protocol: parents are not brought in under rule 3.",
        "No ground from rule 4 and no acute danger: the police are not brought in.",
        "No victim is recorded: rule 5 asks no guidance.",
    ]
    witnesses_only = DecisionView(violation=True, rules=(), lines=())
    assert why_not_words(witnesses_only, "nl")[0] == (
        "Geen leerling is slachtoffer, dader of verspreider: regel 3 schakelt geen ouders in."
    )
    everything = DecisionView(violation=True, rules=("3", "4", "5"), lines=tuple(LINES))
    assert why_not_words(everything, "nl") == []
