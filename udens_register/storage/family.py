"""Queries of families: the parents (and guardians) of pupils with their contact details, for
rule 3, the case files and the retention of pupils who left the school."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Sequence
from datetime import date

from sqlalchemy import or_
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm import aliased

from udens_register.domain.enums import PersonKind
from udens_register.storage.models import Guardianship
from udens_register.storage.models import Person


def links_of(session: Session, child_ids: Iterable[int]) -> Sequence[tuple[Guardianship, Person]]:
    """The parent links of the pupils ``child_ids`` with each parent, by pupil and then by name."""
    ids = sorted(set(child_ids))
    if not ids:
        return []
    stmt = (
        select(Guardianship, Person)
        .join(Person, Guardianship.parent_id == Person.id)
        .where(Guardianship.child_id.in_(ids))
        .order_by(Guardianship.child_id, Person.last_name, Person.first_name, Person.id)
    )
    return [(g, p) for g, p in session.execute(stmt).all()]


def children_links(session: Session, parent_id: int) -> Sequence[tuple[Guardianship, Person]]:
    """The links of one parent with each pupil, by the pupil's name."""
    stmt = (
        select(Guardianship, Person)
        .join(Person, Guardianship.child_id == Person.id)
        .where(Guardianship.parent_id == parent_id)
        .order_by(Person.last_name, Person.first_name, Person.id)
    )
    return [(g, p) for g, p in session.execute(stmt).all()]


def pupils_left_before(session: Session, cutoff: date) -> Sequence[Person]:
    """Pupils who left the school (uitgeschreven) before ``cutoff``, oldest leaving first."""
    stmt = (
        select(Person)
        .where(Person.kind == PersonKind.PUPIL.value, Person.left_on.is_not(None), Person.left_on < cutoff)
        .order_by(Person.left_on, Person.id)
    )
    return session.scalars(stmt).all()


def parents_without_children(session: Session, parent_ids: Iterable[int]) -> list[int]:
    """Of ``parent_ids``, the parents no longer linked to any pupil."""
    ids = sorted(set(parent_ids))
    if not ids:
        return []
    child = aliased(Guardianship)
    linked = set(session.scalars(select(child.parent_id).where(child.parent_id.in_(ids))).all())
    return [i for i in ids if i not in linked]


def same_parent(session: Session, first_name: str, last_name: str, phone: str, email: str) -> Person | None:
    """A parent already in the register under this name with this phone number or e-mail address."""
    contact = [c for c in (
        Person.phone == phone if phone else None, Person.email.ilike(email) if email else None
    ) if c is not None]  # fmt: skip
    if not contact:
        return None
    stmt = select(Person).where(
        Person.kind == PersonKind.PARENT.value,
        Person.first_name.ilike(first_name),
        Person.last_name.ilike(last_name),
        or_(*contact),
    )
    return session.scalars(stmt).first()
