"""Warnings a mail system writes above a mail, and disclaimers put before the greeting.

"EXTERNAL EMAIL: This email originated from outside of the organization ...",
"[EKSTERN] Denne e-mail kommer fra en afsender uden for organisationen ...", Mimecast's,
Proofpoint's and Microsoft's notices, and a confidentiality notice placed above "Hej":
none of them is what the writer wrote, and a disclaimer read where the text starts would
end the text before the request. The paragraphs at the top that are such notices are
left out of the text that is read. Pure text rules, no I/O.
"""

from __future__ import annotations

import re
from functools import cache

from parsers.lexicon import read_lexicon

__all__ = ["without_leading_banners"]

PROOFPOINT_BLOCK = re.compile(r"\A\s*\S*BannerStart\b.*?\S*BannerEnd\b[^\n]*\n?", re.DOTALL)
MAX_NOTICES = 4  # paragraphs of notices one mail carries at its top


@cache
def notice_opening() -> re.Pattern[str]:
    """The opening of a banner or a disclaimer (`quotes_banners.txt`,
    `quotes_disclaimers.txt`)."""
    entries = [*read_lexicon("quotes_banners"), *read_lexicon("quotes_disclaimers")]
    return re.compile("|".join(f"(?:{entry})" for entry in entries), re.IGNORECASE)


def without_leading_banners(lines: list[str]) -> list[str]:
    """`lines` without the notices above the writer's text: each paragraph at the top
    that opens as a banner or a disclaimer, while text follows it."""
    text = "\n".join(lines)
    block = PROOFPOINT_BLOCK.match(text)
    if block:
        lines = text[block.end() :].split("\n")
    start = 0
    for _ in range(MAX_NOTICES):
        while start < len(lines) and not lines[start].strip():
            start += 1
        if start >= len(lines) or not notice_opening().match(lines[start].strip()):
            break
        end = start
        while end < len(lines) and lines[end].strip():
            end += 1
        if not any(line.strip() for line in lines[end:]):
            break  # the notice is all there is: keep it
        start = end
    return lines[start:] if start else lines
