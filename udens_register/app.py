"""Composition root: the ``udens-register`` entry point; builds the GUI when asked for it."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from udens_register import cli
from udens_register import cli_args


def run_gui(folder: Path, lang: str | None) -> int:
    """Start the desktop application on the register folder ``folder``."""
    try:
        from udens_register.ui.main import run  # noqa: PLC0415  (Qt loads only for the GUI)
    except ImportError as exc:
        print(f"udens-register: {exc}", file=sys.stderr)
        return cli_args.EXIT_USAGE
    return run(folder, lang)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``udens-register`` and ``python -m udens_register``."""
    return cli.main(argv, gui=run_gui)
