"""The door to one register folder, as the desktop application uses it."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from udens_register.paths import DB_NAME
from udens_register.paths import KEYFILE_NAME
from udens_register.services import making
from udens_register.services import publishing
from udens_register.services.clock import Clock
from udens_register.services.clock import system_clock

if TYPE_CHECKING:
    from udens_register.services.passphrase import Strength
    from udens_register.services.register import OpenRegister

# What opening a register needs (SQLAlchemy, SQLCipher, Argon2, the passphrase rules): imported on
# first use or by preload(), not for the unlock window (the app's first screen shows sooner).
_BEHIND_THE_DOOR = (
    "udens_register.services.register",
    "udens_register.services.backups",
    "udens_register.services.passphrase",
    "udens_register.vault.keyfile",
    "udens_register.vault.recovery",
)


def preload() -> None:
    """Import what opening a register needs, and the renderer and signer, on a background thread
    (the app calls this once its unlock window shows, while the passphrase is typed)."""

    def load() -> None:
        for name in _BEHIND_THE_DOOR:
            importlib.import_module(name)
        publishing.preload()

    threading.Thread(target=load, name="preload-register", daemon=True).start()


class RegisterGateway:
    """Create or open the register in ``folder``; every call may block (run it off the UI thread)."""

    def __init__(
        self, folder: Path, *, clock: Clock = system_clock, kdf_seconds: float | None = None
    ) -> None:
        self.folder = folder
        self._clock = clock
        self._kdf_seconds = kdf_seconds

    def exists(self) -> bool:
        """Whether a register (or part of one) is in the folder (finishing a restore cut short)."""
        if self.folder.is_dir():
            making.finish_interrupted_restore(self.folder)
        return (self.folder / KEYFILE_NAME).exists() or (self.folder / DB_NAME).exists()

    def unfinished(self) -> bool:
        """Whether the folder holds an unfinished register (its making was cut short; it holds nothing)."""
        return making.is_unfinished(self.folder)

    def discard_unfinished(self) -> None:
        """Remove an unfinished register, and any staging folder left over (the app holds the lock)."""
        making.discard_unfinished(self.folder)
        making.tidy(self.folder)

    @staticmethod
    def new_recovery_key() -> str:
        """A fresh recovery key to show before the register is made."""
        from udens_register.vault.recovery import new_recovery_key  # noqa: PLC0415 - see _BEHIND_THE_DOOR

        return new_recovery_key()

    @staticmethod
    def check_passphrase(passphrase: str, context: tuple[str, ...] = ()) -> None:
        """``WeakPassphrase`` (with a suggestion) for a passphrase too short or too easy to guess."""
        from udens_register.services.passphrase import require_strong  # noqa: PLC0415 - see _BEHIND_THE_DOOR
        from udens_register.vault.keyfile import check_passphrase  # noqa: PLC0415

        check_passphrase(passphrase)
        require_strong(passphrase, context=context)

    @staticmethod
    def strength(passphrase: str, context: tuple[str, ...] = ()) -> Strength:
        """How strong a new passphrase is (0-4)."""
        from udens_register.services.passphrase import strength  # noqa: PLC0415 - see _BEHIND_THE_DOOR

        return strength(passphrase, context=context)

    @staticmethod
    def suggest_passphrase() -> str:
        """Four random Dutch words that meet the passphrase rule."""
        from udens_register.services.passphrase import suggest_passphrase  # noqa: PLC0415 - see _BEHIND_THE_DOOR

        return suggest_passphrase()

    def create(self, passphrase: str, label: str, recovery_key: str) -> None:
        """Make the register (the setup wizard's Finish)."""
        from udens_register.services.register import create_register  # noqa: PLC0415 - see _BEHIND_THE_DOOR
        from udens_register.vault.keyfile import DEFAULT_TARGET_SECONDS  # noqa: PLC0415

        create_register(
            self.folder,
            passphrase,
            label,
            kdf_seconds=DEFAULT_TARGET_SECONDS if self._kdf_seconds is None else self._kdf_seconds,
            clock=self._clock,
            recovery_key=recovery_key,
        )

    def open(
        self, secret: str, failed_attempts: int = 0, progress: Callable[[int, int], None] | None = None
    ) -> OpenRegister:
        """Unlock, migrate and open; earlier failed attempts go into the audit trail now.

        ``progress(done, total)``: while a first-edition register's evidence moves into the
        object store (once, at its first open).
        """
        from udens_register.services.register import open_register  # noqa: PLC0415 - see _BEHIND_THE_DOOR

        return open_register(
            self.folder, secret, clock=self._clock, failed_attempts=failed_attempts, progress=progress
        )

    def backup_folder(self, configured: str = "") -> Path:
        """Where automatic backups go: the configured folder, or beside the register."""
        from udens_register.services.backups import automatic_backup_folder  # noqa: PLC0415 - see _BEHIND_THE_DOOR

        return Path(configured) if configured else automatic_backup_folder(self.folder)

    def newest_backup(self, configured: str = "") -> Path | None:
        """The newest automatic backup, to offer when the register is damaged."""
        from udens_register.services.backups import newest_backup  # noqa: PLC0415 - see _BEHIND_THE_DOOR

        return newest_backup(self.backup_folder(configured))

    def restore(self, backup: Path, secret: str) -> Path | None:
        """Restore ``backup`` over the register in this folder, keeping a safety copy."""
        from udens_register.services.backups import restore_backup  # noqa: PLC0415 - see _BEHIND_THE_DOOR

        return restore_backup(backup, self.folder, secret, replace_existing=True)
