"""Settings: defaults, ranges, round trip, and the due-date policy they give."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from udens_register.domain.decisions import ActionKind
from udens_register.services.settings import Settings
from udens_register.services.settings import SettingsStore


def test_round_trip_and_defaults(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "cfg")
    assert store.load() == Settings()
    store.save(Settings(language="en", idle_lock_minutes=12, export_folder="/media/usb", police_days=1))
    loaded = store.load()
    assert loaded.language == "en" and loaded.idle_lock_minutes == 12 and loaded.police_days == 1
    assert loaded.due_policy().due(ActionKind.POLICE, date(2026, 3, 16)) == date(2026, 3, 17)


def test_bad_file_gives_defaults_and_values_are_clamped(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    store.path.write_text("{not json", encoding="utf-8")
    assert store.load() == Settings()
    store.path.write_text(
        '{"language": "fr", "idle_lock_minutes": 0, "guidance_days": 99, "x": 1}', encoding="utf-8"
    )
    loaded = store.load()
    assert loaded.language == "nl" and loaded.idle_lock_minutes == 1 and loaded.guidance_days == 30


def test_the_import_mapping_keeps_header_names_only_and_known_fields(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    store.path.write_text(
        json.dumps(
            {
                "import_mapping": {
                    "pupils": {"Code": "student_number", "Naam": "first_name", "Klass": "", "x": "password",
                               "001234": "student_number", "m.peters@leerling.example": "email",
                               "Mentor 2024": "class_name"},
                    "parents": {"Relatie ouder": "relation", "Code": "class_name"},
                    "teachers": {"Code": "student_number"},
                }
            }
        ),
        encoding="utf-8",
    )  # fmt: skip
    assert store.load().import_mapping == {
        "pupils": {"Code": "student_number", "Naam": "first_name", "Klass": ""},
        "parents": {"Relatie ouder": "relation"},
    }
    store.save(Settings(import_mapping={"pupils": ["not", "a", "mapping"]}))  # type: ignore[dict-item]
    assert store.load().import_mapping == {}
