"""A chat pasted into a mail, read without its speakers.

Resellers copy the thread from their Teams or Slack into the mail ("[08:41] Sara
Kjeldsen" above her message, "Rune Dal 10.03", "@Hanne Vestergaard ok"): the colleagues
talking about the request are no employees it is about, and their lines are no text of
it. (A chat log with the speaker on the message's own line, "[08:44] Kunde: ...", is
read by `subjects.CHAT_PREFIX`.)
"""

from __future__ import annotations

import re

from parsers.names import NAME_WORD

CHAT_TIME = r"\[?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]?(?:AM|PM|am|pm))?\]?"
CHAT_AUTHOR_LINE = re.compile(  # a pasted chat's speaker and time on a line of their own:
    # "[08:41] Sara Kjeldsen", "Hanne Vestergaard 10.02", "Ulrika Berg  10:44 AM"
    rf"^[ \t]*(?:{CHAT_TIME}[ \t]+{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}}"
    rf"|{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}}[ \t,–—-]+{CHAT_TIME})[ \t]*$",
    re.MULTILINE,
)
CHAT_MENTION = re.compile(rf"@{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}}")  # "@Sara Kjeldsen"


def without_chat_speakers(text: str) -> str:
    """`text` without a pasted chat's speaker lines and @-mentions: the colleagues talking
    about the request, not the employees it is about."""
    if "@" not in text and not CHAT_AUTHOR_LINE.search(text):
        return text
    return CHAT_MENTION.sub("", CHAT_AUTHOR_LINE.sub("", text))
