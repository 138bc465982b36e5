"""Every command of the main window, declared once: text, shortcut, icon, where it appears and
what it needs (an unlocked register, a selected case). Menus, toolbar and enabling are built
from this table (in the spirit of MusicBrainz Picard's ``mainwindow/actions.py``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtGui import QKeySequence

from udens_register.ui.icons import icon
from udens_register.ui.signals import without_arguments

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QMainWindow
    from PySide6.QtWidgets import QMenu
    from PySide6.QtWidgets import QToolBar


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


@dataclass(frozen=True)
class ActionSpec:
    """One command: ``name`` is the window attribute, ``slot`` the window method it runs."""

    name: str
    text: str
    slot: str
    menu: str
    shortcut: QKeySequence.StandardKey | str | None = None
    fallback: str = ""  # for platforms without the standard key (e.g. Quit outside a desktop)
    icon: str = ""
    needs_register: bool = True
    needs_case: bool = False
    toolbar: bool = False
    separator_before: bool = False


# What works on a register that cannot be written (a write-protected stick). Not the case file
# PDF or the period report: each must be entered in the disclosure log.
READ_ONLY_COMMANDS = frozenset(
    {
        "verify_pdf_action",
        "disclosures_action",
        "export_action",
        "backup_action",
        "lock_action",
        "settings_action",
        "quit_action",
        "find_action",
        "protocol_action",
        "about_action",
    }
)


def action_table() -> tuple[ActionSpec, ...]:
    """The commands in menu order (built after the translators are installed)."""
    # fmt: off
    return (
        ActionSpec("new_action", _t("&New incident…"), "new_incident", "file", QKeySequence.StandardKey.New, "Ctrl+N", "new", toolbar=True),
        ActionSpec("import_action", _t("&Import pupils…"), "import_pupils", "file", "Ctrl+I"),
        ActionSpec("pdf_action", _t("Case file as &PDF…"), "export_pdf", "file", "Ctrl+E", icon="pdf", needs_case=True, toolbar=True),
        ActionSpec("report_action", _t("Period &report…"), "period_report", "file", "Ctrl+R"),
        ActionSpec("verify_pdf_action", _t("C&heck a case file…"), "verify_pdf", "file"),
        ActionSpec("disclosures_action", _t("&Disclosures…"), "show_disclosures", "file"),
        ActionSpec("export_action", _t("&Export register (JSON, AVG)…"), "export_json", "file", "Ctrl+Shift+J", icon="export"),
        ActionSpec("backup_action", _t("Make a &backup…"), "make_backup", "file", "Ctrl+B", separator_before=True),
        ActionSpec("keys_action", _t("Coordinators and &keys…"), "manage_keys", "file"),
        ActionSpec("retention_action", _t("&Retention: delete old cases…"), "retention", "file"),
        ActionSpec("lock_action", _t("&Lock"), "lock", "file", "Ctrl+L", icon="lock", toolbar=True, separator_before=True),
        ActionSpec("settings_action", _t("&Settings…"), "edit_settings", "file", QKeySequence.StandardKey.Preferences, "Ctrl+,", needs_register=False),
        ActionSpec("quit_action", _t("&Quit"), "close", "file", QKeySequence.StandardKey.Quit, "Ctrl+Q", needs_register=False, separator_before=True),
        ActionSpec("find_action", _t("&Find"), "focus_search", "edit", QKeySequence.StandardKey.Find, "Ctrl+F", "search"),
        ActionSpec("decide_action", _t("Protocol &decision…"), "decide", "case", "Ctrl+D", icon="decision", needs_case=True, toolbar=True),
        ActionSpec("note_action", _t("Case &note…"), "add_note", "case", "Ctrl+Shift+N", needs_case=True),
        ActionSpec("evidence_action", _t("Add e&vidence…"), "add_evidence", "case", "Ctrl+Shift+E", needs_case=True),
        ActionSpec("correct_action", _t("C&orrect case…"), "correct_case", "case", "Ctrl+Shift+C", needs_case=True),
        ActionSpec("close_case_action", _t("&Close case…"), "close_case", "case", "Ctrl+Shift+K", needs_case=True),
        ActionSpec("review_action", _t("Record the director's &review…"), "record_review", "case", "Ctrl+Shift+R", needs_case=True),
        ActionSpec("hold_action", _t("Legal &hold (police case pending)…"), "toggle_hold", "case", needs_case=True),
        ActionSpec("actions_action", _t("Follow-up &actions…"), "show_actions", "case", "Ctrl+Shift+A", icon="actions", toolbar=True, separator_before=True),
        ActionSpec("persons_action", _t("&Persons…"), "show_persons", "case", "Ctrl+P", icon="persons", toolbar=True),
        ActionSpec("protocol_action", _t("Social Media &Protocol"), "show_protocol", "help", QKeySequence.StandardKey.HelpContents, "F1", needs_register=False),
        ActionSpec("about_action", _t("&About Udens Register"), "show_about", "help", needs_register=False),
    )
    # fmt: on


def menu_titles() -> dict[str, str]:
    """The menus, in order."""
    return {"file": _t("&File"), "edit": _t("&Edit"), "case": _t("&Case"), "help": _t("&Help")}


# The toolbar's order differs from the menus': the day's work first.
TOOLBAR = ("new_action", "decide_action", "actions_action", "persons_action", "pdf_action", "lock_action")


class ActionTable:
    """The window's QActions, built once from :func:`action_table`; enables them by what they need."""

    def __init__(self, window: QMainWindow, slots: Callable[[str], Callable[[], object]]) -> None:
        self.specs = action_table()
        self.action_table: dict[str, QAction] = {}
        for spec in self.specs:
            action = QAction(spec.text, window)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            if action.shortcut().isEmpty() and spec.fallback:
                action.setShortcut(QKeySequence(spec.fallback))
            if spec.icon:
                action.setIcon(icon(spec.icon))
            # triggered(bool) hands ``checked`` to a slot that can take it: never to a command.
            action.triggered.connect(without_arguments(slots(spec.slot)))
            window.addAction(action)
            self.action_table[spec.name] = action
        self.menus: dict[str, QMenu] = {}
        bar = window.menuBar()
        for key, title in menu_titles().items():
            menu = bar.addMenu(title)
            self.menus[key] = menu
            for spec in self.specs:
                if spec.menu == key:
                    if spec.separator_before and not menu.isEmpty():
                        menu.addSeparator()
                    menu.addAction(self.action_table[spec.name])
        self.toolbar: QToolBar = window.addToolBar(_t("Main toolbar"))
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for name in TOOLBAR:
            self.toolbar.addAction(self.action_table[name])
        self._busy: set[str] = set()

    def __getitem__(self, name: str) -> QAction:
        return self.action_table[name]

    def update(self, *, unlocked: bool, has_case: bool, read_only: bool = False) -> None:
        """Enable each command whose needs are met (and that is not busy); on a read-only
        register only the commands that change nothing."""
        for spec in self.specs:
            ready = (unlocked or not spec.needs_register) and (has_case or not spec.needs_case)
            ready = ready and (not read_only or spec.name in READ_ONLY_COMMANDS)
            self.action_table[spec.name].setEnabled(ready and spec.name not in self._busy)
        self.toolbar.setVisible(unlocked)

    def set_busy(self, name: str, busy: bool) -> None:
        """Keep a command disabled while its work runs (e.g. the JSON export); call :meth:`update`
        afterwards to enable it again."""
        if busy:
            self._busy.add(name)
            self.action_table[name].setEnabled(False)
        else:
            self._busy.discard(name)
