"""The overview: open tickets by kind and status, what is due, and 12 weeks of intake."""

from __future__ import annotations

from datetime import timedelta

from flask import Blueprint, render_template
from flask.typing import ResponseReturnValue

from intake.web import context, database
from intake.web.chart import week_chart
from parsers.model import KINDS
from store.models import OPEN_STATUSES
from store.stats import (
    monday_of,
    open_by_kind_and_status,
    open_due_between,
    open_overdue,
    received_per_week,
)

blueprint = Blueprint("overview", __name__)


@blueprint.route("/overview")
def show_overview() -> ResponseReturnValue:
    session = database()
    today = context().today()
    sunday = monday_of(today) + timedelta(days=6)
    counts = open_by_kind_and_status(session)
    weeks = received_per_week(session, today, weeks=12)
    return render_template(
        "overview.html",
        kinds=KINDS,
        statuses=OPEN_STATUSES,
        counts=counts,
        kind_totals={kind: sum(n for (k, _s), n in counts.items() if k == kind)
                     for kind in KINDS},
        status_totals={status: sum(n for (_k, s), n in counts.items() if s == status)
                       for status in OPEN_STATUSES},
        total=sum(counts.values()),
        due_this_week=open_due_between(session, today, sunday),
        overdue=open_overdue(session, today),
        sunday=sunday,
        today=today,
        chart=week_chart([(week.monday, week.by_kind) for week in weeks], KINDS),
        received_total=sum(week.total for week in weeks),
    )
