"""The register's identity inside its database: the register id it shares with its key file, and
a change counter that every committed write bumps (one small UPDATE at commit, and only when the
transaction changed rows). Backups carry both, so rotation can tell an older state from a newer
one and a database of another register beside a key file is recognised as damaged."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine
from sqlalchemy import event

_START = "udens_total_changes"
_HAS_META = "udens_has_meta"


@dataclass(frozen=True)
class Identity:
    """Which register a database belongs to, how many write transactions it has seen, and which
    line of history it is on (a restore starts a new line from the restored state)."""

    register_id: str | None
    change_counter: int
    lineage: str = ""
    ancestry: tuple[tuple[str, int], ...] = ()  # earlier lines and the counter they left at

    def descends_from(self, lineage: str, change_counter: int) -> bool:
        """Whether the state (``lineage``, ``change_counter``) is this state or one before it:
        then a backup of it holds nothing this register has lost."""
        if lineage == self.lineage:
            return change_counter <= self.change_counter
        return any(lineage == line and change_counter <= upto for line, upto in self.ancestry)


def _scalar(dbapi_conn: Any, sql: str, *params: object) -> Any:
    row = dbapi_conn.execute(sql, params).fetchone()
    return row[0] if row else None


def read_identity(dbapi_conn: Any) -> Identity | None:
    """The identity on a keyed DB-API connection; ``None`` for a schema from before it existed."""
    if not _scalar(dbapi_conn, "SELECT count(*) FROM sqlite_master WHERE name = 'register_meta'"):
        return None
    row = dbapi_conn.execute(
        "SELECT register_id, change_counter, lineage, ancestry FROM register_meta WHERE id = 1"
    ).fetchone()
    if not row:
        return Identity(None, 0)
    try:
        ancestry = tuple((str(k), int(v)) for k, v in json.loads(row[3] or "{}").items())
    except (ValueError, AttributeError):
        ancestry = ()
    return Identity(row[0], int(row[1]), row[2] or "", ancestry)


def start_new_lineage(dbapi_conn: Any) -> None:
    """A restored database starts a new line of history; the line it came from, up to the
    restored state, becomes part of its ancestry (a later backup of that line is not)."""
    identity = read_identity(dbapi_conn)
    if identity is None:
        return
    ancestry = dict(identity.ancestry)
    if identity.lineage:
        ancestry[identity.lineage] = identity.change_counter
    dbapi_conn.execute(
        "UPDATE register_meta SET lineage = ?, ancestry = ? WHERE id = 1",
        (secrets.token_hex(16), json.dumps(ancestry, sort_keys=True)),
    )


def set_register_id(dbapi_conn: Any, register_id: str) -> None:
    """Give a database without one the key file's register id (the first open after migrating)."""
    dbapi_conn.execute(
        "UPDATE register_meta SET register_id = ? WHERE id = 1 AND register_id IS NULL", (register_id,)
    )


def _total_changes(conn: Any) -> int:
    return int(_scalar(conn.connection.driver_connection, "SELECT total_changes()"))


def install_change_counter(engine: Engine, read_only_option: str) -> None:
    """Bump ``register_meta.change_counter`` in every write transaction that changed rows."""

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        if not conn.get_execution_options().get(read_only_option, False):
            conn.info[_START] = _total_changes(conn)

    @event.listens_for(engine, "commit")
    def _commit(conn: Any) -> None:
        start = conn.info.pop(_START, None)
        if start is None or _total_changes(conn) == start:
            return
        raw = conn.connection.driver_connection
        if not conn.info.get(_HAS_META):
            if not _scalar(raw, "SELECT count(*) FROM sqlite_master WHERE name = 'register_meta'"):
                return
            conn.info[_HAS_META] = True
        raw.execute("UPDATE register_meta SET change_counter = change_counter + 1 WHERE id = 1")

    @event.listens_for(engine, "rollback")
    def _rollback(conn: Any) -> None:
        conn.info.pop(_START, None)
