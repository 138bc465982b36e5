"""The command line's evidence commands: ``add-evidence`` of many files, the export with its
evidence as a ZIP, and the progress of moving a first-edition register's evidence.

Kept apart from :mod:`udens_register.cli` so that module stays small; the commands share its
``Cli`` (messages, secrets) and its exit codes.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from collections.abc import Iterator
from datetime import UTC
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

from udens_register.domain.errors import NoRegister
from udens_register.domain.errors import ValidationError
from udens_register.services.dto import EvidenceMeta
from udens_register.services.evidence import EvidenceRefused
from udens_register.services.register import Location
from udens_register.services.register import OpenRegister
from udens_register.services.register import open_register
from udens_register.storage.engine import known_errors
from udens_register.vault.files import atomic_stream
from udens_register.wording import POSTED_AFTER_CAPTURE
from udens_register.wording import label
from udens_register.wording import message
from udens_register.wording.dates import read_moment

if TYPE_CHECKING:
    from udens_register.cli import Cli

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def add_commands(sub: argparse._SubParsersAction[Any]) -> None:
    """``add-evidence``."""
    add = sub.add_parser("add-evidence", help="add screenshots, PDFs and screen recordings to a case")
    add.add_argument("case", help="case number, e.g. 2026-0007")
    add.add_argument("files", nargs="+", type=Path, help="files, or folders whose files are all added")
    add.add_argument("--platform", default="", help="platform the evidence comes from, e.g. Instagram")
    add.add_argument("--profile", default="", help="profile or account shown, e.g. @account")
    add.add_argument("--url", default="", help="address of the post")
    add.add_argument(
        "--captured",
        default="",
        metavar="'DD-MM-YYYY HH:MM'",
        help="when the screenshot was made or the post was seen (default: now)",
    )
    add.add_argument(
        "--posted",
        default="",
        metavar="'DD-MM-YYYY HH:MM'",
        help="when the message or post itself was sent (not later than --captured; default: unknown)",
    )


def parse_captured(text: str) -> datetime | None:
    """A local date and time as people write it (dd-mm-yyyy hh:mm, or a date alone), in UTC;
    ``None`` when it is no such moment or lies in the future."""
    typed = read_moment(text)
    if typed is None:
        return None
    moment = typed.astimezone(UTC)
    return moment if moment <= datetime.now(UTC) else None


def progress_printer(cli: Cli) -> Callable[[int, int], None]:
    """Prints how far the move of a first-edition register's evidence is (every 5 % and the end)."""
    shown = {"step": -1}

    def show(done: int, total: int) -> None:
        step = done * 20 // max(total, 1)
        if step != shown["step"] or done == total:
            shown["step"] = step
            cli.say("moving_evidence", done=done, total=total)

    return show


def open_for(cli: Cli, folder: Path) -> OpenRegister:
    """Open the register as every evidence command does: moving old evidence with progress shown."""
    if not Location(folder).keyfile_path.exists():
        raise NoRegister(str(folder))
    return open_register(folder, cli.existing_secret(), progress=progress_printer(cli))


def files_of(paths: list[Path]) -> Iterator[Path]:
    """The files named, with a folder's files (not its subfolders' or hidden ones) in name order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
        else:
            yield path


def cmd_add_evidence(cli: Cli, folder: Path, args: argparse.Namespace) -> int:
    """``add-evidence``: each file kept or refused with its own line; exit 2 when any was refused."""
    from udens_register.cli import UsageError  # noqa: PLC0415 - cli imports this module

    captured = None
    if args.captured.strip():
        captured = parse_captured(args.captured)
        if captured is None:
            raise UsageError(message("bad_captured", cli.lang, value=args.captured))
    posted = None
    if args.posted.strip():
        posted = parse_captured(args.posted)
        if posted is None:
            raise UsageError(message("bad_posted", cli.lang, value=args.posted))
    meta = EvidenceMeta(
        platform=args.platform.strip(),
        profile=args.profile.strip(),
        post_url=args.url.strip(),
        posted_at=posted,
        captured_at=captured,
    )
    try:  # before the passphrase is asked: the mistake is in the command
        meta.check_times(datetime.now(UTC))
    except ValidationError as exc:
        raise UsageError(message(POSTED_AFTER_CAPTURE, cli.lang)) from exc
    kept = refused = 0
    with open_for(cli, folder) as register:
        incident_id = register.casefiles.incident_id(args.case)
        for path in files_of(args.files):
            try:
                row = register.evidence.intake_file(incident_id, path, meta)
            except EvidenceRefused as exc:
                refused += 1
                cli.say(
                    "evidence_refused", file=path.name, reason=label("evidence_refused", exc.reason, cli.lang)
                )
                continue
            kept += 1
            cli.say("evidence_kept", file=path.name, mb=f"{row.size / 1e6:.1f}", sha=row.sha256[:16])
    cli.say("evidence_summary", kept=kept, refused=refused, case=args.case)
    return EXIT_USAGE if refused else EXIT_OK


def cmd_export_zip(cli: Cli, folder: Path, output: str) -> int:
    """``export-json --with-evidence``: ``register.json`` and the evidence files in one ZIP, streamed."""
    from udens_register.cli import UsageError  # noqa: PLC0415 - cli imports this module

    if output == "-":
        binary = getattr(cli.stdout, "buffer", None) if cli.stdout is sys.stdout else None
        if binary is None:
            raise UsageError(message("zip_needs_file", cli.lang))
        with open_for(cli, folder) as register:
            count = register.export_zip(binary)
        binary.flush()
        return EXIT_OK
    target = Path(output)
    if not target.parent.is_dir():
        raise UsageError(message("folder_missing", cli.lang, folder=target.parent))
    with open_for(cli, folder) as register, known_errors(), atomic_stream(target) as out:
        count = register.export_zip(out)
    cli.say("exported_zip", file=target, count=count)
    return EXIT_OK
