"""The category *sexual images of a minor* (main or further) flags the case: a correction to it
goes through the images guard (its stored files destroyed first), the flag cannot be taken off
while the category says so, and registers made before get the flag where the category says so.
Choosing the category alone kept the files and took new ones (only the flag guarded them)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from tests.integration.test_images_past import _png
from udens_register.domain.enums import Category
from udens_register.domain.errors import ValidationError
from udens_register.domain.model import IncidentDraft
from udens_register.services.dto import EvidenceMeta
from udens_register.services.evidence_files import EvidenceRefused
from udens_register.services.register import create_register
from udens_register.services.register import open_register

IMAGES = Category.SEXUAL_IMAGES_MINOR


def _case(reg, category: Category = Category.OTHER, further: tuple[Category, ...] = ()):  # type: ignore[no-untyped-def]
    return reg.incidents.create(
        IncidentDraft(
            title="Foto doorgestuurd",
            category=category,
            reported_at=date(2026, 3, 2),
            further_categories=further,
        )
    )


def test_a_new_case_of_the_category_is_flagged(reg) -> None:  # type: ignore[no-untyped-def]
    assert _case(reg, IMAGES).sexual_images_minor is True
    assert _case(reg, Category.ONLINE_BULLYING, (IMAGES,)).sexual_images_minor is True
    assert _case(reg).sexual_images_minor is False


def test_correcting_to_the_category_destroys_the_files_first_then_refuses_new_ones(reg) -> None:  # type: ignore[no-untyped-def]
    incident = _case(reg)
    shot = reg.evidence.intake(incident.id, "chat.png", _png(), EvidenceMeta(platform="Snapchat"))
    with pytest.raises(ValidationError) as refused:
        reg.incidents.correct(incident.id, {"category": IMAGES.value}, "Het blijkt om een naaktfoto te gaan")
    assert refused.value.field == "evidence"
    assert reg.incidents.get(incident.id).category == Category.OTHER.value, "nothing changed"
    reg.evidence.destroy(shot.id, "Seksuele beelden van een minderjarige", "Chat met foto")
    after = reg.incidents.correct(
        incident.id, {"category": IMAGES.value}, "Het blijkt om een naaktfoto te gaan"
    )
    assert after.category == IMAGES.value and after.sexual_images_minor is True
    with pytest.raises(EvidenceRefused):
        reg.evidence.intake(incident.id, "nog-een.png", _png(), EvidenceMeta())


def test_a_further_category_flags_too(reg) -> None:  # type: ignore[no-untyped-def]
    incident = _case(reg, Category.ONLINE_BULLYING)
    after = reg.incidents.correct(incident.id, {"further_categories": [IMAGES.value]}, "Ook beelden")
    assert after.sexual_images_minor is True


def test_the_flag_stays_while_the_category_says_so(reg) -> None:  # type: ignore[no-untyped-def]
    incident = _case(reg, IMAGES)
    with pytest.raises(ValidationError) as refused:
        reg.incidents.correct(incident.id, {"sexual_images_minor": False}, "Per ongeluk")
    assert refused.value.field == "sexual_images_minor"
    after = reg.incidents.correct(
        incident.id, {"category": Category.OTHER.value, "sexual_images_minor": False}, "Geen beelden"
    )
    assert after.sexual_images_minor is False


@pytest.mark.slow
def test_a_register_made_before_gets_the_flag_where_the_category_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "R"
    create_register(folder, PASSPHRASE, "Zorgcoördinator", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE) as reg:
        main = _case(reg, IMAGES)
        further = _case(reg, Category.ONLINE_BULLYING, (IMAGES,))
        plain = _case(reg)
        with reg.engine.begin() as conn:  # as a register before migration 0014 could hold them
            conn.exec_driver_sql("UPDATE incidents SET sexual_images_minor = 0")
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0013'")
    with open_register(folder, PASSPHRASE) as reg:
        assert reg.incidents.get(main.id).sexual_images_minor is True
        assert reg.incidents.get(further.id).sexual_images_minor is True
        assert reg.incidents.get(plain.id).sexual_images_minor is False
