"""``--lang nl`` gives Qt's own texts in Dutch too: the whole file dialog (Qt's, not the desktop's,
as the app uses it), standard buttons and context menus; ``--lang en`` gives them in English.
And the file dialog keeps no memory of a pupil's file outside the register (issue 11 point 12)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QToolButton
from PySide6.QtWidgets import QTreeView

from udens_register.ui.i18n import install_translators
from udens_register.ui.qt_words import qt_gaps

EXPECTED = {
    "nl": {
        "lookInLabel": "&Zoeken in:",
        "fileNameLabel": "Bestands&naam:",
        "fileTypeLabel": "Bestanden van &type:",
        "buttons": {"&Openen", "Annuleren"},
        "tips": {"Terug", "Verder", "Hogere map", "Nieuwe map aanmaken", "Lijstweergave", "Detailweergave"},
        "headers": ["Naam", "Grootte", "Type", "Datum gewijzigd"],
        "menu": {"Kni&ppen", "&Kopiëren", "P&lakken", "Alles selecteren"},
    },
    "en": {
        "lookInLabel": "&Look in:",
        "fileNameLabel": "File &name:",
        "fileTypeLabel": "Files of &type:",
        "buttons": {"&Open", "Cancel"},
        "tips": {"Back", "Forward", "Parent Directory", "Create New Folder", "List View", "Detail View"},
        "headers": ["Name", "Size", "Type", "Date Modified"],
        "menu": {"Cu&t", "&Copy", "&Paste", "Select All"},
    },
}


def _file_dialog(qtbot, folder: Path) -> QFileDialog:  # type: ignore[no-untyped-def]
    dialog = QFileDialog(None, "Bewijs kiezen", str(folder), "Schermafbeeldingen (*.png)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # as the app's dialogs are (privacy.py)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_file_dialog_speaks_the_chosen_language(qtbot, lang: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    want = EXPECTED[lang]
    dialog = _file_dialog(qtbot, tmp_path)
    for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel"):
        assert dialog.findChild(QLabel, name).text() == want[name], name
    box = dialog.findChild(QDialogButtonBox, "buttonBox")
    assert {b.text() for b in box.buttons()} == want["buttons"]
    tips = {b.toolTip() for b in dialog.findChildren(QToolButton) if b.toolTip()}
    assert want["tips"] <= tips
    model = dialog.findChild(QTreeView, "treeView").model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == want["headers"]
    menu = dialog.findChild(QLineEdit, "fileNameEdit").createStandardContextMenu()
    assert want["menu"] <= {a.text().split("\t")[0] for a in menu.actions()}
    menu.deleteLater()


LIST = {  # a folder, then a 12,345-byte screenshot changed on 14 March 2026 at 09:05 (local time)
    "nl": [
        ["Sub", "", "Map", "14-03-2026 09:05"],
        ["scherm.png", "12,3 kB", "PNG-bestand", "14-03-2026 09:05"],
    ],
    "en": [
        ["Sub", "", "Folder", "14/03/2026 09:05"],
        ["scherm.png", "12.3 kB", "PNG file", "14/03/2026 09:05"],
    ],
}


def test_the_file_list_gives_types_sizes_and_dates_in_the_chosen_language(
    qtbot, qapp, lang: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The list of Qt's file dialog, as the app installs it: a folder's type is Qt's word (Dutch
    from our catalogue: qtbase_nl lacks it), a file's size, type and date follow --lang, not the
    system locale (LANG=C here; on Windows the MIME words are English whatever the language)."""
    from datetime import datetime

    from udens_register.ui.file_dialog_texts import localise_file_dialogs

    stamp = datetime(2026, 3, 14, 9, 5).timestamp()
    (tmp_path / "Sub").mkdir()
    (tmp_path / "scherm.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * (12345 - 8))
    for path in (tmp_path / "Sub", tmp_path / "scherm.png"):
        os.utime(path, (stamp, stamp))
    texts = localise_file_dialogs(qapp)
    try:
        dialog = QFileDialog(None, "Bewijs kiezen", str(tmp_path))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        view = dialog.findChild(QTreeView, "treeView")

        def rows() -> list[list[str]]:
            model, root = view.model(), view.rootIndex()
            return [[model.index(r, c, root).data() for c in range(4)] for r in range(model.rowCount(root))]

        qtbot.waitUntil(lambda: len(rows()) == 2 and all(row[2] for row in rows()), timeout=5000)
        assert sorted(rows()) == LIST[lang]
    finally:
        qapp.removeEventFilter(texts)
        texts.deleteLater()


def test_standard_buttons_speak_the_chosen_language(qtbot, lang: str) -> None:  # type: ignore[no-untyped-def]
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(box)
    message = QMessageBox(
        QMessageBox.Icon.Question, "x", "y", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    qtbot.addWidget(message)
    texts = {b.text() for b in box.buttons()} | {
        b.text() for b in message.findChildren(QAbstractButton) if b.text()
    }
    expected = (
        {"Opslaan", "Annuleren", "Sluiten", "&Ja", "&Nee"}
        if lang == "nl"
        else {"Save", "Cancel", "Close", "&Yes", "&No"}
    )
    assert expected <= texts


def test_our_catalogue_fills_only_gaps_that_qtbase_nl_leaves(qapp) -> None:  # type: ignore[no-untyped-def]
    """Each Qt string we translate is one that Qt's own Dutch catalogue does not (so ours never
    overrides Qt's words), and ours gives it Dutch."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtCore import QTranslator

    qt_only = QTranslator()
    assert qt_only.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for context, source in qt_gaps():
        assert qt_only.translate(context, source) == "", f"qtbase_nl translates {source!r} itself"
    before = QLocale()
    translators = install_translators(qapp, "nl")
    try:
        for context, source in qt_gaps():
            assert QCoreApplication.translate(context, source) not in ("", source), source
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


PUPIL_FILE = "Daan_van_Dijk_2B_groepsapp.png"

SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit
if sys.argv[2] == "private":
    from udens_register.ui.privacy import keep_dialogs_private
    keep_dialogs_private()  # as ui/main.py does, before the QApplication
app = QApplication([])
from udens_register.ui.i18n import install_translators
translators = install_translators(app, "nl")
from udens_register.ui.evidence_intake import EvidenceIntakeDialog
picked = Path(sys.argv[1])
seen = []
def answer():
    w = app.activeModalWidget()
    if isinstance(w, QFileDialog):
        seen.append(w.findChild(QLabel, "lookInLabel").text())
        w.findChild(QLineEdit, "fileNameEdit").setText(picked.name)  # typed, as a user may
        w.accept()
        return
    QTimer.singleShot(100, answer)
QTimer.singleShot(300, answer)
dialog = EvidenceIntakeDialog(None, 1)  # the evidence tab's own dialog and its file chooser
dialog.choose()
print(seen[0], "|", dialog.file_label.text())
"""


@pytest.mark.parametrize("mode", ["private", "plain"])
def test_choosing_a_pupils_file_leaves_its_name_nowhere_outside_the_register(
    tmp_path: Path, mode: str
) -> None:
    """The real intake dialog's chooser, in a fresh process started as the app starts: after a
    file named after a pupil (in a folder named after her) is chosen, no file under HOME or the
    XDG folders names her. The control: without keep_dialogs_private Qt writes the folder down."""
    home = tmp_path / "home"
    folder = tmp_path / "Daan_van_Dijk_2B"
    folder.mkdir()
    (folder / PUPIL_FILE).write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_STATE_HOME": str(home / "state"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(folder / PUPIL_FILE), mode],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=folder,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"&Zoeken in: | {PUPIL_FILE}", "the Dutch chooser took the file"
    written = [p for p in home.rglob("*") if p.is_file()]
    leaks = [str(p) for p in written if b"Daan_van_Dijk" in p.read_bytes() or "Daan_van_Dijk" in str(p)]
    assert bool(leaks) == (mode == "plain"), leaks
