"""Non-sensitive application settings in the user's config folder (JSON, written atomically)."""

from __future__ import annotations

import json
from dataclasses import asdict
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from pathlib import Path
from typing import Any

from udens_register.domain.decisions import DuePolicy
from udens_register.domain.errors import RegisterError
from udens_register.services.import_columns import PARENT_FIELDS
from udens_register.services.import_columns import PUPIL_FIELDS
from udens_register.services.import_columns import rememberable
from udens_register.vault.files import atomic_write

LANGUAGES = ("nl", "en")
IDLE_MIN, IDLE_MAX = 1, 120
DAYS_MAX = 30
IMPORT_FIELDS = {"pupils": PUPIL_FIELDS, "parents": PARENT_FIELDS}
MAPPING_MAX = 200  # headers kept per kind of list


@dataclass(frozen=True)
class Settings:
    """What the coordinator may set; nothing here is personal."""

    language: str = "nl"
    idle_lock_minutes: int = 5
    export_folder: str = ""
    parents_days: int = 0
    police_days: int = 2
    guidance_days: int = 5
    review_weeks: tuple[int, ...] = (2, 6)  # review moments of a victim's guidance, weeks after
    backup_folder: str = ""
    retention_years: int = 2
    review_before_closing: bool = False  # a case closes only after the director's review is recorded
    # The import's column mapping per kind of list ("pupils", "parents"): header name -> field
    # ("" = not imported). Header names only, never personal data (see import_columns.rememberable).
    import_mapping: dict[str, dict[str, str]] = field(default_factory=dict)

    def validated(self) -> Settings:
        """A copy with every value inside its range."""
        return replace(
            self,
            language=self.language if self.language in LANGUAGES else "nl",
            idle_lock_minutes=min(IDLE_MAX, max(IDLE_MIN, int(self.idle_lock_minutes))),
            parents_days=min(DAYS_MAX, max(0, int(self.parents_days))),
            police_days=min(DAYS_MAX, max(0, int(self.police_days))),
            guidance_days=min(DAYS_MAX, max(0, int(self.guidance_days))),
            review_weeks=review_weeks(self.review_weeks),
            retention_years=min(30, max(1, int(self.retention_years))),
            import_mapping=import_mapping(self.import_mapping),
        )

    def due_policy(self) -> DuePolicy:
        """Default due dates of follow-up actions, in school days."""
        return DuePolicy(
            parents_days=self.parents_days,
            police_days=self.police_days,
            guidance_days=self.guidance_days,
            review_weeks=self.review_weeks,
        )


def import_mapping(value: object) -> dict[str, dict[str, str]]:
    """The saved column mappings with only known kinds, known fields and header names that may be kept."""
    if not isinstance(value, dict):
        return {}
    kept: dict[str, dict[str, str]] = {}
    for kind, fields in IMPORT_FIELDS.items():
        given = value.get(kind)
        if not isinstance(given, dict):
            continue
        pairs = [
            (k.strip(), v)
            for k, v in given.items()
            if isinstance(k, str) and isinstance(v, str) and v in (*fields, "") and rememberable(k)
        ]
        if pairs:
            kept[kind] = dict(pairs[-MAPPING_MAX:])
    return kept


def review_weeks(value: object) -> tuple[int, ...]:
    """Review moments as whole weeks 1-52, ascending, at most four; ``(2, 6)`` when unusable."""
    try:
        weeks = sorted({min(52, max(1, int(w))) for w in value})  # type: ignore[attr-defined]
    except (TypeError, ValueError):
        return (2, 6)
    return tuple(weeks[:4]) or (2, 6)


def parse_review_weeks(text: str) -> tuple[int, ...]:
    """``"2, 6"`` as typed in the settings.

    Raises:
        ValueError: when a part is not a whole number.
    """
    parts = [p for p in text.replace(";", ",").replace(" ", ",").split(",") if p]
    return review_weeks([int(p) for p in parts])


class SettingsStore:
    """Reads and writes ``settings.json`` in a config folder."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "settings.json"

    def load(self) -> Settings:
        """The saved settings, defaults for anything missing or unreadable."""
        try:
            raw: Any = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return Settings()
        if not isinstance(raw, dict):
            return Settings()
        known = {k: v for k, v in raw.items() if k in Settings.__dataclass_fields__}
        try:
            return Settings(**known).validated()
        except (TypeError, ValueError):
            return Settings()

    def save(self, settings: Settings) -> None:
        """Write atomically, creating the folder if needed."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(asdict(settings.validated()), indent=2).encode("utf-8")
        atomic_write(self.path, data)


class WindowSizeStore:
    """The size each window was left at (``window-sizes.json``: a window's class name and two numbers,
    nothing personal), so it opens the same way next time; unreadable or odd entries are ignored."""

    LIMIT = 10_000

    def __init__(self, folder: Path) -> None:
        self.path = folder / "window-sizes.json"
        self._sizes: dict[str, tuple[int, int]] | None = None

    def _load(self) -> dict[str, tuple[int, int]]:
        if self._sizes is None:
            self._sizes = {}
            try:
                raw: Any = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                raw = {}
            for name, value in raw.items() if isinstance(raw, dict) else ():
                if (
                    isinstance(name, str)
                    and isinstance(value, list)
                    and len(value) == 2
                    and all(isinstance(v, int) and 100 <= v <= self.LIMIT for v in value)
                ):
                    self._sizes[name] = (value[0], value[1])
        return self._sizes

    def get(self, name: str) -> tuple[int, int] | None:
        """The size ``name`` was left at, if known."""
        return self._load().get(name)

    def put(self, name: str, size: tuple[int, int]) -> None:
        """Remember ``size`` for ``name`` (written at once, atomically; a failure is not an error)."""
        sizes = self._load()
        if sizes.get(name) == size or not all(100 <= v <= self.LIMIT for v in size):
            return
        sizes[name] = size
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.path, json.dumps({k: list(v) for k, v in sorted(sizes.items())}).encode())
        except (OSError, RegisterError):
            pass  # a window size is not worth an error message
