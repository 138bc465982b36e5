"""Every UI string has a Dutch translation, and the shipped .qm matches the .ts."""

from __future__ import annotations

from pathlib import Path

from udens_register.paths import resources_dir
from udens_register.ui.i18n_tool import QM_NAME
from udens_register.ui.i18n_tool import TS_NAME
from udens_register.ui.i18n_tool import extract
from udens_register.ui.i18n_tool import lrelease
from udens_register.ui.i18n_tool import read_ts


def test_every_message_is_translated() -> None:
    messages = extract()
    known = read_ts(resources_dir() / "i18n" / TS_NAME)
    missing = [
        f"{m.where} [{m.context}] {m.source!r}" for m in messages if (m.context, m.source) not in known
    ]
    assert len(messages) > 150
    assert not missing, "untranslated (run: python -m udens_register.ui.i18n_tool update):\n" + "\n".join(
        missing
    )


def test_plural_messages_have_both_dutch_forms() -> None:
    known = read_ts(resources_dir() / "i18n" / TS_NAME)
    for m in extract():
        if m.numerus:
            forms = known[(m.context, m.source)]
            assert len(forms) == 2 and all("%n" in f or "%Ln" in f for f in forms), m  # %Ln: 20.000


def test_qm_is_built_from_the_current_ts(tmp_path: Path) -> None:
    fresh = tmp_path / QM_NAME
    lrelease(resources_dir() / "i18n" / TS_NAME, fresh)
    assert fresh.read_bytes() == (resources_dir() / "i18n" / QM_NAME).read_bytes()


def test_dutch_is_loaded_by_default(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from udens_register.ui.i18n import install_translators
    from udens_register.ui.i18n import status_label

    translators = install_translators(qapp, "nl")
    try:
        # Codes get their words from the wording catalogue in the interface language ...
        assert status_label("in_progress") == "In behandeling"
        # ... widget strings from our own .qm, standard buttons from Qt's qtbase_nl.
        assert QCoreApplication.translate("MainWindow", "&Lock") == "&Vergrendelen"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
