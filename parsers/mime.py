"""MIME -> text: raw mail bytes in, a `MailText` out, whatever the bytes hold.

Parsing uses the stdlib `compat32` policy (fast, lenient) and does its own
decoding of charsets, transfer encodings and RFC 2047 words, because real mail
declares wrong charsets, breaks base64 and folds encoded line breaks into
headers. `decode_mail` never raises: what was wrong goes into `defects`.
"""

from __future__ import annotations

import binascii
import codecs
import quopri
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from email import message_from_bytes
from email.message import Message
from email.utils import collapse_rfc2231_value, getaddresses, parsedate_to_datetime
from html.parser import HTMLParser

from parsers.model import Attachment, MailText

__all__ = ["decode_mail", "decode_bytes", "html_to_text"]

MAX_DEPTH = 4  # nesting of message/rfc822 parts whose text goes into the body
FORWARD_SEPARATOR = "---------- Forwarded message ----------"
FALLBACK_CHARSETS = ("utf-8", "windows-1252", "latin-1")
# Codecs that are not charsets: never let a Content-Type select them.
_UNSAFE_CODECS = frozenset(
    {"unicode_escape", "raw_unicode_escape", "punycode", "idna", "undefined"}
)
_CHARSET_ALIASES = {
    "unknown-8bit": "windows-1252",
    "x-unknown": "windows-1252",
    "unknown": "windows-1252",
    "8bit": "windows-1252",
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "iso-8859-8-i": "iso-8859-8",
    "x-mac-cyrillic": "mac_cyrillic",
    "ansi_x3.4-1968": "ascii",
    "us-ascii": "ascii",
    "utf8": "utf-8",
    "x-user-defined": "windows-1252",
}
_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([QqBb])\?([^?]*)\?=")
_BETWEEN_WORDS = re.compile(r"\?=\s+=\?")
_CONTROL = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]+")
_SURROGATE = re.compile("[\udc80-\udcff]")
_MESSAGE_ID = re.compile(r"<[^<>\s]+>")
_PLACEHOLDER = re.compile("\ue000(\\d+)\ue001")
_NEWLINES = re.compile(r"\r\n?")
_BASE64_JUNK = re.compile(rb"[^A-Za-z0-9+/=]")
_BASE64_SPACE = re.compile(rb"\s+")
_BASE64_PADDING = re.compile(rb"=+")
_LEADING_HEADER = re.compile(rb"[!-9;-~]+:")


def decode_mail(raw: bytes) -> MailText:
    """Decode one raw message into header values and text; never raises."""
    try:
        message = message_from_bytes(_trim_leading_blank(raw))
        return _build_mail(message)
    except Exception as error:  # noqa: BLE001 - last line of defence: keep the loop alive
        return _empty_mail(f"undecodable message ({type(error).__name__})")


def decode_bytes(data: bytes, charset: str | None) -> tuple[str, bool]:
    """Text of `data` in the declared charset, else utf-8, else windows-1252.

    The flag is True when the declared charset could not be used as is.
    """
    declared = _lookup_charset(charset)
    for name in (declared, *FALLBACK_CHARSETS):
        if name is None:
            continue
        try:
            return data.decode(name), name != declared
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1", "replace"), True  # pragma: no cover - latin-1 decodes all


def _lookup_charset(charset: str | None) -> str | None:
    """A usable codec name for a declared charset, or None."""
    if not charset:
        return None
    name = charset.strip().strip("\"'").lower().split("*", 1)[0]
    name = _CHARSET_ALIASES.get(name, name)
    try:
        codec = codecs.lookup(name)
    except (LookupError, ValueError):
        return None
    is_text = getattr(codec, "_is_text_encoding", True)
    if codec.name.replace("-", "_") in _UNSAFE_CODECS or not is_text:
        return None
    return codec.name


def _trim_leading_blank(raw: bytes) -> bytes:
    """Drop blank lines before the header block (some exporters add them)."""
    stripped = raw.lstrip(b"\r\n\t ")
    if stripped is not raw and _LEADING_HEADER.match(stripped):
        return stripped
    return raw


# --- headers -------------------------------------------------------------


def clean_header(value: str) -> str:
    """One line of text: control characters and line breaks become spaces."""
    return _CONTROL.sub(" ", value).strip()


def decode_header_value(value: str) -> str:
    """Decode raw (possibly 8-bit) header text and its RFC 2047 words, one line."""
    text = _raw_header_text(value)
    if "=?" in text:
        text = _decode_encoded_words(text)
    return clean_header(text)


def _raw_header_text(value: str) -> str:
    """Undo the parser's surrogate escapes: raw 8-bit headers as utf-8 or cp1252."""
    if not _SURROGATE.search(value):
        return value
    data = value.encode("utf-8", "surrogateescape")
    return decode_bytes(data, "utf-8")[0]


def _decode_encoded_words(text: str) -> str:
    """Decode RFC 2047 words, joining adjacent ones so split characters survive."""
    text = _BETWEEN_WORDS.sub("?==?", text)
    pieces: list[str] = []
    pending: list[tuple[str, bytes]] = []
    position = 0
    for match in _ENCODED_WORD.finditer(text):
        if match.start() > position:
            pieces.append(_flush_words(pending))
            pieces.append(text[position : match.start()])
        charset, encoding, payload = match.groups()
        pending.append((charset.split("*", 1)[0], _decode_word(encoding, payload)))
        position = match.end()
    pieces.append(_flush_words(pending))
    pieces.append(text[position:])
    return "".join(pieces)


def _flush_words(pending: list[tuple[str, bytes]]) -> str:
    """Decode and empty the run of adjacent encoded words, grouped by charset."""
    parts: list[str] = []
    while pending:
        charset = pending[0][0]
        data = b""
        while pending and pending[0][0] == charset:
            data += pending.pop(0)[1]
        parts.append(decode_bytes(data, charset)[0])
    return "".join(parts)


def _decode_word(encoding: str, payload: str) -> bytes:
    """Bytes of one encoded word's payload (B or Q), leniently."""
    data = payload.encode("ascii", "replace")
    if encoding in "Bb":
        return _decode_base64(data)[0]
    return quopri.decodestring(data.replace(b"_", b" "), header=False)


def _header_items(message: Message) -> tuple[tuple[str, str], ...]:
    """All headers as (lower-cased name, decoded single-line value)."""
    items: list[tuple[str, str]] = []
    for name, value in message.raw_items():
        items.append((clean_header(str(name)).lower(), decode_header_value(str(value))))
    return tuple(items)


def _raw_values(message: Message, name: str) -> list[str]:
    """Raw values of header `name` as text (undecoded words kept for addresses)."""
    wanted = name.lower()
    return [
        _raw_header_text(str(value))
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
        _ENCODED_WORD.sub(lambda m: _set_aside(m, words), clean_header(value)) for value in values
    ]
    pairs: list[tuple[str, str]] = []
    for name, address in getaddresses(cleaned):
        address = address.strip().strip("<>").lower()
        if "@" not in address or _PLACEHOLDER.search(address) or any(c.isspace() for c in address):
            continue
        restored = _PLACEHOLDER.sub(lambda m: words[int(m.group(1))], name)
        pairs.append((decode_header_value(restored), address))
    return tuple(pairs)


def _set_aside(match: re.Match[str], words: list[str]) -> str:
    """Replace an encoded word by a placeholder atom, remembering the word."""
    words.append(match.group(0))
    return f"\ue000{len(words) - 1}\ue001"


def _message_ids(values: Iterable[str]) -> tuple[str, ...]:
    """Every "<...>" id in the values, in order, once each."""
    found: dict[str, None] = {}
    for value in values:
        for match in _MESSAGE_ID.findall(value):
            found.setdefault(match, None)
    return tuple(found)


def _message_id(values: list[str]) -> str | None:
    """The id of a Message-ID header; a bare id gets its angle brackets back."""
    ids = _message_ids(values)
    if ids:
        return ids[0]
    bare = clean_header(values[0]) if values else ""
    return f"<{bare}>" if bare and " " not in bare else None


def _parse_date(values: list[str]) -> datetime | None:
    """The Date header as datetime, or None when missing or broken."""
    if not values:
        return None
    try:
        return parsedate_to_datetime(clean_header(values[0]))
    except Exception:  # noqa: BLE001 - the stdlib raises several kinds on junk
        return None


# --- bodies --------------------------------------------------------------


@dataclass(slots=True)
class _Collected:
    """What the walk over the MIME tree gathered (mutable while walking only)."""

    wants_text: bool = True  # False while walking an alternative that is not used
    texts: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)


def _payload_bytes(part: Message, collected: _Collected) -> bytes:
    """The part's body with its transfer encoding undone, leniently.

    Base64 is decoded here (the stdlib returns broken base64 undecoded); other
    encodings come from the stdlib as raw bytes, never re-decoded as text.
    """
    encoding = str(part.get("content-transfer-encoding", "")).strip().lower()
    if encoding != "base64":
        data = part.get_payload(decode=True)
        return data if isinstance(data, bytes) else b""
    payload = part.get_payload()
    text = payload if isinstance(payload, str) else ""
    data, damaged = _decode_base64(text.encode("ascii", "replace"))
    if damaged:
        collected.defects.append("damaged base64 body")
    return data


def _decode_base64(data: bytes) -> tuple[bytes, bool]:
    """Decode base64 skipping junk and bad padding, chunk by chunk; flag damage.

    Chunks split at padding, so bodies glued from several encoded blocks decode.
    """
    kept = _BASE64_JUNK.sub(b"", data)
    damaged = len(kept) != len(_BASE64_SPACE.sub(b"", data))
    decoded: list[bytes] = []
    for chunk in _BASE64_PADDING.split(kept):
        if len(chunk) % 4 == 1:
            chunk, damaged = chunk[:-1], True
        try:
            decoded.append(binascii.a2b_base64(chunk + b"=" * (-len(chunk) % 4)))
        except (binascii.Error, ValueError):
            damaged = True
    return b"".join(decoded), damaged


def _part_text(part: Message, collected: _Collected) -> str:
    """Decoded text of a leaf part: charset fallback, newlines, format=flowed."""
    data = _payload_bytes(part, collected)
    charset = _param(part, "charset")
    text, fell_back = decode_bytes(data, charset)
    if fell_back and charset:
        collected.defects.append(f"charset {charset!r} did not fit, decoded by fallback")
    text = _NEWLINES.sub("\n", text).replace("\x00", "")
    if part.get_content_type() == "text/plain" and _param(part, "format") == "flowed":
        text = unflow_text(text, (_param(part, "delsp") or "").lower() == "yes")
    return text


def _param(part: Message, name: str) -> str | None:
    """A Content-Type parameter as plain text, RFC 2231 collapsed."""
    try:
        value = part.get_param(name)
    except Exception:  # noqa: BLE001 - broken parameters must not stop decoding
        return None
    if value is None or isinstance(value, str):
        return value
    return str(collapse_rfc2231_value(value))


def unflow_text(text: str, delete_space: bool) -> str:
    """Join format=flowed soft line breaks (RFC 3676), honouring DelSp."""
    lines: list[str] = []
    buffer = ""
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        content = content[1:] if content.startswith(" ") else content
        if content == "-- " or not content.endswith(" "):
            lines.append(">" * depth + (" " if depth else "") + buffer + content)
            buffer = ""
        else:
            buffer += content[:-1] if delete_space else content
    if buffer:
        lines.append(buffer)
    return "\n".join(lines)


def _filename(part: Message) -> str:
    """The attachment's file name, decoded, or ''."""
    try:
        name = part.get_filename() or _param(part, "name") or ""
    except Exception:  # noqa: BLE001 - broken RFC 2231 parameters
        name = ""
    return decode_header_value(str(name))


def _is_attachment(part: Message) -> bool:
    """True for parts sent as files rather than as the message text."""
    disposition = str(part.get("content-disposition", "")).lower()
    return disposition.startswith("attachment") or bool(_filename(part))


def _walk(part: Message, collected: _Collected, depth: int) -> None:
    """Gather body texts and attachments from one part and its children."""
    content_type = part.get_content_type()
    payload = part.get_payload()
    if isinstance(payload, list):
        children = [child for child in payload if isinstance(child, Message)]
        if content_type == "multipart/alternative":
            _walk_alternative(children, collected, depth)
        elif content_type.startswith("multipart/"):
            for child in children:
                _walk(child, collected, depth)
        elif content_type == "message/rfc822" and children:
            _walk_embedded(part, children[0], collected, depth)
        else:
            _add_attachment(part, collected)
    elif content_type in ("text/plain", "text/html") and not _is_attachment(part):
        if not collected.wants_text:
            return
        text = _part_text(part, collected)
        collected.texts.append(html_to_text(text) if content_type == "text/html" else text)
    elif content_type.startswith("multipart/"):
        collected.defects.append("multipart without usable boundary, read as text")
        collected.texts.append(_part_text(part, collected))
    else:
        _add_attachment(part, collected)


def _walk_alternative(children: list[Message], collected: _Collected, depth: int) -> None:
    """Keep the plain version of an alternative when it has text, else the next one.

    The plain version is tried first so HTML is only converted when needed.
    """
    order = sorted(children, key=lambda child: not _is_plain(child))
    chosen = False
    for child in order if collected.wants_text else children:
        version = _Collected(wants_text=collected.wants_text and not chosen)
        _walk(child, version, depth)
        if _has_text(version) and not chosen:
            collected.texts.extend(version.texts)
            chosen = True
        collected.attachments.extend(version.attachments)
        collected.defects.extend(version.defects)


def _is_plain(part: Message) -> bool:
    """True for a text/plain alternative."""
    return part.get_content_type() == "text/plain"


def _has_text(collected: _Collected) -> bool:
    """True when some gathered text is not blank."""
    return any(text.strip() for text in collected.texts)


def _walk_embedded(part: Message, inner: Message, collected: _Collected, depth: int) -> None:
    """Put a forwarded message's text into the body, below a separator."""
    collected.attachments.append(
        Attachment(_filename(part) or "forwarded.eml", "message/rfc822", _size_of(inner), None)
    )
    if depth >= MAX_DEPTH:
        collected.defects.append("forwarded messages nested too deep, inner text left out")
        return
    collected.texts.append(_forward_header(inner))
    _walk(inner, collected, depth + 1)


def _size_of(message: Message) -> int:
    """Approximate size of an embedded message: its headers and payloads."""
    size = sum(len(str(key)) + len(str(value)) + 3 for key, value in message.raw_items())
    payload = message.get_payload()
    if isinstance(payload, list):
        return size + sum(_size_of(child) for child in payload if isinstance(child, Message))
    return size + len(str(payload))


def _forward_header(inner: Message) -> str:
    """Separator and the From/Date/Subject/To lines of an embedded message."""
    lines = [FORWARD_SEPARATOR]
    for label in ("From", "Date", "Subject", "To"):
        values = _raw_values(inner, label)
        if values:
            lines.append(f"{label}: {decode_header_value(values[0])}")
    return "\n".join(lines) + "\n"


def _add_attachment(part: Message, collected: _Collected) -> None:
    """Record a non-body part; text/* and report parts get their text decoded."""
    content_type = part.get_content_type()
    payload = part.get_payload()
    if isinstance(payload, list):  # message/delivery-status and kin: header blocks
        text: str | None = "\n".join(_block_text(block) for block in payload)
        size = len(text or "")
    else:
        size = len(_payload_bytes(part, _Collected()))
        text = _part_text(part, collected) if content_type.startswith("text/") else None
    collected.attachments.append(Attachment(_filename(part), content_type, size, text))


def _block_text(block: object) -> str:
    """Text of one header block inside a message/* part."""
    if not isinstance(block, Message):
        return str(block)
    lines = [f"{key}: {decode_header_value(str(value))}" for key, value in block.raw_items()]
    return "\n".join(lines) + "\n"


def _join_texts(texts: list[str]) -> str:
    """Body texts one after the other, separated by one blank line."""
    parts = [text.strip("\n") for text in texts if text.strip()]
    return "\n\n".join(parts) + ("\n" if parts else "")


# --- the whole mail ------------------------------------------------------


def _build_mail(message: Message) -> MailText:
    """Turn a parsed message into a MailText."""
    collected = _Collected()
    collected.defects.extend(_defect_names(message))
    try:
        _walk(message, collected, 0)
    except Exception as error:  # noqa: BLE001 - keep the headers when a body breaks
        collected.defects.append(f"body undecodable ({type(error).__name__})")
    senders = parse_addresses(_raw_values(message, "from"))
    dates = _raw_values(message, "date")
    date = _parse_date(dates)
    if dates and date is None:
        collected.defects.append("unreadable Date header")
    return MailText(
        subject=decode_header_value((_raw_values(message, "subject") or [""])[0]),
        from_name=senders[0][0] if senders else "",
        from_address=senders[0][1] if senders else "",
        reply_to=next(iter(parse_addresses(_raw_values(message, "reply-to"))), ("", ""))[1],
        to=tuple(address for _, address in parse_addresses(_raw_values(message, "to"))),
        cc=tuple(address for _, address in parse_addresses(_raw_values(message, "cc"))),
        message_id=_message_id(_raw_values(message, "message-id")),
        in_reply_to=_message_ids(_raw_values(message, "in-reply-to")),
        references=_message_ids(_raw_values(message, "references")),
        date=date,
        headers=_header_items(message),
        content_type=message.get_content_type(),
        body=_join_texts(collected.texts),
        attachments=tuple(collected.attachments),
        defects=tuple(dict.fromkeys(collected.defects)),
    )


def _defect_names(message: Message) -> list[str]:
    """Parser defects of every part, as short readable strings."""
    names: list[str] = []
    for part in message.walk():
        for defect in getattr(part, "defects", []):
            words = re.sub(r"(?<!^)(?=[A-Z])", " ", type(defect).__name__).lower()
            names.append(words.removesuffix(" defect"))
    return names


def _empty_mail(defect: str) -> MailText:
    """A MailText with nothing in it but the reason why."""
    return MailText(
        subject="",
        from_name="",
        from_address="",
        reply_to="",
        to=(),
        cc=(),
        message_id=None,
        in_reply_to=(),
        references=(),
        date=None,
        headers=(),
        content_type="text/plain",
        body="",
        attachments=(),
        defects=(defect,),
    )


# --- HTML ----------------------------------------------------------------

_SKIPPED_TAGS = frozenset({"style", "script", "head", "title", "template", "noscript"})
_BLOCK_WORDS = "p div h1 h2 h3 h4 h5 h6 ul ol li table tr section article header footer pre hr"
_BLOCK_TAGS = frozenset(
    (_BLOCK_WORDS + " address dl dt dd form fieldset center blockquote caption tbody thead").split()
)
_CELL_TAGS = frozenset({"td", "th"})
_SPACES = re.compile(r"[ \t\r\n\f\u00a0\u200b]+")
_BLANK_RUNS = re.compile(r"\n{3,}")


class _TextExtractor(HTMLParser):
    """Collects readable lines from HTML; blockquote lines get a "> " prefix."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.line = ""
        self.line_depth = 0
        self.quote_depth = 0
        self.skip_depth = 0
        self.pre_depth = 0
        self.cell_pending = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self.skip_depth += 1
        elif tag == "br":
            self.end_line(force=True)
        elif tag in _CELL_TAGS:
            self.cell_pending = bool(self.line.strip())
        elif tag in _BLOCK_TAGS:
            self.end_line()
            self.quote_depth += tag == "blockquote"
            self.pre_depth += tag == "pre"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr", "p", "div"):
            self.end_line(force=tag == "br")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _BLOCK_TAGS:
            self.end_line()
            if tag == "blockquote":
                self.quote_depth = max(0, self.quote_depth - 1)
            self.pre_depth = max(0, self.pre_depth - (tag == "pre"))
            if tag in ("p", "table", "blockquote", "h1", "h2", "h3"):
                self.lines.append(("> " * self.quote_depth).rstrip())

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if self.pre_depth:
            for index, piece in enumerate(data.replace("\r", "").split("\n")):
                if index:
                    self.end_line(force=True)
                self.add_text(piece)
            return
        text = _SPACES.sub(" ", data)
        if text.strip() or (self.line and not self.line.endswith(" ")):
            self.add_text(text)

    def add_text(self, text: str) -> None:
        """Append text to the current line, opening a cell or quote as needed."""
        if not self.line.strip():
            self.line_depth = self.quote_depth
            text = text.lstrip(" ")
        if self.cell_pending and text.strip():
            self.line = self.line.rstrip(" ") + " | "
            self.cell_pending = False
            text = text.lstrip(" ")
        self.line += text

    def end_line(self, force: bool = False) -> None:
        """Close the current line; `force` keeps empty lines (from <br>)."""
        self.cell_pending = False
        if self.line.strip() or force:
            depth = self.line_depth if self.line.strip() else self.quote_depth
            self.lines.append("> " * depth + self.line.strip())
        self.line = ""


def html_to_text(html: str) -> str:
    """Readable text of an HTML body: blocks as lines, rows as " | " cells, quotes as "> "."""
    extractor = _TextExtractor()
    try:
        extractor.feed(html)
        extractor.close()
    except Exception:  # noqa: BLE001 - html.parser can trip on pathological markup
        extractor.lines.append(_SPACES.sub(" ", re.sub(r"<[^>]*>", " ", html)))
    extractor.end_line()
    text = "\n".join(line.rstrip() for line in extractor.lines)
    return _BLANK_RUNS.sub("\n\n", text).strip("\n") + "\n"
