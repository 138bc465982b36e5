"""Service logic that needs no database, run against a FakeUnitOfWork: what the protocol asks is
computed before anything is stored, and bad requests are refused before a transaction opens."""

from __future__ import annotations

from datetime import UTC
from datetime import date
from datetime import datetime

import pytest

from tests.unit.services.fakes import FakeUnitOfWork
from udens_register.domain.decisions import ActionKind
from udens_register.domain.decisions import DuePolicy
from udens_register.domain.decisions import ParentMode
from udens_register.domain.errors import ValidationError
from udens_register.services.casefile import CaseFileService
from udens_register.services.decisions import DecisionService
from udens_register.services.dto import Answers
from udens_register.services.dto import Prepared
from udens_register.services.dto import PreparedPerson

MONDAY = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)


def _prepared() -> Prepared:
    pupils = (
        PreparedPerson(person_id=1, name="Bram Kuipers", kind="pupil", roles=("author",), age=14),
        PreparedPerson(person_id=2, name="Noor Bakker", kind="pupil", roles=("victim",), age=18),
        PreparedPerson(person_id=3, name="Sem de Wit", kind="pupil", roles=("sharer",), age=15),
    )
    return Prepared(incident_id=7, case_number="2026-0007", incident_date=date(2026, 3, 13), persons=pupils)


def test_a_decision_is_previewed_and_planned_without_storing_anything() -> None:
    fake = FakeUnitOfWork()
    service = DecisionService(fake, 1, "M. de Vries", lambda: MONDAY, DuePolicy())  # type: ignore[arg-type]
    view = service.preview(_prepared(), Answers(protocol_violation=True, threat_of_violence=("physical",)))
    parents = {
        line.person.id: line.mode for line in view.lines if line.kind is ActionKind.PARENTS and line.person
    }
    assert parents == {1: ParentMode.INFORM, 2: ParentMode.CONSENT, 3: ParentMode.INFORM}
    planned = service.planned_actions(view, [])
    assert {p.kind for p in planned} == {
        ActionKind.PARENTS,
        ActionKind.POLICE,
        ActionKind.GUIDANCE,
        ActionKind.GUIDANCE_REVIEW,  # two review moments of the victim's guidance
    }
    assert fake.opened == 0 and fake.committed == 0


@pytest.mark.parametrize(("audience", "person"), [("ouders", None), ("inzage", None)])
def test_a_bad_case_file_request_is_refused_before_a_transaction_opens(
    audience: str, person: int | None
) -> None:
    fake = FakeUnitOfWork()
    service = CaseFileService(fake, lambda: MONDAY, "M. de Vries", 1)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        service.case_file(7, audience, person)
    assert fake.opened == 0
