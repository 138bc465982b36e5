"""Backups on the command line: ``backup --to`` (an incremental snapshot) or ``-o`` (one file),
and ``restore``."""

from __future__ import annotations

import argparse
from pathlib import Path

from udens_register.cli.console import EXIT_OK
from udens_register.cli.console import EXIT_USAGE
from udens_register.cli.console import Console
from udens_register.cli.opening import clear_unfinished
from udens_register.cli.opening import open_for
from udens_register.cli.opening import require_register
from udens_register.services.backups import restore_backup
from udens_register.services.register import Location


def cmd_backup(cli: Console, folder: Path, args: argparse.Namespace) -> int:
    """``backup --to FOLDER`` (an incremental snapshot) or ``backup -o FILE`` (one file, in parts)."""
    require_register(folder)
    if args.to is not None:
        with open_for(cli, folder) as register:
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
    with open_for(cli, folder) as register:
        written = register.backup(target)
    cli.say("backup_done", file=target, size=max(1, written.size // 1024))
    if written.parts > 1:
        cli.say("backup_parts", parts=written.parts, file=target.name)
    return EXIT_OK


def cmd_restore(cli: Console, folder: Path, args: argparse.Namespace) -> int:
    """``restore SOURCE [--snapshot NAME] [--replace]``: a backup folder, a snapshot or a file."""
    source: Path = args.file.expanduser()
    if not source.exists():
        cli.say("cannot_read", file=source)
        return EXIT_USAGE
    clear_unfinished(cli, folder)
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
