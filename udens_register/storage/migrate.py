"""Alembic, run in code: encrypted safety copy first, foreign keys off, check after."""

from __future__ import annotations

import os
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
    from alembic.config import Config  # noqa: PLC0415 - Alembic loads only when a schema is checked

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def head_revision() -> str | None:
    """The newest revision the shipped scripts know."""
    from alembic.script import ScriptDirectory  # noqa: PLC0415

    head: str | None = ScriptDirectory.from_config(_config()).get_current_head()
    return head


def current_revision(db_path: Path, data_key: bytes) -> str | None:
    """The revision the database is at (``None`` for an empty database)."""
    from alembic.runtime.migration import MigrationContext  # noqa: PLC0415

    engine = make_engine(db_path, data_key)
    try:
        with known_errors(db_path.parent), engine.connect() as conn:
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
