"""Evidence on the command line: ``add-evidence`` of many files, each kept or refused on its own line."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from datetime import UTC
from datetime import datetime
from pathlib import Path

from udens_register.cli.console import EXIT_OK
from udens_register.cli.console import EXIT_USAGE
from udens_register.cli.console import Console
from udens_register.cli.console import UsageError
from udens_register.cli.opening import open_for
from udens_register.domain.errors import ValidationError
from udens_register.services.dto import EvidenceMeta
from udens_register.services.evidence import EvidenceRefused
from udens_register.wording import POSTED_AFTER_CAPTURE
from udens_register.wording import label
from udens_register.wording import message
from udens_register.wording.dates import read_moment


def parse_captured(text: str) -> datetime | None:
    """A local date and time as people write it (dd-mm-yyyy hh:mm, or a date alone), in UTC;
    ``None`` when it is no such moment or lies in the future."""
    typed = read_moment(text)
    if typed is None:
        return None
    moment = typed.astimezone(UTC)
    return moment if moment <= datetime.now(UTC) else None


def files_of(paths: list[Path]) -> Iterator[Path]:
    """The files named, with a folder's files (not its subfolders' or hidden ones) in name order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
        else:
            yield path


def cmd_add_evidence(cli: Console, folder: Path, args: argparse.Namespace) -> int:
    """``add-evidence``: each file kept or refused with its own line; exit 2 when any was refused."""
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
