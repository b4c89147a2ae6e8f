"""Answers written under the questions they answer, read as what they answer.

Resellers and their customers answer the provider's or each other's questions
between the lines: "> Extension?" then "330", "Lokalnummer?" then "- 45",
"- Extension? -> 7020", "> Extension?" then "[KH] It is 8812.". A bare number
under a question for the extension is that extension, though nothing beside
it says so; written out as "medarbejderens lokal 330" it is read as the extension of
the employee the answers name. So are the other ways a reply answers: ">>" answers
under the quoted lines (`inline_answers`), a reply that is only a number under
"> lokalnummer?", and "2. 214" under a numbered question for the extension
(`as_extension_answer`).
"""

from __future__ import annotations

import re

from parsers.extensions import CUE
from parsers.names import find_names

QUESTION = re.compile(  # a line that asks for an extension: "> Do you know his extension?",
    # "Lokalnummer?", "- Extension? -> 7020", ">> Hvilket lokalnummer har hun?"
    # (a question with no number of its own: not "Kan I slette Yusuf Demir (lok. 3310)?")
    r"^(?P<ask>[ \t>]*(?:[-•*·][ \t]*)?[^\n?\d]{0,60}?"
    r"(?i:\b(?:lokalnummer(?:et)?|lokalnr\.?|lokal|lok\.?|extension|ext\.?|internnummer"
    r"|lokalnumre)\b)[^\n?\d]{0,40}\?)(?P<rest>[^\n]*)$",
    re.MULTILINE,
)
NUMBER = re.compile(  # a number on its own in an answer: "330", "Yes, 4410.", "It is 8812."
    r"(?<![\w.,+/-])(\d{2,6})(?![\w/]|[.,:-]\d)"
)
PHONE = re.compile(r"\+?\d(?:[ \t-]?\d){7,}")  # "+353 87 123 4567", "40 11 22 33"


def answer_number(answer: str) -> re.Match[str] | None:
    """The first number of an answer that is no group of a phone number ("his mobile is
    +353 87 123 4567" answers nothing)."""
    phones = [m.span() for m in PHONE.finditer(answer)]
    return next((m for m in NUMBER.finditer(answer)
                 if not any(a <= m.start() < b for a, b in phones)), None)
CUE_BEFORE = re.compile(rf"(?i:\b(?:{CUE}))[ \t]*[:.]?[ \t]*$")  # "Ext. 305" says so itself
SAME_LINE_ANSWER = re.compile(r"[ \t]*(?:(?:->|=>|→|:|–|-)[ \t]*\S|\d{2,6}[ \t.]*$)")
ANSWER_LINES = 3  # how far below its question an answer may stand ("Not sure ..." / "It is")


def with_extension_answers(text: str) -> str:
    """`text` with each bare number that answers a question for an extension written
    as one ("> Extension?" / "330" -> "medarbejderens lokal 330"); the rest unchanged."""
    if "?" not in text:
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        question = QUESTION.match(line)
        if question is None:
            continue
        rest = question.group("rest")
        if rest.strip():  # "- Extension? -> 7020", "Lokalnummer? 305", not "Ext.? Ask Bo"
            if SAME_LINE_ANSWER.match(rest):
                lines[index] = question.group("ask") + as_extension(rest)
            continue
        for below in range(index + 1, min(len(lines), index + 1 + ANSWER_LINES)):
            answer = lines[below]
            if answer.lstrip(" \t").startswith(">") or "?" in answer:
                if answer.strip(" \t>"):
                    break  # the next quoted line or question: this one has no answer
                continue
            if answer_number(answer):
                lines[below] = as_extension(answer)
                break
    return "\n".join(lines)


def as_extension(answer: str) -> str:
    """An answer with its first number written as an extension, unless a word for one
    stands before it already."""
    match = answer_number(answer)
    if match is None or CUE_BEFORE.search(answer, 0, match.start()):
        return answer
    # (the employee's: the one name answered beside it holds it, as `pair_mentions` reads)
    return f"{answer[: match.start()]}medarbejderens lokal {match.group(1)}{answer[match.end() :]}"


ANSWERS_MARKED = re.compile(r"(?i:>>|svar(?:et)?\s+(?:nedenfor|herunder|inline|i teksten)"
                            r"|see\s+(?:answers\s+)?(?:below|inline)|answers?\s+(?:below|inline))")
INLINE_ANSWER = re.compile(  # the question quoted with ">" or, below an Outlook header,
    # as it was written; the answer under it marked ">>", "->", "=>" or "→"
    r"^[ \t]*(?:>[ \t]?)?(?!>|[-=]>|→)([^\n]*\S)[ \t]*\n(?:[ \t]*>?[ \t]*\n)?"
    r"[ \t]*(>>|[-=]>|→)[ \t]*(\S[^\n]*)$",
    re.MULTILINE,
)


def inline_answers(new_text: str, quoted: str) -> str:
    """The answers a reply writes between the lines it quotes ("> Lokalnummer?" then
    ">> 517", "Hvilket lokalnummer har hun?" then "-> 09"), as "Lokalnummer: 517" lines
    of its own text: answers marked with an arrow always, ">>" ones when the reply says
    it answers there ("Svar nedenfor med >>", "See >> below"), since ">>" is also a
    mail quoted twice."""
    if not quoted:
        return ""
    marked = ANSWERS_MARKED.search(new_text) is not None
    lines = [
        f"{match.group(1).rstrip(' ?:')}: {match.group(3)}"
        for match in INLINE_ANSWER.finditer(quoted)
        if marked or match.group(2) != ">>"
    ]
    return "\n".join(lines) + "\n\n" if lines else ""


BARE_NUMBER = re.compile(r"[ \t]*(\d{2,6})[ \t]*")
BARE_NUMBER_LINE = re.compile(  # "305", "4417, at Copenhagen Bike Logistics"
    r"^([ \t]*)(\d{2,6})(?=[ \t]*(?:$|[,;–—]|-[ \t]))", re.MULTILINE
)
EXTENSION_ASKED = re.compile(  # the quoted question a bare number answers: "> lokalnummer?"
    r"(?i:\b(?:lokalnummer(?:et)?|lokalnr\.?|lokal|extension|ext\.?)[ \t]*\?)"
)


NUMBERS_ANSWER = re.compile(  # "801 and 802", "214, 215 og 216" on a line of their own
    r"^[ \t]*(\d{2,6}(?:[ \t]*(?:,|og|and|&|\+)[ \t]*\d{2,6})+)[ \t]*[.!]?[ \t]*$",
    re.MULTILINE,
)
NAME_ASKED = re.compile(  # the one person whose extension a quoted question asks for:
    # "Hvilket lokalnummer har Mette Sofie Dalgaard?", "Which extension does Lucas Moreau have?",
    # "Er det Kasper Holm på lok. 310, I mener?"
    r"^[^\n?]*(?i:\b(?:lokalnummer(?:et)?|lokalnr\.?|lok\.?|extension|ext\.?)(?!\w))[^\n?]*\?",
    re.MULTILINE,
)
ONE_NUMBER_ANSWER = re.compile(  # "214", "Nej – 315", "No, it's 2207.", "Ja, 214"
    r"(?i:(?:nej|no|ja|yes|jo)[ \t]*[,.:–—-]?[ \t]*(?:det er|it is|it's|den er)?[ \t]*)?"
    r"(\d{2,6})[ \t]*[.!]?"
)
NAMES_ASKED = re.compile(  # "Could you send us the extensions for Johan Ek and Lisa
    # Ståhlberg Nilsson, in that order?", "Hvilke lokalnumre har Bo Lund og Ida Holm?"
    r"^[^\n?]*(?i:\b(?:extensions|extension numbers|lokalnumre(?:ne)?|numbers|numrene)\b)"
    r"[^\n?]*\?",
    re.MULTILINE,
)


def numbers_for_names(new_text: str, quoted: str) -> str:
    """`new_text` with a line of only numbers ("801 and 802") that answers a quoted
    question for the extensions of as many named people, written out one per person in
    the order the question names them ("Johan Ek lokal 801")."""
    answer = NUMBERS_ANSWER.search(new_text)
    asked = NAMES_ASKED.search(quoted) if answer else None
    if answer is None or asked is None:
        return new_text
    numbers = re.findall(r"\d{2,6}", answer.group(1))
    names = [mention.name for mention in find_names(asked.group(), "") if mention.name]
    if len(names) != len(numbers):
        return new_text
    lines = "\n".join(f"{name} lokal {number}" for name, number in zip(names, numbers, strict=True))
    return new_text[: answer.start(1)] + lines + new_text[answer.end(1) :]


def as_extension_answer(new_text: str, quoted: str) -> str:
    """A reply that is only a number, under a quoted question for an extension ("> For
    at kunne rette navnet ... mangler vi: > lokalnummer?" answered "4021"), written out
    as the extension it answers ("lokal 4021"); so is a numbered answer to a numbered
    question for it ("2. Lokalnummer" answered "2. 214")."""
    new_text = numbers_for_names(new_text, quoted) if new_text and quoted else new_text
    match = BARE_NUMBER.fullmatch(new_text.strip()) if new_text else None
    own = ONE_NUMBER_ANSWER.fullmatch(new_text.strip()) if new_text and quoted else None
    if own is not None and (asked := NAME_ASKED.search(quoted)) is not None:
        names = {mention.name for mention in find_names(asked.group(), "") if mention.name}
        if len(names) == 1:  # "Hvilket lokalnummer har Mette Sofie Dalgaard?" answered "214",
            return f"{names.pop()} lokal {own.group(1)}"  # "Er det Kasper Holm på lok. 310?"
            # answered "Nej – 315"
    if not EXTENSION_ASKED.search(quoted):
        return numbered_answers(new_text, quoted)
    if match is None:  # a line of only a number among answers written inside the quote
        return BARE_NUMBER_LINE.sub(r"\1medarbejderens lokal \2", new_text)  # ("> Hvilket
    return f"lokal {match.group(1)}"  # lokalnummer?" answered "305" on a line of its own)


NUMBERED_LINE = re.compile(r"^([ \t>]*)(\d{1,2})([.)][ \t]+)(\S[^\n]*?)[ \t]*$", re.MULTILINE)
EXTENSION_QUESTION = re.compile(
    r"(?i:\b(?:lokalnummer(?:et)?|lokalnr\.?|lokal|extension|ext\.?|internnummer)\b)"
)


def numbered_answers(new_text: str, quoted: str) -> str:
    """`new_text` with each bare number that answers a numbered question for an
    extension written out as the employee's ("2. 214" under "> 2. Lokalnummer" -> "2.
    medarbejderens lokal 214"), so the one name answered beside it holds it."""
    if not new_text or not quoted:
        return new_text
    questions = {int(m.group(2)): m.group(4) for m in NUMBERED_LINE.finditer(quoted)}
    if not any(EXTENSION_QUESTION.search(q) for q in questions.values()):
        return new_text

    def answer(match: re.Match[str]) -> str:
        question = questions.get(int(match.group(2)), "")
        if EXTENSION_QUESTION.search(question) and BARE_NUMBER.fullmatch(match.group(4)):
            return (f"{match.group(1)}{match.group(2)}{match.group(3)}"
                    f"medarbejderens lokal {match.group(4)}")  # (the one named's, below)
        return match.group()

    return NUMBERED_LINE.sub(answer, new_text)
