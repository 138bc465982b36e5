"""The protocol's own wording for the rules the register cites (Dutch, verbatim): words, so
they live with the other words; :mod:`udens_register.protocol` hands them out under its own names."""

from __future__ import annotations

RULE_TEXT_NL: dict[str, str] = {
    "2a": "compromitterende foto's of filmpjes van medewerkers",
    "2c": "te populair taalgebruik en schuttingtaal",
    "g3": "Medewerkers van het Udens College publiceren geen vertrouwelijke informatie op social media.",
    "g4": "Medewerkers gaan niet in discussie met een leerling of ouder via de social media.",
    "g8": (
        "Bij twijfel over een publicatie of over de raakvlakken met het Udens College zoeken "
        "medewerkers contact met hun direct leidinggevende."
    ),
    "3": (
        "we schakelen ouders in bij gevallen waarbij leerlingen betrokken zijn en waarbij er "
        "sprake is van overtredingen tegen dit protocol"
    ),
    "4": "we schakelen de politie in als er sprake is van misbruik van sociale media",
    "4a": "dreiging met geweld, in fysieke, psychische of materiële zin",
    "4b": "seksuele intimidatie",
    "4c": "beschuldiging van seksuele intimidatie",
    "5": "de schoolleiding ziet erop toe dat slachtoffers op een adequate manier worden begeleid",
}


def rule_text(code: str) -> str:
    """The protocol's Dutch wording for a rule code such as ``"4a"``.

    Raises:
        KeyError: for a code the protocol does not have.
    """
    return RULE_TEXT_NL[code]
