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

import ipaddress
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Literal, Protocol, TypeVar, cast

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from intake.errors import ConfigError, IntakeError
from intake.sources.base import SourceMail
from intake.tls import client_tls_context

logger = logging.getLogger(__name__)

PROCESSED_KEYWORD = "$IntakeProcessed"
QUARANTINED_KEYWORD = "$IntakeQuarantined"
MAX_IDLE_SECONDS = 60.0
TLS_MODES = ("implicit", "starttls", "plain")
TlsMode = Literal["implicit", "starttls", "plain"]

# A dropped connection shows up as imaplib's abort (BYE, EOF) or as a socket error.
_CONNECTION_LOST: tuple[type[Exception], ...] = (IMAPClientAbortError, OSError)
_NEW_MAIL_RESPONSES = frozenset({b"EXISTS", b"RECENT"})

T = TypeVar("T")


class SourceError(IntakeError):
    """A mail source failed; the message names the server and user, never a secret."""


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


@dataclass(frozen=True, slots=True)
class ImapConfig:
    """Where the mailbox is and how to log in; exactly one of password / oauth2_token."""

    host: str
    port: int
    tls_mode: TlsMode
    user: str
    password: str | None = field(default=None, repr=False)
    oauth2_token: str | None = field(default=None, repr=False)
    folder: str = "INBOX"
    processed_folder: str = "Processed"
    quarantine_folder: str = "Quarantine"
    timeout: float = 30.0
    idle_timeout: float = 55.0
    poll_interval: float = 30.0
    ca_file: str = ""  # extra CAs to trust (a private CA); verification is never off

    def __post_init__(self) -> None:
        problem = _find_config_problem(self)
        if problem is not None:
            raise ConfigError(f"IMAP settings for {self.user}@{self.host}:{self.port}: {problem}")


def _find_config_problem(config: ImapConfig) -> str | None:
    folders = (config.folder, config.processed_folder, config.quarantine_folder)
    checks = (
        (config.tls_mode in TLS_MODES, f"tls_mode must be one of {TLS_MODES}"),
        (
            config.tls_mode != "plain" or is_loopback_host(config.host),
            "tls_mode 'plain' sends the password unencrypted and is allowed only for a "
            "loopback host (localhost, 127.0.0.1, ::1); use 'implicit' or 'starttls'",
        ),
        (bool(config.host) and bool(config.user), "host and user must not be empty"),
        (0 < config.port < 65536, "port must be between 1 and 65535"),
        (
            (config.password is None) != (config.oauth2_token is None),
            "give exactly one of password and oauth2_token",
        ),
        (all(folders) and len(set(folders)) == 3, "the three folders must differ"),
        (config.timeout > 0 and config.poll_interval > 0, "timeouts must be positive"),
        (
            0 < config.idle_timeout <= MAX_IDLE_SECONDS,
            f"idle_timeout must be at most {MAX_IDLE_SECONDS:g} s (a dead server is noticed "
            "only when an IDLE wait ends)",
        ),
    )
    return next((message for is_ok, message in checks if not is_ok), None)


def is_loopback_host(host: str) -> bool:
    """True for localhost and loopback IP literals; names are not resolved."""
    if host.rstrip(".").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


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
        return f"{self._config.user}@{self._config.host}:{self._config.port}"

    def fetch_new(self, batch_size: int = 100) -> Iterator[SourceMail]:
        """Yield every mail without the processed keyword, oldest UID first."""
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {batch_size}")
        uidvalidity, uids = self._run("search for new mail", self._search_unprocessed)
        for start in range(0, len(uids), batch_size):
            batch = uids[start : start + batch_size]
            logger.debug("Fetching %d mails (UIDs %d-%d)", len(batch), batch[0], batch[-1])
            fetched = self._run(
                f"fetch UIDs {batch[0]}-{batch[-1]}", partial(_fetch_bodies, uids=batch)
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
        try:
            client.logout()
        except (*_CONNECTION_LOST, IMAPClientError) as error:
            logger.info("IMAP logout from %s failed (%s); closing the socket", self.where, error)
            _shut_down_quietly(client)

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
        except _CONNECTION_LOST as error:
            self._reconnect_after(error, action)
        except IMAPClientError as error:
            raise self._error(action, error) from error
        try:
            return operation(self._connected())
        except _CONNECTION_LOST as error:
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
        text = str(error) or type(error).__name__
        for secret in (self._config.password, self._config.oauth2_token):
            if secret:
                text = text.replace(secret, "***")
        return SourceError(f"IMAP: could not {action} for {self.where}: {text}")

    # -- session ---------------------------------------------------------------------

    def _connect(self) -> Any:
        config = self._config
        is_implicit = config.tls_mode == "implicit"
        try:
            client = IMAPClient(
                config.host,
                port=config.port,
                ssl=is_implicit,
                ssl_context=client_tls_context(config.ca_file) if is_implicit else None,
                timeout=config.timeout,
            )
        except (*_CONNECTION_LOST, IMAPClientError) as error:
            raise self._error("connect", error) from error
        try:
            self._open_session(client)
        except BaseException:
            _shut_down_quietly(client)
            raise
        return client

    def _open_session(self, client: Any) -> None:
        try:
            if self._config.tls_mode == "starttls":
                if not client.has_capability("STARTTLS"):
                    raise SourceError(
                        f"IMAP server {self.where} does not offer STARTTLS; "
                        "refusing to log in without TLS"
                    )
                client.starttls(client_tls_context(self._config.ca_file))
            self._log_in(client)
            self._has_move = bool(client.has_capability("MOVE"))
            self._has_idle = bool(client.has_capability("IDLE"))
            for folder in (self._config.processed_folder, self._config.quarantine_folder):
                _ensure_folder(client, folder, self.where)
            self._select(client)
        except LoginError as error:
            raise self._error("log in", error) from error
        except (*_CONNECTION_LOST, IMAPClientError) as error:
            raise self._error("open a session", error) from error

    def _log_in(self, client: Any) -> None:
        config = self._config
        if config.oauth2_token is not None:
            client.oauth2_login(config.user, config.oauth2_token)
        else:
            client.login(config.user, cast(str, config.password))

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
        last_uid = 0
        if remembered is not None and remembered[0] == uidvalidity:
            last_uid = remembered[1]
        elif remembered is not None:
            logger.warning(
                "UIDVALIDITY of %s on %s changed from %d to %d: UIDs were renumbered, so all "
                "unmarked mail is fetched again (duplicates are dropped by Message-ID/hash)",
                folder, self.where, remembered[0], uidvalidity,
            )  # fmt: skip
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
            raise SourceError(
                f"IMAP: mail UID {uid} of {self._config.folder} for {self.where} is stale: "
                f"UIDVALIDITY is now {self._uidvalidity}, not {uidvalidity}; "
                "it will be fetched again under a new key"
            )
        if self._has_keywords:
            client.add_flags([uid], list(keywords), silent=True)
        if self._has_move:
            client.move([uid], target)
        else:
            client.copy([uid], target)

    def _wait_in_idle(self, seconds: float) -> bool:
        client = self._connected()
        try:
            return _idle(client, seconds, f"{self.where} {self._config.folder}")
        except _CONNECTION_LOST as error:
            self._reconnect_after(error, "wait in IDLE")
            return True  # mail may have come while the connection was down
        except IMAPClientError as error:
            self._drop()
            raise self._error("wait in IDLE", error) from error


def format_key(folder: str, uidvalidity: int, uid: int) -> str:
    """The `SourceMail.key` of a mail: "imap:FOLDER:UIDVALIDITY:UID"."""
    return f"imap:{folder}:{uidvalidity}:{uid}"


def parse_key(key: str, folder: str) -> tuple[int, int]:
    """(uidvalidity, uid) from a key of `folder`; SourceError for any other key."""
    prefix, _, rest = key.partition(":")
    rest, _, uid = rest.rpartition(":")
    key_folder, _, uidvalidity = rest.rpartition(":")
    if prefix != "imap" or key_folder != folder:
        raise SourceError(f"IMAP: {key!r} is not a mail of folder {folder}")
    try:
        return int(uidvalidity), int(uid)
    except ValueError:
        raise SourceError(f"IMAP: malformed mail key {key!r}") from None


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


def _fetch_bodies(client: Any, uids: list[int]) -> dict[int, bytes]:
    response = client.fetch(uids, ["BODY.PEEK[]"])
    return {
        int(uid): data[b"BODY[]"]
        for uid, data in response.items()
        if isinstance(data.get(b"BODY[]"), bytes)
    }


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


def _shut_down_quietly(client: Any) -> None:
    try:
        client.shutdown()
    except (*_CONNECTION_LOST, IMAPClientError) as error:
        logger.debug("Closing an IMAP socket failed: %s", error)
