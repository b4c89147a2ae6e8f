"""Names and numbers changed in the mail itself.

A wrong extension corrected ("det var lok 142, ikke 141"), a name set on a
number, a surname changed by marriage ("hedder nu Line Holm Ravn (tidligere Line
Holm Jensen)"): the old form gives way to the new one. Pure text rules; no I/O.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.extensions import (
    CUE,
    SELF_CORRECTED,
    Mention,
)
from parsers.letters import UPPER, without_accents
from parsers.lexicon import given_names, read_book, tokenize
from parsers.model import DataSubject
from parsers.names import (
    NAME_WORD,
    spelt_alike,
    spelt_with_danish_letters,
)
from parsers.pairing import (
    CORRECTION,
    NEGATION_BEFORE,
    NEGATION_WINDOW,
    SENTENCE_END,
    sentence_of,
)
from parsers.sites import without_site_codes

MAX_TEXT = 20_000  # requests are written at the top; long histories add nothing


def renamed_to(text: str, name: str) -> bool:
    """Whether the text gives the name right after a rename cue ("should be shown as")."""
    return any(
        after_rename_cue(text, Mention(at.start(), at.end(), name=name))
        for at in re.finditer(re.escape(name), text)
    )




OLD_NAME_BEFORE = re.compile(  # "(tidligere Line Holm Jensen)", "den staar som kirsten holm"
    r"(?i:\btidligere|\btidl\.|\bformerly|\bpreviously|\bfødt|\bnée|\bgeb\.|\bgeborene|\(før"
    r"|\bikke|\bnot|\bfra|\bfrom"
    r"|\bstår(?:[ \t]+stadig)?(?:[ \t]+som)?|\bstaar(?:[ \t]+som)?|\bstod(?:[ \t]+som)?"
    r"|\blisted as|\bregistered as|\bshows as|\bappears as|\bcurrently"
    r"|\b(?:tidligere|former|previous)[ \t]+(?:medarbejder|employee|kollega|colleague|bruger"
    r"|user|indehaver|holder))"  # "står registreret på den tidligere medarbejder Ulla Skaarup"
    r"[ \t]*:?[ \t]*[\"“„«'(]?$"
)


ARROW = re.compile(r"[ \t]*(?:-+>|→|=+>|⇒|»)[ \t]*")


def with_names_set_on_numbers(body: str, found: list[DataSubject]) -> list[DataSubject]:
    """The name a line is to show given its number ("Ret venligst navnet på lokal 214 til
    Jonas Friis", "correct the name on ext. 332 to Nikolaj Bækgaard (currently spelled
    Nicolaj Bækgård)"), first; the number named alone and the old spelling of the name
    are the same employee and go."""
    for match in NAME_ON_NUMBER_TO.finditer(body):
        number, name = match.group(1), " ".join(match.group(2).split())
        if name.islower() and name.split()[0] not in given_names():
            continue  # ("til at blive fjernet"): a lower-case name opens with a first name
        if not any(s.full_name == name for s in found) or any(
            s.full_name == name and s.extension not in (None, number) for s in found
        ):
            continue
        kept: list[DataSubject] = []
        for s in found:
            if s.full_name == name or (s.extension == number and not s.full_name):
                if DataSubject(name, number) not in kept:
                    kept.append(DataSubject(name, number))
            elif not (s.full_name and not s.extension and respelt_name(s.full_name, name)):
                kept.append(s)
        return kept
    return found


def respelt_name(one: str, other: str) -> bool:
    """Whether two names of as many words are one name spelt two ways, word by word
    ("Nicolaj Bækgård" / "Nikolaj Bækgaard")."""
    a, b = one.lower().split(), other.lower().split()
    return len(a) == len(b) and a != b and all(
        x == y or spelt_alike(x, y) or spelt_alike(without_accents(x), without_accents(y))
        for x, y in zip(a, b, strict=True)
    )


def one_renamed_employee(body: str, found: list[DataSubject]) -> list[DataSubject]:
    """A correction's employee once: the old name or spelling the mail also writes
    ("hedder nu Line Holm Ravn (tidligere Line Holm Jensen)", "Jørgen Kristiansen ->
    Jørgen Christiansen") gives way to the new one, which keeps the extension; a number
    and a name left apart on one line of it, or as its only two ("Medarbejderen på
    lokalnr: 0412 ... hedder nu Line Holm Ravn"), are the one employee's."""
    subjects = list(found)
    for old in found:
        new = next((
            s for s in subjects
            if s is not old and old in subjects and s.full_name and old.full_name
            and shares_a_name_word(old.full_name, s.full_name)
            and written_as_old(body, old.full_name, s.full_name)
        ), None)
        if new is None:
            continue
        others = {s.extension for s in subjects if s is not old and s is not new}
        number = new.extension if new.extension not in others else None
        subjects[subjects.index(new)] = replace(new, extension=number or old.extension)
        subjects.remove(old)
    for nameless in [s for s in subjects if s.extension and not s.full_name]:
        line = line_with_number(body, nameless.extension or "")
        on_line = [s for s in subjects if s.full_name and not s.extension and s.full_name in line]
        if len(on_line) == 1:  # "1) Lok 45 står som "Mikkel Thygesen" – det skal være Mikkel
            subjects[subjects.index(on_line[0])] = replace(  # Tygesen"
                on_line[0], extension=nameless.extension
            )
            subjects.remove(nameless)
    nameless_left = [s for s in subjects if s.extension and not s.full_name]
    numberless = [s for s in subjects if s.full_name and not s.extension]
    if len(subjects) == 2 and len(nameless_left) == 1 and len(numberless) == 1:
        return [replace(numberless[0], extension=nameless_left[0].extension)]
    named = with_names_set_on_numbers(body, subjects)
    if any(
        (m.group(1), " ".join(m.group(2).split())) in {(s.extension, s.full_name) for s in named}
        for m in NAME_ON_NUMBER_TO.finditer(body)
    ):  # the line's new name given: the rest are old names and numbers of others
        return [s for s in named if s.full_name and s.extension]
    shown = [  # (a name to show "instead": not a second employee's own new name)
        s for s in numberless
        if s.full_name and renamed_to(body, s.full_name) and INSTEAD.search(
            body, body.find(s.full_name), sentence_end(body, body.find(s.full_name))
        )
    ]
    if len(subjects) == 2 and len(numberless) == 1 and shown:  # "Ext. 5544 still shows Julie
        # Marie Winther ... please show the name Camilla Dahl Sørensen": the line's new name
        old = next(s for s in subjects if s is not shown[0])
        if old.extension and old.full_name and not renamed_to(body, old.full_name):
            return [replace(shown[0], extension=old.extension)]
    return subjects


INSTEAD = re.compile(r"(?i:\b(?:instead|i stedet|in place of)\b)")


NAME_ON_NUMBER_TO = re.compile(  # the name a line is to show: "Ret venligst navnet på lokal
    # 214 til Jonas Friis", "change the name on ext. 100 to Johanne Brix"
    rf"(?i:\b(?:navnet|name|display name|visningsnavnet)[ \t]+(?:på|on|for|of)[ \t]+"
    rf"(?:(?:{CUE})[ \t]*[:.]?[ \t]*)?)(\d{{2,6}})"
    r"(?:[ \t]+(?i:hos|at)[ \t]+[^\n.,]{1,40}?)?"  # "... på lokal 250 hos Skanderborg Bogføring"
    r"(?:[ \t]+(?i:skal|should|must)[ \t]+(?i:rettes|ændres|be changed|be corrected))?"
    r"[ \t]+(?i:til|to)[ \t]+"
    rf"([{UPPER}][^\W\d_]+(?:[ \t-]+[{UPPER}][^\W\d_]+){{1,3}}"
    r"|[a-zæøå]+(?:[ \t]+[a-zæøå]+){1,3}(?=[ \t]*(?:[.,;!]|$)))"  # (also in lower case)
)


def sentence_end(text: str, position: int) -> int:
    """Where the sentence holding `position` ends."""
    stop = SENTENCE_END.search(text, position)
    return stop.start() if stop else len(text)


def line_with_number(text: str, number: str) -> str:
    """The line of `text` the number is first written on ("" when it is not)."""
    found = re.search(rf"(?<![\d.,]){re.escape(number)}(?![\d]|[.,]\d)", text) if number else None
    if found is None:
        return ""
    start = text.rfind("\n", 0, found.start()) + 1
    end = text.find("\n", found.end())
    return text[start : end if end >= 0 else len(text)]


def written_as_old(body: str, old: str, new: str) -> bool:
    """Whether `old` is written as the name `new` replaces: after an old-name word
    ("står som", "tidligere", "Listed as:"), or before an arrow or a rename cue that
    leads to `new`."""
    at, to = body.find(old), body.find(new)
    if at < 0 or to < 0:
        return False
    if OLD_NAME_BEFORE.search(body, max(0, at - 30), at):
        return True
    between = body[at + len(old) : to] if at < to else ""
    return bool(between) and len(between) < 80 and (
        ARROW.match(between) is not None
        or read_book("subject_rename_cues").contains_any(tokenize(between))
    )


def apply_corrections(
    text: str, earlier: list[DataSubject], found: list[DataSubject]
) -> tuple[list[DataSubject], list[DataSubject]]:
    """"312, ikke 302" in a reply replaces the quoted employee's 302, and the name the
    reply gives with it ("Ahmad hedder Ahmad Rahimi, og det var lok 142, ikke 141")
    completes that employee."""
    for old, new in find_corrected_extensions(text):
        owners = [i for i, s in enumerate(earlier) if s.extension == old]
        written = [s for s in found if s.extension == new]
        if len(owners) == 1 and len(written) == 1:
            owner = earlier[owners[0]]
            earlier[owners[0]] = DataSubject(written[0].full_name or owner.full_name, new)
            found = [s for s in found if s is not written[0]]
            continue
        # the employee a reply's subject line names with the wrong number ("Re: Sletning:
        # Ahmad Al-Hassan lok 3340" above "lokalnummeret er 3304, ikke 3340")
        named = [s for s in found if s.extension == old and s.full_name]
        if not owners and len(named) == 1 and len(written) <= 1 and not any(
            s.full_name for s in written
        ):  # (also a bare number: "står med lok 231 i telefonbogen, men skal være 213")
            found = [DataSubject(s.full_name, new) if s is named[0] else s
                     for s in found if s not in written]
    return earlier, found


STANDS_BUT_HAS = re.compile(  # "står Bjørn Møller med lokal 4410 i jeres system, men han har
    # lokal 4401"; "is listed with ext 310, but she has 301"
    r"(?i:\b(?:står|staar|stands|is listed|is registered|er registreret|shows)\b)"
    r"[^.!?\n]{0,60}?(?<![\w.,+-])(\d{2,6})(?!\d|[.,]\d)[^.!?\n\d]{0,40}?"
    rf"(?i:\b(?:men|but)[ \t]+(?:han|hun|he|she|det|it|den)?[ \t]*(?:har|has|er|is|hedder"
    rf"|skal være|skal vaere|should be|must be)"
    rf"[ \t]+(?:(?:{CUE})[ \t]*[:.]?[ \t]*)?)"
    rf"(\d{{2,6}})(?![\d.,]\d)"
)


def find_corrected_extensions(new_text: str) -> tuple[tuple[str, str], ...]:
    """The extensions a mail says were wrong, with the right ones ("det var lok 142, ikke
    141" -> ("141", "142")): a follow-up corrects its ticket with them. Never raises."""
    if not isinstance(new_text, str):
        return ()
    text = without_site_codes(new_text[:MAX_TEXT])  # ("sidder på 2-216, ikke 2-215")
    pairs = [(match.group(2), match.group(1)) for match in CORRECTION.finditer(text)]
    pairs += [(match.group(1), match.group(2)) for match in STANDS_BUT_HAS.finditer(text)]
    pairs += [(match.group(2), match.group(1)) for match in RIGHT_THEN_WRITTEN.finditer(text)]
    pairs += [(match.group(1), match.group(2)) for match in SELF_CORRECTED.finditer(text)]
    return tuple(pairs)


RIGHT_THEN_WRITTEN = re.compile(  # "lok. 39 – beklager, jeg skrev 29 sidst, det var forkert"
    r"(?<![\w.,+-])(\d{2,6})(?!\d|[.,]\d)[^\d\n]{0,30}?"
    r"(?i:\b(?:jeg|vi|i|we)[ \t]+(?:skrev|wrote|gav|gave|sendte|sent))[ \t]+"
    r"(?:(?i:lok(?:al)?\.?|ext\.?|extension)[ \t]*)?(\d{2,6})(?!\d|[.,]\d)"
)


def cue_before(
    text: str, mention: Mention, lexicon: str, words: int, since: int = 0
) -> bool:
    """Whether a phrase of `lexicon` stands in the last `words` words before the
    mention, within its sentence (and after `since`)."""
    before = tokenize(text[max(since, sentence_of(text, mention)) : mention.start])[-words:]
    return read_book(lexicon).contains_any(before)


def after_rename_cue(text: str, mention: Mention, since: int = 0) -> bool:
    """Whether a rename cue stands just before the name in its sentence ("og hedder
    nu Kirsten Bach Mikkelsen"): the name is the request's, the employee's new one."""
    return cue_before(text, mention, "subject_rename_cues", 5, since)


FROM_BEFORE = re.compile(r"\b(?:from|fra)[ \t]+$", re.IGNORECASE)


# "from Sarah Johnson to Sarah Okafor"
FROM_TO = re.compile(r"[ \t]+(?:to|til)[ \t]+", re.IGNORECASE)


def shares_a_name_word(old: str, new: str) -> bool:
    """Whether two names share a first name or surname, as a corrected or married name
    does ("Kaare Moeller" / "Kåre Møller"); "He is now 'Site Manager'" is a job title."""
    def words(name: str) -> set[str]:
        folded = spelt_with_danish_letters(name.lower())
        return set(folded.replace("-", " ").split())
    return any(  # also spelt alike: "der står Kirstin Dal, men hun hedder Kirsten Dahl"
        a == b or spelt_alike(a, b) for a in words(old) for b in words(new)
    )


def renamed(text: str, names: list[Mention]) -> list[Mention]:
    """Names with an employee's old name replaced by the new one the text gives after
    a rename cue ("... skal fremover hedde Louise Skov"): one employee, new name."""
    for mention in names:
        earlier = [n for n in names if n.end <= mention.start and n.name != mention.name
                   and shares_a_name_word(n.name or "", mention.name or "")]
        if NEGATION_BEFORE.search(text, max(0, mention.start - NEGATION_WINDOW), mention.start):
            continue  # "skal være Kirstine Bøgh-Andersen, ikke Kirstine Bog-Andersen"
        if OLD_NAME_BEFORE.search(text, max(0, mention.start - 30), mention.start):
            continue  # "hedder nu Louise Brandt (tidligere Louise Holm)": the old name
        line_start = text.rfind("\n", 0, mention.start) + 1
        since = max(  # (not a cue a name on a line above took: "skal rettes til Piotr
            (n.end for n in names  # Vestergaard\n1810 Gitte Christensen => Gitte Ibsen")
             if n.end <= line_start and after_rename_cue(text, n)), default=0,
        )
        if not after_rename_cue(text, mention, since) and not (
            earlier and FROM_TO.fullmatch(text, earlier[-1].end, mention.start)
            and FROM_BEFORE.search(text, max(0, earlier[-1].start - 6), earlier[-1].start)
        ) and not (earlier and ARROW.fullmatch(text, earlier[-1].end, mention.start)):
            continue  # (also "Sofie Madsen => Sofie Lund")
        if earlier:
            old = earlier[-1].name
            names = [
                replace(n, name=mention.name)
                if n.name == old and not renamed_later(text, n, mention, names) else n
                for n in names
            ]
    return names


def renamed_later(text: str, old: Mention, new: Mention, names: list[Mention]) -> bool:
    """Whether a later mention of an old name is renamed on its own, by an arrow after it
    ("4973 Ole Hansen -> Ole Nielsen" above "54 Ole Hansen -> Ole Tran"): another employee
    who had the same name."""
    return old.start > new.start and any(
        m.start >= old.end and ARROW.fullmatch(text, old.end, m.start) for m in names
    )


NEW_SURNAME = re.compile(  # "Søs Bendtsen;401;efternavn skal være Bendtsen-Krogh"
    rf"(?i:efternavn(?:et)?|surname|last name)[ \t]+(?i:skal være|skal hedde|skal rettes til"
    rf"|ændres til|rettes til|bliver|should be|is now|changes to|changed to)[ \t]+({NAME_WORD})"
    rf"(?![\w-]|[ \t]+{NAME_WORD})"  # one word: "her surname is now Emma Louise Lindqvist"
)  # gives a whole name, which the name finder reads


def with_new_surnames(text: str, names: list[Mention]) -> list[Mention]:
    """Names with the surname a later remark on their line changes ("Søs Bendtsen;401;
    efternavn skal være Bendtsen-Krogh"): the employee's new name."""
    changed = []
    for mention in names:
        line_end = text.find("\n", mention.end)
        change = NEW_SURNAME.search(text, mention.end, line_end if line_end >= 0 else len(text))
        words = (mention.name or "").split()
        if change and len(words) >= 2 and not any(
            n.start > mention.start and n.end <= change.start() for n in names
        ):
            mention = replace(mention, name=" ".join([*words[:-1], change.group(1)]))
        changed.append(mention)
    return changed


