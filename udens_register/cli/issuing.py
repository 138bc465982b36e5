"""Files that leave the register, on the command line: a case file (``export-pdf``), the period
report (``report``), checking an issued PDF (``verify-pdf``) and the signing certificate
(``export-certificate``). Issuing is :class:`~udens_register.services.issuing.IssuingService`'s,
the same as the app's: each issued file is signed and entered in the disclosure log."""

from __future__ import annotations

import argparse
import stat
from pathlib import Path

from udens_register.cli.console import EXIT_OK
from udens_register.cli.console import EXIT_PROBLEMS
from udens_register.cli.console import Console
from udens_register.cli.console import UsageError
from udens_register.cli.console import parse_day
from udens_register.cli.opening import open_for
from udens_register.cli.opening import refuse_read_only_pdf
from udens_register.cli.opening import require_register
from udens_register.domain.enums import Audience
from udens_register.domain.enums import Recipient
from udens_register.services.issuing import CaseFileRequest
from udens_register.services.issuing import default_recipient
from udens_register.services.issuing import is_encrypted
from udens_register.services.issuing import verification_words
from udens_register.vault.files import atomic_write
from udens_register.wording import label
from udens_register.wording import message


def recipient_of(args: argparse.Namespace, lang: str) -> str:
    """The recipient for ``export-pdf``: given, or the default of the version; an error when required."""
    given = (getattr(args, "recipient", None) or "").strip()
    if given:
        return given
    default = default_recipient(args.audience, lang)
    if default is None:
        raise UsageError(message("needs_recipient", lang))
    return default


def cmd_export_pdf(cli: Console, folder: Path, args: argparse.Namespace) -> int:
    """``export-pdf CASE -o FILE``: the case file for its audience, signed and logged."""
    require_register(folder)
    target = cli.target(args.output)
    if args.audience == Audience.INZAGE and args.person is None:
        raise UsageError(message("needs_person", cli.lang))
    recipient = recipient_of(args, cli.lang)
    password = cli.pdf_password() if args.protect else ""
    with open_for(cli, folder) as register:
        if register.read_only:
            return refuse_read_only_pdf(cli, folder)
        request = CaseFileRequest(
            register.casefiles.incident_id(args.case),
            args.audience,
            recipient,
            args.person,
            name_staff=args.name_staff,
            include_notes=args.with_notes,
        )
        # Written picture by picture, encrypted, then signed inside the same protection.
        register.issuing.issue_case_file(request, target, cli.lang, password)
    cli.say("exported", file=target)
    return EXIT_OK


def cmd_report(cli: Console, folder: Path, args: argparse.Namespace) -> int:
    """``report --from --to -o FILE``: the anonymous period report, a signed PDF or a spreadsheet."""
    require_register(folder)
    start, end = parse_day(args.date_from), parse_day(args.date_to)
    if start is None or end is None:
        raise UsageError(
            message("bad_date", cli.lang, value=args.date_from if start is None else args.date_to)
        )
    target = cli.target(args.output)
    recipient = args.recipient or label("recipient", Recipient.LEADERSHIP, cli.lang)
    if args.xlsx:
        if args.protect:
            raise UsageError(message("xlsx_no_protect", cli.lang))
        with open_for(cli, folder) as register:
            register.issuing.issue_spreadsheet(start, end, recipient, target, cli.lang)
        cli.say("exported", file=target)
        return EXIT_OK
    password = cli.pdf_password() if args.protect else ""
    with open_for(cli, folder) as register:
        if register.read_only:
            return refuse_read_only_pdf(cli, folder)
        register.issuing.issue_period_report(start, end, recipient, target, cli.lang, password)
    cli.say("exported", file=target)
    return EXIT_OK


def cmd_verify_pdf(cli: Console, folder: Path, args: argparse.Namespace) -> int:
    """``verify-pdf``: exit 0 with what the file is, or 1 with the reason in one line."""
    file: Path = args.file
    require_register(folder)
    try:
        if not stat.S_ISREG(file.stat().st_mode):  # a pipe or a device would be read forever
            raise UsageError(message("cannot_read", cli.lang, file=file))
        data = file.open("rb")  # read in pieces: a case file with many screenshots is large
    except OSError as exc:
        raise UsageError(message("cannot_read", cli.lang, file=file)) from exc
    with data:
        password = cli.read_pdf_password() if is_encrypted(data) else ""  # asked before the passphrase
        with open_for(cli, folder) as register:
            try:
                result = register.issuing.verify(data, password)
            except OSError as exc:
                raise UsageError(message("cannot_read", cli.lang, file=file)) from exc
    words = verification_words(result, cli.lang)
    if result.problem is None:
        print(words, file=cli.stdout)
        return EXIT_OK
    print(words, file=cli.stderr)
    return EXIT_PROBLEMS


def cmd_export_certificate(cli: Console, folder: Path, args: argparse.Namespace) -> int:
    """``export-certificate``: the PEM a director's PDF reader is told to trust."""
    output: Path = args.output
    with open_for(cli, folder) as register:
        identity = register.disclosures.identity()
    atomic_write(output, identity.certificate_pem())
    cli.say("certificate_written", file=output, fingerprint=identity.short_fingerprint)
    return EXIT_OK
