"""The command line's grammar (argparse): every command, option and help text, in one place.

Loaded for ``--help``: it imports nothing but the catalogue's words and the domain's codes, so the help is instant."""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from typing import NoReturn

from udens_register import __version__
from udens_register.cli.console import EXIT_USAGE
from udens_register.domain.enums import Audience
from udens_register.wording import date_hint
from udens_register.wording import label

# How the dates of the options are typed (as the school writes them; the formats: wording.dates).
_DAY_HINT = f"{date_hint('nl')} or {label('date_hint', 'iso', 'nl')}"
_MOMENT_HINT = f"'{date_hint('en', with_time=True).upper()}'"

# argparse's usage errors, by pattern, to the catalogue's words (``usage`` group).
_USAGE_PATTERNS = (
    (re.compile(r"the following arguments are required: (?P<names>.+)"), "required"),
    (re.compile(r"unrecognized arguments: (?P<names>.+)"), "unrecognized"),
    (
        re.compile(r"argument (?P<arg>\S+): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)"),
        "invalid_choice",
    ),
    (re.compile(r"argument (?P<arg>\S+): expected one argument"), "expected_one"),
    (re.compile(r"argument (?P<arg>\S+): expected at least one argument"), "expected_some"),
    (re.compile(r"argument (?P<arg>\S+): invalid \w+ value: (?P<value>.+)"), "invalid_value"),
    (re.compile(r"argument (?P<arg>\S+): not allowed with argument (?P<other>.+)"), "not_allowed_with"),
    (re.compile(r"one of the arguments (?P<names>.+) is required"), "one_required"),
    (re.compile(r"ambiguous option: (?P<option>\S+) could match (?P<matches>.+)"), "ambiguous"),
)


def usage_words(msg: str, lang: str) -> str:
    """argparse's English usage error in the words of ``lang`` (unknown ones as they are)."""
    for pattern, code in _USAGE_PATTERNS:
        found = pattern.fullmatch(msg)
        if found:
            return label("usage", code, lang).format(**found.groupdict())
    return msg


def language_in(argv: Sequence[str]) -> str | None:
    """The ``--lang`` asked for in ``argv``, before argparse has read it (for its own errors)."""
    for index, arg in enumerate(argv):
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
    return None


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors on one line, in the user's language, and exits 2."""

    lang = "nl"

    def error(self, msg: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {usage_words(msg, self.lang)} (--help)\n")


def build_parser(lang: str = "nl") -> argparse.ArgumentParser:
    """The command-line grammar; its usage errors in ``lang``."""
    chosen = lang if lang in ("nl", "en") else "nl"

    class Parser(_Parser):
        lang = chosen

    parser_class = Parser
    parser = parser_class(
        prog="udens-register",
        description="Udens Register: encrypted register of social-media incidents (Social Media Protocol).",
    )
    parser.add_argument("--version", action="version", version=f"udens-register {__version__}")
    parser.add_argument("--data-dir", type=Path, help="register folder (default: the user data folder)")
    parser.add_argument("--lang", choices=("nl", "en"), help="language of messages (default: locale)")
    sub = parser.add_subparsers(dest="command", parser_class=parser_class)
    init = sub.add_parser("init", help="create a new register (passphrase asked twice)")
    init.add_argument("--label", default="Zorgcoördinator", help="the coordinator's label")
    demo = sub.add_parser("demo", help="create a register full of fictional cases")
    demo.add_argument("--label", default="Zorgcoördinator (demo)", help="the coordinator's label")
    ver = sub.add_parser("verify", help="check the register's integrity and every evidence object")
    ver.add_argument(
        "--repair", action="store_true", help="remove orphaned evidence objects (files without a record)"
    )
    _add_import_commands(sub)
    pdf = sub.add_parser(
        "export-pdf", help="a case file as PDF for a director, the police or an access request"
    )
    pdf.add_argument("case", help="case number, e.g. 2026-0007")
    pdf.add_argument("-o", "--output", required=True, type=Path, help="PDF file to write")
    pdf.add_argument("--audience", choices=[a.value for a in Audience], default=Audience.DIRECTIE.value)
    pdf.add_argument("--person", type=int, help="person id (required for --audience inzage)")
    pdf.add_argument(
        "--name-staff", action="store_true", help="inzage: name staff in full instead of by their role"
    )
    pdf.add_argument(
        "--with-notes",
        action="store_true",
        help="politie: include the case notes (the director's version always has them)",
    )
    pdf.add_argument("--protect", action="store_true", help="encrypt with a password (AES-256)")
    pdf.add_argument(
        "--recipient",
        help="to whom the file goes (required for politie and inzage; directie: afdelingsdirecteur)",
    )
    rep = sub.add_parser("report", help="anonymous period report as PDF")
    rep.add_argument("--from", dest="date_from", required=True, help=f"first day, {_DAY_HINT}")
    rep.add_argument("--to", dest="date_to", required=True, help=f"last day, {_DAY_HINT}")
    rep.add_argument("-o", "--output", required=True, type=Path, help="PDF file to write")
    rep.add_argument("--protect", action="store_true", help="encrypt with a password (AES-256)")
    rep.add_argument(
        "--xlsx", action="store_true", help="write a spreadsheet (.xlsx, with charts) instead of a PDF"
    )
    rep.add_argument(
        "--recipient", help="to whom the report goes (default: schoolleiding, the school's leadership)"
    )
    _add_disclosure_commands(sub)
    bak = sub.add_parser("backup", help="an incremental snapshot in a backup folder, or one backup file")
    where = bak.add_mutually_exclusive_group(required=True)
    where.add_argument(
        "--to", type=Path, help="backup folder: an incremental snapshot (as the app makes when closing)"
    )
    where.add_argument("-o", "--output", type=Path, help="one self-contained backup file for handing over")
    res = sub.add_parser("restore", help="restore a backup into the data folder")
    res.add_argument(
        "file", type=Path, help="a backup folder (its newest snapshot), a snapshot or a backup file"
    )
    res.add_argument("--snapshot", help="restore this snapshot of the backup folder instead of the newest")
    res.add_argument(
        "--replace",
        action="store_true",
        help="confirm replacing an existing register (kept as a safety copy)",
    )
    keys = sub.add_parser("keys", help="coordinator keys: list, add, remove, passwd, recovery")
    keys_sub = keys.add_subparsers(dest="keys_command", required=True, parser_class=parser_class)
    keys_sub.add_parser("list", help="every key slot with its label")
    add = keys_sub.add_parser("add", help="add a coordinator (new passphrase asked twice)")
    add.add_argument("--label", required=True, help="the new coordinator's label")
    rem = keys_sub.add_parser("remove", help="remove a coordinator's slot (never the last)")
    rem.add_argument("slot", help="slot id from 'keys list'")
    keys_sub.add_parser("passwd", help="change your own passphrase")
    keys_sub.add_parser("recovery", help="make a new recovery key (the old one stops working)")
    purge = sub.add_parser(
        "purge", help="delete closed cases and pupils who left the school past the retention term, for good"
    )
    purge.add_argument(
        "--years", type=int, default=2,
        help="retention term in years after closing, or after a pupil left the school (default 2)",
    )  # fmt: skip
    purge.add_argument("--yes", action="store_true", help="really delete (without it: only list)")
    purge.add_argument(
        "--remove-from-backups",
        action="store_true",
        help="with --yes: also remove the backups that still hold the deleted cases (a new one is made first)",
    )
    hold = sub.add_parser("hold", help="put a case on legal hold (a police case is pending), or release it")
    hold.add_argument("case", help="case number")
    hold.add_argument("--release", action="store_true", help="release the hold")
    hold.add_argument("--reason", required=True, help="why (recorded in the audit trail)")
    exp = sub.add_parser("export-json", help="the whole register as JSON (AVG data portability)")
    exp.add_argument("-o", "--output", required=True, help="file to write, or - for standard output")
    exp.add_argument(
        "--with-evidence",
        action="store_true",
        help="write a ZIP: register.json and the evidence files (evidence/<id>/<file name>)",
    )
    _add_evidence_commands(sub)
    return parser


def _add_import_commands(sub: argparse._SubParsersAction[Any]) -> None:
    """``import-persons`` and ``import-json``."""
    imp = sub.add_parser(
        "import-persons", help="import pupils (or parents) from the administration's CSV or Excel export"
    )
    imp.add_argument("file", type=Path, help="CSV or .xlsx file (Magister, Somtoday, ParnasSys)")
    imp.add_argument("--parents", action="store_true", help="a parents file: student number of the child, "
                     "names, relation (moeder, vader, verzorger), phone, e-mail")  # fmt: skip
    imp.add_argument("--sheet", help="the sheet of an .xlsx workbook (default: the first)")
    imp.add_argument(
        "--column", action="append", default=[], metavar="HEADER=FIELD",
        help="which field a column holds when its header is not recognised (FIELD empty: ignore it)",
    )  # fmt: skip
    imp.add_argument(
        "--empty-clears", action="store_true", help="an empty cell clears the field (default: left as it is)"
    )
    imp.add_argument(
        "--left", metavar="DATE",
        help="mark the register's pupils missing from this full list as left (uitgeschreven) on DATE",
    )  # fmt: skip
    js = sub.add_parser("import-json", help="load an export-json file into a new, empty register")
    js.add_argument("file", type=Path, help="the export (.json, or the .zip of export-json --with-evidence)")


def _add_disclosure_commands(sub: argparse._SubParsersAction[Any]) -> None:
    """``verify-pdf`` and ``export-certificate``."""
    ver = sub.add_parser("verify-pdf", help="check that a PDF is a case file this register issued, unchanged")
    ver.add_argument("file", type=Path, help="the PDF to check")
    cert = sub.add_parser("export-certificate", help="the register's signing certificate, for PDF readers")
    cert.add_argument("-o", "--output", required=True, type=Path, help="certificate file to write (.pem)")


def _add_evidence_commands(sub: argparse._SubParsersAction[Any]) -> None:
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
        metavar=_MOMENT_HINT,
        help="when the screenshot was made or the post was seen (default: now)",
    )
    add.add_argument(
        "--posted",
        default="",
        metavar=_MOMENT_HINT,
        help="when the message or post itself was sent (not later than --captured; default: unknown)",
    )
