"""Key slots: a random data key, stored only wrapped per passphrase or recovery key."""

from udens_register.vault.keyfile import MIN_ITERATIONS
from udens_register.vault.keyfile import MIN_MEMORY_KIB
from udens_register.vault.keyfile import MIN_PASSPHRASE_LENGTH
from udens_register.vault.keyfile import KdfParams
from udens_register.vault.keyfile import KeyFile
from udens_register.vault.keyfile import Slot
from udens_register.vault.keyfile import calibrate
from udens_register.vault.keyfile import check_passphrase
from udens_register.vault.recovery import format_recovery_key
from udens_register.vault.recovery import new_recovery_key
from udens_register.vault.recovery import normalise_recovery_key

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
