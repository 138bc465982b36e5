"""Python's cyclic garbage collector, run from the event loop only.

The collector normally runs whenever enough objects were allocated, wherever that happens: in
the middle of PySide6's C++ code that is building the Python wrapper of a Qt event for an event
filter, or on a worker thread. A collection at such a moment crashed the application with a
segmentation fault (seen under Xvfb in about one of ten start–use–quit cycles, on PySide6 6.11.3
and 6.12.0 alike, always with the main thread "Garbage-collecting" while a worker ran a backup
or a PDF). The application therefore switches automatic collection off and collects from a
timer of the main thread's event loop, between events, when no wrapper is half made (the way
pyqtgraph, calibre and novelWriter do). Reference counting still frees everything not in a cycle
at once; only cycles wait for the next tick.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject
from PySide6.QtCore import QTimer

INTERVAL_MS = 500


class EventLoopCollector(QObject):
    """Switches automatic collection off and collects each generation past its threshold."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.collections = 0
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """What the collector would have done by itself, now, between two events."""
        counts = gc.get_count()
        if counts[0] <= self.thresholds[0]:
            return
        generation = 0
        if counts[1] > self.thresholds[1]:
            generation = 2 if counts[2] > self.thresholds[2] else 1
        gc.collect(generation)
        self.collections += 1

    def stop(self) -> None:
        """The event loop has ended: no more ticks. Automatic collection stays off, so none runs
        inside the C++ destructors of the windows as they go; the interpreter's own finalization
        frees what is left."""
        self._timer.stop()
