"""One passphrase rule (12 characters and a zxcvbn score of at least 3) wherever a passphrase is
made: init, demo, keys add, keys passwd, the services under the app; refused with four random words."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from tests.integration.test_cli import run
from udens_register.domain.errors import WeakPassphrase
from udens_register.services.keys import KeyService
from udens_register.services.passphrase import require_strong
from udens_register.services.passphrase import strength
from udens_register.services.passphrase import suggest_passphrase
from udens_register.services.register import create_register

WEAK = ["wachtwoord12", "welkom123456", "udenscollege1", "aaaaaaaaaaaa", "123456789012", "qwertyuiop12"]


@pytest.mark.parametrize("weak", WEAK)
def test_weak_passphrases_are_refused_with_a_suggestion(weak: str) -> None:
    with pytest.raises(WeakPassphrase) as caught:
        require_strong(weak)
    words = caught.value.suggestion.split("-")
    assert len(words) == 4 and all(w.isalpha() for w in words)


def test_suggestions_meet_the_rule_and_differ() -> None:
    suggestions = {suggest_passphrase() for _ in range(20)}
    assert len(suggestions) == 20
    assert all(strength(s).acceptable and strength(s).score >= 3 for s in suggestions)


def test_the_coordinators_own_label_counts_as_known() -> None:
    assert strength("devriesmarja").acceptable
    assert not strength("devriesmarja", context=("Zorgcoördinator — Marja de Vries",)).acceptable


def test_init_refuses_wachtwoord12_from_the_environment(tmp_path: Path) -> None:
    folder = tmp_path / "R"
    result = run("--data-dir", str(folder), "init", passphrase="wachtwoord12")
    assert result.returncode == 2
    assert "te makkelijk te raden" in result.stderr and "bijvoorbeeld:" in result.stderr
    assert "wachtwoord12" not in result.stdout + result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not folder.exists(), "nothing written"


@pytest.mark.slow
def test_init_refuses_wachtwoord12_on_standard_input_before_asking_again(tmp_path: Path) -> None:
    folder = tmp_path / "R"
    result = run("--data-dir", str(folder), "init", passphrase=None, stdin="wachtwoord12\nwachtwoord12\n")
    assert result.returncode == 2 and "te makkelijk te raden" in result.stderr
    assert not folder.exists()
    english = run("--data-dir", str(folder), "--lang", "en", "init", passphrase="wachtwoord12")
    assert english.returncode == 2 and "too easy to guess" in english.stderr


def test_demo_refuses_a_weak_passphrase(tmp_path: Path) -> None:
    folder = tmp_path / "D"
    result = run("--data-dir", str(folder), "demo", passphrase="welkom123456")
    assert result.returncode == 2 and not folder.exists()


@pytest.mark.slow
def test_keys_add_and_passwd_refuse_weak_passphrases(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "R"
    create_register(folder, PASSPHRASE, "Zorg — T. Test", kdf_seconds=FAST_KDF)
    before = (folder / "register.keys").read_bytes()
    add = run("--data-dir", str(folder), "keys", "add", "--label", "Mentor", stdin="wachtwoord12\n")
    assert add.returncode == 2 and "te makkelijk te raden" in add.stderr
    monkeypatch.setenv("UDENS_REGISTER_NEW_PASSPHRASE", "wachtwoord12")
    passwd = run("--data-dir", str(folder), "keys", "passwd")
    assert passwd.returncode == 2 and "te makkelijk te raden" in passwd.stderr
    assert (folder / "register.keys").read_bytes() == before, "no key slot changed"


def test_the_services_refuse_too(reg) -> None:  # type: ignore[no-untyped-def]
    keys = KeyService(reg, kdf_seconds=FAST_KDF)
    with pytest.raises(WeakPassphrase):
        keys.add("wachtwoord12", "Mentor")
    with pytest.raises(WeakPassphrase):
        keys.change_passphrase("wachtwoord12")
    assert len(keys.list()) == 2
