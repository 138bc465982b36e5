"""No silent loss: a dialog with changed input asks before Escape, Annuleren or the window's close
button throws it away; the forms that take long to fill (the new-incident form, the person dialog,
the decision wizard) keep a draft inside the encrypted register, offer it again when the same case
is opened, and save it when the register locks (the lock then closes them without asking)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton
from PySide6.QtWidgets import QAbstractSpinBox
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QRadioButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QTextEdit
from PySide6.QtWidgets import QWidget

from udens_register.ui.date_field import DateField
from udens_register.ui.i18n import fmt_datetime
from udens_register.ui.signals import emit

if TYPE_CHECKING:
    from udens_register.services.drafts import DraftRow

DISCARD, KEEP_DRAFT, GO_ON = "discard", "keep", "go_on"
USE, THROW_AWAY = "use", "throw_away"


class DraftsPort(Protocol):
    """Where drafts are kept (the register's draft service)."""

    def save(self, kind: str, scope: str, payload: dict[str, Any]) -> None: ...
    def load(self, kind: str, scope: str) -> DraftRow | None: ...
    def discard(self, kind: str, scope: str) -> None: ...


def _t(text: str) -> str:
    return QCoreApplication.translate("Guard", text)


def ask_discard(parent: QWidget, with_draft: bool) -> str:
    """Ask what to do with unsaved input: DISCARD, KEEP_DRAFT (when drafts are kept) or GO_ON."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_t("Unsaved input"))
    box.setText(_t("You have typed something that is not saved yet."))
    box.setInformativeText(
        _t("Keep it as a draft to go on later, or throw it away?")
        if with_draft
        else _t("Throw away what you typed?")
    )
    go_on = box.addButton(_t("Go on &editing"), QMessageBox.ButtonRole.RejectRole)
    keep = box.addButton(_t("&Keep as draft"), QMessageBox.ButtonRole.AcceptRole) if with_draft else None
    discard = box.addButton(_t("&Throw away"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep or go_on)
    box.setEscapeButton(go_on)
    box.exec()
    clicked = box.clickedButton()
    if clicked is discard:
        return DISCARD
    if keep is not None and clicked is keep:
        return KEEP_DRAFT
    return GO_ON


def ask_restore(parent: QWidget | None, draft: DraftRow) -> str:
    """A draft was kept: USE it, or THROW_AWAY."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_t("Draft"))
    box.setText(_t("There is a draft of %1. Go on with it?").replace("%1", fmt_datetime(draft.saved_at)))
    use = box.addButton(_t("&Go on with the draft"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_t("&Start afresh"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(use)
    box.setEscapeButton(use)
    box.exec()
    return USE if box.clickedButton() is use else THROW_AWAY


def _inputs(root: QDialog) -> list[tuple[str, QWidget]]:
    """The dialog's own input widgets in a stable order, each with a key by kind and position."""
    found: list[tuple[str, QWidget]] = []
    counts: dict[str, int] = {}
    for widget in root.findChildren(QWidget):
        if widget.window() is not root:
            continue  # a dialog opened from this one has its own draft
        parent = widget.parentWidget()
        if isinstance(widget, QLineEdit) and isinstance(parent, (DateField, QComboBox, QAbstractSpinBox)):
            continue  # part of a composite input, read through that
        kind = next(
            (
                name
                for name, cls in (
                    ("date", DateField),
                    ("line", QLineEdit),
                    ("text", QPlainTextEdit),
                    ("rich", QTextEdit),
                    ("combo", QComboBox),
                    ("spin", QSpinBox),
                    ("check", QCheckBox),
                    ("radio", QRadioButton),
                    ("group", QGroupBox),
                )
                if isinstance(widget, cls)
            ),
            None,
        )
        if kind is None or (kind == "group" and not widget.isCheckable()):  # type: ignore[attr-defined]
            continue
        if kind == "rich" and widget.isReadOnly():  # type: ignore[attr-defined]
            continue
        index = counts.get(kind, 0)
        counts[kind] = index + 1
        found.append((f"{kind}{index}", widget))
    return found


def read_inputs(root: QDialog, *, for_storage: bool = False) -> dict[str, Any]:
    """Every input's value; ``for_storage`` leaves out password fields (never kept anywhere)."""
    values: dict[str, Any] = {}
    for key, w in _inputs(root):
        if isinstance(w, DateField):
            values[key] = w.text()
        elif isinstance(w, QLineEdit):
            if w.echoMode() != QLineEdit.EchoMode.Normal and for_storage:
                continue
            values[key] = w.text()
        elif isinstance(w, QPlainTextEdit):
            values[key] = w.toPlainText()
        elif isinstance(w, QTextEdit):
            values[key] = w.toPlainText()
        elif isinstance(w, QComboBox):
            values[key] = [w.currentIndex(), w.currentText() if w.isEditable() else ""]
        elif isinstance(w, QSpinBox):
            values[key] = w.value()
        elif isinstance(w, (QAbstractButton, QGroupBox)):
            values[key] = w.isChecked()
    return values


def write_inputs(root: QDialog, values: dict[str, Any]) -> None:
    """Put values read by :func:`read_inputs` back (those whose widget no longer fits are skipped)."""
    for key, w in _inputs(root):
        if key not in values:
            continue
        value = values[key]
        if isinstance(w, DateField) and isinstance(value, str):
            w.line.setText(value)
            emit(w.line.textEdited, value)
        elif isinstance(w, QLineEdit) and isinstance(value, str):
            w.setText(value)
        elif isinstance(w, (QPlainTextEdit, QTextEdit)) and isinstance(value, str):
            w.setPlainText(value)
        elif isinstance(w, QComboBox) and isinstance(value, list) and len(value) == 2:
            index, text = value
            if isinstance(index, int) and 0 <= index < w.count():
                w.setCurrentIndex(index)
            elif index == -1:
                w.setCurrentIndex(-1)
            if w.isEditable() and isinstance(text, str):
                w.setCurrentText(text)
        elif isinstance(w, QSpinBox) and isinstance(value, int):
            w.setValue(value)
        elif isinstance(w, (QAbstractButton, QGroupBox)) and isinstance(value, bool):
            w.setChecked(value)


class Guard:
    """Mixed into a dialog (before QDialog in the bases). Call :meth:`guard` at the end of
    ``__init__``; a subclass with more than plain inputs (a list of persons, wizard pages) extends
    :meth:`snapshot` and :meth:`restore`. Saving for real calls :meth:`draft_done`."""

    draft_kind = ""  # set by forms that keep drafts

    _guard_start: dict[str, Any] | None = None
    _guard_drafts: DraftsPort | None = None
    _guard_scope = "new"
    _guard_closing = False

    def guard(self, drafts: DraftsPort | None = None, scope: str = "new") -> None:
        """Remember the input as it is now; offer a kept draft of this form for ``scope``."""
        self._guard_drafts = drafts if self.draft_kind else None
        self._guard_scope = scope
        self._guard_start = self.snapshot()
        if self._guard_drafts is None:
            return
        kept = self._guard_drafts.load(self.draft_kind, scope)
        if kept is None:
            return
        if ask_restore(self.parentWidget(), kept) == USE:  # type: ignore[attr-defined]
            self.restore(kept.payload)
        else:
            self._guard_drafts.discard(self.draft_kind, scope)

    # -- what the form holds -----------------------------------------------------------------
    def snapshot(self, *, for_storage: bool = False) -> dict[str, Any]:
        """The form's input (JSON-compatible)."""
        return {"inputs": read_inputs(self, for_storage=for_storage)}  # type: ignore[arg-type]

    def restore(self, payload: dict[str, Any]) -> None:
        """Put a snapshot back."""
        inputs = payload.get("inputs")
        if isinstance(inputs, dict):
            write_inputs(self, inputs)  # type: ignore[arg-type]

    # Keys of the snapshot that are kept with a draft but are not input (a wizard's page).
    not_input: tuple[str, ...] = ()

    def is_changed(self) -> bool:
        """Whether anything was typed or chosen since the form opened (or its draft was restored)."""
        if self._guard_start is None:
            return False

        def inputs(snap: dict[str, Any]) -> dict[str, Any]:
            return {key: value for key, value in snap.items() if key not in self.not_input}

        return inputs(self.snapshot()) != inputs(self._guard_start)

    # -- saving and closing --------------------------------------------------------------------
    def keep_draft(self) -> None:
        """Store the form's input as its draft (inside the register)."""
        if self._guard_drafts is not None:
            self._guard_drafts.save(self.draft_kind, self._guard_scope, self.snapshot(for_storage=True))

    def draft_done(self) -> None:
        """The form was saved for real: its draft goes."""
        if self._guard_drafts is not None:
            self._guard_drafts.discard(self.draft_kind, self._guard_scope)

    def reject(self) -> None:
        """Escape, Annuleren or the close button: ask first when something would be lost."""
        if self._guard_closing:
            return
        if self.is_changed():
            answer = ask_discard(self, self._guard_drafts is not None)  # type: ignore[arg-type]
            if self._guard_closing:
                return  # the register locked while the question was open; the draft is kept
            if answer == GO_ON:
                return
            if answer == KEEP_DRAFT:
                self.keep_draft()
            elif self._guard_drafts is not None:
                self._guard_drafts.discard(self.draft_kind, self._guard_scope)
        self._guard_closing = True
        QDialog.reject(self)  # type: ignore[arg-type]

    def close_for_lock(self) -> None:
        """The register locks: keep the draft first (while the register is still open), then close
        without a question."""
        if self._guard_closing:
            return
        if self.is_changed():
            self.keep_draft()
        self._guard_closing = True
        QDialog.reject(self)  # type: ignore[arg-type]


def close_dialogs_for_lock(window: QWidget) -> None:
    """Close every open dialog of ``window``, innermost first; guarded ones keep their drafts."""
    for dialog in reversed(window.findChildren(QDialog)):
        if not dialog.isVisible():
            continue
        if isinstance(dialog, Guard):
            dialog.close_for_lock()
        else:
            dialog.reject()


__all__ = ["Guard", "ask_discard", "ask_restore", "close_dialogs_for_lock", "read_inputs", "write_inputs"]
