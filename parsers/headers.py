"""Mail header values: addresses, message ids and dates out of raw header text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime

from parsers.charsets import ENCODED_WORD, clean_header, decode_header_value, raw_header_text

__all__ = [
    "header_items",
    "message_id",
    "message_ids",
    "parse_addresses",
    "parse_date",
    "raw_values",
]

_MESSAGE_ID = re.compile(r"<[^<>\s]+>")
# Re:, SV:, AW:, VS:, Fwd: and friends opening a subject line, any number of them, also
# "Re[2]:", "Re(2):" and "SV :" as some clients write them.
REPLY_PREFIX = re.compile(
    r"^\s*(?:(?:re|sv|aw|vs|fw|fwd|vb|wg|tr|antw|ref)\s*(?:\[\d+\]|\(\d+\))?\s*:\s*)+",
    re.IGNORECASE,
)
# a mail program's recall of an earlier mail ("Tilbagekald: Sletning af lokal 214",
# "Recall: ..."): the sender takes that mail back; it asks nothing new
RECALL_PREFIX = re.compile(
    r"^\s*(?:tilbagekald|tilbagekaldelse|recall|återkalla|tilbakekall|rückruf|zurückrufen)"
    r"\s*:",
    re.IGNORECASE,
)
# the forward prefixes of REPLY_PREFIX alone: a forward brings a new matter, not a reply
FORWARD_PREFIX = re.compile(r"^\s*(?:vs|fw|fwd|vb|wg|tr)\s*:", re.IGNORECASE)
_PLACEHOLDER = re.compile("\ue000(\\d+)\ue001")


def header_items(message: Message) -> tuple[tuple[str, str], ...]:
    """All headers as (lower-cased name, decoded single-line value)."""
    items: list[tuple[str, str]] = []
    for name, value in message.raw_items():
        items.append((clean_header(str(name)).lower(), decode_header_value(str(value))))
    return tuple(items)


def raw_values(message: Message, name: str) -> list[str]:
    """Raw values of header `name` as text (undecoded words kept for addresses)."""
    wanted = name.lower()
    return [
        raw_header_text(str(value))
        for key, value in message.raw_items()
        if str(key).lower() == wanted
    ]


def parse_addresses(values: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """(decoded display name, lower-cased addr-spec) pairs; junk addresses dropped.

    Encoded words are set aside before parsing: decoded, they may hold commas,
    colons or "@" that would split or forge addresses.
    """
    words: list[str] = []
    cleaned = [
        ENCODED_WORD.sub(lambda m: _set_aside(m, words), clean_header(value)) for value in values
    ]
    pairs: list[tuple[str, str]] = []
    for value in cleaned:
        found = [
            (name, address.strip().strip("<>").lower()) for name, address in getaddresses([value])
        ]
        found = [(name, address) for name, address in found if "@" in address
                 and not _PLACEHOLDER.search(address) and not any(c.isspace() for c in address)]
        if not found and (inside := QUOTED_WHOLE_ADDRESS.search(value)):
            # a client that quoted name and address together: '"Rune Kjær <rune@x.dk>"'
            found = [(inside.group(1).strip(), inside.group(2).lower())]
        if not found and _PLACEHOLDER.search(value):  # or encoded them as one word:
            # "=?utf-8?q?Rune_Kj=C3=A6r_=3Crune=40x=2Edk=3E?=" (no address outside it)
            decoded = decode_header_value(_PLACEHOLDER.sub(lambda m: words[int(m.group(1))], value))
            found = [(name, address.strip().strip("<>").lower())
                     for name, address in getaddresses([decoded])
                     if "@" in address and not any(c.isspace() for c in address.strip())]
            pairs.extend(found)
            continue
        for name, address in found:
            restored = _PLACEHOLDER.sub(lambda m: words[int(m.group(1))], name)
            pairs.append((decode_header_value(restored), address))
    return tuple(pairs)


QUOTED_WHOLE_ADDRESS = re.compile(r'"([^"<>]*)<([^\s<>"@]+@[^\s<>"@]+\.[^\s<>"@]+)>[ \t]*"')


def _set_aside(match: re.Match[str], words: list[str]) -> str:
    """Replace an encoded word by a placeholder atom, remembering the word."""
    words.append(match.group(0))
    return f"\ue000{len(words) - 1}\ue001"


def message_ids(values: Iterable[str]) -> tuple[str, ...]:
    """Every "<...>" id in the values, in order, once each. A generator that folds a
    long id into encoded words ("=?utf-8?q?=3CAM2PR06MB…?=") is read decoded, or the
    reply would lose its thread."""
    found: dict[str, None] = {}
    for value in values:
        if ENCODED_WORD.search(value):
            value = decode_header_value(value)
        for match in _MESSAGE_ID.findall(value):
            found.setdefault(match, None)
    return tuple(found)


def message_id(values: list[str]) -> str | None:
    """The id of a Message-ID header; a bare id gets its angle brackets back."""
    ids = message_ids(values)
    if ids:
        return ids[0]
    bare = clean_header(values[0]) if values else ""
    return f"<{bare}>" if bare and " " not in bare else None


def parse_date(values: list[str]) -> datetime | None:
    """The Date header as datetime, or None when missing or broken."""
    if not values:
        return None
    try:
        return parsedate_to_datetime(clean_header(values[0]))
    except Exception:  # noqa: BLE001 - the stdlib raises several kinds on junk
        return None
