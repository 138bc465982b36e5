"""The demo's parents and guardians: fictional, with phone numbers and e-mail addresses of the
reserved example domain, for most pupils (one in five has none recorded, as in a real school), so
rule 3's contacts, the persons view and the case files can be tried on the demo register."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import TYPE_CHECKING

from udens_register.services.dto import PersonRow
from udens_register.services.dto_family import ParentDraft

if TYPE_CHECKING:
    from udens_register.services.register import OpenRegister

MOTHERS = ("Ineke", "Marloes", "Sanne", "Petra", "Yasmina", "Anouk", "Ellen", "Fatima", "Karin", "Hanneke")
FATHERS = ("Joost", "Mark", "Ahmed", "Bas", "Erik", "Ruud", "Mehmet", "Peter", "Wouter", "Rik")
CARERS = ("Gerda", "Henk", "Truus", "Wim")
KNOWN_MOTHERS = ("Karin", "Linda", "Monique")  # the demo's parents named in its cases


def add_demo_parents(
    register: OpenRegister, known: Sequence[tuple[PersonRow, PersonRow]] = (), seed: int = 20121
) -> int:
    """Parents for the demo's pupils (a mother, often a father, sometimes a guardian instead), the
    ``known`` (parent, pupil) pairs linked as they are; returns how many parents were recorded."""
    rng = random.Random(seed)  # noqa: S311 - fictional demo data, not secrets
    made = 0
    done: set[int] = set()
    seen: dict[tuple[str, str, str], int] = {}
    for parent, pupil in known:
        register.family.link(
            parent.id, pupil.id, "mother" if parent.first_name in KNOWN_MOTHERS else "father"
        )
        done.add(pupil.id)
    for index, pupil in enumerate(register.persons.find(kind="pupil")):
        if index % 5 == 4 or pupil.id in done:
            continue  # no parent recorded: the wizard says so and how to add one
        if index % 7 == 3:
            family = [("guardian", rng.choice(CARERS), "Jansen")]
        else:
            family = [("mother", rng.choice(MOTHERS), pupil.last_name)]
            if index % 3:
                family.append(("father", rng.choice(FATHERS), pupil.last_name))
        for relation, first, last in family:
            infix = pupil.infix if last == pupil.last_name else ""
            sibling = seen.get((first, infix, last))
            if sibling is not None:  # a brother or sister's parent: the same person, linked twice
                register.family.link(sibling, pupil.id, relation)
                continue
            phone = f"06-{rng.randint(10000000, 99999999)}"
            email = f"{first.lower()}.{''.join(ch for ch in last.lower() if ch.isalpha())}@example.nl"
            made_row = register.family.create_parent(
                ParentDraft(first, last, infix=infix, phone=phone, email=email if index % 4 else ""),
                [pupil.id],
                relation,
            )
            seen[(first, infix, last)] = made_row.id
            made += 1
    return made
