"""F1: the school's Social Media Protocol, rendered (headings, lists, emphasis), not raw text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QTextBrowser
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from udens_register.paths import resources_dir

PROTOCOL_FILE = "social-media-protocol.nl.txt"
HEADING_MAX = 70


def _t(text: str) -> str:
    return QCoreApplication.translate("ProtocolView", text)


def protocol_markdown(text: str) -> str:
    """The protocol's plain text as Markdown: a lone short line without a full stop is a heading
    (the first one the title), the approval table keeps its lines, sub-items nest under their rule."""
    lines = text.strip("\n").splitlines()
    out: list[str] = []
    titled = False
    for index, raw in enumerate(lines):
        line = raw.rstrip()
        before = lines[index - 1].strip() if index else ""
        after = lines[index + 1].strip() if index + 1 < len(lines) else ""
        stripped = line.strip()
        if "\t" in line:  # the approval table: who, and when
            out.append("  \n".join([" — ".join(p.strip() for p in line.split("\t"))]) + "  ")
        elif stripped.startswith("- ") and line.startswith(" "):
            out.append("    " + stripped)  # a sub-item of the numbered rule above it
        elif (
            stripped
            and not before
            and not after
            and len(stripped) <= HEADING_MAX
            and not stripped.endswith((".", ":", ";", ","))
            and not stripped[:1].isdigit()
            and not stripped.startswith("-")
        ):
            if stripped.startswith("Bijlage"):  # where the protocol belongs: a line above the title
                out.append(f"*{stripped}*")
                continue
            out.append(("# " if not titled else "## ") + stripped)
            titled = True
        else:
            out.append(line)
    return "\n".join(out) + "\n"


class ProtocolDialog(QDialog):
    """The protocol text, readable, with a Close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Social Media Protocol"))
        self.view = QTextBrowser(self)
        self.view.setAccessibleName(_t("Social Media Protocol"))
        self.view.setOpenExternalLinks(False)
        path = resources_dir() / "protocol" / PROTOCOL_FILE
        self.view.setMarkdown(protocol_markdown(path.read_text(encoding="utf-8")) if path.is_file() else "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(760, 600)
