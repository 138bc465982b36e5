"""Value objects and rules of the core model that need no database."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.enums import Status
from udens_register.domain.errors import ValidationError

CASE_NUMBER_RE = re.compile(r"^(\d{4})-(\d{4,})$")
TITLE_MAX = 200
NAME_MAX = 100


def format_case_number(year: int, sequence: int) -> str:
    """``2026-0007`` for the seventh case of 2026."""
    if not 1 <= sequence:
        raise ValueError("sequence starts at 1")
    return f"{year:04d}-{sequence:04d}"


def parse_case_number(text: str) -> tuple[int, int]:
    """The (year, sequence) of a case number; ``ValidationError`` when malformed."""
    match = CASE_NUMBER_RE.match(text.strip())
    if not match:
        raise ValidationError("case_number", f"{text!r} is not of the form YYYY-NNNN")
    return int(match.group(1)), int(match.group(2))


def age_on(date_of_birth: date | None, day: date) -> int | None:
    """Age in whole years on ``day``; ``None`` when the birth date is unknown."""
    if date_of_birth is None:
        return None
    years = day.year - date_of_birth.year
    if (day.month, day.day) < (date_of_birth.month, date_of_birth.day):
        years -= 1
    return max(years, 0)


def display_name(first_name: str, infix: str, last_name: str) -> str:
    """Dutch display order: ``Jan van der Berg``."""
    return " ".join(part for part in (first_name.strip(), infix.strip(), last_name.strip()) if part)


@dataclass(frozen=True)
class IncidentDraft:
    """What a coordinator enters for a new incident, before it has a case number."""

    title: str
    category: Category
    reported_at: date
    occurred_at: date | None = None
    platform: str = ""
    description: str = ""
    status: Status = Status.OPEN
    closing_rationale: str = ""
    further_categories: tuple[Category, ...] = ()
    sexual_images_minor: bool = False

    def validate(self, today: date) -> None:
        """Raise ``ValidationError`` naming the first field that breaks a rule."""
        if not self.title.strip():
            raise ValidationError("title", "required")
        if not self.category or self.category not in set(Category):
            raise ValidationError("category", "required: choose one, there is no default")
        validate_categories(self.category, self.further_categories)
        if len(self.title) > TITLE_MAX:
            raise ValidationError("title", f"longer than {TITLE_MAX} characters")
        if self.reported_at > today:
            raise ValidationError("reported_at", "in the future")
        if self.occurred_at is not None:
            if self.occurred_at > today:
                raise ValidationError("occurred_at", "in the future")
            if self.occurred_at > self.reported_at:
                raise ValidationError("occurred_at", "after the date it was reported")
        if self.status == Status.CLOSED and not self.closing_rationale.strip():
            raise ValidationError("closing_rationale", "required to close a case")


@dataclass(frozen=True)
class PersonDraft:
    """A person as entered or imported."""

    kind: PersonKind
    first_name: str
    last_name: str
    infix: str = ""
    student_number: str = ""
    class_name: str = ""
    date_of_birth: date | None = None

    def validate(self, today: date) -> None:
        """Raise ``ValidationError`` naming the first field that breaks a rule."""
        if not self.first_name.strip() and not self.last_name.strip():
            raise ValidationError("name", "required")
        for field, value in (("first_name", self.first_name), ("last_name", self.last_name)):
            if len(value) > NAME_MAX:
                raise ValidationError(field, f"longer than {NAME_MAX} characters")
        if self.date_of_birth is not None and self.date_of_birth > today:
            raise ValidationError("date_of_birth", "in the future")
        if self.student_number and self.kind != PersonKind.PUPIL:
            raise ValidationError("student_number", "only pupils have a student number")


def validate_categories(main: Category, further: tuple[Category, ...]) -> None:
    """Further categories: known ones, none repeated, and not the main category again."""
    seen: set[Category] = {Category(main)}
    for index, category in enumerate(further):
        try:
            value = Category(category)
        except ValueError as exc:
            raise ValidationError(f"further_categories[{index}]", f"{category!r} is not a category") from exc
        if value in seen:
            raise ValidationError(f"further_categories[{index}]", f"{value.value!r} is repeated")
        seen.add(value)


def validate_roles(roles: tuple[Role, ...]) -> None:
    """Roles of one involvement: at least one, no repeats."""
    if not roles:
        raise ValidationError("roles", "at least one role is required")
    if len(set(roles)) != len(roles):
        raise ValidationError("roles", "a role is repeated")


@dataclass(frozen=True)
class IncidentFilter:
    """Quick filters of the incident list; empty values filter nothing."""

    status: str | None = None
    category: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""
    platform: str | None = None
    person_id: int | None = None
    class_name: str | None = None
    role: str | None = None  # persons in this role (e.g. ``sharer``)
    awaiting_review: bool = False  # a directie file was issued and no review recorded after it
