"""Typed values that flow between the parsing stages.

Everything here is a frozen dataclass: stages hand values on, they never share
mutable state. Text fields of `ParsedMail` are already redacted, so whatever the
shell stores from a `ParsedMail` is safe by construction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

Language = Literal["da", "en"]
Kind = Literal[
    "erasure",
    "access",
    "rectification",
    "portability",
    "objection",
    "marketing_optout",
    "other",
]
AutomatedKind = Literal["auto_reply", "bounce", "bulk"]
Action = Literal[
    "acknowledge",
    "ask_for_missing",
    "redirect_unknown_sender",
    "attach_to_ticket",
    "no_reply",
]
SensitiveCategory = Literal[
    "cpr",
    "health",
    "ethnicity",
    "politics",
    "religion",
    "trade_union",
    "genetic",
    "biometric",
    "sexuality",
    "criminal",
    "payment_card",
    "credential",
]
MissingField = Literal["extension", "full_name"]

KINDS: tuple[Kind, ...] = (
    "erasure",
    "access",
    "rectification",
    "portability",
    "objection",
    "marketing_optout",
    "other",
)
# Kinds that act on one named employee: they need full name and extension.
PERSON_KINDS: frozenset[Kind] = frozenset(
    {"erasure", "access", "rectification", "portability", "objection"}
)


@dataclass(frozen=True, slots=True)
class Attachment:
    """One attachment; `text` is its decoded text for text/* parts, else None."""

    filename: str
    content_type: str
    size: int
    text: str | None


@dataclass(frozen=True, slots=True)
class MailText:
    """What MIME decoding yields: header values and body text, still unredacted.

    Never stored as such: `parse_mail` redacts it into a `ParsedMail`.
    """

    subject: str
    from_name: str
    from_address: str  # lower-cased addr-spec, "" when missing or unparseable
    reply_to: str  # lower-cased addr-spec or ""
    to: tuple[str, ...]
    cc: tuple[str, ...]
    message_id: str | None  # "<id@host>" as written, None when missing
    in_reply_to: tuple[str, ...]  # message ids, each "<...>"
    references: tuple[str, ...]  # message ids, each "<...>", oldest first
    date: datetime | None  # timezone-aware when the header had a zone
    headers: tuple[tuple[str, str], ...]  # (lower-cased name, decoded unfolded value)
    content_type: str  # top-level, lower-cased, e.g. "multipart/alternative"
    body: str  # preferred body text: text/plain, else text from text/html
    attachments: tuple[Attachment, ...]
    defects: tuple[str, ...]  # what was wrong with the MIME, for a person to see
    unseen_html: str = ""  # all words of the HTML parts, hidden ones too: read, never stored

    def header(self, name: str) -> str | None:
        """First value of header `name` (case-insensitive), or None."""
        wanted = name.lower()
        for key, value in self.headers:
            if key == wanted:
                return value
        return None

    def header_values(self, name: str) -> tuple[str, ...]:
        """All values of header `name` (case-insensitive), in order."""
        wanted = name.lower()
        return tuple(value for key, value in self.headers if key == wanted)


@dataclass(frozen=True, slots=True)
class TextParts:
    """A body split into what the sender wrote now and what came along."""

    new: str  # the sender's own new text, without signature or disclaimer
    signature: str  # sign-off, signature block, disclaimer
    quoted: str  # quoted or forwarded history


@dataclass(frozen=True, slots=True)
class Automation:
    """Why a mail is taken as machine-written."""

    kind: AutomatedKind
    reason: str  # e.g. "header Auto-Submitted: auto-replied"


@dataclass(frozen=True, slots=True)
class DataSubject:
    """An employee a request is about; either part may be unknown."""

    full_name: str | None
    extension: str | None  # digits only, leading zeros kept

    @property
    def missing(self) -> tuple[MissingField, ...]:
        """What support still needs for this employee, in a fixed order."""
        fields: list[MissingField] = []
        if self.extension is None:
            fields.append("extension")
        if self.full_name is None:
            fields.append("full_name")
        return tuple(fields)


@dataclass(frozen=True, slots=True)
class SensitiveSpan:
    """A piece of sensitive data found in a text: [start, end) of that text."""

    category: SensitiveCategory
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Finding:
    """How many pieces of one sensitive category a mail held (never the values)."""

    category: SensitiveCategory
    count: int


@dataclass(frozen=True, slots=True)
class StoredAttachment:
    """An attachment as it may be stored: redacted text, or none."""

    filename: str
    content_type: str
    size: int
    text: str | None


@dataclass(frozen=True, slots=True)
class Request:
    """One of several requests a mail makes: its kind, employees and what they lack."""

    kind: Kind
    data_subjects: tuple[DataSubject, ...]
    missing: tuple[MissingField, ...]


@dataclass(frozen=True, slots=True)
class ParsedMail:
    """Everything the product understood about one mail; all text redacted."""

    message_id: str | None
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    from_name: str
    from_address: str
    reply_to: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    date: datetime | None
    subject: str  # redacted
    new_text: str  # redacted
    signature: str  # redacted
    quoted_text: str  # redacted
    attachments: tuple[StoredAttachment, ...]  # redacted
    automated: Automation | None
    is_own_reply: bool  # carries the headers this product puts on its replies
    language: Language
    kind: Kind | None  # None for automated mail
    data_subjects: tuple[DataSubject, ...]
    missing: tuple[MissingField, ...]  # union over the data subjects, sorted
    sensitive: tuple[Finding, ...]
    ticket_refs: tuple[str, ...]  # ticket references found in subject and body
    problems: tuple[str, ...]  # why a person should look (parse failures etc.)
    sha256: str  # of the raw bytes
    withdrawn: tuple[str, ...] = ()  # full names of employees the mail takes back
    corrected_extensions: tuple[tuple[str, str], ...] = ()  # (wrong, right): "142, ikke 141"
    further_requests: tuple[Request, ...] = ()  # the mail's other requests, each a ticket


@dataclass(frozen=True, slots=True)
class SenderContext:
    """What the shell knows about the sender, looked up before deciding."""

    is_known: bool
    reseller_id: str | None
    is_own_address: bool  # the support mailbox itself or one of its aliases
    is_rate_limited: bool


@dataclass(frozen=True, slots=True)
class Decision:
    """What to do with one mail: the action and the rule that chose it."""

    action: Action
    rule: str  # name of the rule that matched
    opens_ticket: bool
    sends_reply: bool
    needs_person: bool  # flag the ticket for support
