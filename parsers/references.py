"""Ticket references ("GDPR-2026-000123") in subjects and bodies.

A follow-up is recognised by the reference our replies carry; people retype it
with other case, fewer digits or brackets, so matching is lenient and the
result is always the one normal form.
"""

from __future__ import annotations

import re
from functools import cache

from parsers.lexicon import Tokens, read_book

__all__ = ["find_ticket_refs", "format_ticket_ref", "refers_to_earlier_mail"]

DEFAULT_PREFIXES: tuple[str, ...] = ("GDPR",)
_NUMBER_DIGITS = (3, 8)  # how many digits a typed ticket number may have


@cache
def _ref_pattern(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for references with any of `prefixes`, longest prefix first."""
    names = sorted({re.escape(prefix.strip()) for prefix in prefixes if prefix.strip()}, key=len)
    alternation = "|".join(reversed(names)) or r"(?!)"
    low, high = _NUMBER_DIGITS
    return re.compile(
        rf"(?<![A-Za-z0-9])({alternation})[-\u2010\u2011\u2013]((?:19|20)\d\d)"
        rf"[-\u2010\u2011\u2013](\d{{{low},{high}}})(?![0-9A-Za-z])",
        re.IGNORECASE,
    )


def format_ticket_ref(prefix: str, year: int, number: int) -> str:
    """The normal form of a reference: PREFIX-YYYY-NNNNNN (at least 6 digits)."""
    return f"{prefix.strip().upper()}-{year:04d}-{number:06d}"


def find_ticket_refs(text: str, prefixes: tuple[str, ...] = DEFAULT_PREFIXES) -> tuple[str, ...]:
    """Every ticket reference in `text`, normalised, in order of first mention."""
    if not isinstance(text, str) or not text:
        return ()
    found: dict[str, None] = {}
    for match in _ref_pattern(tuple(prefixes)).finditer(text):
        prefix, year, number = match.groups()
        found.setdefault(format_ticket_ref(prefix, int(year), int(number)), None)
    return tuple(found)


def refers_to_earlier_mail(text: str) -> bool:
    """Whether the sender says the mail continues one of their own earlier mails
    ("Rettelse til min mail fra i går", "further to my e-mail yesterday"): a
    follow-up written as a new mail, without threading headers or a reference."""
    if not isinstance(text, str) or not text:
        return False
    return read_book("followup_earlier_mail_cues").contains_any(Tokens.of(text[:2000]))
