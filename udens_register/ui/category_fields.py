"""Fields the incident form and the correction dialog share: further categories beside the main
one, and the question whether sexual images of a minor are involved (asked before any file)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QListView
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem

from udens_register.domain.enums import Category
from udens_register.domain.enums import images_category
from udens_register.ui.dialogs import YesNo
from udens_register.ui.i18n import category_label

if TYPE_CHECKING:
    from collections.abc import Callable


def _t(text: str) -> str:
    return QCoreApplication.translate("CategoryFields", text)


class FurtherCategories(QListWidget):
    """Tick the further categories of an incident (a threat can also be sexual intimidation and
    online bullying at once); the main category is not offered again."""

    def __init__(self, chosen: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.setAccessibleName(_t("Further categories"))
        for cat in Category:
            item = QListWidgetItem(category_label(cat.value))
            item.setData(Qt.ItemDataRole.UserRole, cat.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if cat.value in chosen else Qt.CheckState.Unchecked)
            self.addItem(item)
        # Whole labels at any width (a 1366x768 form cut "(regel 2a)" off behind a sideways
        # scroll bar): long ones wrap onto a second line, with the label in a tooltip too.
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        for row in range(self.count()):
            self.item(row).setToolTip(self.item(row).text())
        self.setMaximumHeight(180)

    def hide_main(self, main: str) -> None:
        """The main category is not a further one: hidden and unticked."""
        for row in range(self.count()):
            item = self.item(row)
            is_main = item.data(Qt.ItemDataRole.UserRole) == main
            if is_main:
                item.setCheckState(Qt.CheckState.Unchecked)
            item.setHidden(is_main)

    def values(self) -> tuple[Category, ...]:
        """The ticked categories, in the list's order."""
        return tuple(
            Category(self.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.count())
            if self.item(r).checkState() == Qt.CheckState.Checked and not self.item(r).isHidden()
        )


class ImagesQuestion(YesNo):
    """Are sexual images of a minor involved? Asked before any file can be added; no default."""

    def __init__(self) -> None:
        super().__init__(
            _t("Yes"), _t("No"), _t("Sexual images of a minor: yes"), _t("Sexual images of a minor: no")
        )

    def implied(self, on: bool) -> None:
        """The category says sexual images of a minor: the answer is yes and cannot be no."""
        if on:
            self.yes.setChecked(True)
        self.no.setEnabled(not on)
        self.no.setToolTip(_t("The category is sexual images of a minor.") if on else "")


def follow_images_category(
    category: QComboBox, further: FurtherCategories, implied: Callable[[bool], None]
) -> None:
    """Call ``implied`` with whether the chosen categories (main or further) say sexual images of
    a minor, each time they change: the category and the images flag never disagree."""

    def changed(*_args: object) -> None:
        chosen = [c.value for c in further.values()]
        implied(images_category(str(category.currentData() or ""), chosen))

    category.currentIndexChanged.connect(changed)
    further.itemChanged.connect(changed)
    changed()
