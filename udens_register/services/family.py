"""Parents and guardians of pupils: recorded in the persons view with their phone and e-mail,
linked to one or more pupils with the relation (moeder, vader, verzorger), a link's relation
corrected or the link removed with the reason kept in the history; and their contact details
for rule 3 (the decision wizard, the parents action) and the case files.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence

from udens_register.domain.enums import Audience
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Relation
from udens_register.domain.errors import ValidationError
from udens_register.domain.events import EventKind
from udens_register.domain.model import NAME_MAX
from udens_register.domain.model import display_name
from udens_register.domain.text import check_text
from udens_register.services.convert import person_row
from udens_register.services.dto import InvolvementRow
from udens_register.services.dto import PersonRow
from udens_register.services.dto_family import ParentContact
from udens_register.services.dto_family import ParentDraft
from udens_register.services.importer import LIMITS
from udens_register.services.importer import contact_problem
from udens_register.services.recording import CoordinatorService
from udens_register.services.recording import Stamp
from udens_register.services.recording import refuse_correction
from udens_register.storage.models import Guardianship
from udens_register.storage.models import Person
from udens_register.storage.ports import AbstractUnitOfWork

RELATIONS = ("", *(r.value for r in Relation))


def contacts_of(uow: AbstractUnitOfWork, child_ids: Iterable[int]) -> dict[int, tuple[ParentContact, ...]]:
    """The parents of each pupil of ``child_ids`` with their contact details (one query), by pupil;
    a pupil without a parent recorded is absent from the mapping."""
    found: dict[int, list[ParentContact]] = {}
    for link, parent in uow.persons.links_of(child_ids):
        found.setdefault(link.child_id, []).append(
            ParentContact(
                parent_id=parent.id,
                child_id=link.child_id,
                name=display_name(parent.first_name, parent.infix, parent.last_name),
                relation=link.relation,
                phone=parent.phone or "",
                email=parent.email or "",
            )
        )
    return {child: tuple(rows) for child, rows in found.items()}


def case_contacts(
    uow: AbstractUnitOfWork, involvements: Iterable[InvolvementRow], audience: str, subject_id: int | None
) -> tuple[tuple[int, ...], tuple[ParentContact, ...]]:
    """Which pupils of a case file have their parents shown, and those parents with their contacts.

    The director's and the police versions: every pupil still involved. The inzage version never
    shows other people's contacts: only the subject's own parents, when the subject is a pupil of
    the case (what the register holds about them includes whom it would call for them).
    """
    pupils = tuple(
        v.person.id for v in involvements if not v.removed and v.person.kind == PersonKind.PUPIL.value
    )
    if audience == Audience.INZAGE:
        pupils = tuple(p for p in pupils if p == subject_id)
    found = contacts_of(uow, pupils)
    return pupils, tuple(c for p in pupils for c in found.get(p, ()))


def _relation(value: str) -> str:
    if value not in RELATIONS:
        raise ValidationError("relation", f"{value!r} is not one of mother, father, guardian")
    return value


def _checked(draft: ParentDraft) -> ParentDraft:
    """The draft trimmed, every rule of a parent's details checked (the first broken one named)."""
    draft = ParentDraft(*(str(v).strip() for v in (draft.first_name, draft.last_name, draft.infix,
                                                   draft.phone, draft.email)))  # fmt: skip
    if not draft.first_name and not draft.last_name:
        raise ValidationError("name", "required")
    for key in ("first_name", "infix", "last_name", "phone", "email"):
        value = getattr(draft, key)
        check_text(key, value, multiline=False)
        limit = LIMITS.get(key, NAME_MAX)
        if len(value) > limit:
            raise ValidationError(key, f"longer than {limit} characters")
        if key in ("phone", "email") and value and contact_problem(key, value):
            raise ValidationError(key, "not a phone number" if key == "phone" else "not an e-mail address")
    return draft


class FamilyService(CoordinatorService):
    """Parents and their links to pupils, in one open register."""

    def create_parent(
        self, draft: ParentDraft, child_ids: Sequence[int] = (), relation: str = ""
    ) -> PersonRow:
        """Record a parent or guardian and link them to the pupils ``child_ids`` with ``relation``.

        Raises:
            ValidationError: a rule broken (named), a pupil unknown, or the same parent (name and
                phone or e-mail) already recorded; nothing is stored.
        """
        draft = _checked(draft)
        relation = _relation(relation)
        now = self._clock()
        with self._uow() as uow:
            if (
                uow.persons.same_parent(draft.first_name, draft.last_name, draft.phone, draft.email)
                is not None
            ):
                raise ValidationError("parent", "already in the register")
            parent = Person(kind=PersonKind.PARENT.value, first_name=draft.first_name, infix=draft.infix,
                            last_name=draft.last_name, phone=draft.phone, email=draft.email,
                            created_at=now, updated_at=now)  # fmt: skip
            uow.persons.add(parent)
            uow.events.add(self._event(EventKind.PERSON_CREATED, detail={"person_id": parent.id}))
            for child_id in dict.fromkeys(child_ids):
                self._link(uow, parent, child_id, relation)
            uow.commit()
            return person_row(parent)

    def link(self, parent_id: int, child_id: int, relation: str = "") -> None:
        """Link a recorded parent to a pupil with ``relation`` (mother, father, guardian or "")."""
        relation = _relation(relation)
        with self._uow() as uow:
            parent = uow.persons.get(parent_id)
            if parent is None or parent.kind != PersonKind.PARENT.value:
                raise ValidationError("parent", "must be a person of kind parent")
            if uow.persons.link(parent_id, child_id) is not None:
                raise ValidationError("link", "already linked")
            self._link(uow, parent, child_id, relation)
            uow.commit()

    def _link(self, uow: AbstractUnitOfWork, parent: Person, child_id: int, relation: str) -> None:
        child = uow.persons.get(child_id)
        if child is None or child.kind != PersonKind.PUPIL.value:
            raise ValidationError("child", "must be a pupil")
        add_link(uow, self._event, parent, child, relation)

    def change_relation(self, parent_id: int, child_id: int, relation: str, reason: str) -> bool:
        """Correct what a parent is to a pupil; the old relation, who, when and why are kept.
        Returns whether anything changed."""
        relation = _relation(relation)
        reason = _reason(reason)
        with self._uow() as uow:
            link = self._existing(uow, parent_id, child_id)
            if link.relation == relation:
                return False
            uow.events.add(self._event(EventKind.PARENT_LINK_CORRECTED, detail={
                "person_id": child_id, "parent_id": parent_id, "child_id": child_id,
                **link_names(uow.persons.get(parent_id), uow.persons.get(child_id)),
                "changes": {"relation": [link.relation, relation]}, "reason": reason,
            }))  # fmt: skip
            link.relation = relation
            uow.commit()
            return True

    def unlink(self, parent_id: int, child_id: int, reason: str) -> None:
        """Remove the link between a parent and a pupil (the parent stays recorded); the link as it
        was, who, when and why are kept in both their histories."""
        reason = _reason(reason)
        with self._uow() as uow:
            link = self._existing(uow, parent_id, child_id)
            uow.events.add(self._event(EventKind.PARENT_UNLINKED, detail={
                "person_id": child_id, "parent_id": parent_id, "child_id": child_id,
                **link_names(uow.persons.get(parent_id), uow.persons.get(child_id)),
                "relation": link.relation, "reason": reason,
            }))  # fmt: skip
            uow.persons.remove_link(link)
            uow.commit()

    @staticmethod
    def _existing(uow: AbstractUnitOfWork, parent_id: int, child_id: int) -> Guardianship:
        link = uow.persons.link(parent_id, child_id)
        if link is None:
            raise ValidationError("link", "no such link")
        return link

    def contacts(self, child_ids: Iterable[int]) -> dict[int, tuple[ParentContact, ...]]:
        """The parents of each of the pupils with their contact details."""
        with self._uow(read_only=True) as uow:
            return contacts_of(uow, child_ids)

    def children(self, parent_id: int) -> list[tuple[PersonRow, str]]:
        """The pupils of a parent with the relation of each link, by name."""
        with self._uow(read_only=True) as uow:
            return [(person_row(p), g.relation) for g, p in uow.persons.children_links(parent_id)]


def add_link(
    uow: AbstractUnitOfWork,
    event: Stamp,
    parent: Person,
    child: Person,
    relation: str,
    extra: Mapping[str, object] | None = None,
) -> Guardianship:
    """Link ``parent`` to the pupil ``child``: the one way a link is made (by hand or by an import).

    The history entry is on the pupil's history (``person_id``) and the parent's (``parent_id``),
    and names both and the relation, so either history says who is linked to whom, and how.
    """
    link = Guardianship(parent_id=parent.id, child_id=child.id, relation=relation)
    uow.persons.add_link(link)
    detail = {"person_id": child.id, "parent_id": parent.id, "child_id": child.id, "relation": relation,
              **link_names(parent, child), **(extra or {})}  # fmt: skip
    uow.events.add(event(EventKind.PARENT_LINKED, detail=detail))
    return link


def _reason(reason: str) -> str:
    check_text("reason", reason, multiline=False)
    refuse_correction(reason)
    return reason.strip()


def link_names(parent: Person | None, child: Person | None) -> dict[str, str]:
    """The names in a link's history entry (deleted with the persons' history at a purge)."""
    return {
        key: display_name(p.first_name, p.infix, p.last_name)
        for key, p in (("parent", parent), ("child", child))
        if p is not None
    }
