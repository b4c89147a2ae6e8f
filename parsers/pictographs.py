"""Emoji and symbols read as a reader reads them: "🗑️ Jens Hansen 📞 214", "Mette Lund
➡️ Mette Lund Berg", "❌ Karsten ➡️ 231". A telephone before a number is the
number's label, and so is an arrow to a number; an arrow between two other things says
the one becomes the other; every other pictograph is decoration: a space, or a list
point where it opens a line. For understanding only; the stored text keeps them."""

from __future__ import annotations

import re

SYMBOLS = (  # emoji, dingbats, arrows and their joiners and skin tones
    "\u2190-\u21ff\u2300-\u23ff\u2460-\u24ff\u25a0-\u25ff\u2600-\u27bf\u2900-\u297f"
    "\u2b00-\u2bff\u3030\u303d\U0001f000-\U0001faff\ufe0f\u200d"
)
PHONE_BEFORE_NUMBER = re.compile(  # "📞 42", "☎️ 0217", "🔢 77", "📱 4410"
    "[\u260e\u2706\U0001f4de\U0001f4f1\U0001f4f2\U0001f522\U0001f4df][\ufe0f]?[ \t]*"
    r"(?=\d{2,6}(?!\d|[ \t]?\d{2}\b))"  # (not a phone number: "📞 70 20 30 40")
)
ARROW = re.compile(  # "➡️", "→", "⇒", "⟶" between two things
    "[ \t]*[\u2192\u21d2\u27a1\u27f6\u279c\u2794\u2b95][\ufe0f]?[ \t]*"
)
ARROW_TO_NUMBER = re.compile(ARROW.pattern + r"(?=\d{2,6}(?!\d|[ \t]?\d{2}\b))")
LINE_OPENING = re.compile(f"^([ \t]*)[{SYMBOLS}]+[ \t]*", re.MULTILINE)
ANY = re.compile(f"[ \t]*[{SYMBOLS}]+")
ANY_SYMBOL = re.compile(f"[{SYMBOLS}]")


def plain_pictographs(text: str) -> str:
    """`text` with its pictographs read as words or left out."""
    if not isinstance(text, str):
        return ""
    if not ANY_SYMBOL.search(text):
        return text
    text = PHONE_BEFORE_NUMBER.sub("lok ", text)
    text = ARROW_TO_NUMBER.sub(" lok ", text)  # "Karsten Bøgh Nielsen ➡️ 231"
    text = ARROW.sub(" -> ", text)
    text = LINE_OPENING.sub(r"\1- ", text)
    return ANY.sub(" ", text)
