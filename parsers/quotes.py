"""Split a body into the sender's new text, signature and quoted history.

Requests are read from the new text, so the split errs towards keeping text
as new: history starts only at a recognised marker (attribution line, quoted
header block, separator, "> " lines), and a sign-off only opens the signature
when what follows it is short and not the request itself.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

from parsers.banners import without_leading_banners
from parsers.model import TextParts
from parsers.tables import employee_lines

__all__ = ["split_text"]

_ATTRIBUTION_SPAN = 3  # an attribution may be wrapped over this many lines
_HEADER_WINDOW = 6  # lines in which a quoted header block must show its fields
_SIGNATURE_MAX_LINES = 12  # non-blank lines a signature block may hold
_WEAK_SIGNOFF_MAX_LINES = 4  # after "Thanks"/"Tak", which also open sentences
_WEAK_SIGNOFFS = re.compile(r"^(tak|mange tak|thanks|thank you|many thanks|best|cheers)\b", re.I)
GREETING = re.compile(
    r"^(hej|hejsa|hi|hello|dear|kære|goddag|god dag|godmorgen|hey|hallo|halløj|morn|moin"
    r"|ciao|buongiorno|gentile|hola|buenos días|estimado|estimada|bonjour|salut|cher|chère"
    r"|hoi|beste|goedemorgen|goedemiddag|dzień dobry|cześć|witam|guten tag|liebe|lieber)\b",
    re.I,
)
_OPENERS = r"(on|den|am|le|el|op|il|em|dnia|w dniu|på|d\.|the)\s"
_QUOTE = re.compile(r"^\s?>")
_RULE_LINE = re.compile(r"^\s*[_\-=*]{8,}\s*$")
_DELIMITER = re.compile(r"^-- ?$")
_SEPARATOR_TRIM = " \t-_*=:<>[]"
# (a short name, or the sign-off again in a second language: "Kind regards / Venlig hilsen")
_NAME_TAIL = r"([,.!:;/|\s-]+[\w.'\u00c0-\u024f-]+(\s+[\w.'\u00c0-\u024f-]+){0,3})?[\s,.!]*$"


@cache
def _lexicon(name: str) -> tuple[str, ...]:
    """Non-comment lines of a lexicon file, loaded once."""
    text = files("parsers").joinpath("lexicons", name).read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


def attribution_verbs() -> str:
    """The verbs of reply attributions in every language ("skrev", "a écrit", "ha
    scritto"), as one regex alternation: one list for every reader of quoted mail."""
    return "|".join(f"(?:{entry})" for entry in _lexicon("quotes_attribution.txt"))


@cache
def _pattern(name: str, template: str = "{}") -> re.Pattern[str]:
    """The lexicon's entries as one case-insensitive alternation, put into `template`."""
    alternation = "|".join(f"(?:{entry})" for entry in _lexicon(name))
    return re.compile(template.replace("{}", f"(?:{alternation})"), re.I)


@cache
def _label_patterns() -> dict[str, re.Pattern[str]]:
    """Per role (from, date, to, subject): a pattern for a header field line."""
    roles: dict[str, re.Pattern[str]] = {}
    for entry in _lexicon("quotes_header_labels.txt"):
        role, _, labels = entry.partition(":")
        roles[role.strip()] = re.compile(rf"^\s*\**\s*(?:{labels.strip()})\s*\**\s*:", re.I)
    return roles


# --- history --------------------------------------------------------------


def _is_separator(line: str) -> bool:
    """A line like "-----Original Message-----" or "Begin forwarded message:"."""
    core = line.strip(_SEPARATOR_TRIM)
    return bool(core) and bool(_pattern("quotes_separators.txt", "^{}$").match(core))


_STAMP = re.compile(r"\b20\d\d\b.*\b\d{1,2}[.:]\d{2}\b")  # "16. jan. 2026 kl. 09.30 CET"


def _is_comment_rule(lines: list[str], index: int) -> bool:
    """A helpdesk's rule line above an earlier comment's author and time ("-----" over
    "Mogens Friis (Friis Ejendomme A/S)" over "16. jan. 2026 kl. 09.30 CET"): what
    follows is the ticket's history."""
    if not _RULE_LINE.match(lines[index]):
        return False
    following = [line.strip() for line in lines[index + 1 : index + 5] if line.strip()]
    return (
        len(following) >= 2 and len(following[0]) < 80 and not _STAMP.search(following[0])
        and len(following[1]) < 60 and _STAMP.search(following[1]) is not None
    )


def _label_role(line: str) -> str | None:
    """The role of a header field line ("Fra: ..." -> "from"), or None."""
    for role, pattern in _label_patterns().items():
        if pattern.match(line):
            return role
    return None


def _is_header_block(lines: list[str], index: int) -> bool:
    """A quoted header block starts here: From plus a date or subject field."""
    if _label_role(lines[index]) not in ("from", "date"):
        return False
    window = [line for line in lines[index : index + _HEADER_WINDOW + 2] if line.strip()]
    roles = {_label_role(line) for line in window[:_HEADER_WINDOW]}
    return "from" in roles and bool(roles & {"date", "subject"})


def _attribution_length(lines: list[str], index: int) -> int:
    """Lines taken by an attribution ("On ... wrote:") starting here, or 0."""
    if not lines[index].strip() or _QUOTE.match(lines[index]):
        return 0
    verbs = _pattern("quotes_attribution.txt", r"\b{}\b")
    framed = _FRAMED.fullmatch(lines[index].strip())  # "---- On ... Pia <pia@x.dk> wrote ----"
    if framed and len(framed.group(1)) < 400 and verbs.search(framed.group(1)):
        return 1 if _is_strong_attribution(framed.group(1)) else 0
    for length in range(1, _ATTRIBUTION_SPAN + 1):
        chunk = lines[index : index + length]
        if len(chunk) < length or (length > 1 and not chunk[-1].strip()):
            return 0
        joined = " ".join(line.strip() for line in chunk)
        tail = _last_sentence(joined)
        if len(joined) < 400 and joined.endswith(":") and verbs.search(tail):
            wrapped_ok = length == 1 or _opens_attribution(chunk[0], joined)
            return length if wrapped_ok and _is_strong_attribution(tail) else 0
    return 0


_FRAMED = re.compile(r"[-=_*]{2,}[ \t]*(.+?)[ \t]*:?[ \t]*[-=_*]{2,}")  # a web mailer's framed
# attribution, with no colon at its end ("---- Den 09-10-2025 kl. 15:32 skrev Pia ----")


def _opens_attribution(first: str, joined: str) -> bool:
    """A wrapped attribution's first line: an opener word, or a date not ending a sentence."""
    if re.match(_OPENERS, joined, re.I):
        return True
    stripped = first.strip()
    return re.search(r"\d", stripped) is not None and stripped[-1:] not in ".?!"


_SENTENCE_BREAK = re.compile(r"[.!?][ \t]+(?=[A-ZÆØÅ][a-zæøå]+[ \t]+[a-zæøå])")


def _last_sentence(joined: str) -> str:
    """The last sentence of a line ending in a colon: a reseller's own "Kunden skrev
    listen uden æøå, så jeg har kopieret navnene som de står:" after a sentence that
    names a customer number is prose, not an attribution ("On ... wrote:")."""
    breaks = list(_SENTENCE_BREAK.finditer(joined))
    return joined[breaks[-1].end():] if breaks else joined


def _is_strong_attribution(joined: str) -> bool:
    """An attribution names a date or an address, or opens like "On"/"Den"."""
    opened = re.match(_OPENERS, joined, re.I) is not None
    return opened or "@" in joined or re.search(r"\d", joined) is not None


def _is_weak_attribution(line: str) -> bool:
    """A short "X wrote:" line; history only when "> " lines follow it."""
    stripped = line.strip()
    verbs = _pattern("quotes_attribution.txt", r"\b{}\s*:$")
    return len(stripped) < 120 and verbs.search(stripped) is not None


def _is_followed_by_quote(lines: list[str], index: int) -> bool:
    """The next non-blank line from `index` on is "> " quoted."""
    for line in lines[index:]:
        if line.strip():
            return bool(_QUOTE.match(line))
    return False


def _separate_history(lines: list[str]) -> tuple[list[str], list[str]]:
    """Own lines and quoted lines; text between quoted blocks stays own."""
    own: list[str] = []
    quoted: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if _QUOTE.match(line):
            quoted.append(line)
            index += 1
            continue
        length = _attribution_length(lines, index)
        if not length and _is_weak_attribution(line) and _is_followed_by_quote(lines, index + 1):
            length = 1
        if length and _is_followed_by_quote(lines, index + length):
            quoted.extend(lines[index : index + length])
            index += length
            continue
        if (length or _is_separator(line) or _is_header_block(lines, index)
                or _is_comment_rule(lines, index)):
            while own and _RULE_LINE.match(own[-1]):
                quoted.insert(0, own.pop())
            quoted.extend(lines[index:])
            break
        own.append(line)
        index += 1
    return own, quoted


def _inline_count(lines: list[str], own: list[str]) -> int:
    """How many of the own lines stand below the first "> " quoted line: answers written
    inside the quoted mail ("> - Peter Holm Sørensen: lokalnummer" / "Han har lok 4417"),
    which the sign-off above the quote does not make a signature."""
    first_quote = next((i for i, line in enumerate(lines) if _QUOTE.match(line)), None)
    if first_quote is None:
        return 0
    below = [line for line in lines[first_quote:] if not _QUOTE.match(line)]
    count = 0  # own lines are the unquoted ones in order; those below the quote end it
    for line in reversed(own):
        if not below or below[-1] != line:
            break
        below.pop()
        count += 1
    return count if any(line.strip() for line in own[len(own) - count :]) else 0


# --- signature -----------------------------------------------------------


def _first_match(lines: list[str], pattern: re.Pattern[str], max_length: int) -> int | None:
    """Index of the first line shorter than `max_length` that matches."""
    for index, line in enumerate(lines):
        if len(line) < max_length and pattern.match(line.strip()):
            return index
    return None


def _signoff_start(lines: list[str]) -> int | None:
    """Index of the last sign-off line that closes the text, or None."""
    signoff = _pattern("quotes_signoffs.txt", "^{}" + _NAME_TAIL)
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index].strip()
        if len(line) < 60 and signoff.match(line) and _closes_text(lines, index):
            return _behalf_block_start(lines, index)
    return None


_BEHALF_LINE = re.compile(r"^(?:på vegne af|on behalf of|p\.?[ ]?p\.?|p\.?v\.?a\.?)[:\s]*$", re.I)
_BEHALF_REACH = 5  # lines of a name and a title between "På vegne af" and the sign-off


def _behalf_block_start(lines: list[str], index: int) -> int:
    """The sign-off's index, or that of a "På vegne af" line just above it with the
    name and title it signs for ("På vegne af / Henrik Munk / Direktør" above "Venlig
    hilsen / Pia Lauridsen, Direktionsassistent"): an assistant's signature block."""
    seen = 0
    for above in range(index - 1, -1, -1):
        line = lines[above].strip()
        if not line:
            continue
        if _BEHALF_LINE.match(line):
            return above
        seen += 1
        if seen > _BEHALF_REACH or len(line) >= 60:
            break
    return index


def _closes_text(lines: list[str], index: int) -> bool:
    """A sign-off closes the text when text stands before it and little after it."""
    before = [line for line in lines[:index] if line.strip()]
    if not before or all(GREETING.match(line.strip()) for line in before):
        return False
    after = [line for line in lines[index + 1 :] if line.strip()]
    weak = _WEAK_SIGNOFFS.match(lines[index].strip()) is not None
    limit = _WEAK_SIGNOFF_MAX_LINES if weak else _SIGNATURE_MAX_LINES
    return len(after) <= limit and all(len(line) <= 100 for line in after)


# What may open a disclaimer's line before its words: a rule, a language label ("--- DA:
# Denne meddelelse kan indeholde ...", "[EN] This message may contain ...", "English: ...").
DISCLAIMER_LEAD = (
    r"^(?:[-–—=*_~]{1,5}\s*)?(?:\[?(?:da|dk|en|uk|gb|de|sv|se|no|nb)\]?\s*[:|/–-]\s*"
    r"|\[(?:da|dk|en|uk|gb|de|sv|se|no|nb)\]\s*"
    r"|(?:dansk|english|deutsch|svenska|norsk)\s*[:|/–-]\s*)?"
)


def _signature_start(lines: list[str]) -> int | None:
    """Where the signature begins: delimiter, device line, disclaimer or sign-off.

    A sign-off is looked for above the other markers only, so a long disclaimer
    under the name does not make the signature look too long to be one.
    """
    starts = [
        next((i for i, line in enumerate(lines) if _DELIMITER.match(line)), None),
        _first_match(lines, _pattern("quotes_mobile.txt", "^{}"), 80),
        _first_match(lines, _pattern("quotes_disclaimers.txt", DISCLAIMER_LEAD + "{}"), 100_000),
    ]
    found = [start for start in starts if start is not None]
    end = min(found) if found else len(lines)
    signoff = _signoff_start(lines[:end])
    return signoff if signoff is not None else (end if found else None)


POSTSCRIPT = re.compile(r"^[ \t]*(?:p\.?[ \t]?s\.?|obs|nb|n\.b\.)(?=[ \t]*[:.!–—-]|[ \t])", re.I)


def postscript_lines(lines: list[str]) -> list[int]:
    """Indexes of the lines of a postscript under the signature ("PS:", "OBS –", "NB:"),
    its paragraph up to the next blank line."""
    kept: list[int] = []
    inside = False
    for index, line in enumerate(lines):
        inside = bool(line.strip()) and (inside or POSTSCRIPT.match(line) is not None)
        if inside:
            kept.append(index)
    return kept


def _separate_signature(lines: list[str]) -> tuple[list[str], list[str]]:
    """Own lines split into new text and signature."""
    start = _signature_start(lines)
    if start is None:
        return lines, []
    tail = lines[start:]  # a ticket system's fields or table under the agent's signature
    kept = set(employee_lines(tail))  # name the employees, and a postscript ("OBS –
    kept |= set(postscript_lines(tail))  # tilføjet efter telefonsamtale ...") adds to the
    if not kept:  # request: they are the request's text
        return lines[:start], tail
    moved = ["", *(line for i, line in enumerate(tail) if i in kept)]
    return lines[:start] + moved, [line for i, line in enumerate(tail) if i not in kept]


def _split_at_name(lines: list[str], sender_name: str) -> tuple[list[str], list[str]]:
    """Own lines split at a line that is the sender's name alone, below some text."""
    name = " ".join(sender_name.split()).casefold()
    if len(name.split()) < 2:
        return lines, []
    for index, line in enumerate(lines):
        if index and " ".join(line.split()).casefold() == name and any(
            part.strip() for part in lines[:index]
        ):
            return lines[:index], lines[index:]
    return lines, []


# --- the split -------------------------------------------------------------


def _join(lines: list[str]) -> str:
    """Lines as text without leading or trailing blank lines."""
    return "\n".join(lines).strip("\n")


def split_text(body: str, sender_name: str = "") -> TextParts:
    """New text, signature and quoted history of a body; never raises. The sender's
    name tells where a signature with no sign-off starts above answers written inside
    the quoted mail."""
    try:
        lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        lines = without_leading_banners(lines)  # "EXTERNAL EMAIL: ..." above "Hej"
        own, quoted = _separate_history(lines)
        above = len(own) - _inline_count(lines, own)
        new, signature = _separate_signature(own[:above])
        if above < len(own) and not signature:  # "Svar i teksten nedenfor." / "Palle Dahl"
            new, signature = _split_at_name(new, sender_name)
        if above < len(own):  # answers written between or below the quoted lines are new
            inline, inline_signature = _separate_signature(own[above:])  # text; a bottom
            new, signature = new + inline, signature + inline_signature  # post signs below
        return TextParts(new=_join(new), signature=_join(signature), quoted=_join(quoted))
    except Exception:  # noqa: BLE001 - a body we cannot split is all new text
        return TextParts(new=body, signature="", quoted="")
