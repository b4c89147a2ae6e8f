"""Handle one mail: parse -> decide -> store (one transaction). The only place that
knows the order of the steps; marking the mail at its source is the caller's next
step, after this commit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

import jinja2
from sqlalchemy.orm import Session, sessionmaker

from intake.deadlines import due_date_for, received_time
from intake.followups import find_followup_ticket, followup_subjects
from intake.outgoing import queue_reply
from intake.sources.base import SourceMail
from parsers.changed_requests import changes_request
from parsers.colleagues import says_requester_unregistered
from parsers.decide import decide
from parsers.mail import ParseOptions, parse_mail
from parsers.model import PERSON_KINDS, Decision, Finding, ParsedMail, Request, SenderContext
from replies.render import Company
from store.database import transaction
from store.models import Message, Ticket
from store.outbox import count_recent_replies
from store.resellers import find_named_reseller, find_reseller
from store.text import storable
from store.tickets import (
    find_duplicate,
    next_ticket_number,
    open_ticket,
    record_event,
    set_data_subjects,
    ticket_subjects,
)

log = logging.getLogger(__name__)
# the actions that take up a request; its further requests open tickets of their own
REQUEST_ACTIONS = frozenset({"acknowledge", "ask_for_missing"})


@dataclass(frozen=True, slots=True)
class PipelineConfig:
    """What the pipeline needs from the settings."""

    company: Company
    ticket_prefix: str
    own_addresses: frozenset[str]  # the support mailbox and its aliases, lower-case
    max_replies_per_ticket_per_hour: int = 3
    max_replies_per_sender_per_hour: int = 10


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one mail, for progress lines and the run summary."""

    source_key: str
    action: str | None  # None for a duplicate
    rule: str
    ticket_ref: str | None
    kind: str | None
    reply_queued: bool
    is_duplicate: bool
    sensitive: tuple[Finding, ...]
    problems: tuple[str, ...]
    further_tickets: tuple[str, ...] = ()  # opened for the mail's other requests
    further_replies: int = 0  # replies queued on those tickets


class Pipeline:
    """Turns one source mail into stored rows; holds no per-mail state."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        config: PipelineConfig,
        templates: jinja2.Environment,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._sessions = session_factory
        self._config = config
        self._templates = templates
        self._clock = clock
        self._parse_options = ParseOptions(ticket_prefixes=(config.ticket_prefix,))

    def handle(self, mail: SourceMail) -> Outcome:
        """Parse, decide and store one mail in one transaction."""
        parsed = parse_mail(mail.raw, self._parse_options)
        with transaction(self._sessions) as session:
            duplicate = find_duplicate(session, parsed.message_id, parsed.sha256)
            if duplicate is not None:
                return _duplicate_outcome(mail.key, duplicate)
            return self._store(session, mail.key, parsed)

    def record_failure(self, mail: SourceMail, error: BaseException) -> str:
        """Open a flagged ticket for a mail the pipeline failed on; return its reference."""
        parsed = parse_mail(mail.raw, self._parse_options)
        now = self._clock()
        with transaction(self._sessions) as session:
            if find_duplicate(session, parsed.message_id, parsed.sha256) is not None:
                return ""
            ticket = self._open(session, parsed, None, now)
            ticket.needs_person = True
            row = self._add_message(session, parsed, ticket, None, mail.key, now)
            record_event(session, at=now, event="processing_failed", ticket_id=ticket.id,
                         message_id=row.id, details={"error": type(error).__name__})
            return ticket.reference

    def _store(self, session: Session, key: str, parsed: ParsedMail) -> Outcome:
        now = self._clock()
        reseller = find_reseller(session, parsed.from_address) if parsed.from_address else None
        if (reseller is None and parsed.automated is None and self._is_colleague(parsed)
                and not says_requester_unregistered(parsed.new_text)):
            reseller = find_named_reseller(  # a colleague passing on a reseller's request
                session, "\n".join((parsed.subject, parsed.new_text, parsed.quoted_text))
            )
        followup = find_followup_ticket(session, parsed)
        sender = SenderContext(
            is_known=reseller is not None,
            reseller_id=reseller.reseller_id if reseller else None,
            is_own_address=parsed.from_address in self._config.own_addresses,
            is_rate_limited=self._is_rate_limited(session, parsed, followup, reseller is not None,
                                                  now),
        )
        decision = decide(parsed, sender, followup.reference if followup else None)
        ticket = followup if decision.action == "attach_to_ticket" else None
        if decision.opens_ticket:
            ticket = self._open(session, parsed, reseller.id if reseller else None, now)
            ticket.is_sender_known = reseller is not None
            set_data_subjects(session, ticket, parsed.data_subjects)
            if followup is not None:  # (an unknown sender writing into its thread)
                record_event(session, at=now, event="continues_ticket", ticket_id=ticket.id,
                             details={"ticket": followup.reference})
        elif ticket is not None:
            set_data_subjects(session, ticket, followup_subjects(ticket_subjects(ticket), parsed))
            self._change_kind(session, ticket, parsed, now)
        reseller_row_id = reseller.id if reseller else None
        row = self._add_message(session, parsed, ticket, reseller_row_id, key, now)
        row.action, row.rule = decision.action, decision.rule
        if ticket is not None:
            self._update_ticket(session, ticket, parsed, decision, row, now)
        queued = False
        further: list[tuple[str, bool]] = []
        if ticket is not None and decision.opens_ticket:
            queued = self._reply(session, ticket, parsed, decision, row, now, sender)
            if decision.action in REQUEST_ACTIONS:  # (one redirect answers an unknown sender)
                further = [self._open_further(session, parsed, request, ticket, row, sender, now)
                           for request in parsed.further_requests]
        return Outcome(key, decision.action, decision.rule, ticket.reference if ticket else None,
                       row.kind, queued, False, parsed.sensitive, parsed.problems,
                       tuple(reference for reference, _ in further),
                       sum(sent for _, sent in further))

    def _change_kind(self, session: Session, ticket: Ticket, parsed: ParsedMail,
                     now: datetime) -> None:
        """A follow-up that changes the request into another kind ("Change of plan: ...
        handle it as an erasure") changes the ticket's kind; its due date stays, since the
        request was received when the ticket was opened."""
        if (ticket.kind in PERSON_KINDS and parsed.kind in PERSON_KINDS
                and parsed.kind != ticket.kind and changes_request(parsed.new_text)):
            record_event(session, at=now, event="kind_changed", ticket_id=ticket.id,
                         details={"from": ticket.kind, "to": parsed.kind})
            ticket.kind = parsed.kind

    def _open_further(self, session: Session, parsed: ParsedMail, request: Request,
                      first: Ticket, source: Message, sender: SenderContext,
                      now: datetime) -> tuple[str, bool]:
        """Open the ticket of one further request the mail makes, with its own kind,
        employees, due date and reply (its reference, and whether the reply was queued);
        the mail itself stays stored on `first`."""
        view = replace(parsed, kind=request.kind, data_subjects=request.data_subjects,
                       missing=request.missing, further_requests=())
        decision = decide(view, sender, None)
        ticket = self._open(session, view, first.reseller_id, now)
        ticket.is_sender_known = first.is_sender_known
        ticket.opened_from_message_id = source.id
        ticket.needs_person = decision.needs_person
        ticket.is_waiting_for_information = bool(request.missing)
        ticket.sensitive_categories = list(first.sensitive_categories)
        ticket.sensitive_count = first.sensitive_count
        set_data_subjects(session, ticket, request.data_subjects)
        record_event(session, at=now, event="ticket_opened", ticket_id=ticket.id,
                     message_id=source.id,
                     details={"action": decision.action, "rule": decision.rule,
                              "kind": ticket.kind, "same_mail_as": first.reference})
        return ticket.reference, self._reply(session, ticket, view, decision, source, now, sender)

    def _open(self, session: Session, parsed: ParsedMail, reseller_id: int | None,
              now: datetime) -> Ticket:
        received = received_time(parsed.date, now)
        number = next_ticket_number(session, self._config.ticket_prefix, received.year)
        return open_ticket(
            session,
            reference=f"{self._config.ticket_prefix}-{received.year}-{number:06d}",
            kind=parsed.kind,
            language=parsed.language,
            reseller_id=reseller_id,
            requester_name=storable(parsed.from_name, 300),
            requester_address=storable(parsed.from_address, 320),
            subject=storable(parsed.subject),
            received_at=received,
            due_date=due_date_for(received),
            now=now,
        )

    def _add_message(self, session: Session, parsed: ParsedMail, ticket: Ticket | None,
                     reseller_id: int | None, key: str, now: datetime) -> Message:
        row = Message(
            ticket_id=ticket.id if ticket else None,
            direction="in",
            message_id=storable(parsed.message_id, 998) if parsed.message_id else None,
            sha256=parsed.sha256,
            in_reply_to=list(parsed.in_reply_to),
            references=list(parsed.references),
            from_name=storable(parsed.from_name, 300),
            from_address=storable(parsed.from_address, 320),
            to_addresses=list(parsed.to),
            subject=storable(parsed.subject),
            body_text=storable(parsed.new_text),
            signature_text=storable(parsed.signature),
            quoted_text=storable(parsed.quoted_text),
            attachments=[{"filename": storable(a.filename), "content_type": a.content_type,
                          "size": a.size, "text": storable(a.text) if a.text else a.text}
                         for a in parsed.attachments],
            received_at=received_time(parsed.date, now),
            automated=parsed.automated.kind if parsed.automated else None,
            language=parsed.language,
            kind=(ticket.kind if ticket is not None else parsed.kind),
            sensitive=[{"category": f.category, "count": f.count} for f in parsed.sensitive],
            problems=list(parsed.problems),
            source_key=key,
            reseller_id=reseller_id,
            data_subjects=[],
        )
        session.add(row)
        session.flush()
        return row

    def _update_ticket(self, session: Session, ticket: Ticket, parsed: ParsedMail,
                       decision: Decision, row: Message, now: datetime) -> None:
        subjects = ticket_subjects(ticket)
        row.data_subjects = [{"full_name": s.full_name, "extension": s.extension}
                             for s in subjects]
        ticket.needs_person = ticket.needs_person or decision.needs_person
        ticket.is_waiting_for_information = any(s.missing for s in subjects) and (
            ticket.kind in {"erasure", "access", "rectification", "portability", "objection"})
        if parsed.sensitive:
            categories = set(ticket.sensitive_categories) | {f.category for f in parsed.sensitive}
            ticket.sensitive_categories = sorted(categories)
            ticket.sensitive_count += sum(f.count for f in parsed.sensitive)
            record_event(session, at=now, event="sensitive_data_redacted", ticket_id=ticket.id,
                         message_id=row.id,
                         details={f.category: f.count for f in parsed.sensitive})
        event = "ticket_opened" if decision.opens_ticket else "message_attached"
        record_event(session, at=now, event=event, ticket_id=ticket.id, message_id=row.id,
                     details={"action": decision.action, "rule": decision.rule,
                              "kind": ticket.kind})

    def _is_colleague(self, parsed: ParsedMail) -> bool:
        """Whether the mail comes from the provider's own staff: the domain of the support
        mailbox, not the mailbox itself."""
        own = self._config.own_addresses
        address = parsed.from_address.lower()
        domain = address.rpartition("@")[2]
        return address not in own and any(mine.endswith(f"@{domain}") for mine in own)

    def _is_rate_limited(self, session: Session, parsed: ParsedMail, followup: Ticket | None,
                         is_known: bool, now: datetime) -> bool:
        """Loop breaker: a cap per ticket (replies on the same ticket) and, for senders
        who are not registered resellers, a cap per recipient; both per hour. A reseller's
        burst of new requests is normal work, and each new request gets its receipt."""
        return self._rate_limit_reason(session, parsed, followup, is_known, now) is not None

    def _rate_limit_reason(self, session: Session, parsed: ParsedMail, followup: Ticket | None,
                           is_known: bool, now: datetime) -> str | None:
        since = now - timedelta(hours=1)
        if followup is not None:
            per_ticket = count_recent_replies(session, since, ticket_id=followup.id)
            cap = self._config.max_replies_per_ticket_per_hour
            if per_ticket >= cap:
                return f"rate limit: {per_ticket} replies on {followup.reference} in the last hour"
        if is_known:
            return None
        recipient = parsed.reply_to or parsed.from_address
        per_sender = count_recent_replies(session, since, recipient=recipient)
        if per_sender >= self._config.max_replies_per_sender_per_hour:
            return (f"rate limit: {per_sender} replies to {recipient} in the last hour "
                    "(not a registered reseller)")
        return None

    def _reply(self, session: Session, ticket: Ticket, parsed: ParsedMail, decision: Decision,
               row: Message, now: datetime, sender: SenderContext) -> bool:
        if not decision.sends_reply:
            reason = "not understood: a person reads it first"
            if sender.is_rate_limited:
                reason = self._rate_limit_reason(session, parsed, None, sender.is_known, now) or (
                    "rate limit reached")
            record_event(session, at=now, event="reply_suppressed", ticket_id=ticket.id,
                         message_id=row.id, details={"reason": reason, "action": decision.action})
            return False
        return queue_reply(session, ticket=ticket, parsed=parsed, decision=decision,
                           inbound=row, company=self._config.company,
                           own_addresses=self._config.own_addresses,
                           templates=self._templates, now=now)


def _duplicate_outcome(key: str, duplicate: Message) -> Outcome:
    reference = duplicate.ticket.reference if duplicate.ticket else None
    return Outcome(key, None, "duplicate", reference, duplicate.kind, False, True, (), ())
