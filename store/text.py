"""Text as every supported database will take it: no NUL characters (PostgreSQL refuses
them) and no longer than the column (PostgreSQL enforces lengths, SQLite does not)."""

from __future__ import annotations


def storable(text: str, limit: int | None = None) -> str:
    cleaned = text.replace("\x00", "")
    return cleaned if limit is None else cleaned[:limit]
