"""The register itself on the command line: ``init``, ``demo``, ``verify`` and ``keys``."""

from __future__ import annotations

import argparse
from pathlib import Path

from udens_register.cli.console import EXIT_OK
from udens_register.cli.console import EXIT_PROBLEMS
from udens_register.cli.console import NEW_PASSPHRASE_ENV
from udens_register.cli.console import Console
from udens_register.cli.opening import automatic_folder
from udens_register.cli.opening import clear_unfinished
from udens_register.cli.opening import kdf_seconds
from udens_register.cli.opening import new_passphrase
from udens_register.cli.opening import open_for
from udens_register.cli.opening import require_register
from udens_register.domain.errors import RegisterExists
from udens_register.services.demo import DemoClock
from udens_register.services.demo import fill_demo
from udens_register.services.keys import KeyService
from udens_register.services.register import Location
from udens_register.services.register import create_register
from udens_register.services.verify import verify_register
from udens_register.wording import checks_words
from udens_register.wording import message
from udens_register.wording import verify_problem_words


def cmd_init(cli: Console, folder: Path, args: argparse.Namespace) -> int:
    """``init``: a new, empty register; its recovery key on standard output."""
    clear_unfinished(cli, folder)
    if Location(folder).exists():
        raise RegisterExists(str(folder))
    created = create_register(folder, new_passphrase(cli), args.label, kdf_seconds=kdf_seconds())
    cli.say("created", folder=folder)
    print(message("recovery_key", cli.lang, key=created.recovery_key), file=cli.stdout)
    return EXIT_OK


def cmd_demo(cli: Console, folder: Path, args: argparse.Namespace) -> int:
    """``demo``: a register full of fictional cases, each recorded on its own dates."""
    clear_unfinished(cli, folder)
    if Location(folder).exists():
        raise RegisterExists(str(folder))
    passphrase = new_passphrase(cli)
    counts: list[int] = []
    clock = DemoClock()  # each case is recorded on its own dates
    # Filled before it is moved in: a demo cut short leaves no half-filled register behind.
    created = create_register(
        folder,
        passphrase,
        args.label,
        kdf_seconds=kdf_seconds(),
        clock=clock,
        fill=lambda r: counts.extend(fill_demo(r, clock=clock)),
    )
    persons, incidents = counts
    cli.say("demo_done", folder=folder, persons=persons, incidents=incidents)
    print(message("recovery_key", cli.lang, key=created.recovery_key), file=cli.stdout)
    return EXIT_OK


def cmd_verify(cli: Console, folder: Path, args: argparse.Namespace) -> int:
    """``verify [--repair]``: exit 0 when healthy, 1 with the problems listed."""
    require_register(folder)
    report = verify_register(folder, cli.existing_secret(), repair=args.repair)
    if report.repaired:
        cli.say("verify_repaired", count=len(report.repaired))
    if report.healthy:
        cli.say("verify_ok", checks=checks_words(report.checks, report.objects_checked, cli.lang))
        return EXIT_OK
    cli.say("verify_problems", count=len(report.problems))
    for finding in report.findings[:50]:
        if finding.code == "images":
            line = message("verify_images", cli.lang, **finding.values)
        else:
            line = verify_problem_words(finding.code, finding.values, cli.lang)
        print(f"  - {line}", file=cli.stderr)
    return EXIT_PROBLEMS


def cmd_keys(cli: Console, folder: Path, args: argparse.Namespace) -> int:
    """``keys list|add|remove|passwd|recovery``: the coordinators' key slots."""
    with open_for(cli, folder) as register:
        keys = KeyService(register, kdf_seconds=kdf_seconds(), backup_folder=automatic_folder(folder))
        if args.keys_command == "list":
            for slot in keys.list():
                mark = " *" if slot.is_current else ""
                print(f"{slot.slot_id}  {slot.kind:<10}  {slot.label}{mark}", file=cli.stdout)
        elif args.keys_command == "add":
            slot = keys.add(new_passphrase(cli, NEW_PASSPHRASE_ENV), args.label)
            register.audit.record("key_added")
            cli.say("key_added", slot=slot.slot_id)
        elif args.keys_command == "remove":
            reach = keys.remove(args.slot)
            cli.say("key_removed", slot=args.slot)
            cli.say("key_removed_backups", rewritten=reach.rewritten, unreachable=reach.unreachable)
        elif args.keys_command == "passwd":
            keys.change_passphrase(new_passphrase(cli, NEW_PASSPHRASE_ENV))
            cli.say("passphrase_changed")
        elif args.keys_command == "recovery":
            recovery = keys.renew_recovery_key()
            print(message("recovery_key", cli.lang, key=recovery), file=cli.stdout)
    return EXIT_OK
