"""`intake serve`: the triage page on werkzeug's threaded server.

Replies staff send are committed to the outbox, then a background drain sends them
at once (one drain at a time; a request arriving during a drain runs one more).
Put a TLS-terminating reverse proxy in front of it outside a trusted network, and
set `[web] cookie_secure = "yes"` there.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from werkzeug.serving import run_simple

from intake.sender import DrainResult
from intake.settings import Settings
from intake.wiring import build_drain, open_database

log = logging.getLogger(__name__)


class BackgroundDrain:
    """Runs `drain` in a thread when asked; never two at once, never a request lost."""

    def __init__(self, drain: Callable[[], DrainResult]) -> None:
        self._drain = drain
        self._lock = threading.Lock()
        self._running = False
        self._again = False

    def request(self) -> None:
        with self._lock:
            if self._running:
                self._again = True
                return
            self._running = True
        threading.Thread(target=self._run, name="outbox-drain", daemon=True).start()

    def _run(self) -> None:
        while True:
            try:
                result = self._drain()
                log.info("outbox drained: sent %d, retrying %d, failed %d",
                         result.sent, result.retried, result.failed)
            except Exception:  # noqa: BLE001 - the next request or `intake run` retries
                log.exception("outbox drain failed")
            with self._lock:
                if not self._again:
                    self._running = False
                    return
                self._again = False


def serve(settings: Settings, host: str | None, port: int | None) -> int:
    from intake.web import create_app

    sessions = open_database(settings)
    drain = BackgroundDrain(build_drain(settings, sessions))
    app = create_app(settings, sessions, after_reply=drain.request)
    host = host or settings.web.host
    port = port if port is not None else settings.web.port
    print(f"triage page on http://{host}:{port}/ (Ctrl-C to stop)", flush=True)
    run_simple(host, port, app, threaded=True, use_reloader=False, use_debugger=False)
    return 0
