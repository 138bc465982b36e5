"""The layer contracts (pyproject.toml, after the layers of the design notes), checked by import-linter."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_are_kept() -> None:
    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    result = subprocess.run([exe, "--config", str(ROOT / "pyproject.toml")], cwd=ROOT, capture_output=True,
                            text=True, check=False)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.split("Contracts:")[-1].replace("0 broken", "")


def test_pure_layers_import_without_qt_or_sqlalchemy() -> None:
    code = (
        "import sys; import udens_register.protocol, udens_register.domain.model;"
        "bad=[m for m in sys.modules if m.split('.')[0] in ('PySide6','sqlalchemy','sqlcipher3')];"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def _graph() -> grimp.ImportGraph:
    """The package's imports, those under ``TYPE_CHECKING`` included (a type is a dependency too)."""
    return grimp.build_graph("udens_register", exclude_type_checking_imports=False, cache_dir=None)


def _layers() -> list[grimp.Layer]:
    """The layers of the import-linter contract in pyproject.toml, highest first."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contract = next(c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers")
    return [
        grimp.Layer(*(m.strip() for m in layer.split("|")), independent=True) for layer in contract["layers"]
    ]


def test_no_module_reaches_itself_through_its_imports() -> None:
    graph = _graph()
    circles = sorted(
        f"{module} -> {imported}"
        for module in graph.modules
        for imported in graph.find_modules_directly_imported_by(module)
        if graph.chain_exists(importer=imported, imported=module)
    )
    assert circles == [], "imports that come back round to their module:\n" + "\n".join(circles)


def test_no_import_runs_from_a_lower_layer_to_a_higher_one() -> None:
    illegal = _graph().find_illegal_dependencies_for_layers(layers=_layers())
    found = sorted(f"{d.importer} -> {d.imported}: {[r.heads for r in d.routes]}" for d in illegal)
    assert found == [], "\n".join(found)


def test_no_private_name_crosses_a_module_boundary() -> None:
    """What two modules share has a public name; ``from x import _y`` and ``x._y`` are refused."""
    crossing = []
    for path in sorted((ROOT / "udens_register").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        ours: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("udens_register"):
                for alias in node.names:
                    if alias.name.startswith("_") and not alias.name.startswith("__"):
                        crossing.append(f"{path.relative_to(ROOT)}:{node.lineno} {alias.name}")
                    ours.add(alias.asname or alias.name)
            elif isinstance(node, ast.Import):
                ours.update(
                    (a.asname or a.name).split(".")[0]
                    for a in node.names
                    if a.name.startswith("udens_register")
                )
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in ours
                    and node.attr.startswith("_") and not node.attr.startswith("__")):  # fmt: skip
                crossing.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.value.id}.{node.attr}")
    assert crossing == [], crossing
