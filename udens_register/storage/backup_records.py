"""Queries for backups: where backups were made (``backup_records``), and what a database copy
(a snapshot, a restore's staging) refers to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from udens_register.storage.models import BackupRecord
from udens_register.storage.objects import StoredObject


def record_backup(session: Session, kind: str, location: str, name: str, at: datetime) -> None:
    """Note a backup made at ``location`` (a backup folder with snapshot ``name``, or a file)."""
    session.add(BackupRecord(kind=kind, location=location, name=name, at=at))


def backups_since(session: Session, since: datetime | None) -> list[BackupRecord]:
    """Every recorded backup made at or after ``since`` (all when ``None``), oldest first."""
    stmt = select(BackupRecord).order_by(BackupRecord.id)
    if since is not None:
        stmt = stmt.where(BackupRecord.at >= since)
    return list(session.scalars(stmt))


# -- queries on a database copy (a snapshot or a restore's staging), on a keyed DB-API connection


def has_table(dbapi_conn: Any, name: str) -> bool:
    """Whether the database has the table ``name``."""
    return bool(
        dbapi_conn.execute("SELECT count(*) FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
    )


def object_names(dbapi_conn: Any) -> list[str]:
    """The evidence objects the database refers to (the objects a snapshot of it needs)."""
    if not has_table(dbapi_conn, "evidence_objects"):
        return []
    return [r[0] for r in dbapi_conn.execute("SELECT name FROM evidence_objects ORDER BY name")]


@dataclass(frozen=True)
class OwnedObject:
    """An evidence object with what it takes to check it and to name it to the coordinator."""

    obj: StoredObject
    role: str  # original | working | thumbnail
    evidence_id: int
    case_number: str


def owned_objects(dbapi_conn: Any) -> list[OwnedObject]:
    """Every evidence object with its key and the case and evidence it belongs to."""
    if not has_table(dbapi_conn, "evidence_objects"):
        return []
    rows = dbapi_conn.execute(
        "SELECT o.name, o.key, o.size, o.chunk_size, o.sha256, o.role, o.evidence_id, "
        "coalesce(i.case_number, '') FROM evidence_objects o "
        "LEFT JOIN evidence e ON e.id = o.evidence_id LEFT JOIN incidents i ON i.id = e.incident_id "
        "ORDER BY i.case_number, o.evidence_id, o.role"
    )
    return [
        OwnedObject(StoredObject(r[0], bytes(r[1]), int(r[2]), int(r[3]), r[4]), r[5], int(r[6]), r[7])
        for r in rows
    ]


def cases_present(dbapi_conn: Any, case_numbers: list[str]) -> set[str]:
    """Which of ``case_numbers`` the database holds."""
    if not case_numbers or not has_table(dbapi_conn, "incidents"):
        return set()
    marks = ",".join("?" * len(case_numbers))
    rows = dbapi_conn.execute(
        f"SELECT case_number FROM incidents WHERE case_number IN ({marks})", case_numbers
    )
    return {r[0] for r in rows}
