"""The case pane: the case file, its evidence, its persons and measures, filled from one
:meth:`CaseService.open_case` call made off the UI thread (which also records the view)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QTimer
from PySide6.QtCore import QUrl
from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QStyle
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QWidget

from udens_register.ui.case_edit import CasePanel
from udens_register.ui.detail import DetailPane
from udens_register.ui.evidence import EvidencePanel
from udens_register.ui.notes import NotesPanel
from udens_register.ui.review import ReviewPanel
from udens_register.ui.signals import emit
from udens_register.ui.workers import Worker

if TYPE_CHECKING:
    from udens_register.services.cases import CaseView
    from udens_register.services.register import OpenRegister


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class CasePane(QTabWidget):
    """Tabs for one case; ``loaded`` carries each view shown, ``changed`` a case edited here."""

    def setCurrentWidget(self, widget: QWidget) -> None:
        """Show the tab holding ``widget`` (a panel sits inside its tab's scroll area)."""
        for index in range(self.count()):
            page = self.widget(index)
            if page is widget or (isinstance(page, QScrollArea) and page.widget() is widget):
                self.setCurrentIndex(index)
                return
        super().setCurrentWidget(widget)

    def current_panel(self) -> QWidget | None:
        """The panel shown (inside its scroll area, if any)."""
        page = self.currentWidget()
        return page.widget() if isinstance(page, QScrollArea) else page

    """Tabs for one case; ``loaded`` carries each view shown, ``changed`` a case edited here."""

    loaded = Signal(object)
    failed = Signal(object)
    changed = Signal()
    files_destroyed = Signal(str)  # a correction destroyed stored files of this case (its number)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_t("Case"))
        self.detail = DetailPane()
        self.detail.anchorClicked.connect(self._detail_link)
        self.evidence_panel = EvidencePanel()
        self.evidence_panel.on_files_destroyed = self._evidence_destroyed
        self._case_number = ""
        self.case_panel = CasePanel()
        self.case_panel.on_changed = self.changed.emit
        self.case_panel.on_files_destroyed = self.files_destroyed.emit
        self.notes_panel = NotesPanel()
        self.notes_panel.on_changed = self.changed.emit
        self.review_panel = ReviewPanel()
        self.review_panel.on_changed = self.changed.emit
        self.addTab(self.detail, _t("Case file"))
        # The other tabs scroll rather than widen the pane: the splitter beside it stays movable.
        # Their titles are one word each, so all five are whole in the pane's default width on a
        # 1366 px screen (issue 24 point 8); the tooltip says what a short one holds.
        for panel, title, tip in (
            (self.notes_panel, _t("Notes"), ""),
            (self.evidence_panel, _t("Evidence"), ""),
            (self.case_panel, _t("Involved"), _t("Persons involved, measures and communication")),
            (self.review_panel, _t("Review"), ""),
        ):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(panel)
            index = self.addTab(scroll, title)
            self.setTabToolTip(index, tip)
        self.setUsesScrollButtons(True)
        self.setMinimumWidth(300)
        self._register: OpenRegister | None = None
        self._wanted: int | None = None
        self._worker = Worker(self)
        self._worker.done.connect(self._loaded)
        self._worker.failed.connect(self._failed)

    def set_register(self, register: OpenRegister | None) -> None:
        """The register cases come from (``None`` on lock: everything shown is forgotten)."""
        self._register = register
        self.case_panel.drafts = register.drafts if register is not None else None
        if register is None:
            self.wait()
            self.clear()

    def load(self, incident_id: int) -> None:
        """Open ``incident_id`` in the background; a result for an older selection is dropped."""
        register = self._register
        if register is None:
            return
        self._wanted = incident_id
        cases = register.cases
        self._worker.start(lambda: cases.open_case(incident_id))

    def wait(self) -> None:
        """Block until a running load has finished (lock and close)."""
        self._worker.wait()

    def clear(self) -> None:
        """Show no case."""
        self._wanted = None
        self._case_number = ""
        self._mark_evidence_tab(0)
        self.detail.show_nothing()
        self.evidence_panel.clear()
        self.case_panel.clear()
        self.review_panel.clear()
        self.notes_panel.clear()

    def _loaded(self, view: CaseView) -> None:
        register = self._register
        if register is None or view.detail.id != self._wanted:
            return  # locked meanwhile, or the user moved on to another case
        self.show_view(register, view)
        emit(self.loaded, view)

    def _failed(self, exc: BaseException) -> None:
        if self._register is not None:
            emit(self.failed, exc)

    def show_view(self, register: OpenRegister, view: CaseView) -> None:
        """Fill every tab from ``view`` (no further queries)."""
        d = view.detail
        self.detail.show_incident(
            d, list(view.decisions), list(view.actions), list(view.evidence), list(view.measures),
            list(view.communications), list(view.notes), view.reviews, view.awaiting_review,
            len(view.images_to_destroy),
        )  # fmt: skip
        self.review_panel.show_reviews(
            register.reviews, d.id, d.case_number, view.today, view.reviews, view.awaiting_review
        )
        self.notes_panel.show_incident(register.notes, d.id, register.clock, view.notes)
        self.evidence_panel.show_incident(
            register.evidence, d.id, sexual_images_minor=d.sexual_images_minor, platform=d.platform, rows=view.evidence,
            thumbnails=view.thumbnails, images_to_destroy=view.images_to_destroy, guard=register.evidence,
        )  # fmt: skip
        self._case_number = d.case_number
        self._mark_evidence_tab(len(view.images_to_destroy))
        self.case_panel.evidence = register.evidence
        self.case_panel.show_incident(
            register.incidents, register.persons, d, view.today, view.measures, view.communications
        )

    def evidence_index(self) -> int:
        """The index of the evidence tab."""
        for index in range(self.count()):
            page = self.widget(index)
            if isinstance(page, QScrollArea) and page.widget() is self.evidence_panel:
                return index
        return -1

    def _mark_evidence_tab(self, files: int) -> None:
        """A flagged case still holding files: the evidence tab says so in red, with a warning sign."""
        index = self.evidence_index()
        if files:
            self.setTabText(
                index, QCoreApplication.translate("MainWindow", "Evidence (%n to destroy)", "", files)
            )
            self.setTabIcon(index, self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            self.tabBar().setTabTextColor(index, QColor("#b00020"))
        else:
            self.setTabText(index, _t("Evidence"))
            self.setTabIcon(index, QIcon())
            self.tabBar().setTabTextColor(index, QColor())  # invalid: the tab bar's own colour
        self._widen_for_tabs()

    def _widen_for_tabs(self) -> None:
        """A longer tab title (a flagged case's "Evidence (2 to destroy)") that no longer fits:
        the pane takes the pixels it lacks from the list beside it (down to the list's minimum);
        when that is not enough the warning sign gives up its room (the title stays red) and the
        window grows within the screen, so no tab hides behind the scroll arrows. A pane wide
        enough is left as it was made."""
        splitter = self.parentWidget()
        if not isinstance(splitter, QSplitter) or not self.isVisible():
            return
        bar = self.tabBar()
        margin = 8  # the pane's frame and the tab bar's own offset
        lacking = sum(bar.tabSizeHint(i).width() for i in range(self.count())) + margin - self.width()
        if lacking <= 0:
            return
        sizes = splitter.sizes()
        mine = splitter.indexOf(self)
        neighbour = splitter.widget(1 - mine) if len(sizes) == 2 else None
        if neighbour is not None:
            give = min(lacking, max(0, sizes[1 - mine] - neighbour.minimumSizeHint().width()))
            sizes[1 - mine] -= give
            sizes[mine] += give
            splitter.setSizes(sizes)
            lacking -= give
        index = self.evidence_index()
        if lacking > 0 and not self.tabIcon(index).isNull():
            lacking -= bar.tabSizeHint(index).width()
            self.setTabIcon(index, QIcon())
            lacking += bar.tabSizeHint(index).width()
        top = self.window()
        screen = top.screen()
        if lacking <= 0 or screen is None or top.isMaximized() or top.isFullScreen():
            return
        room = screen.availableGeometry().right() - top.frameGeometry().right()
        if room > 0:
            top.resize(top.width() + min(room, lacking), top.height())
            QTimer.singleShot(0, self._widen_for_tabs)  # the list took its share: give it over

    def _evidence_destroyed(self) -> None:
        """Files destroyed on the evidence tab: the backups holding them named, the case reloaded."""
        if self._case_number:
            emit(self.files_destroyed, self._case_number)
        emit(self.changed)

    def _detail_link(self, url: QUrl) -> None:
        if url.fragment() == "evidence":
            self.setCurrentWidget(self.evidence_panel)
