"""A unit of work without a database, for testing what a service decides before it stores anything
(cosmicpython's FakeUnitOfWork); storage itself is always tested on real SQLCipher files."""

from __future__ import annotations

from types import TracebackType


class FakeUnitOfWork:
    """Counts what a use case asks of its unit of work; any database access fails the test."""

    def __init__(self) -> None:
        self.opened = 0
        self.committed = 0

    def __call__(self, *, read_only: bool = False) -> FakeUnitOfWork:
        return self

    def __enter__(self) -> FakeUnitOfWork:
        self.opened += 1
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        return None

    @property
    def session(self) -> object:
        raise AssertionError("this use case should not have touched the database")

    def commit(self) -> None:
        self.committed += 1
