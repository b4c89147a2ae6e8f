"""A private Dovecot IMAP server for the integration tests (see TESTING.md).

Each `DovecotServer` runs its own Dovecot on a free loopback port with a throw-away
config and Maildir under a temporary directory. Any user name logs in with the
password "secret" and gets its own mailbox, so one server serves many tests.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

PASSWORD = "secret"
HOST = "127.0.0.1"

# What Dovecot 2.3 announces after login, minus extensions nothing here needs.
# Setting `imap_capability` replaces the list, so a variant can leave IDLE or MOVE out.
DEFAULT_CAPABILITIES = (
    "IMAP4rev1", "SASL-IR", "LOGIN-REFERRALS", "ID", "ENABLE", "IDLE", "SORT",
    "THREAD=REFERENCES", "MULTIAPPEND", "UNSELECT", "CHILDREN", "NAMESPACE",
    "UIDPLUS", "LIST-EXTENDED", "I18NLEVEL=1", "CONDSTORE", "QRESYNC", "ESEARCH",
    "SEARCHRES", "WITHIN", "LIST-STATUS", "BINARY", "MOVE", "LITERAL+",
)  # fmt: skip

CONFIG_TEMPLATE = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = {host}
{ssl_lines}
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{root}/mail/%u
mail_max_userip_connections = 50
# A throw-away server: skip fsync, or every APPEND waits for the disk (~15 ms).
mail_fsync = never
auth_failure_delay = 0
{capability_line}
passdb {{
  driver = static
  args = password={password}
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={root}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = {host}
    port = {port}
  }}
  inet_listener imaps {{
    address = {host}
    port = {imaps_port}
  }}
}}
"""


class DovecotError(RuntimeError):
    """The test server could not be started, stopped or driven."""


def find_binary(name: str) -> str | None:
    """Where Dovecot's program `name` is, also when /usr/sbin is not on PATH."""
    found = shutil.which(name)
    if found is not None:
        return found
    for directory in ("/usr/sbin", "/usr/bin", "/usr/local/sbin"):
        candidate = Path(directory) / name
        if os.access(candidate, os.X_OK):
            return str(candidate)
    return None


def free_port() -> int:
    """A loopback TCP port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


class DovecotServer:
    """One private Dovecot; `start()` it, `cleanup()` when done (or use `with`).

    `without_capabilities` names capabilities to leave out of what the server
    announces (e.g. ("IDLE",) to test polling, ("MOVE",) to test flag mode).
    """

    def __init__(
        self, without_capabilities: Iterable[str] = (), tls_files: tuple[Path, Path] | None = None
    ) -> None:
        self._dovecot = _require_binary("dovecot")
        self._doveadm = _require_binary("doveadm")
        self.without_capabilities = frozenset(name.upper() for name in without_capabilities)
        self.host = HOST
        self.port = free_port()  # kept across stop()/start(), like a real server's
        # With (certificate, key): STARTTLS on `port` and implicit TLS on `imaps_port`.
        self.tls_files = tls_files
        self.imaps_port = free_port() if tls_files else 0
        self.password = PASSWORD
        self.root = Path(tempfile.mkdtemp(prefix="intake-dovecot-"))
        self.config_path = self.root / "dovecot.conf"
        self._process: subprocess.Popen[bytes] | None = None
        self._write_config()

    def __enter__(self) -> DovecotServer:
        try:
            self.start()
        except BaseException:
            self.cleanup()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.cleanup()

    @property
    def config(self) -> str:
        """The Dovecot configuration this server runs with."""
        return self.config_path.read_text()

    @property
    def log(self) -> str:
        """Dovecot's log so far (for failure messages)."""
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def _write_config(self) -> None:
        # Dovecot's mail processes run as nobody: they must reach the mail directory.
        self.root.chmod(0o755)
        for name in ("run", "state", "mail", "home"):
            (self.root / name).mkdir(exist_ok=True)
        for name in ("mail", "home"):
            shutil.chown(self.root / name, user="nobody", group="nogroup")
        capability_line = ""
        if self.without_capabilities:
            kept = [c for c in DEFAULT_CAPABILITIES if c not in self.without_capabilities]
            capability_line = "imap_capability = " + " ".join(kept)
        self.config_path.write_text(
            CONFIG_TEMPLATE.format(
                root=self.root,
                host=self.host,
                port=self.port,
                password=self.password,
                capability_line=capability_line,
                ssl_lines=self._ssl_lines(),
                imaps_port=self.imaps_port,
            )
        )

    def _ssl_lines(self) -> str:
        if self.tls_files is None:
            return "ssl = no"
        cert, key = self.tls_files
        return f"ssl = yes\nssl_cert = <{cert}\nssl_key = <{key}"

    def start(self, timeout: float = 10.0) -> None:
        """Start Dovecot (again, after `stop()`) and wait until LOGIN works."""
        if self._process is not None and self._process.poll() is None:
            return
        # -F keeps the master in the foreground: it stays our child, reaped by wait().
        with open(self.root / "master.out", "ab") as output:
            self._process = subprocess.Popen(
                [self._dovecot, "-F", "-c", str(self.config_path)],
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self._wait_until_login_works(timeout)

    def _wait_until_login_works(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        last_error: Exception | None = None
        while time.monotonic() < deadline:
            if self._process is not None and self._process.poll() is not None:
                output = (self.root / "master.out").read_text(errors="replace")
                raise DovecotError(f"dovecot exited at start: {output}\n{self.log}")
            try:
                with self.client("probe"):
                    return
            except (OSError, IMAPClientError) as error:
                last_error = error
            time.sleep(0.02)
        raise DovecotError(f"Dovecot on port {self.port} never accepted LOGIN: {last_error}")

    @property
    def is_running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def stop(self, timeout: float = 10.0) -> None:
        """Stop Dovecot and every process it started (an outage: open sessions drop).

        The mailboxes stay for `start()`.
        """
        process, self._process = self._process, None
        if process is None:
            return
        group = process.pid  # started with start_new_session: the group has its id
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(group, signal.SIGTERM)  # master and sessions at once: quicker
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        # The master leaves running sessions (imap) and its log process behind.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, signal.SIGKILL)
        deadline = time.monotonic() + timeout
        while _has_live_process(group):
            if time.monotonic() > deadline:
                raise DovecotError(f"Dovecot processes of group {group} outlived SIGKILL")
            time.sleep(0.02)

    def cleanup(self) -> None:
        """Stop Dovecot and remove every file it had."""
        try:
            self.stop()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def client(self, user: str) -> IMAPClient:
        """A logged-in IMAPClient for `user` (use it in a `with` block)."""
        client = IMAPClient(self.host, port=self.port, ssl=False, timeout=10)
        try:
            client.login(user, self.password)
        except BaseException:
            client.shutdown()
            raise
        return client

    def append(self, user: str, raw: bytes, folder: str = "INBOX") -> None:
        """Deliver one mail into `folder` of `user` over IMAP (another connection)."""
        self.append_many(user, [raw], folder)

    def append_many(self, user: str, raws: Iterable[bytes], folder: str = "INBOX") -> None:
        """Deliver mails in order, over one connection."""
        with self.client(user) as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            for raw in raws:
                client.append(folder, raw)

    def messages(self, user: str, folder: str = "INBOX") -> list[bytes]:
        """Every mail in `folder`, in UID order, read without setting \\Seen."""
        return [raw for raw, _flags in self.messages_with_flags(user, folder)]

    def messages_with_flags(
        self, user: str, folder: str = "INBOX"
    ) -> list[tuple[bytes, frozenset[bytes]]]:
        """Every mail in `folder` with its flags, in UID order (read-only)."""
        with self.client(user) as client:
            if not client.folder_exists(folder):
                return []
            client.select_folder(folder, readonly=True)
            uids = sorted(client.search(["ALL"]))
            if not uids:
                return []
            fetched = client.fetch(uids, ["BODY.PEEK[]", "FLAGS"])
            return [(fetched[uid][b"BODY[]"], frozenset(fetched[uid][b"FLAGS"])) for uid in uids]

    def folders(self, user: str) -> list[str]:
        """The names of the folders `user` has."""
        with self.client(user) as client:
            return sorted(str(name) for _flags, _delimiter, name in client.list_folders())

    def uidvalidity(self, user: str, folder: str = "INBOX") -> int:
        """The folder's current UIDVALIDITY."""
        with self.client(user) as client:
            status = client.folder_status(folder, [b"UIDVALIDITY"])
            value: int = status[b"UIDVALIDITY"]
            return value

    def kick(self, user: str) -> None:
        """Disconnect every session of `user` (the server sends BYE)."""
        self._doveadm_run("kick", user)

    def set_uidvalidity(self, user: str, folder: str, uidvalidity: int) -> None:
        """Change a folder's UIDVALIDITY, as a server restore or migration would."""
        self._doveadm_run(
            "mailbox", "update", "-u", user, "--uid-validity", str(uidvalidity), folder
        )

    def _doveadm_run(self, *arguments: str) -> None:
        completed = subprocess.run(
            [self._doveadm, "-c", str(self.config_path), *arguments],
            capture_output=True,
            text=True,
            check=False,
        )
        if completed.returncode != 0:
            raise DovecotError(
                f"doveadm {' '.join(arguments)} failed ({completed.returncode}): "
                f"{completed.stderr.strip()}"
            )


def _require_binary(name: str) -> str:
    path = find_binary(name)
    if path is None:
        raise DovecotError(f"{name} not found: install the Debian package dovecot-imapd")
    return path


def _has_live_process(group: int) -> bool:
    """True while a process of the group runs (zombies, not yet reaped, do not count)."""
    for stat_file in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat_file.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            return True
    return False
