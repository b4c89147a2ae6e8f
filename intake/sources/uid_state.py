"""Where an IMAP source keeps (UIDVALIDITY, last UID handed out) per folder."""

from __future__ import annotations

from typing import Protocol

__all__ = ["MemoryUidStateStore", "UidStateStore"]


class UidStateStore(Protocol):
    """Remembers (UIDVALIDITY, last UID handed out) per source and folder."""

    def get(self, source: str, folder: str) -> tuple[int, int] | None: ...

    def put(self, source: str, folder: str, uidvalidity: int, last_uid: int) -> None: ...


class MemoryUidStateStore:
    """A `UidStateStore` that lives as long as the process (the default)."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, str], tuple[int, int]] = {}

    def get(self, source: str, folder: str) -> tuple[int, int] | None:
        return self._entries.get((source, folder))

    def put(self, source: str, folder: str, uidvalidity: int, last_uid: int) -> None:
        self._entries[(source, folder)] = (uidvalidity, last_uid)
