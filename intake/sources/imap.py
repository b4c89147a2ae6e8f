"""`ImapSource`: the support mailbox over IMAP (imapclient), with IDLE or polling.

- Unhandled mail is found by `UID SEARCH UNKEYWORD $IntakeProcessed` and fetched with
  `BODY.PEEK[]` (never sets \\Seen) in batches, oldest UID first.
- `mark_processed` / `quarantine` first set `$IntakeProcessed`, then MOVE the mail to
  the processed / quarantine folder, or COPY it where the server lacks MOVE (the
  original stays, hidden from the search by the keyword). Nothing is ever expunged.
  Keyword first, because it is the one mark both modes share: if the MOVE fails, the
  connection drops half-way, or a server's MOVE (copy + expunge) dies in between, the
  mail left behind is already marked and not handed out again. A MOVE that keeps
  failing leaves the mail marked in the folder, and raises `SourceError`.
- UIDVALIDITY is remembered per folder (`UidStateStore`). When it changes, a warning is
  logged and all unmarked mail comes again under new keys: delivery is at least once,
  the pipeline drops duplicates by Message-ID/hash. `last_uid` (highest UID handed
  out) is not a search filter, since mail handed out but never marked must come again;
  it tells `wait_for_new` whether mail came that was never handed out.
- A lost connection (BYE, socket error, timeout) is re-opened once per operation, with
  a warning in the log; a second failure raises `SourceError`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import Any, TypeVar

from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from intake.errors import SourceError
from intake.sources.base import SourceMail
from intake.sources.imap_config import (
    MAX_IDLE_SECONDS,
    TLS_MODES,
    ImapConfig,
    TlsMode,
    format_key,
    is_loopback_host,
    parse_key,
)
from intake.sources.imap_session import (
    CONNECTION_LOST,
    fetch_bodies,
    log_in,
    mark_and_move,
    new_client,
    source_error,
    where_of,
)
from intake.sources.uid_state import MemoryUidStateStore, UidStateStore

__all__ = [
    "MAX_IDLE_SECONDS",
    "PROCESSED_KEYWORD",
    "QUARANTINED_KEYWORD",
    "TLS_MODES",
    "ImapConfig",
    "ImapSource",
    "MemoryUidStateStore",
    "SourceError",
    "TlsMode",
    "UidStateStore",
    "format_key",
    "is_loopback_host",
    "parse_key",
]

logger = logging.getLogger(__name__)

PROCESSED_KEYWORD = "$IntakeProcessed"
QUARANTINED_KEYWORD = "$IntakeQuarantined"

_NEW_MAIL_RESPONSES = frozenset({b"EXISTS", b"RECENT"})

T = TypeVar("T")


class ImapSource:
    """A `MailSource` reading one IMAP folder; connects on first use."""

    def __init__(
        self, config: ImapConfig, state: UidStateStore | None = None, name: str | None = None
    ) -> None:
        self.name = name or f"imap:{config.user}@{config.host}:{config.port}"
        self._config = config
        self._state: UidStateStore = state if state is not None else MemoryUidStateStore()
        self._client: Any = None
        self._uidvalidity = 0
        self._last_uid = 0
        self._has_move = False
        self._has_idle = False
        self._has_keywords = False

    @property
    def where(self) -> str:
        """Who and where, for messages: user@host:port (never a secret)."""
        return where_of(self._config)

    def fetch_new(self, batch_size: int = 100) -> Iterator[SourceMail]:
        """Yield every mail without the processed keyword, oldest UID first."""
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {batch_size}")
        uidvalidity, uids = self._run("search for new mail", self._search_unprocessed)
        for start in range(0, len(uids), batch_size):
            batch = uids[start : start + batch_size]
            logger.debug("Fetching %d mails (UIDs %d-%d)", len(batch), batch[0], batch[-1])
            fetched = self._run(
                f"fetch UIDs {batch[0]}-{batch[-1]}", partial(fetch_bodies, uids=batch)
            )
            for uid in batch:
                if self._uidvalidity != uidvalidity:  # seen after a reconnect
                    logger.warning("UIDVALIDITY changed mid-fetch; the rest comes next round")
                    return
                raw = fetched.get(uid)
                if raw is not None:  # None: moved away meanwhile, e.g. by a person
                    self._last_uid = max(self._last_uid, uid)
                    yield SourceMail(key=format_key(self._config.folder, uidvalidity, uid), raw=raw)
            self._state.put(self.name, self._config.folder, uidvalidity, self._last_uid)

    def mark_processed(self, key: str) -> None:
        """Mark the mail processed and move it to the processed folder; never delete."""
        self._set_aside(key, self._config.processed_folder, (PROCESSED_KEYWORD,))

    def quarantine(self, key: str) -> None:
        """Mark the mail and move it to the quarantine folder; never delete."""
        keywords = (PROCESSED_KEYWORD, QUARANTINED_KEYWORD)
        self._set_aside(key, self._config.quarantine_folder, keywords)

    def wait_for_new(self, timeout: float) -> bool:
        """True at once if mail came that was never handed out; else IDLE (or sleep
        `poll_interval` where the server lacks IDLE), bounded by `timeout`."""
        if self._run("look for new mail", self._has_mail_after_last_uid):
            return True
        if timeout <= 0:
            return False
        if self._has_idle:
            return self._wait_in_idle(min(timeout, self._config.idle_timeout))
        time.sleep(min(timeout, self._config.poll_interval))
        return True

    def close(self) -> None:
        """Log out; safe to call twice."""
        client, self._client = self._client, None
        if client is None:
            return
        _log_out(client, self.where)

    def __enter__(self) -> ImapSource:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- one operation, with one reconnect -------------------------------------------

    def _run(self, action: str, operation: Callable[[Any], T]) -> T:
        """Run `operation(client)`; on a lost connection reconnect once and retry."""
        client = self._connected()
        try:
            return operation(client)
        except CONNECTION_LOST as error:
            self._reconnect_after(error, action)
        except IMAPClientError as error:
            raise self._error(action, error) from error
        try:
            return operation(self._connected())
        except CONNECTION_LOST as error:
            self._drop()
            raise self._error(f"{action} (after reconnecting)", error) from error
        except IMAPClientError as error:
            raise self._error(action, error) from error

    def _reconnect_after(self, error: Exception, action: str) -> None:
        reason = str(error) or type(error).__name__
        logger.warning("IMAP connection to %s lost while trying to %s (%s); reconnecting",
                       self.where, action, reason)  # fmt: skip
        self._drop()
        self._connected()
        logger.info("Reconnected to IMAP server %s", self.where)

    def _connected(self) -> Any:
        if self._client is None:
            self._client = self._connect()
        return self._client

    def _drop(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            _shut_down_quietly(client)

    def _error(self, action: str, error: BaseException) -> SourceError:
        return source_error(self._config, action, error)

    # -- session ---------------------------------------------------------------------

    def _connect(self) -> Any:
        client = new_client(self._config)
        try:
            self._open_session(client)
        except BaseException:
            _shut_down_quietly(client)
            raise
        return client

    def _open_session(self, client: Any) -> None:
        try:
            log_in(client, self._config)
            self._has_move = bool(client.has_capability("MOVE"))
            self._has_idle = bool(client.has_capability("IDLE"))
            for folder in (self._config.processed_folder, self._config.quarantine_folder):
                _ensure_folder(client, folder, self.where)
            self._select(client)
        except LoginError as error:
            raise self._error("log in", error) from error
        except (*CONNECTION_LOST, IMAPClientError) as error:
            raise self._error("open a session", error) from error

    def _select(self, client: Any) -> None:
        """Select the folder (again), noticing a changed UIDVALIDITY."""
        response = client.select_folder(self._config.folder)
        self._has_keywords = b"\\*" in response.get(b"PERMANENTFLAGS", ())
        if not (self._has_move or self._has_keywords):
            raise SourceError(
                f"IMAP server {self.where} has neither MOVE nor custom keywords "
                f"in {self._config.folder}: mail cannot be marked without deleting it"
            )
        uidvalidity = int(response[b"UIDVALIDITY"])
        if uidvalidity != self._uidvalidity:
            self._adopt_uidvalidity(uidvalidity)

    def _adopt_uidvalidity(self, uidvalidity: int) -> None:
        folder = self._config.folder
        remembered = self._state.get(self.name, folder)
        last_uid = _remembered_last_uid(remembered, uidvalidity, folder, self.where)
        self._uidvalidity, self._last_uid = uidvalidity, last_uid
        self._state.put(self.name, folder, uidvalidity, last_uid)

    # -- the operations ----------------------------------------------------------------

    def _search_unprocessed(self, client: Any) -> tuple[int, list[int]]:
        self._select(client)  # a fresh SELECT also notices a changed UIDVALIDITY
        uids = client.search(["UNKEYWORD", PROCESSED_KEYWORD])
        return self._uidvalidity, sorted(int(uid) for uid in uids)

    def _has_mail_after_last_uid(self, client: Any) -> bool:
        after = self._last_uid + 1
        client.noop()  # lets the server sync its view first: SEARCH alone may miss new mail
        uids = client.search(["UID", f"{after}:*", "UNKEYWORD", PROCESSED_KEYWORD])
        return any(int(uid) >= after for uid in uids)  # "n:*" always holds the top UID

    def _set_aside(self, key: str, target: str, keywords: Sequence[str]) -> None:
        uidvalidity, uid = parse_key(key, self._config.folder)
        self._run(
            f"move UID {uid} to {target}",
            partial(self._move, uidvalidity=uidvalidity, uid=uid, target=target, keywords=keywords),
        )

    def _move(
        self, client: Any, *, uidvalidity: int, uid: int, target: str, keywords: Sequence[str]
    ) -> None:
        if uidvalidity != self._uidvalidity:
            place = f"{self._config.folder} for {self.where}"
            raise _stale_mail_error(uid, uidvalidity, self._uidvalidity, place)
        mark_and_move(client, uid, target, keywords, self._has_keywords, self._has_move)

    def _wait_in_idle(self, seconds: float) -> bool:
        client = self._connected()
        try:
            return _idle(client, seconds, f"{self.where} {self._config.folder}")
        except CONNECTION_LOST as error:
            self._reconnect_after(error, "wait in IDLE")
            return True  # mail may have come while the connection was down
        except IMAPClientError as error:
            self._drop()
            raise self._error("wait in IDLE", error) from error


def _stale_mail_error(uid: int, uidvalidity: int, current: int, place: str) -> SourceError:
    """The error for a key from before the folder's UIDs were renumbered."""
    return SourceError(
        f"IMAP: mail UID {uid} of {place} is stale: "
        f"UIDVALIDITY is now {current}, not {uidvalidity}; "
        "it will be fetched again under a new key"
    )


def _remembered_last_uid(
    remembered: tuple[int, int] | None, uidvalidity: int, folder: str, where: str
) -> int:
    """The last UID handed out under `uidvalidity`; 0, with a warning, if it changed."""
    if remembered is not None and remembered[0] == uidvalidity:
        return remembered[1]
    if remembered is not None:
        logger.warning(
            "UIDVALIDITY of %s on %s changed from %d to %d: UIDs were renumbered, so all "
            "unmarked mail is fetched again (duplicates are dropped by Message-ID/hash)",
            folder, where, remembered[0], uidvalidity,
        )  # fmt: skip
    return 0


def _idle(client: Any, seconds: float, where: str) -> bool:
    """IDLE until EXISTS/RECENT arrives or `seconds` pass; True if mail (may have) come."""
    deadline = time.monotonic() + seconds
    client.idle()
    logger.debug("IDLE started on %s for %.1f s", where, seconds)
    has_news = False
    while not has_news and (remaining := deadline - time.monotonic()) > 0:
        responses = client.idle_check(timeout=remaining)
        if any(response[:1] == (b"BYE",) for response in responses):
            raise IMAPClientAbortError(f"server said BYE during IDLE: {responses}")
        # Woken early with nothing to read: usually EOF, which DONE below turns into abort.
        is_early_empty = not responses and deadline - time.monotonic() > 0.05
        has_news = is_early_empty or _says_new_mail(responses)
    _text, responses = client.idle_done()
    return has_news or _says_new_mail(responses)


def _says_new_mail(responses: Sequence[tuple[Any, ...]]) -> bool:
    return any(len(response) > 1 and response[1] in _NEW_MAIL_RESPONSES for response in responses)


def _ensure_folder(client: Any, folder: str, where: str) -> None:
    if client.folder_exists(folder):
        return
    try:
        client.create_folder(folder)
    except IMAPClientError:
        if not client.folder_exists(folder):  # another process may have just made it
            raise
        return
    logger.info("Created IMAP folder %s for %s", folder, where)
    try:
        client.subscribe_folder(folder)
    except IMAPClientError as error:
        logger.info("Could not subscribe to %s for %s: %s", folder, where, error)


def _log_out(client: Any, where: str) -> None:
    """Log out, or just close the socket when logging out fails."""
    try:
        client.logout()
    except (*CONNECTION_LOST, IMAPClientError) as error:
        logger.info("IMAP logout from %s failed (%s); closing the socket", where, error)
        _shut_down_quietly(client)


def _shut_down_quietly(client: Any) -> None:
    try:
        client.shutdown()
    except (*CONNECTION_LOST, IMAPClientError) as error:
        logger.debug("Closing an IMAP socket failed: %s", error)
