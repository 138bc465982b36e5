"""The import of pupil and parent lists: choose a CSV or Excel file, see what would happen (new,
changed, unchanged, the columns not used, empty cells kept, pupils missing from the list), map
columns the program does not know (remembered for next time: header names only), then import
all of it, or nothing. Reading, comparing and importing run off the UI thread."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QProgressBar
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QStackedWidget
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from udens_register.domain.errors import ValidationError
from udens_register.services.import_columns import Layout
from udens_register.services.import_columns import looks_like_data
from udens_register.ui.date_field import DateField
from udens_register.ui.dialogs import accept_cancel_buttons
from udens_register.ui.dialogs import pydate
from udens_register.ui.dialogs import qdate
from udens_register.ui.errors import known_error_text
from udens_register.ui.errors import show_unexpected
from udens_register.ui.i18n import ui_lang
from udens_register.ui.import_mapping import MappingPanel
from udens_register.ui.import_mapping import field_name
from udens_register.ui.import_reading import ImportPort
from udens_register.ui.import_reading import Preview
from udens_register.ui.import_reading import read_preview
from udens_register.ui.import_summary import done_text
from udens_register.ui.import_summary import fill_preview
from udens_register.ui.import_summary import plan_lines
from udens_register.ui.import_summary import preview_headers
from udens_register.ui.import_summary import refusal_text
from udens_register.ui.signals import emit
from udens_register.ui.workers import Worker
from udens_register.wording import date_hint

if TYPE_CHECKING:
    from collections.abc import Callable
    from collections.abc import Mapping

    from PySide6.QtGui import QCloseEvent
    from PySide6.QtGui import QKeyEvent

    from udens_register.services.importer import ImportOptions


def _t(text: str) -> str:
    return QCoreApplication.translate("Persons", text)


class ImportDialog(QDialog):
    """Choose a list, see what would happen, then import all of it (off the UI thread) or nothing."""

    imported = Signal(object)
    previewed = Signal()  # a preview (or a refusal, or the mapping step) is on screen

    def __init__(
        self,
        port: ImportPort,
        parent: QWidget | None = None,
        *,
        parents_port: ImportPort | None = None,
        mapping: Mapping[str, Mapping[str, str]] | None = None,
        save_mapping: Callable[[str, dict[str, str]], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._ports: dict[str, ImportPort] = {"pupils": port}
        if parents_port is not None:
            self._ports["parents"] = parents_port
        self._mappings = {kind: dict(m) for kind, m in (mapping or {}).items()}
        self._save_mapping = save_mapping
        self._generation = 0
        self._reading = False  # a read of the file (or of a new choice) is under way
        self._applying = False
        self._left: date | None = None
        self.raw: bytes | None = None
        self.path: Path | None = None
        self.layout_read: Layout | None = None
        self.plan: Any = None
        self.result: Any = None
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
        self.kind.currentIndexChanged.connect(self._kind_changed)
        kind_label = QLabel(_t("The file &holds:"))
        kind_label.setBuddy(self.kind)
        self.file_label = QLabel(_t("No file chosen"))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(_t("&Choose file…"))
        self.choose_button.setAccessibleName(_t("Choose file"))
        self.choose_button.clicked.connect(self.choose)
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(_t("Sheet"))
        self.sheet.activated.connect(lambda _i: self.reload())
        self.sheet_label = QLabel(_t("&Sheet:"))
        self.sheet_label.setBuddy(self.sheet)
        self.map_button = QPushButton(_t("Co&lumns…"))
        self.map_button.setAccessibleName(_t("Which column is which"))
        self.map_button.setEnabled(False)
        self.map_button.clicked.connect(self.edit_mapping)
        top = QHBoxLayout()
        top.addWidget(kind_label)
        top.addWidget(self.kind)
        top.addStretch(1)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.sheet_label)
        file_row.addWidget(self.sheet)
        file_row.addWidget(self.map_button)
        file_row.addWidget(self.choose_button)
        self._show_sheets(())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(_t("Summary"))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_area = QScrollArea()  # twenty refused lines or thirty unused columns scroll here
        self.summary_area.setWidgetResizable(True)
        self.summary_area.setWidget(self.summary)
        self.summary_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.summary_area.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 8)
        self.empty_clears = QCheckBox(_t("An empty cell clears the field (otherwise it is left as it is)"))
        self.empty_clears.toggled.connect(lambda _on: self.reload())
        self.mark_left = QCheckBox(
            _t("This is the full list: mark the pupils missing from it as left (uitgeschreven) on")
        )
        self.left_on = DateField(qdate(date.today()))
        self.left_on.setAccessibleName(_t("Left on"))
        self.mark_left.toggled.connect(lambda _on: self._update_import_button())
        left_row = QHBoxLayout()
        left_row.addWidget(self.mark_left)
        left_row.addWidget(self.left_on)
        left_row.addStretch(1)
        self.mark_left.setVisible(False)
        self.left_on.setVisible(False)
        self.preview = QTableWidget(0, 5)
        self.preview.setAccessibleName(_t("Preview"))
        self.preview.verticalHeader().setVisible(False)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.preview.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        preview_headers(self.preview, self.kind_chosen())
        preview_page = QWidget()
        preview_layout = QVBoxLayout(preview_page)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.empty_clears)
        preview_layout.addLayout(left_row)
        preview_layout.addWidget(self.preview, 1)
        self.mapping_panel = MappingPanel()
        self.mapping_panel.applied.connect(self._mapping_applied)
        self.mapping_panel.cancelled.connect(self._mapping_cancelled)
        self.pages = QStackedWidget()
        self.pages.addWidget(preview_page)
        self.pages.addWidget(self.mapping_panel)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(_t("Working"))
        self.progress_label = QLabel()
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress, 1)
        self._busy("")
        self.buttons, self.import_button = accept_cancel_buttons(self, _t("&Import"))
        self.import_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addLayout(file_row)
        layout.addWidget(self.summary_area)
        layout.addWidget(self.pages, 1)
        layout.addLayout(progress_row)
        layout.addWidget(self.buttons)
        self.reader = Worker(self)
        self.reader.done.connect(self._previewed)
        self.reader.failed.connect(self._read_failed)
        self.worker = Worker(self)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.resize(920, 600)

    # -- what the dialog reads now --------------------------------------------------------

    def kind_chosen(self) -> str:
        """``"pupils"`` or ``"parents"``."""
        return str(self.kind.currentData())

    def _port(self) -> ImportPort:
        return self._ports[self.kind_chosen()]

    def options(self) -> ImportOptions:
        """How the chosen file is read now."""
        from udens_register.services.importer import ImportOptions  # noqa: PLC0415 - loaded when it is used, not for the unlock window

        sheet = self.sheet.currentText() if self.sheet.count() > 1 else None
        name = self.path.name if self.path else ""
        mapping = self._mappings.get(self.kind_chosen()) or None
        return ImportOptions(name, sheet, mapping, self.empty_clears.isChecked())

    # -- reading and previewing (off the UI thread) ---------------------------------------

    def choose(self) -> None:
        """Pick a file and preview it."""
        path, _ = QFileDialog.getOpenFileName(
            self, _t("Choose a list"), "", _t("Lists (*.csv *.txt *.tsv *.xlsx);;All files (*)")
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read ``path`` in the background and show what importing it would do."""
        self.path = path
        self.raw = None
        self.file_label.setText(path.name)
        self._show_sheets(())
        self._start_preview(read=True)

    def reload(self) -> None:
        """Preview the chosen file again (another sheet, kind, mapping or empty-cell choice)."""
        if self.raw is not None:
            self._start_preview(read=False)
        elif self.path is not None and self._reading:
            self._start_preview(read=True)  # the file is still being read: read it again for the new choice

    def _start_preview(self, *, read: bool) -> None:
        self._generation += 1
        self._reading = True
        generation, port, path, raw, options = (
            self._generation,
            self._port(),
            self.path,
            self.raw,
            self.options(),
        )
        self.plan = None
        self.import_button.setEnabled(False)
        self.map_button.setEnabled(False)
        self.preview.setRowCount(0)
        self.mark_left.setVisible(False)
        self.left_on.setVisible(False)
        self._say(_t("Reading the file and comparing it with the register…"), refused=False)
        self._busy(_t("Reading…"))

        self.reader.start(lambda: read_preview(generation, port, path, raw, options))

    def _previewed(self, preview: Preview) -> None:
        if preview.generation != self._generation:
            return  # an older read, overtaken by another file or choice
        self._reading = False
        self._busy("")
        self.raw = preview.raw
        self.layout_read = preview.layout
        if preview.layout is not None:
            self._show_sheets(preview.layout.sheets, preview.layout.sheet)
        if preview.refusal is not None:
            self._refuse_file(refusal_text(preview.refusal))
            self.map_button.setEnabled(preview.layout is not None and bool(preview.layout.header))
        elif preview.layout is not None and preview.layout.missing:
            self._offer_mapping(preview.layout)
        else:
            self._show_plan(preview.plan)
        emit(self.previewed)

    def _read_failed(self, exc: BaseException) -> None:
        self._reading = False
        self._busy("")
        show_unexpected(self, type(exc))
        emit(self.previewed)

    def _show_plan(self, plan: Any) -> None:
        self.plan = plan
        self._show_page(0)
        self.map_button.setEnabled(True)
        missing = list(getattr(plan, "missing", []))
        self._say("\n".join(plan_lines(plan, self.kind_chosen(), self.layout_read)), refused=False)
        self.mark_left.setVisible(bool(missing))
        self.left_on.setVisible(bool(missing))
        if not missing:
            self.mark_left.setChecked(False)
        fill_preview(self.preview, plan, self.kind_chosen())
        self._update_import_button()

    def _update_import_button(self) -> None:
        """Import is for a plan that changes something: new or changed rows, or pupils to mark as left."""
        plan = self.plan
        marks = self.mark_left.isVisibleTo(self) and self.mark_left.isChecked()
        changes = plan is not None and bool(plan.new or plan.changed or getattr(plan, "links", 0))
        self.import_button.setEnabled(
            not self._applying and not self._reading and (changes or (plan is not None and marks))
        )

    def _kind_changed(self, _index: int) -> None:
        preview_headers(self.preview, self.kind_chosen())
        self.mark_left.setChecked(False)
        self.reload()

    def _show_sheets(self, sheets: tuple[str, ...], current: str = "") -> None:
        if tuple(self.sheet.itemText(i) for i in range(self.sheet.count())) != sheets:
            self.sheet.clear()
            self.sheet.addItems(list(sheets))
        if current:
            self.sheet.setCurrentText(current)
        several = len(sheets) > 1
        self.sheet.setVisible(several)
        self.sheet_label.setVisible(several)

    # -- the column-mapping step ----------------------------------------------------------

    def _offer_mapping(self, found: Layout) -> None:
        if looks_like_data(found.header):
            self._refuse_file(_t("The first line of the file holds data, not column names (such as Stamnummer;"
                                 "Roepnaam;Achternaam). Export the list again with its header line. Nothing was "
                                 "imported."))  # fmt: skip
            return
        missing = ", ".join(field_name(f) for f in found.missing)
        text = _t("The program does not recognise the column for: %1. Say below which column is which; "
                  "nothing is imported before you see the preview.").replace("%1", missing)  # fmt: skip
        if len(found.sheets) > 1:
            text += " " + _t("Or choose the sheet that holds the list.")
        self._say(text, refused=False)
        self._open_mapping(found)

    def edit_mapping(self) -> None:
        """The column-mapping step on request (*Kolommen…*): which column is which."""
        if self.layout_read is not None and self.layout_read.header:
            self._open_mapping(self.layout_read)

    def _open_mapping(self, found: Layout) -> None:
        port = self._port()
        self.mapping_panel.show_layout(found, port.FIELDS, port.REQUIRED)
        self._show_page(1)
        self.import_button.setEnabled(False)
        self.map_button.setEnabled(False)

    def _mapping_applied(self) -> None:
        kind = self.kind_chosen()
        mapping = {
            name: field for name, field in self._mappings.get(kind, {}).items()
            if name not in self.mapping_panel.choices
        }  # fmt: skip
        mapping.update(self.mapping_panel.changes())
        self._mappings[kind] = mapping
        if self._save_mapping is not None and self.mapping_panel.remember.isChecked():
            kept = {n: f for n, f in mapping.items() if n not in self.mapping_panel.choices}
            kept.update(self.mapping_panel.rememberable())
            self._save_mapping(kind, kept)
        self._show_page(0)
        self.reload()

    def _mapping_cancelled(self) -> None:
        if self.plan is not None:
            self._show_plan(self.plan)
        else:
            self._refuse_file(_t("Nothing was imported: the columns needed are not chosen."))
            self.map_button.setEnabled(self.layout_read is not None)

    # -- importing ------------------------------------------------------------------------

    def _left_day(self) -> tuple[date | None, str | None]:
        """The day to mark missing pupils as left (None: not asked), or why it cannot be used."""
        if self.mark_left.isHidden() or not self.mark_left.isChecked():
            return None, None
        if not self.left_on.is_valid():
            return None, _t("The date the pupils left is not a date (%1). Nothing was imported.").replace(
                "%1", date_hint(ui_lang())
            )
        day = pydate(self.left_on.date())
        if day > date.today():
            return None, _t("The date the pupils left lies in the future. Nothing was imported.")
        return day, None

    def accept(self) -> None:
        if self.raw is None or self.plan is None or self._applying or self._reading:
            return
        left, problem = self._left_day()
        if problem is not None:
            self._say(problem, refused=True)
            return
        raw, port = self.raw, self._port()
        options = replace(self.options(), left_on=left) if self.kind_chosen() == "pupils" else self.options()
        self._applying, self._left = True, left
        self._busy(_t("Importing…"))
        self._lock_inputs(True)
        self.worker.start(lambda: port.apply(raw, options))

    def _done(self, result: Any) -> None:
        self._applying = False
        self._busy("")
        self.result = result
        emit(self.imported, result)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._applying = False
        self._busy("")
        self._lock_inputs(False)
        if isinstance(exc, ValidationError) and exc.field == "left_on":
            self._say(_t("The date the pupils left lies in the future. Nothing was imported."), refused=True)
            return
        if known_error_text(exc) is None and getattr(exc, "problems", None) is None:
            show_unexpected(self, type(exc))
            return
        self._refuse_file(refusal_text(exc))

    def done_text(self) -> str:
        """What the status bar says after the import."""
        return done_text(self.result, self.kind_chosen(), self._left)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._applying and event.key() == Qt.Key.Key_Escape:
            event.accept()  # an import once started finishes: all of it, or nothing
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._applying:
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._generation += 1  # a read still running is not shown
        self.reader.wait()
        self.worker.wait()  # locking while importing: the import finishes first, then the dialog closes
        super().done(result)

    # -- small helpers --------------------------------------------------------------------

    def _show_page(self, index: int) -> None:
        """The preview (0) or the mapping step (1); the dialog's Import is for the preview only."""
        self.pages.setCurrentIndex(index)
        self.pages.setVisible(True)
        self.import_button.setVisible(index == 0)
        self.summary_area.setMaximumHeight(self.fontMetrics().lineSpacing() * 8 + 8)

    def _refuse_file(self, text: str) -> None:
        """The file is refused: its reasons take the room of the (empty) preview."""
        self.plan = None
        self.preview.setRowCount(0)
        self._show_page(0)
        self.pages.setVisible(False)
        self.summary_area.setMaximumHeight(16777215)
        self.import_button.setEnabled(False)
        self._say(text, refused=True)

    def _lock_inputs(self, locked: bool) -> None:
        """While importing nothing can be changed, the dialog not closed."""
        for widget in (
            self.kind,
            self.sheet,
            self.choose_button,
            self.map_button,
            self.empty_clears,
            self.mark_left,
            self.left_on,
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        ):
            widget.setEnabled(not locked)  # fmt: skip
        self._update_import_button()

    def _say(self, text: str, *, refused: bool) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #b00020;" if refused else "")

    def _busy(self, what: str) -> None:
        self.progress_label.setText(what)
        self.progress.setVisible(bool(what))
        self.progress_label.setVisible(bool(what))
