"""Known errors in plain words; anything else becomes a dialog with a short reference.

The log gets the reference and the exception type only: messages and tracebacks may hold
case content, so they are never written anywhere.
"""

from __future__ import annotations

import logging
import sys
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from udens_register.domain.errors import RegisterError
from udens_register.domain.errors import ValidationError
from udens_register.ui.i18n import ui_lang
from udens_register.wording import has_label
from udens_register.wording import label
from udens_register.wording import validation_words

if TYPE_CHECKING:
    from types import TracebackType

log = logging.getLogger("udens_register.ui")


def known_error_text(exc: BaseException) -> str | None:
    """Plain words for a known error, ``None`` for a bug."""
    lang = ui_lang()
    if isinstance(exc, ValidationError):
        return validation_words(exc.field, exc.message, lang)
    if not isinstance(exc, RegisterError):
        return None
    return label("error", exc.code if has_label("error", exc.code) else "unknown", lang)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """A known error in plain words, or the unexpected-error dialog."""
    text = known_error_text(exc)
    if text is not None:
        QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Udens Register"), text)
        return
    show_unexpected(parent, type(exc))


def show_unexpected(parent: QWidget | None, exc_type: type[BaseException]) -> str:
    """Log a reference and the type (never the message) and tell the user."""
    ref = uuid.uuid4().hex[:8]
    log.error("unexpected error ref=%s type=%s", ref, exc_type.__name__)
    if QApplication.instance() is not None:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("Errors", "Unexpected error"),
            QCoreApplication.translate(
                "Errors",
                "An unexpected error occurred (reference %1). Your data was not changed by it. "
                "Please pass the reference on to the application's maintainer.",
            ).replace("%1", ref),
        )
    return ref


def install_excepthook() -> None:
    """Route uncaught exceptions in slots to :func:`show_unexpected`."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        text = known_error_text(exc)
        if text is not None:
            QMessageBox.warning(None, QCoreApplication.translate("Errors", "Udens Register"), text)
        else:
            show_unexpected(None, exc_type)

    sys.excepthook = hook
