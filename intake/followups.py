"""Which ticket a mail continues, and how a follow-up completes its data subjects."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from parsers.extensions import CUE, EXTENSION
from parsers.headers import FORWARD_PREFIX, RECALL_PREFIX, REPLY_PREFIX
from parsers.kinds import makes_own_request, opens_new_matter
from parsers.lexicon import Tokens, read_book
from parsers.model import PERSON_KINDS, DataSubject, ParsedMail
from parsers.names import spelt_alike
from parsers.references import refers_to_earlier_mail
from parsers.subjects import restates_list
from store.models import OPEN_STATUSES, Ticket
from store.tickets import find_ticket_by_message_ids, find_ticket_by_reference, ticket_subjects


def find_followup_ticket(session: Session, parsed: ParsedMail) -> Ticket | None:
    """The ticket the mail's thread belongs to, else one named in the subject or body;
    a ticket support merged into another hands its follow-ups on to that one.

    Threading headers are written by mail programs, ticket numbers by people: when the
    two disagree the thread wins, and a typed number counts only for a ticket opened by
    the same sender's domain (a mistyped or foreign number never joins a stranger's
    ticket). Either way, a reply making a new request of its own opens its own ticket."""
    thread = tuple(parsed.in_reply_to) + tuple(reversed(parsed.references))
    threaded = find_ticket_by_message_ids(session, thread)
    if threaded is not None:
        surviving = _surviving(session, threaded)
        if is_new_request(parsed, surviving.kind, ticket_subjects(surviving)):
            return None
        return surviving
    for reference in parsed.ticket_refs:
        ticket = find_ticket_by_reference(session, reference)
        if ticket is not None and _same_domain(ticket.requester_address, parsed.from_address):
            surviving = _surviving(session, ticket)
            if is_new_request(parsed, surviving.kind, ticket_subjects(surviving)):
                return None  # "Re: [GDPR-…] Sletning gennemført" above another's new request
            return surviving
    # "Rettelse til min mail fra i går", or a reply whose mail program kept no threading
    # headers ("SV: Sletning" above the quoted request): the sender's recent ticket
    # about the same employee
    subject = parsed.subject or ""
    if RECALL_PREFIX.match(subject):  # "Tilbagekald: Sletning af lokal 214 - Bente Kragh"
        return find_recalled_ticket(session, parsed)
    replying = REPLY_PREFIX.match(subject) and not FORWARD_PREFIX.match(subject)
    if refers_to_earlier_mail(parsed.new_text) or replying:  # a forward ("Fwd: Medarbejdere")
        return find_recent_ticket_naming(session, parsed)  # brings someone else's new matter
    return find_continued_ticket(session, parsed) or find_repeated_request(session, parsed)


ADDS_ANOTHER = re.compile(r"(?i:\b(?:også|also|og så|one more|en mere|endnu en|another)\b)")
CONTINUATION_MINUTES = 60  # a second mail this soon under the same subject goes on the first


def find_continued_ticket(session: Session, parsed: ParsedMail) -> Ticket | None:
    """The open ticket of the sender's mail of a moment ago under the same subject, when
    this mail finishes it rather than making a complete request of its own: the second
    mail a writer in a hurry sends ("slet" then "lok 3307 glemte det sry", "indsigt lok
    77" then "= Bo Kjeldsen sry"), with no threading headers."""
    subject = (parsed.subject or "").strip()
    if not subject or not parsed.from_address or parsed.date is None:
        return None
    ticket = session.scalars(
        select(Ticket).where(
            Ticket.requester_address == parsed.from_address,
            Ticket.subject == subject,
            Ticket.merged_into_id.is_(None),
            Ticket.received_at >= parsed.date - timedelta(minutes=CONTINUATION_MINUTES),
            Ticket.received_at <= parsed.date,
        ).order_by(Ticket.received_at.desc()).limit(1)
    ).first()
    if ticket is None or ticket.status not in OPEN_STATUSES:
        return None
    known = ticket_subjects(ticket)
    complete = parsed.kind in PERSON_KINDS and parsed.data_subjects and not parsed.missing
    lacking = any(not (k.full_name and k.extension) for k in known)
    matched = any(_match(known, s) is not None for s in parsed.data_subjects)
    if complete and not (lacking and matched):
        return None  # a complete request finishes the first only when it gives what it lacked
    if not lacking and parsed.data_subjects and not matched:
        return None  # the first lacked nothing: "Også indsigt for Sara på lokalnummer 3318"
        # a minute later is a request of its own, under the same subject
    if opens_new_matter(parsed.new_text) or (
        ADDS_ANOTHER.search(parsed.new_text or "") and makes_own_request(parsed.new_text)
        and not any(s.full_name and _match(known, s) is not None for s in parsed.data_subjects)
    ):
        return None  # "And please also erase Henrik on extension 5040", "En anden kunde ..."
    return ticket


REPEAT_DAYS = 14  # a request sent again within this time is the same request


def find_recalled_ticket(session: Session, parsed: ParsedMail) -> Ticket | None:
    """The ticket of the mail a recall takes back: the sender's latest ticket whose
    subject is the recall's without its prefix ("Tilbagekald: Sletning af lokal 214"
    takes back "Sletning af lokal 214"), else their recent ticket naming the same
    employee."""
    recalled = RECALL_PREFIX.sub("", parsed.subject or "").strip()
    if recalled and parsed.from_address:
        ticket = session.scalars(
            select(Ticket).where(Ticket.requester_address == parsed.from_address,
                                 Ticket.subject == recalled)
            .order_by(Ticket.id.desc()).limit(1)
        ).first()
        if ticket is not None:
            return _surviving(session, ticket)
    return find_recent_ticket_naming(session, parsed)


def find_repeated_request(session: Session, parsed: ParsedMail) -> Ticket | None:
    """The open ticket the same sender opened in the last two weeks for the same kind
    of request about the same employees: a mail sent twice (a new Message-ID, no
    threading headers, "sending it again in case it got lost") is one request, and
    never opens a second ticket."""
    wanted = _subject_keys(parsed.data_subjects)
    if parsed.kind not in PERSON_KINDS or not wanted or not parsed.from_address:
        return None
    query = select(Ticket).where(
        Ticket.requester_address == parsed.from_address,
        Ticket.kind == parsed.kind,
        Ticket.merged_into_id.is_(None),
    )
    if parsed.date is not None:
        query = query.where(Ticket.received_at >= parsed.date - timedelta(days=REPEAT_DAYS))
    for ticket in session.scalars(query.order_by(Ticket.received_at.desc()).limit(20)):
        if ticket.status in OPEN_STATUSES and _subject_keys(ticket_subjects(ticket)) == wanted:
            return ticket
    return None


def _subject_keys(subjects: Sequence[DataSubject]) -> frozenset[tuple[str, str]]:
    """The employees as comparable keys; empty when one of them is unknown."""
    keys = {((s.full_name or "").lower(), s.extension or "") for s in subjects}
    return frozenset(keys) if all(name and number for name, number in keys) else frozenset()


EARLIER_MAIL_DAYS = 31  # how far back "min mail fra 13/7" may reach: a request's month


def find_recent_ticket_naming(session: Session, parsed: ParsedMail) -> Ticket | None:
    """The latest ticket of the same sender's domain, opened in the last month,
    whose employees share a full name with the mail's, or whose nameless employee has
    the number the mail names: the ticket a correction sent as a new mail continues
    ("Rettelse til min mail fra i går: Klaus Dyhr har lokal 4023", "Rettelse til min
    forrige mail: fulde navn er Søren Kjeldgaard Nielsen, lok. 240")."""
    names = {s.full_name.lower() for s in parsed.data_subjects if s.full_name}
    numbers = {s.extension for s in parsed.data_subjects if s.extension}
    domain = parsed.from_address.rpartition("@")[2].lower()
    if not (names or numbers) or not domain:
        return None
    query = select(Ticket).where(
        Ticket.requester_address.ilike(f"%@{domain}"), Ticket.merged_into_id.is_(None)
    )
    if parsed.date is not None:
        query = query.where(Ticket.received_at >= parsed.date - timedelta(days=EARLIER_MAIL_DAYS))
    for ticket in session.scalars(query.order_by(Ticket.received_at.desc()).limit(20)):
        known = ticket_subjects(ticket)
        if asks_another_thing(parsed, ticket.kind, known):
            continue
        if names & {s.full_name.lower() for s in known if s.full_name}:
            return ticket
        if numbers & {s.extension for s in known if s.extension and not s.full_name}:
            return ticket  # "Rettelse til min forrige mail: fulde navn er X, lok. 240"
    return None


def asks_another_thing(
    parsed: ParsedMail, ticket_kind: str | None, known: Sequence[DataSubject]
) -> bool:
    """Whether a mail with no threading headers to a ticket makes another kind of request
    for employees most of whom the ticket does not have ("Please erase" five leavers, one
    of them the employee whose recordings an earlier ticket handed over): a name in
    common does not make it that ticket's follow-up."""
    complete = [s for s in parsed.data_subjects if s.full_name and s.extension]
    if parsed.kind not in PERSON_KINDS or parsed.kind == ticket_kind or not complete:
        return False
    if not makes_own_request(parsed.new_text):
        return False
    unknown = sum(_match(known, s) is None for s in complete)
    return unknown * 2 > len(complete)


def is_new_request(
    parsed: ParsedMail, ticket_kind: str | None, known: Sequence[DataSubject]
) -> bool:
    """Whether a reply in a ticket's thread makes a request of its own, about employees
    it names in full (name and extension) of whom the ticket has none: another kind of
    request ("Re: Navneændring" above "Mads Kragh, lokal 770, skal anonymiseres"), or
    the same kind when the ticket wants nothing more and the reply does not say it adds
    to it ("Endnu en fra Vinkel Arkitekter: Lars Mikael Dahl (lokal 262) skal slettes").
    Such a mail opens its own ticket instead of changing the old one's request. A reply
    whose own text asks for nothing, or that corrects the number of the ticket's
    employee, continues the ticket whatever its quoted history or correction words say."""
    subjects = [s for s in parsed.data_subjects if s.full_name or s.extension]
    if parsed.kind not in PERSON_KINDS or not subjects:
        return False
    if not makes_own_request(parsed.new_text):
        return False  # it only completes what the thread asked ("Lærlingen er X, lok 19")
    # "Correction - it is ext. 3191, not 3199": the ticket's employee under the right number
    known = with_corrected_extensions(known, parsed.corrected_extensions)
    if parsed.kind == ticket_kind and (
        not all(s.full_name and s.extension for s in known) or adds_to_request(parsed.new_text)
    ):  # the ticket still waits for a name or number, or "one more for the same request"
        return False
    if not all(s.full_name and s.extension for s in subjects):
        return False
    return all(_match(known, s) is None for s in subjects)


def adds_to_request(text: str) -> bool:
    """Whether a reply says it adds to the thread's request ("one more for the same
    access request", "tilføj venligst")."""
    return read_book("followup_same_request_cues").contains_any(Tokens.of(text[:2000]))


def _same_domain(one: str, other: str) -> bool:
    """Whether two addresses share their domain (colleagues at one reseller)."""
    first, second = (address.rpartition("@")[2].lower() for address in (one, other))
    return bool(first) and first == second


def _surviving(session: Session, ticket: Ticket) -> Ticket:
    """Follow merges to the ticket that lives on (bounded, in case of a cycle)."""
    for _ in range(10):
        if ticket.merged_into_id is None:
            return ticket
        target = session.get(Ticket, ticket.merged_into_id)
        if target is None:
            return ticket
        ticket = target
    return ticket


def merge_subjects(
    known: Sequence[DataSubject], incoming: Sequence[DataSubject]
) -> tuple[DataSubject, ...]:
    """Complete the ticket's employees with what a follow-up adds; never drop anyone.

    What the follow-up states wins over what the ticket had: a reseller writing
    "the extension is 817, not 871" corrects the ticket."""
    merged = list(known)
    for new in incoming:
        if new.full_name is None and new.extension is None:
            continue
        index = _match(merged, new)
        if index is None:
            merged.append(new)
            continue
        old = merged[index]
        merged[index] = DataSubject(new.full_name or old.full_name, new.extension or old.extension)
    return tuple(merged)


def followup_subjects(known: Sequence[DataSubject], parsed: ParsedMail) -> tuple[DataSubject, ...]:
    """The ticket's employees after a follow-up: its corrected extensions applied, the
    employees it completes or adds merged in, those it takes back left out. Quoted
    history may complete the ticket's employees but adds none: an older finished matter
    quoted under a status chase is not this ticket's request."""
    if restates_list(parsed.new_text) and parsed.data_subjects and all(
        s.full_name and s.extension for s in parsed.data_subjects
    ):
        return parsed.data_subjects  # "So the final list is: ...": the list, as restated
    known = with_corrected_extensions(known, parsed.corrected_extensions)
    own_text = "\n".join(
        [parsed.subject or "", parsed.new_text, *(a.text or "" for a in parsed.attachments)]
    )
    incoming = [
        s for s in parsed.data_subjects if _match(known, s) is not None or written_in(own_text, s)
    ] or lone_number_for(known, parsed.new_text) or numbers_by_first_name(known, parsed.new_text)
    return without_taken_back(merge_subjects(known, incoming), parsed.withdrawn)


def numbers_by_first_name(known: Sequence[DataSubject], new_text: str) -> list[DataSubject]:
    """The extensions a follow-up gives by the first names of the ticket's employees
    still without one ("Anja er 0229" a minute after "Anja Friis (ved ikke lok)")."""
    given = []
    for subject in known:
        if not subject.full_name or subject.extension:
            continue
        first = re.escape(subject.full_name.split()[0])
        said = re.search(
            rf"(?<![\w-]){first}(?![\w-])[ \t]*(?:(?:er|is|har|has|på|on)[ \t]+|[=:–-][ \t]*)?"
            rf"(?:(?i:{CUE})[ \t]*[:.]?[ \t]*)?(\d{{2,6}})(?![\d.,:/-]?\d)",
            new_text or "",
        )
        if said:
            given.append(DataSubject(subject.full_name, said.group(1)))
    return given


def lone_number_for(known: Sequence[DataSubject], new_text: str) -> list[DataSubject]:
    """The one extension a follow-up gives and nothing else ("lok 5012 🙈"), for the one
    employee of the ticket still without one."""
    waiting = [s for s in known if s.full_name and not s.extension]
    numbers = {m.group(1) for m in EXTENSION.finditer(new_text or "")}
    if len(waiting) != 1 or len(numbers) != 1:
        return []
    return [DataSubject(None, numbers.pop())]


def written_in(text: str, subject: DataSubject) -> bool:
    """Whether `text` writes the employee's extension or every word of their name."""
    if subject.extension and re.search(rf"(?<!\d){re.escape(subject.extension)}(?!\d)", text):
        return True
    if not subject.full_name:
        return False
    words = set(WORD.findall(text.lower()))
    return all(word in words for word in WORD.findall(subject.full_name.lower()))


WORD = re.compile(r"[^\W\d_]+")


def with_corrected_extensions(
    subjects: Sequence[DataSubject], corrections: Sequence[tuple[str, str]]
) -> tuple[DataSubject, ...]:
    """The ticket's employees with the extensions a follow-up says were wrong replaced
    ("det var lok 142, ikke 141"), when exactly one employee has the wrong one and none
    has the right one yet."""
    corrected = list(subjects)
    for wrong, right in corrections:
        owners = [i for i, s in enumerate(corrected) if s.extension == wrong]
        if len(owners) == 1 and not any(s.extension == right for s in corrected):
            corrected[owners[0]] = DataSubject(corrected[owners[0]].full_name, right)
    return tuple(corrected)


def without_taken_back(
    subjects: Sequence[DataSubject], withdrawn: Sequence[str]
) -> tuple[DataSubject, ...]:
    """The ticket's employees without those a follow-up takes back by name ("Gitte Bach
    Holm har trukket sin anmodning tilbage"); never all of them, so a ticket keeps its
    request and a person decides (the mail stays on the ticket for them to read)."""
    gone = {name.lower() for name in withdrawn}
    kept = tuple(s for s in subjects if not (s.full_name and s.full_name.lower() in gone))
    return kept if kept else tuple(subjects)


def respelt(old: DataSubject, new: DataSubject) -> bool:
    """Whether `new` is the ticket's employee `old` with the surname spelt right or
    written out: the same first name, a surname of `old` spelt alike to one of `new`'s,
    and no other extension."""
    if not old.full_name or not new.full_name or (
        old.extension and new.extension and old.extension != new.extension
    ):
        return False
    before, after = old.full_name.lower().split(), new.full_name.lower().split()
    return (
        len(before) >= 2 and len(after) >= 2 and before[0] == after[0]
        and all(any(w == v or spelt_alike(w, v) for v in after[1:]) for w in before[1:])
    )


def _match(subjects: Sequence[DataSubject], new: DataSubject) -> int | None:
    """Same name, or else same extension, or else the first one missing what `new`
    brings. The name is looked for first: two customers' employees may share an
    extension ("Karina Thorsen has 214 - the same number as Ole at Thisted Optik")."""
    for index, old in enumerate(subjects):
        if new.full_name and old.full_name and old.full_name.lower() == new.full_name.lower():
            return index
    for index, old in enumerate(subjects):
        if new.extension and old.extension == new.extension:
            return index
    for index, old in enumerate(subjects):  # "her name is spelled Maria González Ruiz (not
        if respelt(old, new):  # Gonzales)" for the ticket's "Maria Gonzales"
            return index
    for index, old in enumerate(subjects):
        fills_extension = old.extension is None and new.extension and (
            old.full_name is None or new.full_name is None)
        fills_name = old.full_name is None and new.full_name and (
            old.extension is None or new.extension is None)
        if fills_extension or fills_name:
            return index
    return None
