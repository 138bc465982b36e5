"""The register as one document (AVG data portability): ``export-json`` (with its evidence as a
ZIP) and ``import-json`` into a new or empty register."""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import sys
import zipfile
from pathlib import Path
from typing import Any

from udens_register.cli.console import EXIT_OK
from udens_register.cli.console import EXIT_USAGE
from udens_register.cli.console import Console
from udens_register.cli.console import UsageError
from udens_register.cli.opening import kdf_seconds
from udens_register.cli.opening import new_passphrase
from udens_register.cli.opening import open_for
from udens_register.cli.opening import require_register
from udens_register.services.register import Location
from udens_register.services.register import create_register
from udens_register.services.register import open_register
from udens_register.services.register_import import EvidenceSource
from udens_register.services.register_import import base64_evidence
from udens_register.services.register_import import check_document
from udens_register.services.register_import import zip_evidence
from udens_register.services.register_import_check import JsonRefused
from udens_register.services.register_import_check import check_consistency
from udens_register.services.register_import_check import check_images
from udens_register.storage.engine import known_errors
from udens_register.vault.files import atomic_stream
from udens_register.vault.files import atomic_write
from udens_register.wording import message


def cmd_export_json(cli: Console, folder: Path, args: argparse.Namespace) -> int:
    """``export-json -o FILE|-``: the whole register as JSON; ``--with-evidence`` a ZIP."""
    require_register(folder)
    output: str = args.output
    target = None if output == "-" else Path(output)
    if target is not None and not target.parent.is_dir():
        raise UsageError(message("folder_missing", cli.lang, folder=target.parent))
    if args.with_evidence:
        return export_zip(cli, folder, output)
    with open_for(cli, folder) as register:
        data = register.export_json()
    if target is None:
        cli.stdout.write(data.decode("utf-8"))
        cli.stdout.flush()
    else:
        atomic_write(target, data)
        cli.say("exported", file=target)
    return EXIT_OK


def export_zip(cli: Console, folder: Path, output: str) -> int:
    """``export-json --with-evidence``: ``register.json`` and the evidence files in one ZIP, streamed."""
    if output == "-":
        binary = getattr(cli.stdout, "buffer", None) if cli.stdout is sys.stdout else None
        if binary is None:
            raise UsageError(message("zip_needs_file", cli.lang))
        with open_for(cli, folder) as register:
            register.export_zip(binary)
        binary.flush()
        return EXIT_OK
    target = Path(output)
    if not target.parent.is_dir():
        raise UsageError(message("folder_missing", cli.lang, folder=target.parent))
    with open_for(cli, folder) as register, known_errors(), atomic_stream(target) as out:
        count = register.export_zip(out)
    cli.say("exported_zip", file=target, count=count)
    return EXIT_OK


def cmd_import_json(cli: Console, folder: Path, args: argparse.Namespace) -> int:
    """``import-json``: an export into a new register (made here when the folder has none, the
    passphrase asked twice) or into an empty one; refused into a register that holds data."""
    file: Path = args.file
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
        raise UsageError(json_words(cli, exc)) from exc
    with archive or contextlib.nullcontext():
        return _load_json(
            cli, folder, file, doc, zip_evidence(archive) if archive is not None else base64_evidence
        )


def _load_json(cli: Console, folder: Path, file: Path, doc: dict[str, Any], evidence: EvidenceSource) -> int:
    recovery = None
    made: list[Path] = []  # what this command made, removed again when the load is refused
    if Location(folder).exists():
        secret = cli.existing_secret()
    else:
        secret = new_passphrase(cli)
        before = set(folder.iterdir()) if folder.is_dir() else None
        recovery = create_register(folder, secret, "Zorgcoördinator", kdf_seconds=kdf_seconds()).recovery_key
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
        print(json_words(cli, refused), file=cli.stderr)
        return EXIT_USAGE
    cli.say("json_imported", file=file.name, persons=loaded.persons, incidents=loaded.incidents,
            disclosures=loaded.disclosures)  # fmt: skip
    if recovery is not None:
        print(message("recovery_key", cli.lang, key=recovery), file=cli.stdout)
    return EXIT_OK


def json_words(cli: Console, exc: JsonRefused) -> str:
    """The one line of a refused ``import-json``, its place in Dutch too."""
    values: dict[str, Any] = dict(exc.values)
    where = values.pop("where", None)
    if where is not None:
        values["where"] = message(where[0], cli.lang, id=where[1])
    return message(exc.code, cli.lang, detail=exc.detail, **values)
