"""The one seam between the pipeline and a mailbox: the `MailSource` protocol."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class SourceMail:
    """One mail as the source holds it.

    `key` names the mail at its source (e.g. "imap:INBOX:1700000000:42" or a
    Maildir key), so a ticket can point at the original and the pipeline can mark it.
    """

    key: str
    raw: bytes


class MailSource(Protocol):
    """A mailbox the pipeline reads from; implementations: IMAP and Maildir."""

    name: str

    def fetch_new(self, batch_size: int = 100) -> Iterator[SourceMail]:
        """Yield every mail not yet marked processed, oldest first, in batches."""
        ...

    def mark_processed(self, key: str) -> None:
        """Move the mail to the processed folder (or flag it); never delete it."""
        ...

    def quarantine(self, key: str) -> None:
        """Set a mail aside that failed processing, so the loop can go on."""
        ...

    def wait_for_new(self, timeout: float) -> bool:
        """Block up to `timeout` seconds for new mail (IDLE or polling).

        True when new mail may be there."""
        ...

    def close(self) -> None:
        """Release connections; safe to call twice."""
        ...
