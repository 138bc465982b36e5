"""Nothing that can name a person is written outside the register folder, the backup folder and
the settings file: Qt's own memory of the folders used in file dialogs is switched off.

Qt's widget file dialog saves its history and last folder in ``QtProject.conf`` (Windows: the
registry) whenever one closes, and a folder is often named after a pupil. Native dialogs add the
file to the desktop's recent files (GTK's ``recently-used.xbel``, the Windows jump lists). The
application therefore uses Qt's own dialogs only, and points every ``QSettings`` file of Qt at a
place where nothing can be created (the application keeps its own settings in a JSON file).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt


def keep_dialogs_private() -> None:
    """No native dialogs (no desktop recent files) and no ``QtProject.conf`` (no folder history)."""
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    # A settings file under /dev/null cannot be made: QSettings keeps the values in memory only.
    # The file dialog opens QSettings(UserScope, "QtProject") in the native format, which on
    # Linux is a file like the INI format (on Windows the registry: see the README).
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, os.devnull)
