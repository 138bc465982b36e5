"""The unit of work's event log on a real register: events and audit-only entries recorded during
a use case are written at commit, in the order recorded, each with its link in the hash chain, at
the time the use case stamped; a unit of work that ends without commit writes none of them."""

from __future__ import annotations

from datetime import UTC
from datetime import datetime

from sqlalchemy import func
from sqlalchemy import select

from udens_register.domain.events import AuditNote
from udens_register.domain.events import DomainEvent
from udens_register.domain.events import EventKind
from udens_register.storage.models import AuditEntry
from udens_register.storage.models import Event

THEN = datetime(2026, 3, 14, 8, 30, tzinfo=UTC)


def _counts(reg) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with reg.units(read_only=True) as uow:
        return (
            int(uow.session.scalar(select(func.count(Event.id))) or 0),
            int(uow.session.scalar(select(func.count(AuditEntry.id))) or 0),
        )


def test_recorded_events_are_written_at_commit_in_order_with_their_chain(reg) -> None:  # type: ignore[no-untyped-def]
    events_before, entries_before = _counts(reg)
    coordinator = reg.coordinator.id
    with reg.units() as uow:
        uow.events.add(DomainEvent(EventKind.PERSON_CREATED, THEN, coordinator, detail={"person_id": 1}))
        uow.events.add(AuditNote("case_viewed", "Zorg", "2026-0001"))
        uow.events.add(DomainEvent(EventKind.KEY_ADDED, THEN, coordinator, detail={"slot": "x"}))
        uow.session.flush()
        assert uow.session.scalar(select(func.count(Event.id))) == events_before  # not before commit
        uow.commit()
    assert _counts(reg) == (events_before + 2, entries_before + 3)
    with reg.units(read_only=True) as uow:
        entries = uow.session.execute(
            select(AuditEntry.action, AuditEntry.target).order_by(AuditEntry.id.desc()).limit(3)
        ).all()
        events = uow.session.execute(
            select(Event.kind, Event.at, Event.detail).order_by(Event.id.desc()).limit(2)
        ).all()
    assert [tuple(e) for e in reversed(entries)] == [
        ("person_created", ""),
        ("case_viewed", "2026-0001"),
        ("key_added", ""),
    ]
    assert [tuple(e) for e in reversed(events)] == [
        ("person_created", THEN, {"person_id": 1}),
        ("key_added", THEN, {"slot": "x"}),
    ]
    assert reg.audit.verify() is None


def test_a_unit_of_work_without_commit_writes_no_event(reg) -> None:  # type: ignore[no-untyped-def]
    before = _counts(reg)
    with reg.units() as uow:
        uow.events.add(DomainEvent(EventKind.PERSON_CREATED, THEN, None, detail={"person_id": 1}))
        uow.events.add(AuditNote("case_viewed", "Zorg", "2026-0001"))
    assert _counts(reg) == before
    assert reg.audit.verify() is None
