"""Names in the subject line, numbers in the body.

"Sletning: Bo Kim Jensen, Fatima Hussein" over "Lokalnumre: Bo 101, Fatima 102"
pairs by first name or in the order written; a name only the subject line gives
goes when the body names the employees itself (it is then the customer). Pure
text rules; no I/O.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.model import DataSubject

RESPECTIVELY = re.compile(
    r"(?i:\bhenholdsvis\b|\bhhv\.|\brespectively\b|\bi samme rækkefølge\b|\bsame order\b"
    r"|\bin that order\b|\bi den rækkefølge\b|\bi nævnte rækkefølge\b"
    # the numbers of the names just listed: "Deres lokalnumre er 11, 12 og 16", "Their
    r"|\b(?:deres|their)[ \t]+(?:lokal\w*|lok\.?|ext\w*\.?|numbers|numre|extensions)[ \t]+"
    r"(?:er|var|are|were)\b)"  # extensions were 5010 and 5011"
)


def with_subject_line_names(
    body: str, named: list[DataSubject], found: list[DataSubject]
) -> list[DataSubject]:
    """The employees the subject line names, given the numbers the body writes without
    names: by first name ("Lokalnumre: Bo 101, Fatima 102" under "Sletning: Bo Kim Jensen,
    Fatima Hussein"), in the order the body says ("i samme rækkefølge som i emnefeltet:
    4410, 4411 og 4420"), or one name and one number ("RE: Export ... for Sofia Martínez
    García" above "The extension is 731")."""
    named = [  # (only names the body does not write: those it pairs itself, also in a
        s for s in named  # longer form: "Lone Krogh" above "Lone Thygesen Krogh")
        if s.full_name and s.full_name not in body
        and not any(f.full_name == s.full_name and f.extension for f in found)
        and not any(
            f.full_name and f.full_name != s.full_name
            and set(s.full_name.lower().split()) <= set(f.full_name.lower().split())
            for f in found
        )
    ]
    if not named:
        return found
    names = {s.full_name for s in named}
    found = [s for s in found if s.full_name not in names]  # (written again below, completed)
    nameless = [s for s in found if s.extension and not s.full_name]
    numbers = list(dict.fromkeys(
        [s.extension for s in nameless if s.extension]
        + [n for m in CUED_NUMBER_LIST.finditer(body) for n in re.findall(r"\d{2,6}", m.group(1))]
    ))
    if not numbers:
        return [s for s in found if s != DataSubject(None, None)] + list(named)
    by_first = [
        replace(s, extension=number_by_first_name(body, s.full_name or "", numbers)) for s in named
    ]
    if all(s.extension for s in by_first):
        given = {s.extension for s in by_first}
        return [s for s in found if not (s.extension in given and not s.full_name)] + by_first
    if len(numbers) == len(named) and (len(named) == 1 or RESPECTIVELY.search(body)):
        return [s for s in found if s not in nameless] + [
            replace(s, extension=number) for s, number in zip(named, numbers, strict=True)
        ]
    return found + list(named)


CUED_NUMBER_LIST = re.compile(  # "Lokalnumre i samme rækkefølge som i emnefeltet: 4410, 4411 og
    # 4420", "Extensions: Anna-Karin 260, Tomasz 261"
    r"(?i:\b(?:lokalnumre(?:ne)?|lokalnumrene|extensions|lokalnr\.?|ext\.?)\b)[^\n:]{0,60}:"
    r"((?:[^\n\d.]{0,25}\d{2,6}(?!\d))+)"
)


def number_by_first_name(text: str, name: str, numbers: list[str]) -> str | None:
    """The one of `numbers` the text writes just after the name's first name ("Bo 101")."""
    if not name:
        return None
    first = re.escape(name.split()[0])
    after_name = re.compile(rf"\b{first}\b[^.!?\n\d]{{0,20}}?(\d{{2,6}})(?!\d)")
    said = {m.group(1) for m in after_name.finditer(text)}
    found = said & set(numbers)
    return found.pop() if len(found) == 1 else None


def drop_subject_line_names(
    found: list[DataSubject], body: list[DataSubject], body_text: str
) -> list[DataSubject]:
    """Without names only the subject line gives ("Sletning - Taastrup Revision" is the
    customer) when the body names the employees itself, or when the body writes the
    same words and does not take them for a person ("Hos Kerteminde Marina er ...")."""
    in_body = {s.full_name for s in body if s.full_name}
    written = " ".join(body_text.split()).lower()
    kept = []
    for s in found:
        if not s.full_name or s.full_name in in_body:
            kept.append(s)
        elif s.full_name.lower() in written:  # "Sletning Ringkøbing Fisk" above "hos
            if s.extension:  # Ringkøbing Fiskeindustri": the body's own words say company
                kept.append(DataSubject(None, s.extension))
        elif s.extension or not in_body:
            kept.append(s)
    return sorted(kept, key=lambda s: first_written(body_text, s))


def first_written(text: str, subject: DataSubject) -> int:
    """Where the text first writes the subject's name or extension (the order of
    mention); after the text when it writes neither (a name from the subject line)."""
    if subject.full_name:  # as written, or turned round ("Hansen, Birgitte")
        words = subject.full_name.split()
        for form in (words, [f"{words[-1]},", *words[:-1]]):
            pattern = r"\s+".join(re.escape(word) for word in form)
            if match := re.search(rf"(?<![\w-]){pattern}(?![\w-])", text, re.IGNORECASE):
                return match.start()
    if subject.extension:
        number = re.search(rf"(?<![\d+]){subject.extension}(?![\d]|[ \t]\d\d)", text)
        return number.start() if number else len(text)
    return len(text)


