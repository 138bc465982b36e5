"""Keep ``resources/i18n/udens_register_nl.ts`` in step with the source, and build the ``.qm``.

``python -m udens_register.ui.i18n_tool update`` extracts every translatable string from
``udens_register/ui`` (calls of ``QCoreApplication.translate("Context", "text", ...)``, of a
local alias ``t = QCoreApplication.translate``, and of a module's ``_t(text)`` helper whose
body names its context), keeps the Dutch translations already in the ``.ts`` file, marks new
ones unfinished, and compiles the ``.qm`` with ``pyside6-lrelease``. Python's own parser
reads the strings, so implicit concatenation of literals is understood.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from udens_register.paths import resources_dir

UI_DIR = Path(__file__).resolve().parent
TS_NAME = "udens_register_nl.ts"
QM_NAME = "udens_register_nl.qm"


@dataclass(frozen=True)
class Message:
    """One translatable string."""

    context: str
    source: str
    numerus: bool
    where: str


def _const_str(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _is_translate(func: ast.AST, aliases: set[str]) -> bool:
    if isinstance(func, ast.Attribute) and func.attr == "translate":
        return isinstance(func.value, ast.Name) and func.value.id == "QCoreApplication"
    return isinstance(func, ast.Name) and func.id in aliases


def _helper_context(tree: ast.Module) -> str | None:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_t":
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and _is_translate(inner.func, set()) and inner.args:
                    return _const_str(inner.args[0])
    return None


def extract(folder: Path = UI_DIR) -> list[Message]:
    """Every translatable string under ``folder``, in file and line order, without repeats."""
    found: dict[tuple[str, str], Message] = {}
    for path in sorted(folder.rglob("*.py")):  # screen families live in subpackages (ui/decision/)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        helper = _helper_context(tree)
        aliases = {
            target.id
            for node in ast.walk(tree)
            if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "translate"
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            where = f"{path.relative_to(folder).as_posix()}:{node.lineno}"
            if _is_translate(node.func, aliases) and len(node.args) >= 2:
                context, source = _const_str(node.args[0]), _const_str(node.args[1])
                numerus = len(node.args) >= 4
            elif helper and isinstance(node.func, ast.Name) and node.func.id == "_t" and node.args:
                context, source, numerus = helper, _const_str(node.args[0]), False
            else:
                continue
            if context is None or source is None:
                continue
            found.setdefault((context, source), Message(context, source, numerus, where))
    return sorted(found.values(), key=lambda m: (m.context, m.where))


def read_ts(path: Path) -> dict[tuple[str, str], list[str]]:
    """Finished translations in a ``.ts`` file: (context, source) -> forms."""
    if not path.is_file():
        return {}
    result: dict[tuple[str, str], list[str]] = {}
    for ctx in ET.parse(path).getroot().iter("context"):  # noqa: S314 - our own file
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            translation = msg.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            if any(forms):
                result[(name, msg.findtext("source") or "")] = forms
    return result


def write_ts(path: Path, messages: list[Message], known: dict[tuple[str, str], list[str]]) -> tuple[int, int]:
    """Write the ``.ts``; returns (translated, total)."""
    root = ET.Element("TS", version="2.1", language="nl_NL", sourcelanguage="en_GB")
    done = 0
    by_context: dict[str, list[Message]] = {}
    for m in messages:
        by_context.setdefault(m.context, []).append(m)
    for context in sorted(by_context):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for m in by_context[context]:
            msg = ET.SubElement(ctx, "message", numerus="yes") if m.numerus else ET.SubElement(ctx, "message")
            file_name, line = m.where.split(":")
            ET.SubElement(msg, "location", filename=f"../../udens_register/ui/{file_name}", line=line)
            ET.SubElement(msg, "source").text = m.source
            forms = known.get((m.context, m.source))
            translation = ET.SubElement(msg, "translation")
            if forms:
                done += 1
            else:
                translation.set("type", "unfinished")
            if m.numerus:
                for form in forms or ["", ""]:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0] if forms else ""
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return done, len(messages)


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm`` with PySide6's lrelease."""
    exe = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    subprocess.run([exe, "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str] | None = None) -> int:
    """``update``: refresh the .ts and build the .qm; ``check``: report coverage."""
    args = sys.argv[1:] if argv is None else argv
    folder = resources_dir() / "i18n"
    ts = folder / TS_NAME
    messages = extract()
    known = read_ts(ts)
    if args[:1] == ["update"]:
        done, total = write_ts(ts, messages, known)
        lrelease(ts, folder / QM_NAME)
    else:
        done = sum((m.context, m.source) in known for m in messages)
        total = len(messages)
    print(f"{done}/{total} messages translated ({100 * done / max(total, 1):.1f}%)")
    for m in messages:
        if (m.context, m.source) not in known:
            print(f"  untranslated: {m.where} [{m.context}] {m.source!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
