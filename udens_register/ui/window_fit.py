"""Every window inside the screen: one application-wide filter opens each dialog, wizard and the
main window at the size it was left (``window-sizes.json`` in the config folder: class names and
pixels, nothing personal), never larger than the screen's available area (a 1366×768 laptop with
a taskbar leaves 1366×728), and moves it so its title bar and buttons are on the screen."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Protocol

from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtCore import QRect
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from collections.abc import Callable

# A window manager's frame before the window is mapped and its real frame is known: a title bar
# and thin borders (measured on GNOME, KDE and Windows 10/11: 24-38 px high, 0-8 px each side).
FRAME_TOP = 38
FRAME_SIDE = 8
FITTED = "_udens_fitted"


class SizesPort(Protocol):
    """Where window sizes are kept between runs."""

    def get(self, name: str) -> tuple[int, int] | None: ...
    def put(self, name: str, size: tuple[int, int]) -> None: ...


def window_name(widget: QWidget) -> str | None:
    """The key a window's size is kept under: its class (or object name for a plain dialog) when it is
    one of the application's own; None for Qt's own message boxes and file dialogs."""
    if isinstance(widget, (QMessageBox, QFileDialog)):
        return None
    cls = type(widget)
    if cls.__module__.startswith("udens_register."):
        return cls.__name__
    return widget.objectName() or None


def frame_extra(widget: QWidget) -> tuple[int, int]:
    """Width and height the window manager adds around ``widget`` (an estimate before it is mapped)."""
    frame, inner = widget.frameGeometry(), widget.geometry()
    extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
    if extra_h <= 0:
        return 2 * FRAME_SIDE, FRAME_TOP + FRAME_SIDE
    return extra_w, extra_h


def fit_inside(widget: QWidget, available: QRect, wanted: QSize | None = None) -> None:
    """Resize ``widget`` to ``wanted`` (default: its size), no larger than ``available`` less the
    frame, and move it so the whole frame is inside ``available``."""
    extra_w, extra_h = frame_extra(widget)
    size = wanted or widget.size()
    minimum = widget.minimumSize().expandedTo(widget.minimumSizeHint())
    width = max(min(size.width(), available.width() - extra_w), min(minimum.width(), available.width()))
    height = max(min(size.height(), available.height() - extra_h), min(minimum.height(), available.height()))
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(width, height)
    frame_w, frame_h = widget.width() + extra_w, widget.height() + extra_h
    x, y = widget.frameGeometry().x(), widget.frameGeometry().y()
    x = max(available.left(), min(x, available.left() + available.width() - frame_w))
    y = max(available.top(), min(y, available.top() + available.height() - frame_h))
    if (x, y) != (widget.frameGeometry().x(), widget.frameGeometry().y()):
        widget.move(x, y)


def screen_available(widget: QWidget) -> QRect:
    """The available area (without taskbar or panels) of the screen the widget is on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


class WindowFitter(QObject):
    """Installed once on the application (``app.installEventFilter``); ``available`` may be given
    for a test that stands in for a smaller screen."""

    def __init__(
        self,
        sizes: SizesPort | None = None,
        parent: QObject | None = None,
        available: Callable[[QWidget], QRect] = screen_available,
    ) -> None:
        super().__init__(parent)
        self._sizes = sizes
        self._available = available

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.Show, QEvent.Type.Hide):
            return False
        if not isinstance(watched, (QDialog, QMainWindow)) or not watched.isWindow():
            return False
        if kind == QEvent.Type.Show:
            self._shown(watched)
        else:
            self._hidden(watched)
        return False

    def _shown(self, window: QWidget) -> None:
        wanted = None
        name = window_name(window)
        if not window.property(FITTED) and name and self._sizes is not None:
            saved = self._sizes.get(name)
            wanted = QSize(*saved) if saved else None
        window.setProperty(FITTED, True)
        fit_inside(window, self._available(window), wanted)

    def _hidden(self, window: QWidget) -> None:
        name = window_name(window)
        if name and self._sizes is not None and not window.isMaximized() and not window.isMinimized():
            self._sizes.put(name, (window.width(), window.height()))


__all__ = ["WindowFitter", "fit_inside", "frame_extra", "screen_available", "window_name"]
