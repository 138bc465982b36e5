"""Test-wide settings: offscreen Qt, no real user folders, fast key derivation."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from pathlib import Path

import pytest

from udens_register.app import wire

# Before any QApplication exists: without a display Qt would abort the run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("UDENS_REGISTER_PASSPHRASE", None)

# The composition root's wiring (udens_register.app.main does it for the program): the register
# issues its files with reporting's renderer and signer.
wire()

PASSPHRASE = "correct horse battery staple"
FAST_KDF = 0.01  # calibrates to the minimum of 3 Argon2id iterations at 64 MiB
LABEL = "Zorgcoördinator — M. de Vries"


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


@dataclass(frozen=True)
class Template:
    """A register made once per test session (migrated, keyed), and its key as unlocked once.

    Making a register costs two Argon2id derivations and every migration (0.5 to 1 s), opening
    one a third derivation; a copy of this folder costs milliseconds. Tests that need registers
    of their own (two different registers, a creation that fails, a clock at creation) still
    call ``create_register``.
    """

    folder: Path
    recovery_key: str
    unlocked: object  # vault.keyfile.Unlocked: the data key, so a copy opens without a KDF

    def copy_to(self, folder: Path):  # type: ignore[no-untyped-def]
        """A new register in ``folder``: this template's files, modes kept (owner-only)."""
        from udens_register.services.register import Created
        from udens_register.services.register import Location

        shutil.copytree(self.folder, folder)
        return Created(location=Location(folder), recovery_key=self.recovery_key)

    def open(self, folder: Path, **kwargs: object):  # type: ignore[no-untyped-def]
        """Open the copy in ``folder`` with the template's key (no passphrase derivation)."""
        from udens_register.services.register import Location
        from udens_register.services.register import open_with_key
        from udens_register.vault.keyfile import KeyFile

        location = Location(folder)
        return open_with_key(location, KeyFile.load(location.keyfile_path), self.unlocked, **kwargs)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def register_template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """The session's template register (see :class:`Template`)."""
    from udens_register.services.register import create_register
    from udens_register.services.register import unlock

    folder = tmp_path_factory.mktemp("template") / "R"
    created = create_register(folder, PASSPHRASE, LABEL, kdf_seconds=FAST_KDF)
    _keyfile, unlocked = unlock(folder, PASSPHRASE)
    return Template(folder=folder, recovery_key=created.recovery_key, unlocked=unlocked)


@pytest.fixture
def reg(tmp_path: Path, register_template: Template):  # type: ignore[no-untyped-def]
    """An open register in ``tmp_path / "R"`` whose clock stands at :data:`MONDAY`."""
    folder = tmp_path / "R"
    register_template.copy_to(folder)
    register = register_template.open(folder, clock=lambda: MONDAY)
    yield register
    register.close()


@pytest.fixture
def register_dir(tmp_path: Path) -> Path:
    """A folder for a fresh register."""
    return tmp_path / "register"


@pytest.fixture
def created(register_dir: Path, register_template: Template):  # type: ignore[no-untyped-def]
    """A new, empty register (a copy of the session's template)."""
    return register_template.copy_to(register_dir)


@pytest.fixture
def opened(created, register_dir: Path, register_template: Template):  # type: ignore[no-untyped-def]
    """An open register, closed after the test."""
    register = register_template.open(register_dir)
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
