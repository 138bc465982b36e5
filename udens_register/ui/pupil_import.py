"""The import of pupil and parent lists: choose a CSV or Excel file, see what would happen (new,
changed, unchanged, the columns not used, empty cells kept, pupils missing from the list), map
columns the program does not know (remembered for next time: header names only), then import
all of it off the UI thread, or nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QProgressBar
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from udens_register.domain.errors import RegisterError
from udens_register.domain.model import display_name
from udens_register.services.import_columns import PARENT_FIELDS
from udens_register.services.import_columns import PUPIL_FIELDS
from udens_register.services.importer import ImportOptions
from udens_register.services.tabular import sheet_names
from udens_register.ui.date_field import DateField
from udens_register.ui.dialogs import pydate
from udens_register.ui.dialogs import qdate
from udens_register.ui.errors import show_error
from udens_register.ui.i18n import fmt_date
from udens_register.ui.i18n import ui_lang
from udens_register.ui.workers import Worker
from udens_register.wording import field_words
from udens_register.wording import problem_words


class ImportPort(Protocol):
    """What the import dialog needs of an importer (pupils or parents)."""

    def plan(self, raw: bytes, options: ImportOptions | None = None) -> Any: ...
    def apply(self, raw: bytes, options: ImportOptions | None = None) -> Any: ...


def _t(text: str) -> str:
    return QCoreApplication.translate("Persons", text)


def problem_text(code: str, values: dict[str, str]) -> str:
    """Plain words for a refused line of a list."""
    return problem_words(code, ui_lang(), values)


def read_list(path: Path) -> bytes:
    """A list file's bytes, its size checked before it is read."""
    from udens_register.services.importer import PupilImporter  # noqa: PLC0415

    return PupilImporter.read(path)


class MappingDialog(QDialog):
    """Which field each column holds: one choice per header (or *not imported*)."""

    def __init__(self, header: tuple[str, ...], fields: tuple[str, ...], current: dict[str, str],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(_t("Which column is which?"))
        outer = QVBoxLayout(self)
        inner = QWidget()
        form = QFormLayout(inner)
        scroll = QScrollArea()  # an export can have thirty columns: they scroll, the buttons stay
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        note = QLabel(_t("The program does not recognise every column. Choose what each column holds; "
                         "the choice is remembered for files with these headers (no names are kept)."))  # fmt: skip
        note.setWordWrap(True)
        form.addRow(note)
        self.choices: dict[str, QComboBox] = {}
        for name in header:
            if not name.strip():
                continue
            box = QComboBox()
            box.addItem(_t("(not imported)"), "")
            for f in fields:
                box.addItem(field_words(f, ui_lang()), f)
            box.setCurrentIndex(max(0, box.findData(current.get(name.strip(), ""))))
            box.setAccessibleName(name)
            form.addRow(name.strip() + ":", box)
            self.choices[name.strip()] = box
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        self.resize(560, 520)

    def mapping(self) -> dict[str, str]:
        """Header → field (``""``: not imported)."""
        return {name: str(box.currentData()) for name, box in self.choices.items()}


class ImportDialog(QDialog):
    """Choose a list, see what would happen, then import all of it (off the UI thread) or nothing."""

    imported = Signal(object)

    def __init__(
        self,
        port: Any,
        parent: QWidget | None = None,
        *,
        parents_port: Any = None,
        mapping: dict[str, str] | None = None,
        save_mapping: Callable[[dict[str, str]], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._ports = {"pupils": port, "parents": parents_port}
        self._mapping = dict(mapping or {})
        self._save_mapping = save_mapping
        self.raw: bytes | None = None
        self.path: Path | None = None
        self.plan: Any = None
        self.result: Any = None
        self.header: tuple[str, ...] = ()
        self.setWindowTitle(_t("Import pupils"))
        intro = QLabel(_t("Choose the export of the school administration (Magister, Somtoday or ParnasSys) as "
                          "CSV or Excel (.xlsx). The whole file is imported, or nothing: a file with errors is "
                          "refused. A column the file lacks, or an empty cell, never erases what the register holds."))  # fmt: skip
        intro.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.addItem(_t("Pupils"), "pupils")
        if parents_port is not None:
            self.kind.addItem(
                _t("Parents (student number of the child, names, relation, phone, e-mail)"), "parents"
            )
        self.kind.setAccessibleName(_t("What the file holds"))
        self.kind.currentIndexChanged.connect(self.reload)
        self.file_label = QLabel(_t("No file chosen"))
        choose = QPushButton(_t("&Choose file…"))
        choose.setAccessibleName(_t("Choose file"))
        choose.clicked.connect(self.choose)
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(_t("Sheet"))
        self.sheet.setVisible(False)
        self.sheet.activated.connect(self.reload)
        self.map_button = QPushButton(_t("Columns…"))
        self.map_button.setAccessibleName(_t("Which column is which"))
        self.map_button.setEnabled(False)
        self.map_button.clicked.connect(self.edit_mapping)
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(self.file_label, 1)
        row.addWidget(self.sheet)
        row.addWidget(self.map_button)
        row.addWidget(choose)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(_t("Summary"))
        self.empty_clears = QCheckBox(_t("An empty cell clears the field (otherwise it is left as it is)"))
        self.empty_clears.toggled.connect(self.reload)
        self.mark_left = QCheckBox(_t("Mark the pupils missing from this list as left (uitgeschreven) on"))
        self.left_on = DateField(qdate(date.today()))
        self.left_on.setAccessibleName(_t("Left on"))
        left_row = QHBoxLayout()
        left_row.addWidget(self.mark_left)
        left_row.addWidget(self.left_on)
        left_row.addStretch(1)
        self.mark_left.setVisible(False)
        self.left_on.setVisible(False)
        self.preview = QTableWidget(0, 5)
        self.preview.setHorizontalHeaderLabels(
            [_t("Student number"), _t("Name"), _t("Class"), _t("Date of birth"), _t("Change")]
        )
        self.preview.setAccessibleName(_t("Preview"))
        self.preview.verticalHeader().setVisible(False)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(_t("Importing"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(_t("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty_clears)
        layout.addLayout(left_row)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.worker = Worker(self)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.resize(900, 560)

    def _kind(self) -> str:
        return str(self.kind.currentData())

    def options(self) -> ImportOptions:
        """How the chosen file is read now."""
        sheet = self.sheet.currentText() if self.sheet.count() > 1 else None
        name = self.path.name if self.path else ""
        return ImportOptions(name, sheet, self._mapping or None, self.empty_clears.isChecked())

    def choose(self) -> None:
        """Pick a file and preview it."""
        path, _ = QFileDialog.getOpenFileName(
            self, _t("Choose a list"), "", _t("Lists (*.csv *.txt *.xlsx);;All files (*)")
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read ``path`` and show what importing it would do."""
        self.path = path
        self.file_label.setText(path.name)
        self.sheet.clear()
        self.sheet.setVisible(False)
        try:
            self.raw = read_list(path)  # the size is checked before anything is read
        except RegisterError as exc:
            self.raw = None
            self.show_refusal(exc)
            return
        sheets = sheet_names(self.raw, path.name)
        if len(sheets) > 1:
            self.sheet.addItems(list(sheets))
            self.sheet.setVisible(True)
        self.reload()

    def reload(self, *_args: object) -> None:
        """Preview the chosen file again (another sheet, kind, mapping or empty-cell choice)."""
        self.import_button.setEnabled(False)
        self.preview.setRowCount(0)
        self.summary.setStyleSheet("")
        if self.raw is None:
            return
        port = self._ports[self._kind()]
        try:
            self.plan = port.plan(self.raw, self.options())
        except RegisterError as exc:
            self.show_refusal(exc)
            return
        plan = self.plan
        self.header = tuple(plan.header)
        self.map_button.setEnabled(True)
        lines = [
            _t("%1 rows: %2 new, %3 changed, %4 unchanged. Nothing is imported until you press Import.")
            .replace("%1", str(len(plan.rows))).replace("%2", str(len(plan.new)))
            .replace("%3", str(len(plan.changed))).replace("%4", str(plan.unchanged))
        ]  # fmt: skip
        if plan.unused:
            lines.append(_t("Columns not imported: %1.").replace("%1", ", ".join(plan.unused)))
        if plan.empty_kept:
            lines.append(
                _t("%1 empty cell(s) left as they are in the register.").replace(
                    "%1", str(len(plan.empty_kept))
                )
            )
        missing = list(getattr(plan, "missing", []))
        if missing:
            names = ", ".join(
                f"{p.student_number} {display_name(p.first_name, p.infix, p.last_name)}" for p in missing[:10]
            )
            more = "…" if len(missing) > 10 else ""
            lines.append(_t("%1 pupil(s) of the register are not in this list: %2").replace("%1", str(len(missing)))
                         .replace("%2", names + more))  # fmt: skip
        self.mark_left.setVisible(bool(missing))
        self.left_on.setVisible(bool(missing))
        self.summary.setText("\n".join(lines))
        self._fill_preview(plan)
        self.import_button.setEnabled(bool(plan.new or plan.changed or getattr(plan, "links", 0) or missing))

    def _fill_preview(self, plan: Any) -> None:
        changed = {row.line for row, *_ in plan.changed}
        new = {row.line for row in plan.new}
        shown = plan.rows[:200]
        self.preview.setRowCount(len(shown))
        for r, row in enumerate(shown):
            name = display_name(row.first_name, row.infix, row.last_name)
            change = _t("new") if row.line in new else _t("changed") if row.line in changed else ""
            extra = getattr(row, "class_name", None)
            born = getattr(row, "date_of_birth", None)
            values = (row.student_number, name, extra if extra is not None else getattr(row, "relation", ""),
                      fmt_date(born) if born else "", change)  # fmt: skip
            for c, value in enumerate(values):
                self.preview.setItem(r, c, QTableWidgetItem(str(value)))

    def edit_mapping(self) -> None:
        """The column-mapping step: which column is which, remembered for next time."""
        if not self.header:
            return
        fields = PARENT_FIELDS if self._kind() == "parents" else PUPIL_FIELDS
        dialog = MappingDialog(self.header, fields, self._mapping, self)
        if dialog.exec():
            self._mapping = {k: v for k, v in dialog.mapping().items()}
            if self._save_mapping is not None:
                self._save_mapping(self._mapping)
            self.reload()

    def show_refusal(self, exc: BaseException) -> None:
        """The file's problems, line by line; a missing column offers the mapping step."""
        problems = getattr(exc, "problems", None)
        if problems is None:
            show_error(self, exc)
            return
        lines = [
            (_t("line %1: ").replace("%1", str(p.line)) if p.line else "") + problem_text(p.code, p.params())
            for p in problems
        ]
        total = getattr(exc, "total", len(problems))
        head = _t("The file is refused: %1 line(s) with errors. Nothing was imported.").replace(
            "%1", str(total)
        )
        if any(p.code == "missing_column" for p in problems):
            self.header = self._header_of_refused()
            self.map_button.setEnabled(bool(self.header))
            head += " " + _t("Use Columns… to say which column is which.")
        self.summary.setText(head + "\n" + "\n".join(lines))
        self.summary.setStyleSheet("color: #b00020;")

    def _header_of_refused(self) -> tuple[str, ...]:
        from udens_register.services.tabular import read_table  # noqa: PLC0415

        if self.raw is None:
            return ()
        try:
            return read_table(self.raw, self.path.name if self.path else "", self.options().sheet).header
        except RegisterError:
            return ()

    def accept(self) -> None:
        if self.raw is None or self.worker.busy():
            return
        raw, options, port = self.raw, self.options(), self._ports[self._kind()]
        left = (
            pydate(self.left_on.date())
            if not self.mark_left.isHidden() and self.mark_left.isChecked()
            else None
        )
        missing = [p.id for p in getattr(self.plan, "missing", [])]

        def work() -> Any:
            result = port.apply(raw, options)
            if left is not None and missing:
                port.mark_left(missing, left, options.filename)
            return result

        self.progress.setVisible(True)
        self.import_button.setEnabled(False)
        self.worker.start(work)

    def _done(self, result: Any) -> None:
        self.progress.setVisible(False)
        self.result = result
        self.imported.emit(result)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        self.show_refusal(exc)

    def done(self, result: int) -> None:
        self.worker.wait()
        super().done(result)
