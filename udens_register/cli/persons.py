"""Pupils and parents from the school's administration on the command line: ``import-persons``,
all or nothing, naming what changes, what was left empty and which pupils are missing."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from udens_register.cli.console import EXIT_OK
from udens_register.cli.console import EXIT_USAGE
from udens_register.cli.console import Console
from udens_register.cli.console import UsageError
from udens_register.cli.console import parse_day
from udens_register.cli.opening import open_for
from udens_register.cli.opening import require_register
from udens_register.domain.model import display_name
from udens_register.services.import_columns import PARENT_FIELDS
from udens_register.services.import_columns import PUPIL_FIELDS
from udens_register.services.importer import ImportOptions
from udens_register.services.importer import ImportRefused
from udens_register.services.importer import PupilImporter
from udens_register.services.tabular import check_rows
from udens_register.wording import change_words
from udens_register.wording import field_words
from udens_register.wording import fmt_count
from udens_register.wording import message
from udens_register.wording import problem_words
from udens_register.wording.dates import fmt_date

SHOWN = 20


def _mapping(cli: Console, pairs: list[str], fields: tuple[str, ...]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for pair in pairs:
        header, sep, target = pair.partition("=")
        target = target.strip()
        if not sep or not header.strip() or (target and target not in fields):
            raise UsageError(message("import_bad_column", cli.lang, fields=", ".join(fields), value=pair))
        mapping[header.strip()] = target
    return mapping


def _refusal(cli: Console, exc: ImportRefused) -> int:
    if (exc.problems and exc.problems[0].line) or exc.total > 1:
        cli.say(_n("import_refused", exc.total), count=_num(cli, exc.total))
    for p in exc.problems:
        reason = problem_words(p.code, cli.lang, p.params())
        if p.line:
            cli.say("import_line", line=p.line, reason=reason)
        else:
            print(reason[:1].upper() + reason[1:] + ".", file=cli.stderr)
    return EXIT_USAGE


def cmd_import_persons(cli: Console, folder: Path, args: argparse.Namespace) -> int:
    """``import-persons``: all or nothing; names unused columns, kept empty cells and missing pupils."""
    file: Path = args.file
    require_register(folder)
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
    with open_for(cli, folder) as register:
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


def _num(cli: Console, count: int) -> str:
    """A count as the language writes it (20.000 in Dutch)."""
    return fmt_count(count, cli.lang)


def _child(cli: Console, children: dict[int, tuple[str, str]], row: Any) -> str:
    name, number = children.get(row.line, ("", row.student_number))
    return message("import_parent_of", cli.lang, child=name, number=number) if name else number


def _changes(cli: Console, changed: list[tuple[int, str, dict[str, tuple[object, object]]]]) -> None:
    """Each changed row with what changes in it (``klas 2B → 3B``), the first 20."""
    if not changed:
        return
    cli.say("import_changes")
    for line, who, diff in changed[:SHOWN]:
        cli.say("import_change", line=line, who=who, changes=change_words(diff, cli.lang))
    if len(changed) > SHOWN:
        cli.say("import_more", count=len(changed) - SHOWN)


def _empty_kept(cli: Console, cells: list[tuple[int, str]]) -> None:
    if not cells:
        return
    cli.say(_n("import_empty_kept", len(cells)), count=_num(cli, len(cells)))
    for line, key in cells[:SHOWN]:
        cli.say("import_empty_cell", line=line, field=field_words(key, cli.lang))
    if len(cells) > SHOWN:
        cli.say("import_more", count=len(cells) - SHOWN)
