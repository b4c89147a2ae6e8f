"""Charsets and header words: bytes in any declared charset in, text out, leniently.

Real mail declares wrong charsets, breaks base64 and folds encoded line breaks
into headers; these helpers decode what they can and never raise.
"""

from __future__ import annotations

import binascii
import codecs
import quopri
import re
import unicodedata

__all__ = [
    "FALLBACK_CHARSETS",
    "ENCODED_WORD",
    "clean_header",
    "decode_base64",
    "decode_bytes",
    "decode_header_value",
    "lookup_charset",
    "raw_header_text",
    "repair_mojibake",
]

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
ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([QqBb])\?([^?]*)\?=")
_BETWEEN_WORDS = re.compile(r"\?=\s+=\?")
_CONTROL = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]+")
_SURROGATE = re.compile("[\udc80-\udcff]")
_BASE64_JUNK = re.compile(rb"[^A-Za-z0-9+/=]")
_BASE64_SPACE = re.compile(rb"\s+")
_BASE64_PADDING = re.compile(rb"=+")


def decode_bytes(data: bytes, charset: str | None) -> tuple[str, bool]:
    """Text of `data` in the declared charset, else utf-8, else windows-1252,
    with UTF-8 read as a single-byte charset repaired (`repair_mojibake`).

    The flag is True when the declared charset could not be used as is.
    """
    declared = lookup_charset(charset)
    for name in (declared, *FALLBACK_CHARSETS):
        if name is None:
            continue
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        repaired = repair_mojibake(text)
        return repaired, name != declared or repaired != text
    return data.decode("latin-1", "replace"), True  # pragma: no cover - latin-1 decodes all


# A UTF-8 lead byte read as Latin-1/cp1252 ("Ã", "Â", "â", "ð") followed by as many
# continuation bytes as it announces, read the same way ("¸", "¥", "€", "™", a C1 control).
_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122"
)
MOJIBAKE = re.compile(
    f"[\u00c2-\u00df][{_CONTINUATION}]|[\u00e0-\u00ef][{_CONTINUATION}]{{2}}"
    f"|[\u00f0-\u00f4][{_CONTINUATION}]{{3}}"
)


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 that was decoded as Latin-1 or cp1252 ("JÃ¸rgen" -> "Jørgen",
    "â€“" -> "–"): mail clients that declare the wrong charset, and forwards of such
    mail, mangle every Danish letter. A run is replaced only when its bytes are
    valid UTF-8 for a European letter, a punctuation mark or an emoji, so Danish
    text that merely has "Ø" before a quote mark stays as written."""
    if not MOJIBAKE.search(text):
        return text
    return MOJIBAKE.sub(_repaired_run, text)


def _repaired_run(match: re.Match[str]) -> str:
    run = match.group()
    try:
        data = bytes(_single_byte(char) for char in run)
        repaired = data.decode("utf-8")
    except (UnicodeError, ValueError):
        return run
    point = ord(repaired)
    plausible = (0xA0 <= point <= 0x17F or 0x218 <= point <= 0x21B  # Latin letters, "ș", "ț"
                 or 0x2000 <= point <= 0x20CF or point >= 0x1F000)  # punctuation, emoji
    return repaired if len(repaired) == 1 and plausible else run


def _single_byte(char: str) -> int:
    """The byte a Latin-1 or cp1252 decoder read as `char`."""
    try:
        return char.encode("cp1252")[0]
    except UnicodeEncodeError:
        return char.encode("latin-1")[0]


def lookup_charset(charset: str | None) -> str | None:
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


def decode_base64(data: bytes) -> tuple[bytes, bool]:
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


# --- header text and RFC 2047 words ---------------------------------------


def clean_header(value: str) -> str:
    """One line of text: control characters and line breaks become spaces; letters
    written as a base and a combining mark ("e" + U+0301) composed into one (NFC)."""
    return unicodedata.normalize("NFC", _CONTROL.sub(" ", value)).strip()


def decode_header_value(value: str) -> str:
    """Decode raw (possibly 8-bit) header text and its RFC 2047 words, one line."""
    text = raw_header_text(value)
    if "=?" in text:
        text = _decode_encoded_words(text)
    return clean_header(repair_mojibake(text))


def raw_header_text(value: str) -> str:
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
    for match in ENCODED_WORD.finditer(text):
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
        return decode_base64(data)[0]
    return quopri.decodestring(data.replace(b"_", b" "), header=False)
