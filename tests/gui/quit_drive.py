"""One session of the real application driven by Qt's own input simulation, in this process.

Runs ``udens_register.app.main`` (the entry point of ``udens-register``) on ``--data-dir`` and,
from its event loop, does what a coordinator does: types the passphrase on the unlock screen and
presses Return, clicks a case in the list, opens each dialog of the toolbar by clicking its
button and closes it with Escape (the case-file dialog with Return first, so the PDF is made
and previewed), and quits with Ctrl+Q. The process ends as the application ends: its exit code
and stderr are the application's, so a crash on quit shows as a signal, a Qt warning on stderr.

Used by ``tests/gui/test_quit_cycles.py`` (a few cycles, slow-marked) and by hand::

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" \\
        .venv/bin/python tests/gui/quit_drive.py --data-dir /tmp/demo

The passphrase comes from ``QUIT_DRIVE_PASSPHRASE`` (the app itself does not read it).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from collections.abc import Callable
from collections.abc import Generator
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QWidget

PASSPHRASE_ENV = "QUIT_DRIVE_PASSPHRASE"
# The toolbar's dialogs, by the name of their action: the keys pressed in the dialog before it
# is closed (Return in the case-file dialog makes the PDF and opens its preview).
TOOLBAR_DIALOGS: dict[str, tuple[Qt.Key, ...]] = {
    "new_action": (),
    "decide_action": (),
    "actions_action": (),
    "persons_action": (),
    "pdf_action": (Qt.Key.Key_Return,),
}
STEP_TIMEOUT = 60.0
VERBOSE = bool(os.environ.get("QUIT_DRIVE_VERBOSE"))

Wait = Callable[[], bool]


def _main_window() -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if type(widget).__name__ == "MainWindow" and widget.isVisible():
            return widget
    return None


def _other_windows(main: QWidget) -> list[QWidget]:
    """The visible top-level windows besides the main window, newest (topmost) last."""
    modal = QApplication.activeModalWidget()
    others = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not main and w.isWindow()]
    others = [w for w in others if type(w).__name__ not in ("QMenu", "QToolTip", "QTipLabel")]
    if modal is not None and modal in others:
        others.remove(modal)
        others.append(modal)
    return others


def _later(action: Callable[[], object]) -> None:
    """Do ``action`` from the event loop: a click that opens a modal dialog returns only when the
    dialog closes, and the script must go on meanwhile."""
    QTimer.singleShot(0, action)


def _click(button: QWidget) -> None:
    QTest.mouseClick(
        button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, button.rect().center()
    )


def _key(
    widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.keyClick(widget, key, modifier)


def script(passphrase: str, cycles_of_dialogs: int, dialogs: list[str]) -> Generator[Wait, None, None]:
    """The session, step by step; each ``yield`` hands back a condition to wait for."""
    yield lambda: _main_window() is not None
    main = _main_window()
    assert main is not None
    secret = main.unlock_widget.secret  # type: ignore[attr-defined]
    yield lambda: secret.isVisible() and secret.isEnabled()
    QTest.keyClicks(secret, passphrase)
    _key(secret, Qt.Key.Key_Return)
    model = main.incident_list.proxy  # type: ignore[attr-defined]
    yield lambda: main.register is not None and model.rowCount() > 0  # type: ignore[attr-defined]
    table = main.incident_list.table  # type: ignore[attr-defined]
    rect = table.visualRect(model.index(0, 1))
    QTest.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center()
    )
    toolbar = main.action_table.toolbar  # type: ignore[attr-defined]
    yield lambda: main.action_table["persons_action"].isEnabled()  # type: ignore[attr-defined]
    for _round in range(cycles_of_dialogs):
        for name in dialogs:
            keys = TOOLBAR_DIALOGS[name]
            button = toolbar.widgetForAction(main.action_table[name])  # type: ignore[attr-defined]
            assert isinstance(button, QAbstractButton), name
            _later(lambda button=button: _click(button))
            yield lambda: bool(_other_windows(main))
            for key in keys:
                count = len(_other_windows(main))
                top = _other_windows(main)[-1]
                _later(lambda top=top, key=key: _key(top.focusWidget() or top, key))
                yield lambda count=count: len(_other_windows(main)) > count
            while _other_windows(main):  # close what it opened, newest first
                count = len(_other_windows(main))
                top = _other_windows(main)[-1]
                _later(lambda top=top: _key(top.focusWidget() or top, Qt.Key.Key_Escape))
                yield lambda count=count: len(_other_windows(main)) < count
    main.activateWindow()  # a window manager gives the window the keyboard back
    yield lambda: main.isActiveWindow()
    _key(main, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)


class Driver:
    """Runs :func:`script` from a timer of the event loop; gives up (exit 3) on a stuck step."""

    def __init__(self, steps: Iterator[Wait]) -> None:
        self._steps = steps
        self._wait: Wait = lambda: True
        self._since = time.monotonic()
        self._timer = QTimer()
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        try:
            if not self._wait():
                if time.monotonic() - self._since > STEP_TIMEOUT:
                    self._give_up(f"a step did not finish in {STEP_TIMEOUT:.0f} s")
                return
            self._since = time.monotonic()
            self._wait = next(self._steps)
            if VERBOSE:
                print(
                    f"quit_drive: {time.monotonic():.1f} waits at line {self._wait.__code__.co_firstlineno}",
                    file=sys.stderr,
                    flush=True,
                )
        except StopIteration:
            self._timer.stop()
        except Exception:  # the driver's own fault: no error dialog of the app to wait on
            self._give_up(traceback.format_exc())

    @staticmethod
    def _give_up(why: str) -> None:
        windows = [type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]
        print(f"quit_drive: {why}\nwindows on screen: {windows}", file=sys.stderr, flush=True)
        os._exit(3)  # the driver's failure, told apart from any exit code of the application


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--rounds", type=int, default=1, help="times each toolbar dialog is opened")
    parser.add_argument(
        "--dialogs", default=",".join(TOOLBAR_DIALOGS), help="the toolbar actions to use, comma-separated"
    )
    args = parser.parse_args()
    passphrase = os.environ.pop(PASSPHRASE_ENV)
    from udens_register.app import main as app_main
    from udens_register.ui import main as gui

    # The driver starts with the window (its timer needs the application the app makes); it
    # keeps no reference to the window, so the window lives and goes as it does without it.
    window_class = gui.MainWindow
    drivers: list[Driver] = []

    def window(*given: object, **named: object) -> object:
        drivers.append(Driver(script(passphrase, args.rounds, args.dialogs.split(","))))
        return window_class(*given, **named)

    gui.MainWindow = window  # type: ignore[misc,assignment]
    return app_main(["--data-dir", args.data_dir])


if __name__ == "__main__":
    sys.exit(main())
