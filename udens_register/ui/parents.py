"""Parents and guardians in the persons view: record one with phone and e-mail and link them to
pupils, change the relation of a link or remove it (with a reason, kept in the history), and the
words that show a pupil's parents with their contact details (the wizard and the actions too)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from udens_register.services.dto_family import ParentDraft
from udens_register.ui.dialogs import accept_cancel_buttons
from udens_register.ui.dialogs import choice_box
from udens_register.ui.dialogs import problem_label
from udens_register.ui.dialogs import save_cancel_buttons
from udens_register.ui.dialogs import save_or_explain
from udens_register.ui.guard import Guard
from udens_register.ui.i18n import event_label
from udens_register.ui.i18n import ui_lang
from udens_register.ui.i18n import words
from udens_register.wording import change_lines

if TYPE_CHECKING:
    from collections.abc import Sequence

    from udens_register.services.dto import EventRow
    from udens_register.services.dto import PersonRow
    from udens_register.services.dto_family import ParentContact

RELATION_CODES = ("", "mother", "father", "guardian")


class FamilyPort(Protocol):
    """What the persons view needs of the family service."""

    def create_parent(
        self, draft: ParentDraft, child_ids: Sequence[int] = (), relation: str = ""
    ) -> PersonRow: ...
    def link(self, parent_id: int, child_id: int, relation: str = "") -> None: ...
    def change_relation(self, parent_id: int, child_id: int, relation: str, reason: str) -> bool: ...
    def unlink(self, parent_id: int, child_id: int, reason: str) -> None: ...
    def contacts(self, child_ids: Sequence[int]) -> dict[int, tuple[ParentContact, ...]]: ...
    def children(self, parent_id: int) -> list[tuple[PersonRow, str]]: ...


class PupilFinder(Protocol):
    """Finding pupils to link (the person service)."""

    def find(self, text: str = "", limit: int | None = None, kind: str | None = None) -> list[PersonRow]: ...


def _t(text: str) -> str:
    return QCoreApplication.translate("Parents", text)


def relation_text(code: str) -> str:
    """moeder, vader, verzorger; ``ouder/verzorger`` when the relation is not recorded."""
    return words("relation", code) if code else _t("parent/guardian")


def contact_texts() -> dict[str, str]:
    """Why a phone number or an e-mail address is refused, for a dialog's problem line."""
    return {
        "phone": _t("This is not a phone number (digits, spaces, + - ( ) only, at least 6 digits)."),
        "email": _t("This is not an e-mail address."),
    }


def relation_box(current: str = "") -> QComboBox:
    """A choice of relation: not recorded, mother, father, guardian."""
    box = choice_box(((code, relation_text(code) if code else "—") for code in RELATION_CODES), current)
    box.setAccessibleName(_t("Relation"))
    return box


def contact_line(c: ParentContact) -> str:
    """``Ineke Bos (moeder) — tel. 06-12345678 — ineke@example.org`` (plain text)."""
    reach = [x for x in (_t("tel. %1").replace("%1", c.phone) if c.phone else "", c.email) if x]
    return (
        f"{c.name} ({relation_text(c.relation)})"
        + "".join(f" — {x}" for x in reach)
        + ("" if reach else " — " + _t("no phone or e-mail recorded"))
    )


def no_parent_text(pupil: str) -> str:
    """What to say when a pupil has no parent recorded, and how to add one."""
    return _t(
        "No parent or guardian recorded for %1. Add one in Persons (Ctrl+P): select the pupil and "
        "choose New parent/guardian… or Link a parent…"
    ).replace("%1", pupil)


def contacts_html(pupil: str, contacts: Sequence[ParentContact]) -> str:
    """The parents of one pupil as rich text for a label (names escaped)."""
    if not contacts:
        return f"<i>{html.escape(no_parent_text(pupil))}</i>"
    return "<br>".join(html.escape(contact_line(c)) for c in contacts)


def parents_label(pupil: str, contacts: Sequence[ParentContact]) -> QLabel:
    """A label with a pupil's parents and how to reach them (or how to record one): rule 3's contact."""
    label = QLabel(contacts_html(pupil, contacts))
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(_t("Parents of %1").replace("%1", pupil))
    return label


def history_line(e: EventRow) -> str:
    """One entry of a person's history in words: what, about whom, the change and its reason."""
    d = e.detail
    what = event_label(e.kind)
    if d.get("parent") or d.get("child"):
        what += f": {d.get('parent', '')} — {d.get('child', '')}"
        if e.kind != "parent_link_corrected":
            what += f" ({relation_text(str(d.get('relation') or ''))})"
    changes = d.get("changes")
    if isinstance(changes, dict):
        what += ": " + "; ".join(change_lines(changes, ui_lang()))
    if d.get("reason"):
        what += " — " + _t("reason: %1").replace("%1", str(d["reason"]))
    return what


class ParentDialog(Guard, QDialog):
    """Record a parent or guardian (name, phone, e-mail) and link them to pupils with a relation."""

    def __init__(
        self,
        family: FamilyPort,
        pupils: PupilFinder,
        child: PersonRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._family = family
        self._pupils = pupils
        self.created: PersonRow | None = None
        self.chosen: dict[int, PersonRow] = {child.id: child} if child is not None else {}
        self.setWindowTitle(_t("New parent/guardian"))
        self.first = QLineEdit()
        # A parent is proposed the child's whole last name: "van Dijk", not "Dijk" (issue 24).
        self.infix = QLineEdit(child.infix if child is not None else "")
        self.last = QLineEdit(child.last_name if child is not None else "")
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(_t("e.g. 06-12345678"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(_t("e.g. name@example.nl"))
        self.relation = relation_box()
        self.search = QLineEdit()
        self.search.setPlaceholderText(_t("Find a pupil by name, student number or class"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._find)
        self.list = QListWidget()
        self.list.itemChanged.connect(self._ticked)
        for widget, name in (
            (self.first, _t("First name")),
            (self.infix, _t("Infix")),
            (self.last, _t("Last name")),
            (self.phone, _t("Phone")),
            (self.email, _t("E-mail")),
            (self.search, _t("Find a pupil")),
            (self.list, _t("Pupils of this parent")),
        ):
            widget.setAccessibleName(name)
        self.problem = problem_label()
        buttons = save_cancel_buttons(self)
        form = QFormLayout()
        form.addRow(_t("&First name:"), self.first)
        form.addRow(_t("&Infix:"), self.infix)
        form.addRow(_t("&Last name:"), self.last)
        form.addRow(_t("&Phone:"), self.phone)
        form.addRow(_t("&E-mail:"), self.email)
        form.addRow(_t("&Relation to the pupil(s):"), self.relation)
        form.addRow(_t("Pu&pils:"), self.search)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(520, 560)
        self._find("")
        self.guard()

    def _find(self, text: str) -> None:
        """The ticked pupils first, then those matching ``text``."""
        self.list.blockSignals(True)
        self.list.clear()
        found = list(self.chosen.values()) + [
            p for p in self._pupils.find(text, limit=50, kind="pupil") if p.id not in self.chosen
        ] if text.strip() else list(self.chosen.values())  # fmt: skip
        for p in found:
            extra = ", ".join(x for x in (p.class_name, p.student_number) if x)
            item = QListWidgetItem(f"{p.name}  ({extra})" if extra else p.name)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.id in self.chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self._rows = {p.id: p for p in found}
        self.list.blockSignals(False)

    def _ticked(self, item: QListWidgetItem) -> None:
        pid = int(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            self.chosen[pid] = self._rows[pid]
        else:
            self.chosen.pop(pid, None)

    def draft(self) -> ParentDraft:
        """What was typed."""
        return ParentDraft(
            self.first.text(), self.last.text(), self.infix.text(), self.phone.text(), self.email.text()
        )

    def accept(self) -> None:
        texts = {
            "name": _t("A name is required."),
            **contact_texts(),
            "parent": _t("This parent is already in the register (same name and phone or e-mail): link them instead."),
        }  # fmt: skip

        def save() -> None:
            self.created = self._family.create_parent(
                self.draft(), list(self.chosen), str(self.relation.currentData())
            )

        if save_or_explain(self, self.problem, save, texts):
            super().accept()


class LinkChangeDialog(Guard, QDialog):
    """Change the relation of a link, or (``remove``) remove the link; a reason is required."""

    def __init__(
        self,
        family: FamilyPort,
        link: ParentContact,
        parent_name: str,
        child_name: str,
        remove: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._family = family
        self._link = link
        self._remove = remove
        self.setWindowTitle(_t("Remove link") if remove else _t("Change relation"))
        text = (
            _t("Remove the link between %1 and %2? The parent stays recorded; the link as it was stays in the history.")
            if remove
            else _t("What is %1 to %2?")
        )  # fmt: skip
        intro = QLabel(text.replace("%1", parent_name).replace("%2", child_name))
        intro.setWordWrap(True)
        self.relation = relation_box(link.relation)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(_t("Why? (required, kept in the history)"))
        self.reason.setAccessibleName(_t("Reason"))
        self.problem = problem_label()
        buttons, self.ok = accept_cancel_buttons(self, _t("&Remove link") if remove else _t("&Save"))
        # The question above the form, not in it: a word-wrapped label in a form row gets too
        # little height and is cut off.
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        if not remove:
            form.addRow(_t("&Relation:"), self.relation)
        else:
            self.relation.setVisible(False)
        form.addRow(_t("R&eason:"), self.reason)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        # A window does not ask its layout the height for its width: the wrapped question needs it.
        self.setMinimumSize(480, layout.totalHeightForWidth(480))
        self.guard()

    def accept(self) -> None:
        link = self._link
        if not self._remove and self.relation.currentData() == link.relation:
            QDialog.reject(self)  # nothing changed
            return
        if not self.reason.text().strip():
            self.problem.setText(_t("A reason is required."))
            return
        texts = {"reason": _t("A reason is required.")}
        reason, relation = self.reason.text(), str(self.relation.currentData())

        def save() -> None:
            if self._remove:
                self._family.unlink(link.parent_id, link.child_id, reason)
            else:
                self._family.change_relation(link.parent_id, link.child_id, relation, reason)

        if save_or_explain(self, self.problem, save, texts):
            super().accept()
