"""The protocol's own wording for the rules the register cites (Dutch, verbatim), kept with the
other words in :mod:`udens_register.wording.rules`."""

from udens_register.wording.rules import RULE_TEXT_NL
from udens_register.wording.rules import rule_text

__all__ = ["RULE_TEXT_NL", "rule_text"]
