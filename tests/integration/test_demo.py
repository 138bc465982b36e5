"""The demo register reads as a register in use: every case on its own dates in the past,
decisions, notes and corrections, actions done with outcomes and some past their due date."""

from __future__ import annotations

import json
from datetime import date
from datetime import datetime
from pathlib import Path

import pytest

from tests.integration.test_cli import run


@pytest.mark.slow
def test_demo_cases_live_on_their_own_dates(demo_dir: Path) -> None:
    result = run("--data-dir", str(demo_dir), "export-json", "-o", "-")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    today = date.today()
    days_seen: set[date] = set()
    for incident in doc["incidents"]:
        reported = date.fromisoformat(incident["reported_at"])
        moments = [
            datetime.fromisoformat(e["at"]) for e in incident["timeline"] if e["kind"] != "case_viewed"
        ]
        created = next(e for e in incident["timeline"] if e["kind"] == "incident_created")
        assert datetime.fromisoformat(created["at"]).astimezone().date() == reported, incident["case_number"]
        for moment in moments:
            assert reported <= moment.astimezone().date() <= today, incident["case_number"]
            days_seen.add(moment.astimezone().date())
        for note in incident["notes"]:
            assert reported <= datetime.fromisoformat(note["at"]).astimezone().date() < today
    assert len(days_seen) > 40  # not one moment for everything

    incidents = doc["incidents"]
    actions = [a for i in incidents for a in i["actions"]]
    overdue = [a for a in actions if a["status"] == "open" and date.fromisoformat(a["due_date"]) < today]
    done = [a for a in actions if a["status"] == "done"]
    assert overdue and len(done) > 20
    assert all(a["outcome"] for a in done)
    assert {a["kind"] for a in done} >= {"parents", "police", "guidance"}
    assert sum(len(i["notes"]) for i in incidents) >= 30
    assert {n["kind"] for i in incidents for n in i["notes"]} >= {"phone_call", "conversation", "observation"}
    corrections = [e for i in incidents for e in i["timeline"] if e["kind"] == "corrected"]
    assert {c["detail"]["entity"] for c in corrections} >= {"incident", "note"}
    assert all(c["detail"]["reason"] for c in corrections)
    closed = [i for i in incidents if i["status"] == "closed"]
    assert closed and all(i["closing_rationale"] for i in closed)
    assert all(date.fromisoformat(i["closed_at"][:10]) > date.fromisoformat(i["reported_at"]) for i in closed)
