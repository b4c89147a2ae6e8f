"""`intake eval`: run the real pipeline over a labelled corpus and score what it stored.

Predictions are read back from the database and the captured replies, not taken
from the parser's return values, so the score covers the whole path.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from tqdm import tqdm

from intake.errors import ConfigError
from intake.eval_scores import score_predictions
from intake.outgoing import reply_message_id
from intake.registry import parse_registry
from intake.sender import DrainResult, drain_outbox_sync
from intake.settings import CompanySettings, DatabaseSettings, Settings
from intake.sources.base import SourceMail
from intake.wiring import build_pipeline, open_database
from parsers.model import PERSON_KINDS
from store.database import transaction
from store.models import AuditEvent, Message, Ticket
from store.outbox import RetryPolicy
from store.resellers import import_resellers


@dataclass(slots=True)
class CaptureTransport:
    """Replies captured instead of sent, keyed by Message-ID."""

    sent: dict[str, bytes] = field(default_factory=dict)

    async def send(self, raw: bytes, sender: str, recipients: list[str]) -> None:
        message = message_from_bytes(raw, policy=policy.default)
        self.sent[str(message["Message-ID"]).strip()] = raw


@dataclass(slots=True)
class CorpusClock:
    """The time the pipeline sees: the Date of the mail in hand, so rate limits and
    due dates behave as they would have when the corpus was written."""

    current: datetime = field(default_factory=lambda: datetime.now(UTC))

    def __call__(self) -> datetime:
        return self.current

    def follow(self, raw: bytes) -> None:
        head = raw.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
        for line in head.decode("latin-1").splitlines():
            if line.lower().startswith("date:"):
                try:
                    moment = parsedate_to_datetime(line[5:].strip())
                except (TypeError, ValueError):
                    return
                if moment.tzinfo is None:
                    moment = moment.replace(tzinfo=UTC)
                self.current = moment
                return


def evaluate(corpus: Path, predictions_path: Path) -> int:
    """Process the corpus, write predictions, print per-field accuracy."""
    files = sorted(corpus.glob("*.eml"))
    if not files:
        raise ConfigError(f"{corpus}: no .eml files")
    labels = _read_labels(corpus / "labels.jsonl")
    with _temporary_settings(corpus) as settings:
        sessions = open_database(settings)
        import_registry_file(corpus, sessions)
        clock = CorpusClock()
        pipeline = build_pipeline(settings, sessions, clock)
        for path in tqdm(files, desc="eval", unit="mail", file=sys.stderr):
            raw = path.read_bytes()
            clock.follow(raw)
            pipeline.handle(SourceMail(key=path.name, raw=raw))
        transport = CaptureTransport()
        _drain_all(sessions, transport, clock)
        with sessions() as session:
            predictions = [_predict(session, path.name, transport, settings) for path in files]
    with predictions_path.open("w", encoding="utf-8") as handle:
        for row in predictions:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(predictions)} predictions written to {predictions_path}")
    if labels:
        for line in score_predictions(predictions, labels):
            print(line)
    return 0


def _drain_all(sessions: Any, transport: CaptureTransport, clock: CorpusClock) -> DrainResult:
    later = datetime.now(UTC)
    return drain_outbox_sync(sessions, transport, now_fn=lambda: max(later, clock.current),
                             policy=RetryPolicy(), batch=1000)


def _read_labels(path: Path) -> dict[str, dict[str, Any]]:
    if not path.is_file():
        return {}
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return {row["file"]: row for row in rows}


@contextmanager
def _temporary_settings(corpus: Path) -> Iterator[Settings]:
    mailbox_file = corpus / "mailbox.txt"
    support = mailbox_file.read_text(encoding="utf-8").strip() if mailbox_file.is_file() else ""
    with tempfile.TemporaryDirectory(prefix="intake-eval-") as folder:
        company = CompanySettings(support_address=support or CompanySettings().support_address)
        yield Settings(database=DatabaseSettings(url=f"sqlite:///{folder}/eval.db"),
                       company=company)


def import_registry_file(corpus: Path, sessions: Any) -> None:
    path = corpus / "resellers.csv"
    if not path.is_file():
        return
    records, problems = parse_registry(path.read_text(encoding="utf-8"))
    for problem in problems:
        print(f"{path}: {problem}", file=sys.stderr)
    with transaction(sessions) as session:
        import_resellers(session, records)


def _predict(session: Session, name: str, transport: CaptureTransport,
             settings: Settings) -> dict[str, Any]:
    row = session.scalar(select(Message).where(Message.source_key == name,
                                               Message.direction == "in"))
    if row is None:
        return {"file": name, "error": "not stored"}
    ticket = row.ticket
    subjects = list(row.data_subjects)
    return {
        "file": name,
        "language": row.language,
        "sender_known": row.reseller_id is not None,
        "automated": row.automated,
        "kind": row.kind if row.automated is None else None,
        "subjects": subjects,
        "missing": _missing(row.kind, subjects),
        "sensitive": [{"category": item["category"]} for item in row.sensitive
                      for _ in range(int(str(item.get("count", 1))))],
        "followup_of": _first_file(session, ticket if row.action == "attach_to_ticket"
                                   else _continued_ticket(session, ticket)),
        "expected_action": row.action,
        "ticket": ticket.reference if ticket else None,
        "stored_text": _stored_text(row),
        "reply": _reply_text(ticket, row, transport, settings),
    }


def _missing(kind: str | None, subjects: list[dict[str, Any]]) -> list[str]:
    if kind not in PERSON_KINDS:
        return []
    fields = {name for subject in subjects for name in ("extension", "full_name")
              if subject.get(name) is None}
    return sorted(fields)


def _continued_ticket(session: Session, ticket: Ticket | None) -> Ticket | None:
    """The ticket whose thread a redirected mail wrote into, from its audit event."""
    if ticket is None:
        return None
    details = session.scalar(select(AuditEvent.details).where(
        AuditEvent.ticket_id == ticket.id, AuditEvent.event == "continues_ticket").limit(1))
    reference = (details or {}).get("ticket")
    if not reference:
        return None
    return session.scalar(select(Ticket).where(Ticket.reference == reference))


def _first_file(session: Session, ticket: Ticket | None) -> str | None:
    if ticket is None:
        return None
    first = session.scalar(select(Message.source_key).where(
        Message.ticket_id == ticket.id, Message.direction == "in").order_by(Message.id).limit(1))
    return first


def _stored_text(row: Message) -> str:
    """Every text the database holds for this mail, as stored."""
    pieces = [row.from_name, row.subject, row.body_text, row.signature_text, row.quoted_text]
    pieces += [str(item.get("text") or "") for item in row.attachments]
    pieces += [str(item.get("filename") or "") for item in row.attachments]
    pieces += [f"{s.get('full_name') or ''} {s.get('extension') or ''}" for s in row.data_subjects]
    if row.ticket is not None and row.ticket.messages and row.ticket.messages[0].id == row.id:
        pieces.append(row.ticket.subject)
        pieces.append(row.ticket.requester_name)
    return "\n".join(piece for piece in pieces if piece)


def _reply_text(ticket: Ticket | None, row: Message, transport: CaptureTransport,
                settings: Settings) -> str | None:
    if ticket is None or row.sha256 is None:
        return None
    message_id = reply_message_id(ticket.reference, row.sha256, settings.company.support_address)
    raw = transport.sent.get(message_id)
    if raw is None:
        return None
    body = message_from_bytes(raw, policy=policy.default).get_body(("plain",))
    return str(body.get_content()) if body is not None else ""

