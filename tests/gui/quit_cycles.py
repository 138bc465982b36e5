"""Start, unlock, use and quit the real application many times on a real X server.

Run under Xvfb with the xcb platform (as a coordinator's desktop would run it)::

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tests/gui/quit_cycles.py --cycles 30

Each cycle starts ``udens-register`` on a demo register, types the passphrase, opens cases with
the keyboard and the mouse, then every dialog of the toolbar by its shortcut (new incident,
decision wizard, follow-up actions, persons, the case-file PDF and its preview) and the evidence
tab, closing each with Escape, and quits with Ctrl+Q (*Bestand → Afsluiten*). A cycle passes
when the process ends with exit 0 and writes nothing to stderr (no ``Segmentation fault``, no
``Fatal Python error``, no Qt warning). Needs ``xdotool``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSPHRASE = "quit cycles passphrase"
WINDOW_TITLE = "Udens Register"
# Where the case pane's tabs are in the 1200 x 760 window (Dutch labels, Xvfb at 1366 x 768).
EVIDENCE_TAB = (974, 80)
CASE_TAB = (836, 80)


def xdo(*args: str, check: bool = False) -> str:
    """Run xdotool; its output (window ids) or ''."""
    result = subprocess.run(["xdotool", *args], capture_output=True, text=True, timeout=30, check=False)
    if check and result.returncode != 0:
        raise RuntimeError(f"xdotool {' '.join(args)}: {result.stderr.strip()}")
    return result.stdout.strip()


def wait_window(pid: int, timeout: float = 150.0) -> str:
    """The id of the process's visible main window, once it is mapped."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ids = xdo("search", "--onlyvisible", "--pid", str(pid), "--name", WINDOW_TITLE).split()
        if ids:
            return ids[0]
        time.sleep(0.2)
    raise TimeoutError("the window did not appear")


FOCUS: dict[str, str] = {}


def root_window() -> str:
    """The root window's id (an empty-name search by process also lists it)."""
    if "root" not in FOCUS:
        info = subprocess.run(["xwininfo", "-root"], capture_output=True, text=True, check=False).stdout
        FOCUS["root"] = str(int(info.split("Window id:")[1].split()[0], 16))
    return FOCUS["root"]


def keys(*names: str, pause: float = 0.25) -> None:
    """Keys to the app's window that has the focus (a dialog it just opened takes it).

    Without a window manager the X focus falls back to the root when a window closes or the
    unlock screen gives way to the workspace; then the main window gets it back first.
    """
    for name in names:
        focused = xdo("getwindowfocus")
        ours = set(xdo("search", "--onlyvisible", "--pid", FOCUS["pid"], "").split()) - {root_window()}
        if focused not in ours:
            xdo("windowfocus", "--sync", FOCUS["window"])
        xdo("key", "--clearmodifiers", name)
        time.sleep(pause)


def shown() -> int:
    """How many of the app's windows are on screen (the main window and its open dialogs)."""
    return len(set(xdo("search", "--onlyvisible", "--pid", FOCUS["pid"], "").split()) - {root_window()})


def wait_shown(count: int, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if shown() == count:
            return True
        time.sleep(0.2)
    return False


def focus_top() -> None:
    """Give the keyboard to the app's newest window (a dialog), as a window manager would."""
    tops = [w for w in xdo("search", "--onlyvisible", "--pid", FOCUS["pid"], "").split()
            if w not in (root_window(), FOCUS["window"])]  # fmt: skip
    if tops:
        xdo("windowfocus", "--sync", tops[-1])


def dialog(key: str, *then: str, opens: bool = True, timeout: float = 60.0) -> None:
    """Open a dialog with ``key``, press ``then`` in it, close it with Escape, each step awaited.

    ``opens``: Return in the dialog opens a second window (the PDF preview); in the wizard it
    turns the page instead, which is awaited for a moment, not for a window that never comes.
    """
    keys(key)
    if not wait_shown(2, timeout):
        return
    for name in then:
        focus_top()
        before = shown()
        xdo("key", "--clearmodifiers", name)
        if name == "Return" and opens:  # opens a second window (the PDF preview)
            wait_shown(before + 1, timeout) or time.sleep(1.0)
        elif name == "Return":  # the next page
            time.sleep(1.5)
    for _ in range(4):  # close whatever it opened, newest first
        count = shown()
        if count <= 1:
            return
        focus_top()
        xdo("key", "--clearmodifiers", "Escape")
        wait_shown(count - 1, 15.0)


def use(window: str, rounds: int, wiggle: int) -> None:
    """What a coordinator does in a few minutes, at machine speed."""
    xdo("windowfocus", "--sync", window)
    xdo("type", "--delay", "5", PASSPHRASE)
    keys("Return", pause=2.0)
    for r in range(rounds):
        keys("Down", "Down", pause=0.6)  # another case opens in the case pane
        for n in range(wiggle):  # the mouse over the window: every move is an event the app sees
            xdo("mousemove", "--window", window, str(100 + (n * 37) % 1000), str(120 + (n * 53) % 550))
        xdo("mousemove", "--window", window, "300", str(180 + 22 * (r % 5)))
        xdo("click", "1")  # a case by mouse
        time.sleep(0.6)
        dialog("ctrl+n")  # a new incident (closed unsaved)
        dialog("ctrl+shift+a")  # follow-up actions
        dialog("ctrl+p")  # persons (issue 24: the crash on quit after this one)
        for x, y in EVIDENCE_TAB, CASE_TAB:  # the evidence tab (its thumbnails load), then back
            xdo("mousemove", "--window", window, str(x), str(y))
            xdo("click", "1")
            time.sleep(0.8)
        dialog("ctrl+e", "Return")  # the case file PDF, made and previewed from memory (QtPdf)
        dialog("ctrl+d", "Return", opens=False)  # the decision wizard and its first questions


def quit_app(window: str) -> None:
    """Quit as a coordinator does: Ctrl+Q (Bestand → Afsluiten)."""
    keys("ctrl+q", pause=0.2)


def cycle(
    folder: Path, env: dict[str, str], rounds: int, wiggle: int, log: Path
) -> tuple[int | None, str, float]:
    start = time.monotonic()
    with log.open("w") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "udens_register", "--data-dir", str(folder)],
            env=env, stdout=subprocess.DEVNULL, stderr=err,
        )  # fmt: skip
        try:
            window = wait_window(proc.pid)
            FOCUS.update(pid=str(proc.pid), window=window)
            time.sleep(0.5)
            use(window, rounds, wiggle)
            quit_app(window)
            code: int | None = proc.wait(timeout=60)
        except (TimeoutError, subprocess.TimeoutExpired, RuntimeError) as exc:
            shot = log.with_suffix(".png")
            subprocess.run(["import", "-window", "root", str(shot)], check=False)
            print(f"  stuck: {exc} (screen: {shot})", flush=True)
            proc.kill()
            proc.wait()
            code = None
    said = log.read_text(errors="replace").strip()
    return code, said, time.monotonic() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=2, help="use rounds per cycle")
    parser.add_argument("--wiggle", type=int, default=40, help="mouse moves over the window per round")
    parser.add_argument("--keep", action="store_true", help="keep the demo register and logs")
    parser.add_argument("--register", type=Path, help="a copy of this register instead of a new demo one")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        print("quit_cycles: no DISPLAY; run it under xvfb-run", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="quit-cycles-"))
    home = work / "home"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "QT_QPA_PLATFORM": "xcb",
        "LANG": "nl_NL.UTF-8",
        "UDENS_REGISTER_KDF_SECONDS": "0.05",
        "UDENS_REGISTER_PASSPHRASE": PASSPHRASE,
        "PYTHONFAULTHANDLER": "1",  # a crash names where it happened on stderr
    }
    folder = work / "register"
    if args.register:  # its passphrase must be PASSPHRASE
        shutil.copytree(args.register, folder)
    else:
        made = subprocess.run(
            [sys.executable, "-m", "udens_register", "--data-dir", str(folder), "demo"],
            env=env, capture_output=True, text=True, check=False,
        )  # fmt: skip
        if made.returncode != 0:
            print(made.stderr, file=sys.stderr)
            return 2
    del env["UDENS_REGISTER_PASSPHRASE"]  # the app asks for it on its unlock screen
    results = []
    for n in range(1, args.cycles + 1):
        code, said, seconds = cycle(folder, env, args.rounds, args.wiggle, work / f"cycle-{n}.log")
        results.append((code, said))
        print(f"cycle {n:2}: exit {code}, stderr {said[:300]!r}, {seconds:.1f} s", flush=True)
    clean = sum(1 for code, said in results if code == 0 and not said)
    print(f"{clean} of {len(results)} cycles ended with exit 0 and nothing on stderr")
    if args.keep:
        print(f"kept: {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if clean == len(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
