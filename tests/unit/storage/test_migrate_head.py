"""The newest schema revision is read from the shipped scripts' own lines, without loading
Alembic at every open; Alembic decides whenever the scripts are not one plain line."""

from __future__ import annotations

from pathlib import Path

import pytest

from udens_register.storage import migrate


def test_the_head_read_from_the_scripts_is_alembics() -> None:
    assert migrate.head_revision() == migrate._alembic_head()
    assert migrate.head_revision() is not None


def _scripts(folder: Path, *heads: str) -> Path:
    (folder / "versions").mkdir(parents=True)
    for n, text in enumerate(heads):
        (folder / "versions" / f"{n:04d}_x.py").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "scripts",
    [
        # one plain line, quoted either way, with or without a type annotation
        [
            "revision = '0001'\ndown_revision = None\n",
            'revision: str = "0002"\ndown_revision: str | None = "0001"\n',
        ],
    ],
)
def test_a_plain_line_of_scripts_gives_its_last(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scripts: list[str]
) -> None:
    monkeypatch.setattr(migrate, "migrations_dir", lambda: _scripts(tmp_path, *scripts))
    monkeypatch.setattr(migrate, "_alembic_head", lambda: pytest.fail("Alembic loaded"))
    assert migrate.head_revision() == "0002"


@pytest.mark.parametrize(
    "scripts",
    [
        # a merge: down_revision is a tuple
        ["revision = '0001'\ndown_revision = None\n", "revision = '0002'\ndown_revision = None\n",
         "revision = '0003'\ndown_revision = ('0001', '0002')\n"],
        # two heads
        ["revision = '0001'\ndown_revision = None\n", "revision = '0002'\ndown_revision = '0001'\n",
         "revision = '0003'\ndown_revision = '0001'\n"],
        # a parent no script has
        ["revision = '0002'\ndown_revision = '0001'\n"],
        # a script without its lines
        ["revision = '0001'\ndown_revision = None\n", "REVISION = make()\n"],
    ],
)  # fmt: skip
def test_anything_else_is_left_to_alembic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scripts: list[str]
) -> None:
    monkeypatch.setattr(migrate, "migrations_dir", lambda: _scripts(tmp_path, *scripts))
    monkeypatch.setattr(migrate, "_alembic_head", lambda: "from alembic")
    assert migrate.head_revision() == "from alembic"
