"""The family DTOs: a parent or guardian of a pupil as the coordinator enters them, and as rule 3
and the case files reach them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ParentContact:
    """One parent (or guardian) of one pupil: name, relation and how to reach them."""

    parent_id: int
    child_id: int
    name: str
    relation: str  # mother | father | guardian | "" (not recorded)
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class ParentDraft:
    """A parent or guardian as the coordinator enters them."""

    first_name: str
    last_name: str
    infix: str = ""
    phone: str = ""
    email: str = ""
