"""A follow-up action's timeline entry says which action it is about, and its due date or new
status, in the case pane and the case file alike (three "Vervolgactie aangemaakt" in a row said
nothing)."""

from __future__ import annotations

from udens_register.wording import action_event_words


def test_a_new_action_names_itself_and_its_due_date() -> None:
    detail = {"action_id": 3, "kind": "parents", "due": "2026-03-05"}
    assert action_event_words("action_created", detail, "nl") == "Ouders (regel 3), uiterlijk 05-03-2026"
    assert action_event_words("action_created", detail, "en") == "Parents (rule 3), due 05-03-2026"


def test_an_updated_action_names_itself_and_its_status() -> None:
    detail = {"action_id": 3, "kind": "police", "status": "done", "before": {}}
    assert action_event_words("action_updated", detail, "nl").startswith("Politie (regel 4): ")
    assert action_event_words("action_updated", detail, "nl").endswith(": gedaan")


def test_other_entries_and_entries_without_an_action_add_nothing() -> None:
    assert action_event_words("status_changed", {"kind": "parents"}, "nl") == ""
    assert action_event_words("action_created", {}, "nl") == ""
    assert (
        action_event_words("action_created", {"kind": "parents", "due": "gisteren"}, "nl")
        == "Ouders (regel 3)"
    )
