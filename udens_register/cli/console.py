"""What every command shares and that costs nothing to load: the exit codes, the environment's
names, the run's streams and language (:class:`Console`), the one-line usage error, and the
reading of a day as people write it. Loaded for ``--help`` too, so no library of the register
is imported here."""

from __future__ import annotations

import getpass
import os
from datetime import date
from pathlib import Path
from typing import TextIO

from udens_register.domain.passwords import password_is_long_enough
from udens_register.wording import message
from udens_register.wording.dates import read_date

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_AUTH = 0, 1, 2, 3
EXIT_INTERRUPTED = 130

PASSPHRASE_ENV = "UDENS_REGISTER_PASSPHRASE"
KDF_SECONDS_ENV = "UDENS_REGISTER_KDF_SECONDS"
PDF_PASSWORD_ENV = "UDENS_REGISTER_PDF_PASSWORD"
NEW_PASSPHRASE_ENV = "UDENS_REGISTER_NEW_PASSPHRASE"


class UsageError(Exception):
    """Bad arguments or input: exit 2 with the message."""


def parse_day(text: str) -> date | None:
    """A date written dd-mm-jjjj or jjjj-mm-dd, or None."""
    return read_date(text)


class Console:
    """One run of the command line, with its streams and language."""

    def __init__(self, lang: str, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> None:
        self.lang = lang
        self.stdin = stdin
        self.stdout = stdout
        self.stderr = stderr

    def say(self, code: str, **values: object) -> None:
        """A message on standard error (standard output stays for data)."""
        print(message(code, self.lang, **values), file=self.stderr)

    def read_secret(self, prompt_code: str, missing: str = "no_passphrase") -> str:
        """A secret from the terminal (not echoed) or one line of standard input."""
        if self.stdin.isatty():
            return getpass.getpass(message(prompt_code, self.lang))
        line = self.stdin.readline()
        if not line:
            raise UsageError(message(missing, self.lang))
        return line.rstrip("\r\n")

    def existing_secret(self) -> str:
        """The passphrase or recovery key to open a register."""
        secret = os.environ.get(PASSPHRASE_ENV)
        return secret if secret else self.read_secret("passphrase_prompt")

    def read_pdf_password(self) -> str:
        """The password of a protected PDF to check: environment, or asked once."""
        return os.environ.get(PDF_PASSWORD_ENV) or self.read_secret("pdf_password_ask", "no_pdf_password")

    def pdf_password(self) -> str:
        """A new PDF password: environment, or asked twice."""
        secret = os.environ.get(PDF_PASSWORD_ENV)
        if secret is not None:
            if not password_is_long_enough(secret):
                raise UsageError(message("pdf_password_short", self.lang))
            return secret
        first = self.read_secret("pdf_password_prompt", "no_pdf_password")
        if not password_is_long_enough(first):
            raise UsageError(message("pdf_password_short", self.lang))
        if self.read_secret("repeat_passphrase_prompt") != first:
            raise UsageError(message("passphrase_mismatch", self.lang))
        return first

    def target(self, output: Path) -> Path:
        """A file to write: its folder must be there."""
        if not output.parent.is_dir():
            raise UsageError(message("folder_missing", self.lang, folder=output.parent))
        return output
