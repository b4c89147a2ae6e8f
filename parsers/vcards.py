"""Contact cards (vCard, RFC 6350) attached or pasted into a mail ("BEGIN:VCARD ...
FN:Mette Kjær Hansen ... TEL;TYPE=work:214 ... END:VCARD"), read as the two lines
a person would write: the card's name and its extension. A card's telephone field
holds an extension when it is a short internal number, or a full number with one
("+45 70 22 41 00;ext=214", "... x214"); a full number alone is no extension. A note
that gives it ("NOTE:Lokalnr. 150") and Apple's grouped fields ("item1.TEL:44") count too."""

from __future__ import annotations

import re

CARD = re.compile(r"^[ \t]*BEGIN:VCARD[ \t]*\r?\n(.*?)^[ \t]*END:VCARD[ \t]*$",
                  re.MULTILINE | re.DOTALL | re.IGNORECASE)
FOLDED = re.compile(r"\r?\n[ \t]")  # a long line continued on the next (RFC 6350 3.2)
FIELD = re.compile(  # also grouped as Apple writes it: "item1.TEL:44"
    r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z-]+)((?:;[^:\n]*)?):(.*)$", re.MULTILINE
)
NOTED_EXTENSION = re.compile(  # a note that gives it: "NOTE:Ext. 515", "Lokalnr. 150"
    r"(?i:\b(?:lokal(?:nr|nummer)?|lok|ext|extension|intern)\.?)[ \t]*[:.]?[ \t]*(\d{2,6})(?!\d)"
)
SHORT_NUMBER = re.compile(r"[ \t]*(\d{2,6})[ \t]*")
EXTENSION_IN_NUMBER = re.compile(r"(?i:;ext=|[ \t]*(?:x|ext\.?|lokal)[ \t]*)(\d{2,6})[ \t]*$")


def plain_vcards(text: str) -> str:
    """`text` with each contact card written as "Navn: ..." and "Lokalnummer: ..."
    lines (the name alone when the card gives no extension)."""
    if not isinstance(text, str) or "BEGIN:VCARD" not in text.upper():
        return text if isinstance(text, str) else ""
    return CARD.sub(lambda match: card_lines(match.group(1)), text)


def card_lines(card: str) -> str:
    """The name and extension lines of one card's fields."""
    fields = [(m.group(1).upper(), m.group(3).strip()) for m in FIELD.finditer(
        FOLDED.sub("", card)
    )]
    name = next((unescaped(value) for key, value in fields if key == "FN" and value), "")
    if not name:
        name = next((name_of_n(value) for key, value in fields if key == "N" and value), "")
    extensions = [ext for key, value in fields if key in ("TEL", "X-EXTENSION")
                  if (ext := extension_of(value))]
    extensions += [found.group(1) for key, value in fields if key == "NOTE"
                   if (found := NOTED_EXTENSION.search(unescaped(value)))]
    lines = [f"Navn: {name}"] if name else []
    lines += [f"Lokalnummer: {extensions[0]}"] if extensions else []
    return "\n".join(lines)


def extension_of(value: str) -> str | None:
    """The extension a telephone field gives: a short number, or one after "ext"."""
    value = value.removeprefix("tel:")
    if short := SHORT_NUMBER.fullmatch(value):
        return short.group(1)
    found = EXTENSION_IN_NUMBER.search(value)
    return found.group(1) if found else None


def name_of_n(value: str) -> str:
    """The name of a structured N field ("Hansen;Mette;Kjær;;": family; given; middle)."""
    family, given, middle, *_ = [*value.split(";"), "", "", ""]
    return " ".join(unescaped(part) for part in (given, middle, family) if part.strip())


def unescaped(value: str) -> str:
    """A vCard text value without its escapes ("\\," "\\;" "\\n")."""
    return re.sub(r"\\([,;\\])", r"\1", value).replace("\\n", " ").replace("\\N", " ").strip()
