"""Using the interface as a person does: press a button with the mouse, trigger a menu entry or
its shortcut, answer the dialog that opens. Never the slot behind it: a slot called directly
skips the wiring, and the wiring is where ``clicked(bool)`` once reached ``add_file(path)`` as
``path=False``."""

from __future__ import annotations

import time
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QWidget
from PySide6.QtWidgets import QWizard

W = TypeVar("W", bound=QWidget)

# Every press and trigger of the test session, so a test can tell which buttons and commands
# were reached (see test_every_control.py).
PRESSED: set[str] = set()


def plain(text: str) -> str:
    """A button's or action's words without the mnemonic ampersand and the ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".").strip()


def click(qtbot: Any, button: QAbstractButton) -> None:
    """Press ``button`` with the left mouse button, as a person does; it must be usable."""
    assert button.isEnabled(), f"the button {plain(button.text())!r} is disabled"
    PRESSED.add(f"{type(button.window()).__name__}/{plain(button.text())}")
    if qtbot is None:  # where no qtbot is at hand: QAbstractButton.click(), as a press does
        button.click()
        return
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())


def button(widget: QWidget, text: str) -> QAbstractButton:
    """The one visible-to-be button in ``widget`` whose words are ``text`` (mnemonic and ellipsis
    left out): found by what a person reads on it."""
    found = [b for b in widget.findChildren(QAbstractButton) if plain(b.text()) == plain(text)]
    assert len(found) == 1, f"{len(found)} buttons {text!r} in {type(widget).__name__}: " + ", ".join(
        sorted(plain(b.text()) for b in widget.findChildren(QAbstractButton) if b.text())
    )
    return found[0]


def press(qtbot: Any, widget: QWidget, text: str) -> None:
    """Press the button of ``widget`` that reads ``text``."""
    click(qtbot, button(widget, text))


def box_button(dialog: QWidget, *roles: QDialogButtonBox.ButtonRole) -> QAbstractButton:
    """The dialog's button-box button of the first of ``roles`` it has (OK/Save/Opslaan,
    Cancel/Annuleren...)."""
    for role in roles:
        for box in dialog.findChildren(QDialogButtonBox):
            for b in box.buttons():
                if box.buttonRole(b) == role and b.isVisibleTo(dialog):
                    return b
    raise AssertionError(f"{type(dialog).__name__} has no button of role {roles}")


def ok(qtbot: Any, dialog: QWidget) -> None:
    """Press the dialog's accepting button (OK, Save, Opslaan, Ja; a wizard's Finish)."""
    if isinstance(dialog, QWizard):
        click(qtbot, dialog.button(QWizard.WizardButton.FinishButton))
        return
    click(
        qtbot, box_button(dialog, QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole)
    )


def cancel(qtbot: Any, dialog: QWidget) -> None:
    """Press the dialog's Cancel (or Close, Nee) button; a wizard's Cancel."""
    if isinstance(dialog, QWizard):
        click(qtbot, dialog.button(QWizard.WizardButton.CancelButton))
        return
    click(
        qtbot, box_button(dialog, QDialogButtonBox.ButtonRole.RejectRole, QDialogButtonBox.ButtonRole.NoRole)
    )


def trigger(window: Any, name: str) -> None:
    """Choose the window's command ``name`` from its menu or toolbar (``QAction.trigger``)."""
    action: QAction = window.action_table[name]
    assert action.isEnabled(), f"the command {plain(action.text())!r} is disabled"
    PRESSED.add(f"action/{name}")
    action.trigger()


@contextmanager
def answering(kind: type[W], answer: Callable[[W], object], *, timeout: float = 15.0) -> Iterator[list[W]]:
    """Within the block, answer the next modal dialog of ``kind`` once it shows (its ``exec()``
    blocks the code that opened it): ``answer`` gets it and presses its buttons. Fails when the
    block ends and no such dialog was answered. A dialog that shows instead, or one ``answer``
    left open after failing, is closed so that the test ends instead of waiting forever."""
    answered: list[W] = []
    state = {"stop": False}
    deadline = time.monotonic() + timeout

    def poll() -> None:
        if state["stop"]:
            return
        shown = QApplication.activeModalWidget()
        if isinstance(shown, kind) and shown.isVisible():
            answered.append(shown)
            try:
                answer(shown)
            except BaseException:
                if shown.isVisible():
                    shown.reject()
                raise
            return
        if time.monotonic() > deadline:
            if isinstance(shown, QDialog):
                shown.reject()
            raise AssertionError(f"no {kind.__name__} showed in {timeout} s (shown: {shown!r})")
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    try:
        yield answered
    finally:
        state["stop"] = True
    assert answered, f"no {kind.__name__} was opened"


def activate(qtbot: Any, window: QWidget) -> None:
    """Bring ``window`` to the front and wait until it has the keyboard. On a real display (xcb)
    a shortcut reaches only the active window, and a window is not active the moment it is
    shown; offscreen every window is."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def shortcut(qtbot: Any, window: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """Type a shortcut in ``window`` (made active first), as a person does."""
    activate(qtbot, window)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifiers)


def unlock(qtbot: Any, window: Any, secret: str) -> None:
    """Type the passphrase on the unlock screen and press Ontgrendelen; the list is loaded after."""
    widget = window.unlock_widget
    widget.secret.setFocus()
    widget.secret.clear()
    qtbot.keyClicks(widget.secret, secret)
    click(qtbot, widget.button)
    qtbot.waitUntil(lambda: window.register is not None, timeout=15000)
