"""Real widgets over real (fast-KDF) registers in tmp_path, offscreen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF
from tests.conftest import Template
from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.enums import Status
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import PersonDraft
from udens_register.services.gateway import RegisterGateway


@pytest.fixture
def gateway(tmp_path: Path) -> RegisterGateway:
    """A gateway on an empty folder."""
    return RegisterGateway(tmp_path / "R", kdf_seconds=FAST_KDF)


@pytest.fixture
def filled(tmp_path: Path, register_template: Template):  # type: ignore[no-untyped-def]
    """A register with a few persons and 12 incidents; yields (gateway, recovery key)."""
    folder = tmp_path / "R"
    created = register_template.copy_to(folder)
    with register_template.open(folder) as register:
        pupil = register.persons.create(
            PersonDraft(PersonKind.PUPIL, "Fenna", "Zwanenburg", student_number="4711", class_name="2H1",
                        date_of_birth=date(2012, 5, 4))
        )  # fmt: skip
        teacher = register.persons.create(PersonDraft(PersonKind.STAFF, "Karel", "Appel"))
        for i in range(12):
            register.incidents.create(
                IncidentDraft(
                    title=f"Incident nummer {i}",
                    category=list(Category)[i % len(Category)],
                    reported_at=date(2026, 1, 1 + i),
                    status=[Status.OPEN, Status.IN_PROGRESS][i % 2],
                    description="Dreigend bericht" if i == 3 else "",
                ),
                [(pupil.id, (Role.VICTIM,)), (teacher.id, (Role.REPORTER,))],
            )
    return RegisterGateway(folder, kdf_seconds=FAST_KDF), created.recovery_key


@pytest.fixture(autouse=True, scope="session")
def _collect_on_the_event_loop(qapp):  # type: ignore[no-untyped-def]
    """Python's cyclic collector from the event loop only, as the application runs it
    (ui/collector.py, started in ui/main.py), for the rest of the test process: collected by
    itself on a worker thread (a case being loaded, the closing backup still running while
    pytest-qt closes the window) while the main thread was in Qt, it crashed the test process
    with a segmentation fault under xcb. Automatic collection stays off afterwards, as in the app."""
    from udens_register.ui.collector import EventLoopCollector

    collector = EventLoopCollector()
    yield collector
    collector.stop()


@pytest.fixture(autouse=True)
def _no_modal_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """A message box in a test would block forever offscreen: record it and fail the test instead."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def fake(kind: str):  # type: ignore[no-untyped-def]
        def box(_parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            shown.append((kind, f"{title}: {text}"))
            if kind in ("critical", "warning"):
                pytest.fail(f"unexpected {kind} message box: {title}: {text}")
            return QMessageBox.StandardButton.Ok

        return box

    for kind in ("information", "warning", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(fake(kind)))

    from udens_register.ui import guard

    def unasked(name: str):  # type: ignore[no-untyped-def]
        def ask(*_args, **_kwargs):  # type: ignore[no-untyped-def]
            pytest.fail(f"unexpected question ({name}): a test that expects it replaces guard.{name}")

        return ask

    # qtbot closes each test's widgets at teardown: changed input is then thrown away unasked.
    monkeypatch.setattr(guard, "ask_discard", lambda *_a, **_k: guard.DISCARD)
    monkeypatch.setattr(guard, "ask_restore", unasked("ask_restore"))
    return shown


def _installed(qapp, language: str):  # type: ignore[no-untyped-def]
    """Our .qm and Qt's qtbase_nl for ``language``, as the app installs them; taken away after."""
    from PySide6.QtCore import QLocale

    from udens_register.ui.i18n import install_translators

    before = QLocale()
    translators = install_translators(qapp, language)
    yield language
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def dutch(qapp):  # type: ignore[no-untyped-def]
    """The interface in Dutch, as ``--lang nl`` installs it."""
    yield from _installed(qapp, "nl")


@pytest.fixture(params=["nl", "en"])
def lang(request: pytest.FixtureRequest, qapp):  # type: ignore[no-untyped-def]
    """The interface language, each in turn, installed as the app does it."""
    yield from _installed(qapp, request.param)
