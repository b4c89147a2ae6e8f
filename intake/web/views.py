"""Template helpers shared by the pages: labels, dates, the CSRF field."""

from __future__ import annotations

from datetime import date, datetime

from flask import Flask
from markupsafe import Markup, escape

from intake.web import csrf

KIND_LABELS = {
    "erasure": "Erasure",
    "access": "Access",
    "rectification": "Rectification",
    "portability": "Portability",
    "objection": "Objection",
    "marketing_optout": "Marketing opt-out",
    "other": "Other",
}
STATUS_LABELS = {
    "new": "New",
    "waiting_for_information": "Waiting for information",
    "in_progress": "In progress",
    "passed_to_subprocessor": "Passed to sub-processor",
    "done": "Done",
    "refused": "Refused",
    "not_a_request": "Not a request",
    "merged": "Merged",
    "open": "Open",
    "all": "All",
    "closed": "Closed",
}


def kind_label(kind: str | None) -> str:
    return KIND_LABELS.get(kind or "other", kind or "Other")


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status)


def format_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def days_left(due: date, today: date) -> str:
    days = (due - today).days
    if days < 0:
        return f"{-days} d overdue"
    return "due today" if days == 0 else f"{days} d left"


def csrf_field() -> Markup:
    """The hidden input every form carries; our own value, escaped all the same."""
    return Markup('<input type="hidden" name="csrf_token" value="{}">').format(
        escape(csrf.csrf_token()))


def register_filters(app: Flask) -> None:
    app.jinja_env.filters.update(kind_label=kind_label, status_label=status_label,
                                 fdate=format_date)
    app.jinja_env.globals.update(csrf_field=csrf_field, days_left=days_left)
