"""CSRF protection: one random token per login session, required on every POST.

The token lives in the signed session cookie and in a hidden `csrf_token` field of
every form (`csrf_field()` in the templates). A POST whose field does not match the
session's token, or that comes without a session, is refused with 400 before any
view runs. SameSite=Lax on the cookie is the second fence.
"""

from __future__ import annotations

import hmac
import secrets

from flask import abort, request, session

FIELD = "csrf_token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def csrf_token() -> str:
    """This session's token, made on first use."""
    token = session.get(FIELD)
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        session[FIELD] = token
    return token


def new_token() -> str:
    """A fresh token (after login: a token seen before login is never reused)."""
    session[FIELD] = secrets.token_urlsafe(32)
    return str(session[FIELD])


def check_csrf() -> None:
    """before_request: refuse a state-changing request without the right token."""
    if request.method in SAFE_METHODS:
        return
    expected = session.get(FIELD)
    sent = request.form.get(FIELD) or request.headers.get("X-CSRF-Token") or ""
    if not isinstance(expected, str) or not hmac.compare_digest(expected, sent):
        abort(400, description="The form was too old or did not come from this site "
                               "(missing or wrong CSRF token). Reload the page and try again.")
