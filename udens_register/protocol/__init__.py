"""The school's Social Media Protocol, rules 3-5, as a pure decision function.

Public API (see ``shared/protocol/decision-contract.md``)::

    from udens_register.protocol import decide
    decision = decide(facts)
    decision.to_dict()
"""

from udens_register.protocol.decide import ADULT_AGE
from udens_register.protocol.decide import AUTHOR_ROLES
from udens_register.protocol.decide import KINDS
from udens_register.protocol.decide import PROTOCOL_VERSION
from udens_register.protocol.decide import ROLES
from udens_register.protocol.decide import THREATS
from udens_register.protocol.decide import Decision
from udens_register.protocol.decide import FactsError
from udens_register.protocol.decide import ParentContact
from udens_register.protocol.decide import Police
from udens_register.protocol.decide import counts_as_author
from udens_register.protocol.decide import decide
from udens_register.protocol.decide import is_adult
from udens_register.protocol.decide import validate_facts
from udens_register.protocol.wording import RULE_TEXT_NL
from udens_register.protocol.wording import rule_text

__all__ = [
    "ADULT_AGE",
    "AUTHOR_ROLES",
    "KINDS",
    "PROTOCOL_VERSION",
    "ROLES",
    "RULE_TEXT_NL",
    "THREATS",
    "Decision",
    "FactsError",
    "ParentContact",
    "Police",
    "counts_as_author",
    "decide",
    "is_adult",
    "rule_text",
    "validate_facts",
]
