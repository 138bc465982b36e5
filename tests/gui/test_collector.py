"""Python's cyclic garbage collector runs from the event loop only (a collection inside PySide6's
C++ code crashed the application now and then)."""

from __future__ import annotations

import gc
import inspect
import weakref
from collections.abc import Iterator

import pytest

from udens_register.ui import main
from udens_register.ui.collector import EventLoopCollector


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


@pytest.fixture
def collector(qapp) -> Iterator[EventLoopCollector]:  # type: ignore[no-untyped-def]
    made = EventLoopCollector(qapp, interval_ms=20)
    try:
        yield made
    finally:
        made.stop()
        gc.enable()


def test_automatic_collection_is_off_and_cycles_go_between_events(qtbot, collector) -> None:  # type: ignore[no-untyped-def]
    assert not gc.isenabled()
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    gone = weakref.ref(a)
    del a, b
    kept = [_Node() for _ in range(3 * collector.thresholds[0])]  # past the first threshold
    assert gone() is not None, "nothing is collected outside the event loop"
    qtbot.waitUntil(lambda: gone() is None, timeout=5000)
    del kept
    assert collector.collections >= 1


def test_nothing_is_collected_below_the_threshold(qtbot, collector) -> None:  # type: ignore[no-untyped-def]
    gc.collect()
    before = collector.collections
    qtbot.wait(100)
    assert collector.collections == before


def test_the_application_runs_with_it() -> None:
    """``run`` makes the collector before the first window (read from the source: running the
    whole application here would take the test process's event loop)."""
    source = inspect.getsource(main.run)
    assert source.index("EventLoopCollector(app)") < source.index("MainWindow(")
    assert "collector.stop()" in source
