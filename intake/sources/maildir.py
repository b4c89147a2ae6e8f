"""A local Maildir as a mail source (the embedded default) and as a place to write mail.

`MaildirSource` reads the root folder's new/ and cur/ in file-name order and sets mail
aside by moving its file into a Maildir++ subfolder (".Processed", ".Quarantine"):
a hard link then an unlink, so a crash leaves two copies, never none, and an existing
file is never overwritten. Mail is never deleted. `MaildirWriter` delivers a file
the Maildir way: written and synced in tmp/, then linked into new/.
"""

from __future__ import annotations

import itertools
import logging
import mailbox
import os
import secrets
import socket
import time
from collections.abc import Iterator
from pathlib import Path

from intake.errors import SourceError
from intake.sources.base import SourceMail

logger = logging.getLogger(__name__)

KEY_PREFIX = "maildir:"
_SUBDIRECTORIES = ("new", "cur")


class MaildirSource:
    """A `MailSource` over the root folder of a Maildir (created if missing)."""

    def __init__(
        self,
        path: Path,
        processed_subfolder: str = ".Processed",
        quarantine_subfolder: str = ".Quarantine",
        poll_interval: float = 1.0,
    ) -> None:
        for subfolder in (processed_subfolder, quarantine_subfolder):
            if not subfolder.startswith(".") or "/" in subfolder or subfolder in (".", ".."):
                raise ValueError(f"Maildir++ subfolders are named like '.Processed': {subfolder!r}")
        if poll_interval <= 0:
            raise ValueError(f"poll_interval must be positive, not {poll_interval}")
        self.path = Path(path)
        self.name = f"maildir:{self.path}"
        self._maildir = _open_maildir(self.path)
        self._processed = _open_subfolder(self.path / processed_subfolder)
        self._quarantine = _open_subfolder(self.path / quarantine_subfolder)
        self._poll_interval = poll_interval
        self._handed_out: set[str] = set()

    def fetch_new(self, batch_size: int = 100) -> Iterator[SourceMail]:
        """Yield the root folder's mail in file-name order (batch_size is not needed here)."""
        for key in sorted(self._maildir.iterkeys()):
            path = self._path_of(key)
            try:
                raw = path.read_bytes() if path is not None else None
            except FileNotFoundError:
                raw = None
            if raw is None:  # moved away since the listing
                continue
            self._handed_out.add(key)
            yield SourceMail(key=KEY_PREFIX + key, raw=raw)

    def mark_processed(self, key: str) -> None:
        """Move the mail's file into the processed subfolder."""
        self._move(key, self._processed)

    def quarantine(self, key: str) -> None:
        """Move the mail's file into the quarantine subfolder."""
        self._move(key, self._quarantine)

    def wait_for_new(self, timeout: float) -> bool:
        """Poll every `poll_interval` s, up to `timeout`, for mail not yet handed out."""
        deadline = time.monotonic() + max(timeout, 0.0)
        while True:
            if any(key not in self._handed_out for key in self._maildir.iterkeys()):
                return True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            time.sleep(min(self._poll_interval, remaining))

    def close(self) -> None:
        """Nothing to release; safe to call twice."""

    def _move(self, key: str, target: Path) -> None:
        if not key.startswith(KEY_PREFIX):
            raise SourceError(f"Maildir {self.path}: {key!r} is not a Maildir key")
        name = key.removeprefix(KEY_PREFIX)
        source = self._path_of(name)
        if source is None:
            raise SourceError(f"Maildir {self.path}: no mail {name!r} in new/ or cur/")
        _move_without_overwriting(source, target / source.parent.name)
        self._handed_out.discard(name)
        logger.debug("Moved %s to %s", source.name, target)

    def _path_of(self, key: str) -> Path | None:
        """The file holding `key` in new/ or cur/ (its name may carry ':2,FLAGS')."""
        if "/" in key or key.startswith(".") or not key:
            return None
        folders = [self.path / subdirectory for subdirectory in _SUBDIRECTORIES]
        for folder in folders:
            if (folder / key).is_file():
                return folder / key
        prefix = key + self._maildir.colon
        for folder in folders:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.name.startswith(prefix):
                        return Path(entry.path)
        return None


class MaildirWriter:
    """Writes mail into a Maildir's new/ atomically (tmp/ first).

    The Maildir is created at the first delivery, so a path that cannot hold one shows
    up as an OSError from `deliver` (which a sender can retry), not at start-up.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._is_ready = False
        self._counter = itertools.count(1)
        self._host = socket.gethostname().replace("/", r"\057").replace(":", r"\072")

    def deliver(self, raw: bytes) -> str:
        """Write `raw` as one mail; returns its file name (the Maildir key). OSError on failure."""
        if not self._is_ready:
            _open_maildir(self.path)
            self._is_ready = True
        name = self._unique_name()
        temporary = self.path / "tmp" / name
        with open(temporary, "xb") as file:
            file.write(raw)
            file.flush()
            os.fsync(file.fileno())
        try:
            os.link(temporary, self.path / "new" / name)  # fails rather than overwrite
        finally:
            temporary.unlink()
        _sync_directory(self.path / "new")
        return name

    def _unique_name(self) -> str:
        """time.MusecPpidQnRrandom.host: unique, and in delivery order when sorted."""
        now = time.time_ns()
        seconds, microseconds = divmod(now // 1000, 1_000_000)
        unique = f"M{microseconds:06d}P{os.getpid()}Q{next(self._counter)}R{secrets.token_hex(4)}"
        return f"{seconds}.{unique}.{self._host}"


def _open_maildir(path: Path) -> mailbox.Maildir:
    """Open a Maildir, creating it and any of new/ cur/ tmp/ it lacks.

    (mailbox.Maildir's create=True does nothing for a directory that already exists.)
    """
    for subdirectory in ("new", "cur", "tmp"):
        (path / subdirectory).mkdir(parents=True, exist_ok=True)
    return mailbox.Maildir(path, factory=None, create=True)


def _open_subfolder(path: Path) -> Path:
    """Create a Maildir++ subfolder (with its `maildirfolder` marker) if missing."""
    _open_maildir(path)
    (path / "maildirfolder").touch()
    return path


def _move_without_overwriting(source: Path, directory: Path) -> None:
    """Move `source` into `directory` under its name, or a fresh one if that is taken."""
    target = directory / source.name
    for attempt in itertools.count(1):
        try:
            os.link(source, target)
            break
        except FileExistsError:
            stem, colon, info = source.name.partition(":")
            target = directory / f"{stem}.dup{attempt}{colon}{info}"
    source.unlink()
    _sync_directory(directory)


def _sync_directory(directory: Path) -> None:
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
