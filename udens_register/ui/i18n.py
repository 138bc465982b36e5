"""Translations: Qt ``.qm`` files from ``resources/i18n`` plus Qt's own ``qtbase_nl``.

Source strings are English; Dutch (the default) comes from the translation file. Domain
codes (categories, statuses, roles, kinds, events, fields) get their words from the one
wording catalogue (:mod:`udens_register.wording`), the same words the PDFs and the CLI use.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QLibraryInfo
from PySide6.QtCore import QLocale
from PySide6.QtCore import QTranslator

from udens_register.paths import resources_dir
from udens_register.wording import fmt_date
from udens_register.wording import fmt_datetime
from udens_register.wording import label


def tr(context: str, text: str) -> str:
    """Translate ``text`` in ``context`` (a thin alias that lupdate does not need to see)."""
    return QCoreApplication.translate(context, text)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our own and Qt's translations for ``language``; returns them to keep alive."""
    translators: list[QTranslator] = []
    if language != "nl":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return translators
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase_nl", qt_dir), ("udens_register_nl", str(resources_dir() / "i18n"))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def ui_lang() -> str:
    """The language the interface speaks (``nl`` or ``en``), as the translators installed it."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


def words(group: str, code: str) -> str:
    """The catalogue's words for ``code`` of ``group`` in the interface language."""
    return label(group, code, ui_lang())


def category_label(code: str) -> str:
    """The words for a category code, with the protocol article."""
    return words("category", code)


def status_label(code: str) -> str:
    """The words for a status code."""
    return words("status", code)


def role_label(code: str) -> str:
    """The words for a role code."""
    return words("role", code)


def kind_label(code: str) -> str:
    """The words for a person kind."""
    return words("kind", code)


def event_label(code: str) -> str:
    """The words for a timeline entry."""
    return words("event", code)


def field_label(code: str) -> str:
    """The words for a corrected field."""
    return words("field", code)


__all__ = ["fmt_date", "fmt_datetime", "install_translators", "tr", "ui_lang", "words"]
