"""Qt's own words that Qt's ``qtbase_nl`` leaves English, given Dutch in our catalogue.

Qt 6 renamed two labels of its file dialog (``&Look in:``, ``Files of &type:``, with mnemonics)
and moved the type words of its file list (``Folder``, ``Drive``) to another context, and the Dutch
catalogue that ships with PySide6 still has only the old texts, so half the dialog stayed English
under ``--lang nl``. Qt asks the translators installed last first: ours is
installed after ``qtbase_nl`` (see :func:`udens_register.ui.i18n.install_translators`), so these
entries fill the gaps and everything else still comes from Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_gaps() -> dict[tuple[str, str], str]:
    """The Qt strings (context, source) this catalogue translates, with their words now."""
    t = QCoreApplication.translate
    return {
        ("QFileDialog", "&Look in:"): t("QFileDialog", "&Look in:"),
        ("QFileDialog", "Files of &type:"): t("QFileDialog", "Files of &type:"),
        # The file list's Type column (QAbstractFileIconProvider::type): Qt 6 moved these words
        # out of the QFileDialog context, where qtbase_nl still has them. Qt asks with the
        # disambiguation "All other platforms" for a folder; a translator that has the text
        # without one answers that too. A file's type comes from file_dialog_texts.
        ("QAbstractFileIconProvider", "Folder"): t("QAbstractFileIconProvider", "Folder"),
        ("QAbstractFileIconProvider", "Drive"): t("QAbstractFileIconProvider", "Drive"),
        ("QAbstractFileIconProvider", "Unknown"): t("QAbstractFileIconProvider", "Unknown"),
    }


__all__ = ["qt_gaps"]
