"""Case notes: the tab listing a case's phone calls, conversations and observations, and the
dialog to write one down or correct it (a correction needs a reason; the old text is kept)."""

from __future__ import annotations

from datetime import UTC
from datetime import datetime
from typing import TYPE_CHECKING
from typing import Any
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QDateTime
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDateTimeEdit
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from udens_register.domain.enums import NoteKind
from udens_register.services.dto import NoteDraft
from udens_register.services.dto import NoteRow
from udens_register.ui.dialogs import ask_reason
from udens_register.ui.dialogs import button_rows
from udens_register.ui.dialogs import enable_all
from udens_register.ui.dialogs import problem_label
from udens_register.ui.dialogs import save_cancel_buttons
from udens_register.ui.dialogs import save_or_explain
from udens_register.ui.errors import show_error
from udens_register.ui.guard import Guard
from udens_register.ui.i18n import fmt_datetime
from udens_register.ui.i18n import words
from udens_register.wording.dates import QT_DATETIME

if TYPE_CHECKING:
    from collections.abc import Sequence


class NotesPort(Protocol):
    """What the notes tab needs of the note service."""

    def add(self, incident_id: int, draft: NoteDraft) -> NoteRow: ...
    def correct(self, note_id: int, draft: NoteDraft, reason: str) -> NoteRow: ...
    def remove(self, note_id: int, reason: str) -> NoteRow: ...
    def notes(self, incident_id: int) -> list[NoteRow]: ...


def _t(text: str) -> str:
    return QCoreApplication.translate("Notes", text)


def note_kind_label(code: str) -> str:
    """The words for a kind of note."""
    return words("note_kind", code)


def _qdatetime(value: datetime) -> QDateTime:
    local = value.astimezone()
    return QDateTime.fromSecsSinceEpoch(int(local.timestamp()))


def _aware(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


def note_line(n: NoteRow) -> str:
    """One note as a line: when, what kind, with whom, the text."""
    who = f" — {n.with_whom}" if n.with_whom else ""
    return f"{fmt_datetime(n.at)}  {note_kind_label(n.kind)}{who}: {n.text}"


class NoteDialog(Guard, QDialog):
    """Write down a note, or correct one (``note`` given: a reason is then required)."""

    def __init__(
        self,
        port: NotesPort,
        incident_id: int,
        now: datetime,
        note: NoteRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._port = port
        self._incident_id = incident_id
        self._note = note
        self.saved: NoteRow | None = None
        self.setWindowTitle(_t("Correct note") if note else _t("New case note"))
        self.kind = QComboBox()
        for kind in NoteKind:
            self.kind.addItem(note_kind_label(kind.value), kind.value)
        self.kind.setAccessibleName(_t("Kind of note"))
        self.at = QDateTimeEdit(_qdatetime(note.at if note else now))
        self.at.setDisplayFormat(QT_DATETIME)
        self.at.setCalendarPopup(True)
        self.at.setMaximumDateTime(_qdatetime(now).addSecs(300))
        self.at.setAccessibleName(_t("When it happened"))
        self.with_whom = QLineEdit(note.with_whom if note else "")
        self.with_whom.setAccessibleName(_t("With whom"))
        self.with_whom.setPlaceholderText(_t("e.g. the mother of the pupil, the mentor, the pupil"))
        self.text = QPlainTextEdit(note.text if note else "")
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(_t("What was said or seen"))
        self.text.setPlaceholderText(_t("What was said, agreed or seen"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(_t("Reason for the correction"))
        self.reason.setPlaceholderText(_t("Why is this corrected? (required)"))
        if note is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(note.kind)))
        self.problem = problem_label()
        form = QFormLayout(self)
        form.addRow(_t("&Kind:"), self.kind)
        form.addRow(_t("W&hen:"), self.at)
        form.addRow(_t("&With whom:"), self.with_whom)
        form.addRow(_t("&Note:"), self.text)
        if note is not None:
            form.addRow(_t("&Reason:"), self.reason)
        form.addRow(self.problem)
        buttons = save_cancel_buttons(self)
        form.addRow(buttons)
        self.text.textChanged.connect(lambda: self.problem.clear())
        self.reason.textChanged.connect(lambda: self.problem.clear())
        self.resize(560, 380)
        self.guard()

    def _changed(self) -> bool:
        note = self._note
        if note is None:
            return bool(self.text.toPlainText().strip() or self.with_whom.text().strip())
        return (self.text.toPlainText(), self.with_whom.text(), self.kind.currentData()) != (
            note.text,
            note.with_whom,
            note.kind,
        )

    def reject(self) -> None:
        """Escape, Cancel or closing: written text is never thrown away without asking."""
        if self.saved is None and self._changed():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                _t("Discard what you wrote in this note?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def draft(self) -> NoteDraft:
        """The note as filled in."""
        return NoteDraft(
            kind=NoteKind(self.kind.currentData()),
            at=_aware(self.at.dateTime()),
            with_whom=self.with_whom.text(),
            text=self.text.toPlainText(),
        )

    def accept(self) -> None:
        if not self.text.toPlainText().strip():
            self.problem.setText(_t("Write what was said or seen."))
            self.text.setFocus()
            return
        if self._note is not None and not self.reason.text().strip():
            self.problem.setText(_t("A correction needs a reason."))
            self.reason.setFocus()
            return
        note = self._note

        def save() -> None:
            if note is None:
                self.saved = self._port.add(self._incident_id, self.draft())
            else:
                self.saved = self._port.correct(note.id, self.draft(), self.reason.text())

        texts = {
            "at": _t("The moment cannot be in the future."),
            "text": _t("Write what was said or seen."),
            "reason": _t("A correction needs a reason."),
        }
        if save_or_explain(self, self.problem, save, texts):
            super().accept()


class NotesPanel(QWidget):
    """The case's notes in the order they happened, with buttons to add, correct or remove one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.port: NotesPort | None = None
        self.incident_id: int | None = None
        self.now: Any = None  # a clock: the register's, set in show_incident
        self.on_changed: Any = None
        self.rows: list[NoteRow] = []
        self.list = QListWidget()
        self.list.setAccessibleName(_t("Case notes"))
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setAlternatingRowColors(True)
        self.list.itemDoubleClicked.connect(lambda _item: self.correct_note())
        self.empty = QLabel(
            _t("No notes yet. Write down a phone call, a conversation or what you saw (Ctrl+Shift+N).")
        )
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: gray;")
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        button_rows(
            self.buttons,
            (
                (row, "add", _t("&New note…"), self.add_note),
                (row, "correct", _t("C&orrect note…"), self.correct_note),
                (row, "remove", _t("Re&move note…"), self.remove_note),
            ),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.clear()

    def clear(self) -> None:
        """Forget the case."""
        self.port = None
        self.incident_id = None
        self.rows = []
        self.list.clear()
        enable_all(self.buttons, False)

    def show_incident(self, port: NotesPort, incident_id: int, now: Any, rows: Sequence[NoteRow]) -> None:
        """Show the notes of ``incident_id``; ``now`` is the register's clock."""
        self.port, self.incident_id, self.now = port, incident_id, now
        self.rows = list(rows)
        self.list.clear()
        for n in self.rows:
            # Two lines a note: when, what kind and with whom; then what was said, and by whom written.
            who = f" — {n.with_whom}" if n.with_whom else ""
            by = "\n" + _t("by %1").replace("%1", n.coordinator) if n.coordinator else ""
            item = QListWidgetItem(f"{fmt_datetime(n.at)}  ·  {note_kind_label(n.kind)}{who}\n{n.text}{by}")
            item.setToolTip(note_line(n))
            if n.removed_at is not None:
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
                item.setText(item.text() + "\n" + _t("removed: %1").replace("%1", n.removed_reason))
                item.setForeground(Qt.GlobalColor.gray)
            self.list.addItem(item)
        self.empty.setVisible(not self.rows)
        enable_all(self.buttons, True)

    def _current(self) -> NoteRow | None:
        row = self.list.currentRow()
        note = self.rows[row] if 0 <= row < len(self.rows) else None
        return note if note is not None and note.removed_at is None else None

    def _changed(self) -> None:
        if self.port is not None and self.incident_id is not None:
            self.show_incident(self.port, self.incident_id, self.now, self.port.notes(self.incident_id))
        if callable(self.on_changed):
            self.on_changed()

    def _now(self) -> datetime:
        return self.now() if callable(self.now) else datetime.now(UTC)

    def add_note(self) -> None:
        """Write down a new note."""
        if self.port is None or self.incident_id is None:
            return
        if NoteDialog(self.port, self.incident_id, self._now(), None, self).exec():
            self._changed()

    def correct_note(self) -> None:
        """Correct the selected note, with a reason."""
        note = self._current()
        if self.port is None or self.incident_id is None or note is None:
            return
        if NoteDialog(self.port, self.incident_id, self._now(), note, self).exec():
            self._changed()

    def remove_note(self) -> None:
        """Take the selected note out of the case, with a reason; it stays in the history."""
        note = self._current()
        if self.port is None or note is None:
            return
        reason = ask_reason(
            self, _t("Remove note"), _t("Why is this note removed? It stays visible in the history.")
        )
        if reason is None:
            return
        try:
            self.port.remove(note.id, reason)
        except Exception as exc:  # noqa: BLE001 - shown in plain words
            show_error(self, exc)
            return
        self._changed()
