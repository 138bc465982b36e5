"""Key slots: wrapping, unlocking, tampering, atomic writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from udens_register.domain.errors import LastSlot
from udens_register.domain.errors import RegisterDamaged
from udens_register.domain.errors import WeakPassphrase
from udens_register.domain.errors import WrongPassphrase
from udens_register.vault.keyfile import KIND_PASSPHRASE
from udens_register.vault.keyfile import KIND_RECOVERY
from udens_register.vault.keyfile import MIN_ITERATIONS
from udens_register.vault.keyfile import MIN_MEMORY_KIB
from udens_register.vault.keyfile import KeyFile
from udens_register.vault.keyfile import calibrate
from udens_register.vault.recovery import new_recovery_key
from udens_register.vault.recovery import normalise_recovery_key


@pytest.fixture(scope="module")
def made() -> tuple[KeyFile, bytes, str]:
    recovery = new_recovery_key()
    keyfile, key = KeyFile.create(PASSPHRASE, recovery, target_seconds=FAST_KDF)
    return keyfile, key, recovery


def test_passphrase_and_recovery_key_open_the_same_data_key(made: tuple[KeyFile, bytes, str]) -> None:
    keyfile, key, recovery = made
    assert keyfile.unlock(PASSPHRASE).data_key == key
    opened = keyfile.unlock(recovery.lower().replace("-", " "))
    assert opened.data_key == key and opened.slot_kind == KIND_RECOVERY
    assert len(key) == 32


def test_wrong_secret_is_refused(made: tuple[KeyFile, bytes, str]) -> None:
    with pytest.raises(WrongPassphrase):
        made[0].unlock("not the passphrase at all")
    with pytest.raises(WrongPassphrase):
        made[0].unlock(new_recovery_key())


def test_slot_parameters_meet_the_minimum(made: tuple[KeyFile, bytes, str]) -> None:
    slot = made[0].passphrase_slots()[0]
    assert slot.kdf.name == "argon2id"
    assert slot.kdf.iterations >= MIN_ITERATIONS
    assert slot.kdf.memory_kib >= MIN_MEMORY_KIB
    assert len(slot.kdf.salt) == 16


def test_short_passphrase_refused() -> None:
    with pytest.raises(WeakPassphrase):
        KeyFile.create("elevenchars", new_recovery_key(), target_seconds=FAST_KDF)


def test_round_trip_through_bytes(made: tuple[KeyFile, bytes, str], tmp_path: Path) -> None:
    path = tmp_path / "k"
    made[0].save(path)
    again = KeyFile.load(path)
    assert again == made[0]
    assert again.unlock(PASSPHRASE).data_key == made[1]
    assert [p.name for p in tmp_path.iterdir()] == ["k"], "no temporary file left behind"


def test_weakened_iterations_are_detected_not_used(made: tuple[KeyFile, bytes, str]) -> None:
    raw = bytearray(made[0].to_bytes())
    slot = made[0].passphrase_slots()[0]
    # iterations live right after the 6-byte id, kind, kdf code and 16-byte salt of slot 1
    start = 8 + 2 + 16 + 2 + 6 + 1 + 1 + 16
    assert int.from_bytes(raw[start : start + 4], "big") == slot.kdf.iterations
    raw[start : start + 4] = (1).to_bytes(4, "big")
    with pytest.raises(RegisterDamaged):
        KeyFile.from_bytes(bytes(raw))
    raw[start : start + 4] = (slot.kdf.iterations + 1).to_bytes(4, "big")
    with pytest.raises(WrongPassphrase):  # authenticated: a changed parameter fails the slot
        KeyFile.from_bytes(bytes(raw)).unlock(PASSPHRASE)


@pytest.mark.parametrize("cut", [0, 5, 12, 40, -1])
def test_truncated_or_foreign_file_is_damaged(made: tuple[KeyFile, bytes, str], cut: int) -> None:
    raw = made[0].to_bytes()
    with pytest.raises(RegisterDamaged):
        KeyFile.from_bytes(raw[:cut] if cut else b"{}")


def test_add_and_remove_slots(made: tuple[KeyFile, bytes, str]) -> None:
    keyfile, key, _ = made
    bigger, slot = keyfile.with_passphrase_slot(key, "second coordinator pass", target_seconds=FAST_KDF)
    assert bigger.unlock("second coordinator pass").slot_id == slot.id
    smaller = bigger.without_slot(keyfile.passphrase_slots()[0].id)
    with pytest.raises(WrongPassphrase):
        smaller.unlock(PASSPHRASE)
    assert smaller.unlock("second coordinator pass").data_key == key
    with pytest.raises(LastSlot):
        smaller.without_slot(slot.id)


def test_renewed_recovery_key_replaces_the_old(made: tuple[KeyFile, bytes, str]) -> None:
    keyfile, key, old = made
    fresh = new_recovery_key()
    renewed = keyfile.with_recovery_key(key, fresh)
    assert renewed.unlock(fresh).data_key == key
    with pytest.raises(WrongPassphrase):
        renewed.unlock(old)
    assert sum(s.kind == KIND_RECOVERY for s in renewed.slots) == 1
    assert sum(s.kind == KIND_PASSPHRASE for s in renewed.slots) == 1


def test_recovery_key_format() -> None:
    key = new_recovery_key()
    groups = key.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert normalise_recovery_key(key) == key.replace("-", "")
    assert normalise_recovery_key("too short") is None
    assert len(set(new_recovery_key() for _ in range(50))) == 50


def test_calibration_never_below_minimum() -> None:
    assert calibrate(0.0001) == MIN_ITERATIONS
    assert calibrate(0.5) >= MIN_ITERATIONS
