"""The command line's imports: pupil and parent lists from the administration, and a whole register
from an ``export-json`` file.

Kept apart from :mod:`udens_register.cli` so that module stays small; the commands share its
``Cli`` (messages, secrets) and its exit codes.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

from udens_register import cli_evidence
from udens_register.domain.errors import NoRegister
from udens_register.domain.model import display_name
from udens_register.services.import_columns import PARENT_FIELDS
from udens_register.services.import_columns import PUPIL_FIELDS
from udens_register.services.importer import ImportOptions
from udens_register.services.importer import ImportRefused
from udens_register.services.importer import PupilImporter
from udens_register.services.register import Location
from udens_register.services.register import open_register
from udens_register.services.register_import import EvidenceSource
from udens_register.services.register_import import base64_evidence
from udens_register.services.register_import import zip_evidence
from udens_register.services.tabular import check_rows
from udens_register.wording import change_words
from udens_register.wording import field_words
from udens_register.wording import fmt_count
from udens_register.wording import message
from udens_register.wording import problem_words
from udens_register.wording.dates import fmt_date

if TYPE_CHECKING:
    from udens_register.cli import Cli

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
SHOWN = 20


def add_commands(sub: argparse._SubParsersAction[Any]) -> None:
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


def _mapping(cli: Cli, pairs: list[str], fields: tuple[str, ...]) -> dict[str, str]:
    from udens_register.cli import UsageError  # noqa: PLC0415 - cli imports this module

    mapping: dict[str, str] = {}
    for pair in pairs:
        header, sep, target = pair.partition("=")
        target = target.strip()
        if not sep or not header.strip() or (target and target not in fields):
            raise UsageError(message("import_bad_column", cli.lang, fields=", ".join(fields), value=pair))
        mapping[header.strip()] = target
    return mapping


def _refusal(cli: Cli, exc: ImportRefused) -> int:
    if (exc.problems and exc.problems[0].line) or exc.total > 1:
        cli.say(_n("import_refused", exc.total), count=_num(cli, exc.total))
    for p in exc.problems:
        reason = problem_words(p.code, cli.lang, p.params())
        if p.line:
            cli.say("import_line", line=p.line, reason=reason)
        else:
            print(reason[:1].upper() + reason[1:] + ".", file=cli.stderr)
    return EXIT_USAGE


def cmd_import_persons(cli: Cli, folder: Path, args: argparse.Namespace) -> int:
    """``import-persons``: all or nothing; names unused columns, kept empty cells and missing pupils."""
    from udens_register.cli import UsageError  # noqa: PLC0415 - cli imports this module
    from udens_register.cli import parse_day  # noqa: PLC0415

    file: Path = args.file
    if not Location(folder).keyfile_path.exists():
        raise NoRegister(str(folder))
    if not file.is_file():
        raise UsageError(message("cannot_read", cli.lang, file=file))
    left = None
    if args.left:
        left = parse_day(args.left)
        if left is None:
            raise UsageError(message("bad_date", cli.lang, value=args.left))
    fields = PARENT_FIELDS if args.parents else PUPIL_FIELDS
    options = ImportOptions(file.name, args.sheet, _mapping(cli, args.column, fields), args.empty_clears)
    try:
        raw = PupilImporter.read(file)
        check_rows(raw, file.name, args.sheet)  # a list far too long is refused before the register opens
    except ImportRefused as exc:
        return _refusal(cli, exc)
    with open_register(
        folder, cli.existing_secret(), progress=cli_evidence.progress_printer(cli)
    ) as register:
        try:
            if args.parents:
                parents = register.parent_importer.apply(raw, options)
            else:
                plan = register.importer.apply(raw, options)
        except ImportRefused as exc:
            return _refusal(cli, exc)
        if args.parents:
            links = message(_n("import_links", parents.links), cli.lang, count=_num(cli, parents.links))
            cli.say("imported_parents", file=file.name, new=_num(cli, len(parents.new)),
                    updated=_num(cli, len(parents.changed)), links=links,
                    unchanged=_num(cli, parents.unchanged))  # fmt: skip
            _changes(cli, [(row.line, f"{display_name(row.first_name, row.infix, row.last_name)} "
                            f"({_child(cli, parents.children, row)})", diff) for row, _id, diff in parents.changed])  # fmt: skip
            if parents.unused:
                cli.say("import_unused", columns=", ".join(parents.unused))
            _empty_kept(cli, parents.empty_kept)
            return EXIT_OK
        cli.say("imported", file=file.name, new=_num(cli, len(plan.new)), updated=_num(cli, len(plan.changed)),
                unchanged=_num(cli, plan.unchanged))  # fmt: skip
        _changes(cli, [(row.line, f"{row.student_number} {display_name(row.first_name, row.infix, row.last_name)}",
                        diff) for row, diff in plan.changed])  # fmt: skip
        if plan.unused:
            cli.say("import_unused", columns=", ".join(plan.unused))
        _empty_kept(cli, plan.empty_kept)
        if plan.missing:
            if left is not None:
                count = register.importer.mark_left([p.id for p in plan.missing], left, file.name)
                cli.say(_n("import_left", count), count=_num(cli, count), date=fmt_date(left))
            else:
                cli.say(_n("import_missing", len(plan.missing)), count=_num(cli, len(plan.missing)))
                for p in plan.missing[:SHOWN]:
                    cli.say("import_missing_pupil", number=p.student_number,
                            name=display_name(p.first_name, p.infix, p.last_name), klass=p.class_name)  # fmt: skip
                if len(plan.missing) > SHOWN:
                    cli.say("import_more", count=len(plan.missing) - SHOWN)
    return EXIT_OK


def _n(code: str, count: int) -> str:
    """The message for one (``<code>_one``) or for any other count."""
    return f"{code}_one" if count == 1 else code


def _num(cli: Cli, count: int) -> str:
    """A count as the language writes it (20.000 in Dutch)."""
    return fmt_count(count, cli.lang)


def _child(cli: Cli, children: dict[int, tuple[str, str]], row: Any) -> str:
    name, number = children.get(row.line, ("", row.student_number))
    return message("import_parent_of", cli.lang, child=name, number=number) if name else number


def _changes(cli: Cli, changed: list[tuple[int, str, dict[str, tuple[object, object]]]]) -> None:
    """Each changed row with what changes in it (``klas 2B → 3B``), the first 20."""
    if not changed:
        return
    cli.say("import_changes")
    for line, who, diff in changed[:SHOWN]:
        cli.say("import_change", line=line, who=who, changes=change_words(diff, cli.lang))
    if len(changed) > SHOWN:
        cli.say("import_more", count=len(changed) - SHOWN)


def _empty_kept(cli: Cli, cells: list[tuple[int, str]]) -> None:
    if not cells:
        return
    cli.say(_n("import_empty_kept", len(cells)), count=_num(cli, len(cells)))
    for line, key in cells[:SHOWN]:
        cli.say("import_empty_cell", line=line, field=field_words(key, cli.lang))
    if len(cells) > SHOWN:
        cli.say("import_more", count=len(cells) - SHOWN)


def cmd_import_json(cli: Cli, folder: Path, file: Path) -> int:
    """``import-json``: an export into a new register (made here when the folder has none, the
    passphrase asked twice) or into an empty one; refused into a register that holds data."""
    import json  # noqa: PLC0415

    from udens_register.cli import UsageError  # noqa: PLC0415 - cli imports this module
    from udens_register.services.register_import import check_document  # noqa: PLC0415
    from udens_register.services.register_import_check import JsonRefused  # noqa: PLC0415
    from udens_register.services.register_import_check import check_consistency  # noqa: PLC0415
    from udens_register.services.register_import_check import check_images  # noqa: PLC0415

    if not file.is_file():
        raise UsageError(message("cannot_read", cli.lang, file=file))
    archive: zipfile.ZipFile | None = None
    try:
        if zipfile.is_zipfile(file):  # export-json --with-evidence: register.json and the files
            archive = zipfile.ZipFile(file)
            doc = check_document(json.loads(archive.read("register.json")))
        else:
            with file.open("rb") as handle:
                doc = check_document(json.load(handle))
        # Refused before a new register is made for it (the load checks again, inside).
        check_consistency(doc)
        check_images(doc)
    except json.JSONDecodeError as exc:
        if archive is not None:
            archive.close()
        raise UsageError(message("json_not_json", cli.lang, line=exc.lineno, column=exc.colno)) from exc
    except (OSError, KeyError, zipfile.BadZipFile, UnicodeDecodeError) as exc:
        if archive is not None:
            archive.close()
        raise UsageError(message("json_unreadable", cli.lang)) from exc
    except JsonRefused as exc:
        if archive is not None:
            archive.close()
        raise UsageError(_json_words(cli, exc)) from exc
    with archive or contextlib.nullcontext():
        return _load_json(
            cli, folder, file, doc, zip_evidence(archive) if archive is not None else base64_evidence
        )


def _load_json(cli: Cli, folder: Path, file: Path, doc: dict[str, Any], evidence: EvidenceSource) -> int:
    from udens_register.cli import _kdf_seconds  # noqa: PLC0415 - cli imports this module
    from udens_register.services.register import create_register  # noqa: PLC0415
    from udens_register.services.register_import_check import JsonRefused  # noqa: PLC0415

    recovery = None
    made: list[Path] = []  # what this command made, removed again when the load is refused
    if Location(folder).exists():
        secret = cli.existing_secret()
    else:
        secret = cli.new_passphrase()
        before = set(folder.iterdir()) if folder.is_dir() else None
        recovery = create_register(folder, secret, "Zorgcoördinator", kdf_seconds=_kdf_seconds()).recovery_key
        made = [folder] if before is None else sorted(set(folder.iterdir()) - before)
    refused: JsonRefused | None = None
    with open_register(folder, secret) as register:
        try:
            loaded = register.register_importer.load(doc, evidence)
        except JsonRefused as exc:
            refused = exc
    if refused is not None:
        for path in made:  # a register made for a refused load would hold a key never shown
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
        print(_json_words(cli, refused), file=cli.stderr)
        return EXIT_USAGE
    cli.say("json_imported", file=file.name, persons=loaded.persons, incidents=loaded.incidents,
            disclosures=loaded.disclosures)  # fmt: skip
    if recovery is not None:
        print(message("recovery_key", cli.lang, key=recovery), file=cli.stdout)
    return EXIT_OK


def _json_words(cli: Cli, exc: Any) -> str:
    """The one line of a refused ``import-json`` (a :class:`JsonRefused`), its place in Dutch too."""
    values = dict(exc.values)
    where = values.pop("where", None)
    if where is not None:
        values["where"] = message(where[0], cli.lang, id=where[1])
    return message(exc.code, cli.lang, detail=exc.detail, **values)
