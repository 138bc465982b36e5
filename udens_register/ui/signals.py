"""Emitting a signal from Python, safely on every PySide6 release; connecting a slot that takes
nothing of the signal.

PySide6 6.12.0's ``SignalInstance.emit()`` returns ``True`` without a reference of its own, so
every emit from Python takes one reference away from ``True``. After a few thousand emits (the
idle filter emits on every key press and mouse move) ``True`` is freed and the interpreter
aborts, usually while it finalizes at exit: ``Fatal Python error: bool_dealloc: deallocating True
or False: bug likely caused by a refcount error in a C extension``. 6.11.3 does not do this.

Every emit in the application goes through :func:`emit`, which gives the reference back when
(and only when) the running binding is found, once, to drop it.
"""

from __future__ import annotations

import ctypes
import sys
from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtCore import Signal

if TYPE_CHECKING:
    from collections.abc import Callable

_PROBES = 16
_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Probe(QObject):
    ping = Signal()


def _measure() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(0, lost)):
        _incref(True)  # the probe's own losses back
    return lost >= _PROBES


_DROPS: list[bool] = []


def emit_drops_true() -> bool:
    """Whether this PySide6 takes a reference away from ``True`` on every emit (measured once)."""
    if not _DROPS:
        _DROPS.append(_measure())
    return _DROPS[0]


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)``, giving back the reference PySide6 6.12.0 takes from ``True``."""
    signal.emit(*args)
    if emit_drops_true():
        _incref(True)


def without_arguments(slot: Callable[[], object]) -> Callable[..., None]:
    """``slot`` run with no arguments, whatever the signal carries.

    PySide6 passes a signal's arguments to a Python slot that can take them: ``clicked(bool)``
    and ``triggered(bool)`` hand ``checked`` (``False``) to a slot whose first parameter is
    optional, so ``add_file(path=None)`` on a button received ``path=False``;
    ``currentIndexChanged(int)`` made ``reload(select=None)`` select the incident whose id was
    the filter's index. Every button, action and filter whose slot takes no part of the signal
    is connected through this.
    """

    def run(*_ignored: object) -> None:
        slot()

    return run
