"""Control and direction characters are refused in every text field, with the field named,
and nothing is written (the rule sits at the storage boundary, so no path can skip it)."""

from __future__ import annotations

from datetime import date

import pytest

from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.errors import ValidationError
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import IncidentFilter
from udens_register.domain.model import PersonDraft
from udens_register.domain.text import CONTROL_CHARACTER
from udens_register.services.dto import EvidenceMeta

BAD = ["Fenna\x1b[31m", "bel\x07", "Noor \u202eknaB", "zero\x00"]


@pytest.mark.parametrize("bad", BAD)
def test_incident_and_person_fields(reg, bad: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        reg.incidents.create(IncidentDraft(title=bad, category=Category.OTHER, reported_at=date(2026, 3, 2)))
    assert caught.value.field == "title" and caught.value.message == CONTROL_CHARACTER
    with pytest.raises(ValidationError) as caught:
        reg.persons.create(PersonDraft(PersonKind.PUPIL, "Noor", bad))
    assert caught.value.field == "last_name"
    assert reg.incidents.count(IncidentFilter()) == 0


def test_line_breaks_only_where_text_may_have_lines(reg) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        reg.incidents.create(
            IncidentDraft(title="Twee\nregels", category=Category.OTHER, reported_at=date(2026, 3, 2))
        )
    assert caught.value.field == "title"
    detail = reg.incidents.create(
        IncidentDraft(
            title="Eén regel",
            category=Category.OTHER,
            reported_at=date(2026, 3, 2),
            description="Eerste regel.\nTweede regel.\tMet tab.",
        )
    )
    assert "\n" in reg.incidents.get(detail.id).description


def test_evidence_details_and_reasons(reg) -> None:  # type: ignore[no-untyped-def]
    detail = reg.incidents.create(
        IncidentDraft(title="Bericht", category=Category.OTHER, reported_at=date(2026, 3, 2))
    )
    with pytest.raises(ValidationError) as caught:
        reg.evidence.describe(
            detail.id, EvidenceMeta(platform="TikTok", profile="@x\u202e", description="Beschrijving")
        )
    assert caught.value.field == "profile"
    with pytest.raises(ValidationError):
        reg.incidents.correct(detail.id, {"title": "Nieuwe titel"}, "Reden met \x1b escape")
    assert reg.incidents.get(detail.id).title == "Bericht"
