"""Text that imports garbled or invisible is refused with its line: a file of two encodings put
together (UTF-8 lines and a Windows-1252 line: read as Windows-1252, Zoë became ZoÃ«), and names
of zero-width characters or with a byte-order mark inside. A file wholly in Windows-1252 still
imports."""

from __future__ import annotations

import pytest

from udens_register.services.importer import ImportRefused
from udens_register.wording import problem_words

HEADER = "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Klas\n"


def _refused(reg, raw: bytes) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    with pytest.raises(ImportRefused) as info:
        reg.importer.apply(raw)
    assert reg.persons.find() == []
    return [(p.line, problem_words(p.code, "nl", p.params())) for p in info.value.problems]


def test_two_encodings_put_together_are_refused_at_the_first_line_of_the_other(reg) -> None:  # type: ignore[no-untyped-def]
    raw = (HEADER + "700040;Zoë;;Jansen;1A\n").encode() + "700041;Daniël;;Müller;1A\n".encode("cp1252")
    ((line, words),) = _refused(reg, raw)
    assert line == 3 and "andere codering" in words


def test_a_file_wholly_in_windows_1252_still_imports(reg) -> None:  # type: ignore[no-untyped-def]
    raw = (HEADER + "700041;Daniël;;Müller;1A\n").encode("cp1252")
    reg.importer.apply(raw)
    assert [p.first_name for p in reg.persons.find()] == ["Daniël"]


@pytest.mark.parametrize("name", ["\u200b", "Lies\u200b", "\ufeffBom", "An\u2060na"])
def test_an_invisible_character_in_a_name_refuses_its_line(reg, name: str) -> None:  # type: ignore[no-untyped-def]
    raw = (HEADER + "700059;Anna;;Smit;1A\n" + f"700060;{name};;Jansen;1A\n").encode()
    ((line, words),) = _refused(reg, raw)
    assert line == 3 and "onzichtbaar" in words, words
