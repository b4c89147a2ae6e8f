"""A person's details written apart from the name: on one line between other details
("Rune Bjerre — Kok — lokal 202", "Jens Holm | Salg | lok. 214 | mobil 2012 3456",
"Olivia Brandt-Møller, Production Planner, Sønderborg, ext. 812") or on
the lines of a pasted signature block ("Anne-Marie la Cour" / "Bogholder" / "Lokal 31").

The name and its extension are written together ("Rune Bjerre, lokal 202 (kok)"), so the
usual pairing rules read them; a title, a department or a phone number between them no
longer keeps them apart. Only a block that the text introduces ("Signaturerne
herunder:", "His signature:", "2)") is read so: the writer's own signature below the
text stays as it is. Pure text rules, no I/O."""

from __future__ import annotations

import re
from functools import cache

from parsers.extensions import EXTENSION
from parsers.lexicon import read_lexicon
from parsers.names import PARTICLE_WORDS as PARTICLES
from parsers.names import find_names, is_common_word, is_given_name

__all__ = ["with_details_joined"]

SEGMENT_BREAK = re.compile(r"[ \t]+[|—–·•-][ \t]+|[ \t]*\|[ \t]*|[ \t]*,[ \t]+|[ \t]*[()][ \t]*")
MARK = r"[ \t]*(?:\d{1,2}[.)]|[-•*·▪])"  # "2)", "1.", "-", "•"
LIST_MARK = re.compile(rf"^{MARK}[ \t]+")  # opening a line's item
LIST_MARK_LINE = re.compile(rf"{MARK}[ \t]*")  # a line of its own ("2)" above a block)
BARE_NUMBER = re.compile(r"\d{2,6}")
ANY_NUMBER = re.compile(r"\d{2,}")
NOT_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff]")
LONE_NUMBER = re.compile(r"(?<!\d )(?<!\d)\d{2,6}(?! ?\d)")  # not a phone's "4051 6677"
JOINING_WORD = re.compile(r"[ \t]*[+&]|[ \t]*(?i:og|and|samt|eller|or)\b")
NAME_WORD = r"(?:[\"“„][^\"”“\n]{1,20}[\"”“]|[^\W\d_][\w'’.-]*)"  # ('Thomas "Tommy" Hviid')
NAME_ONLY = re.compile(  # "Anne-Marie la Cour", "kasper juul", "Nguyen Van Minh"
    rf"[ \t]*(?:[^\W\d_][\w'’-]*(?:[ \t]+{NAME_WORD}){{1,4}})[ \t]*"
)
BLOCK_LINES = 6  # a name, a title, a department, an extension and phone numbers
DETAIL_WORDS_MAX = 5  # a title, a department or a place: a few words
NUMBER_WORDS_MAX = 4  # "Direkte 3250 1201", "lokal 201", "intern 4410"
NAME_WORDS_MAX = 5  # "Søren Ib Mølgaard Kristensen", "Anne-Marie van der Berg"


@cache
def signoff() -> re.Pattern[str]:
    """A sign-off standing alone on its line (`quotes_signoffs.txt`)."""
    entries = read_lexicon("quotes_signoffs")
    return re.compile(rf"[ \t]*(?:{'|'.join(entries)})[ \t]*[,.!]?[ \t]*", re.IGNORECASE)


def cued_extension(text: str) -> str | None:
    """The one extension a piece of text gives with its cue ("lokal 202"), if one."""
    found = {m.group(1) for m in EXTENSION.finditer(text) if m.group(1)}
    return found.pop() if len(found) == 1 else None


def with_details_joined(text: str) -> str:
    """`text` with each name written together with the extension its details give; the
    rows of a table (lines of cells one above the other) are the table rules' to read."""
    if not isinstance(text, str):
        return ""
    lines = text.split("\n")
    lines = [line if in_table(lines, index) else joined_segments(line)
             for index, line in enumerate(lines)]
    return "\n".join(joined_blocks(lines))


def in_table(lines: list[str], index: int) -> bool:
    """Whether a line with cells has a line of cells right above or below it."""
    if "|" not in lines[index] and "\t" not in lines[index]:
        return False
    return any(
        0 <= other < len(lines) and ("|" in lines[other] or "\t" in lines[other])
        for other in (index - 1, index + 1)
    )


def joined_segments(line: str) -> str:
    """One line of details: "Name — title — lokal 202", "Name, Title, Place, ext. 812",
    "Name (bogholder, Aarhus) 215" or a list item ending in its bare number ("- Karsten
    Brink Poulsen – Smed – 4012") as "Name, lokal 202 (title)": the number right after
    the name, the details after it in brackets and lower case, where no name is read
    ("Production Planner" is none)."""
    mark = LIST_MARK.match(line)
    body = line[mark.end() :] if mark else line
    segments = [s for s in SEGMENT_BREAK.split(body.strip()) if s.strip()]
    if len(segments) < 3 or not is_name_segment(segments[0]) or NOT_LATIN.search(segments[0]):
        return line  # (a name in another script stands beside its own spelling in Latin)
    if is_given_name(segments[1].split()[0].lower()):  # "Ben Ali, Youssef – 4412": a
        return line  # surname and its given name, turned round
    numbered = [s for s in segments[1:] if cued_extension(s)]
    number = cued_extension(numbered[0]) if len(numbered) == 1 else None
    if not numbered and BARE_NUMBER.fullmatch(segments[-1].strip()):
        numbered, number = [segments[-1]], segments[-1].strip()
    if number is None or len(number) < 2 or len(ANY_NUMBER.findall(numbered[0])) > 1 or len(
        numbered[0].split()
    ) > NUMBER_WORDS_MAX:  # ("lokal 1403 eller 1404", "på lokal 32 fortsætter firmaet og
        return line  # skal ikke røres": no detail but a sentence of its own)
    others = [s for s in segments[1:] if s is not numbered[0]]
    if any(
        len(s.split()) > DETAIL_WORDS_MAX  # a sentence set off by dashes: prose
        or LONE_NUMBER.search(s)  # another number: a list of people ("Kim Ebbesen (220) +")
        or JOINING_WORD.match(s)  # "og Hanne Friis"
        or any(  # another person, or the name in another script ("(Giorgos Papadopoulos)")
            m.name and is_given_name(m.name.split()[0].lower()) for m in find_names(s, "")
        )
        for s in others
    ):
        return line
    rest = ", ".join(s.strip() for s in others).lower()
    return f"{mark.group() if mark else ''}{segments[0].strip()}, lokal {number} ({rest})"


def is_name_segment(segment: str) -> bool:
    """Whether a line's first segment is a name alone: two to five words, each written
    as a name is (capitalised, or all in lower case), none a common word."""
    words = segment.split()
    if not 2 <= len(words) <= NAME_WORDS_MAX or not NAME_ONLY.fullmatch(segment):
        return False
    lower = all(word.islower() for word in words)
    if not lower and not any(
        mention.name and len(mention.name) >= len(segment.strip()) - 1
        for mention in find_names(segment, "")
    ):  # a person's name, not a firm's ("Frederiksberg Ejendomsadministration")
        return False
    if EXTENSION.search(segment):
        return False
    return all(
        word in PARTICLES
        or ((lower or word[:1].isupper() or word[:1] in "\"“„") and not is_common_word(word))
        for word in words
    )


def joined_blocks(lines: list[str]) -> list[str]:
    """The lines with each introduced block of a name and its details written as one
    line ("Anne-Marie la Cour, lokal 31")."""
    index = 0
    while index < len(lines):
        if lines[index].strip() and introduced(lines, index):
            end = index
            while end < len(lines) and lines[end].strip() and end - index < BLOCK_LINES + 2:
                end += 1
            rewrite_block(lines, index, end)
            index = end
        index += 1
    return lines


def introduced(lines: list[str], index: int) -> bool:
    """Whether a block starts here that the text introduces: after a blank line below a
    line ending in a colon, or with a list mark of its own ("2)")."""
    if index > 0 and lines[index - 1].strip():
        return False
    if LIST_MARK_LINE.fullmatch(lines[index]):
        return True
    before = next((line for line in reversed(lines[:max(0, index - 1)]) if line.strip()), "")
    return before.rstrip().endswith(":")


def rewrite_block(lines: list[str], start: int, end: int) -> None:
    """Write a block's name line as "Name, lokal N" when the block names one person and
    gives one extension; a sign-off above the name is the pasted signature's and goes."""
    at = start
    while at < end and (LIST_MARK_LINE.fullmatch(lines[at]) or signoff().fullmatch(lines[at])):
        at += 1
    if at >= end or not is_name_segment(lines[at].strip()) or cued_extension(lines[at]):
        return
    if any(find_names(line, "") for line in lines[at + 1 : end]):
        return  # another person's line ("Sarah Mitchell (ext 215)" under "David Thompson")
    for other in range(start, at):  # the pasted signature's own "Med venlig hilsen" ends
        if signoff().fullmatch(lines[other]):  # no text of the writer's
            lines[other] = ""
    number = cued_extension("\n".join(lines[at + 1 : end]))
    if number is not None:  # (its title and phone lines said: no name or number of theirs
        lines[at] = f"{lines[at].strip()}, lokal {number}"  # is read again)
        for other in range(at + 1, end):
            lines[other] = ""
