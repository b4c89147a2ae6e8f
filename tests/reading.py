"""Read one text the way the pipeline does, for tests that ask a single question of it.

One home for these helpers keeps every test file asking with the same defaults: a
reseller called Ib Sand writes an erasure request under the subject "GDPR".
"""

from __future__ import annotations

from parsers.mail import parse_mail
from parsers.model import DataSubject
from parsers.sensitive import find_sensitive
from parsers.subjects import find_data_subjects


def subjects(body: str, kind: str = "erasure", *, subject: str = "GDPR", quoted: str = "",
             sender: str = "Ib Sand") -> tuple[DataSubject, ...]:
    """The employees a mail with this new text (and quoted history) names."""
    return find_data_subjects(subject, body, quoted, sender, kind)  # type: ignore[arg-type]


def pairs(body: str, subject: str = "Sletning", quoted: str = "", kind: str = "erasure",
          sender: str = "Lone Bak") -> list[tuple[str | None, str | None]]:
    """(full name, extension) of each employee a mail names, in order."""
    return [(s.full_name, s.extension)
            for s in subjects(body, kind, subject=subject, quoted=quoted, sender=sender)]


def employees(body: str, subject: str = "Sletning", sender: str = "Ib Sand <ib@reseller.dk>"
              ) -> list[tuple[str | None, str | None]]:
    """(full name, extension) of each employee the whole pipeline's parse of a plain
    mail finds: its subject line, tables, attachments' text and further requests read."""
    parsed = parse_mail(plain_mail(subject, body, sender))
    return [(s.full_name, s.extension) for s in parsed.data_subjects]


def plain_mail(subject: str, body: str, sender: str = "Ib Sand <ib@reseller.dk>") -> bytes:
    """A raw one-part text mail to the GDPR mailbox, lines ending in CRLF."""
    head = (f"From: {sender}\r\nTo: persondata@flexfone.dk\r\nSubject: {subject}\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n")
    return (head + body.replace("\r\n", "\n").replace("\n", "\r\n")).encode()


def found(text: str) -> list[tuple[str, str]]:
    """(category, text) of each sensitive piece found in a free text, in order."""
    return [(span.category, text[span.start : span.end]) for span in find_sensitive(text)]


def categories(text: str) -> set[str]:
    """The sensitive categories found in a free text."""
    return {span.category for span in find_sensitive(text)}
