"""Benchmark the triage queue on a SQLite database of 100,000 tickets.

    python3 scripts/bench_queue.py [--tickets 100000] [--db /tmp/bench_queue.db] [--keep]

Builds the database through the real migrations (so the FTS5 triggers fill the
search index as the rows go in), with one data subject and one inbound message per
ticket, then prints the median time of each queue query over several runs. Prints
figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from store.database import make_engine, make_session_factory, upgrade_schema
from store.models import DataSubjectRow, Message, Reseller, Ticket
from store.queue import Cursor, QueueFilter, count_queue, list_queue

KINDS = ("erasure", "access", "rectification", "portability", "objection", "marketing_optout")
FIRST = ("Jens", "Mette", "Anna", "Lars", "Sofie", "Karen", "Peter", "Maja", "Anders", "Ida",
         "Mikkel", "Emma", "Rasmus", "Freja", "Thomas", "Laura", "Søren", "Line", "Niels", "Eva")
LAST = ("Holm", "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
        "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Winther", "Vinther", "Berg")
WORDS = ("slet", "venligst", "medarbejderen", "lokalnummer", "indsigt", "data", "kunde",
         "fratrådt", "nummer", "adgang", "oplysninger", "please", "delete", "employee",
         "extension", "request", "access", "voicemail", "optagelser", "nyhedsbrev", "afmeld",
         "ret", "telefon", "mobil", "firma", "hurtigst", "muligt", "tak", "hilsen", "support")


def build(path: Path, count: int, seed: int = 7) -> None:
    """A fresh database at `path` with `count` tickets."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{path}")
    upgrade_schema(engine)
    rng = random.Random(seed)
    today = date.today()
    with engine.begin() as connection:
        connection.execute(insert(Reseller), [
            {"reseller_id": f"R{n:03d}", "name": f"Reseller {n} ApS",
             "domains": [f"reseller{n}.dk"], "contacts": []} for n in range(1, 41)])
        for start in range(0, count, 5000):
            batch = range(start + 1, min(start + 5000, count) + 1)
            tickets, subjects, messages = zip(*(_rows(n, rng, today) for n in batch), strict=True)
            connection.execute(insert(Ticket), list(tickets))
            connection.execute(insert(DataSubjectRow), list(subjects))
            connection.execute(insert(Message), list(messages))
        connection.exec_driver_sql("ANALYZE")


def _rows(n: int, rng: random.Random, today: date) -> tuple[dict[str, object], ...]:
    received = datetime.combine(today, datetime.min.time(), tzinfo=UTC) - timedelta(
        minutes=rng.randrange(0, 2 * 365 * 24 * 60))
    age = (datetime.now(UTC) - received).days
    status = rng.choice(("new", "in_progress", "waiting_for_information")) if age < 40 \
        else rng.choice(("done",) * 8 + ("refused", "not_a_request", "in_progress"))
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    extension = str(rng.randrange(100, 10000))
    ticket = {
        "id": n, "reference": f"GDPR-{received.year}-{n:06d}", "kind": rng.choice(KINDS),
        "status": status, "language": "da", "reseller_id": rng.choice((None, *range(1, 41))),
        "requester_name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "requester_address": f"support{n % 97}@reseller{n % 40 + 1}.dk",
        "subject": "Sletning af medarbejder", "received_at": received,
        "due_date": received.date() + timedelta(days=30), "is_sender_known": n % 9 != 0,
        "needs_person": n % 23 == 0, "is_waiting_for_information": status.startswith("wait"),
        "has_failed_reply": n % 211 == 0, "sensitive_categories": ["health"] if n % 37 == 0
        else [], "sensitive_count": 1 if n % 37 == 0 else 0,
        "assignee": rng.choice((None, None, "anna", "lars", "mette")), "created_at": received,
    }
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(40, 90)))
    message = {"ticket_id": n, "direction": "in", "message_id": f"<m{n}@bench>",
               "from_address": ticket["requester_address"], "subject": ticket["subject"],
               "body_text": f"Hej\n\n{words} {name} lokal {extension}.\n\nMvh", "received_at":
               received, "in_reply_to": [], "references": [], "to_addresses": [],
               "attachments": [], "sensitive": [], "problems": [], "data_subjects": []}
    subject = {"ticket_id": n, "position": 0, "full_name": name, "extension": extension}
    return ticket, subject, message


def timed(label: str, run: Callable[[], object], repeat: int = 7) -> None:
    times = []
    result: object = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        times.append((time.perf_counter() - started) * 1000)
    size = len(result.tickets) if hasattr(result, "tickets") else result
    print(f"  {label:<58} median {statistics.median(times):7.2f} ms  "
          f"max {max(times):7.2f} ms  ({size})")


def measure(session: Session) -> None:
    total = session.scalar(select(Ticket.id).order_by(Ticket.id.desc()).limit(1))
    deep = session.execute(select(Ticket.due_date, Ticket.id).order_by(Ticket.due_date, Ticket.id)
                           .offset(90_000).limit(1)).one()
    cursor = Cursor(deep[0], deep[1])
    every = QueueFilter(status="all")
    cases: list[tuple[str, Callable[[], object]]] = [
        ("first page, open tickets (default view)", lambda: list_queue(session, QueueFilter())),
        ("first page, all tickets", lambda: list_queue(session, every)),
        ("deep page, all tickets, after row 90,000 (keyset)",
         lambda: list_queue(session, every, after=cursor)),
        ("page back from row 90,000 (keyset, before)",
         lambda: list_queue(session, every, before=cursor)),
        ("filtered: all, kind=access, reseller R007",
         lambda: list_queue(session, QueueFilter("all", kind="access", reseller="R007"))),
        ("filtered: open, assignee=anna, flag sensitive",
         lambda: list_queue(session, QueueFilter(assignee="anna", flags=("sensitive",)))),
        ("filtered: all, flag failed_reply + unknown_sender",
         lambda: list_queue(session, QueueFilter("all", flags=("failed_reply", "unknown_sender")))),
        ("searched: a reference (all)",
         lambda: list_queue(session, QueueFilter("all", search=f"GDPR-2025-{total // 2:06d}"))),
        ("searched: a full name (all)",
         lambda: list_queue(session, QueueFilter("all", search="Søren Winther"))),
        ("searched: an extension (all)",
         lambda: list_queue(session, QueueFilter("all", search="4711"))),
        ("searched: a common word in the text (all)",
         lambda: list_queue(session, QueueFilter("all", search="voicemail"))),
        ("searched: name prefix + open",
         lambda: list_queue(session, QueueFilter(search="Mik Møl"))),
        ("count: open tickets", lambda: count_queue(session, QueueFilter())),
        ("count: all tickets matching a common word",
         lambda: count_queue(session, QueueFilter("all", search="voicemail"))),
    ]
    for label, run in cases:
        timed(label, run)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/bench_queue.db"))
    parser.add_argument("--keep", action="store_true", help="reuse an existing database")
    args = parser.parse_args()
    if not (args.keep and args.db.exists()):
        started = time.perf_counter()
        build(args.db, args.tickets)
        print(f"built {args.tickets:,} tickets (+ subjects, messages, FTS index) in "
              f"{time.perf_counter() - started:.1f} s; {args.db.stat().st_size / 1e6:.0f} MB")
    sessions = make_session_factory(make_engine(f"sqlite:///{args.db}"))
    with sessions() as session:
        print(f"queue queries on {args.db} (50 rows a page):")
        measure(session)


if __name__ == "__main__":
    main()
