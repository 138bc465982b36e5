"""The key file: the data key wrapped with AES-256-GCM once per slot.

A passphrase slot derives its wrapping key with Argon2id (own salt, >= 64 MiB, iterations
calibrated at creation, never below 3); the recovery slot uses HKDF, because the recovery
key itself carries 160 random bits. Every slot's parameters and the register id are the
AES-GCM associated data, so a changed parameter makes the slot fail instead of weakening
it. The file is written atomically (temporary file, fsync, rename, fsync of the folder),
and holds no names: coordinator labels live inside the encrypted database.

The file is binary on purpose: a text encoding of random bytes (base64, hex) spells short
words and numbers by chance, and the key file must never look as if it held case content.
Layout (big-endian)::

    magic "UDRKEYS\0" | version u16 | register id 16 B | slot count u16 | slots...
    slot: id 6 B | kind u8 | kdf u8 | salt 16 B | iterations u32 | memory KiB u32 |
          lanes u8 | nonce 12 B | wrapped length u16 | wrapped
"""

from __future__ import annotations

import secrets
import struct
import time
import uuid
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from udens_register.domain.errors import LastSlot
from udens_register.domain.errors import NoRegister
from udens_register.domain.errors import RegisterDamaged
from udens_register.domain.errors import WeakPassphrase
from udens_register.domain.errors import WrongPassphrase
from udens_register.vault.files import atomic_write
from udens_register.vault.recovery import normalise_recovery_key

MAGIC = b"UDRKEYS\x00"
VERSION = 1
SALT_BYTES = 16
_U16 = struct.Struct(">H")
_KDF = struct.Struct(">B16sIIB")
_SLOT = struct.Struct(f">6sB{_KDF.size}s12s")
KEY_BYTES = 32
MIN_PASSPHRASE_LENGTH = 12
MIN_ITERATIONS = 3
MIN_MEMORY_KIB = 64 * 1024
DEFAULT_LANES = 4
DEFAULT_TARGET_SECONDS = 0.75
MAX_ITERATIONS = 200

KIND_PASSPHRASE = "passphrase"
KIND_RECOVERY = "recovery"
_KIND_CODES = {KIND_PASSPHRASE: 1, KIND_RECOVERY: 2}
_KDF_CODES = {"argon2id": 1, "hkdf-sha256": 2}


def check_passphrase(passphrase: str) -> None:
    """Refuse a passphrase that is too short to be a new slot's secret."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(f"at least {MIN_PASSPHRASE_LENGTH} characters")


@dataclass(frozen=True)
class KdfParams:
    """How a slot turns its secret into a wrapping key."""

    name: str  # "argon2id" | "hkdf-sha256"
    salt: bytes
    iterations: int = 0
    memory_kib: int = 0
    lanes: int = 0

    def pack(self) -> bytes:
        """Binary form (part of the slot's authenticated data)."""
        if len(self.salt) != SALT_BYTES:
            raise ValueError("salt must be 16 bytes")
        return _KDF.pack(_KDF_CODES[self.name], self.salt, self.iterations, self.memory_kib, self.lanes)

    @classmethod
    def unpack(cls, raw: bytes) -> KdfParams:
        """Parse and sanity-check; raises ``RegisterDamaged`` on anything odd."""
        code, salt, iterations, memory_kib, lanes = _KDF.unpack(raw)
        names = {v: k for k, v in _KDF_CODES.items()}
        if code not in names:
            raise RegisterDamaged("unknown key derivation")
        params = cls(names[code], salt, iterations, memory_kib, lanes)
        # Weakened parameters are tampering: refuse rather than derive cheaply.
        if params.name == "argon2id" and (
            iterations < MIN_ITERATIONS or memory_kib < MIN_MEMORY_KIB or lanes < 1
        ):
            raise RegisterDamaged("key slot parameters below the minimum")
        return params

    def derive(self, secret: bytes) -> bytes:
        """The 256-bit wrapping key for ``secret``."""
        if self.name == "argon2id":
            return Argon2id(
                salt=self.salt,
                length=KEY_BYTES,
                iterations=self.iterations,
                lanes=self.lanes,
                memory_cost=self.memory_kib,
            ).derive(secret)
        return HKDF(
            algorithm=hashes.SHA256(), length=KEY_BYTES, salt=self.salt, info=b"udens-register recovery"
        ).derive(secret)


_calibrated: dict[tuple[int, float], int] = {}


def calibrate(target_seconds: float = DEFAULT_TARGET_SECONDS, memory_kib: int = MIN_MEMORY_KIB) -> int:
    """Argon2id iterations so that one derivation takes about ``target_seconds`` here.

    Measured once per process and parameter pair; never below :data:`MIN_ITERATIONS`.
    """
    cache_key = (memory_kib, target_seconds)
    if cache_key in _calibrated:
        return _calibrated[cache_key]

    def timed(iterations: int) -> float:
        probe = KdfParams("argon2id", secrets.token_bytes(SALT_BYTES), iterations, memory_kib, DEFAULT_LANES)
        start = time.perf_counter()
        probe.derive(b"calibration")
        return time.perf_counter() - start

    def clamp(value: float) -> int:
        return max(MIN_ITERATIONS, min(MAX_ITERATIONS, round(value)))

    # A first guess from the minimum, then one measured correction: the fixed cost of
    # allocating the memory makes a straight extrapolation from 3 iterations undershoot.
    iterations = clamp(target_seconds / max(timed(MIN_ITERATIONS) / MIN_ITERATIONS, 1e-4))
    if iterations > MIN_ITERATIONS:
        iterations = clamp(iterations * target_seconds / max(timed(iterations), 1e-4))
    _calibrated[cache_key] = iterations
    return iterations


@dataclass(frozen=True)
class Slot:
    """One wrapped copy of the data key."""

    id: str  # 12 hex digits
    kind: str
    kdf: KdfParams
    nonce: bytes
    wrapped: bytes

    def header(self) -> bytes:
        """Everything of the slot except the wrapped key."""
        return _SLOT.pack(bytes.fromhex(self.id), _KIND_CODES[self.kind], self.kdf.pack(), self.nonce)

    def aad(self, register_id: str) -> bytes:
        """Associated data binding the slot's parameters to this register."""
        return MAGIC + _U16.pack(VERSION) + bytes.fromhex(register_id) + self.header()

    def pack(self) -> bytes:
        """Binary form."""
        return self.header() + _U16.pack(len(self.wrapped)) + self.wrapped


def _wrap(register_id: str, kind: str, kdf: KdfParams, secret: bytes, data_key: bytes) -> Slot:
    slot = Slot(id=secrets.token_hex(6), kind=kind, kdf=kdf, nonce=secrets.token_bytes(12), wrapped=b"")
    wrapping_key = kdf.derive(secret)
    wrapped = AESGCM(wrapping_key).encrypt(slot.nonce, data_key, slot.aad(register_id))
    return replace(slot, wrapped=wrapped)


def _passphrase_kdf(target_seconds: float) -> KdfParams:
    return KdfParams(
        "argon2id",
        secrets.token_bytes(16),
        calibrate(target_seconds),
        MIN_MEMORY_KIB,
        DEFAULT_LANES,
    )


@dataclass(frozen=True)
class Unlocked:
    """The result of a successful unlock: the data key and which slot opened it."""

    data_key: bytes = field(repr=False)
    slot_id: str
    slot_kind: str


@dataclass(frozen=True)
class KeyFile:
    """The parsed key file of one register."""

    register_id: str
    slots: tuple[Slot, ...]

    # -- creation ---------------------------------------------------------------------
    @classmethod
    def create(
        cls, passphrase: str, recovery_key: str, *, target_seconds: float = DEFAULT_TARGET_SECONDS
    ) -> tuple[KeyFile, bytes]:
        """A new key file with one passphrase slot and one recovery slot.

        Returns:
            The key file and the fresh data key.
        """
        check_passphrase(passphrase)
        normalised = normalise_recovery_key(recovery_key)
        if normalised is None:
            raise ValueError("not a recovery key")
        data_key = secrets.token_bytes(KEY_BYTES)
        register_id = uuid.uuid4().hex
        slots = (
            _wrap(
                register_id, KIND_PASSPHRASE, _passphrase_kdf(target_seconds), passphrase.encode(), data_key
            ),
            _wrap(
                register_id,
                KIND_RECOVERY,
                KdfParams("hkdf-sha256", secrets.token_bytes(16)),
                normalised.encode(),
                data_key,
            ),
        )
        return cls(register_id, slots), data_key

    # -- reading and writing ------------------------------------------------------------
    @classmethod
    def load(cls, path: Path) -> KeyFile:
        """Read a key file; ``NoRegister`` if missing, ``RegisterDamaged`` if malformed."""
        try:
            raw = path.read_bytes()
        except FileNotFoundError as exc:
            raise NoRegister(str(path)) from exc
        except OSError as exc:
            raise RegisterDamaged("key file unreadable") from exc
        return cls.from_bytes(raw)

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        """Parse the binary form; ``RegisterDamaged`` if it is not a whole key file."""
        try:
            if raw[: len(MAGIC)] != MAGIC:
                raise RegisterDamaged("not a key file")
            offset = len(MAGIC)
            (version,) = _U16.unpack_from(raw, offset)
            offset += _U16.size
            if version != VERSION:
                raise RegisterDamaged("unknown key file version")
            register_id = raw[offset : offset + 16].hex()
            offset += 16
            (count,) = _U16.unpack_from(raw, offset)
            offset += _U16.size
            slots = []
            kinds = {v: k for k, v in _KIND_CODES.items()}
            for _ in range(count):
                slot_id, kind, kdf_raw, nonce = _SLOT.unpack_from(raw, offset)
                offset += _SLOT.size
                (length,) = _U16.unpack_from(raw, offset)
                offset += _U16.size
                wrapped = raw[offset : offset + length]
                offset += length
                if len(wrapped) != length or kind not in kinds:
                    raise RegisterDamaged("key file truncated")
                slots.append(Slot(slot_id.hex(), kinds[kind], KdfParams.unpack(kdf_raw), nonce, wrapped))
            if offset != len(raw):
                raise RegisterDamaged("key file has trailing bytes")
            return cls(register_id, tuple(slots))
        except struct.error as exc:
            raise RegisterDamaged("key file truncated") from exc

    def to_bytes(self) -> bytes:
        """Binary form."""
        parts = [MAGIC, _U16.pack(VERSION), bytes.fromhex(self.register_id), _U16.pack(len(self.slots))]
        parts += [slot.pack() for slot in self.slots]
        return b"".join(parts)

    def save(self, path: Path) -> None:
        """Write atomically: temporary file, fsync, rename, fsync of the folder."""
        atomic_write(path, self.to_bytes())

    # -- unlocking --------------------------------------------------------------------
    def unlock(self, secret: str) -> Unlocked:
        """Open the data key with a passphrase or the recovery key.

        Raises:
            WrongPassphrase: no slot accepts the secret.
        """
        recovery = normalise_recovery_key(secret)
        candidates: list[tuple[Slot, bytes]] = []
        if recovery is not None:
            candidates += [(s, recovery.encode()) for s in self.slots if s.kind == KIND_RECOVERY]
        candidates += [(s, secret.encode()) for s in self.slots if s.kind == KIND_PASSPHRASE]
        for slot, material in candidates:
            try:
                key = AESGCM(slot.kdf.derive(material)).decrypt(
                    slot.nonce, slot.wrapped, slot.aad(self.register_id)
                )
            except InvalidTag:
                continue
            return Unlocked(data_key=key, slot_id=slot.id, slot_kind=slot.kind)
        raise WrongPassphrase()

    # -- changing slots ---------------------------------------------------------------
    def with_passphrase_slot(
        self, data_key: bytes, passphrase: str, *, target_seconds: float = DEFAULT_TARGET_SECONDS
    ) -> tuple[KeyFile, Slot]:
        """A copy with one more passphrase slot."""
        check_passphrase(passphrase)
        slot = _wrap(
            self.register_id, KIND_PASSPHRASE, _passphrase_kdf(target_seconds), passphrase.encode(), data_key
        )
        return replace(self, slots=(*self.slots, slot)), slot

    def with_recovery_key(self, data_key: bytes, recovery_key: str) -> KeyFile:
        """A copy whose recovery slot opens with ``recovery_key`` (the old one is replaced)."""
        normalised = normalise_recovery_key(recovery_key)
        if normalised is None:
            raise ValueError("not a recovery key")
        slot = _wrap(
            self.register_id,
            KIND_RECOVERY,
            KdfParams("hkdf-sha256", secrets.token_bytes(16)),
            normalised.encode(),
            data_key,
        )
        return replace(self, slots=(*(s for s in self.slots if s.kind != KIND_RECOVERY), slot))

    def without_slot(self, slot_id: str) -> KeyFile:
        """A copy without ``slot_id``; refuses to remove the last passphrase slot."""
        remaining = tuple(s for s in self.slots if s.id != slot_id)
        if len(remaining) == len(self.slots):
            raise KeyError(slot_id)
        if not any(s.kind == KIND_PASSPHRASE for s in remaining):
            raise LastSlot()
        return replace(self, slots=remaining)

    def passphrase_slots(self) -> tuple[Slot, ...]:
        """The coordinators' slots."""
        return tuple(s for s in self.slots if s.kind == KIND_PASSPHRASE)
