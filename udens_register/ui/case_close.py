"""Closing a case (*Zaak sluiten*): the open actions named before and after a refused attempt, and
the typed reason never lost: a refusal keeps the dialog open with the text, and Annuleren offers
to keep it as a draft inside the register for next time."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING
from typing import Any
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from udens_register.domain.enums import Status
from udens_register.domain.errors import RegisterError
from udens_register.domain.errors import ValidationError
from udens_register.ui.actions import kind_text
from udens_register.ui.dialogs import ok_cancel_buttons
from udens_register.ui.dialogs import problem_label
from udens_register.ui.errors import known_error_text
from udens_register.ui.errors import show_error
from udens_register.ui.guard import DraftsPort
from udens_register.ui.guard import Guard
from udens_register.ui.i18n import fmt_date
from udens_register.ui.inline_errors import FieldProblem

if TYPE_CHECKING:
    from udens_register.services.dto import ActionRow


class StatusPort(Protocol):
    """What closing needs of the incident service."""

    def set_status(
        self, incident_id: int, status: Status, rationale: str = "", *, require_review: bool = False
    ) -> Any: ...


class OpenActionsPort(Protocol):
    """What closing needs of the decision service: the case's open actions."""

    def actions(self, incident_id: int | None = None, *, open_only: bool = False) -> list[ActionRow]: ...


def _t(text: str) -> str:
    return QCoreApplication.translate("CloseCase", text)


def action_line(action: ActionRow) -> str:
    """One open action in words: what (and about whom), who is responsible, by when."""
    what = kind_text(action.kind)
    about = action.person_name or action.description
    line = (
        _t("%1; responsible: %2; due %3")
        .replace("%1", f"{what}: {about}" if about else what)
        .replace("%2", action.responsible or "—")
        .replace("%3", fmt_date(action.due_date))
    )
    return line + (" — " + _t("overdue") if action.overdue else "")


class CloseCaseDialog(Guard, QDialog):
    """Close one case with a written reason; ``closed`` is True once the service closed it."""

    draft_kind = "close_case"

    def __init__(
        self,
        incidents: StatusPort,
        actions: OpenActionsPort,
        incident_id: int,
        parent: QWidget | None = None,
        *,
        require_review: bool = False,
        drafts: DraftsPort | None = None,
    ) -> None:
        super().__init__(parent)
        self._incidents = incidents
        self._actions = actions
        self._incident_id = incident_id
        self._require_review = require_review
        self.closed = False
        self.setWindowTitle(_t("Close case"))
        self.open_actions = QLabel()
        self.open_actions.setWordWrap(True)
        self.open_actions.setTextFormat(Qt.TextFormat.RichText)
        self.open_actions.setAccessibleName(_t("Open actions of this case"))
        question = QLabel(_t("Why is this case closed? (required)"))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(_t("Reason for closing"))
        self.reason.setPlaceholderText(_t("e.g. parents informed, guidance arranged, the post is offline"))
        question.setBuddy(self.reason)
        self.problem = FieldProblem(problem_label())
        self.problem.watch("closing_rationale", self.reason)
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        # A case with many actions must not push the buttons off a 768-pixel screen.
        self.open_area = QScrollArea()
        self.open_area.setWidgetResizable(True)
        self.open_area.setFrameShape(QFrame.Shape.NoFrame)
        self.open_area.setWidget(self.open_actions)
        self.open_area.setMaximumHeight(220)
        self.open_area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.open_actions.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.open_area)
        layout.addWidget(question)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.problem.label)
        layout.addWidget(buttons)
        self.resize(640, 460)
        self.show_open_actions()
        self.reason.setFocus()
        self.guard(drafts, str(incident_id))

    def show_open_actions(self) -> list[ActionRow]:
        """List the case's open actions (none: the list is hidden); returns them."""
        try:
            rows = self._actions.actions(self._incident_id, open_only=True)
        except RegisterError:
            rows = []
        if rows:
            items = "".join(f"<li>{html.escape(action_line(a))}</li>" for a in rows)
            self.open_actions.setText(
                html.escape(_t("Still open (a case closes once each is done, or not needed with a reason):"))
                + f"<ul style='margin: 0'>{items}</ul>"
            )
        self.open_area.setVisible(bool(rows))
        return rows

    def accept(self) -> None:
        rationale = self.reason.toPlainText().strip()
        if not rationale:
            self.problem.show("closing_rationale", _t("Write why the case is closed."), self.reason)
            return
        try:
            self._incidents.set_status(
                self._incident_id, Status.CLOSED, rationale, require_review=self._require_review
            )
        except ValidationError as exc:
            if exc.field == "actions":
                open_rows = self.show_open_actions()  # as they are now, named
                text = QCoreApplication.translate(
                    "CloseCase",
                    "The case cannot be closed yet: %n action(s) still open (listed above).",
                    "",
                    len(open_rows) or 1,
                )
                self.problem.show("actions", text)
            elif exc.field == "evidence":
                self.problem.show(
                    "evidence",
                    _t(
                        "The case cannot be closed yet: it concerns sexual images of a minor and still holds "
                        "stored files. Destroy them for good on the Evidence tab first (keeping them is an offence)."
                    ),
                )
            elif exc.field == "review":
                self.problem.show(
                    "review",
                    _t(
                        "The case cannot be closed yet: record the director's review of the last case file first."
                    ),
                )
            else:
                self.problem.show(exc.field, known_error_text(exc) or "", self.reason)
            return  # the dialog stays open: the typed reason is kept
        except RegisterError as exc:
            show_error(self, exc)
            return
        self.closed = True
        self.draft_done()
        super().accept()


__all__ = ["CloseCaseDialog", "action_line"]
