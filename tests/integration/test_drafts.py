"""Drafts live inside the encrypted register only: per coordinator, form and case; gone when saved,
discarded, or when their case is deleted."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF
from udens_register.domain.errors import ValidationError
from udens_register.services.keys import KeyService
from udens_register.services.register import open_register

SECRET_TEXT = "Kwetsende foto van Fenna Zwanenburg doorgestuurd"


def test_a_draft_is_kept_found_and_removed(reg) -> None:  # type: ignore[no-untyped-def]
    assert reg.drafts.load("incident_form", "new") is None
    reg.drafts.save("incident_form", "new", {"inputs": {"line0": SECRET_TEXT}})
    reg.drafts.save("incident_form", "new", {"inputs": {"line0": SECRET_TEXT + "!"}})  # replaced
    kept = reg.drafts.load("incident_form", "new")
    assert kept is not None and kept.payload == {"inputs": {"line0": SECRET_TEXT + "!"}}
    reg.drafts.discard("incident_form", "new")
    assert reg.drafts.load("incident_form", "new") is None


def test_bad_kinds_and_scopes_are_refused(reg) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError):
        reg.drafts.save("anything", "new", {})
    with pytest.raises(ValidationError):
        reg.drafts.save("decision_wizard", "../x", {})


def test_drafts_are_nowhere_but_in_the_encrypted_database(reg, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    reg.drafts.save("incident_form", "new", {"inputs": {"line0": SECRET_TEXT}})
    reg.close()
    needle = SECRET_TEXT.encode()
    home = Path(os.environ["HOME"])
    for folder in (tmp_path, home):
        for path in folder.rglob("*"):
            if path.is_file():
                assert needle not in path.read_bytes(), path


def test_each_coordinator_has_their_own_drafts(reg) -> None:  # type: ignore[no-untyped-def]
    KeyService(reg, kdf_seconds=FAST_KDF).add("tweede coordinator wachtzin", "Mentor — K. Appel")
    reg.drafts.save("incident_form", "new", {"inputs": {"line0": SECRET_TEXT}})
    with open_register(reg.location.folder, "tweede coordinator wachtzin") as other:
        assert other.drafts.load("incident_form", "new") is None


def test_a_case_draft_goes_with_its_case(reg) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from udens_register.domain.enums import Category
    from udens_register.domain.model import IncidentDraft
    from udens_register.storage.models import Draft
    from udens_register.storage.models import Incident
    from udens_register.storage.uow import UnitOfWork

    made = reg.incidents.create(
        IncidentDraft(title="Dreiging", category=Category.THREAT_OF_VIOLENCE, reported_at=date(2026, 3, 2))
    )
    reg.drafts.save("decision_wizard", str(made.id), {"inputs": {}, "page": 1})
    with UnitOfWork(reg.engine) as uow:  # as the purge deletes a case
        uow.session.delete(uow.session.get(Incident, made.id))
        uow.commit()
    with UnitOfWork(reg.engine, read_only=True) as uow:
        assert uow.session.query(Draft).count() == 0
