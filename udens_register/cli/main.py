"""The dispatcher: reads the arguments, finishes what a cut-short restore left, runs the command
and turns every refusal into one line and an exit code.

Exit codes: 0 ok, 1 a check found problems, 2 usage or bad input, 3 wrong passphrase or no
register there. Messages are one line (Dutch unless the locale is English), never a traceback.
Passphrases come from ``UDENS_REGISTER_PASSPHRASE`` or the terminal, never from arguments.

A command's module is imported when the command runs (:data:`COMMANDS`, pip's way), so ``--help``
and the desktop app do not wait for the signing, reporting and database libraries.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import uuid
from collections.abc import Callable
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from udens_register.cli.console import EXIT_AUTH
from udens_register.cli.console import EXIT_INTERRUPTED
from udens_register.cli.console import EXIT_OK
from udens_register.cli.console import EXIT_PROBLEMS
from udens_register.cli.console import EXIT_USAGE
from udens_register.cli.console import Console
from udens_register.cli.console import UsageError
from udens_register.cli.parser import build_parser
from udens_register.cli.parser import language_in
from udens_register.domain.errors import BackupObjectDamaged
from udens_register.domain.errors import NoRegister
from udens_register.domain.errors import RegisterDamaged
from udens_register.domain.errors import RegisterError
from udens_register.domain.errors import RegisterExists
from udens_register.domain.errors import ValidationError
from udens_register.domain.errors import WeakPassphrase
from udens_register.domain.errors import WrongPassphrase
from udens_register.paths import default_data_dir
from udens_register.services import making
from udens_register.wording import language_from_env
from udens_register.wording import readable_detail
from udens_register.wording import validation_words

log = logging.getLogger("udens_register.cli")

GuiLauncher = Callable[[Path, str | None], int]
Command = Callable[[Console, Path, argparse.Namespace], int]

# Each command: the module of its group (under udens_register.cli) and its function there.
COMMANDS: dict[str, tuple[str, str]] = {
    "init": ("register", "cmd_init"),
    "demo": ("register", "cmd_demo"),
    "verify": ("register", "cmd_verify"),
    "keys": ("register", "cmd_keys"),
    "add-evidence": ("evidence", "cmd_add_evidence"),
    "backup": ("backups", "cmd_backup"),
    "restore": ("backups", "cmd_restore"),
    "hold": ("retention", "cmd_hold"),
    "purge": ("retention", "cmd_purge"),
    "export-pdf": ("issuing", "cmd_export_pdf"),
    "report": ("issuing", "cmd_report"),
    "verify-pdf": ("issuing", "cmd_verify_pdf"),
    "export-certificate": ("issuing", "cmd_export_certificate"),
    "import-persons": ("persons", "cmd_import_persons"),
    "import-json": ("portability", "cmd_import_json"),
    "export-json": ("portability", "cmd_export_json"),
}
# These make a register, so an unfinished one in the folder is theirs to clear.
MAKING = ("init", "demo", "restore")


def command(name: str) -> Command:
    """The function of command ``name``, its module imported now."""
    module, function = COMMANDS[name]
    found: Command = getattr(importlib.import_module(f"udens_register.cli.{module}"), function)
    return found


def no_core_dumps() -> None:
    """A crash must not write the data key or case content to disk."""
    try:
        import resource  # noqa: PLC0415 - POSIX only

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass


def main(
    argv: Sequence[str] | None = None,
    *,
    gui: GuiLauncher | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line; returns the exit code."""
    no_core_dumps()
    words = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(language_in(words) or language_from_env())
    args = parser.parse_args(words)
    lang = args.lang or language_from_env()
    cli = Console(lang, stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr)
    folder: Path = (args.data_dir or default_data_dir()).expanduser()
    try:
        if folder.is_dir():
            making.finish_interrupted_restore(folder)  # a restore cut short after its backup was checked
        if args.command not in MAKING and making.is_unfinished(folder):
            cli.say("unfinished_register", folder=folder)
            return EXIT_AUTH
        if args.command is None:
            if gui is None:
                cli.say("gui_unavailable", detail="no desktop support in this build")
                return EXIT_USAGE
            return gui(folder, args.lang)
        if args.command not in COMMANDS:
            parser.error(f"unknown command {args.command}")
        return command(args.command)(cli, folder, args)
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
        cli.say(exc.code, suggestion=exc.suggestion or suggestion())
        return EXIT_USAGE
    except RegisterError as exc:
        cli.say(exc.code, folder=folder, detail=readable_detail(exc, exc.detail, cli.lang))
        return EXIT_PROBLEMS if isinstance(exc, RegisterDamaged) else EXIT_USAGE
    except UsageError as exc:
        print(str(exc), file=cli.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        cli.say("interrupted")
        return EXIT_INTERRUPTED
    except Exception as exc:
        if os.environ.get("UDENS_REGISTER_DEBUG") == "1":  # developers only: tracebacks may hold case data
            raise
        ref = uuid.uuid4().hex[:8]
        log.debug("unexpected error %s: %s", ref, type(exc).__name__)
        cli.say("unexpected", ref=ref)
        return EXIT_PROBLEMS
    return EXIT_OK


def suggestion() -> str:
    """A strong passphrase to suggest (its word list loads only when a weak one was refused)."""
    from udens_register.services.passphrase import suggest_passphrase  # noqa: PLC0415 - not for --help

    return suggest_passphrase()
