"""The queue: tickets by due date, filters, search and keyset paging."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, render_template, request, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import select
from werkzeug.datastructures import MultiDict

from intake.web import context, database
from parsers.model import KINDS
from store.models import Reseller, User
from store.queue import (
    FLAG_LABELS,
    FLAGS,
    NONE,
    STATUS_CHOICES,
    Cursor,
    QueueError,
    QueueFilter,
    count_queue,
    list_queue,
    urgency,
)

blueprint = Blueprint("queue", __name__)


def filter_from_args(args: MultiDict[str, str]) -> QueueFilter:
    """The filters a query string asks for; unknown values are a 400, not a guess."""
    try:
        return QueueFilter(
            status=args.get("status", "open") or "open",
            kind=args.get("kind", ""),
            reseller=args.get("reseller", ""),
            flags=tuple(flag for flag in args.getlist("flag") if flag),
            assignee=args.get("assignee", ""),
            search=args.get("q", "")[:200],
        )
    except QueueError as error:
        abort(400, description=str(error))


def _cursor(name: str) -> Cursor | None:
    value = request.args.get(name, "")
    if not value:
        return None
    try:
        return Cursor.decode(value)
    except QueueError as error:
        abort(400, description=str(error))


@blueprint.route("/queue")
def show_queue() -> ResponseReturnValue:
    filters = filter_from_args(request.args)
    session = database()
    page = list_queue(session, filters, after=_cursor("after"), before=_cursor("before"))
    today = context().today()
    return render_template(
        "queue.html",
        filters=filters,
        page=page,
        total=count_queue(session, filters),
        urgency={ticket.id: urgency(ticket, today) for ticket in page.tickets},
        today=today,
        page_url=lambda **cursor: _page_url(filters, **cursor),
        choices=_choices(),
    )


def _page_url(filters: QueueFilter, **cursor: str) -> str:
    args: dict[str, object] = {"status": filters.status, "kind": filters.kind,
                               "reseller": filters.reseller, "assignee": filters.assignee,
                               "q": filters.search, "flag": list(filters.flags), **cursor}
    values: dict[str, Any] = {key: value for key, value in args.items() if value}
    return url_for("queue.show_queue", **values)


def _choices() -> dict[str, list[tuple[str, str]]]:
    session = database()
    resellers = session.execute(select(Reseller.reseller_id, Reseller.name)
                                .order_by(Reseller.name)).all()
    users = session.scalars(select(User.name).where(User.is_active.is_(True))
                            .order_by(User.name)).all()
    from intake.web.views import kind_label, status_label

    return {
        "status": [(status, status_label(status)) for status in STATUS_CHOICES],
        "kind": [("", "Any kind")] + [(kind, kind_label(kind)) for kind in KINDS]
                + [(NONE, "Not recognised")],
        "reseller": [("", "Any reseller")] + [(code, f"{name} ({code})")
                                              for code, name in resellers]
                    + [(NONE, "Unknown sender")],
        "assignee": [("", "Anyone"), (NONE, "Unassigned")] + [(name, name) for name in users],
        "flag": [(flag, FLAG_LABELS[flag]) for flag in FLAGS],
    }
