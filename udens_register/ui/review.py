"""*Beoordeling vastleggen*: the director's review of a case comes back into the register (who,
when, the decision, further measures as tracked actions, the signed page as evidence), and the
case pane's tab that lists the reviews and corrects one."""

from __future__ import annotations

import html
from datetime import date
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTextBrowser
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from udens_register.domain.errors import ValidationError
from udens_register.domain.text import CONTROL_CHARACTER
from udens_register.services.dto import MeasureDraft
from udens_register.services.dto import ReviewDraft
from udens_register.services.dto import ReviewRow
from udens_register.ui.actions import status_text
from udens_register.ui.date_field import DateField
from udens_register.ui.date_field import refuse_invalid_dates
from udens_register.ui.dialogs import accept_cancel_buttons
from udens_register.ui.dialogs import ask_reason
from udens_register.ui.dialogs import problem_label
from udens_register.ui.dialogs import pydate
from udens_register.ui.dialogs import qdate
from udens_register.ui.errors import known_error_text
from udens_register.ui.errors import show_error
from udens_register.ui.evidence import refusal_text
from udens_register.ui.i18n import fmt_date
from udens_register.ui.i18n import fmt_datetime
from udens_register.ui.i18n import words

if TYPE_CHECKING:
    from collections.abc import Callable

# The roles offered for the reviewer, in the catalogue's words (the first is the usual one).
ROLES = ("department_director", "director", "rector", "team_leader")


def _t(text: str) -> str:
    return QCoreApplication.translate("Review", text)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


class ReviewPort(Protocol):
    """What the review screens need of the review service."""

    def record(self, incident_id: int, draft: ReviewDraft) -> ReviewRow: ...
    def correct(self, review_id: int, changes: dict[str, Any], reason: str) -> ReviewRow: ...


def reviews_html(reviews: list[ReviewRow] | tuple[ReviewRow, ...], awaiting: bool = False) -> list[str]:
    """The reviews as the case pane shows them (every value escaped)."""
    parts = [f"<h3>{_e(_t('Reviews by the director'))}</h3>"]
    if awaiting:
        parts.append(
            f"<p style='color:#8a4b00'><b>{_e(_t('Waiting for review: a directie case file was issued after the last review.'))}</b></p>"
        )
    if not reviews:
        parts.append(f"<p><i>{_e(_t('No review recorded yet.'))}</i></p>")
    for r in reviews:
        head = (
            _t("Reviewed on %1 by %2 (%3)")
            .replace("%1", fmt_date(r.reviewed_on))
            .replace("%2", r.reviewer_name)
            .replace("%3", r.reviewer_role)
        )
        parts.append(f"<p><b>{_e(head)}</b><br>{_e(r.decision).replace(chr(10), '<br>')}")
        if r.file_issued_at is not None:
            issued = _t("Of the case file issued on %1").replace("%1", fmt_datetime(r.file_issued_at))
            parts.append(f"<br><small>{_e(issued)}</small>")
        if r.paper_filename:
            paper = _t("Signed page: %1").replace("%1", r.paper_filename)
            parts.append(f"<br><small>{_e(paper)} — SHA-256 {_e(r.paper_sha256)}</small>")
        parts.append("</p>")
        if r.measures:
            parts.append("<ul>")
            for m in r.measures:
                due = _t("due %1").replace("%1", fmt_date(m.due_date))
                parts.append(
                    f"<li>{_e(m.description)} — {_e(m.responsible)} · {_e(due)} · {_e(status_text(m.status))}</li>"
                )
            parts.append("</ul>")
    return parts


class ReviewDialog(QDialog):
    """Record a review (``review`` None) or correct one; nothing is stored before *Save*."""

    def __init__(
        self,
        port: ReviewPort,
        incident_id: int,
        case_number: str,
        today: date,
        parent: QWidget | None = None,
        *,
        review: ReviewRow | None = None,
    ) -> None:
        super().__init__(parent)
        self._port = port
        self._incident_id = incident_id
        self._today = today
        self._review = review
        self.recorded: ReviewRow | None = None
        self.paper: Path | None = None
        title = _t("Correct the review — case %1") if review else _t("Record the review — case %1")
        self.setWindowTitle(title.replace("%1", case_number))
        self.name = QLineEdit(review.reviewer_name if review else "")
        self.name.setAccessibleName(_t("Name of the reviewer"))
        self.name.setPlaceholderText(_t("e.g. J. de Vries"))
        self.role = QComboBox()
        self.role.setEditable(True)
        suggested = [words("reviewer_role", code) for code in ROLES]
        self.role.addItems(suggested)
        self.role.setCurrentText(review.reviewer_role if review else suggested[0])
        self.role.setAccessibleName(_t("Role of the reviewer"))
        self.day = DateField(qdate(review.reviewed_on if review else today))
        self.day.setAccessibleName(_t("Date of the review"))
        self.decision = QPlainTextEdit(review.decision if review else "")
        self.decision.setAccessibleName(_t("Decision"))
        self.decision.setPlaceholderText(_t("The director's decision, as written on the signed page"))
        self.decision.setTabChangesFocus(True)
        self.decision.setMaximumHeight(110)
        form = QFormLayout(self)
        intro = QLabel(
            _t(
                "Write down the review of the director who read the case file: who, when, the decision "
                "and the further measures. Each measure becomes a follow-up action."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        form.addRow(_t("&Reviewed by:"), self.name)
        form.addRow(_t("R&ole:"), self.role)
        form.addRow(_t("&Date:"), self.day)
        form.addRow(_t("D&ecision:"), self.decision)
        self.measures = QTableWidget(0, 3)
        self.measures.setHorizontalHeaderLabels([_t("Further measure"), _t("Responsible"), _t("Due date")])
        self.measures.setAccessibleName(_t("Further measures"))
        self.measures.verticalHeader().setVisible(False)
        header = self.measures.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 170)
        header.resizeSection(2, 140)
        self.measures.setMinimumHeight(130)
        add = QPushButton(_t("&Add measure"))
        add.clicked.connect(lambda: self.add_measure())
        remove = QPushButton(_t("Re&move measure"))
        remove.clicked.connect(self.remove_measure)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        self.paper_label = QLabel(_t("none"))
        self.paper_label.setAccessibleName(_t("Signed page"))
        choose = QPushButton(_t("Choose &file…"))
        choose.clicked.connect(self.choose_paper)
        paper_row = QHBoxLayout()
        paper_row.addWidget(self.paper_label, 1)
        paper_row.addWidget(choose)
        if review is None:
            form.addRow(_t("Further measures:"), self.measures)
            form.addRow("", row)
            form.addRow(_t("Signed page (scan):"), paper_row)
        self.problem = problem_label()
        form.addRow(self.problem)
        buttons, self.save = accept_cancel_buttons(
            self, _t("&Save correction") if review else _t("&Record review")
        )
        form.addRow(buttons)
        self.resize(820, 0)

    # -- measures -----------------------------------------------------------------------
    def add_measure(self, description: str = "", responsible: str = "", due: date | None = None) -> None:
        """A new row of the measures table (a week from the review by default)."""
        r = self.measures.rowCount()
        self.measures.insertRow(r)
        text = QLineEdit(description)
        text.setAccessibleName(_t("Further measure"))
        who = QLineEdit(responsible)
        who.setAccessibleName(_t("Responsible"))
        day = DateField(qdate(due or pydate(self.day.date()) + timedelta(days=7)))
        day.setAccessibleName(_t("Due date"))
        for column, widget in enumerate((text, who, day)):
            self.measures.setCellWidget(r, column, widget)
        self.measures.setRowHeight(r, max(self.measures.rowHeight(r), day.sizeHint().height() + 4))
        text.setFocus()

    def remove_measure(self) -> None:
        """Drop the selected row (or the last one)."""
        r = self.measures.currentRow()
        self.measures.removeRow(r if r >= 0 else self.measures.rowCount() - 1)

    def measure_drafts(self) -> tuple[MeasureDraft, ...]:
        """The rows as entered; an entirely empty row is left out."""
        drafts = []
        for r in range(self.measures.rowCount()):
            text, who, day = (self.measures.cellWidget(r, c) for c in range(3))
            assert isinstance(text, QLineEdit) and isinstance(who, QLineEdit) and isinstance(day, DateField)
            if not text.text().strip() and not who.text().strip():
                continue
            drafts.append(MeasureDraft(text.text(), who.text(), pydate(day.date())))
        return tuple(drafts)

    # -- the signed page ------------------------------------------------------------------
    def choose_paper(self) -> None:
        """Ask for the scan of the signed page."""
        path, _ = QFileDialog.getOpenFileName(
            self, _t("Signed page"), "", _t("Scans (*.pdf *.png *.jpg *.jpeg)")
        )
        if path:
            self.set_paper(Path(path))

    def set_paper(self, path: Path | None) -> None:
        """Attach (or with None, forget) the scan; it is read only when the review is saved."""
        self.paper = path
        self.paper_label.setText(path.name if path else _t("none"))

    # -- saving ---------------------------------------------------------------------------
    def accept(self) -> None:
        from udens_register.services.evidence import EvidenceRefused  # noqa: PLC0415 - loaded when it is used, not for the unlock window

        if not refuse_invalid_dates(self, self.problem.setText):
            return
        try:
            if self._review is not None:
                self._correct(self._review)
                if self.recorded is None:
                    return
            else:
                self.recorded = self._port.record(self._incident_id, self._draft())
        except EvidenceRefused as exc:
            self.problem.setText(refusal_text(exc.reason, exc))
            return
        except ValidationError as exc:
            self.problem.setText(self._message(exc))
            return
        except OSError:
            self.problem.setText(_t("The signed page cannot be read."))
            return
        except Exception as exc:  # noqa: BLE001 - shown in plain words
            show_error(self, exc)
            return
        super().accept()

    def _draft(self) -> ReviewDraft:
        return ReviewDraft(
            reviewer_name=self.name.text(),
            reviewer_role=self.role.currentText(),
            reviewed_on=pydate(self.day.date()),
            decision=self.decision.toPlainText(),
            measures=self.measure_drafts(),
            paper_path=self.paper,  # streamed in by the evidence service, its size checked first
            paper_note=_t("Signed review of the director"),
        )

    def _correct(self, review: ReviewRow) -> None:
        changes: dict[str, Any] = {
            "reviewer_name": self.name.text().strip(),
            "reviewer_role": self.role.currentText().strip(),
            "reviewed_on": pydate(self.day.date()),
            "decision": self.decision.toPlainText().strip(),
        }
        before = {
            "reviewer_name": review.reviewer_name,
            "reviewer_role": review.reviewer_role,
            "reviewed_on": review.reviewed_on,
            "decision": review.decision,
        }
        changes = {k: v for k, v in changes.items() if v != before[k]}
        if not changes:
            self.problem.setText(_t("Nothing was changed."))
            return
        reason = ask_reason(self, _t("Correct the review"), _t("Why is the review corrected? (required)"))
        if reason is None:
            return
        self.recorded = self._port.correct(review.id, changes, reason)

    def _message(self, exc: ValidationError) -> str:
        if exc.message == CONTROL_CHARACTER:
            return known_error_text(exc) or ""
        known = {
            "reviewer_name": _t("Write who reviewed the case (the director's name)."),
            "reviewer_role": _t("Write the reviewer's role, e.g. afdelingsdirecteur."),
            "reviewed_on": _t("The date of the review cannot be in the future."),
            "decision": _t("Write the director's decision."),
            "measure": _t("Every further measure needs a description."),
            "responsible": _t("Every further measure needs someone responsible."),
            "due_date": _t("A measure cannot be due before the day of the review."),
            "reason": _t("A correction needs a reason."),
        }
        return known.get(exc.field) or known_error_text(exc) or ""


class ReviewPanel(QWidget):
    """The case pane's *Beoordeling* tab: the reviews of the case, record one, correct the last."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QTextBrowser()
        self.view.setAccessibleName(_t("Reviews"))
        self.record_button = QPushButton(_t("&Record review…"))
        self.correct_button = QPushButton(_t("Co&rrect the last review…"))
        self.record_button.clicked.connect(self.record)
        self.correct_button.clicked.connect(self.correct)
        row = QHBoxLayout()
        row.addWidget(self.record_button)
        row.addWidget(self.correct_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self.on_changed: Callable[[], None] = lambda: None
        self._port: ReviewPort | None = None
        self._incident: tuple[int, str, date] | None = None
        self._reviews: tuple[ReviewRow, ...] = ()
        self.clear()

    def show_reviews(
        self,
        port: ReviewPort,
        incident_id: int,
        case_number: str,
        today: date,
        reviews: tuple[ReviewRow, ...],
        awaiting: bool,
    ) -> None:
        """Show the reviews of one case (from the case view: no query here)."""
        self._port, self._incident, self._reviews = port, (incident_id, case_number, today), reviews
        self.view.setHtml("".join(reviews_html(reviews, awaiting)))
        self.record_button.setEnabled(True)
        self.correct_button.setEnabled(bool(reviews))

    def clear(self) -> None:
        """Show no case."""
        self._port, self._incident, self._reviews = None, None, ()
        self.view.clear()
        self.record_button.setEnabled(False)
        self.correct_button.setEnabled(False)

    def record(self) -> bool:
        """The review dialog for this case; True when a review was recorded."""
        return self._open(None)

    def correct(self) -> bool:
        """Correct the newest review; True when it changed."""
        return bool(self._reviews) and self._open(self._reviews[-1])

    def _open(self, review: ReviewRow | None) -> bool:
        if self._port is None or self._incident is None:
            return False
        incident_id, number, today = self._incident
        dialog = ReviewDialog(self._port, incident_id, number, today, self, review=review)
        if dialog.exec() and dialog.recorded is not None:
            self.on_changed()
            return True
        return False
