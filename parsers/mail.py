"""`parse_mail`: raw bytes in, a redacted `ParsedMail` out; never raises.

The only place that knows the order of the parsing stages. Unredacted text lives
only inside this call: every text field it returns has been redacted.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from parsers.admin_names import with_surnames_last
from parsers.artefacts import without_tooling_artefacts
from parsers.automated import detect_automation, is_own_reply, relayed_by_ticket_system
from parsers.changed_requests import changed_kind
from parsers.chats import without_chat_speakers
from parsers.detail_lines import with_details_joined
from parsers.dictation import plain_dictation
from parsers.documents import NOT_READ
from parsers.forms import ticked_only
from parsers.glued_cues import with_cues_unglued
from parsers.headers import REPLY_PREFIX
from parsers.history import SUBJECT_TAG
from parsers.kinds import asks_itself, classify_kind
from parsers.language import client_language, detect_language, score_languages
from parsers.layout import plain_layout
from parsers.lookalikes import with_latin_lookalikes
from parsers.markdown import plain_markdown
from parsers.marked_rows import marked_rows_only
from parsers.mime import decode_mail
from parsers.model import (
    PERSON_KINDS,
    DataSubject,
    Finding,
    Kind,
    Language,
    MailText,
    MissingField,
    ParsedMail,
    SensitiveSpan,
    StoredAttachment,
    TextParts,
)
from parsers.nicknames import without_nicknames
from parsers.number_forms import with_plain_number_forms
from parsers.order_words import with_order_words_resolved
from parsers.pictographs import plain_pictographs
from parsers.quotes import split_text
from parsers.references import find_ticket_refs
from parsers.renames import find_corrected_extensions
from parsers.requests import split_requests
from parsers.sensitive import find_sensitive, redact, redact_text
from parsers.separators import with_plain_separators
from parsers.signatures import name_of_address
from parsers.spoken_numbers import with_spoken_numbers
from parsers.structured import plain_structured
from parsers.subjects import find_data_subjects, find_withdrawn
from parsers.ticket_fields import without_ticket_contacts
from parsers.typed_numbers import mended_numbers
from parsers.vcards import plain_vcards
from parsers.wrapped_cells import with_wrapped_cells_joined


@dataclass(frozen=True, slots=True)
class ParseOptions:
    """What parsing needs from configuration."""

    ticket_prefixes: tuple[str, ...] = ("GDPR",)
    loop_header: str = "X-Intake-Ticket"


MAX_UNSEEN_HTML = 100_000  # characters of out-of-sight HTML read for sensitive data: a
# request and its slips sit near the top; a 3 MB newsletter's markup adds nothing


WORD = re.compile(r"\w+")


def out_of_sight(mail: MailText) -> str:
    """The lines of the mail's HTML that hold words its shown text does not: a comment,
    a hidden block, a title attribute, the HTML beside a plain text that leaves them
    out. Lines the shown text has already are read once, there."""
    shown = set(WORD.findall(mail.body.lower()))
    lines = mail.unseen_html[:MAX_UNSEEN_HTML].splitlines()
    return "\n".join(
        line for line in lines if not set(WORD.findall(line.lower())) <= shown
    )


FILE_NAME_GAP = re.compile(r"[_.+-]+")  # what stands between the words of a file's name


@dataclass(slots=True)
class _Redactor:
    """Redacts each piece of one mail in one language and counts what it removed."""

    language: Language
    found: Counter[str]

    def __call__(self, text: str) -> str:
        redacted, spans = redact_text(text, self.language)
        self.count(spans)
        return redacted

    def count(self, spans: Iterable[SensitiveSpan]) -> None:
        self.found.update(span.category for span in spans)

    def file_name(self, name: str) -> str:
        """An attachment's name redacted as words ("Lægeerklæring_Ahmed_Yilmaz.pdf" ->
        "[helbredsoplysning fjernet] Ahmed Yilmaz.pdf"), its type kept; a name that
        reveals nothing is kept as written."""
        stem, dot, kind = name.rpartition(".") if "." in name else (name, "", "")
        words = FILE_NAME_GAP.sub(" ", stem)
        spans = find_sensitive(words.lower())  # (read in lower case: a file's capitals make
        if not spans:  # no organisation's name of "Lægeerklæring Ahmed")
            return name
        self.count(spans)
        return f"{redact(words, spans, self.language)}{dot}{kind}"


def parse_mail(raw: bytes, options: ParseOptions = ParseOptions()) -> ParsedMail:
    """Understand one mail. A mail that cannot be understood is still returned,
    with `problems` saying why, so it becomes a ticket for a person."""
    digest = hashlib.sha256(raw).hexdigest()
    try:
        return _parse(raw, digest, options)
    except Exception as error:  # noqa: BLE001 - parsing must never stop the loop
        return _unparsed(raw, digest, f"parsing failed: {type(error).__name__}")


@dataclass(frozen=True, slots=True)
class _RedactedParts:
    """Every text of one mail after redaction, and what was removed from it."""

    subject: str
    new_text: str
    signature: str
    quoted: str
    from_name: str
    attachments: tuple[StoredAttachment, ...]
    sensitive: tuple[Finding, ...]

    @property
    def attachment_text(self) -> str:
        return "\n".join(item.text or "" for item in self.attachments)


def _redact_all(mail: MailText, parts: TextParts, language: Language) -> _RedactedParts:
    redact = _Redactor(language, Counter())
    subject = redact(mail.subject)
    new_text, signature, quoted = redact(parts.new), redact(parts.signature), redact(parts.quoted)
    attachments = tuple(
        StoredAttachment(redact.file_name(item.filename), item.content_type, item.size,
                         redact(item.text) if item.text is not None else None)
        for item in mail.attachments
    )
    # a sender with no display name is known by the name they sign with, when their
    # address is made of it
    from_name = redact(mail.from_name) or name_of_address(
        mail.from_address, f"{parts.new}\n{parts.signature}"
    )
    # what the HTML holds out of sight (a comment, a hidden block, a title attribute, the
    # HTML beside a plain text that leaves it out) is never stored, yet was sent: its
    # categories are reported too
    seen = set(redact.found)
    unseen = Counter(span.category for span in find_sensitive(out_of_sight(mail)))
    for category, count in unseen.items():
        if category not in seen:
            redact.found[category] += count
    found = tuple(Finding(cat, n) for cat, n in sorted(redact.found.items()))  # type: ignore[arg-type]
    return _RedactedParts(subject, new_text, signature, quoted, from_name, attachments, found)


def _understand(
    text: _RedactedParts,
) -> tuple[Kind, tuple[DataSubject, ...], tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The request, its employees, those the mail takes back and the extensions it
    corrects, read from redacted text only (as `_as_plain` gives it)."""
    kind = classify_kind(text.subject, text.new_text, text.quoted, text.attachment_text)
    kind = changed_kind(text.new_text, kind)  # "Change of plan: ... instead erase him"
    # An attached list of employees is read like forwarded history; the rule line keeps
    # it apart from the sign-off of the forwarded mail above it.
    extra = text.attachment_text
    history = f"{text.quoted}\n---\n{extra}" if extra.strip() else text.quoted
    subjects = find_data_subjects(
        text.subject, text.new_text, history, text.from_name, kind, signature=text.signature
    )
    withdrawn = find_withdrawn(text.new_text, history, text.from_name)
    return kind, subjects, withdrawn, find_corrected_extensions(text.new_text)


PLAIN_STEPS: tuple[Callable[[str], str], ...] = (  # in the order they apply
    without_tooling_artefacts,  # "S&oslash;ren", "S=C3=B8ren", "Ras</b>mus"
    with_latin_lookalikes,  # Cyrillic or Greek look-alike letters in Latin words
    with_cues_unglued,  # "Jens Hansenlokal 214"
    without_chat_speakers,  # a pasted chat's "[08:41] Sara Kjeldsen"
    without_ticket_contacts,  # a service-desk ticket's caller, reporter and agents
    with_wrapped_cells_joined,  # a table cell wrapped onto the next line joined again
    plain_layout,  # a PDF page's layout undone
    plain_dictation,  # a dictated mail's spoken punctuation as marks
    without_nicknames,  # "Katrine (Kat) Lund"
    with_plain_number_forms,  # "Ib Vinkel (IV) 301", "[x 7 01]", "extensions 610-613"
    mended_numbers,  # numbers typed with look-alike letters and signs
    plain_vcards,  # contact cards as "Label: value" lines
    ticked_only,  # a tick-box form's options that are not ticked say nothing
    marked_rows_only,  # "the ones marked with *": the unmarked rows say nothing
    plain_pictographs,  # emoji as the words they stand for ("📞 214", "➡️")
    plain_markdown,  # "lokal `214`"
    plain_structured,  # JSON, YAML, XML and key=value pairs as "Label: value" lines
    with_plain_separators,  # "Jens Holm/214; Mette Berg/215" one a line
    with_details_joined,  # "Rune Bjerre — Kok — lokal 202", a pasted signature block
    with_surnames_last,  # an HR export's "HANSEN Jens (JH)" as "Jens HANSEN (JH)"
    with_order_words_resolved,  # "Jens og Mette, lokal 214 hhv. 215", "the former"
    with_spoken_numbers,  # "lokal to hundrede og fjorten"
)


PART_READ = "text read in part, a rewrite failed"  # starts a problem of `_plain`


def _plain(text: str, tripped: list[str]) -> str:
    """A text as it is understood: each of `PLAIN_STEPS` rewrites a way of writing into
    the plain form the parsers read; what is stored keeps the text as written. A step
    that raises keeps the text as it was, so the others still read it, and its name goes
    into `tripped`: support is told the mail may have been read in part."""
    for step in PLAIN_STEPS:
        try:
            text = step(text)
        except Exception:  # noqa: BLE001 - any failure of one rewrite is survivable
            tripped.append(step.__name__)
    return text


def _as_plain(text: _RedactedParts) -> tuple[_RedactedParts, tuple[str, ...]]:
    """The texts to understand, each read with `_plain`, and the rewrites that tripped
    on them; what is stored keeps them as written."""
    tripped: list[str] = []
    plain = replace(
        text,
        subject=_plain(text.subject, tripped),
        new_text=_plain(text.new_text, tripped),
        signature=_plain(text.signature, tripped),
        quoted=_plain(text.quoted, tripped),
        attachments=tuple(
            replace(item, text=_plain(item.text, tripped)) if item.text else item
            for item in text.attachments
        ),
    )
    return plain, tuple(dict.fromkeys(tripped))


def _language_text(subject: str, own_text: str, automated: bool) -> str:
    """The text the sender's language is read from: a reply's or auto-reply's subject
    is the thread's ("Frånvarande: Vi har modtaget jeres anmodning"), so it counts only
    when the sender's own text says nothing either way."""
    if (automated or REPLY_PREFIX.match(subject)) and any(score_languages(own_text)):
        return own_text
    topic = SUBJECT_TAG.sub("", REPLY_PREFIX.sub("", subject)).strip()
    if len(topic) >= 8:  # a ticket system's body repeats the subject: it counts once
        own_text = own_text.replace(topic, "")
    return f"{subject}\n{own_text}"


def _parse(raw: bytes, digest: str, options: ParseOptions) -> ParsedMail:
    mail = decode_mail(raw)
    automation = detect_automation(mail)
    parts = split_text(mail.body, mail.from_name)
    if automation is not None and automation.reason.startswith("away_text") and asks_itself(
        parts.new
    ):  # "Just checking that you received the access request for ... I'm out of office from
        automation = None  # noon": a person's reminder that mentions being away
    own_text = parts.new if parts.new.strip() else parts.quoted
    if not own_text.strip():  # an empty body above an attached letter: the letter's words
        own_text = "\n".join(a.text or "" for a in mail.attachments if a.text)
    # a bare forward's language is its sender's mail program's, not the forwarded notice's
    # (not an attached message's: the header block above it is ours, not the sender's)
    attached = any(a.content_type == "message/rfc822" for a in mail.attachments)
    bare = (
        None if parts.new.strip() or automation or attached
        else client_language(mail.subject, parts.quoted)
    )
    said = _language_text(mail.subject, own_text, automation is not None)
    if not any(score_languages(said)) and parts.quoted.strip():
        said = parts.quoted  # "It's ext 1502.": too short to tell, the thread it answers tells
    language = bare or detect_language(said)
    text = _redact_all(mail, parts, language)
    plain, tripped = _as_plain(text)  # (read once, for the request and for its parts)
    kind, subjects, withdrawn, corrected = (
        _understand(plain) if automation is None or relayed_by_ticket_system(mail)
        else (None, (), (), ())
    )
    if automation is not None and kind in PERSON_KINDS:  # a reseller's Jira relaying its
        automation = None  # agent's request: a person's mail. A loop ends at the ticket's
        # reply cap, and a notification quoting our receipt continues the ticket, unanswered
    elif automation is not None:
        kind, subjects, withdrawn, corrected = None, (), (), ()
    requests = (
        split_requests(plain.new_text, text.from_name, kind, subjects)
        if kind else ()
    )
    if requests:  # the first request is the mail's own; the others open tickets of their own
        kind, subjects = requests[0].kind, requests[0].data_subjects
    return ParsedMail(
        message_id=mail.message_id,
        in_reply_to=mail.in_reply_to,
        references=mail.references,
        from_name=text.from_name,
        from_address=mail.from_address,
        reply_to=mail.reply_to,
        to=mail.to,
        cc=mail.cc,
        date=mail.date,
        subject=text.subject,
        new_text=text.new_text,
        signature=text.signature,
        quoted_text=text.quoted,
        attachments=text.attachments,
        automated=automation,
        is_own_reply=is_own_reply(mail, options.loop_header),
        language=language,
        kind=kind,
        data_subjects=subjects,
        missing=_missing(kind, subjects),
        sensitive=text.sensitive,
        ticket_refs=find_ticket_refs(f"{text.subject}\n{text.new_text}\n{text.quoted}",
                                     options.ticket_prefixes),
        problems=(
            *_problems(mail, text.new_text, text.quoted, text.attachments),
            *(f"{PART_READ}: {name}" for name in tripped),
        ),
        sha256=digest,
        withdrawn=withdrawn,
        corrected_extensions=corrected,
        further_requests=requests[1:],
    )


def _missing(kind: Kind | None, subjects: tuple[DataSubject, ...]) -> tuple[MissingField, ...]:
    if kind not in PERSON_KINDS:
        return ()
    fields: set[MissingField] = set()
    for subject in subjects:
        fields.update(subject.missing)
    return tuple(sorted(fields))


def _problems(
    mail: MailText, new_text: str, quoted: str, attachments: tuple[StoredAttachment, ...]
) -> tuple[str, ...]:
    problems: list[str] = []
    if not (mail.subject.strip() or new_text.strip() or quoted.strip()) and not any(
        item.text for item in attachments
    ):
        problems.append("no readable text")
    if not mail.from_address:
        problems.append("no sender address")
    problems += [defect for defect in mail.defects if defect.startswith(NOT_READ)]
    return tuple(problems)


_MESSAGE_ID = re.compile(rb"^message-id:[ \t]*(<[^<>\s]+>)", re.IGNORECASE | re.MULTILINE)
_FROM = re.compile(rb"^from:[^\n]*?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)", re.IGNORECASE | re.MULTILINE)


def _unparsed(raw: bytes, digest: str, problem: str) -> ParsedMail:
    """The least we can say about a mail the parsers could not handle; no text kept."""
    message_id = _MESSAGE_ID.search(raw)
    sender = _FROM.search(raw)
    return ParsedMail(
        message_id=message_id.group(1).decode("ascii", "replace") if message_id else None,
        in_reply_to=(),
        references=(),
        from_name="",
        from_address=sender.group(1).decode("ascii", "replace").lower() if sender else "",
        reply_to="",
        to=(),
        cc=(),
        date=None,
        subject="",
        new_text="",
        signature="",
        quoted_text="",
        attachments=(),
        automated=None,
        is_own_reply=False,
        language="da",
        kind="other",
        data_subjects=(),
        missing=(),
        sensitive=(),
        ticket_refs=(),
        problems=(problem, "the original is kept in the mailbox"),
        sha256=digest,
    )
