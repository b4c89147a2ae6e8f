"""Answers written under the questions they answer, read as what they answer.

Resellers and their customers answer the provider's or each other's questions
between the lines: "> Extension?" then "330", "Lokalnummer?" then "- 45",
"- Extension? -> 7020", "> Extension?" then "[KH] It is 8812.". A bare number
under a question for the extension is that extension, though nothing beside
it says so; written out as "medarbejderens lokal 330" it is read as the extension of
the employee the answers name.
"""

from __future__ import annotations

import re

from parsers.extensions import CUE

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
            if NUMBER.search(answer):
                lines[below] = as_extension(answer)
                break
    return "\n".join(lines)


def as_extension(answer: str) -> str:
    """An answer with its first number written as an extension, unless a word for one
    stands before it already."""
    match = NUMBER.search(answer)
    if match is None or CUE_BEFORE.search(answer, 0, match.start()):
        return answer
    # (the employee's: the one name answered beside it holds it, as `pair_mentions` reads)
    return f"{answer[: match.start()]}medarbejderens lokal {match.group(1)}{answer[match.end() :]}"
