"""Key slots: a random data key, stored only wrapped per passphrase or recovery key."""

from udens_register.vault.keyfile import (
    MIN_ITERATIONS,
    MIN_MEMORY_KIB,
    MIN_PASSPHRASE_LENGTH,
    KdfParams,
    KeyFile,
    Slot,
    calibrate,
    check_passphrase,
)
from udens_register.vault.recovery import format_recovery_key, new_recovery_key, normalise_recovery_key

__all__ = [
    "MIN_ITERATIONS",
    "MIN_MEMORY_KIB",
    "MIN_PASSPHRASE_LENGTH",
    "KdfParams",
    "KeyFile",
    "Slot",
    "calibrate",
    "check_passphrase",
    "format_recovery_key",
    "new_recovery_key",
    "normalise_recovery_key",
]
