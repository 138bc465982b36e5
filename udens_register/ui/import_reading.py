"""The import dialog's background work: read the file, its columns and what importing would do."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from typing import Any
from typing import Protocol

from udens_register.domain.errors import RegisterError

if TYPE_CHECKING:
    from pathlib import Path

    from udens_register.services.import_columns import Layout
    from udens_register.services.importer import ImportOptions


class ImportPort(Protocol):
    """What the import dialog needs of an importer (pupils or parents)."""

    FIELDS: tuple[str, ...]
    REQUIRED: tuple[str, ...]

    def read(self, path: Path) -> bytes: ...
    def layout(self, raw: bytes, options: ImportOptions | None = None) -> Layout: ...
    def plan(self, raw: bytes, options: ImportOptions | None = None) -> Any: ...
    def apply(self, raw: bytes, options: ImportOptions | None = None) -> Any: ...


@dataclass(frozen=True)
class Preview:
    """What a background read of the file found: its bytes, its columns, and the plan or the refusal."""

    generation: int
    raw: bytes | None
    layout: Layout | None
    plan: Any = None
    refusal: BaseException | None = None


def read_preview(
    generation: int, port: ImportPort, path: Path | None, raw: bytes | None, options: ImportOptions
) -> Preview:
    """Read ``path`` (unless ``raw`` is known), its header, and the plan; runs off the UI thread.

    A known refusal comes back inside the :class:`Preview`; only a bug raises. When the needed
    columns are not recognised no plan is made (the mapping step comes first).
    """
    data, found = raw, None
    try:
        if data is None:
            if path is None:
                raise ValueError("no file to read")
            data = port.read(path)  # the size is checked before anything is read
        found = port.layout(data, options)
        if found.missing:
            return Preview(generation, data, found)
        return Preview(generation, data, found, port.plan(data, options))
    except RegisterError as exc:
        return Preview(generation, data, found, refusal=exc)
