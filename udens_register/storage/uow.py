"""Unit of work (cosmicpython): ``with uow: ...; uow.commit()``, rollback by default."""

from __future__ import annotations

import weakref
from pathlib import Path
from types import TracebackType
from typing import Protocol

from sqlalchemy import Engine
from sqlalchemy.orm import Session
from sqlalchemy.orm import sessionmaker

from udens_register.storage import search
from udens_register.storage import text_guard
from udens_register.storage.engine import READ_ONLY
from udens_register.storage.engine import known_errors
from udens_register.storage.engine import maintenance
from udens_register.storage.engine import map_error
from udens_register.storage.ports import AbstractUnitOfWork
from udens_register.storage.sql_repositories import SqlActionRepository
from udens_register.storage.sql_repositories import SqlDecisionRepository
from udens_register.storage.sql_repositories import SqlDisclosureRepository
from udens_register.storage.sql_repositories import SqlDraftRepository
from udens_register.storage.sql_repositories import SqlEventLog
from udens_register.storage.sql_repositories import SqlEvidenceRepository
from udens_register.storage.sql_repositories import SqlIncidentRepository
from udens_register.storage.sql_repositories import SqlNoteRepository
from udens_register.storage.sql_repositories import SqlPersonRepository
from udens_register.storage.sql_repositories import SqlReviewRepository

_FACTORIES: weakref.WeakKeyDictionary[Engine, tuple[sessionmaker[Session], sessionmaker[Session]]] = (
    weakref.WeakKeyDictionary()
)


def _factory_for(engine: Engine, read_only: bool) -> sessionmaker[Session]:
    """Session factories per engine (a cache that dies with it), search hook installed once."""
    factories = _FACTORIES.get(engine)
    if factories is None:
        writing = sessionmaker(bind=engine, expire_on_commit=False)
        reading = sessionmaker(bind=engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False)
        search.install(writing)
        text_guard.install(writing)
        factories = _FACTORIES[engine] = (writing, reading)
    return factories[1] if read_only else factories[0]


class UnitOfWork:
    """One session for one use case; known errors come out as the register's own.

    Its repositories (``incidents``, ``persons``, ``notes``, ``evidence``, ``decisions``, ``actions``, ``reviews``, ``drafts``, ``disclosures``) and its ``events`` exist inside
    ``with``; the events recorded are written at :meth:`commit`."""

    incidents: SqlIncidentRepository
    persons: SqlPersonRepository
    notes: SqlNoteRepository
    evidence: SqlEvidenceRepository
    decisions: SqlDecisionRepository
    reviews: SqlReviewRepository
    drafts: SqlDraftRepository
    disclosures: SqlDisclosureRepository
    actions: SqlActionRepository
    events: SqlEventLog

    def __init__(self, engine: Engine, *, read_only: bool = False) -> None:
        """``read_only``: the use case never writes, so it need not wait for the write lock."""
        self._engine = engine
        self._factory = _factory_for(engine, read_only)
        database = str(engine.url.database or "")
        # The register folder, to tell a full disk from other write errors (see map_error).
        self._where = Path(database).parent if database and not database.startswith("file:") else None
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        """The session of the running use case."""
        if self._session is None:
            raise RuntimeError("unit of work used outside 'with'")
        return self._session

    def __enter__(self) -> UnitOfWork:
        session = self._session = self._factory()
        self.incidents = SqlIncidentRepository(session)
        self.persons = SqlPersonRepository(session)
        self.notes = SqlNoteRepository(session)
        self.evidence = SqlEvidenceRepository(session)
        self.decisions = SqlDecisionRepository(session)
        self.reviews = SqlReviewRepository(session)
        self.drafts = SqlDraftRepository(session)
        self.disclosures = SqlDisclosureRepository(session)
        self.actions = SqlActionRepository(session)
        self.events = SqlEventLog(session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        self._session = None
        try:
            session.rollback()
        finally:
            session.close()
        if exc is not None:
            mapped = map_error(exc, self._where)
            if mapped is not None and mapped is not exc:
                raise mapped from exc

    def maintenance(self, *statements: str) -> None:
        """Run pragmas such as ``wal_checkpoint`` or ``VACUUM`` outside any transaction."""
        maintenance(self._engine, *statements)

    def commit(self) -> None:
        """Write the events recorded and make the use case's changes durable."""
        with known_errors(self._where):
            self.events.write()
            self.session.commit()

    def refresh(self, row: object) -> None:
        """Read ``row`` again as stored."""
        self.session.refresh(row)


class UnitOfWorkFactory(Protocol):
    """What services are given instead of an engine: a new unit of work per use case."""

    def __call__(self, *, read_only: bool = False) -> AbstractUnitOfWork: ...


def unit_of_work_factory(engine: Engine) -> UnitOfWorkFactory:
    """Units of work on ``engine`` (the real register; tests of service logic pass a fake)."""

    def make(*, read_only: bool = False) -> AbstractUnitOfWork:
        return UnitOfWork(engine, read_only=read_only)

    return make
