"""Non-sensitive application settings in the user's config folder (JSON, written atomically)."""

from __future__ import annotations

import json
from dataclasses import asdict
from dataclasses import dataclass
from dataclasses import replace
from pathlib import Path
from typing import Any

from udens_register.domain.decisions import DuePolicy
from udens_register.vault.files import atomic_write

LANGUAGES = ("nl", "en")
IDLE_MIN, IDLE_MAX = 1, 120
DAYS_MAX = 30


@dataclass(frozen=True)
class Settings:
    """What the coordinator may set; nothing here is personal."""

    language: str = "nl"
    idle_lock_minutes: int = 5
    export_folder: str = ""
    parents_days: int = 0
    police_days: int = 2
    guidance_days: int = 5
    backup_folder: str = ""
    retention_years: int = 2

    def validated(self) -> Settings:
        """A copy with every value inside its range."""
        return replace(
            self,
            language=self.language if self.language in LANGUAGES else "nl",
            idle_lock_minutes=min(IDLE_MAX, max(IDLE_MIN, int(self.idle_lock_minutes))),
            parents_days=min(DAYS_MAX, max(0, int(self.parents_days))),
            police_days=min(DAYS_MAX, max(0, int(self.police_days))),
            guidance_days=min(DAYS_MAX, max(0, int(self.guidance_days))),
            retention_years=min(30, max(1, int(self.retention_years))),
        )

    def due_policy(self) -> DuePolicy:
        """Default due dates of follow-up actions, in school days."""
        return DuePolicy(
            parents_days=self.parents_days, police_days=self.police_days, guidance_days=self.guidance_days
        )


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
