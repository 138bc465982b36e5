"""How strong a new passphrase is, by zxcvbn's estimate (Dutch words count as guessable too)."""

from __future__ import annotations

from dataclasses import dataclass

from zxcvbn import zxcvbn

from udens_register.vault.keyfile import MIN_PASSPHRASE_LENGTH


@dataclass(frozen=True)
class Strength:
    """``score`` 0 (very weak) to 4 (very strong); ``acceptable`` is the minimum rule."""

    score: int
    acceptable: bool


def strength(passphrase: str, *, context: tuple[str, ...] = ()) -> Strength:
    """Estimate the strength; ``context`` words (the label, the school) count as known."""
    if not passphrase:
        return Strength(0, False)
    result = zxcvbn(passphrase[:100], user_inputs=[*context, "udens", "college", "register", "zorg"])
    score = int(result["score"])
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        score = min(score, 1)
    return Strength(score, len(passphrase) >= MIN_PASSPHRASE_LENGTH)
