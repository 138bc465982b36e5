"""The ports through which the register issues files, and their wiring.

:class:`Renderer` (what the files look like) and :class:`Signer` (signing with the register's key,
encrypting, checking) are fulfilled by :mod:`udens_register.reporting.publisher`; the composition
root (:mod:`udens_register.app`, and the tests' conftest) wires them with :func:`wire`, so that no
front end imports the renderer and the PDF libraries (reportlab, pyHanko) load only when a file is
made, or in the background while the coordinator types the passphrase (:func:`preload`). Light
on purpose: ``--help`` and the unlock window import this module, not what it wires.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from typing import BinaryIO
from typing import Protocol

if TYPE_CHECKING:
    from udens_register.services.dto import CaseFileBundle
    from udens_register.services.dto import PeriodReport
    from udens_register.services.signing import DisclosureRow
    from udens_register.services.signing import DisclosureService


class Document(Protocol):
    """A rendered PDF, written whole or as a preview (its pictures at screen size)."""

    def write(self, out: BinaryIO, *, password: str = "", preview: bool = False) -> None: ...

    def to_bytes(self, *, password: str = "", preview: bool = False) -> bytes: ...


@dataclass(frozen=True)
class Verification:
    """The outcome of checking a file: ``problem`` is None when it is unchanged and was issued here."""

    problem: str | None  # None, unsigned, changed, other_key, not_issued, password, unreadable
    disclosure: DisclosureRow | None = None
    sha256: str = ""
    fingerprint: str = ""  # of the certificate that signed the file


class Renderer(Protocol):
    """Port: what the register's files look like."""

    def case_file(self, bundle: CaseFileBundle, lang: str) -> Document: ...

    def period_report(self, report: PeriodReport, lang: str) -> Document: ...

    def spreadsheet(self, report: PeriodReport, lang: str) -> bytes: ...

    def document(self, pdf: bytes) -> Document: ...


class Signer(Protocol):
    """Port: signing with the register's key and checking a signed file."""

    def issue(self, disclosures: DisclosureService, document: Document, target: Path, password: str) -> str:
        """Write ``document`` to ``target`` (encrypted with ``password`` when given), signed,
        atomically; the SHA-256 of the file as written."""
        ...

    def write_unsigned(self, document: Document, target: Path, password: str) -> str:
        """Write ``document`` to ``target``, encrypted when ``password`` is given, not signed."""
        ...

    def verify(self, disclosures: DisclosureService, pdf: BinaryIO, password: str) -> Verification: ...

    def is_encrypted(self, pdf: BinaryIO) -> bool: ...


@dataclass(frozen=True)
class Publishing:
    """The renderer and the signer the register issues files with."""

    renderer: Renderer
    signer: Signer


class _Wiring:
    """What the composition root wired: a loader, called once (its libraries load then)."""

    def __init__(self) -> None:
        self.load: Callable[[], Publishing] | None = None
        self.loaded: Publishing | None = None
        self.lock = threading.Lock()


_wiring = _Wiring()


def wire(load: Callable[[], Publishing]) -> None:
    """The composition root says how the renderer and signer are made (called before any file is)."""
    with _wiring.lock:
        _wiring.load = load
        _wiring.loaded = None


def publishing() -> Publishing:
    """The wired renderer and signer, made on first use (thread-safe: a background preload may race)."""
    with _wiring.lock:
        if _wiring.loaded is None:
            if _wiring.load is None:
                raise RuntimeError("no renderer wired: the composition root (udens_register.app) wires one")
            _wiring.loaded = _wiring.load()
        return _wiring.loaded


def preload() -> None:
    """Load the renderer and signer now, on a background thread (the app calls this while the
    passphrase is typed, so the first case file does not wait for reportlab and pyHanko)."""
    if _wiring.load is not None and _wiring.loaded is None:
        threading.Thread(target=publishing, name="preload-publishing", daemon=True).start()
