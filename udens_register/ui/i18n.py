"""Translations: Qt ``.qm`` files from ``resources/i18n`` plus Qt's own ``qtbase_nl``.

Source strings are English; Dutch (the default) comes from the translation file. Domain
codes (categories, statuses, roles, kinds) are turned into words here, with explicit
contexts so they survive subclassing.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from udens_register.paths import resources_dir


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


def fmt_date(value: date | None) -> str:
    """dd-mm-jjjj, the way Dutch schools write dates."""
    return value.strftime("%d-%m-%Y") if value else ""


def fmt_datetime(value: datetime | None) -> str:
    """dd-mm-jjjj uu:mm in local time."""
    return value.astimezone().strftime("%d-%m-%Y %H:%M") if value else ""


def category_label(code: str) -> str:
    """The words for a category code, with the protocol article."""
    labels = {
        "compromising_media": QCoreApplication.translate(
            "Codes", "Compromising photos or films of staff (rule 2a)"
        ),
        "profane_language": QCoreApplication.translate("Codes", "Improper or profane language (rule 2c)"),
        "confidential_info": QCoreApplication.translate(
            "Codes", "Confidential information published (guideline 3)"
        ),
        "staff_discussion": QCoreApplication.translate(
            "Codes", "Staff arguing with a pupil or parent online (guideline 4)"
        ),
        "threat_of_violence": QCoreApplication.translate("Codes", "Threat of violence (rule 4a)"),
        "sexual_intimidation": QCoreApplication.translate("Codes", "Sexual intimidation (rule 4b)"),
        "accusation_sexual_intimidation": QCoreApplication.translate(
            "Codes", "Accusation of sexual intimidation (rule 4c)"
        ),
        "insult_defamation": QCoreApplication.translate("Codes", "Insult, defamation or obscenity"),
        "privacy_violation": QCoreApplication.translate("Codes", "Privacy violation"),
        "copyright_portrait": QCoreApplication.translate("Codes", "Copyright or portrait right"),
        "other": QCoreApplication.translate("Codes", "Other"),
    }
    return labels.get(code, code)


def status_label(code: str) -> str:
    """The words for a status code."""
    labels = {
        "open": QCoreApplication.translate("Codes", "Open"),
        "in_progress": QCoreApplication.translate("Codes", "In progress"),
        "closed": QCoreApplication.translate("Codes", "Closed"),
    }
    return labels.get(code, code)


def role_label(code: str) -> str:
    """The words for a role code."""
    labels = {
        "victim": QCoreApplication.translate("Codes", "victim"),
        "author": QCoreApplication.translate("Codes", "author"),
        "witness": QCoreApplication.translate("Codes", "witness"),
        "reporter": QCoreApplication.translate("Codes", "reporter"),
    }
    return labels.get(code, code)


def kind_label(code: str) -> str:
    """The words for a person kind."""
    labels = {
        "pupil": QCoreApplication.translate("Codes", "Pupil"),
        "staff": QCoreApplication.translate("Codes", "Staff member"),
        "parent": QCoreApplication.translate("Codes", "Parent"),
        "other": QCoreApplication.translate("Codes", "Other"),
    }
    return labels.get(code, code)


def event_label(code: str) -> str:
    """The words for a timeline entry."""
    labels = {
        "register_created": QCoreApplication.translate("Codes", "Register created"),
        "incident_created": QCoreApplication.translate("Codes", "Incident recorded"),
        "person_involved": QCoreApplication.translate("Codes", "Person added to the case"),
        "person_created": QCoreApplication.translate("Codes", "Person recorded"),
        "status_changed": QCoreApplication.translate("Codes", "Status changed"),
        "key_added": QCoreApplication.translate("Codes", "Coordinator added"),
        "key_removed": QCoreApplication.translate("Codes", "Coordinator removed"),
        "passphrase_changed": QCoreApplication.translate("Codes", "Passphrase changed"),
        "recovery_key_renewed": QCoreApplication.translate("Codes", "Recovery key renewed"),
        "decision_recorded": QCoreApplication.translate("Codes", "Protocol decision recorded"),
        "action_created": QCoreApplication.translate("Codes", "Follow-up action created"),
        "action_updated": QCoreApplication.translate("Codes", "Follow-up action updated"),
        "corrected": QCoreApplication.translate("Codes", "Corrected"),
        "person_removed": QCoreApplication.translate("Codes", "Person removed from the case"),
        "evidence_added": QCoreApplication.translate("Codes", "Evidence added"),
        "evidence_described": QCoreApplication.translate("Codes", "Evidence described"),
        "evidence_saved": QCoreApplication.translate("Codes", "Evidence saved to a file"),
        "evidence_removed": QCoreApplication.translate("Codes", "Evidence removed from the case"),
        "measure_taken": QCoreApplication.translate("Codes", "Measure recorded"),
        "communication_recorded": QCoreApplication.translate("Codes", "Communication recorded"),
        "parent_linked": QCoreApplication.translate("Codes", "Parent linked"),
        "persons_imported": QCoreApplication.translate("Codes", "Pupils imported"),
        "case_exported": QCoreApplication.translate("Codes", "Case file exported"),
    }
    return labels.get(code, code)


def field_label(code: str) -> str:
    """The words for a corrected field."""
    labels = {
        "title": QCoreApplication.translate("Codes", "title"),
        "description": QCoreApplication.translate("Codes", "description"),
        "platform": QCoreApplication.translate("Codes", "platform"),
        "category": QCoreApplication.translate("Codes", "category"),
        "reported_at": QCoreApplication.translate("Codes", "reported on"),
        "occurred_at": QCoreApplication.translate("Codes", "happened on"),
        "sexual_images_minor": QCoreApplication.translate("Codes", "sexual images of a minor"),
        "manager_consulted": QCoreApplication.translate("Codes", "manager consulted"),
        "manager_consulted_on": QCoreApplication.translate("Codes", "consulted on"),
        "roles": QCoreApplication.translate("Codes", "roles"),
        "first_name": QCoreApplication.translate("Codes", "first name"),
        "infix": QCoreApplication.translate("Codes", "infix"),
        "last_name": QCoreApplication.translate("Codes", "last name"),
        "student_number": QCoreApplication.translate("Codes", "student number"),
        "class_name": QCoreApplication.translate("Codes", "class"),
        "date_of_birth": QCoreApplication.translate("Codes", "date of birth"),
        "post_url": QCoreApplication.translate("Codes", "post URL"),
        "profile": QCoreApplication.translate("Codes", "profile"),
        "posted_at": QCoreApplication.translate("Codes", "time of the post"),
        "captured_at": QCoreApplication.translate("Codes", "time of capture"),
        "captured_by": QCoreApplication.translate("Codes", "captured by"),
    }
    return labels.get(code, code)
