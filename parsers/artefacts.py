"""Marks that broken tooling leaves in a plain text, read as what they stand for: HTML
entities ("S&oslash;ren", "Nielsen &amp; Co"), quoted-printable left undecoded
("S=C3=B8ren", "Meyer=2DHansen"), escaped unicode ("S\\u00f8rensen") and stray markup
("Ras</b>mus"). Understanding reads the mended text; what is stored keeps the original.
Pure text rules; no I/O."""

from __future__ import annotations

import html
import re

ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,7}|#\d{2,5}|#[xX][0-9A-Fa-f]{2,4});")
QP_RUN = re.compile(r"(?:=[0-9A-F]{2})+")
QP_SINGLE = {"=20": " ", "=2D": "-", "=2E": ".", "=27": "'", "=2C": ","}
ESCAPED = re.compile(r"\\u([0-9A-Fa-f]{4})")
STRAY_TAG = re.compile(
    r"</?(?:b|i|u|s|strong|em|span|font|a|p|div|small|big|mark)(?:[ \t][^<>\n]{0,80})?/?>",
    re.IGNORECASE,
)
LINE_TAG = re.compile(r"<br[ \t]*/?>", re.IGNORECASE)


def without_tooling_artefacts(text: str) -> str:
    """`text` with entities, undecoded quoted-printable, escaped unicode and stray tags
    read as the characters they stand for."""
    if not isinstance(text, str):
        return ""
    if "&" in text:
        text = ENTITY.sub(lambda m: html.unescape(m.group()), text)
    if "=" in text:
        text = QP_RUN.sub(decoded_run, text)
    if "\\u" in text:
        text = ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)
    if "<" in text:
        text = STRAY_TAG.sub("", LINE_TAG.sub("\n", text))
    return text


def decoded_run(match: re.Match[str]) -> str:
    """A run of "=XX" codes as the UTF-8 text it encodes ("=C3=B8" -> "ø"), or one of the
    common single signs ("=20", "=2D"); anything else as written."""
    run = match.group()
    if run in QP_SINGLE:
        return QP_SINGLE[run]
    data = bytes(int(code, 16) for code in run[1:].split("="))
    if len(data) < 2:
        return run
    try:
        decoded = data.decode("utf-8")
    except UnicodeDecodeError:
        return run
    return decoded if decoded.isprintable() else run
