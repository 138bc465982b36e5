"""Keep the wording catalogue current: extract, update and compile with Babel.

``python -m udens_register.wording.tool`` extracts every ``N_("group.code", "English")`` of
:mod:`udens_register.wording.source` into ``resources/locale/udens_register.pot``, merges it into
each language's ``.po`` (new entries come out untranslated and fuzzy-free, so a test names them)
and compiles the ``.mo`` files the app reads. Babel is a development tool here, not a run-time need.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog  # type: ignore[import-untyped,unused-ignore]
from babel.messages.extract import extract_from_file  # type: ignore[import-untyped,unused-ignore]
from babel.messages.mofile import write_mo  # type: ignore[import-untyped,unused-ignore]
from babel.messages.pofile import read_po  # type: ignore[import-untyped,unused-ignore]
from babel.messages.pofile import write_po  # type: ignore[import-untyped,unused-ignore]

from udens_register.wording import DOMAIN

ROOT = Path(__file__).resolve().parents[2]
SOURCES = tuple(
    Path(__file__).with_name(n)
    for n in ("source.py", "source_pdf.py", "source_import.py", "source_system.py", "source_family.py")
)
LOCALE = ROOT / "resources" / "locale"
TRANSLATED = ("nl",)


def template() -> Catalog:
    """Every entry of the source, as Babel extracts it."""
    catalog = Catalog(domain=DOMAIN)
    for source in SOURCES:
        for lineno, message, _comments, context in extract_from_file(
            "python", str(source), keywords={"N_": ((1, "c"), 2)}
        ):
            catalog.add(message, locations=[(source.name, lineno)], context=context)
    return catalog


def compiled(po_path: Path) -> bytes:
    """The ``.mo`` bytes of a ``.po`` file."""
    with po_path.open("rb") as handle:
        catalog = read_po(handle)
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def update() -> int:
    """Write the template, merge it into every language and compile; returns untranslated count."""
    pot = template()
    with (LOCALE / f"{DOMAIN}.pot").open("wb") as handle:
        write_po(handle, pot, omit_header=True, sort_output=False, width=110, include_lineno=False)
    untranslated = 0
    for lang in TRANSLATED:
        po_path = LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
        with po_path.open("rb") as handle:
            catalog = read_po(handle, locale=lang)
        catalog.update(pot, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        with po_path.open("wb") as handle:
            write_po(handle, catalog, omit_header=False, width=110, include_lineno=False)
        untranslated += sum(1 for m in catalog if m.id and not m.string)
        po_path.with_suffix(".mo").write_bytes(compiled(po_path))
    return untranslated


def main() -> int:
    """Command-line entry: update and compile, and say what still needs Dutch."""
    missing = update()
    print(f"wording: catalogue updated; {missing} entr{'y' if missing == 1 else 'ies'} without Dutch")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
