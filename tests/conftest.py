"""Test-wide settings: offscreen Qt, no real user folders, fast key derivation."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC
from datetime import datetime
from pathlib import Path

import pytest

# Before any QApplication exists: without a display Qt would abort the run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("UDENS_REGISTER_PASSPHRASE", None)

PASSPHRASE = "correct horse battery staple"
FAST_KDF = 0.01  # calibrates to the minimum of 3 Argon2id iterations at 64 MiB


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Nothing a test does touches the real user data or config folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("UDENS_REGISTER_KDF_SECONDS", str(FAST_KDF))
    yield


@pytest.fixture
def fixed_clock() -> object:
    """A clock stopped at a known moment."""
    moment = datetime(2026, 3, 16, 10, 30, tzinfo=UTC)
    return lambda: moment


MONDAY = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)  # a school day; the clock of ``reg``


@pytest.fixture
def reg(tmp_path: Path):  # type: ignore[no-untyped-def]
    """An open register in ``tmp_path / "R"`` whose clock stands at :data:`MONDAY`."""
    from udens_register.services.register import create_register
    from udens_register.services.register import open_register

    folder = tmp_path / "R"
    create_register(folder, PASSPHRASE, "Zorgcoördinator — M. de Vries", kdf_seconds=FAST_KDF)
    register = open_register(folder, PASSPHRASE, clock=lambda: MONDAY)
    yield register
    register.close()


@pytest.fixture
def register_dir(tmp_path: Path) -> Path:
    """A folder for a fresh register."""
    return tmp_path / "register"


@pytest.fixture
def created(register_dir: Path):  # type: ignore[no-untyped-def]
    """A new, empty register (fast key derivation)."""
    from udens_register.services.register import create_register

    return create_register(register_dir, PASSPHRASE, "Zorgcoördinator — M. de Vries", kdf_seconds=FAST_KDF)


@pytest.fixture
def opened(created, register_dir: Path):  # type: ignore[no-untyped-def]
    """An open register, closed after the test."""
    from udens_register.services.register import open_register

    register = open_register(register_dir, PASSPHRASE)
    yield register
    register.close()


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def contract_of(view: object) -> dict[str, object]:
    """A typed decision view in the decision contract's output shape (persons by register id).

    Tests written against the contract's shape keep their assertions on the typed view this way.
    """
    from udens_register.domain.decisions import ActionKind
    from udens_register.services.decision_view import DecisionView

    assert isinstance(view, DecisionView)
    police = view.of_kind(ActionKind.POLICE)
    return {
        "violation": view.violation,
        "parents": [
            {"person": x.person.id if x.person else None, "mode": x.mode}
            for x in view.of_kind(ActionKind.PARENTS)
        ],
        "police": {
            "involve": bool(police),
            "grounds": [g.value for x in police for g in x.grounds],
            "urgent": any(x.urgent for x in police),
        },
        "victim_guidance": [x.person.id if x.person else None for x in view.of_kind(ActionKind.GUIDANCE)],
        "rules": list(view.rules),
    }
