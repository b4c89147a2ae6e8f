"""Login, logout and the rule that every page needs a logged-in, active user."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from flask import Blueprint, abort, g, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue

from intake.web import csrf, database
from store.models import User

blueprint = Blueprint("auth", __name__)

PUBLIC_ENDPOINTS = frozenset({"auth.login", "static"})
# Password guessing is braked per user name: this many failures within LOCKOUT.
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)


@dataclass(frozen=True, slots=True)
class StaffUser:
    """The person behind this request."""

    id: int
    name: str
    role: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def current_user() -> StaffUser:
    user: StaffUser | None = g.get("user")
    if user is None:  # require_login runs first; this is a programming error
        abort(401)
    return user


def require_admin() -> StaffUser:
    user = current_user()
    if not user.is_admin:
        abort(403, description="Only an admin may do this.")
    return user


def require_login() -> ResponseReturnValue | None:
    """before_request: load the user of the session; send strangers to the login page."""
    g.user = _load_user()
    if g.user is not None or request.endpoint in PUBLIC_ENDPOINTS:
        return None
    if request.method != "GET":
        abort(401, description="Log in first.")
    return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))


def _load_user() -> StaffUser | None:
    user_id = session.get("user_id")
    if not isinstance(user_id, int):
        return None
    user = database().get(User, user_id)
    if user is None or not user.is_active:
        session.clear()
        return None
    return StaffUser(user.id, user.name, user.role)


@blueprint.route("/login", methods=["GET", "POST"])
def login() -> ResponseReturnValue:
    from store.users import authenticate, count_failed_logins, record_failed_login

    if request.method == "GET":
        csrf.csrf_token()
        return render_template("login.html", error="", name="")
    name = request.form.get("name", "").strip()
    db, now = database(), datetime.now(UTC)
    if count_failed_logins(db, name, now - LOCKOUT) >= MAX_FAILED_LOGINS:
        error = f"Too many failed logins for {name}: try again in {LOCKOUT.seconds // 60} minutes."
        return render_template("login.html", error=error, name=name), 429
    user = authenticate(db, name, request.form.get("password", ""))
    if user is None:
        record_failed_login(db, name, request.remote_addr or "", now)
        db.commit()
        return render_template("login.html", error="Wrong name or password.", name=name), 401
    session.clear()  # a new session: nothing from before the login survives
    session["user_id"] = user.id
    session.permanent = True
    csrf.new_token()
    return redirect(_safe_next(request.args.get("next", "")))


@blueprint.route("/logout", methods=["POST"])
def logout() -> ResponseReturnValue:
    session.clear()
    return redirect(url_for("auth.login"))


def _safe_next(target: str) -> str:
    """Only a path on this site: never an open redirect to another host."""
    parts = urlsplit(target)
    if not target.startswith("/") or target.startswith("//") or parts.scheme or parts.netloc:
        return url_for("queue.show_queue")
    return target
