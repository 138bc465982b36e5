"""The rule for text a person types or imports: no invisible control characters, no direction
overrides (which can make a stored name read differently on screen or paper), and no line breaks
in one-line fields."""

from __future__ import annotations

import re

from udens_register.domain.errors import ValidationError

# C0 and C1 controls (tab and line breaks are judged separately), and the bidirectional
# embeddings, overrides, isolates and marks.
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile("[\t\n\r\u2028\u2029]")
# Invisible in a name or a title: zero-width space, word joiner, byte-order mark (a name made of
# them reads as no name at all). Allowed in longer text, where pasted messages may carry them.
_ONE_LINE_INVISIBLE = re.compile("[\u200b\u2060\ufeff]")

# The reason a ValidationError carries for such text (the UI and CLI word it).
CONTROL_CHARACTER = "control_character"


def check_text(field: str, value: str, *, multiline: bool) -> None:
    """Refuse ``value`` for ``field`` when it holds a control or direction character.

    Raises:
        ValidationError: naming ``field``, with :data:`CONTROL_CHARACTER` as its message.
    """
    if _INVISIBLE.search(value) or (
        not multiline and (_LINE_BREAKS.search(value) or _ONE_LINE_INVISIBLE.search(value))
    ):
        raise ValidationError(field, CONTROL_CHARACTER)


# The marks around a search hit in a snippet (control characters no text holds); the UI turns
# them into bold or removes them.
MATCH_START, MATCH_END = "\x02", "\x03"
