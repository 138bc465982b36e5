"""Alembic, run in code: encrypted safety copy first, foreign keys off, check after."""

from __future__ import annotations

import os
import re
from datetime import UTC
from datetime import datetime
from pathlib import Path
from typing import Any

from udens_register.domain.errors import RegisterDamaged
from udens_register.paths import migrations_dir
from udens_register.storage.engine import copy_database
from udens_register.storage.engine import known_errors
from udens_register.storage.engine import make_engine
from udens_register.vault.files import fsync_dir
from udens_register.wording.dates import fmt_stamp


def _config() -> Any:
    from alembic.config import Config  # noqa: PLC0415 - Alembic loads only when a schema changes

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


# A script's own ``revision = "0014"`` and ``down_revision = "0013"`` lines (or ``None``).
_REVISION_LINE = re.compile(
    r"""^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(?:["']([^"'\n]*)["']|None)\s*$""", re.M
)


def head_revision() -> str | None:
    """The newest revision the shipped scripts know.

    Read from the scripts' ``revision`` and ``down_revision`` lines, so that opening a register
    already at the newest schema does not load Alembic (importing it took 0.6-1.1 s of the
    benchmark's open on the busy two-core machine, at every unlock); Alembic decides whenever
    the scripts are not one plain line of revisions (a merge, a branch, a line not read here).
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (migrations_dir() / "versions").glob("*.py"):
        lines: dict[str, str | None] = {
            m.group(1): m.group(2) for m in _REVISION_LINE.finditer(script.read_text(encoding="utf-8"))
        }
        revision = lines.get("revision")
        if revision is None or "down_revision" not in lines:
            return _alembic_head()
        revisions.add(revision)
        if (parent := lines["down_revision"]) is not None:
            parents.add(parent)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 and parents <= revisions else _alembic_head()


def _alembic_head() -> str | None:
    from alembic.script import ScriptDirectory  # noqa: PLC0415

    head: str | None = ScriptDirectory.from_config(_config()).get_current_head()
    return head


def current_revision(db_path: Path, data_key: bytes) -> str | None:
    """The revision the database is at (``None`` for an empty database).

    Read from Alembic's version table without loading Alembic, unless the table holds more
    than one row (then Alembic's own reading refuses it, as it always did).
    """
    engine = make_engine(db_path, data_key)
    try:
        with known_errors(db_path.parent), engine.connect() as conn:
            table = conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).first()
            if table is None:
                return None
            rows = [str(r[0]) for r in conn.exec_driver_sql("SELECT version_num FROM alembic_version")]
            if len(rows) <= 1:
                return rows[0] if rows else None
            from alembic.runtime.migration import MigrationContext  # noqa: PLC0415

            current: str | None = MigrationContext.configure(conn).get_current_revision()
            return current
    finally:
        engine.dispose()


def safety_copy(db_path: Path, data_key: bytes, revision: str) -> Path:
    """An encrypted copy of the database (SQLite backup API, same key) beside it."""
    stamp = fmt_stamp(datetime.now(UTC))
    target = db_path.with_name(f"{db_path.stem}.before-{revision}-{stamp}.db")
    # Made under a temporary name and renamed whole: a kill while copying leaves no half copy
    # under the name of a good one (the temporary name still counts as a safety copy).
    scratch = target.with_name(f"{target.name}.tmp")
    scratch.unlink(missing_ok=True)
    copy_database(db_path, data_key, scratch)
    os.replace(scratch, target)
    fsync_dir(target.parent)
    return target


def upgrade(db_path: Path, data_key: bytes, target: str = "head", *, create: bool = False) -> Path | None:
    """Bring the database to the newest schema (or ``target``, for tests).

    Only ``create`` (a register being made) may build a schema from nothing: an existing
    register whose database holds no schema is damaged (emptied, replaced or foreign) and is
    never silently rebuilt, or its backups would soon rotate out the last copies of the data.

    Returns:
        The safety copy made before changing an existing schema, or ``None`` when the
        database was new or already current.
    """
    head = head_revision() if target == "head" else target
    current = current_revision(db_path, data_key)
    if current is None and not create:
        raise RegisterDamaged("the database holds no register")
    if current == head:
        return None
    copy = safety_copy(db_path, data_key, current) if current is not None else None
    engine = make_engine(db_path, data_key, foreign_keys=False)
    try:
        with known_errors(db_path.parent), engine.connect() as conn:
            with conn.begin():
                from alembic import command  # noqa: PLC0415

                cfg = _config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, target)
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise RegisterDamaged(f"{len(problems)} broken references after migration")
    finally:
        engine.dispose()
    return copy
