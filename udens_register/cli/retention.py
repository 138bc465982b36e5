"""The retention term on the command line: ``purge`` (closed cases and pupils who left, with the
backups that still hold them) and ``hold`` (a legal hold on one case)."""

from __future__ import annotations

import argparse
from pathlib import Path

from udens_register.cli.console import EXIT_OK
from udens_register.cli.console import Console
from udens_register.cli.console import UsageError
from udens_register.cli.opening import automatic_folder
from udens_register.cli.opening import open_for
from udens_register.cli.opening import require_register
from udens_register.services.register import OpenRegister
from udens_register.services.retention import DuePupil
from udens_register.wording import message
from udens_register.wording.dates import fmt_date


def cmd_purge(cli: Console, folder: Path, args: argparse.Namespace) -> int:
    """``purge --years N [--yes [--remove-from-backups]]``: lists what is due; deletes it with --yes."""
    require_register(folder)
    if not 1 <= args.years <= 30:
        raise UsageError(message("bad_years", cli.lang))
    with open_for(cli, folder) as register:
        register.retention.years = args.years
        due = register.retention.due()
        free = [d for d in due if not d.held]
        for d in due:
            state = message("held", cli.lang) if d.held else ""
            print(f"{d.case_number}  {fmt_date(d.closed_on)}  {state}", file=cli.stdout)
        pupils = print_pupils_due(cli, register.retention.pupils_due())
        if not args.yes:
            cli.say("purge_dry", count=len(free))
            if pupils:
                cli.say("purge_dry_pupils", count=pupils)
            return EXIT_OK
        purged = register.retention.purge([d.incident_id for d in free])
        # Pupils who left go with their last case; those named in no case go now.
        left = register.retention.purge_pupils(
            [p.person_id for p in register.retention.pupils_due() if not p.held]
        )
        backups_after_purge(cli, register, folder, purged.case_numbers, args.remove_from_backups)
    cli.say("purged", count=len(purged.case_numbers))
    if purged.persons:
        cli.say("purged_persons", count=purged.persons)
    if left.persons:
        cli.say("purged_pupils", count=left.persons)
    if purged.copies + left.copies:
        cli.say("purged_copies", count=purged.copies + left.copies)
    return EXIT_OK


def cmd_hold(cli: Console, folder: Path, args: argparse.Namespace) -> int:
    """``hold CASE --reason R [--release]``."""
    with open_for(cli, folder) as register:
        register.retention.set_hold(register.casefiles.incident_id(args.case), not args.release, args.reason)
    cli.say("hold_off" if args.release else "hold_on", case=args.case)
    return EXIT_OK


def backups_after_purge(
    cli: Console, register: OpenRegister, folder: Path, case_numbers: list[str], remove: bool
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


def print_pupils_due(cli: Console, pupils: list[DuePupil]) -> int:
    """List the pupils who left the school before the term's start (student number and leaving day,
    no names); returns how many can be deleted now."""
    for p in pupils:
        state = message("pupil_held", cli.lang) if p.held else ""
        number = p.student_number or "—"
        print(message("pupil_due", cli.lang, number=number, left=fmt_date(p.left_on), state=state).rstrip(),
              file=cli.stdout)  # fmt: skip
    return sum(not p.held for p in pupils)
