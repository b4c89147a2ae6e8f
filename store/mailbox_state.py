"""UIDVALIDITY and the last UID handed out, per source and folder, kept in the database
so a restart notices a mailbox that was rebuilt under it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from store.database import transaction
from store.models import MailboxState


class DatabaseUidStateStore:
    """The IMAP source's `UidStateStore`, one short transaction per call."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def get(self, source: str, folder: str) -> tuple[int, int] | None:
        with self._sessions() as session:
            row = session.scalar(select(MailboxState).where(
                MailboxState.source == source, MailboxState.folder == folder))
            return (row.uidvalidity, row.last_uid) if row is not None else None

    def put(self, source: str, folder: str, uidvalidity: int, last_uid: int) -> None:
        with transaction(self._sessions) as session:
            row = session.scalar(select(MailboxState).where(
                MailboxState.source == source, MailboxState.folder == folder))
            if row is None:
                session.add(MailboxState(source=source, folder=folder,
                                         uidvalidity=uidvalidity, last_uid=last_uid))
            else:
                row.uidvalidity, row.last_uid = uidvalidity, last_uid
