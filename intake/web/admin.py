"""Admin pages: support accounts and the reseller registry."""

from __future__ import annotations

import csv
import io

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import select

from intake.errors import IntakeError
from intake.registry import COLUMNS, parse_registry
from intake.web import context, database
from intake.web.auth import require_admin
from store import users
from store.models import ROLES, Reseller, User
from store.resellers import import_resellers

blueprint = Blueprint("admin", __name__, url_prefix="/admin")


@blueprint.route("/users")
def show_users() -> ResponseReturnValue:
    require_admin()
    return render_template("users.html", users=users.list_users(database()), roles=ROLES)


@blueprint.route("/users", methods=["POST"])
def change_users() -> ResponseReturnValue:
    admin = require_admin()
    session = database()
    form = request.form
    try:
        if form.get("action") == "add":
            users.add_user(session, form.get("name", "").strip(), form.get("password", ""),
                           role=form.get("role", "agent"), now=context().now())
            flash(f"User {form.get('name', '').strip()} added.", "ok")
        else:
            _change_user(session.get(User, int(form.get("user_id", "0") or 0)), admin.name)
        session.commit()
    except IntakeError as error:
        session.rollback()
        flash(str(error), "error")
    return redirect(url_for("admin.show_users"))


def _change_user(user: User | None, admin_name: str) -> None:
    if user is None:
        abort(404)
    action = request.form.get("action")
    session = database()
    if user.name == admin_name and action in ("deactivate", "role"):
        raise users.UserError("you cannot lock yourself out: ask another admin")
    if action == "role":
        users.set_role(session, user, request.form.get("role", ""))
    elif action in ("activate", "deactivate"):
        users.set_active(session, user, action == "activate")
    elif action == "password":
        users.set_password(session, user, request.form.get("password", ""))
    else:
        abort(400, description="unknown action")
    flash(f"User {user.name} changed ({action}).", "ok")


@blueprint.route("/resellers")
def show_resellers() -> ResponseReturnValue:
    require_admin()
    resellers = database().scalars(select(Reseller).order_by(Reseller.reseller_id)).all()
    return render_template("resellers.html", resellers=resellers)


@blueprint.route("/resellers", methods=["POST"])
def save_reseller() -> ResponseReturnValue:
    """Add or update one reseller, checked exactly as `intake resellers import` checks."""
    require_admin()
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    writer.writerow([request.form.get(column, "").strip() for column in COLUMNS])
    records, problems = parse_registry(buffer.getvalue())
    if problems:
        flash("; ".join(problem.message for problem in problems), "error")
        return redirect(url_for("admin.show_resellers"))
    session = database()
    counts = import_resellers(session, records)
    session.commit()
    flash(f"Reseller {records[0].reseller_id}: "
          f"{'added' if counts.added else 'updated' if counts.updated else 'unchanged'}.", "ok")
    return redirect(url_for("admin.show_resellers"))
