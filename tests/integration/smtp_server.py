"""A real SMTP server for tests: aiosmtpd on a free loopback port, scriptable.

It records every mail it accepts (envelope and bytes, parsed with `email`) and can be
told to answer the next mails, or all of them, with an error at RCPT or DATA, to
answer slowly, or to go away and come back on the same port (an outage).
"""

from __future__ import annotations

import asyncio
import socket
import threading
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Literal

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

Stage = Literal["rcpt", "data"]


@dataclass(frozen=True, slots=True)
class ReceivedMail:
    """One mail the server accepted."""

    mail_from: str
    recipients: tuple[str, ...]
    raw: bytes
    message: EmailMessage
    peer: tuple[str, int]  # the client's address: same peer, same connection

    @property
    def message_id(self) -> str:
        return str(self.message["Message-ID"])


@dataclass(slots=True)
class _Script:
    code: int
    text: str
    stage: Stage
    remaining: int | None  # None: for ever


class ScriptedHandler:
    """aiosmtpd handler: records mails, answers as scripted."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._received: list[ReceivedMail] = []
        self._scripts: list[_Script] = []
        self.data_delay = 0.0
        self.refused = 0

    @property
    def received(self) -> list[ReceivedMail]:
        with self._lock:
            return list(self._received)

    def add_script(self, script: _Script) -> None:
        with self._lock:
            self._scripts.append(script)

    def clear_scripts(self) -> None:
        with self._lock:
            self._scripts.clear()

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        answer = self._scripted("rcpt")
        if answer is not None:
            return answer
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        answer = self._scripted("data")
        if answer is not None:
            return answer
        raw = envelope.original_content or b""
        message = BytesParser(policy=policy.default).parsebytes(raw)
        assert isinstance(message, EmailMessage)
        mail = ReceivedMail(
            mail_from=envelope.mail_from or "",
            recipients=tuple(envelope.rcpt_tos),
            raw=raw,
            message=message,
            peer=tuple(session.peer),  # type: ignore[arg-type]
        )
        with self._lock:
            self._received.append(mail)
        if self.data_delay:  # delivered, but the 250 comes late
            await asyncio.sleep(self.data_delay)
        return "250 Message accepted for delivery"

    def _scripted(self, stage: Stage) -> str | None:
        with self._lock:
            for script in self._scripts:
                if script.stage != stage:
                    continue
                if script.remaining is not None:
                    script.remaining -= 1
                    if script.remaining <= 0:
                        self._scripts.remove(script)
                self.refused += 1
                return f"{script.code} {script.text}"
        return None


class SmtpTestServer:
    """An aiosmtpd server on 127.0.0.1 and a port of its own, kept across restarts."""

    host = "127.0.0.1"

    def __init__(self, port: int | None = None) -> None:
        self.port = port if port is not None else free_port()
        self.handler = ScriptedHandler()
        self._controller: Controller | None = None

    def start(self) -> None:
        """Listen (again) on the same port."""
        if self._controller is not None:
            return
        controller = Controller(self.handler, hostname=self.host, port=self.port)
        controller.start()
        self._controller = controller

    def stop(self) -> None:
        """Stop listening and drop open connections: clients get "connection refused"."""
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    @property
    def is_running(self) -> bool:
        return self._controller is not None

    @property
    def received(self) -> list[ReceivedMail]:
        """Every mail accepted so far, in order."""
        return self.handler.received

    def fail_next(
        self,
        count: int = 1,
        *,
        code: int = 451,
        text: str = "4.3.0 Try again later",
        stage: Stage = "data",
    ) -> None:
        """Answer the next `count` mails with `code text` at `stage`, then accept again."""
        self.handler.add_script(_Script(code, text, stage, count))

    def fail_always(
        self,
        code: int = 550,
        text: str = "5.1.1 Mailbox unavailable",
        *,
        stage: Stage = "data",
    ) -> None:
        """Answer every mail with `code text` at `stage` until `reset`."""
        self.handler.add_script(_Script(code, text, stage, None))

    def delay_data(self, seconds: float) -> None:
        """Keep each mail, then wait this long before the 250 (to outlast a client's timeout)."""
        self.handler.data_delay = seconds

    def reset(self) -> None:
        """Forget scripts and delays (received mails stay)."""
        self.handler.clear_scripts()
        self.handler.data_delay = 0.0


def free_port() -> int:
    """A TCP port on loopback nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port
