"""Lock when the desktop session locks or the machine suspends (Linux, over D-Bus; best effort).

Covered: the freedesktop and GNOME screensavers' ``ActiveChanged`` on the session bus and
logind's ``PrepareForSleep`` on the system bus. Where a bus or service is missing, nothing
happens and the idle lock still applies.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtCore import Signal
from PySide6.QtCore import Slot

from udens_register.ui.signals import emit

try:  # QtDBus is absent on Windows builds
    from PySide6.QtDBus import QDBusConnection
except ImportError:  # pragma: no cover - platform dependent
    QDBusConnection = None  # type: ignore[assignment,misc]


class SessionLockWatcher(QObject):
    """Emits ``lock_requested`` when the screen locks or the system goes to sleep."""

    lock_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected: list[str] = []
        if QDBusConnection is None:
            return
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for service, path in (
                ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
                ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
            ):
                if session.connect(service, path, service, "ActiveChanged", self, "_on_active(bool)"):
                    self.connected.append(service)
        system = QDBusConnection.systemBus()
        if system.isConnected() and system.connect(
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            self,
            "_on_sleep(bool)",
        ):
            self.connected.append("org.freedesktop.login1")

    @Slot(bool)
    def _on_active(self, active: bool) -> None:
        if active:
            emit(self.lock_requested)

    @Slot(bool)
    def _on_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            emit(self.lock_requested)
