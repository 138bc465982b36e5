"""The command line's backups: ``backup --to`` / ``-o``, ``restore``, and what a purge or a removed
coordinator means for the backups. Kept apart from :mod:`udens_register.cli` so it stays small."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from udens_register import cli_evidence
from udens_register.domain.errors import NoRegister
from udens_register.paths import default_config_dir
from udens_register.services.backups import automatic_backup_folder
from udens_register.services.backups import restore_backup
from udens_register.services.register import Location
from udens_register.services.register import OpenRegister
from udens_register.services.register import open_register
from udens_register.services.retention import DuePupil
from udens_register.services.settings import SettingsStore
from udens_register.wording import message
from udens_register.wording.dates import fmt_date

if TYPE_CHECKING:
    from udens_register.cli import Cli

EXIT_OK, EXIT_USAGE = 0, 2


def automatic_folder(folder: Path) -> Path:
    """The automatic backup folder, as the app has it: the settings' folder, or beside the register."""
    configured = SettingsStore(default_config_dir()).load().backup_folder
    return Path(configured).expanduser() if configured else automatic_backup_folder(folder)


def cmd_backup(cli: Cli, folder: Path, args: argparse.Namespace) -> int:
    """``backup --to FOLDER`` (an incremental snapshot) or ``backup -o FILE`` (one file, in parts)."""
    if not Location(folder).keyfile_path.exists():
        raise NoRegister(str(folder))
    if args.to is not None:
        with open_register(
            folder, cli.existing_secret(), progress=cli_evidence.progress_printer(cli)
        ) as register:
            made = register.automatic_backup(args.to.expanduser())
        cli.say(
            "snapshot_done",
            name=made.snapshot.name,
            folder=made.snapshot.folder,
            size=max(1, made.copied_bytes // 1024),
            removed=len(made.removed),
        )
        return EXIT_OK
    target: Path = args.output.expanduser()
    if not target.parent.is_dir():
        cli.say("folder_missing", folder=target.parent)
        return EXIT_USAGE
    with open_register(
        folder, cli.existing_secret(), progress=cli_evidence.progress_printer(cli)
    ) as register:
        written = register.backup(target)
    cli.say("backup_done", file=target, size=max(1, written.size // 1024))
    if written.parts > 1:
        cli.say("backup_parts", parts=written.parts, file=target.name)
    return EXIT_OK


def cmd_restore(cli: Cli, folder: Path, args: argparse.Namespace) -> int:
    """``restore SOURCE [--snapshot NAME] [--replace]``: a backup folder, a snapshot or a file."""
    source: Path = args.file.expanduser()
    if not source.exists():
        cli.say("cannot_read", file=source)
        return EXIT_USAGE
    cli.clear_unfinished(folder)
    if Location(folder).exists() and not args.replace:
        cli.say("restore_needs_replace", folder=folder)
        return EXIT_USAGE
    safety = restore_backup(
        source, folder, cli.existing_secret(), replace_existing=args.replace, snapshot=args.snapshot
    )
    cli.say("restored", folder=folder)
    if safety is not None:
        cli.say("restore_safety", folder=safety)
    return EXIT_OK


def backups_after_purge(
    cli: Cli, register: OpenRegister, folder: Path, case_numbers: list[str], remove: bool
) -> None:
    """Say which backups still hold the purged cases; remove them when asked (a new one first)."""
    if not case_numbers:
        return
    home = automatic_folder(folder)
    holding = register.backups_holding(case_numbers, home)
    if not holding:
        return
    names = ", ".join(h.snapshot.name for h in holding[:5]) + (" …" if len(holding) > 5 else "")
    if not remove:
        cli.say("purge_backups_hold", count=len(holding), names=names)
        return
    removed = register.remove_backups_holding(holding, home)
    cli.say("purge_backups_removed", count=removed)


def print_pupils_due(cli: Cli, pupils: list[DuePupil]) -> int:
    """List the pupils who left the school before the term's start (student number and leaving day,
    no names); returns how many can be deleted now."""
    for p in pupils:
        state = message("pupil_held", cli.lang) if p.held else ""
        number = p.student_number or "—"
        print(message("pupil_due", cli.lang, number=number, left=fmt_date(p.left_on), state=state).rstrip(),
              file=cli.stdout)  # fmt: skip
    return sum(not p.held for p in pupils)
