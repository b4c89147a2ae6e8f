"""One ticket: its employees, thread, warnings and audit log, and what staff do to it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.errors import IntakeError
from intake.staff_replies import (
    STAFF_TEMPLATES,
    StaffReplyInput,
    preview_staff_reply,
    queue_staff_reply,
)
from intake.web import context, database
from intake.web.auth import current_user
from store import ticket_actions
from store.models import STAFF_STATUSES, OutboxItem, Ticket, User
from store.queue import urgency
from store.tickets import find_ticket_by_reference, ticket_thread

blueprint = Blueprint("tickets", __name__)

TEMPLATE_LABELS = {
    "completed": "Request completed",
    "passed_to_subprocessor": "Passed to sub-processor",
    "deadline_extended": "Deadline extended",
    "refused": "Request refused",
    "free_text": "Free text",
}
Action = Callable[[Session, Ticket, str, datetime], str]


def _ticket_or_404(reference: str) -> Ticket:
    ticket = find_ticket_by_reference(database(), reference)
    if ticket is None:
        abort(404, description=f"No ticket {reference}.")
    return ticket


@blueprint.route("/tickets/<reference>")
def show_ticket(reference: str) -> ResponseReturnValue:
    session = database()
    ticket = _ticket_or_404(reference)
    outbox = {item.message_row_id: item for item in session.scalars(
        select(OutboxItem).where(OutboxItem.ticket_id == ticket.id))}
    merged_into = session.get(Ticket, ticket.merged_into_id) if ticket.merged_into_id else None
    return render_template(
        "ticket.html",
        ticket=ticket,
        messages=ticket_thread(session, ticket),
        outbox=outbox,
        audit=ticket_actions.audit_log(session, ticket),
        merged_into=merged_into,
        urgency=urgency(ticket, context().today()),
        today=context().today(),
        users=session.scalars(select(User.name).where(User.is_active.is_(True))
                              .order_by(User.name)).all(),
        statuses=STAFF_STATUSES,
        templates=[(name, TEMPLATE_LABELS.get(name, name)) for name in STAFF_TEMPLATES],
    )


def _act(reference: str, action: Action) -> ResponseReturnValue:
    """Run one staff action in one transaction; say what happened or what went wrong."""
    session = database()
    ticket = _ticket_or_404(reference)
    try:
        done = action(session, ticket, current_user().name, context().now())
        session.commit()
        flash(done, "ok")
    except IntakeError as error:
        session.rollback()
        flash(str(error), "error")
    return redirect(url_for("tickets.show_ticket", reference=ticket.reference))


@blueprint.route("/tickets/<reference>/assign", methods=["POST"])
def assign(reference: str) -> ResponseReturnValue:
    assignee = request.form.get("assignee", "").strip()
    if assignee == "me":
        assignee = current_user().name

    def action(session: Session, ticket: Ticket, actor: str, now: datetime) -> str:
        ticket_actions.assign(session, ticket, assignee or None, actor=actor, now=now)
        return f"Assigned to {assignee}." if assignee else "Unassigned."

    return _act(reference, action)


@blueprint.route("/tickets/<reference>/status", methods=["POST"])
def set_status(reference: str) -> ResponseReturnValue:
    status = request.form.get("status", "")

    def action(session: Session, ticket: Ticket, actor: str, now: datetime) -> str:
        ticket_actions.set_status(session, ticket, status, actor=actor, now=now)
        return f"Status set to {status.replace('_', ' ')}."

    return _act(reference, action)


@blueprint.route("/tickets/<reference>/note", methods=["POST"])
def add_note(reference: str) -> ResponseReturnValue:
    note = request.form.get("note", "")

    def action(session: Session, ticket: Ticket, actor: str, now: datetime) -> str:
        ticket_actions.add_note(session, ticket, note, actor=actor, now=now)
        return "Note added."

    return _act(reference, action)


@blueprint.route("/tickets/<reference>/merge", methods=["POST"])
def merge(reference: str) -> ResponseReturnValue:
    target_reference = request.form.get("target", "")

    def action(session: Session, ticket: Ticket, actor: str, now: datetime) -> str:
        target = ticket_actions.get_ticket(session, target_reference)
        ticket_actions.merge_ticket(session, ticket, target, actor=actor, now=now)
        return f"Merged into {target.reference}."

    return _act(reference, action)


@blueprint.route("/tickets/<reference>/not-a-request", methods=["POST"])
def not_a_request(reference: str) -> ResponseReturnValue:
    reason = request.form.get("reason", "")

    def action(session: Session, ticket: Ticket, actor: str, now: datetime) -> str:
        ticket_actions.mark_not_a_request(session, ticket, reason, actor=actor, now=now)
        return "Marked as not a request."

    return _act(reference, action)


def _reply_input() -> StaffReplyInput:
    try:
        months = int(request.form.get("months", "0") or 0)
    except ValueError:
        months = -1
    return StaffReplyInput(template=request.form.get("template", ""),
                           text=request.form.get("text", "").strip(), extension_months=months)


@blueprint.route("/tickets/<reference>/reply/preview", methods=["POST"])
def preview_reply(reference: str) -> ResponseReturnValue:
    ticket = _ticket_or_404(reference)
    reply = _reply_input()
    web = context()
    try:
        message = preview_staff_reply(database(), ticket, reply, company=web.company,
                                      templates=web.templates, now=web.now())
    except IntakeError as error:
        flash(str(error), "error")
        return redirect(url_for("tickets.show_ticket", reference=ticket.reference))
    body = message.get_body(("plain",))
    return render_template(
        "reply_preview.html", ticket=ticket, reply=reply, recipient=str(message["To"]),
        subject=str(message["Subject"]), body=body.get_content() if body is not None else "",
        template_label=TEMPLATE_LABELS.get(reply.template, reply.template),
    )


@blueprint.route("/tickets/<reference>/reply", methods=["POST"])
def send_reply(reference: str) -> ResponseReturnValue:
    reply = _reply_input()
    web = context()

    def action(session: Session, ticket: Ticket, actor: str, now: datetime) -> str:
        queue_staff_reply(session, ticket, reply, actor=actor, company=web.company,
                          templates=web.templates, now=now)
        return f"Reply \u201c{TEMPLATE_LABELS.get(reply.template, reply.template)}\u201d queued."

    response = _act(reference, action)
    web.after_reply()
    return response
