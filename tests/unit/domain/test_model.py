"""domain.model: case numbers, ages, Dutch name order, and the drafts' own rules."""

from __future__ import annotations

from datetime import date

import pytest

from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.enums import Status
from udens_register.domain.errors import ValidationError
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import PersonDraft
from udens_register.domain.model import age_on
from udens_register.domain.model import display_name
from udens_register.domain.model import format_case_number
from udens_register.domain.model import parse_case_number
from udens_register.domain.model import validate_roles

TODAY = date(2026, 3, 16)


def test_case_numbers_round_trip_and_refuse_other_shapes() -> None:
    assert format_case_number(2026, 7) == "2026-0007"
    assert parse_case_number(" 2026-0007 ") == (2026, 7)
    for bad in ("2026-7", "26-0007", "2026/0007", ""):
        with pytest.raises(ValidationError) as caught:
            parse_case_number(bad)
        assert caught.value.field == "case_number"
    with pytest.raises(ValueError):
        format_case_number(2026, 0)


def test_age_counts_whole_years_on_the_day() -> None:
    assert age_on(date(2012, 3, 16), TODAY) == 14  # birthday today
    assert age_on(date(2012, 3, 17), TODAY) == 13  # tomorrow
    assert age_on(date(2008, 2, 29), date(2026, 2, 28)) == 17  # leap-day child before 1 March
    assert age_on(None, TODAY) is None


def test_display_name_in_dutch_order() -> None:
    assert display_name("Jan", "van der", "Berg") == "Jan van der Berg"
    assert display_name(" Fenna ", "", " Zwanenburg ") == "Fenna Zwanenburg"


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (IncidentDraft(" ", Category.OTHER, TODAY), "title"),
        (IncidentDraft("t" * 201, Category.OTHER, TODAY), "title"),
        (IncidentDraft("Bericht", Category.OTHER, date(2026, 3, 17)), "reported_at"),
        (IncidentDraft("Bericht", Category.OTHER, TODAY, occurred_at=date(2026, 3, 17)), "occurred_at"),
        (
            IncidentDraft("Bericht", Category.OTHER, date(2026, 3, 10), occurred_at=date(2026, 3, 12)),
            "occurred_at",
        ),
        (IncidentDraft("Bericht", Category.OTHER, TODAY, status=Status.CLOSED), "closing_rationale"),
    ],
)
def test_incident_draft_names_the_field_it_refuses(draft: IncidentDraft, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        draft.validate(TODAY)
    assert caught.value.field == field


def test_person_draft_rules() -> None:
    PersonDraft(PersonKind.PUPIL, "Noor", "Bakker", student_number="1234").validate(TODAY)
    cases = [
        (PersonDraft(PersonKind.PUPIL, " ", " "), "name"),
        (PersonDraft(PersonKind.PUPIL, "Noor", "B" * 101), "last_name"),
        (PersonDraft(PersonKind.PUPIL, "Noor", "Bakker", date_of_birth=date(2027, 1, 1)), "date_of_birth"),
        (PersonDraft(PersonKind.STAFF, "Ingrid", "Aarts", student_number="1234"), "student_number"),
    ]
    for draft, field in cases:
        with pytest.raises(ValidationError) as caught:
            draft.validate(TODAY)
        assert caught.value.field == field, field


def test_roles_need_one_and_no_repeats() -> None:
    validate_roles((Role.VICTIM, Role.WITNESS))
    for roles in ((), (Role.AUTHOR, Role.AUTHOR)):
        with pytest.raises(ValidationError):
            validate_roles(roles)
