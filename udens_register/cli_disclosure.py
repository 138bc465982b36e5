"""The command line's part of the director's loop: who gets a file, signing it, checking it.

Kept apart from :mod:`udens_register.cli` so that module stays small; the commands share its
``Cli`` (messages, secrets) and its exit codes.
"""

from __future__ import annotations

import argparse
import stat
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

from udens_register import cli_evidence
from udens_register.reporting.issue import DEFAULT_RECIPIENT
from udens_register.reporting.issue import verification_words
from udens_register.reporting.issue import verify_issued
from udens_register.reporting.signature import is_encrypted
from udens_register.services.register import Location
from udens_register.services.register import open_register
from udens_register.vault.files import atomic_write
from udens_register.wording import message

if TYPE_CHECKING:
    from udens_register.cli import Cli

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def add_commands(sub: argparse._SubParsersAction[Any]) -> None:
    """``verify-pdf`` and ``export-certificate``."""
    ver = sub.add_parser("verify-pdf", help="check that a PDF is a case file this register issued, unchanged")
    ver.add_argument("file", type=Path, help="the PDF to check")
    cert = sub.add_parser("export-certificate", help="the register's signing certificate, for PDF readers")
    cert.add_argument("-o", "--output", required=True, type=Path, help="certificate file to write (.pem)")


def recipient_of(args: argparse.Namespace, lang: str) -> str:
    """The recipient for ``export-pdf``: given, or the default of the version; an error when required."""
    given = (getattr(args, "recipient", None) or "").strip()
    if given:
        return given
    default = DEFAULT_RECIPIENT.get(args.audience)
    if default is None:
        from udens_register.cli import UsageError  # noqa: PLC0415 - cli imports this module

        raise UsageError(message("needs_recipient", lang))
    return default


def cmd_verify_pdf(cli: Cli, folder: Path, file: Path) -> int:
    """``verify-pdf``: exit 0 with what the file is, or 1 with the reason in one line."""
    from udens_register.cli import UsageError  # noqa: PLC0415 - cli imports this module
    from udens_register.domain.errors import NoRegister  # noqa: PLC0415

    if not Location(folder).keyfile_path.exists():
        raise NoRegister(str(folder))
    try:
        if not stat.S_ISREG(file.stat().st_mode):  # a pipe or a device would be read forever
            raise UsageError(message("cannot_read", cli.lang, file=file))
        data = file.open("rb")  # read in pieces: a case file with many screenshots is large
    except OSError as exc:
        raise UsageError(message("cannot_read", cli.lang, file=file)) from exc
    with data:
        password = ""
        if is_encrypted(data):
            password = cli.read_pdf_password()
        with open_register(
            folder, cli.existing_secret(), progress=cli_evidence.progress_printer(cli)
        ) as register:
            try:
                result = verify_issued(register.disclosures, data, password=password)
            except OSError as exc:
                raise UsageError(message("cannot_read", cli.lang, file=file)) from exc
    words = verification_words(result, cli.lang)
    if result.problem is None:
        print(words, file=cli.stdout)
        return EXIT_OK
    print(words, file=cli.stderr)
    return EXIT_PROBLEMS


def cmd_export_certificate(cli: Cli, folder: Path, output: Path) -> int:
    """``export-certificate``: the PEM a director's PDF reader is told to trust."""
    from udens_register.domain.errors import NoRegister  # noqa: PLC0415

    if not Location(folder).keyfile_path.exists():
        raise NoRegister(str(folder))
    with open_register(
        folder, cli.existing_secret(), progress=cli_evidence.progress_printer(cli)
    ) as register:
        identity = register.disclosures.identity()
    atomic_write(output, identity.certificate_pem())
    cli.say("certificate_written", file=output, fingerprint=identity.short_fingerprint)
    return EXIT_OK
