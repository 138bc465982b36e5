"""Enumerations of the register; categories cite the protocol article they rest on."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class PersonKind(StrEnum):
    """Who a person is to the school."""

    PUPIL = "pupil"
    STAFF = "staff"
    PARENT = "parent"
    OTHER = "other"


class Relation(StrEnum):
    """What a parent or guardian is to a pupil."""

    MOTHER = "mother"
    FATHER = "father"
    GUARDIAN = "guardian"


class Role(StrEnum):
    """What a person did or suffered in an incident."""

    VICTIM = "victim"
    AUTHOR = "author"
    SHARER = "sharer"  # spread the post or image further without making it (verspreider)
    WITNESS = "witness"
    REPORTER = "reporter"


def role_order(roles: Iterable[str]) -> tuple[Role, ...]:
    """``roles`` once each, in the one order roles are stored and shown: the order of :class:`Role`
    (which is the protocol's ``ROLES``). An unknown code is a ``ValueError``."""
    given = {Role(r) for r in roles}
    return tuple(r for r in Role if r in given)


class Status(StrEnum):
    """Where a case stands."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"


class Category(StrEnum):
    """Kinds of incident, each citing the protocol (see :data:`CATEGORY_ARTICLE`)."""

    COMPROMISING_MEDIA = "compromising_media"
    PROFANE_LANGUAGE = "profane_language"
    CONFIDENTIAL_INFO = "confidential_info"
    STAFF_DISCUSSION = "staff_discussion"
    THREAT_OF_VIOLENCE = "threat_of_violence"
    SEXUAL_INTIMIDATION = "sexual_intimidation"
    ACCUSATION_SEXUAL_INTIMIDATION = "accusation_sexual_intimidation"
    INSULT_DEFAMATION = "insult_defamation"
    PRIVACY_VIOLATION = "privacy_violation"
    COPYRIGHT_PORTRAIT = "copyright_portrait"
    ONLINE_BULLYING = "online_bullying"
    DISCRIMINATION = "discrimination"
    SEXUAL_IMAGES_MINOR = "sexual_images_minor"
    OTHER = "other"


#: The protocol article each category rests on ("" where it rests on the background text).
CATEGORY_ARTICLE: dict[Category, str] = {
    Category.COMPROMISING_MEDIA: "regel 2a",
    Category.PROFANE_LANGUAGE: "regel 2c",
    Category.CONFIDENTIAL_INFO: "richtlijn 3",
    Category.STAFF_DISCUSSION: "richtlijn 4",
    Category.THREAT_OF_VIOLENCE: "regel 4a",
    Category.SEXUAL_INTIMIDATION: "regel 4b",
    Category.ACCUSATION_SEXUAL_INTIMIDATION: "regel 4c",
    Category.INSULT_DEFAMATION: "achtergrond",
    Category.PRIVACY_VIOLATION: "achtergrond",
    Category.COPYRIGHT_PORTRAIT: "achtergrond",
    Category.ONLINE_BULLYING: "",
    Category.DISCRIMINATION: "",
    Category.SEXUAL_IMAGES_MINOR: "",
    Category.OTHER: "",
}


def images_category(category: str, further: Iterable[str] = ()) -> bool:
    """Whether the categories say the incident is about sexual images of a minor: such a case is
    flagged, so none of its files is kept (the category and the flag never disagree)."""
    images = Category.SEXUAL_IMAGES_MINOR.value
    return str(category) == images or any(str(c) == images for c in further)


class AnalysisGroup(StrEnum):
    """The groups of the school's yearly incident analysis (sociale veiligheid)."""

    AGGRESSION = "aggression"  # agressie
    VIOLENCE = "violence"  # geweld
    BULLYING = "bullying"  # pesten
    DISCRIMINATION = "discrimination"  # discriminatie
    SEXUAL_INTIMIDATION = "sexual_intimidation"  # seksuele intimidatie
    OTHER = "other"


#: The yearly analysis group each category counts in.
ANALYSIS_GROUP: dict[Category, AnalysisGroup] = {
    Category.COMPROMISING_MEDIA: AnalysisGroup.AGGRESSION,
    Category.PROFANE_LANGUAGE: AnalysisGroup.AGGRESSION,
    Category.INSULT_DEFAMATION: AnalysisGroup.AGGRESSION,
    Category.THREAT_OF_VIOLENCE: AnalysisGroup.VIOLENCE,
    Category.ONLINE_BULLYING: AnalysisGroup.BULLYING,
    Category.DISCRIMINATION: AnalysisGroup.DISCRIMINATION,
    Category.SEXUAL_INTIMIDATION: AnalysisGroup.SEXUAL_INTIMIDATION,
    Category.ACCUSATION_SEXUAL_INTIMIDATION: AnalysisGroup.SEXUAL_INTIMIDATION,
    Category.SEXUAL_IMAGES_MINOR: AnalysisGroup.SEXUAL_INTIMIDATION,
    Category.CONFIDENTIAL_INFO: AnalysisGroup.OTHER,
    Category.STAFF_DISCUSSION: AnalysisGroup.OTHER,
    Category.PRIVACY_VIOLATION: AnalysisGroup.OTHER,
    Category.COPYRIGHT_PORTRAIT: AnalysisGroup.OTHER,
    Category.OTHER: AnalysisGroup.OTHER,
}


class Platform(StrEnum):
    """Where the incident happened; free text is allowed beside these."""

    WHATSAPP = "WhatsApp"
    INSTAGRAM = "Instagram"
    TIKTOK = "TikTok"
    SNAPCHAT = "Snapchat"
    YOUTUBE = "YouTube"
    FACEBOOK = "Facebook"
    X = "X"
    DISCORD = "Discord"
    OTHER = "Anders"


class MeasureKind(StrEnum):
    """Measures taken against an author (guideline 10)."""

    CONVERSATION = "conversation"
    WARNING = "warning"
    REMOVAL_REQUESTED = "removal_requested"
    REMOVAL_DONE = "removal_done"
    SUSPENSION = "suspension"
    BOARD_REPORT = "board_report"
    OTHER = "other"


class NoteKind(StrEnum):
    """What a case note records: a phone call, a conversation, an observation (CPOMS-style)."""

    PHONE_CALL = "phone_call"
    CONVERSATION = "conversation"
    OBSERVATION = "observation"
    EMAIL = "email"
    OTHER = "other"


class Audience(StrEnum):
    """For whom a case file is issued: each is a version of the file (and of its disclosure record)."""

    DIRECTIE = "directie"  # the department director: complete
    POLITIE = "politie"  # the police: facts, persons, evidence
    INZAGE = "inzage"  # one person's right of access: others pseudonymised

    @property
    def usual_recipient(self) -> Recipient:
        """To whom this version usually goes (the coordinator may name someone else)."""
        return _USUAL_RECIPIENT[self]


# The version a period report is recorded under among the disclosures.
REPORT_VERSION = "rapportage"


class Recipient(StrEnum):
    """The usual recipients of a case file or a period report; their words are in the wording
    catalogue (group ``recipient``). A coordinator may type any other name instead."""

    DIRECTOR = "director"
    POLICE = "police"
    ACCESS = "access"  # the parent or pupil who asked for access
    INSPECTORATE = "inspectorate"
    ATTENDANCE = "attendance"  # the attendance officer (leerplicht)
    LEADERSHIP = "leadership"  # the school's leadership, who read the period report


_USUAL_RECIPIENT = {
    Audience.DIRECTIE: Recipient.DIRECTOR,
    Audience.POLITIE: Recipient.POLICE,
    Audience.INZAGE: Recipient.ACCESS,
}
