"""Emitting from Python leaves ``True`` alone on every PySide6 (6.12.0 takes a reference per emit,
which made the app abort at exit with ``Fatal Python error: bool_dealloc``)."""

from __future__ import annotations

import ctypes
import re
import sys
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtCore import Signal

from udens_register.ui.signals import emit
from udens_register.ui.signals import emit_drops_true

UDENS = Path(__file__).resolve().parents[2] / "udens_register"
EMITS = 2000


class _Source(QObject):
    changed = Signal(object)
    flag = Signal(bool)


def test_emits_through_the_helper_keep_the_reference_count_of_true(qapp) -> None:  # type: ignore[no-untyped-def]
    source = _Source()
    received: list[object] = []
    source.changed.connect(received.append)
    before = sys.getrefcount(True)
    for n in range(EMITS):
        emit(source.changed, n)
        emit(source.flag, n % 2 == 0)
    assert len(received) == EMITS
    assert abs(sys.getrefcount(True) - before) < 10


def test_the_helper_knows_what_this_binding_does(qapp) -> None:  # type: ignore[no-untyped-def]
    """Measured with a bare emit; the references it takes are given back afterwards."""
    source = _Source()
    before = sys.getrefcount(True)
    for _ in range(200):
        source.changed.emit(None)
    lost = before - sys.getrefcount(True)
    for _ in range(max(0, lost)):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    assert emit_drops_true() == (lost >= 200)


def test_every_emit_of_the_app_goes_through_the_helper() -> None:
    bare = [
        f"{path.relative_to(UDENS)}:{number}"
        for path in UDENS.rglob("*.py")
        if path.name != "signals.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\.emit\(", line)
    ]
    assert bare == []
