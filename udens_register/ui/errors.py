"""Known errors in plain words; anything else becomes a dialog with a short reference.

The log gets the reference and the exception type only: messages and tracebacks may hold
case content, so they are never written anywhere.
"""

from __future__ import annotations

import logging
import sys
import uuid
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from udens_register.domain.errors import RegisterError, ValidationError

log = logging.getLogger("udens_register.ui")


def known_error_text(exc: BaseException) -> str | None:
    """Plain words for a known error, ``None`` for a bug."""
    t = QCoreApplication.translate
    if isinstance(exc, ValidationError):
        return (
            t("Errors", "Please check the field '%1': %2").replace("%1", exc.field).replace("%2", exc.message)
        )
    if not isinstance(exc, RegisterError):
        return None
    texts = {
        "no_register": t("Errors", "There is no register in this folder."),
        "register_exists": t("Errors", "There is already a register in this folder; nothing was changed."),
        "wrong_passphrase": t("Errors", "Wrong passphrase or recovery key."),
        "weak_passphrase": t("Errors", "The passphrase is too short: use at least 12 characters."),
        "register_locked": t("Errors", "The register is in use by another program. Close it and try again."),
        "register_damaged": t(
            "Errors", "The register is damaged. Restore the newest backup or contact your administrator."
        ),
        "disk_full": t("Errors", "The disk is full; nothing was written. Free some space and try again."),
        "cannot_write": t("Errors", "The file could not be written. Check the folder and try again."),
        "unsupported_cipher": t("Errors", "This installation's encryption library is not supported."),
        "last_slot": t("Errors", "The last working key cannot be removed."),
    }
    return texts.get(exc.code, t("Errors", "Something went wrong; nothing was changed."))


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
