"""The triage page: a Flask app factory and small view modules.

`create_app(settings, sessions)` builds the app; nothing is global. Every request
gets its own database session (closed at the end), every page needs a logged-in
user (`auth.py`), every POST a CSRF token (`csrf.py`). Templates autoescape, and
nothing that came from a mail is ever marked safe.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import jinja2
from flask import Flask, current_app, g
from flask.typing import ResponseReturnValue
from sqlalchemy.orm import Session, sessionmaker
from werkzeug.wrappers import Response

from intake.settings import Settings
from intake.wiring import company_of, utc_now
from replies.render import Company, make_environment

log = logging.getLogger(__name__)

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


@dataclass(frozen=True, slots=True)
class WebContext:
    """What the views need, handed in once by `create_app`."""

    settings: Settings
    sessions: sessionmaker[Session]
    clock: Callable[[], datetime]
    company: Company
    templates: jinja2.Environment  # the reply templates (not the page templates)
    after_reply: Callable[[], None]  # called after a reply is committed (starts a drain)

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        return self.clock().date()


def create_app(
    settings: Settings,
    sessions: sessionmaker[Session],
    *,
    clock: Callable[[], datetime] = utc_now,
    after_reply: Callable[[], None] = lambda: None,
) -> Flask:
    """The triage app for these settings and this database."""
    from intake.web import admin, auth, csrf, overview, queue, tickets, views

    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=_secret_key(settings),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=settings.web.cookie_secure == "yes",
        SESSION_COOKIE_NAME="intake_session",
        PERMANENT_SESSION_LIFETIME=timedelta(hours=settings.web.session_hours),
        MAX_CONTENT_LENGTH=1024 * 1024,
    )
    templates_dir = settings.replies.templates_dir
    app.extensions["intake"] = WebContext(
        settings, sessions, clock, company_of(settings),
        make_environment(Path(templates_dir) if templates_dir else None), after_reply,
    )
    views.register_filters(app)
    app.before_request(csrf.check_csrf)
    app.before_request(auth.require_login)
    app.after_request(_add_security_headers)
    app.teardown_appcontext(_close_database)
    for module in (auth, queue, tickets, overview, admin):
        app.register_blueprint(module.blueprint)
    app.add_url_rule("/", "index", _index)
    return app


def context() -> WebContext:
    web: WebContext = current_app.extensions["intake"]
    return web


def database() -> Session:
    """This request's database session (opened on first use, closed at the end)."""
    if "db" not in g:
        g.db = context().sessions()
    session: Session = g.db
    return session


def _close_database(_error: BaseException | None) -> None:
    session = g.pop("db", None)
    if session is not None:
        session.close()


def _add_security_headers(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def _index() -> ResponseReturnValue:
    from flask import redirect, url_for

    return redirect(url_for("queue.show_queue"))


def _secret_key(settings: Settings) -> str:
    if settings.web.secret_key:
        return settings.web.secret_key
    log.warning("no [web] secret_key_file or INTAKE_WEB_SECRET_KEY: using a random key, "
                "everyone is logged out when the server restarts")
    return secrets.token_hex(32)
