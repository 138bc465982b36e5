"""Composition root: the ``udens-register`` entry point; builds the GUI when asked for it."""

from __future__ import annotations

import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udens_register.services.publishing import Publishing


def keep_warnings_from_people() -> None:
    """No Python warning of a library reaches the coordinator's screen or terminal.

    A deprecation inside a dependency (cryptography 51 warns about DSA when pyHanko imports
    it) says nothing a care coordinator can act on, and a second line under every command
    reads as a fault. Developers still see them: ``-W`` or ``PYTHONWARNINGS`` set anything
    else, and the test suite turns every warning into an error (``pyproject.toml``).
    """
    if not sys.warnoptions:
        warnings.simplefilter("ignore")


def wire() -> None:
    """The composition root's wiring: the register issues its files with the renderer and signer
    of :mod:`udens_register.reporting` (loaded when the first file is made, or in the background
    while the passphrase is typed; never for ``--help``)."""
    from udens_register.services import publishing  # noqa: PLC0415  (after the warnings filter, see main)

    publishing.wire(load_publishing)


def load_publishing() -> Publishing:
    """The renderer and signer: reportlab, pypdf and pyHanko load now."""
    from udens_register.reporting.publisher import publishing  # noqa: PLC0415  (loaded on first use)

    return publishing()


def run_gui(folder: Path, lang: str | None) -> int:
    """Start the desktop application on the register folder ``folder``."""
    from udens_register.cli.console import EXIT_USAGE  # noqa: PLC0415  (after the warnings filter, see main)

    try:
        from udens_register.ui.main import run  # noqa: PLC0415  (Qt loads only for the GUI)
    except ImportError as exc:
        print(f"udens-register: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return run(folder, lang)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``udens-register`` and ``python -m udens_register``."""
    keep_warnings_from_people()
    wire()
    # Imported only now: the libraries behind the commands warn while they are imported.
    from udens_register.cli.main import main as run_cli  # noqa: PLC0415

    return run_cli(argv, gui=run_gui)
