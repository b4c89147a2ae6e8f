"""Is a mail written by a machine? Bounces, auto-replies and bulk mail.

Automated mail is recorded and never answered, so a false positive silences a
person: every rule is a small named predicate in one ordered table, and a rule
only fires on evidence that people's mail does not carry. Notably
`X-Auto-Response-Suppress` is no evidence (Outlook and helpdesks set it on mail
people write) and a lone `List-Id` is none either (helpdesks and forums stamp it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from parsers.headers import REPLY_PREFIX
from parsers.model import AutomatedKind, Automation, MailText
from parsers.quotes import split_text

__all__ = ["RULES", "Rule", "detect_automation", "is_own_reply"]

OWN_REPLY_HEADER = "X-Intake-Ticket"
_FORWARD_PREFIX = re.compile(r"^\s*(fw|fwd|vs|wg|tr)\s*:", re.I)
_LEADING_TAGS = re.compile(r"^\s*(\[[^\]]*\]\s*)+")
_MAILER_DAEMON = re.compile(r"\b(mailer-daemon|mail delivery (sub)?system)\b", re.I)
_POSTMASTER = re.compile(r"^post_?master@", re.I)
_NOREPLY = re.compile(r"^(no-?reply|do-?not-?reply|donotreply|noreply-[\w.-]+)@", re.I)
_SHARED_BY_PEOPLE = re.compile(r"marketing|kampagner?|tilbud|offers?", re.IGNORECASE)
_LINK = re.compile(r"https?://|www\.", re.IGNORECASE)
_PERSONAL_NOTE_MAX = 1500  # characters: newsletters are longer or carry links
_UNSUBSCRIBE = re.compile(
    r"unsubscribe|afmeld|frameld|abmelden|avregistrera|avslutt abonnement|opt[ -]?out"
    r"|(don't|do not|no longer) (want|wish) to receive|ønsker ikke (længere )?at modtage"
    r"|because you (have )?subscribed|fordi du (har )?tilmeldt dig",
    re.I,
)
_FORM_FIELD = re.compile(r"^[ \t]*[^\W\d_][\w .-]{0,30}:[ \t]+\S", re.MULTILINE)  # "Navn: Lars"
_FORM_FIELDS_MIN = 3
_LIST_HEADERS = ("list-post", "list-archive", "list-help", "list-subscribe", "list-owner")
_COURTESY = re.compile(
    r"((hej|hejsa|hei|hi|hello|dear|kære|goddag|god dag|hallo|moin|guten tag)\b[^\n]{0,40}\s*)?"
    r"((mange )?tak|takk|tack|danke|vielen dank|thank you|thanks)"  # also "Vielen Dank für
    r"( (for|för|für) (din|ditt|dit|jeres|your|the|ihre|deine) [\w-]+)?[.!]?"  # Ihre Nachricht."
    r"|(hej|hejsa|hei|hi|hello|dear|kære|goddag|god dag|hallo|moin|guten tag)\b[^\n]{0,40}",
    re.I,
)
_AWAY_MAX_TEXT = 1200  # longer texts are written by people
# "Re:" opening the subject, or after an away tag ("Frånvaro / Out of office: Re: ...")
_REPLY_SUBJECT = re.compile(r"(?:^|[\s:/])(?:re|sv|aw|vs|antw|odp)\s*:", re.IGNORECASE)
# a subject that is nothing but "away" in some language ("Fravær", "Out of office")
_AWAY_WORD = (
    r"(?:fravær(?:ende)?|frånvaro|frånvarande|ferie|semester|abwesend|abwesenheit|urlaub"
    r"|out of (?:the )?office|ooo|away|on (?:vacation|holiday|leave)|vacation|holiday"
    r"|ikke til stede|borte|ikke på kontoret|not in the office)"
)
_AWAY_SUBJECT = re.compile(  # also in two languages: "Ferie / Out of office", and with
    rf"{_AWAY_WORD}(?:\s*[/|,–-]\s*{_AWAY_WORD})*"  # when it ends: "Away until 2 February"
    r"(?:\s+(?:until|till|til|indtil|bis|tills|t\.o\.m\.|back on|tilbage|tilbake)\s[^\n]{1,30})?"
    r"[\s.!]*",
    re.IGNORECASE,
)


@cache
def load_patterns(name: str) -> re.Pattern[str]:
    """One case-insensitive alternation of the patterns in a lexicon file."""
    text = files("parsers").joinpath("lexicons", name).read_text(encoding="utf-8")
    lines = [line.strip() for line in text.splitlines()]
    patterns = [line for line in lines if line and not line.startswith("#")]
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.I)


# --- predicates: each returns the reason, or None -------------------------


def _header_is(mail: MailText, name: str, pattern: str) -> str | None:
    """Reason when header `name` has a value matching `pattern` (case-insensitive)."""
    for value in mail.header_values(name):
        if re.search(pattern, value, re.I):
            return f"header {name}: {value[:60]}"
    return None


def _has_header(mail: MailText, name: str) -> str | None:
    """Reason when header `name` is present."""
    value = mail.header(name)
    return None if value is None else f"header {name}: {value[:60]}"


def _is_delivery_report(mail: MailText) -> str | None:
    """A multipart/report that is not a read receipt (DSN, ARF feedback)."""
    if mail.content_type != "multipart/report":
        return None
    report = _header_is(mail, "content-type", r"report-type\s*=\s*\"?disposition-notification")
    return None if report else "multipart/report delivery status"


def _is_read_receipt(mail: MailText) -> str | None:
    """A message disposition notification (read receipt)."""
    if mail.content_type != "multipart/report":
        return None
    return _header_is(mail, "content-type", r"report-type\s*=\s*\"?disposition-notification")


def _is_from_mailer_daemon(mail: MailText) -> str | None:
    """Sent by MAILER-DAEMON / Mail Delivery System, or by a postmaster."""
    sender = mail.header("from") or ""
    if _MAILER_DAEMON.search(sender) or _POSTMASTER.match(mail.from_address):
        return f"sender {sender[:60]}"
    return None


def _has_bounce_subject(mail: MailText) -> str | None:
    """Subject of a non-delivery report, e.g. "Undeliverable:" or "Ikke leveret:"."""
    if load_patterns("automated_bounce_subjects.txt").match(mail.subject.strip()):
        return f"subject {mail.subject[:60]}"
    return None


def _is_null_sender_notice(mail: MailText) -> str | None:
    """Null Return-Path with a delivery-status part attached."""
    if (mail.header("return-path") or "").replace(" ", "") != "<>":
        return None
    kinds = {attachment.content_type for attachment in mail.attachments}
    if kinds & {"message/delivery-status", "text/rfc822-headers"}:
        return "header Return-Path: <> with delivery status"
    return None


CALENDAR_REPLY = re.compile(r"^METHOD:REPLY\s*$", re.MULTILINE | re.IGNORECASE)
CALENDAR_NOTE_WORDS = 12  # a calendar program's own reply text is shorter


def _is_calendar_reply(mail: MailText) -> str | None:
    """An invitation accepted, declined or tentatively accepted ("Accepteret: Gennemgang
    af databehandleraftale"): the calendar program writes it when its user clicks. A
    reply with a note of some length typed into it is the person's mail ("Sorry, I can't
    make the review ... could you send us an access report for ...")."""
    if len(split_text(mail.body).new.split()) >= CALENDAR_NOTE_WORDS:
        return None
    for attachment in mail.attachments:
        if attachment.content_type == "text/calendar" and CALENDAR_REPLY.search(
            attachment.text or ""
        ):
            return "text/calendar METHOD:REPLY"
    return None


def _is_auto_replied(mail: MailText) -> str | None:
    """Auto-Submitted: auto-replied (RFC 3834)."""
    return _header_is(mail, "auto-submitted", r"^\s*auto-replied")


def _is_auto_submitted(mail: MailText) -> str | None:
    """Auto-Submitted with any value but "no" (auto-generated, auto-notified...)."""
    return _header_is(mail, "auto-submitted", r"^\s*(?!no\b)\S")


def _has_autoreply_header(mail: MailText) -> str | None:
    """X-Autoreply / X-Autorespond / X-Autoresponder, as vacation programs set."""
    for name in ("x-autoreply", "x-autorespond", "x-autoresponder", "x-auto-reply"):
        reason = _header_is(mail, name, r"^\s*(?!no\b|false\b|0\b)\S")
        if reason:
            return reason
    return None


def _has_auto_precedence(mail: MailText) -> str | None:
    """Precedence: auto_reply."""
    return _header_is(mail, "precedence", r"^\s*auto[_-]reply")


def _is_exchange_rule_reply(mail: MailText) -> str | None:
    """Generated by an Exchange inbox rule, and not a rule-forwarded mail."""
    if _FORWARD_PREFIX.match(mail.subject):
        return None
    return _has_header(mail, "x-ms-exchange-inbox-rules-loop") or _header_is(
        mail, "x-ms-exchange-generated-message-source", r"mailbox rules agent"
    )


def _has_auto_reply_subject(mail: MailText) -> str | None:
    """Subject begins like an out-of-office: "Automatisk svar:", "Out of Office:"..."""
    pattern = load_patterns("automated_reply_subjects.txt")
    subject = mail.subject.strip()
    if pattern.match(subject) or pattern.match(_SECOND_LANGUAGE.sub("", subject, count=1)):
        return f"subject {mail.subject[:60]}"  # (also in two languages: "Frånvaro / Fravær:")
    return None


_SECOND_LANGUAGE = re.compile(r"^[^\W\d_]{3,30}[ \t]*/[ \t]*")  # "Frånvaro / " before "Fravær:"


def _has_receipt_subject(mail: MailText) -> str | None:
    """A helpdesk receipt ("[Sag #48213] Vi har modtaget din henvendelse"), not a reply."""
    if REPLY_PREFIX.match(mail.subject):
        return None
    untagged = _LEADING_TAGS.sub("", mail.subject).strip()
    pattern = load_patterns("automated_receipt_subjects.txt")
    if pattern.search(mail.subject) or pattern.search(untagged):
        return f"subject {mail.subject[:60]}"
    return None


_RECEIPT_OPENING = 600  # characters: a helpdesk says it received the mail at once


def _is_noreply_notice(mail: MailText) -> str | None:
    """A no-reply sender whose text says it was generated and is not to be answered
    ("Denne besked er automatisk genereret. Svar ikke på denne e-mail."): a system's
    notice, whatever headers it lacks; no person writes a request from such an address."""
    if not _NOREPLY.match(mail.from_address):
        return None
    match = _GENERATED.search(mail.body[:_RECEIPT_OPENING * 2])
    return f"no-reply sender with {match.group(0)!r}" if match else None


_GENERATED = re.compile(
    r"(?i)automatisk genereret|automatisk udsendt|automatically generated|auto-generated"
    r"|svar ikke på denne|besvar ikke denne|do not reply to this|please do not reply"
)


def _is_helpdesk_receipt(mail: MailText) -> str | None:
    """A helpdesk's receipt: sent with Auto-Submitted or Precedence: bulk (as Zendesk
    sends them) and opening with a receipt text ("Your request (48213) has been
    received"). It answers our mail, so it is an auto-reply, not bulk mail."""
    if not (_is_auto_submitted(mail) or _has_bulk_precedence(mail)):
        return None
    match = load_patterns("automated_receipt_texts.txt").search(mail.body[:_RECEIPT_OPENING])
    return f"text {match.group(0)!r}" if match else None


def _has_bulk_precedence(mail: MailText) -> str | None:
    """Precedence: bulk, list or junk."""
    return _header_is(mail, "precedence", r"^\s*(bulk|list|junk)\b")


def _is_list_mail(mail: MailText) -> str | None:
    """List-Id with another List-* header or an unsubscribe footer: a list post."""
    if mail.header("list-id") is None:
        return None
    others = [name for name in _LIST_HEADERS if mail.header(name) is not None]
    if others:
        return f"headers List-Id and {others[0]}"
    if not mail.in_reply_to and _UNSUBSCRIBE.search(mail.body[-3000:]):
        return "header List-Id with an unsubscribe footer"
    return None


def _is_unsubscribable(mail: MailText) -> str | None:
    """List-Unsubscribe on a mail that is no reply and offers to unsubscribe."""
    if mail.header("list-unsubscribe") is None or mail.in_reply_to:
        return None
    if mail.header("list-id") is not None or _UNSUBSCRIBE.search(mail.body[-3000:]):
        return "header List-Unsubscribe"
    return None


def _is_newsletter_sender(mail: MailText) -> str | None:
    """Newsletter address (nyhedsbrev@, newsletter@) or no-reply with unsubscribe text."""
    local = mail.from_address.split("@", 1)[0]
    if load_patterns("automated_newsletter_senders.txt").fullmatch(local) and not (
        _SHARED_BY_PEOPLE.fullmatch(local)
        and len(mail.body) < _PERSONAL_NOTE_MAX and not _LINK.search(mail.body)
    ):  # a short note with no link from marketing@ is a person writing ("Afmeld os")
        return f"sender {mail.from_address}"
    if _NOREPLY.match(mail.from_address) and _UNSUBSCRIBE.search(mail.body[-3000:]) and len(
        _FORM_FIELD.findall(mail.body[:3000])
    ) < _FORM_FIELDS_MIN:  # (a web form's "Anmodning: Afmeld nyhedsbrev" is a person's)
        return f"no-reply sender {mail.from_address} with unsubscribe text"
    return None


def _has_away_text(mail: MailText) -> str | None:
    """A short reply, or a mail whose subject only says "away", that opens by saying the
    writer is away (no auto headers)."""
    if not (
        mail.in_reply_to or mail.references or _REPLY_SUBJECT.search(mail.subject)
        or _AWAY_SUBJECT.fullmatch(mail.subject.strip())
    ):
        return None
    new = split_text(mail.body).new.strip()
    if len(new) > _AWAY_MAX_TEXT:
        return None
    opening = _opening_paragraph(new)
    match = load_patterns("automated_away_phrases.txt").search(opening)
    return f"text {match.group(0)!r}" if match else None


def _opening_paragraph(text: str) -> str:
    """The first paragraph that is more than a greeting or a thank-you."""
    for paragraph in re.split(r"\n\s*\n", text):
        stripped = paragraph.strip()
        if stripped and not _COURTESY.fullmatch(stripped):
            return stripped
    return ""


# --- the table ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Rule:
    """One named test; the first rule that gives a reason decides the kind."""

    name: str
    kind: AutomatedKind
    check: Callable[[MailText], str | None]


RULES: tuple[Rule, ...] = (
    Rule("delivery_report", "bounce", _is_delivery_report),
    Rule("failed_recipients", "bounce", lambda mail: _has_header(mail, "x-failed-recipients")),
    Rule(
        "exchange_ndr",
        "bounce",
        lambda mail: _header_is(mail, "x-ms-exchange-message-is-ndr", r"\S"),
    ),
    Rule("mailer_daemon", "bounce", _is_from_mailer_daemon),
    Rule("bounce_subject", "bounce", _has_bounce_subject),
    Rule("null_sender_notice", "bounce", _is_null_sender_notice),
    Rule("read_receipt", "auto_reply", _is_read_receipt),
    Rule("calendar_reply", "auto_reply", _is_calendar_reply),
    Rule("auto_replied", "auto_reply", _is_auto_replied),
    Rule("autoreply_header", "auto_reply", _has_autoreply_header),
    Rule("auto_precedence", "auto_reply", _has_auto_precedence),
    Rule("exchange_rule_reply", "auto_reply", _is_exchange_rule_reply),
    Rule("auto_reply_subject", "auto_reply", _has_auto_reply_subject),
    Rule("receipt_subject", "auto_reply", _has_receipt_subject),
    Rule("helpdesk_receipt", "auto_reply", _is_helpdesk_receipt),
    Rule("bulk_precedence", "bulk", _has_bulk_precedence),
    Rule("list_mail", "bulk", _is_list_mail),
    Rule("unsubscribable", "bulk", _is_unsubscribable),
    Rule("newsletter_sender", "bulk", _is_newsletter_sender),
    Rule("noreply_notice", "auto_reply", _is_noreply_notice),  # (after the bulk rules: a
    # newsletter says "do not reply" too)
    Rule("auto_submitted", "auto_reply", _is_auto_submitted),
    Rule("away_text", "auto_reply", _has_away_text),
)


def detect_automation(mail: MailText, rules: tuple[Rule, ...] = RULES) -> Automation | None:
    """Why `mail` is machine-written (first matching rule), or None for a person."""
    for rule, reason in matching_rules(mail, rules):
        return Automation(rule.kind, f"{rule.name}: {reason}")
    return None


def matching_rules(
    mail: MailText, rules: tuple[Rule, ...] = RULES
) -> Iterator[tuple[Rule, str]]:
    """Each rule that finds the mail machine-written, in order, with its reason."""
    for rule in rules:
        try:
            reason = rule.check(mail)
        except Exception:  # noqa: BLE001 - a broken rule must not stop the mail
            continue
        if reason:
            yield rule, reason


# The marks a reseller's ticket system puts on every mail it sends, a person's request
# relayed from it too: "Precedence: bulk", "Auto-Submitted: auto-generated".
RELAY_MARKS = frozenset({"bulk_precedence", "auto_submitted"})
TICKET_SYSTEM_HEADERS = ("x-jira-fingerprint", "x-servicenow-source", "x-topdesk-id")
TICKET_SYSTEM_NAMES = re.compile(
    r"jira|atlassian|servicenow|service-now|topdesk|zendesk|freshdesk|freshservice|zammad|otrs"
    r"|osticket|help ?scout",
    re.IGNORECASE,
)


def relayed_by_ticket_system(mail: MailText) -> bool:
    """Whether the mail's only machine marks are the bulk and auto-generated headers of a
    ticket system (Jira Service Management, ServiceNow, TOPdesk, Zendesk, Freshdesk) that
    relays what a reseller's agent wrote: no list, newsletter, receipt, away or bounce mark. Whether
    a person's request is in it is for the text to tell."""
    reasons = {rule.name for rule, _ in matching_rules(mail)}
    if not reasons or not reasons <= RELAY_MARKS:
        return False
    if any(mail.header(name) for name in ("list-id", "list-unsubscribe", "list-post")):
        return False  # a list or newsletter sent from the ticket system's address
    if load_patterns("automated_receipt_texts.txt").search(mail.body[:_RECEIPT_OPENING]):
        return False  # "Tak for din henvendelse. Vi har modtaget den og oprettet sag #48211"
    mailer = " ".join(mail.header(name) or "" for name in ("x-mailer", "user-agent"))
    return any(mail.header(name) for name in TICKET_SYSTEM_HEADERS) or bool(
        TICKET_SYSTEM_NAMES.search(f"{mailer} {mail.from_address}")
    )


def is_own_reply(mail: MailText, header_name: str = OWN_REPLY_HEADER) -> bool:
    """True when the mail carries the header our own replies are stamped with."""
    return mail.header(header_name) is not None
