"""Start the desktop application: settings, translations, one instance per register, window."""

from __future__ import annotations

import logging
import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from udens_register.paths import default_config_dir
from udens_register.services.gateway import RegisterGateway
from udens_register.services.gateway import preload
from udens_register.services.settings import SettingsStore
from udens_register.services.settings import WindowSizeStore
from udens_register.ui.collector import EventLoopCollector
from udens_register.ui.errors import install_excepthook
from udens_register.ui.file_dialog_texts import localise_file_dialogs
from udens_register.ui.i18n import install_translators
from udens_register.ui.icons import icon
from udens_register.ui.instance_lock import CloseOnSignal
from udens_register.ui.instance_lock import acquire
from udens_register.ui.main_window import MainWindow
from udens_register.ui.privacy import keep_dialogs_private
from udens_register.ui.session_lock import SessionLockWatcher
from udens_register.ui.setup_wizard import SetupWizard
from udens_register.ui.setup_wizard import offer_discard_unfinished
from udens_register.ui.window_fit import WindowFitter
from udens_register.vault.files import is_read_only as folder_is_read_only

if TYPE_CHECKING:
    from pathlib import Path

QUIT_AFTER_ENV = "UDENS_REGISTER_QUIT_AFTER_MS"  # for smoke tests of a built program
SHOWN_PROBE_ENV = "UDENS_REGISTER_REPORT_SHOWN"  # for the startup benchmark
PRELOAD_AFTER_MS = 300  # the window is drawn first; nobody has typed a passphrase this soon


def _harden_process() -> None:
    """No core dumps: a crash must not write the data key or case content to disk."""
    try:
        import resource  # noqa: PLC0415 - POSIX only

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass


def run(folder: Path, lang: str | None = None, *, kdf_seconds: float | None = None) -> int:
    """Run the application on the register in ``folder`` until the window closes."""
    _harden_process()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    keep_dialogs_private()  # before the first dialog: no QtProject.conf, no desktop recent files
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Udens Register")
    app.setOrganizationName("Udens College")
    QApplication.setWindowIcon(icon("app"))
    store = SettingsStore(default_config_dir())
    settings = store.load()
    fitter = WindowFitter(WindowSizeStore(default_config_dir()), app)
    app.installEventFilter(fitter)
    language = lang if lang in ("nl", "en") else settings.language  # --lang wins over the setting
    translators = install_translators(app, language)  # noqa: F841 - kept alive for the run
    localise_file_dialogs(app)  # sizes, dates and types in the file dialogs follow --lang too
    install_excepthook()

    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = acquire(folder, read_only=folder_is_read_only(folder))
    if lock is None:
        return 1
    closer = CloseOnSignal(app)  # noqa: F841 - kept alive for the run
    collector = EventLoopCollector(app)  # no collection inside Qt's C++ code or on a worker
    try:
        gateway = RegisterGateway(folder, kdf_seconds=kdf_seconds) if kdf_seconds else RegisterGateway(folder)
        if gateway.unfinished() and not offer_discard_unfinished(str(folder)):
            return 0
        gateway.discard_unfinished()
        opened = None
        if not gateway.exists():
            wizard = SetupWizard(gateway)
            if not wizard.exec() or not wizard.created:
                return 0
            opened = wizard.register  # the passphrase was just typed twice: not a third time
            wizard.deleteLater()
        window = MainWindow(gateway, settings, store)
        watcher = SessionLockWatcher(window)
        watcher.lock_requested.connect(window.lock)
        window.show()
        if opened is not None:
            window.on_unlocked(opened)
        # Opening the register (SQLCipher, SQLAlchemy, Argon2) and making case files (reportlab,
        # pyHanko) load on a background thread while the passphrase is typed, not before the window.
        QTimer.singleShot(PRELOAD_AFTER_MS, window, preload)
        if os.environ.get(SHOWN_PROBE_ENV):
            # Benchmarks: report once the unlock screen is on screen, then quit.
            def shown() -> None:
                # The unlock button's words too: a test sees which language --lang chose.
                words = window.unlock_widget.button.text().replace("&", "")
                print(f"shown {time.perf_counter():.6f} {words}", flush=True)
                window.close()

            QTimer.singleShot(0, window, shown)
        quit_after = os.environ.get(QUIT_AFTER_ENV, "")
        if quit_after.isdigit():
            QTimer.singleShot(int(quit_after), window, window.close)
        code = int(app.exec())
        # The window and everything in it go now, while Python still runs, parents before
        # children as Qt deletes them. Left to the interpreter's exit, PySide deletes the Qt
        # objects Python still owns one by one in no set order: deleting a button first freed
        # a lambda that held its dialog's last reference, the dialog was deleted with the
        # button still inside it, and the button was deleted twice ("shared QObject was
        # deleted directly", then a segmentation fault: issue 24).
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return code
    finally:
        collector.stop()
        lock.unlock()
