"""How strong a new passphrase is, by zxcvbn's estimate (Dutch words count as guessable too), the
one rule every new passphrase meets (app and command line alike), and a suggestion that meets it."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from functools import lru_cache

from zxcvbn import zxcvbn

from udens_register.domain.errors import WeakPassphrase
from udens_register.paths import resources_dir
from udens_register.vault.keyfile import MIN_PASSPHRASE_LENGTH

MIN_SCORE = 3  # zxcvbn: 3 = "safely unguessable", about 10^8 guesses or more
SUGGESTED_WORDS = 4
KNOWN_WORDS = ("udens", "college", "register", "zorg", "wachtwoord", "wachtwoordzin", "leerling", "school")


@dataclass(frozen=True)
class Strength:
    """``score`` 0 (very weak) to 4 (very strong); ``acceptable`` is the rule a new passphrase meets."""

    score: int
    acceptable: bool


def strength(passphrase: str, *, context: tuple[str, ...] = ()) -> Strength:
    """Estimate the strength; ``context`` words (the label, the school) count as known."""
    if not passphrase:
        return Strength(0, False)
    words = [w for part in context for w in part.replace("—", " ").split() if len(w) > 2]
    result = zxcvbn(passphrase[:100], user_inputs=[*words, *KNOWN_WORDS])
    score = int(result["score"])
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        score = min(score, 1)
    return Strength(score, len(passphrase) >= MIN_PASSPHRASE_LENGTH and score >= MIN_SCORE)


@lru_cache(maxsize=1)
def _words() -> tuple[str, ...]:
    path = resources_dir() / "passphrase" / "woorden.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def suggest_passphrase(count: int = SUGGESTED_WORDS) -> str:
    """``count`` random Dutch words (drawn with :mod:`secrets`), joined by hyphens, that pass the rule."""
    words = _words()
    while True:
        candidate = "-".join(secrets.choice(words) for _ in range(count))
        if strength(candidate).acceptable:
            return candidate


def require_strong(passphrase: str, *, context: tuple[str, ...] = ()) -> None:
    """The rule for every new passphrase: at least 12 characters and a zxcvbn score of 3 or more.

    Raises:
        WeakPassphrase: with a suggestion of four random words that meets the rule.
    """
    if not strength(passphrase, context=context).acceptable:
        raise WeakPassphrase("score below 3", suggestion=suggest_passphrase())


__all__ = ["MIN_SCORE", "Strength", "require_strong", "strength", "suggest_passphrase"]
