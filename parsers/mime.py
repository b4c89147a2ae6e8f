"""MIME -> text: raw mail bytes in, a `MailText` out, whatever the bytes hold.

Parsing uses the stdlib `compat32` policy (fast, lenient) and does its own
decoding of charsets, transfer encodings and RFC 2047 words (`parsers.charsets`),
because real mail declares wrong charsets, breaks base64 and folds encoded line
breaks into headers. `decode_mail` never raises: what was wrong goes into `defects`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from email.utils import collapse_rfc2231_value
from html import unescape

from parsers.charsets import decode_base64, decode_bytes, decode_header_value
from parsers.documents import document_text
from parsers.headers import (
    header_items,
    message_id,
    message_ids,
    parse_addresses,
    parse_date,
    raw_values,
)
from parsers.html_text import html_to_text
from parsers.model import Attachment, MailText

__all__ = ["decode_mail", "decode_bytes", "html_to_text"]

MAX_DEPTH = 4  # nesting of message/rfc822 parts whose text goes into the body
FORWARD_SEPARATOR = "---------- Forwarded message ----------"
_NEWLINES = re.compile(r"\r\n?")
_LEADING_HEADER = re.compile(rb"[!-9;-~]+:")
# Characters that look like a space or a hyphen, or like nothing, inside numbers and
# names ("020591\u00a03327", "290785\u20111173", "24\u200b17"): read as what they show.
PLAIN_CHARACTERS = str.maketrans({
    "\x00": None, "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None,
    "\ufeff": None, "\u00ad": None,
    "\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ",
    "\u2010": "-", "\u2011": "-",
    # fullwidth digits and the numero sign ("lokal ２１４", "№ 214") read as they show
    **{chr(0xFF10 + digit): str(digit) for digit in range(10)},
    "\u2116": "nr.",
    # ligatures of text copied from a PDF ("ﬂyttet", "ﬁrma") read as their letters
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st",
    # a table drawn with box-drawing characters read as one drawn with "|", "-" and "+"
    **dict.fromkeys("│┃║╎╏┆┇┊┋", "|"), **dict.fromkeys("─━═╌╍┄┅┈┉", "-"),
    **dict.fromkeys("┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬┏┓┗┛┣┫┳┻╋╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫", "+"),
})


def decode_mail(raw: bytes) -> MailText:
    """Decode one raw message into header values and text; never raises."""
    try:
        message = message_from_bytes(_trim_leading_blank(raw))
        return _build_mail(message)
    except Exception as error:  # noqa: BLE001 - last line of defence: keep the loop alive
        return _empty_mail(f"undecodable message ({type(error).__name__})")


def _trim_leading_blank(raw: bytes) -> bytes:
    """Drop blank lines before the header block (some exporters add them)."""
    stripped = raw.lstrip(b"\r\n\t ")
    if stripped is not raw and _LEADING_HEADER.match(stripped):
        return stripped
    return raw


# --- bodies --------------------------------------------------------------


@dataclass(slots=True)
class _Collected:
    """What the walk over the MIME tree gathered (mutable while walking only)."""

    wants_text: bool = True  # False while walking an alternative that is not used
    hidden: list[str] = field(default_factory=list)  # HTML a reader does not see
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
    data, damaged = decode_base64(text.encode("ascii", "replace"))
    if damaged:
        collected.defects.append("damaged base64 body")
    return data


def _part_text(part: Message, collected: _Collected) -> str:
    """Decoded text of a leaf part: charset fallback, newlines, format=flowed."""
    data = _payload_bytes(part, collected)
    charset = _param(part, "charset")
    text, fell_back = decode_bytes(data, charset)
    if fell_back and charset:
        collected.defects.append(f"charset {charset!r} did not fit, decoded by fallback")
    # (NFC: a letter written as a base and a combining mark, "e" + U+0301, is one letter)
    text = unicodedata.normalize("NFC", _NEWLINES.sub("\n", text)).translate(PLAIN_CHARACTERS)
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
        reads_unseen = content_type == "text/html" and depth == 0  # (the mail's own HTML,
        # not that of each mail attached to it)
        if not collected.wants_text:
            if reads_unseen:  # the HTML beside the plain text a mail shows
                collected.hidden.append(unseen_html_text(_part_text(part, collected)))
            return
        text = _part_text(part, collected)
        if reads_unseen:
            collected.hidden.append(unseen_html_text(text))
        collected.texts.append(  # (an HTML body's entities, "&shy;" and "&nbsp;", only
            html_to_text(text).translate(PLAIN_CHARACTERS)  # show once it is read)
            if content_type == "text/html" else text
        )
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
    stub: _Collected | None = None
    for child in order if collected.wants_text else children:
        version = _Collected(wants_text=collected.wants_text and not chosen)
        _walk(child, version, depth)
        if _has_text(version) and not chosen:
            if _is_plain(child) and _is_stub(version) and len(children) > 1:
                stub = version  # "This message is in HTML format": read the HTML instead
            else:
                html = _html_version(children) if _is_plain(child) else None
                if html is not None:  # (decoded once for both)
                    version = _with_html_table(_without_struck_text(
                        _with_html_lines(version, html, depth), html, depth), html, depth)
                    _add_image_descriptions(html, version.texts, collected)
                collected.texts.extend(version.texts)
                chosen = True
        collected.attachments.extend(version.attachments)
        collected.defects.extend(version.defects)
        collected.hidden.extend(version.hidden)
    if not chosen and stub is not None:
        collected.texts.extend(stub.texts)


HTML_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
SHOWN_ATTRIBUTE = re.compile(
    r"""\b(?:alt|title|aria-label|placeholder|value)\s*=\s*(?:"([^"]*)"|'([^']*)')""",
    re.IGNORECASE,
)
TAG = re.compile(r"<[^>]*>")


def unseen_html_text(html: str) -> str:
    """Every word an HTML part holds, whether a reader sees it or not: its text (hidden
    elements too), its comments, and the alt and title texts of its tags. Read for
    sensitive data only, never stored: a CPR number in a template's hidden block or an
    HR system's title attribute is still sent to us."""
    comments = " \n".join(match.group(1) for match in HTML_COMMENT.finditer(html))
    attributes = " \n".join(
        match.group(1) or match.group(2) or "" for match in SHOWN_ATTRIBUTE.finditer(html)
    )
    text = TAG.sub(" ", HTML_COMMENT.sub(" ", html))
    return unescape(f"{text}\n{comments}\n{attributes}")


IMAGE_ALT = re.compile(r"""<img\b[^>]*?\balt\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
MIN_DESCRIPTION = 20  # characters: "Logo" and "image001.png" say nothing


def _html_version(children: list[Message]) -> tuple[Message, bytes] | None:
    """The HTML alternative beside a plain one and its decoded body, if any."""
    html = next((c for c in children if c.get_content_type() == "text/html"), None)
    raw = html.get_payload(decode=True) if html is not None else None
    return (html, raw) if html is not None and isinstance(raw, bytes) else None


def _add_image_descriptions(
    html: tuple[Message, bytes], plain_texts: list[str], collected: _Collected
) -> None:
    """The alt texts of the HTML version's images, as one text attachment, when the
    plain version is read: a screenshot described in its alt text ("Skærmbillede
    HR-portal: Kasper Lund, CPR ...") is text of the mail the plain version lacks."""
    part, raw = html
    if b"alt" not in raw.lower():
        return
    markup = raw.decode(part.get_content_charset() or "utf-8", errors="replace")
    plain = " ".join(" ".join(plain_texts).split())
    descriptions = []
    for match in IMAGE_ALT.finditer(markup):
        alt = " ".join(unescape(match.group(1) or match.group(2) or "").split())
        if len(alt) >= MIN_DESCRIPTION and alt not in plain and alt not in descriptions:
            descriptions.append(alt)
    if descriptions:
        text = "\n".join(descriptions)
        collected.attachments.append(
            Attachment("image descriptions.txt", "text/plain", len(text.encode()), text)
        )


STRUCK_TAG = re.compile(rb"<(?:del|s|strike)\b", re.IGNORECASE)


def _without_struck_text(plain: _Collected, html: tuple[Message, bytes], depth: int
                         ) -> _Collected:
    """The HTML version instead of the plain one when the HTML strikes words out
    ("Sofie <del>Lund</del> Lundgaard"): the plain version keeps them as if written, the
    HTML one, read without them, says what the writer means."""
    part, raw = html
    if not STRUCK_TAG.search(raw):
        return plain
    version = _Collected(wants_text=True)
    _walk(part, version, depth)
    return version if _has_text(version) else plain


LOST_LINES_LENGTH = 200  # characters of a plain version before its lines can be missed
CHARACTERS_PER_LINE = 400  # a plain version with fewer line breaks than this lost them
MORE_HTML_LINES = 3  # line breaks the HTML version must have beyond the plain one's


def lost_line_breaks(text: str) -> bool:
    """Whether a plain version ran its lines together ("Navn: Jens HansenLokal: 214",
    "Med venlig hilsenLene Bak"): a long text with hardly a line break."""
    stripped = text.strip()
    return len(stripped) >= LOST_LINES_LENGTH and (
        stripped.count("\n") <= len(stripped) // CHARACTERS_PER_LINE
    )


def _with_html_lines(plain: _Collected, html: tuple[Message, bytes], depth: int) -> _Collected:
    """The HTML version instead of a plain one that lost its line breaks: a mail program
    that converts badly runs list items, fields and the signature into one line, and
    the HTML still has them apart."""
    text = "\n".join(plain.texts)
    if not lost_line_breaks(text):
        return plain
    part, _raw = html
    version = _Collected(wants_text=True)
    _walk(part, version, depth)
    lines = "\n".join(version.texts).strip().count("\n")
    return version if lines >= text.strip().count("\n") + MORE_HTML_LINES else plain


def _with_html_table(plain: _Collected, html: tuple[Message, bytes], depth: int) -> _Collected:
    """The HTML version instead of the plain one when the plain one lost a table of
    the HTML: Outlook writes every cell of a table on a line of its own ("Navn" /
    "Jonas Andersen" / "Yusuf Andersen"), so the rows are read from the HTML."""
    part, raw = html
    if raw.count(b"<td") < MIN_TABLE_CELLS:
        return plain
    version = _Collected(wants_text=True)
    _walk(part, version, depth)
    if " | " in " ".join(plain.texts):
        return plain  # the plain version kept its rows
    plain_lines = {" ".join(line.split()) for text in plain.texts for line in text.splitlines()}
    for text in version.texts:
        for line in text.splitlines():
            cells = [" ".join(cell.split()) for cell in line.lstrip("> ").split(" | ")]
            if len(cells) >= 2 and all(cell and cell in plain_lines for cell in cells):
                return version
    return version if lost_table(plain.texts, version.texts) else plain


WORDS = re.compile(r"[^\W\d_]+")
KEPT_SHARE = 0.95  # of the plain version's words in the HTML one: the same mail


def lost_table(plain_texts: list[str], html_texts: list[str]) -> bool:
    """Whether the plain version left out a table the HTML version has: every word of
    the plain one is in the HTML one, and a row of the HTML table is nowhere in the
    plain one ("Se tabellen." above a table only the HTML part holds)."""
    plain = " ".join(" ".join(plain_texts).split())
    plain_words = set(WORDS.findall(plain.lower()))
    html_words = set(WORDS.findall(" ".join(html_texts).lower()))
    if not plain_words or len(plain_words & html_words) < KEPT_SHARE * len(plain_words):
        return False
    rows = [
        cells for text in html_texts for line in text.splitlines()
        if len(cells := [" ".join(c.split()) for c in line.lstrip("> ").split(" | ")]) >= 2
    ]
    return any(all(cell not in plain for cell in cells if cell) for cells in rows[1:])


MIN_TABLE_CELLS = 4  # a table of two rows of two cells at least
STUB_WORDS = re.compile(r"\bhtml\b", re.IGNORECASE)
STUB_LENGTH = 400


def _is_stub(collected: _Collected) -> bool:
    """Whether a plain alternative only points at the HTML one ("Denne besked er i
    HTML-format", "view this message in HTML"), so the HTML holds the mail."""
    text = " ".join(" ".join(collected.texts).split())
    return len(text) < STUB_LENGTH and STUB_WORDS.search(text) is not None


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
        values = raw_values(inner, label)
        if values:
            lines.append(f"{label}: {decode_header_value(values[0])}")
    return "\n".join(lines) + "\n"


def _add_attachment(part: Message, collected: _Collected) -> None:
    """Record a non-body part; text/* and report parts get their text decoded,
    spreadsheets, Word documents and PDFs their text read (`parsers.documents`)."""
    content_type = part.get_content_type()
    payload = part.get_payload()
    if isinstance(payload, list):  # message/delivery-status and kin: header blocks
        text: str | None = "\n".join(_block_text(block) for block in payload)
        size = len(text or "")
    elif content_type.startswith("text/"):
        size = len(_payload_bytes(part, _Collected()))
        text = _part_text(part, collected)
    else:
        data = _payload_bytes(part, _Collected())
        size, text = len(data), None
        document = document_text(_filename(part), content_type, data)
        if document is not None:
            text = document.text
            if document.problem:
                collected.defects.append(document.problem)
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
    senders = parse_addresses(raw_values(message, "from"))
    dates = raw_values(message, "date")
    date = parse_date(dates)
    if dates and date is None:
        collected.defects.append("unreadable Date header")
    return MailText(
        subject=decode_header_value((raw_values(message, "subject") or [""])[0]),
        from_name=senders[0][0] if senders else "",
        from_address=senders[0][1] if senders else "",
        reply_to=next(iter(parse_addresses(raw_values(message, "reply-to"))), ("", ""))[1],
        to=tuple(address for _, address in parse_addresses(raw_values(message, "to"))),
        cc=tuple(address for _, address in parse_addresses(raw_values(message, "cc"))),
        message_id=message_id(raw_values(message, "message-id")),
        in_reply_to=message_ids(raw_values(message, "in-reply-to")),
        references=message_ids(raw_values(message, "references")),
        date=date,
        headers=header_items(message),
        content_type=message.get_content_type(),
        body=_join_texts(collected.texts),
        unseen_html="\n".join(collected.hidden),
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
