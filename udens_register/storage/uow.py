"""Unit of work (cosmicpython): ``with uow: ...; uow.commit()``, rollback by default."""

from __future__ import annotations

import weakref
from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from udens_register.storage import search
from udens_register.storage.engine import known_errors, map_error

_FACTORIES: weakref.WeakKeyDictionary[Engine, sessionmaker[Session]] = weakref.WeakKeyDictionary()


def _factory_for(engine: Engine) -> sessionmaker[Session]:
    """One session factory per engine (a cache that dies with it), search hook installed once."""
    factory = _FACTORIES.get(engine)
    if factory is None:
        factory = sessionmaker(bind=engine, expire_on_commit=False)
        search.install(factory)
        _FACTORIES[engine] = factory
    return factory


class UnitOfWork:
    """One session for one use case; known errors come out as the register's own."""

    def __init__(self, engine: Engine) -> None:
        self._factory = _factory_for(engine)
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        """The session of the running use case."""
        if self._session is None:
            raise RuntimeError("unit of work used outside 'with'")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self._factory()
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
            mapped = map_error(exc)
            if mapped is not None and mapped is not exc:
                raise mapped from exc

    def commit(self) -> None:
        """Make the use case's changes durable."""
        with known_errors():
            self.session.commit()
