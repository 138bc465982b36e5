"""Search snippets: the words around a match, marked the way the index folds words."""

from __future__ import annotations

from udens_register.storage.search import MATCH_END as E
from udens_register.storage.search import MATCH_START as S
from udens_register.storage.search import highlight


def test_the_matching_words_are_marked_with_accents_and_case_folded() -> None:
    assert (
        highlight(["Gesprek met Zoë en haar Moeder"], "zoe moeder")
        == f"Gesprek met {S}Zoë{E} en haar {S}Moeder{E}"
    )


def test_the_last_word_is_a_prefix_as_in_the_search() -> None:
    assert highlight(["Dreigbericht via TikTok"], "dreig") == f"{S}Dreigbericht{E} via TikTok"
    # Only the last word is a prefix: "dreig" before it must match a whole word.
    assert highlight(["Dreigbericht via TikTok"], "dreig via") == f"Dreigbericht {S}via{E} TikTok"


def test_the_column_with_most_matches_and_a_window_around_the_first() -> None:
    long = (
        " ".join(f"woord{i}" for i in range(30))
        + " moeder gebeld, moeder "
        + " ".join(f"x{i}" for i in range(30))
    )
    shown = highlight(["titel zonder", long], "moeder")
    assert shown.startswith("…") and shown.endswith("…")
    assert shown.count(S) == 2 and "gebeld" in shown
    assert len(shown.split()) <= 10


def test_nothing_to_mark_gives_nothing() -> None:
    assert highlight(["iets anders"], "moeder") == ""
    assert highlight(["iets"], "  ") == ""
