"""The school's Social Media Protocol, rules 3-5, as a pure decision function.

Public API (see ``shared/protocol/decision-contract.md``)::

    from udens_register.protocol import decide
    decision = decide(facts)
    decision.to_dict()
"""

from udens_register.protocol.decide import (
    KINDS,
    PROTOCOL_VERSION,
    ROLES,
    THREATS,
    Decision,
    FactsError,
    ParentContact,
    Police,
    decide,
    validate_facts,
)
from udens_register.protocol.wording import RULE_TEXT_NL, rule_text

__all__ = [
    "KINDS",
    "PROTOCOL_VERSION",
    "ROLES",
    "RULE_TEXT_NL",
    "THREATS",
    "Decision",
    "FactsError",
    "ParentContact",
    "Police",
    "decide",
    "rule_text",
    "validate_facts",
]
