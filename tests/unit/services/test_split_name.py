"""A parents list with the whole name in one column: the name split the way Dutch names are written."""

from __future__ import annotations

import pytest

from udens_register.services.parent_import import split_name


@pytest.mark.parametrize(
    ("whole", "parts"),
    [
        ("Ineke van der Berg", ("Ineke", "van der", "Berg")),
        ("Anna Maria de Vries", ("Anna Maria", "de", "Vries")),
        ("J. Jansen", ("J.", "", "Jansen")),
        ("Berg, Ineke van der", ("Ineke", "van der", "Berg")),
        ("van der Berg, Ineke", ("Ineke", "van der", "Berg")),
        ("Zwanenburg", ("", "", "Zwanenburg")),
        ("Dhr. J. de Boer", ("J.", "de", "Boer")),
        ("de heer K. Smit", ("K.", "", "Smit")),
        ("Mevr. Ineke de Vries-van Dam", ("Ineke", "de", "Vries-van Dam")),
        ("van Dijk", ("", "van", "Dijk")),
        ("  Ineke   Zwanenburg ", ("Ineke", "", "Zwanenburg")),
        ("Ineke in 't Veld", ("Ineke", "in 't", "Veld")),
        ("", ("", "", "")),
    ],
)
def test_a_whole_name_is_split_into_first_name_infix_and_last_name(
    whole: str, parts: tuple[str, str, str]
) -> None:
    assert split_name(whole) == parts
