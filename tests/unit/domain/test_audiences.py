"""The versions of a case file and their usual recipients are codes of the domain, worded by the
catalogue: the PDF dialog, the command line and the disclosure record name them the same way."""

from __future__ import annotations

from udens_register.domain.enums import REPORT_VERSION
from udens_register.domain.enums import Audience
from udens_register.domain.enums import Recipient
from udens_register.wording import has_label
from udens_register.wording import label


def test_every_usual_recipient_has_words_in_both_languages() -> None:
    for recipient in Recipient:
        assert has_label("recipient", recipient)
        assert label("recipient", recipient, "nl") and label("recipient", recipient, "en")


def test_each_version_goes_to_its_usual_recipient_in_the_schools_words() -> None:
    nl = {a.value: label("recipient", a.usual_recipient, "nl") for a in Audience}
    assert nl == {"directie": "afdelingsdirecteur", "politie": "politie", "inzage": "ouder/leerling (inzage)"}
    assert label("recipient", Recipient.LEADERSHIP, "nl") == "schoolleiding"
    assert label("recipient", Recipient.DIRECTOR, "en") == "department director"


def test_the_period_report_is_recorded_under_a_version_of_its_own() -> None:
    assert REPORT_VERSION not in {a.value for a in Audience}
