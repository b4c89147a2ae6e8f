"""Markdown read as the text it renders to: mail drafted in Notion, Slack, Teams,
GitHub or by a chat assistant arrives as "**Navn:** Jens Hansen", "lokal `214`",
"## Anmodning" and "- [ ] slet lokal 214". The marks are no part of a name or a number,
so the understanding stages read the text without them; what is stored keeps them.
Struck-through text ("~~Jonas Brix – lokal 5507~~ (allerede slettet)") is crossed out
by its writer and is read as blank.
"""

from __future__ import annotations

import re

STRUCK = re.compile(r"~~(?=\S)[^~\n]+?(?<=\S)~~")
STRONG = re.compile(r"(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1")
EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
CODE = re.compile(r"`([^`\n]+)`")
HEADING = re.compile(r"^([ \t>]*)#{1,6}[ \t]+", re.MULTILINE)
CHECKBOX = re.compile(r"^([ \t>]*[-*+][ \t]+)\[[ xX]\][ \t]+", re.MULTILINE)
ESCAPED_PIPE = "\\|"  # a table cell's own "|": "7781 \| +45 20 11 34 56" is one cell
MARKS = ("~~", "**", "__", "*", "`", "#", "[", ESCAPED_PIPE)


def plain_markdown(text: str) -> str:
    """`text` without Markdown's marks, struck-through text blanked; any other text
    comes back unchanged."""
    if not isinstance(text, str) or not any(mark in text for mark in MARKS):
        return text
    text = STRUCK.sub(lambda m: " " * len(m.group()), text)
    text = STRONG.sub(r"\2", text)
    text = EMPHASIS.sub(r"\1", text)
    text = CODE.sub(r"\1", text)
    text = HEADING.sub(r"\1", text)
    text = text.replace(ESCAPED_PIPE, " / ")
    return CHECKBOX.sub(r"\1", text)
