"""What the commands that reach a register share: opening it (moving a first-edition register's
evidence with its progress shown), a new passphrase asked twice, the key derivation's time, the
automatic backup folder. Loaded with a command, never for ``--help``."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from udens_register.cli.console import EXIT_USAGE
from udens_register.cli.console import KDF_SECONDS_ENV
from udens_register.cli.console import PASSPHRASE_ENV
from udens_register.cli.console import Console
from udens_register.cli.console import UsageError
from udens_register.domain.errors import NoRegister
from udens_register.paths import default_config_dir
from udens_register.services import making
from udens_register.services.backups import automatic_backup_folder
from udens_register.services.passphrase import require_strong
from udens_register.services.register import Location
from udens_register.services.register import OpenRegister
from udens_register.services.register import open_register
from udens_register.services.settings import SettingsStore
from udens_register.vault.keyfile import DEFAULT_TARGET_SECONDS
from udens_register.wording import message


def kdf_seconds() -> float:
    """How long unlocking a key slot should take (``UDENS_REGISTER_KDF_SECONDS``, for tests)."""
    raw = os.environ.get(KDF_SECONDS_ENV, "")
    try:
        return min(5.0, max(0.05, float(raw))) if raw else DEFAULT_TARGET_SECONDS
    except ValueError:
        return DEFAULT_TARGET_SECONDS


def new_passphrase(cli: Console, env: str = PASSPHRASE_ENV) -> str:
    """A new passphrase, asked twice unless it comes from the environment variable ``env``."""
    secret = os.environ.get(env)
    if secret:
        return secret
    first = cli.read_secret("new_passphrase_prompt")
    require_strong(first)  # refused before it is asked again
    if cli.read_secret("repeat_passphrase_prompt") != first:
        raise UsageError(message("passphrase_mismatch", cli.lang))
    return first


def progress_printer(cli: Console) -> Callable[[int, int], None]:
    """Prints how far the move of a first-edition register's evidence is (every 5 % and the end)."""
    shown = {"step": -1}

    def show(done: int, total: int) -> None:
        step = done * 20 // max(total, 1)
        if step != shown["step"] or done == total:
            shown["step"] = step
            cli.say("moving_evidence", done=done, total=total)

    return show


def require_register(folder: Path) -> None:
    """A command on a folder without a register stops here, before a passphrase is asked."""
    if not Location(folder).keyfile_path.exists():
        raise NoRegister(str(folder))


def open_for(cli: Console, folder: Path) -> OpenRegister:
    """Open the register as every command does: its passphrase asked, old evidence moved with progress."""
    require_register(folder)
    return open_register(folder, cli.existing_secret(), progress=progress_printer(cli))


def clear_unfinished(cli: Console, folder: Path) -> None:
    """An unfinished register (its making was cut short) holds nothing: making a new one removes it."""
    if making.discard_unfinished(folder):
        cli.say("unfinished_removed", folder=folder)


def automatic_folder(folder: Path) -> Path:
    """The automatic backup folder, as the app has it: the settings' folder, or beside the register."""
    configured = SettingsStore(default_config_dir()).load().backup_folder
    return Path(configured).expanduser() if configured else automatic_backup_folder(folder)


def refuse_read_only_pdf(cli: Console, folder: Path) -> int:
    """A signed PDF that leaves the register must be in its disclosure log (who got which file, its
    SHA-256), and a read-only register cannot take the entry: refused, not made unlogged, so every
    issued file can still be checked with verify-pdf."""
    cli.say("read_only_pdf", folder=folder)
    return EXIT_USAGE
