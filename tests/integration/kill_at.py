"""Run the command line and SIGKILL the process at an exact moment (for the crash tests).

``python -m tests.integration.kill_at POINT N -- ARGS...`` runs ``udens-register ARGS`` and kills
itself with SIGKILL (no cleanup, no ``finally``: what a power cut or ``kill -9`` does) just
before the ``N``-th (0-based) durable step of kind ``POINT``:

- ``replace``: an ``os.replace`` (every rename that moves a file into place),
- ``fsync``: an ``os.fsync`` (every point where data is made durable),
- ``sql``: an SQL statement sent to SQLite (inside a migration's transaction, for example).

With ``N`` = -1 nothing is killed and the number of steps of that kind is printed last on
standard error as ``steps=<n>``, so a test can kill at every one of them.
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Any


def main() -> int:
    point, target = sys.argv[1], int(sys.argv[2])
    args = sys.argv[sys.argv.index("--") + 1 :]
    seen = {"n": 0}

    def step() -> None:
        if seen["n"] == target:
            os.kill(os.getpid(), signal.SIGKILL)
        seen["n"] += 1

    if point in ("replace", "fsync"):
        real = getattr(os, point)

        def hooked(*a: Any, **k: Any) -> Any:
            step()
            return real(*a, **k)

        setattr(os, point, hooked)
    elif point == "sql":
        from sqlalchemy import event
        from sqlalchemy.engine import Engine

        @event.listens_for(Engine, "before_cursor_execute")
        def _before(*_a: Any) -> None:
            step()
    else:
        raise SystemExit(f"unknown point {point}")
    from udens_register.app import main as app_main

    code = app_main(args)
    print(f"steps={seen['n']}", file=sys.stderr)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
