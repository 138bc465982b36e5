"""The protocol (pure, standard library) and the domain each name persons' kinds and roles; they
must name the same ones, in the same order, or a fact the register records could not be decided."""

from __future__ import annotations

from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.protocol import ADULT_AGE
from udens_register.protocol import AUTHOR_ROLES
from udens_register.protocol import KINDS
from udens_register.protocol import ROLES
from udens_register.protocol import counts_as_author
from udens_register.protocol import is_adult
from udens_register.protocol.decide import RULE3_ROLES


def test_the_domains_roles_are_the_protocols_in_its_order() -> None:
    assert tuple(r.value for r in Role) == ROLES


def test_the_domains_kinds_are_the_protocols_in_its_order() -> None:
    assert tuple(k.value for k in PersonKind) == KINDS


def test_the_rules_own_roles_are_roles_the_domain_knows() -> None:
    assert AUTHOR_ROLES <= set(ROLES)
    assert RULE3_ROLES <= set(ROLES)


def test_a_sharer_counts_as_an_author_and_nobody_else_does() -> None:
    assert counts_as_author([Role.SHARER])
    assert counts_as_author(("witness", "author"))
    assert not any(counts_as_author([r]) for r in Role if r not in (Role.AUTHOR, Role.SHARER))
    assert not counts_as_author([])


def test_of_age_from_eighteen_and_an_unknown_age_is_a_minor() -> None:
    assert ADULT_AGE == 18
    assert is_adult(18)
    assert not is_adult(17)
    assert not is_adult(None)
