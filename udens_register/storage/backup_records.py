"""Queries about where backups were made (``backup_records``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from udens_register.storage.models import BackupRecord


def record_backup(session: Session, kind: str, location: str, name: str, at: datetime) -> None:
    """Note a backup made at ``location`` (a backup folder with snapshot ``name``, or a file)."""
    session.add(BackupRecord(kind=kind, location=location, name=name, at=at))


def backups_since(session: Session, since: datetime | None) -> list[BackupRecord]:
    """Every recorded backup made at or after ``since`` (all when ``None``), oldest first."""
    stmt = select(BackupRecord).order_by(BackupRecord.id)
    if since is not None:
        stmt = stmt.where(BackupRecord.at >= since)
    return list(session.scalars(stmt))
