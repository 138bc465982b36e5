"""No N+1 queries: a page of the list, a case and the export cost a fixed number of statements."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import IncidentFilter
from udens_register.domain.model import PersonDraft
from udens_register.services.register import create_register
from udens_register.services.register import open_register


@contextmanager
def counting(engine) -> Iterator[list[str]]:  # type: ignore[no-untyped-def]
    statements: list[str] = []

    def before(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if not statement.strip().upper().startswith(("BEGIN", "COMMIT", "ROLLBACK")):
            statements.append(statement)

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", before)


def _fill(register, n: int) -> None:  # type: ignore[no-untyped-def]
    people = [register.persons.create(PersonDraft(PersonKind.PUPIL, f"P{i}", "Test")) for i in range(6)]
    for i in range(n):
        register.incidents.create(
            IncidentDraft(title=f"Zaak {i}", category=Category.OTHER, reported_at=date(2026, 1, 1 + i % 28)),
            [(people[i % 6].id, (Role.AUTHOR,)), (people[(i + 1) % 6].id, (Role.VICTIM,))],
        )


@pytest.mark.slow
def test_page_detail_and_export_do_not_grow_with_rows(tmp_path: Path) -> None:
    folder = tmp_path / "R"
    create_register(folder, PASSPHRASE, "Zorg", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE) as register:
        _fill(register, 10)
        with counting(register.engine) as small:
            register.incidents.page(IncidentFilter(), limit=50)
        _fill(register, 30)
        with counting(register.engine) as large:
            page = register.incidents.page(IncidentFilter(), limit=50)
        assert len(page.rows) == 40
        assert len(large) == len(small) <= 2, large
        incident_id = page.rows[0].id
        with counting(register.engine) as detail:
            register.incidents.get(incident_id)
        assert len(detail) <= 6, detail
        with counting(register.engine) as search:
            register.incidents.page(IncidentFilter(text="zaak"), limit=50)
        assert len(search) <= 2, search
        with counting(register.engine) as export:
            register.export_json()
        # persons, guardianships, incidents and one query per loaded relationship, whatever the count
        # (case notes and further categories each brought one more relationship: 18; the director's
        # reviews one more: 19)
        assert len(export) <= 19, len(export)


@pytest.mark.slow
def test_opening_a_case_is_one_transaction_with_a_fixed_number_of_queries(tmp_path: Path) -> None:
    folder = tmp_path / "R"
    create_register(folder, PASSPHRASE, "Zorg", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE) as register:
        _fill(register, 3)
        incident_id = register.incidents.page(IncidentFilter(), limit=5).rows[0].id
        transactions: list[str] = []

        def begin(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
            if statement.strip().upper().startswith("BEGIN"):
                transactions.append(statement)

        event.listen(register.engine, "before_cursor_execute", begin)
        try:
            with counting(register.engine) as few:
                view = register.cases.open_case(incident_id)
        finally:
            event.remove(register.engine, "before_cursor_execute", begin)
        assert transactions == ["BEGIN IMMEDIATE"]  # one snapshot, the view recorded inside it
        assert view.detail.id == incident_id
        _fill(register, 20)
        with counting(register.engine) as many:
            register.cases.open_case(incident_id)
        assert len(many) == len(few) <= 17, few  # one query more since the reviews of a case


@pytest.mark.slow
def test_an_access_export_over_several_cases_is_one_snapshot(tmp_path: Path) -> None:
    folder = tmp_path / "R"
    create_register(folder, PASSPHRASE, "Zorg", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE) as register:
        _fill(register, 12)  # each of the six pupils is in four cases
        person_id = register.persons.find()[0].id
        transactions: list[str] = []

        def begin(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
            if statement.strip().upper().startswith("BEGIN"):
                transactions.append(statement)

        event.listen(register.engine, "before_cursor_execute", begin)
        try:
            bundle = register.casefiles.access_export(person_id)
        finally:
            event.remove(register.engine, "before_cursor_execute", begin)
        assert len(bundle.files) == 4
        # the person and all four case files come from one read-only transaction
        assert transactions == ["BEGIN"], transactions
