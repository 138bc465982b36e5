"""No signal hands its arguments to a slot's optional parameter.

PySide6 passes a signal's arguments to a Python slot that can take them. The evidence tab's
*Bestand toevoegen…* button was connected to ``add_file(path=None)``: ``clicked(bool)`` made it
``add_file(False)`` and every press ended in the unexpected-error dialog; a filter's
``currentIndexChanged(int)`` reached ``reload(select=None)`` and selected the incident whose id
was the filter's index. A slot with an optional parameter is connected through
``without_arguments`` (or a lambda that says what it passes); this test reads every ``connect``
of the interface and names each one that is not.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "udens_register" / "ui"


def _optional_positional(function: ast.FunctionDef) -> list[str]:
    args = [a.arg for a in (*function.args.posonlyargs, *function.args.args) if a.arg != "self"]
    return args[len(args) - len(function.args.defaults) :] if function.args.defaults else []


def _functions() -> dict[str, list[tuple[Path, ast.FunctionDef]]]:
    found: dict[str, list[tuple[Path, ast.FunctionDef]]] = {}
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef):
                found.setdefault(node.name, []).append((path, node))
    return found


# Qt's own signals that carry nothing: no argument can reach a slot from them.
QT_SIGNALS_WITHOUT_ARGUMENTS = {
    "timeout",
    "accepted",
    "rejected",
    "editingFinished",
    "returnPressed",
    "itemSelectionChanged",
    "dataChanged",
}


def _signals_without_arguments() -> set[str]:
    """Qt's signals that carry nothing, and the interface's own ``name = Signal()`` (a name that
    is declared with arguments anywhere does not count)."""
    bare, loaded = set(), set()
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Call)
                and isinstance(node.value.func, ast.Name)
                and node.value.func.id == "Signal"
            ):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        (loaded if node.value.args else bare).add(target.id)
    return QT_SIGNALS_WITHOUT_ARGUMENTS | (bare - loaded)


def _connected_slots() -> list[tuple[Path, int, str]]:
    """(file, line, name) of every function connected by reference (not through a lambda or a
    call) to a signal that may carry arguments."""
    quiet = _signals_without_arguments()
    slots = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "connect"
                and node.args
            ):
                continue
            signal = node.func.value
            if isinstance(signal, ast.Attribute) and signal.attr in quiet:
                continue
            target = node.args[0]
            if isinstance(target, ast.Attribute):
                slots.append((path, node.lineno, target.attr))
            elif isinstance(target, ast.Name):
                slots.append((path, node.lineno, target.id))
    return slots


def test_no_slot_connected_by_reference_has_an_optional_parameter() -> None:
    functions = _functions()
    wrong = []
    for path, line, name in _connected_slots():
        # The same module's function of that name first (a method of the widget itself), else any.
        candidates = [f for p, f in functions.get(name, []) if p == path] or [
            f for _p, f in functions.get(name, [])
        ]
        for function in candidates:
            optional = _optional_positional(function)
            if optional:
                wrong.append(f"{path.relative_to(UI)}:{line} {name}({', '.join(optional)}=…)")
    assert wrong == [], "connect these through without_arguments (or a lambda): " + "; ".join(wrong)


def test_the_audit_sees_the_wiring() -> None:
    """The audit reads the connects it is meant to read (a parser change would make it pass empty)."""
    names = {name for _path, _line, name in _connected_slots()}
    assert {"try_unlock", "edit_current", "choose", "on_unlocked"} <= names
    assert len(names) > 40


def test_button_rows_and_the_action_table_pass_nothing_to_their_slots(qapp) -> None:  # type: ignore[no-untyped-def]
    """The tables of buttons and of window commands call each slot with no arguments: ``checked``
    never reaches one (here a slot shaped like ``add_file(path=None)``)."""
    from PySide6.QtWidgets import QHBoxLayout
    from PySide6.QtWidgets import QPushButton

    from udens_register.ui.dialogs import action_button
    from udens_register.ui.dialogs import button_rows

    got: list[object] = []

    def slot(path: object = None) -> None:
        got.append(path)

    buttons: dict[str, QPushButton] = {}
    row = QHBoxLayout()
    button_rows(buttons, ((row, "add", "&Add file…", slot),))
    buttons["add"].click()
    checkable = action_button("&Toggle", slot)
    checkable.setCheckable(True)
    checkable.click()
    assert got == [None, None]
