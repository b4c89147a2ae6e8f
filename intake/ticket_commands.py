"""`intake tickets …` and `intake users …`: the triage work from a terminal.

Each function returns an exit code and prints for a person; errors are raised as
IntakeError subclasses and reported by the CLI.
"""

from __future__ import annotations

import csv
import getpass
import json
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from sqlalchemy.orm import Session, sessionmaker

from intake.settings import Settings
from intake.staff_replies import StaffReplyInput, preview_staff_reply, queue_staff_reply
from intake.wiring import build_drain, company_of, open_database, utc_now
from replies.render import make_environment
from store import ticket_actions
from store.database import transaction
from store.models import Message, Ticket
from store.queue import Cursor, QueueFilter, count_queue, list_queue, urgency
from store.tickets import ticket_thread
from store.users import UserError, add_user

EXPORT_FIELDS = ("reference", "kind", "status", "language", "reseller", "requester_name",
                 "requester_address", "subject", "received_at", "due_date", "assignee",
                 "employees", "flags", "sensitive_categories", "sensitive_count")


def default_actor() -> str:
    """Who the audit log names for a CLI action without --as: the login name."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


def tickets_list(settings: Settings, filters: QueueFilter, *, limit: int,
                 after: str | None) -> int:
    sessions = open_database(settings)
    today = utc_now().date()
    with sessions() as session:
        page = list_queue(session, filters, after=Cursor.decode(after) if after else None,
                          limit=limit)
        total = count_queue(session, filters)
        rows = [_list_row(ticket, today) for ticket in page.tickets]
    _print_table(("DUE", "", "REFERENCE", "STATUS", "KIND", "FROM", "EMPLOYEES", "FLAGS",
                  "ASSIGNEE"), rows)
    shown = f"{len(rows)} of {total} tickets"
    if page.next_cursor is not None:
        shown += f"; next page: --after {page.next_cursor.encode()}"
    print(shown)
    return 0


def _list_row(ticket: Ticket, today: date) -> tuple[str, ...]:
    level = urgency(ticket, today)
    mark = {"overdue": "OVERDUE", "due_soon": "soon"}.get(level, "")
    employees = ", ".join(f"{s.full_name or '?'}" + (f" ({s.extension})" if s.extension else "")
                          for s in ticket.data_subjects)
    sender = ticket.reseller.name if ticket.reseller else ticket.requester_address
    return (ticket.due_date.isoformat(), mark, ticket.reference, ticket.status,
            ticket.kind or "-", _clip(sender, 28), _clip(employees, 36),
            ",".join(ticket_flags(ticket)), ticket.assignee or "")


def ticket_flags(ticket: Ticket) -> list[str]:
    flags = []
    if ticket.sensitive_count:
        flags.append("sensitive")
    if not ticket.is_sender_known:
        flags.append("unknown_sender")
    if ticket.is_waiting_for_information:
        flags.append("waiting")
    if ticket.has_failed_reply:
        flags.append("failed_reply")
    if ticket.needs_person:
        flags.append("needs_person")
    return flags


def _clip(value: str, width: int) -> str:
    value = " ".join(value.split())
    return value if len(value) <= width else value[: width - 1] + "…"


def _print_table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> None:
    widths = [max([len(header[i])] + [len(row[i]) for row in rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
              .rstrip())


def tickets_show(settings: Settings, reference: str) -> int:
    sessions = open_database(settings)
    with sessions() as session:
        ticket = ticket_actions.get_ticket(session, reference)
        _print_ticket(ticket, ticket_thread(session, ticket))
        print("\nAudit log:")
        for event in ticket_actions.audit_log(session, ticket):
            print(f"  {event.at:%Y-%m-%d %H:%M}  {event.actor:<16} {event.event:<22} "
                  f"{json.dumps(event.details, ensure_ascii=False, default=str)}")
    return 0


def _print_ticket(ticket: Ticket, thread: list[Message]) -> None:
    print(f"{ticket.reference}  {ticket.status}  kind={ticket.kind or '-'}  "
          f"due {ticket.due_date.isoformat()}  assignee={ticket.assignee or '-'}")
    print(f"From: {ticket.requester_name} <{ticket.requester_address}>  reseller: "
          f"{ticket.reseller.name if ticket.reseller else 'unknown sender'}")
    print(f"Subject: {ticket.subject}")
    print("Employees: " + ("; ".join(f"{s.full_name or '(name missing)'}, "
                                     f"ext. {s.extension or '(missing)'}"
                                     for s in ticket.data_subjects) or "none found"))
    if ticket_flags(ticket):
        print("Flags: " + ", ".join(ticket_flags(ticket)))
    if ticket.sensitive_categories:
        print(f"Sensitive data removed ({ticket.sensitive_count}): "
              + ", ".join(ticket.sensitive_categories))
    for message in thread:
        arrow = "<<< received" if message.direction == "in" else ">>> sent"
        print(f"\n{arrow} {message.received_at:%Y-%m-%d %H:%M} {message.from_address} "
              f"| {message.subject}")
        print("    " + message.body_text.strip().replace("\n", "\n    "))


def tickets_set(settings: Settings, reference: str, *, status: str | None,
                assign: str | None, note: str | None, merge_into: str | None,
                not_a_request: str | None, actor: str) -> int:
    sessions = open_database(settings)
    now = utc_now()
    with transaction(sessions) as session:
        ticket = ticket_actions.get_ticket(session, reference)
        if assign is not None:
            assignee = None if assign in ("", "-", "none") else assign
            ticket_actions.assign(session, ticket, assignee, actor=actor, now=now)
        if status is not None:
            ticket_actions.set_status(session, ticket, status, actor=actor, now=now)
        if note is not None:
            ticket_actions.add_note(session, ticket, note, actor=actor, now=now)
        if not_a_request is not None:
            ticket_actions.mark_not_a_request(session, ticket, not_a_request, actor=actor,
                                              now=now)
        if merge_into is not None:
            target = ticket_actions.get_ticket(session, merge_into)
            ticket_actions.merge_ticket(session, ticket, target, actor=actor, now=now)
        summary = (f"{ticket.reference}: status {ticket.status}, "
                   f"assignee {ticket.assignee or '-'}")
    print(summary)
    return 0


def tickets_reply(settings: Settings, reference: str, reply: StaffReplyInput, *,
                  actor: str, preview: bool) -> int:
    sessions = open_database(settings)
    company = company_of(settings)
    templates_dir = settings.replies.templates_dir
    templates = make_environment(Path(templates_dir) if templates_dir else None)
    now = utc_now()
    with transaction(sessions) as session:
        ticket = ticket_actions.get_ticket(session, reference)
        if preview:
            message = preview_staff_reply(session, ticket, reply, company=company,
                                          templates=templates, now=now)
            body = message.get_body(("plain",))
            print(f"To: {message['To']}\nSubject: {message['Subject']}\n")
            print(body.get_content() if body is not None else "")
            session.rollback()
            return 0
        item = queue_staff_reply(session, ticket, reply, actor=actor, company=company,
                                 templates=templates, now=now)
        queued = f"{ticket.reference}: reply {reply.template!r} queued to {item.recipient}"
    print(queued)
    result = build_drain(settings, sessions)()
    print(f"outbox: sent {result.sent}, retrying {result.retried}, failed {result.failed}")
    return 0


def tickets_export(settings: Settings, filters: QueueFilter, export_format: str,
                   out: TextIO = sys.stdout) -> int:
    sessions = open_database(settings)
    with sessions() as session:
        records = (_export_record(ticket) for ticket in _all_tickets(session, filters))
        if export_format == "json":
            out.write("[")
            for index, record in enumerate(records):
                out.write(("," if index else "") + "\n" + json.dumps(record, ensure_ascii=False))
            out.write("\n]\n")
        else:
            writer = csv.DictWriter(out, fieldnames=EXPORT_FIELDS)
            writer.writeheader()
            for record in records:
                writer.writerow({key: _csv_value(value) for key, value in record.items()})
    return 0


def _all_tickets(session: Session, filters: QueueFilter) -> Iterator[Ticket]:
    """Every matching ticket, page by page (memory stays flat on large exports)."""
    after: Cursor | None = None
    while True:
        page = list_queue(session, filters, after=after, limit=500)
        yield from page.tickets
        if page.next_cursor is None:
            return
        after = page.next_cursor
        session.expunge_all()


def _export_record(ticket: Ticket) -> dict[str, object]:
    return {
        "reference": ticket.reference, "kind": ticket.kind, "status": ticket.status,
        "language": ticket.language,
        "reseller": ticket.reseller.reseller_id if ticket.reseller else None,
        "requester_name": ticket.requester_name, "requester_address": ticket.requester_address,
        "subject": ticket.subject, "received_at": ticket.received_at.isoformat(),
        "due_date": ticket.due_date.isoformat(), "assignee": ticket.assignee,
        "employees": [{"full_name": s.full_name, "extension": s.extension}
                      for s in ticket.data_subjects],
        "flags": ticket_flags(ticket), "sensitive_categories": list(ticket.sensitive_categories),
        "sensitive_count": ticket.sensitive_count,
    }


def _csv_value(value: object) -> object:
    if isinstance(value, list):
        return ";".join(
            f"{item['full_name'] or ''}/{item['extension'] or ''}" if isinstance(item, dict)
            else str(item) for item in value)
    return "" if value is None else value


def users_add(settings: Settings, name: str, role: str, *, password_stdin: bool) -> int:
    password = _read_password(password_stdin)
    sessions = open_database(settings)
    with transaction(sessions) as session:
        add_user(session, name, password, role=role, now=utc_now())
    print(f"user {name} added ({role})")
    return 0


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise UserError("the two passwords differ")
    return first


def users_list(settings: Settings) -> int:
    from store.users import list_users

    sessions: sessionmaker[Session] = open_database(settings)
    with sessions() as session:
        rows = [(user.name, user.role, "active" if user.is_active else "inactive",
                 f"{user.created_at:%Y-%m-%d}") for user in list_users(session)]
    _print_table(("NAME", "ROLE", "STATE", "CREATED"), rows)
    return 0
