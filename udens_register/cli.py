"""``udens-register`` on the command line: thin commands over the services.

Exit codes: 0 ok, 1 a check found problems, 2 usage or bad input, 3 wrong passphrase or no
register there. Messages are one line (Dutch unless the locale is English), never a traceback.
Passphrases come from ``UDENS_REGISTER_PASSPHRASE`` or the terminal, never from arguments.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
import uuid
from collections.abc import Callable
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from udens_register import cli_backups
from udens_register import cli_disclosure
from udens_register import cli_evidence
from udens_register import cli_import
from udens_register.cli_args import EXIT_AUTH
from udens_register.cli_args import EXIT_OK
from udens_register.cli_args import EXIT_PROBLEMS
from udens_register.cli_args import EXIT_USAGE
from udens_register.cli_args import build_parser
from udens_register.cli_args import language_in
from udens_register.domain.errors import BackupObjectDamaged
from udens_register.domain.errors import NoRegister
from udens_register.domain.errors import RegisterDamaged
from udens_register.domain.errors import RegisterError
from udens_register.domain.errors import RegisterExists
from udens_register.domain.errors import ValidationError
from udens_register.domain.errors import WeakPassphrase
from udens_register.domain.errors import WrongPassphrase
from udens_register.domain.passwords import password_is_long_enough
from udens_register.paths import default_data_dir
from udens_register.paths import resources_dir
from udens_register.reporting.case_pdf import CaseFileRenderer
from udens_register.reporting.issue import issue_pdf
from udens_register.reporting.issue import prepare_bundle
from udens_register.reporting.issue import prepare_report
from udens_register.reporting.pdf_document import PdfDocument
from udens_register.reporting.period_pdf import render_period_report
from udens_register.reporting.period_xlsx import render_period_xlsx
from udens_register.services import making
from udens_register.services.backups import finish_interrupted_restore
from udens_register.services.demo import DemoClock
from udens_register.services.demo import fill_demo
from udens_register.services.keys import KeyService
from udens_register.services.passphrase import require_strong
from udens_register.services.passphrase import suggest_passphrase
from udens_register.services.register import Location
from udens_register.services.register import create_register
from udens_register.services.register import open_register
from udens_register.services.verify import images_problem
from udens_register.services.verify import verify_register
from udens_register.vault.files import atomic_write
from udens_register.vault.keyfile import DEFAULT_TARGET_SECONDS
from udens_register.wording import checks_words
from udens_register.wording import language_from_env
from udens_register.wording import message
from udens_register.wording import readable_detail
from udens_register.wording import validation_words
from udens_register.wording.dates import fmt_date
from udens_register.wording.dates import read_date

PASSPHRASE_ENV = "UDENS_REGISTER_PASSPHRASE"
KDF_SECONDS_ENV = "UDENS_REGISTER_KDF_SECONDS"
PDF_PASSWORD_ENV = "UDENS_REGISTER_PDF_PASSWORD"
NEW_PASSPHRASE_ENV = "UDENS_REGISTER_NEW_PASSPHRASE"


def parse_day(text: str) -> date | None:
    """A date written dd-mm-jjjj or jjjj-mm-dd, or None."""
    return read_date(text)


log = logging.getLogger("udens_register.cli")

GuiLauncher = Callable[[Path, str | None], int]


def _no_core_dumps() -> None:
    """A crash must not write the data key or case content to disk."""
    try:
        import resource  # noqa: PLC0415 - POSIX only

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass


class UsageError(Exception):
    """Bad arguments or input: exit 2 with the message."""


def _kdf_seconds() -> float:
    raw = os.environ.get(KDF_SECONDS_ENV, "")
    try:
        return min(5.0, max(0.05, float(raw))) if raw else DEFAULT_TARGET_SECONDS
    except ValueError:
        return DEFAULT_TARGET_SECONDS


class Cli:
    """One run of the command line, with its streams and language."""

    def __init__(self, lang: str, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> None:
        self.lang = lang
        self.stdin = stdin
        self.stdout = stdout
        self.stderr = stderr

    def say(self, code: str, **values: object) -> None:
        """A message on standard error (standard output stays for data)."""
        print(message(code, self.lang, **values), file=self.stderr)

    def _read_secret(self, prompt_code: str, missing: str = "no_passphrase") -> str:
        if self.stdin.isatty():
            return getpass.getpass(message(prompt_code, self.lang))
        line = self.stdin.readline()
        if not line:
            raise UsageError(message(missing, self.lang))
        return line.rstrip("\r\n")

    def existing_secret(self) -> str:
        """The passphrase or recovery key to open a register."""
        secret = os.environ.get(PASSPHRASE_ENV)
        return secret if secret else self._read_secret("passphrase_prompt")

    def new_passphrase(self, env: str = PASSPHRASE_ENV) -> str:
        """A new passphrase, asked twice unless it comes from the environment variable ``env``."""
        secret = os.environ.get(env)
        if secret:
            return secret
        first = self._read_secret("new_passphrase_prompt")
        require_strong(first)  # refused before it is asked again
        if self._read_secret("repeat_passphrase_prompt") != first:
            raise UsageError(message("passphrase_mismatch", self.lang))
        return first

    def read_pdf_password(self) -> str:
        """The password of a protected PDF to check: environment, or asked once."""
        return os.environ.get(PDF_PASSWORD_ENV) or self._read_secret("pdf_password_ask", "no_pdf_password")

    # -- commands ---------------------------------------------------------------------
    def clear_unfinished(self, folder: Path) -> None:
        """An unfinished register (its making was cut short) holds nothing: making a new one removes it."""
        if making.discard_unfinished(folder):
            self.say("unfinished_removed", folder=folder)

    def cmd_init(self, folder: Path, label: str) -> int:
        self.clear_unfinished(folder)
        if Location(folder).exists():
            raise RegisterExists(str(folder))
        created = create_register(folder, self.new_passphrase(), label, kdf_seconds=_kdf_seconds())
        self.say("created", folder=folder)
        print(message("recovery_key", self.lang, key=created.recovery_key), file=self.stdout)
        return EXIT_OK

    def cmd_demo(self, folder: Path, label: str) -> int:
        self.clear_unfinished(folder)
        if Location(folder).exists():
            raise RegisterExists(str(folder))
        passphrase = self.new_passphrase()
        counts: list[int] = []
        clock = DemoClock()  # each case is recorded on its own dates
        # Filled before it is moved in: a demo cut short leaves no half-filled register behind.
        created = create_register(
            folder,
            passphrase,
            label,
            kdf_seconds=_kdf_seconds(),
            clock=clock,
            fill=lambda r: counts.extend(fill_demo(r, clock=clock)),
        )
        persons, incidents = counts
        self.say("demo_done", folder=folder, persons=persons, incidents=incidents)
        print(message("recovery_key", self.lang, key=created.recovery_key), file=self.stdout)
        return EXIT_OK

    def cmd_verify(self, folder: Path, repair: bool = False) -> int:
        if not Location(folder).keyfile_path.exists():
            raise NoRegister(str(folder))
        report = verify_register(folder, self.existing_secret(), repair=repair)
        if report.repaired:
            self.say("verify_repaired", count=len(report.repaired))
        if report.healthy:
            self.say("verify_ok", checks=checks_words(report.checks, report.objects_checked, self.lang))
            return EXIT_OK
        self.say("verify_problems", count=len(report.problems))
        worded = {images_problem(f): message("verify_images", self.lang, case=f.case_number, count=f.files)
                  for f in report.flagged}  # fmt: skip
        for problem in report.problems[:50]:
            print(f"  - {worded.get(problem, problem)}", file=self.stderr)
        return EXIT_PROBLEMS

    def pdf_password(self) -> str:
        """The PDF password: environment, or asked twice."""
        secret = os.environ.get(PDF_PASSWORD_ENV)
        if secret is not None:
            if not password_is_long_enough(secret):
                raise UsageError(message("pdf_password_short", self.lang))
            return secret
        first = self._read_secret("pdf_password_prompt", "no_pdf_password")
        if not password_is_long_enough(first):
            raise UsageError(message("pdf_password_short", self.lang))
        if self._read_secret("repeat_passphrase_prompt") != first:
            raise UsageError(message("passphrase_mismatch", self.lang))
        return first

    def _target(self, output: Path) -> Path:
        if not output.parent.is_dir():
            raise UsageError(message("folder_missing", self.lang, folder=output.parent))
        return output

    def refuse_read_only_pdf(self, folder: Path) -> int:
        """A signed PDF that leaves the register must be in its disclosure log (who got which
        file, its SHA-256), and a read-only register cannot take the entry: refused, not made
        unlogged, so every issued file can still be checked with verify-pdf."""
        self.say("read_only_pdf", folder=folder)
        return EXIT_USAGE

    def cmd_export_pdf(self, folder: Path, args: argparse.Namespace) -> int:
        if not Location(folder).keyfile_path.exists():
            raise NoRegister(str(folder))
        target = self._target(args.output)
        if args.audience == "inzage" and args.person is None:
            raise UsageError(message("needs_person", self.lang))
        recipient = cli_disclosure.recipient_of(args, self.lang)
        password = self.pdf_password() if args.protect else ""
        with open_register(
            folder, self.existing_secret(), progress=cli_evidence.progress_printer(self)
        ) as register:
            if register.read_only:
                return self.refuse_read_only_pdf(folder)
            incident_id = register.casefiles.incident_id(args.case)
            register.cases.open_case(incident_id)  # the case is viewed, and recorded, as in the app
            bundle = register.casefiles.case_file(
                incident_id,
                args.audience,
                args.person,
                name_staff=args.name_staff,
                include_notes=args.with_notes,
            )
            bundle = prepare_bundle(register.disclosures, bundle, recipient)
            document = CaseFileRenderer(resources_dir() / "fonts", self.lang).document(bundle)
            # Written picture by picture, encrypted, then signed inside the same protection.
            digest = issue_pdf(register.disclosures, document, target, password=password)
            numbers = [f.case_number for f in bundle.files]
            register.disclosures.record_digest(numbers, args.audience, recipient, digest, bool(password))
            register.casefiles.record_export(bundle, bool(password), recipient, digest)
        self.say("exported", file=target)
        return EXIT_OK

    def cmd_report(self, folder: Path, args: argparse.Namespace) -> int:
        if not Location(folder).keyfile_path.exists():
            raise NoRegister(str(folder))
        start, end = parse_day(args.date_from), parse_day(args.date_to)
        if start is None or end is None:
            raise UsageError(
                message("bad_date", self.lang, value=args.date_from if start is None else args.date_to)
            )
        target = self._target(args.output)
        if args.xlsx:
            if args.protect:
                raise UsageError(message("xlsx_no_protect", self.lang))
            with open_register(folder, self.existing_secret()) as register:
                data = render_period_xlsx(register.casefiles.period_report(start, end), self.lang)
                atomic_write(target, data)
                register.disclosures.record([], "rapportage", args.recipient, data, False)
            self.say("exported", file=target)
            return EXIT_OK
        password = self.pdf_password() if args.protect else ""
        with open_register(
            folder, self.existing_secret(), progress=cli_evidence.progress_printer(self)
        ) as register:
            if register.read_only:
                return self.refuse_read_only_pdf(folder)
            report = prepare_report(
                register.disclosures, register.casefiles.period_report(start, end), args.recipient
            )
            document = PdfDocument(render_period_report(report, resources_dir() / "fonts", self.lang))
            digest = issue_pdf(register.disclosures, document, target, password=password)
            register.disclosures.record_digest([], "rapportage", args.recipient, digest, bool(password))
        self.say("exported", file=target)
        return EXIT_OK

    def cmd_keys(self, folder: Path, args: argparse.Namespace) -> int:
        if not Location(folder).keyfile_path.exists():
            raise NoRegister(str(folder))
        with open_register(
            folder, self.existing_secret(), progress=cli_evidence.progress_printer(self)
        ) as register:
            keys = KeyService(
                register, kdf_seconds=_kdf_seconds(), backup_folder=cli_backups.automatic_folder(folder)
            )
            if args.keys_command == "list":
                for slot in keys.list():
                    mark = " *" if slot.is_current else ""
                    print(f"{slot.slot_id}  {slot.kind:<10}  {slot.label}{mark}", file=self.stdout)
            elif args.keys_command == "add":
                slot = keys.add(self.new_passphrase(NEW_PASSPHRASE_ENV), args.label)
                register.audit.record("key_added")
                self.say("key_added", slot=slot.slot_id)
            elif args.keys_command == "remove":
                reach = keys.remove(args.slot)
                self.say("key_removed", slot=args.slot)
                self.say("key_removed_backups", rewritten=reach.rewritten, unreachable=reach.unreachable)
            elif args.keys_command == "passwd":
                keys.change_passphrase(self.new_passphrase(NEW_PASSPHRASE_ENV))
                self.say("passphrase_changed")
            elif args.keys_command == "recovery":
                recovery = keys.renew_recovery_key()
                print(message("recovery_key", self.lang, key=recovery), file=self.stdout)
        return EXIT_OK

    def cmd_purge(self, folder: Path, years: int, really: bool, remove_backups: bool = False) -> int:
        if not Location(folder).keyfile_path.exists():
            raise NoRegister(str(folder))
        if not 1 <= years <= 30:
            raise UsageError(message("bad_years", self.lang))
        with open_register(
            folder, self.existing_secret(), progress=cli_evidence.progress_printer(self)
        ) as register:
            register.retention.years = years
            due = register.retention.due()
            free = [d for d in due if not d.held]
            for d in due:
                state = message("held", self.lang) if d.held else ""
                print(f"{d.case_number}  {fmt_date(d.closed_on)}  {state}", file=self.stdout)
            pupils = cli_backups.print_pupils_due(self, register.retention.pupils_due())
            if not really:
                self.say("purge_dry", count=len(free))
                if pupils:
                    self.say("purge_dry_pupils", count=pupils)
                return EXIT_OK
            purged = register.retention.purge([d.incident_id for d in free])
            # Pupils who left go with their last case; those named in no case go now.
            left = register.retention.purge_pupils(
                [p.person_id for p in register.retention.pupils_due() if not p.held]
            )
            cli_backups.backups_after_purge(self, register, folder, purged.case_numbers, remove_backups)
        self.say("purged", count=len(purged.case_numbers))
        if purged.persons:
            self.say("purged_persons", count=purged.persons)
        if left.persons:
            self.say("purged_pupils", count=left.persons)
        if purged.copies + left.copies:
            self.say("purged_copies", count=purged.copies + left.copies)
        return EXIT_OK

    def cmd_hold(self, folder: Path, case: str, release: bool, reason: str) -> int:
        if not Location(folder).keyfile_path.exists():
            raise NoRegister(str(folder))
        with open_register(
            folder, self.existing_secret(), progress=cli_evidence.progress_printer(self)
        ) as register:
            register.retention.set_hold(register.casefiles.incident_id(case), not release, reason)
        self.say("hold_off" if release else "hold_on", case=case)
        return EXIT_OK

    def cmd_export_json(self, folder: Path, output: str, with_evidence: bool = False) -> int:
        if not Location(folder).keyfile_path.exists():
            raise NoRegister(str(folder))
        target = None if output == "-" else Path(output)
        if target is not None and not target.parent.is_dir():
            raise UsageError(message("folder_missing", self.lang, folder=target.parent))
        if with_evidence:
            return cli_evidence.cmd_export_zip(self, folder, output)
        with open_register(
            folder, self.existing_secret(), progress=cli_evidence.progress_printer(self)
        ) as register:
            data = register.export_json()
        if target is None:
            self.stdout.write(data.decode("utf-8"))
            self.stdout.flush()
        else:
            atomic_write(target, data)
            self.say("exported", file=target)
        return EXIT_OK


def main(
    argv: Sequence[str] | None = None,
    *,
    gui: GuiLauncher | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line; returns the exit code."""
    _no_core_dumps()
    words = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(language_in(words) or language_from_env())
    args = parser.parse_args(words)
    lang = args.lang or language_from_env()
    cli = Cli(lang, stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr)
    folder: Path = (args.data_dir or default_data_dir()).expanduser()
    try:
        if folder.is_dir():
            finish_interrupted_restore(folder)  # a restore cut short after its backup was checked
        if args.command not in ("init", "demo", "restore") and making.is_unfinished(folder):
            cli.say("unfinished_register", folder=folder)
            return EXIT_AUTH
        if args.command is None:
            if gui is None:
                cli.say("gui_unavailable", detail="no desktop support in this build")
                return EXIT_USAGE
            return gui(folder, args.lang)
        if args.command == "init":
            return cli.cmd_init(folder, args.label)
        if args.command == "demo":
            return cli.cmd_demo(folder, args.label)
        if args.command == "verify":
            return cli.cmd_verify(folder, args.repair)
        if args.command == "add-evidence":
            return cli_evidence.cmd_add_evidence(cli, folder, args)
        if args.command == "backup":
            return cli_backups.cmd_backup(cli, folder, args)
        if args.command == "restore":
            return cli_backups.cmd_restore(cli, folder, args)
        if args.command == "keys":
            return cli.cmd_keys(folder, args)
        if args.command == "hold":
            return cli.cmd_hold(folder, args.case, args.release, args.reason)
        if args.command == "purge":
            return cli.cmd_purge(folder, args.years, args.yes, args.remove_from_backups)
        if args.command == "export-pdf":
            return cli.cmd_export_pdf(folder, args)
        if args.command == "report":
            return cli.cmd_report(folder, args)
        if args.command == "import-persons":
            return cli_import.cmd_import_persons(cli, folder, args)
        if args.command == "import-json":
            return cli_import.cmd_import_json(cli, folder, args.file)
        if args.command == "verify-pdf":
            return cli_disclosure.cmd_verify_pdf(cli, folder, args.file)
        if args.command == "export-certificate":
            return cli_disclosure.cmd_export_certificate(cli, folder, args.output)
        if args.command == "export-json":
            return cli.cmd_export_json(folder, args.output, args.with_evidence)
        parser.error(f"unknown command {args.command}")
    except ValidationError as exc:
        if exc.field == "case_number":
            cli.say("no_case", case=getattr(args, "case", ""))
        elif exc.field == "person":
            cli.say("no_person")
        else:
            print(validation_words(exc.field, exc.message, cli.lang), file=cli.stderr)
        return EXIT_USAGE
    except (NoRegister, WrongPassphrase) as exc:
        cli.say(exc.code, folder=folder, detail=exc.detail)
        return EXIT_AUTH
    except RegisterExists as exc:
        cli.say(exc.code, folder=folder)
        return EXIT_USAGE
    except BackupObjectDamaged as exc:
        kind = "missing" if exc.problem == "missing" else "damaged"
        cli.say(f"backup_object_{kind}", case=exc.case_number, evidence=exc.evidence_id, count=exc.count)
        return EXIT_PROBLEMS
    except WeakPassphrase as exc:
        cli.say(exc.code, suggestion=exc.suggestion or suggest_passphrase())
        return EXIT_USAGE
    except RegisterError as exc:
        cli.say(exc.code, folder=folder, detail=readable_detail(exc, exc.detail, cli.lang))
        return EXIT_PROBLEMS if isinstance(exc, RegisterDamaged) else EXIT_USAGE
    except UsageError as exc:
        print(str(exc), file=cli.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        cli.say("interrupted")
        return 130
    except Exception as exc:
        if os.environ.get("UDENS_REGISTER_DEBUG") == "1":  # developers only: tracebacks may hold case data
            raise
        ref = uuid.uuid4().hex[:8]
        log.debug("unexpected error %s: %s", ref, type(exc).__name__)
        cli.say("unexpected", ref=ref)
        return EXIT_PROBLEMS
    return EXIT_OK
