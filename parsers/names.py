"""Full names of persons in request text: capitalised runs, lower-case lines, context.

Names are runs of 2-5 capitalised words (hyphens and particles like "von",
"van der" allowed) that are not greetings, request words, companies ("hos
vores kunde Køge Trælast", "... ApS", a business noun as in "Nordsø Shipping"),
roles (the customer's telecom manager), wrong spellings in quotes, sensitive
words ("Jehovas Vidne") or the sender.
"""

from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher
from functools import cache, lru_cache

from parsers.extensions import CUE, NOT_A_COUNT_AFTER, POSSESSIVES, Mention
from parsers.letters import LOWER, PARTICLE, UPPER, without_accents
from parsers.lexicon import (
    NOT_NAME_LISTS,
    PhraseBook,
    given_names,
    read_book,
    read_lexicon,
    read_phrases,
    read_word_set,
    read_word_sets,
    spelt_without_danish_letters,
    tokenize,
)
from parsers.quotes import GREETING
from parsers.sensitive import find_sensitive
from parsers.tables import FIELD_LINE

NAME_WORD = (  # also with a French or Italian particle joined on: "d'Aubigné", "D'Angelo"
    rf"(?:[{UPPER}]['’]|[dl]['’](?=[{UPPER}])|Mc|Mac)?[{UPPER}][{LOWER}]+"
    rf"(?:[-'’](?:Mc|Mac)?[{UPPER}{LOWER}][{LOWER}]+)*"  # ("Doyle-McKenna")
)
# a particle opening a surname written first ("De la Cruz, Maria", "Van der Berg, Anneke")
CAPITAL_PARTICLE = r"(?:De|Van|Von|Da|Di|Du|Del|Della|Dos|Das|Le|La)"
# a lower-case name word: hyphenated, or with an Irish or Italian prefix ("o'neill")
LOWER_WORD = rf"(?:[{LOWER}]['’](?=[{LOWER}]{{3}}))?[{LOWER}]+(?:-[{LOWER}]+)?"
# words of one name are one space apart (or wrapped onto the next line after a space); a
# tab or a run of spaces is a table column: "Mobil\tFratrådt", "Nyström    Sales", and a
# tab ending a line an empty cell ("Aisha Bello\t" above "Frederik Lykke Bonde\t6122")
WORD_GAP = r"(?: +\n[ \t]*|[ \u00a0])"
# an Arabic article joined to the name word after it ("Ahmed bin Khalid al-Mansouri",
# "Fatima el-Amrani Jørgensen")
JOINED_ARTICLE = r"(?:al|el|as|ash|at|az|ad|ud|ul)-(?=[A-ZÆØÅÄÖÜÉ])"
# given names written short: "Ma. Theresa Garcia", "Md. Rafiqul Islam", and the old Danish
# way, "Chr. Jensen", "Kr. Nielsen", "Th. Andersen", "Fr. Holm", "Vilh. Kristensen"
ABBREVIATED_GIVEN = r"(?:Ma|Md|Mohd|Muhd|Chr|Kr|Th|Fr|Vilh|Joh|Jac|Jørg|Mich|Ant|Aug|Alb|Ferd)\."
DOTTED_INITIALS = (  # "J.P.", "H.C.", "P. Chr.", but not a postscript's "P.S."
    rf"(?!P\.[ ]?S\.)[{UPPER}]\.(?:[ ]?(?:[{UPPER}]\.|Chr\.))+"
)
NAME_RUN = re.compile(
    rf"(?<![\w@./-])(?:(?:{ABBREVIATED_GIVEN}|{DOTTED_INITIALS}){WORD_GAP}"
    rf"(?:{ABBREVIATED_GIVEN}{WORD_GAP})?"  # "Th. Kr. Nygaard"
    rf"|[{UPPER}]\.(?={WORD_GAP}{NAME_WORD}{WORD_GAP}{NAME_WORD}){WORD_GAP})?"  # "K. Venkatesh Rao"
    rf"{NAME_WORD}(?:{WORD_GAP}(?:(?:{PARTICLE}|[{UPPER}][{LOWER}]?\.|{ABBREVIATED_GIVEN}"
    rf"|(?!I\b)[{UPPER}](?={WORD_GAP}{NAME_WORD}))"  # ("Karen J Holm": an initial, no dot)
    rf"{WORD_GAP})*"
    rf"(?:{JOINED_ARTICLE})?{NAME_WORD})*(?![\w@-])"
)
LOWER_NAME_LINE = re.compile(
    rf"(?<![^\s,:;])({LOWER_WORD}(?:[ \t]+[{LOWER}]\.)?"  # "morten w. ibsen"
    rf"(?:[ \t]+{LOWER_WORD}){{1,3}}),?"
    rf"(?:[ \t]+\((?:kaldet|aka|called|nicknamed)[ \t][^()\n]{{1,25}}\))?"  # "(kaldet mikse)"
    rf"[ \t]+(?:[–—-][ \t]+)?\(?"  # "susanne lund – lok. 1202", "mette frost, lokalnr: 0077"
    rf"(?={CUE}[ \t]*[:.]?[ \t]*\d)",
    re.IGNORECASE,
)
IN_PROSE_AFTER = (  # "indsigt for Hansen, Jens fra deres salgsafdeling", "... Hansen, Jens."
    r"[ \t]+(?:fra|from|hos|hjá|at|i|in|ved|på|on|og|and)\b|[.!?](?:[ \t]|$)"
)
INVERTED_NAME = (
    re.compile(  # "Kowalski, Marta;5521", "2. Fischer, Lukas - ext. 3301", "for: Thomsen, Birgit ("
        rf"(?:^|(?<=:)|(?<=[\"“„«])|(?<=medarbejder )|(?<=medarbejderen )|(?<=employee )|(?<=user )"
        rf"|(?<=brugeren )|(?<=\baf )|(?<=\bof )|(?<=\bfor )"  # "sletning af Hansen, Jens Peter –"
        rf"|(?<=employees, )|(?<=employee, )|(?<=medarbejdere, )|(?<=medarbejder, )"  # set off
        rf"|(?<=request from )|(?<=anmodning fra )"  # "Access request from Nielsen, Karoline;"
        rf"|(?<=\bdelete )|(?<=\berase )|(?<=\bremove )|(?<=\bslet )|(?<=\bslette )"
        rf"|(?<=Medarbejder )|(?<=Medarbejderen )|(?<=Employee )|(?<=[0-9] )"  # "lok. 501 Hansen,"
        rf"|(?<=[ \t])(?=(?:{PARTICLE}[ \t]+)*{NAME_WORD},[ \t]*"
        rf"(?:{NAME_WORD}(?:[ \t]+{NAME_WORD})?[ \t]*|{NAME_WORD},[ \t]*)"
        rf"(?:(?:[-–—,][ \t]*)?\(?(?i:{CUE})[ \t]*[:.]?[ \t]*\d|\(\d{{2,6}}\))))[ \t]*"
        rf"(?:[-•*·▪◦‣○➢►]|\d{{1,2}}[.)])?[ \t]*"
        rf"((?:(?:{PARTICLE}|{CAPITAL_PARTICLE})[ \t]+)*{NAME_WORD}"
        rf"(?:[ -]{NAME_WORD})?),[ \t]*({NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}})"
        rf"(?=[ \t]*(?:[;|\t,(\"”“»]|[-–—][ \t]|$|(?i:{CUE})[ \t]*[:.]?[ \t]*\(?\d)"
        rf"|{IN_PROSE_AFTER})",  # ('"THOMSEN, Kasper Juul" på lok. 250': in quotes)
        re.MULTILINE,
    )
)
INVERTED_END = re.compile(  # how a listed "Surname, Given" ends, as opposed to one in prose
    rf"[ \t]*(?:[;|\t,(\"”“»]|[-–—][ \t]|$|(?i:{CUE})[ \t]*[:.]?[ \t]*\d)", re.MULTILINE
)
HAS_EXTENSION_AFTER = re.compile(  # also past a nickname: "Henriette Vinther (Jette), lokal 4",
    # or a role set off: "Mads Peter la Cour, formand, lokalnr. 0217", "Lars Mønsted - CFO - ext"
    rf"(?:[ \t]*\([^()\n\d]{{1,40}}\)|[ \t]+(?:fra|from)[ \t]+[{UPPER}][^\W\d_]+(?=[ \t]*\()"
    r"|[ \t]*[,–—-][ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}[ \t]*(?=[,–—-]))?"
    r"[ \t]*[,(–—-]?[ \t]*(?:på[ \t]+|on[ \t]+|(?:har|havde|has|had)[ \t]+)?"
    rf"(?:{CUE}|nr\.?)[ \t]*[:.]?[ \t]*\d",  # also "ARNE BÆKGAARD NR 31", "Maj Sommer – lok. 32"
    re.IGNORECASE,
)
MARRIED_AFTER = re.compile(  # the name one had until a wedding: a former name
    r"[ \t]+(?i:før|inden|indtil|before|until)[ \t]+(?i:brylluppet|vielsen|ægteskabet"
    r"|hun blev gift|han blev gift|the wedding|her wedding|his wedding|she married|he married"
    r"|her marriage|his marriage)\b"
)
COMMA_NUMBER_AFTER = re.compile(  # a bare number set off by a comma, then a dash or the end
    r"[ \t]*,[ \t]*(?!(?:19|20)\d\d\b)\d{2,6}(?=[ \t]*(?:[-–—.;)]|$))", re.MULTILINE
)
NUMBER_ENDS_LINE_AFTER = re.compile(  # also "Nguyễn Văn An (4471), tidligere ansat"
    r"[ \t]*(?:[-–—:][ \t]*\d{2,6}[ \t]*$|\(\d{2,6}\))", re.MULTILINE
)
SENTENCE_STOP = re.compile(r"[.!?][ \t]+")
QUOTES = "\"“”„«»'"
MAX_NAME_WORDS = 5


CAPITALS_WORD = re.compile(rf"(?<![\w@])[{UPPER}]{{2,}}(?![\w@])")
CAPITALS_AFTER = re.compile(rf"[ \t]+[{UPPER}]{{3,}}(?![\w@])")
PARTICLE_WORDS = frozenset(PARTICLE.strip("(?:)").split("|"))
VOWELS = frozenset("AEIOUYÆØÅÄÖÜÉÈÁÀÍÓÚ")


# Job titles written as acronyms: a word in capitals that is no name.
JOB_ACRONYMS = frozenset({
    "CEO", "CFO", "CTO", "COO", "CIO", "CMO", "CPO", "CSO", "CISO", "CHRO", "CCO", "DPO",
    "SVP", "EVP", "AVP",
})


def title_case_capitals(text: str) -> str:
    """Words written in capitals title-cased for the name patterns ("JENS HANSEN" ->
    "Jens Hansen"), offsets kept; acronyms without a vowel ("GDPR", "CVR") are left as
    they are, and common words are lower-cased, as prose writes them. Names found this
    way are reported as written."""

    def title(match: re.Match[str]) -> str:
        word = match.group()
        if word.lower() in PARTICLE_WORDS and len(word.lower()) == len(word):
            return word.lower()  # "MARIA DE LOURDES SANTOS": the particle "de"
        if word in JOB_ACRONYMS:  # "our former CFO, Charlotte Winther"
            return word
        if len(word) < 3:  # "IT", "HR", but "IB KNUDSEN", "BO LUND": a short given name
            before_surname = CAPITALS_AFTER.match(match.string, match.end())
            named = before_surname and word.lower() in given_names()
            return word[0] + word[1:].lower() if named else word
        if is_common_word(word) and not is_given_name(word.lower()):
            return word.lower()  # "FRU GRETHE BAK HOS TØMRER VANG": "hos" ends the name
        titled = word[0] + word[1:].lower()
        return titled if len(titled) == len(word) and VOWELS & set(word) else word

    return CAPITALS_WORD.sub(title, text)


def find_names(text: str, sender: str) -> list[Mention]:
    """Full-name mentions, with name variants merged into the longest form. A name
    written in capitals needs an extension or a table cell beside it: shouting
    ("TREDJE GANG!!!") is written in capitals too."""
    titled = title_case_capitals(text)
    found: list[Mention] = []
    for mention in find_titled_names(titled, sender):
        if titled[mention.start : mention.end] == text[mention.start : mention.end]:
            found.append(mention)
            continue
        surname, comma, given = text[mention.start : mention.end].partition(",")
        if comma and given.strip():  # '"THOMSEN, Kasper Juul"': turned round, as written
            found.append(replace(mention, name=" ".join((*given.split(), *surname.split()))))
            continue
        capitals = from_given_name(titled, mention)
        if capitals is not None and (
            stands_like_a_name(text, capitals)
            or NAMED_BEFORE.search(text, 0, capitals.start)
            or NUMBER_ENDS_LINE.match(text, capitals.end)
            or given_before_capitals(text[capitals.start : capitals.end])
            or capitals_before_given(text[capitals.start : capitals.end])
        ):
            found.append(replace(capitals, name=as_written(text, capitals)))
        elif capitals is None and stands_apart_like_a_name(text, mention):
            found.append(replace(mention, name=as_written(text, mention)))
    return [with_generation(text, without_capital_labels(mention)) for mention in found]


def is_capital_label(word: str) -> bool:
    """A word in capitals that labels rather than names: "FYI", "ATTENDEE", "URGENT"."""
    return word.isupper() and (
        word in CAPITAL_WORDS
        or (word.isalpha() and 2 <= len(word) <= 3 and not OPEN_VOWELS & set(word))
    )  # (not an initial: "P. Chr. Friis", "K. Venkatesh Rao")


def without_capital_labels(mention: Mention) -> Mention:
    """A name without a label in capitals at either end ("FYI Marcus Ødegaard", "Johan
    ATTENDEE"), when two name words remain."""
    words = (mention.name or "").split()
    while len(words) > 2 and is_capital_label(words[0]):
        words.pop(0)
    while len(words) > 2 and is_capital_label(words[-1]):
        words.pop()
    name = " ".join(words)
    if name == mention.name:
        return mention
    written = mention.name or ""
    shift = written.find(name)
    return replace(mention, start=mention.start + max(shift, 0), name=name)


GENERATION_AFTER = re.compile(  # "Sr." / "Hansen junior" / "Søren Bjerre d.y."
    r"\.|[ \t]+(?:junior|senior)\b|[ \t]+d\.[ \t]?(?:y|æ)\.(?!\w)"
)
GENERATION_WORDS = frozenset({"sr", "jr"})
ABBREVIATED_GENERATION = re.compile(  # "Sr.", "Jr", "d.y.", "d.æ." after a name (the words
    # "junior" and "senior" are also what a son is called: "Ebbe Krogh Junior")
    r"(?:(?:,[ \t]*|[ \t]+)(?:Jr|Sr|jr|sr)\.?|[ \t]+d\.[ \t]?[yæ]\.)$"
)


def without_lone_generation(name: str, text: str) -> str:
    """The name without an abbreviated generation ("Sr.", "d.y.") that tells no one
    apart in the mail's `text`: "Mikkel Bjerregaard Sr." is Mikkel Bjerregaard when
    neither a junior nor another Mikkel Bjerregaard is named; "Jørgen Mølgaard d.y."
    keeps it beside "Jørgen Mølgaard d.æ.", "Robert Miller Jr." beside "Robert Miller
    (the father)"."""
    said = ABBREVIATED_GENERATION.search(name)
    if said is None:
        return name
    base = name[: said.start()]
    forms = {
        " ".join(m.group(1).replace(",", " ").split()).rstrip(".").lower()
        for m in re.finditer(rf"{re.escape(base)}((?:,?[ \t]*(?:[JjSs]r\b\.?|junior"
                             rf"|senior|Junior|Senior|d\.[ \t]?[yæ]\.))?)", text)
    }
    return name if len(forms) >= 2 else base


def with_generation(text: str, mention: Mention) -> Mention:
    """The mention with the generation that tells father and son apart, as written:
    "Jens Hansen Sr." keeps its full stop, "Jens Hansen junior" its word."""
    if not mention.name:
        return mention
    match = GENERATION_AFTER.match(text, mention.end)
    if match is None:
        return mention
    if match.group() == ".":
        if mention.name.split()[-1].lower() not in GENERATION_WORDS:
            return mention
    elif mention.name.split()[-1].lower() in GENERATION_WORDS:
        return mention
    said = match.group().strip()
    name = mention.name + said if said == "." else f"{mention.name} {said}"
    return replace(mention, end=match.end(), name=name)


# a naming verb right before a name in capitals: "HUN HEDDER BODIL MARIE THYGESEN"
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "hr", "fru", "herr", "frau"})
HONORIFIC = rf"(?:{'|'.join(sorted(HONORIFICS))})\.?"  # "Mr.", "fru"
NAMED_BEFORE = re.compile(r"(?i:\b(?:hedder|hed|hedde|hans navn er|hendes navn er|is called"
                          rf"|named|name is|det er|it is|{HONORIFIC}))[ \t]+$")
NUMBER_ENDS_LINE = re.compile(r"[ \t]+\d{2,6}[ \t]*$", re.MULTILINE)  # "SIMON FREDERIKSEN 401"


def opens_surname(lowered: list[str], index: int) -> bool:
    """Whether the word at `index` is a particle opening a surname ("PIETER VAN DEN
    BERG"): particles up to a word that is no common word ("DE SKAL" ends a name)."""
    rest = lowered[index:]
    while rest and rest[0] in PARTICLE_WORDS:
        rest = rest[1:]
    return len(rest) < len(lowered[index:]) and bool(rest) and not is_common_word(rest[0])


def from_given_name(titled: str, mention: Mention) -> Mention | None:
    """A name written in capitals cut to the person's name ("HUN HEDDER BODIL MARIE
    THYGESEN", "BAGERENS DATTER KARIN NIELSEN HOS …"): in capitals every word of a
    sentence looks like a name, so the words before it that are common words, "HANS"
    and the relation after it when that is no given name, or a definite genitive
    ("BAGERENS") are
    cut off, and so is the rest from the next common word on. None unless a known given
    name remains in a name of two words or more."""
    words = list(re.finditer(r"\S+", titled[mention.start : mention.end]))
    lowered = [word.group().lower().strip(",") for word in words]
    first = 0
    while first < len(words) - 1:
        if lowered[first] in SOMEONE_ELSES and not is_given_name(lowered[first + 1]):
            first += 2  # "HANS SVOGER PREBEN LUND": his brother-in-law, not Hans
        elif not is_given_name(lowered[first]) and (
            is_common_word(lowered[first]) or DEFINITE_GENITIVE.fullmatch(lowered[first])
        ):
            first += 1
        else:
            break
    if first >= len(words) - 1:
        return None
    end = next(
        (i for i in range(first + 1, len(words))
         if is_common_word(lowered[i]) and not opens_surname(lowered, i)),
        len(words),
    )
    named = [w for w in lowered[first:end] if w not in read_word_sets(*NOT_NAME_LISTS)]
    if end - first < 2 or not any(is_given_name(word) for word in named):
        return None
    return replace(mention, start=mention.start + words[first].start(),
                   end=mention.start + words[end - 1].end(),
                   name=" ".join(w.group() for w in words[first:end]))


DEFINITE_GENITIVE = re.compile(r"[a-zæøå]{3,}(?:ens|ets|ernes)")  # "bagerens", "firmaets"


def stands_apart_like_a_name(text: str, mention: Mention) -> bool:
    """Whether a name in capitals with no known given name has an extension or a cell
    beside it, or is the whole of its line: the end of a line in the middle of shouted
    prose ("… UD AF JERES SYSTEM SIGER BAGEREN") is no cell."""
    if HAS_EXTENSION_AFTER.match(text, mention.end):
        return True
    if not CELL_AFTER.match(text, mention.end):
        return False
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    rest = text[mention.end : len(text) if line_end < 0 else line_end].strip()
    return bool(rest) or not text[line_start : mention.start].strip(" \t-•*·>")


SURNAME_VOWELS = frozenset("AEIOUÆØÅÄÖÜÉÈÁÍÓÚ")
OPEN_VOWELS = frozenset("AEOUÆØÅÄÖÜÉÈÁÓÚ")  # a short word in capitals with only "I" or "Y"
# is an abbreviation ("FYI"), not a surname
CAPITAL_WORDS = frozenset({  # words mail writes in capitals beside a name, not surnames
    "ASAP", "ATTENDEE", "ORGANIZER", "SUMMARY", "DESCRIPTION", "URGENT", "VIGTIGT", "HASTER",
    "HASTE", "TODO", "NOTE", "NOTICE", "EXTERNAL", "EKSTERN", "CAUTION", "OBS", "VEDR",
})


def given_before_capitals(written: str) -> bool:
    """Whether a name gives its given name in ordinary letters and only its surname in
    capitals ("Peter Ulrik MADSEN", as HR systems write it): no shouting, a person."""
    words = written.split()
    first = words[0].split("-")[0] if words else ""  # ("Marie-Louise DUPONT")
    last = words[-1] if words else ""
    return (
        len(words) >= 2 and first[:1].isupper() and first[1:].islower()
        and is_given_name(first.lower()) and last.isupper() and len(last) > 2
        and bool(SURNAME_VOWELS & set(last)) and not is_common_word(last)  # not "Ivan FYI"
        and (len(last) > 3 or bool(OPEN_VOWELS & set(last))) and last not in CAPITAL_WORDS
    )


def capitals_before_given(written: str) -> bool:
    """Whether a name gives its surname first in capitals and its given names in ordinary
    letters ("MADSEN Peter Ulrik", "KRAGH-BJERRE Kasper", as HR exports write it): a
    person, read as written."""
    words = written.split()
    first = words[0] if words else ""
    given = words[1].split("-")[0] if len(words) >= 2 else ""
    return (
        first.isupper() and len(first) > 2 and bool(SURNAME_VOWELS & set(first))
        and (len(first) > 3 or bool(OPEN_VOWELS & set(first)))  # (not "FYI Marcus")
        and not is_common_word(first) and first not in JOB_ACRONYMS | CAPITAL_WORDS
        and given[:1].isupper() and given[1:].islower() and is_given_name(given.lower())
    )


def as_written(text: str, mention: Mention) -> str:
    """The name as the mail writes it ("JENS HANSEN"; "HANSEN, Jens" turned round)."""
    written = text[mention.start : mention.end]
    surname, comma, given = written.partition(",")
    return " ".join([*given.split(), *surname.split()] if comma else written.split())


CELL_AFTER = re.compile(
    rf"[ \t]*(?:\(\d|[-–—,;|\t#][ \t]*(?:(?i:{CUE})[ \t]*[:.]?[ \t]*)?#?\d|\n|$"
    # a list of what is missing: "- MARIA KOWALSKA: extension", "For JENS HANSEN mangler vi"
    r"|:[ \t]*(?i:extension|lokalnummer|full name|fulde navn|navn|name)\b"
    r"|,?[ \t]+(?i:we need|mangler vi|vi mangler))"
)


def stands_like_a_name(text: str, mention: Mention) -> bool:
    """Whether a mention has an extension after it or ends its line or cell."""
    return bool(
        HAS_EXTENSION_AFTER.match(text, mention.end) or CELL_AFTER.match(text, mention.end)
    )


def find_titled_names(text: str, sender: str) -> list[Mention]:
    """Full-name mentions in text with capitals already title-cased."""
    mentions: list[Mention] = []
    blocked = [(span.start, span.end) for span in find_sensitive(text)]
    contacts: set[str] = set()
    for run in NAME_RUN.finditer(text):
        for start, end in split_run(text, run.start(), run.end()):
            name = " ".join(text[start:end].split())
            if is_person_name(text, start, end, sender, blocked):
                mentions.append(Mention(start, end, name=name))
            elif len(name.split()) >= 2 and is_named_contact(text, start, end):
                contacts.add(name)
    # the contact named again in short ("Lars Bo Nielsen ... Lars Bo er fortsat ansat")
    mentions = [m for m in mentions if HAS_EXTENSION_AFTER.match(text, m.end) or not any(
        c == m.name or c.startswith(f"{m.name} ") for c in contacts
    )]  # (but one given with an extension is the employee: "Kontaktperson: Rikke Holm" above
    # "Medarbejder Rikke Holm, lok 225, ønsker indsigt")
    mentions += [
        m for m in find_lower_case_names(text) if not any(overlaps(m, o) for o in mentions)
    ]
    inverted = find_inverted_names(text, sender) + find_surnames_given(text)
    mentions = [m for m in mentions if not any(overlaps(m, other) for other in inverted)]
    mentions = sorted(mentions + inverted, key=lambda mention: mention.start)
    return unify_names(
        [without_genitive(text, without_elision(mention)) for mention in mentions], text
    )


SURNAME_GIVEN = re.compile(  # "Hannah's surname is Clarke", "Karens efternavn er Holm",
    # "Karen hedder Vestergaard-Nielsen, ikke Vestergaard", "Ib hedder Lund til efternavn"
    rf"(?<![\w-])({NAME_WORD})(?:['’]s|s)?[ \t]+(?:(?i:surname|last name|family name"
    rf"|efternavn)[ \t]+(?i:is|er)[ \t]+({NAME_WORD})(?![\w-])"
    rf"|hedder[ \t]+({NAME_WORD})(?=[ \t]*,[ \t]*(?:ikke|not)[ \t]+[{UPPER}]"
    rf"|[ \t]+(?:til|i)[ \t]+efternavn))"
)


def find_surnames_given(text: str) -> list[Mention]:
    """A full name the mail gives in two parts, a known first name and then its surname
    ("Hannah's surname is Clarke"), as one mention spanning both."""
    found = []
    for match in SURNAME_GIVEN.finditer(text):
        first, surname = match.group(1), match.group(2) or match.group(3)
        if first.lower() in given_names() and surname.lower() not in given_names():
            found.append(Mention(match.start(), match.end(), name=f"{first} {surname}"))
    return found


GENITIVE_NEXT = re.compile(  # (also wrapped onto the next line, in lower case: "Ulla Fogh
    r"(?:[ \t]+|[ \t]*\n[ \t]*(?=[a-zæøå]))([^\W\d_][\w-]*)"  # Kristensens\nboks")
)
# names whose own last letter is the s ("Riis", "Claus", "Thomas", "Weiss", "Rys"); not
# "Rahimis", the genitive of "Rahimi"
OWN_FINAL_S = ("iis", "us", "as", "ss", "ys")


def without_genitive(text: str, mention: Mention) -> Mention:
    """A name in the Danish genitive before a possessed noun ("Jens Hansens data")
    without its -s; "Lars Thomas" before other words stays as written, and so does a
    name whose own last letter is the s ("Malene Riis lokal 21": Danish writes the
    genitive of such a name with an apostrophe, "Riis'")."""
    name = mention.name or ""
    following = GENITIVE_NEXT.match(text, mention.end)
    if not name.endswith("s") or len(name.split()[-1]) < 4 or following is None:
        return mention
    if name.lower().endswith(OWN_FINAL_S):
        return mention
    noun = following.group(1).lower()
    if noun in CUE_NOUNS and NUMBER_NEXT.match(text, following.end()):
        return mention  # "Gustav Helms lok 14": the cue of his number, not his "lokal"
    if noun == "data" and DANISH_BEFORE.search(text, max(0, mention.start - 40), mention.start):
        return replace(mention, name=name[:-1])  # "beder om at Louise Krogh Iversens data"
    if noun not in read_word_set("subject_possessed_nouns"):
        return mention  # (not "Please delete Mark Jones data": his surname)
    return replace(mention, name=name[:-1])


CUE_NOUNS = frozenset({"lokal", "lok", "linje"})  # "Juuls lokal var 560"
NUMBER_NEXT = re.compile(r"[ \t.:]*\d")


def without_elision(mention: Mention) -> Mention:
    """A name opening with a French elided "of" ("d'Émilie Laurent (5520)") without it:
    joined to a surname ("Marie-Louise d'Aubigné") it is a particle, opening one a word."""
    name = mention.name or ""
    if len(name) > 2 and name[0] in "dl" and name[1] in "'’":
        return replace(mention, start=mention.start + 2, name=name[2:])
    return mention


DANISH_BEFORE = re.compile(  # a Danish sentence leading up to a name ("Slet venligst Kim
    r"(?i:\b(?:slet|slette|venligst|om at|om|at|af|hos|alle|fjern|anonymiser)[ \t]+)$"  # …s data")
)


LOWER_NAME_CELL = re.compile(  # "helle vinther;2101", "morten w. ibsen;527" written in lower case,
    # "- karl emil sørensen – 0390" as a list item, "3. karl emil juhl - lokal 23" numbered
    rf"^[ \t]*(?:(?:[-•*·]|\d{{1,2}}[.)])[ \t]+)?({LOWER_WORD}(?:[ \t]+[{LOWER}]\.)?"
    rf"(?:[ \t]+{LOWER_WORD}){{1,3}})"
    r"(?:(?:[ \t]*[;|\t][ \t]*|[ \t]+|[ \t]+[–—-][ \t]+(?:(?i:nr)\.?[ \t]*)?)\d{2,6}"
    r"[ \t]*(?:[;|\t]|$|:[ \t]|\()"  # (also "ole hansen - nr. 24")
    r"|[ \t]*\(\d{2,6}\))",
    re.MULTILINE,
)
LOWER_NAME_BARE = re.compile(  # "slet disse 2 brugere: lone mortensen 612 og bjarne mortensen 613"
    rf"(?:(?<=[:,])|(?<=\bog)|(?<=\band)|(?<=\bslet)|(?<=\bslette)|(?<=\bvenligst)"
    rf"|(?<=\bfjern)|(?<=\bfjerne)|(?<=\bdelete)|(?<=\bremove)|(?<=\berase))"  # "slet jonas
    rf"(?:[ \t]+(?:og|and))?[ \t]+"  # ravn 88 og line ravn 89", ", og bo ravn 8815"
    rf"({LOWER_WORD}(?:[ \t]+{LOWER_WORD}){{1,3}})[ \t]+"
    r"(?=\d{2,6}(?![\d]|[.,/-]\d|[ \t]*(?:kr|år|stk|%|dage|timer)))"
)
CLAUSE_GOES_ON = re.compile(r"[ \t]+(?:og ikke|and not|not|på|paa|on)[ \t]")
LOWER_NAMED_AS = re.compile(
    r"(?<![\w-])(?i:han hedder|hun hedder|hedder nu|navnet er|hans navn er|hendes navn er"
    r"|is now called|is now named"
    r"|the name is|his name is|her name is|full name is|fulde navn er"
    r"|skal være|skal vaere|skal hedde|should be|should read|rettes til|ændres til"
    r"|aendres til|det var|det er|it was|it is)[ \t]+"  # "sorry det var jonas bergh med h"
    rf"({LOWER_WORD}(?:[ \t]+{LOWER_WORD}){{1,3}})"
    r"(?=[ \t]*(?:[.,;!?(]|\n|$)|[ \t]+(?:med|with)[ \t]"  # "... med h til sidst"
    rf"|{CLAUSE_GOES_ON.pattern}"  # "... og ikke signe ærendlund"
    # (then only a known first name: not "the name is shown wrongly on caller ID")
    r"|[ \t]+[^\w\s])"  # "full name is jonas aagaard frederiksen 🙈"
)
LOWER_OWNER_OF_NUMBER = re.compile(  # "lokalnummeret på anne-marie fog-larsen er 207"
    rf"(?<![\w-])(?i:{CUE})[ \t]+(?i:på|paa|for|of|til)[ \t]+"
    rf"({LOWER_WORD}(?:[ \t]+{LOWER_WORD}){{1,3}})[ \t]+(?i:er|is|was|var)[ \t]+\d{{2,6}}(?!\d)"
)
LOWER_NAME_FIELD = re.compile(  # "navn: lise-lotte vang" on a form's line of its own
    rf"^[ \t]*(?i:navn|name|fulde navn|full name|medarbejder|employee|medarbejderens navn)"
    rf"[ \t]*:[ \t]*({LOWER_WORD}(?:[ \t]+{LOWER_WORD}){{1,3}})[ \t]*$",
    re.MULTILINE,
)
LOWER_NAME_ON_NUMBER = re.compile(  # "jørgen fisk på lok 66 er gået på pension": a lower-case
    # name opening a line, a sentence or what is said ("siger at søren bækgaard på lok 77
    # stadig står med ..."), on its number
    rf"(?:^|(?<=[.!?][ \t])|(?<=\bat )|(?<=\bthat ))"
    rf"[ \t]*({LOWER_WORD}(?:[ \t]+{LOWER_WORD}){{1,2}})[ \t]+"
    rf"(?i:på|paa|on|at)[ \t]+(?i:{CUE})[ \t]*[:.]?[ \t]*\d{{2,6}}(?!\d)",
    re.MULTILINE,
)
LOWER_NAME_AT_FIRM = re.compile(
    rf"(?:^|(?<=[.!?][ \t]))[ \t]*({LOWER_WORD}(?:[ \t]+{LOWER_WORD}){{1,2}})[ \t]+"
    rf"(?:hos|at|fra|from|i|ved)[ \t]+[{UPPER}][^\W\d_]+",
    re.MULTILINE,
)
LOWER_FIRST_NAME_IN_FULL = re.compile(
    rf"(?<![\w-])({LOWER_WORD})[ \t]*(?:=|(?i:is|er|hedder|is called))[ \t]*"
    rf"(\1(?:[ \t]+{LOWER_WORD}){{1,3}})(?=[ \t]*(?:[.,;!?(]|\n|$|(?:og|and)\b))"
)
LOWER_AFTER_NUMBER_BRACKET = re.compile(  # also after a dash: "ext. 118 - sarah o'neill."
    rf"(?i:{CUE})[ \t]*[:.]?[ \t]*\d{{2,6}}(?:[ \t]*\(({LOWER_WORD}(?:[ \t]+{LOWER_WORD}){{1,3}})\)"
    rf"|[ \t]+[–—-][ \t]+({LOWER_WORD}(?:[ \t]+{LOWER_WORD}){{1,3}})(?=[ \t]*(?:[.,;!?]|\n|$)))"
)
RENAME_CUES = ("skal", "should", "rettes", "ændres", "aendres", "det ", "it ")
LOWER_RENAMED_TO = re.compile(  # "ret navnet paa lokal 3310 til kirsten holm-andersen",
    # "rette efternavnet på lise mørch lok 2231 til lise mørch-jensen"
    r"(?<![\w-])(?i:navnet|name|efternavnet|surname|last name)[ \t]+(?i:på|paa|on|of|for)"
    r"[ \t](?:[^.\n]|\.(?=[ \t]*\d)){0,40}?"  # (also "lok. 19 hos Holbæk Cykler")
    r"[ \t](?i:til|to)[ \t]+"
    rf"({LOWER_WORD}(?:[ \t]+{LOWER_WORD}){{1,3}})(?=[ \t]*(?:[.,;!?(]|\n|$|[–—-][ \t]))"
)
BRACKET_AFTER = re.compile(r"[ \t]*\(")
LOWER_LIST_BEFORE = re.compile(  # a lower-case name and its number earlier on the line
    rf"[{LOWER}]+[ \t]+[{LOWER}]+[ \t]+(?:(?i:{CUE})[ \t]*[:.]?[ \t]*)?\d{{2,6}}[ \t]*,[ \t]*$"
)
LOWER_NAME_ALONE = re.compile(
    rf"^[ \t]*(?:[-•*·][ \t]+)?({LOWER_WORD}(?:[ \t]+{LOWER_WORD}){{1,2}})"
    r"[ \t]*(?:\([^()\n]{1,80}\)[ \t]*)?$",  # "- rikke søndergaard (not sure about her ext)"
    re.MULTILINE,
)
NAME_FIELD_LABEL = re.compile(  # a form's name field before a name: "Navn: ", "1. Name: "
    r"[ \t>*]*(?:(?:[-•*·]|\d{1,2}[.)])[ \t]*)?"
    r"(?i:full name|fulde navn|fuldt navn|name|navn|medarbejder|employee)[ \t]*:[ \t]*"
)
LOWER_LISTED_WITH_NUMBER = re.compile(  # "3. maría josé de la fuente - 303" among list items
    # of capitalised names with theirs
    rf"^[ \t]*(?:[-•*·]|\d{{1,2}}[.)])[ \t]+"
    rf"({LOWER_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)*{LOWER_WORD}){{1,3}})"
    r"[ \t]*(?:[-–—:,][ \t]*|\(|[ \t])[ \t]*"
    r"(?:(?i:lokal|lok\.?|ext\.?|extension)[ \t]*[:.]?[ \t]*)?\d{2,6}\)?[ \t]*$",
    re.MULTILINE,
)
LIST_ITEM_WITH_NUMBER = re.compile(
    r"^[ \t]*(?:[-•*·]|\d{1,2}[.)])[ \t]+[^\n]*?\d{2,6}[^\n]*$", re.MULTILINE
)
AND_NEXT_NAME = (  # "slette ole kristensen og birthe aagaard fra tandlægerne": the second
    rf"[ \t]+(?:og|and)[ \t]+({LOWER_WORD}[ \t]+{LOWER_WORD})(?![\w-])"
    r"(?=[ \t]+(?:hos|at|fra|from|i|in)\b)"
)
LOWER_AFTER_REQUEST = re.compile(  # "kan i slette mikkel rasmussen hos vinkel ark.",
    # "ønsker indsigt for peter nørgaard, de har ikke lokalnummeret"
    rf"(?<![\w-])(?:slet|slette|slettet|sletning af|anonymiser|anonymisere|anonymiseret"
    rf"|anonymisering af|anonymise|anonymize"
    rf"|fjern|fjerne|delete"
    rf"|erase|remove|wipe"
    rf"|(?:indsigt|access|voicemails|calls|opkald|samtaler|recordings|optagelser|data)[ \t]+"
    rf"(?:for|om|on|of))[ \t]+(?:(?:venligst|lige|gerne|please|pls|plz)[ \t]+)?"
    rf"({LOWER_WORD}[ \t]+(?:[{LOWER}]\.[ \t]+)?{LOWER_WORD}(?:[ \t]+{LOWER_WORD})?)(?![\w-])"
    rf"(?=[ \t]*(?:hos\b|at\b|fra\b|from\b|asap\b|tak\b|på\b|paa\b|on\b|hun\b|han\b|she\b"
    rf"|hurtigst\b|snarest\b|straks\b|today\b|idag\b|i dag\b"  # "slettet henrik friis hurtigst"
    rf"|he\b|,|\.|\?|!|$"
    rf"|{AND_NEXT_NAME}))",
    re.MULTILINE,
)
LOWER_AND_NEXT = re.compile(AND_NEXT_NAME)
GIVEN_LOWER_SURNAME_CAPITAL = re.compile(
    r"(?<![^\s])(?:slet|slette|fjern|fjerne|anonymiser|anonymisere|delete|remove|erase)"
    rf"[ \t]+({LOWER_WORD})[ \t]+([{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}]+)?)(?![\w-])"
    r"(?=[ \t]*(?:hos\b|at\b|fra\b|from\b|,|\.|$|og\b|and\b|han\b|hun\b|lok|ext))",
    re.MULTILINE,
)
GIVEN_LOWER_LIST_LINE = re.compile(  # a list line whose given name was typed in lower case
    # before a capitalised surname and the number: "frederik von Holstein-Rathlou 30"
    rf"^[ \t]*(?:[-•*·][ \t]*|\d{{1,2}}[.)][ \t]*)?([{LOWER}]+(?:-[{LOWER}]+)?"
    rf"(?:[ \t]+(?:{PARTICLE}))*(?:[ \t]+[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?){{1,2}})"
    rf"[ \t]*[,:–—-]?[ \t]*\(?(?:(?i:{CUE})[ \t]*[:.]?[ \t]*)?\d{{2,6}}\)?[ \t]*$",
    re.MULTILINE,
)
LOWER_AND_AFTER_NUMBER = re.compile(  # a lower-case name after "og" ending its clause
    rf"\d{{2,6}}\)?[ \t]+(?:og|and)[ \t]+({LOWER_WORD}[ \t]+{LOWER_WORD}(?:[ \t]+{LOWER_WORD})?)"
    r"(?=[ \t]*(?:[.,;]|$)|[ \t]+(?:hos|at|fra|from)\b)",
    re.MULTILINE,
)
DASH = re.compile("[–—-]")
LOWER_AFTER_PERSON_NOUN = re.compile(  # "medarbejderen karsten lund-hansen hos nordvind hotel"
    rf"(?<![\w-])(?:medarbejderen|medarbejder|kollegaen|kollega|brugeren|the employee|employee"
    rf"|our colleague|colleague|the user)[ \t]+"
    rf"({LOWER_WORD}[ \t]+{LOWER_WORD}(?:[ \t]+{LOWER_WORD})?)(?![\w-])"
    r"(?=[ \t]*(?:hos\b|at\b|fra\b|from\b|skal\b|har\b|er\b|ønsker\b|vil\b|wants\b|has\b"
    rf"|is\b|would\b|,|\.|$|(?i:{CUE})[ \t]*[:.]?[ \t]*\d))",
    re.MULTILINE,
)
LOWER_AFTER_NAMING = re.compile(  # "Hun hedder sara el-amin og har været ansat i foråret"
    rf"(?<![\w-])(?i:hedder|hed|her name is|his name is|is called|is named)[ \t]+"
    rf"({LOWER_WORD}[ \t]+{LOWER_WORD}(?:[ \t]+{LOWER_WORD})?)(?![\w-])"
    r"(?=[ \t]*(?:og\b|and\b|,|\.|;|$))",
    re.MULTILINE,
)
LOWER_AFTER_EXTENSION = re.compile(  # "slet venligst lok 31 jens hansen tak"
    rf"(?i:{CUE})[ \t]*[:.]?[ \t]*\d{{2,6}}[ \t]+({LOWER_WORD}(?:[ \t]+{LOWER_WORD}){{1,3}})"
)
CUE_WORD = re.compile(rf"(?i:{CUE})")
ENDS_CLAUSE = re.compile(  # also before the workplace: "lok 5502 karin holm fra Holm & Co"
    r"[ \t]*(?:[.,;!?)]|\n|$|og\b|and\b|tak\b|thanks\b|fra\b|hos\b|from\b|at\b)"
)
LOWER_QUOTED = re.compile(rf"[\"“„«']({LOWER_WORD}(?:[ \t]+{LOWER_WORD}){{1,3}})[\"”“»']")
NUMBERED_LINE = re.compile(r"^[ \t]*(?:[-•*·][ \t]*)?\d{2,6}[ \t]*[-–—:=][ \t]*\S", re.MULTILINE)
LOWER_AFTER_NUMBER = re.compile(  # "12 – jens peter madsen" as a list line
    rf"^[ \t]*(?:[-•*·][ \t]*)?\d{{2,6}}[ \t]*[-–—:=][ \t]*"
    rf"({LOWER_WORD}(?:[ \t]+{LOWER_WORD}){{1,3}})[ \t]*$",
    re.MULTILINE,
)
LOWER_INVERTED = re.compile(  # "hansen, jens (lok 2211)" as a list line
    rf"^[ \t]*(?:[-•*·]|\d{{1,2}}[.)])?[ \t]*({LOWER_WORD}),[ \t]*"
    rf"([{LOWER}]+(?:[ \t]+[{LOWER}]+)?)(?=[ \t]*[(,–-]?[ \t]*(?i:{CUE})[ \t]*[:.]?[ \t]*\d)",
    re.MULTILINE,
)


OPENING_QUOTE = re.compile(r"^([ \t]*)[\"“„«]", re.MULTILINE)  # (blanked, the offsets kept)


def find_lower_case_names(text: str) -> list[Mention]:
    """Lower-case names before an extension: "jens hansen lokal 4" opening a line,
    "kan i slette jens hansen lokal 4" in a line written without capitals, or a table
    row "jens hansen;4"."""
    text = OPENING_QUOTE.sub(r"\1 ", text)  # a quoted line: '"jonas mikkelsen lokal 88 vil ..."'
    mentions: list[Mention] = [
        Mention(match.start(1), match.end(1), name=" ".join(match.group(1).split()))
        for match in LOWER_NAME_CELL.finditer(text)
        if not any(is_common_word(word) or CUE_WORD.fullmatch(word)
                   for word in match.group(1).split())
        and not CUE_WORD.fullmatch(" ".join(match.group(1).split()))  # "internt nummer 1502"
    ]
    runs = [
        (match, words) for match in overlapping(LOWER_AFTER_EXTENSION, text)
        if len(words := leading_name_words(match.group(1).split())) >= 2
    ]
    for match, words in runs:
        line = line_of(text, match.start())
        # in a line with capitals, only a list of them, each ending its clause and with
        # no function word ("indsigt for lok 55 morten lyng og lok 56 ... Grenaa VVS")
        listed = sum(1 for other, _ in runs if line_of(text, other.start()) == line) >= 2
        run_end = match.start(1) + len(" ".join(words))
        single = len(words) in (2, 3) and words[0] in given_names()
        if line == line.lower() or (
            (listed or single) and ENDS_CLAUSE.match(text, run_end)
        ):  # "Slet venligst lok 214 jens hansen tak, han er stoppet hos Salon Krøllen"
            start = match.start(1)
            mentions.append(Mention(start, start + len(" ".join(words)), name=" ".join(words)))
    for match in LOWER_NAME_BARE.finditer(text):  # bare numbers after names in a line
        # written wholly in lower case, or going on a list of lower-case names with numbers
        # ("...: peter lund lok 12, maria nørgaard 13"); request words before the name are
        # no part of it ("slet venligst anne-sofie lund 301")
        spans = list(re.finditer(r"\S+", match.group(1)))
        while spans and is_common_word(spans[0].group()):
            spans.pop(0)
        words = [span.group() for span in spans]
        if len(words) < 2 or any(is_common_word(w) or CUE_WORD.fullmatch(w) for w in words):
            continue
        if words[0].lower() in POSSESSIVES:  # "og hans mobilnummer 31 40 40 40"
            continue
        if (line_of(text, match.start()) == line_of(text, match.start()).lower()
                or words[0] in given_names()  # "slet: per olsen 210, kim ..."
                or LOWER_LIST_BEFORE.search(text, text.rfind("\n", 0, match.start()) + 1,
                                            match.start())):
            start = match.start(1) + spans[0].start()
            mentions.append(Mention(start, match.end(1), name=" ".join(words)))
    mentions += [  # a request verb or "medarbejderen" before a lower-case name, in a line
        # without capitals or starting with a known first name ("kan i slette mads
        # kjeldsen hos Hørsholm Fysioterapi")
        Mention(match.start(1), match.end(1), name=" ".join(match.group(1).split()))
        for pattern in (LOWER_AFTER_REQUEST, LOWER_AFTER_PERSON_NOUN, LOWER_AFTER_NAMING)
        for match in overlapping_words(pattern, text)
        if match.group(1).split()[0] not in POSSESSIVES  # "slette hans stemmeprofil"
        and (line_of(text, match.start()) == line_of(text, match.start()).lower()
            or is_given_name(match.group(1).split()[0]))
        and not any(  # (a given name that is also a word leads a name: "august lindholm")
            (is_common_word(word) and not (i == 0 and is_given_name(word)))
            or CUE_WORD.fullmatch(word)
            for i, word in enumerate(match.group(1).split())
        )
    ]
    mentions += [  # a given name typed in lower case before a capitalised surname, after
        # a request word ("vil i slette peter Mølgaard fra kunden odense rør")
        Mention(match.start(1), match.end(2), name=f"{match.group(1)} {match.group(2)}")
        for match in GIVEN_LOWER_SURNAME_CAPITAL.finditer(text)
        if is_given_name(match.group(1)) and not is_common_word(match.group(1))
        and not any(is_common_word(word) or is_business_word(word)
                    for word in match.group(2).split())
    ]
    mentions += [  # "frederik von Holstein-Rathlou 30" among capitalised rows of a list
        Mention(match.start(1), match.end(1), name=" ".join(match.group(1).split()))
        for match in GIVEN_LOWER_LIST_LINE.finditer(text)
        if is_given_name(match.group(1).split()[0])
        and not is_common_word(match.group(1).split()[0])
        and not any(is_common_word(word) or is_business_word(word)
                    for word in match.group(1).split()[1:] if word[:1].isupper())
    ]
    mentions += [  # the second of two: "slette ole kristensen og birthe aagaard fra ..."
        Mention(second.start(1), second.end(1), name=" ".join(second.group(1).split()))
        for mention in list(mentions)
        if (second := LOWER_AND_NEXT.match(text, mention.end)) is not None
        and line_of(text, second.start()) == line_of(text, second.start()).lower()
        and not any(is_common_word(word) for word in second.group(1).split())
    ]
    mentions += [  # "peter lund lok 45 og anne-mette skov. begge stoppet"
        Mention(match.start(1), match.end(1), name=" ".join(match.group(1).split()))
        for match in LOWER_AND_AFTER_NUMBER.finditer(text)
        if match.group(1).split()[0].split("-")[0] in given_names()
        and not any(is_common_word(word) or CUE_WORD.fullmatch(word)
                    for word in match.group(1).split())
    ]
    mentions += [  # "ext 330 (tobias wennberg)": a lower-case name in brackets after a number
        Mention(match.start(group), match.end(group), name=" ".join(match.group(group).split()))
        for match in LOWER_AFTER_NUMBER_BRACKET.finditer(text)
        if (group := 1 if match.group(1) else 2)
        and is_given_name(match.group(group).split()[0])
        and not any(is_common_word(word) for word in match.group(group).split())
    ]
    mentions += [  # a name given as the answer: "det er mikkel østergaard. lok 231"
        Mention(match.start(1), match.end(1), name=" ".join(match.group(1).split()))
        for match in LOWER_NAMED_AS.finditer(text)
        if not any(is_common_word(word) for word in match.group(1).split())
        and (match.group(1).split()[0] in given_names()
             or not CLAUSE_GOES_ON.match(text, match.end()))
        and (match.group(1).split()[0] in given_names() or not (
            match.group().lower().startswith(RENAME_CUES) or BRACKET_AFTER.match(text, match.end())
        ))
    ]  # (after "skal være" or before a bracket only a known first name: not "should be
    # directed to us", "Navnet er rigtigt nok (Jens Hansen)")
    mentions += [  # whose number it is: "lokalnummeret på anne-marie fog-larsen er 207"
        Mention(match.start(1), match.end(1), name=" ".join(match.group(1).split()))
        for match in LOWER_OWNER_OF_NUMBER.finditer(text)
        if not any(is_common_word(word) for word in match.group(1).split())
    ]
    mentions += [  # a form's name field: "navn: lise-lotte vang"
        Mention(match.start(1), match.end(1), name=" ".join(match.group(1).split()))
        for match in LOWER_NAME_FIELD.finditer(text)
        if not any(is_common_word(word) or CUE_WORD.fullmatch(word)
                   for word in match.group(1).split())
    ]
    mentions += [  # "jørgen fisk på lok 66 er gået på pension"
        Mention(match.start(1), match.end(1), name=" ".join(match.group(1).split()))
        for match in LOWER_NAME_ON_NUMBER.finditer(text)
        if is_given_name(match.group(1).split()[0])
        and not any(is_common_word(word) or CUE_WORD.fullmatch(word)
                    for word in match.group(1).split()[1:])
    ]
    mentions += [  # "karen lykkegaard hos Nexø Bogcafé vil have indsigt": a lower-case name
        # opening a line or a sentence, then the firm it works at
        Mention(match.start(1), match.end(1), name=" ".join(match.group(1).split()))
        for match in LOWER_NAME_AT_FIRM.finditer(text)
        if is_given_name(match.group(1).split()[0])
        and not any(is_common_word(word) or CUE_WORD.fullmatch(word)
                    for word in match.group(1).split())
    ]
    mentions += [  # a first name said in full: "philip = philip nyborg"
        Mention(match.start(2), match.end(2), name=" ".join(match.group(2).split()))
        for match in LOWER_FIRST_NAME_IN_FULL.finditer(text)
        if is_given_name(match.group(1))
        and not any(is_common_word(word) for word in match.group(2).split()[1:])
    ]
    mentions += [
        Mention(match.start(1), match.end(1), name=" ".join(match.group(1).split()))
        for match in LOWER_RENAMED_TO.finditer(text)
        if match.group(1).split()[0].split("-")[0] in given_names()  # also "lise-lotte"
        and not any(is_common_word(word) for word in match.group(1).split())
    ]
    mentions += [  # 'der staar "mikkel frederiksen" men det skal vaere "mikkel fredriksen"'
        Mention(match.start(1), match.end(1), name=" ".join(match.group(1).split()))
        for match in LOWER_QUOTED.finditer(text)
        if follows_rename_cue(text, match.start(1), match.end(1))
        and not any(is_common_word(word) for word in match.group(1).split())
    ]
    mentions += [
        Mention(match.start(1), match.end(1), name=" ".join(match.group(1).split()))
        for match in LOWER_AFTER_NUMBER.finditer(text)
        if len(NUMBERED_LINE.findall(text)) >= 2  # one of a list of "number – name" lines
        and not any(is_common_word(word) or CUE_WORD.fullmatch(word)
                    for word in match.group(1).split())
    ]
    mentions += [  # a lower-case item of a list of names with their numbers
        Mention(match.start(1), match.end(1), name=" ".join(match.group(1).split()))
        for match in LOWER_LISTED_WITH_NUMBER.finditer(text)
        if without_accents(match.group(1).split()[0].split("-")[0]) in given_names()
        and not any(is_common_word(word) or CUE_WORD.fullmatch(word)
                    for word in match.group(1).split() if not re.fullmatch(PARTICLE, word))
        and beside_list_item(text, match.start(), match.end())
    ]
    mentions += [  # a list line of a known first name and a surname, without its number,
        # next to lines of names with theirs ("peter holm 81\nsusanne lind")
        Mention(match.start(1), match.end(1), name=" ".join(match.group(1).split()))
        for match in LOWER_NAME_ALONE.finditer(text)
        if match.group(1).split()[0] in given_names()
        and not any(is_common_word(word) or CUE_WORD.fullmatch(word)
                    for word in match.group(1).split())
        and (beside_lower_row(text, match.start(), match.end())
             or beside_numbered_item(text, match.start(), match.end()))
    ]
    mentions += [
        Mention(match.start(1), match.end(2), name=f"{match.group(2)} {match.group(1)}")
        for match in LOWER_INVERTED.finditer(text)
        if not any(is_common_word(w) for w in (*match.group(1).split(), *match.group(2).split()))
    ]
    line_matches = list(LOWER_NAME_LINE.finditer(text))
    for match in line_matches:
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        # capitalised request words before the run are no part of it: "Slet venligst mette
        # holm lok. 5" (but "Navneskift af profil billede, lokal 4" has no name)
        spans = list(re.finditer(r"\S+", match.group(1)))
        while spans and spans[0].group() != spans[0].group().lower():
            if not (is_common_word(spans[0].group()) or is_job_title(spans[0].group())):
                break  # "Agent Wei (ext 6021)": a title, then a first name alone
            spans.pop(0)
        words = [w.group() for w in spans]
        run_start = match.start(1) + spans[0].start() if spans else match.end(1)
        # capitals used elsewhere in the line: a line that opens with the name (after
        # request words: "slet venligst mikkel frost, lokal 52 hos Amager Byg"), or a run
        # written in lower case after a function word ("Slet jens hansen lok. 5")
        # one of a list of them on the line ("hos Bager Ørum i Nexø karina lund lok 12,
        # ole bak lok 14"): the list tells a run after a place name is a name
        listed = sum(line_of(text, other.start()) == line for other in line_matches) >= 2
        if listed:  # the list's name is the lower-case end of the run ("i Nexø karina lund")
            while len(spans) > 2 and any(w.group() != w.group().lower() for w in spans):
                if is_given_name(spans[0].group().lower()):
                    break  # a sentence about someone: "Ahmed has moved to ext. 140"
                spans.pop(0)
            words = [w.group() for w in spans]
            run_start = match.start(1) + spans[0].start() if spans else match.end(1)
        if (line != line.lower() and text[line_start:run_start].strip()
                and not opens_lower_case_run(text, line_start, run_start, words, listed)):
            continue
        if DASH.search(text, match.end(1), match.end()) and text[line_start:run_start].strip(
            " \t-•*·"
        ) and not LIST_MARK.fullmatch(text, line_start, run_start) and not (
            NAME_FIELD_LABEL.fullmatch(text, line_start, run_start)  # "1. Navn: hans lund –"
        ):
            continue  # "susanne lund – lok. 1202" opens its line; not "Objection to processing
            # – ext. 2207"
        while words and is_common_word(words[0]):
            words.pop(0)
        common = [index for index, word in enumerate(words) if is_common_word(word)]
        if common and common[-1] + 1 < len(words) and is_given_name(words[common[-1] + 1]):
            words = words[common[-1] + 1 :]  # "til statistik for peter lund intern 31"
        if words and words[0][:1].isupper() and words[-1] == words[-1].lower():
            continue  # "Klitgaarden Badehotel want extension 240": a firm, then a verb
        if len(words) >= 2 and not any(is_common_word(word) for word in words):
            start = match.end(1) - len(words[-1])
            start = text.rfind(words[0], match.start(1), start + 1)
            mentions.append(Mention(start, match.end(1), name=" ".join(words)))
    return [  # the longest reading of a run only ("peter h. due", not also "peter h")
        m for m in mentions
        if not any(o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
                   for o in mentions)
        and not names_lower_case_firm(m.name or "")
    ]


def names_lower_case_firm(name: str) -> bool:
    """Whether a lower-case run is a firm's name: "tømrer jensen aps" ends in its legal
    form, "murer hansen" opens with a trade."""
    words = name.split()
    return bool(words) and (
        (words[-1],) in company_words()[0]
        or (words[0] in read_word_set("subject_trade_titles") and words[0] not in given_names())
    )


def is_given_name(word: str) -> bool:
    """Whether a lower-case word is a known first name, or joins two ("lars-erik")."""
    return word in given_names() or (
        "-" in word and all(part in given_names() for part in word.split("-"))
    ) or spelt_with_danish_letters(word) in given_names()  # "soeren"


def spelt_with_danish_letters(word: str) -> str:
    """A word typed without æ, ø, å written with them ("soeren" -> "søren")."""
    return word.replace("aa", "å").replace("oe", "ø").replace("ae", "æ")


def beside_lower_row(text: str, start: int, end: int) -> bool:
    """Whether the line above or below `text[start:end]` is a lower-case name with its
    number ("peter holm 81"): the line is one of a list of employees."""
    return any(
        (gap := text[cell.end() : start] if cell.end() <= start else text[end : cell.start()])
        .count("\n") == 1 and not gap.strip()
        for cell in LOWER_NAME_CELL.finditer(text)
    )


NUMBERED_ITEM = re.compile(r"^[ \t]*[-•*·][ \t]+[^\n]*?\d{2,6}[^\n]*$", re.MULTILINE)


def beside_numbered_item(text: str, start: int, end: int) -> bool:
    """Whether a bullet line of a name is next to a bullet line with a number ("- lars
    ebbesen" above "- Zeynep Demir-Kaya (303)"): one more employee of the list."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = line_end if line_end >= 0 else len(text)
    if not re.match(r"[ \t]*[-•*·][ \t]", text[line_start:end]):
        return False
    return any(
        item.end() + 1 == line_start or item.start() == line_end + 1
        for item in NUMBERED_ITEM.finditer(text)
    )


def beside_list_item(text: str, start: int, end: int) -> bool:
    """Whether the line above or below is a list item with a number of its own, holding
    a capitalised word: a list of employees the lower-case line is one of."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = line_end if line_end >= 0 else len(text)
    return any(
        (item.end() + 1 == line_start or item.start() == line_end + 1)
        and re.search(rf"[{UPPER}]", item.group()) is not None
        for item in LIST_ITEM_WITH_NUMBER.finditer(text)
    )


def overlapping_words(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Matches of a pattern whose last word may be a word after the name ("delete john
    whitfield asap"): the shorter match is tried too."""
    found = list(pattern.finditer(text))
    for match in list(found):
        if len(match.group(1).split()) == 3:
            end = match.start(1) + match.group(1).rfind(" ")
            shorter = pattern.match(text, match.start(), end)
            if shorter is not None:
                found.append(shorter)
    return found


def overlapping(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Matches that may share text: a run's last words can open the next match ("lok 55
    morten lyng og lok 56 camilla ask")."""
    found: list[re.Match[str]] = []
    position = 0
    while (match := pattern.search(text, position)) is not None:
        found.append(match)
        position = match.start(1) if match.start(1) > match.start() else match.end()
    return found


def leading_name_words(words: list[str]) -> list[str]:
    """The words of a lower-case run up to the first function, request or cue word
    ("morten lyng og lok 56" -> "morten lyng")."""
    kept: list[str] = []
    for word in words:
        if CUE_WORD.fullmatch(word) or is_common_word(word):
            break
        kept.append(word)
    return kept


def line_of(text: str, position: int) -> str:
    """The line holding `position`."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start : end if end >= 0 else len(text)]


ARTICLES = frozenset({"the", "a", "an", "den", "det", "en", "et"})


LIST_MARK = re.compile(r"[ \t]*(?:[-•*·]|\d{1,2}[.)])[ \t]*")
PREPOSITIONS_BEFORE_NUMBER = frozenset(
    {"to", "til", "on", "på", "paa", "at", "from", "fra", "for", "with", "med", "via", "in", "i"}
)


def opens_lower_case_run(
    text: str, line_start: int, start: int, words: list[str], listed: bool = False
) -> bool:
    """Whether a lower-case run inside a line with capitals can be a name: all its
    words written in lower case, and the word before it a function or request word
    (not "Name change for ext. 2219", "Objection - profile photo, ext. 2240")."""
    if not all(word == word.lower() and word.replace("-", "").isalpha() for word in words):
        return False  # "fatima el-amin" is a name, "lok.5" is not
    kept = list(words)
    while kept and is_common_word(kept[0]):
        kept.pop(0)
    if kept and kept[-1].lower() in PREPOSITIONS_BEFORE_NUMBER:
        return False  # "was moved to ext 313", "er flyttet til lokal 230": no name
    cut = len(words) - len(kept)  # a noun after its article is no request word before a
    if kept and any(word.lower() in ARTICLES for word in words[max(cut - 2, 0):cut]) and (
        not is_given_name(kept[0])  # name: "the receptionist gave out ext. 5021", "on the
    ):  # company phones (extension 4415)" (but "kan i slette mads kjeldsen", "brugerne
        return False  # soeren aabenraa lok 44")
    said_before = tokenize(text[line_start:start])
    if said_before and said_before[-1].lower() in ARTICLES and kept and not is_given_name(kept[0]):
        return False  # "The directory shows ext. 4415": a noun after its article
    if text[line_start:start].rstrip().endswith(":") or LIST_MARK.fullmatch(
        text, line_start, start
    ):  # a list after its intro: "... hos Nyborg VVS: peter lund", "3. karl emil juhl"
        return 2 <= len(kept) <= 4
    if len(kept) == len(words):  # nothing dropped: check the word before the run
        before = text[line_start:start].rstrip().rstrip(":,;").rstrip()  # "slet venligst: "
        tokens = tokenize(before)
        after_extension = bool(  # "lok 88, pia holm lok 89", not "option 4 goes to ext. 74"
            re.search(r"(?<![\d.,])\d{2,6}$", before))
        opens_with_given_name = (  # "hej. bo kristensen lok 27 er stoppet hos Glamsbjerg Auto"
            bool(before) and before[-1] in ".!?" and 2 <= len(kept) <= 3
            and kept[0] in given_names()
        )
        if not after_extension and not listed and not opens_with_given_name and (
            not tokens or not before[-1].isalpha() or not is_common_word(tokens[-1])
        ):
            return False
    return 2 <= len(kept) <= 4


LOWER_INVERTED_NAME = re.compile(  # "hansen, mette - 88", "for o'brien-larsen, kathleen ext
    # 4410": a lower-case "surname, given" opening a list line or after a request word, then
    # its number
    rf"(?:^[ \t]*(?:[-•*·]|\d{{1,2}}[.)])?[ \t]*|(?<=\bfor )|(?<=\bslet )|(?<=\bslette )|(?<=: )"
    rf"|(?<=\bdelete )|(?<=\berase )|(?<=\bafter )|(?<=\bpå )|(?<=\bof )|(?<=\bon ))"
    rf"({LOWER_WORD}),[ \t]*({LOWER_WORD}(?:[ \t]+(?!(?i:{CUE})\b){LOWER_WORD}){{0,2}})"
    rf"(?=[ \t]*(?:[-–—:,;|(][ \t]*|[ \t])[ \t]*(?:(?i:{CUE})[ \t]*[:.]?[ \t]*)?\d{{2,6}}(?!\d))",
    re.MULTILINE,
)


def find_inverted_names(text: str, sender: str) -> list[Mention]:
    """Names written "Surname, Given" as a list item or table row, turned round."""
    mentions: list[Mention] = [  # "hansen, mette - 88": in lower case, a known given name
        Mention(match.start(1), match.end(2), name=f"{match.group(2)} {match.group(1)}")
        for match in LOWER_INVERTED_NAME.finditer(text)
        if match.group(2).split()[0] in given_names()
        and match.group(1) not in given_names()
        and not any(is_common_word(word) for word in (match.group(1), *match.group(2).split()))
    ]
    for match in INVERTED_NAME.finditer(text):
        surname, given = match.group(1), " ".join(match.group(2).split())
        start = match.start(1)
        own_surname = " ".join(w for w in surname.split() if not re.fullmatch(PARTICLE, w))
        if not INVERTED_END.match(text, match.end(2)) and (
            given.split()[0].lower() not in given_names()
            or " " in own_surname or surname.lower() in given_names()
        ):  # ("Please delete van der Berg, Pieter at ...": one surname with its particles)
            continue  # in prose only a known first name after a surname ("for Hansen, Jens fra")
        if " " not in surname and surname.lower() in given_names() and len(given.split()) >= 2 and (
            not text[text.rfind("\n", 0, start) + 1 : start].strip()
        ):
            continue  # "Kirsten, Jonas Vinter (lokal 88 ...)" opening a line: whom it greets
        first, _, rest = surname.partition(" ")
        if rest and GREETING.fullmatch(first):
            continue  # "Hej Karen, Martin Friis (lok 87) er nu slettet": whom it greets
        if rest and is_common_word(first):  # "Vedr. kunden: Medarbejder Hansen, Jens (lokalnr"
            surname, start = rest.strip(), match.start(1) + surname.index(rest)
        words = [w for w in (*given.split(), *surname.split()) if not re.fullmatch(PARTICLE, w)]
        if any(is_common_word(word) or is_business_word(word) for word in words):
            continue
        if any(is_job_title(word) for word in given.split()):
            continue  # '"Hannah-Lee McKenzie, Senior Consultant"': a name and its title
        if is_sender(words, sender) or (
            start == match.start(1) and follows_capitalised_word(text, start)
        ):
            continue  # "kunde Haderslev Boligselskab, Frederik Lund (lok. 77)"
        if " " in surname.strip() and surname.split()[0].lower() in given_names() and (
            given.split()[0].lower() not in given_names()
        ):
            continue  # '"Tina Lassen, Boghandler"': a name and what she does
        if " " in surname.strip() and len(given.split()) >= 2 and not any(
            re.fullmatch(PARTICLE, word) for word in surname.split()
        ) and surname.split()[0].lower() in given_names():
            continue  # "Jens Hansen, Mette Holm": two names listed, not one turned round (but
            # "García López, María José (4413)" is one)
        mentions.append(Mention(start, match.end(2), name=f"{given} {surname}"))
    return mentions


def follows_capitalised_word(text: str, position: int) -> bool:
    """Whether a capitalised word ends right before `position` on its line (the surname
    would then be the end of a company name)."""
    line_start = text.rfind("\n", 0, position) + 1
    before = text[line_start:position].split()
    if before and before[-1] in {"&", "og", "and"} and len(before) >= 2:
        before = before[:-1]  # "hos Aalborg Kloak & Rør, Ahmet Yılmaz (lokalnr: 0412)"
    return bool(before) and before[-1][:1].isupper() and before[-1][-1:].isalpha()


def overlaps(one: Mention, other: Mention) -> bool:
    """Whether two mentions share any text."""
    return one.start < other.end and other.start < one.end


VIETNAMESE_LETTERS = frozenset("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


TABLE_CELL_END = re.compile(  # "Nikolaj From Poulsen | 8312", or that row as the line
    # `parsers.tables.rows_as_lines` writes of it ("Nikolaj From Poulsen, lokal 8312")
    r"[ \t]*(?:\||;|\t|,[ \t]*lokal[ \t]+\d+[ \t]*$)", re.MULTILINE
)
VIETNAMESE_MIDDLE = frozenset({"Thi", "Van", "Thị", "Văn"})
# East Asian surnames of three letters or more: after one of them a short given name that
# is also a Danish word is the name's own ("Vi Pham lok 47", "Ny Tran er stoppet")
EAST_ASIAN_SURNAMES = frozenset({
    "Nguyen", "Nguyễn", "Tran", "Trần", "Pham", "Phạm", "Hoang", "Hoàng", "Huynh", "Huỳnh",
    "Phan", "Dang", "Đặng", "Bui", "Bùi", "Duong", "Dương", "Ngo", "Ngô", "Trinh", "Dinh",
    "Truong", "Wang", "Zhang", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Liu",
})
DATE_BEFORE_MONTH = re.compile(r"(?:\d\.?|\b(?:i|in|of|fra|from|til|since|siden))[ \t]*$", re.I)


def split_run(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Parts of a capitalised run between words that are never names."""
    parts: list[tuple[int, int]] = []
    part_start: int | None = None
    part_end = start
    words = list(re.finditer(r"\S+", text[start:end]))
    # A function word in a name right before its extension is the name's own: a short
    # last word ("Nguyễn Văn An (lokal 1180)", "Anders And") or the first of two
    # ("Will Hope, extension 3107"); never a greeting or request word ("Hej Jens, lok 5").
    # A short one between two name words is a middle name anywhere ("Mehmet Can Aydın").
    before_extension = (
        HAS_EXTENSION_AFTER.match(text, end) is not None
        or NUMBER_ENDS_LINE_AFTER.match(text, end) is not None  # "• Nguyễn Văn An – 7705"
        or COMMA_NUMBER_AFTER.match(text, end) is not None  # "Niels Ulrik From, 4420 - han"
    )
    line_start = text.rfind("\n", 0, start) + 1
    whole_cell = not text[line_start:start].strip(" \t-•*·|") and TABLE_CELL_END.match(text, end)
    # a name written with Vietnamese letters keeps its short words ("Nguyễn Văn An with")
    vietnamese = any(VIETNAMESE_LETTERS.intersection(word.group().lower()) for word in words)
    for index, word in enumerate(words):
        word_start, word_end = start + word.start(), start + word.end()
        is_particle = re.fullmatch(PARTICLE, word.group()) is not None
        names_own = is_function_word_only(word.group()) and (
            (
                (before_extension or vietnamese)  # (four letters after two name words:
                and index == len(words) - 1 and part_start is not None  # "Niels Erik From,
                and len(word.group()) <= (4 if index >= 2 and before_extension else 3)  # lok."
            )
            or (
                before_extension
                and index == 0 and len(words) == 2 and not opens_sentence(text, word_start)
            )
            or (  # a Vietnamese surname before its middle name ("Do Thi Huong", "Le Van An")
                part_start is None and index + 2 < len(words) and len(word.group()) <= 3
                and words[index + 1].group() in VIETNAMESE_MIDDLE
            )
            or (  # a short middle name between two name words ("Mehmet Can Aydın"), any
                0 < index < len(words) - 1 and part_start is not None  # in a table's name
                and (len(word.group()) <= 3 or whole_cell  # cell ("Nikolaj From Poulsen |"),
                     or (len(word.group()) == 4 and is_given_name(words[0].group().lower())))
                # or four letters after a given name ("Kamilla With Andersen")
                and not is_common_word(words[index + 1].group())
            )
        ) or (  # a short given name before an East Asian surname ("Vi Pham lok 47")
            index == 0 and len(words) == 2 and len(word.group()) <= 3
            and words[1].group() in EAST_ASIAN_SURNAMES
            and word.group().lower().rstrip(".") not in HONORIFICS  # not "Ms Chen"
        ) or (  # a month that is a first name too, after one ("Signe Maj Rasmussen")
            0 < index < len(words) - 1 and part_start is not None
            and word.group().lower() in given_names()
            and words[index - 1].group().lower() in given_names()
            and not is_common_word(words[index + 1].group())
        ) or (  # a surname that is also a word, capitalised after a first name right
            # before the extension, where a sentence writes words in lower case ("Per
            # Sletting, lokal 214", "Anne Ret (lok. 3301)")
            before_extension and index == len(words) - 1 and index >= 1
            and part_start == start + words[0].start()
            and is_given_name(words[0].group().lower().split("-")[0])
            and word.group()[:1].isupper() and word.group()[1:].islower()
            and not CUE_WORD.fullmatch(word.group())
            and not is_role_word(word.group())
        ) or (  # or first, before a surname and the extension ("Maj Sommer – lok. 32"),
            index == 0 and len(words) >= 2 and (before_extension or whole_cell)  # not
            and word.group().lower() in given_names()  # after a day ("31. Maj Hansen")
            and not is_common_word(words[1].group())
            and not DATE_BEFORE_MONTH.search(text, line_start, word_start)
        )
        opening_title = (  # "Sognepræst Anna", "Vognmand Poul Holm (lokal 88)", but a
            part_start is None and is_job_title(word.group())  # "Vognmand Kurt Brandt" with
            and (before_extension or not is_business_word(word.group()))  # no number is the
        )  # customer's business
        abbreviated = re.fullmatch(ABBREVIATED_GIVEN, word.group()) is not None  # "Kr.", "Th."
        honorific = part_start is None and word.group().lower().rstrip(".") in HONORIFICS
        if (is_particle and part_start is None) or opening_title or honorific or (
            is_common_word(word.group()) and not is_particle and not names_own
            and not abbreviated
        ):
            ends_in_role = index == len(words) - 1 and is_role_word(word.group())
            if part_start is not None and not ends_in_role:  # "Key Account Manager"
                parts.append((part_start, part_end - (text[part_end - 1] == ".")))
            part_start = None
            continue
        part_start = word_start if part_start is None else part_start
        part_end = word_end
    if part_start is not None:
        parts.append((part_start, part_end))
    return parts  # (a part cut before a common word ends without the dot of "Thu Ha. Please")


SURNAME_WITHHELD = re.compile(rf"[{UPPER}]\.?")


NAMESAKE_OF_WRITER = re.compile(  # the writer saying an employee only shares their name
    r"(?i:samme navn som mig|same name as me|not me\b|ikke mig\b|no relation to me"
    r"|ingen relation til mig|min navnebror|min navnesøster|my namesake|hence the name"
    r"|deraf navnet|derfor samme navn)"
)


def namesake_of_writer(text: str, end: int) -> bool:
    """Whether the writer says, right after a name like their own, that it only shares
    their name; read only for such a name, not for every name of every mail."""
    return NAMESAKE_OF_WRITER.search(text, end, end + 160) is not None


OPENING_ARTICLES = frozenset({"en", "et", "a", "an", "the", "one", "nogle", "some"})


def is_person_name(
    text: str, start: int, end: int, sender: str, blocked: list[tuple[int, int]]
) -> bool:
    """Whether text[start:end] names a person the request could be about."""
    written = text[start:end].split()
    words = [w for w in written if not re.fullmatch(PARTICLE, w)]
    if not 2 <= len(words) <= MAX_NAME_WORDS:
        return False
    if "y" in written[:2]:  # "María José García y López", not the restaurant "Tapas y Más"
        return False
    if SURNAME_WITHHELD.fullmatch(written[-1]):
        return False  # "Sanne M.", "Mette H.": the surname kept back, no full name given
    if len(written) > len(words) and words[0].lower() in OPENING_ARTICLES:
        return False  # "En del af Nordvigs folk": a sentence's article, small words, no name
    if any(s < end and start < e for s, e in blocked):
        return False
    if is_sender(words, sender) and not namesake_of_writer(text, end):
        return False  # (but "Sofie Grøn Iversen (ja, samme navn som mig ...), lokalnummer
        # 4433" is the customer's employee)
    if is_quoted(text, start, end) and not follows_rename_cue(text, start, end) and not (
        quoted_for_emphasis(text, start, end)
    ):
        return False  # 'står som "Soren Baek"', but 'It should be "Jon McLaughlin"'
    if on_sender_line(text, start, end, sender) and not namesake_of_writer(text, end):
        return False  # "Jannik Schmidt (Telepartner Syd)": the sender's company
    if is_author_header(text, start, end):
        return False  # a ticket system's "Rasmus Kjær (Jysk IT)" above "21 Apr 2026, 13:37"
    if is_business_or_place(words):
        return False  # "Nordsø Shipping", "Hellerup Privatskole": a business, not a person
    if len(words) >= 3 and (words[-1].lower(),) in company_words()[0]:
        return False  # "Amager Bike Co", "Nordic Freight Inc": the legal form ends the run
    if len(words) == 2 and words[0].lower() in read_word_set("subject_trade_titles"):
        return False  # "Bager Madsen i Ribe", "Murer Jensen": a trade and its master's name
    if STREET.fullmatch(words[-1]):
        return False  # "Ny adresse: Lyngby Hovedgade 50": a street
    if len(words) >= 3 and words[-1].lower() in STREET_WORDS and words[-2].endswith("s"):
        return False  # "afdelingen på Niels Juels Gade", "H.C. Andersens Boulevard"
    if text[start:end].endswith("s") and RELATION_AFTER.match(text, end):
        return False  # "Camilla Dahl Frandsens tidligere kollega, Nanna ...": another's
    line_start = text.rfind("\n", 0, start) + 1
    if PLACE_LABEL.fullmatch(text, line_start, start):
        return False  # "Store:     Klar Syn Viborg", "Butik: Anna Lund Optik"
    field = FIELD_LINE.match(text, line_start)
    if field and field.start(3) <= start and is_role_phrase(tokenize(field.group(2))) and not (
        CLIENT_FIELD.fullmatch(text, line_start, start)  # (a lawyer's "Klient: Morten Aagaard")
    ):
        return False  # "Oprettet af:  JT-Robot (UiPath) på vegne af Hanne Mølgaard"
    if len(words) == 2 and words[1].lower() in read_word_set("subject_trade_titles") and (
        words[0].lower() not in given_names() and HAS_EXTENSION_AFTER.match(text, end) is None
    ):
        return False  # "Jakobsen Murer", "Hansen Tømrer": the master's firm ("Rose Smed,
        # lokalnummer 118" is a person)
    has_extension = HAS_EXTENSION_AFTER.match(text, end) is not None
    works_at = WORKS_AT_AFTER.match(text, end) is not None  # "kunden: Rune Østergaard hos X"
    before_start = context_start(text, start, after_any_colon=has_extension or works_at)
    before = tokenize(text[before_start:start])[-3:]
    if has_extension and text[before_start:start].rstrip().endswith(","):
        before = []  # "medarbejder hos kunden, Ole Brandt (ext 5502)": set off, a person
    line_before = tokenize(text[sentence_start(text, start) : start])[-3:]
    line_end = text.find("\n", end)
    after = tokenize(text[end : line_end if line_end >= 0 else len(text)])[:4]  # "A.m.b.a."
    if read_book("subject_old_name_cues").contains_any(line_before[-3:]) and not (
        ends_with_phrase(tokenize(text[sentence_start(text, start) : start]),
                         read_book("subject_rename_cues"))
    ) and not (
        tuple(line_before[-2:]) in PAST_NAME_CUES and not renamed_after(text, start, end)
        and not MARRIED_AFTER.match(text, end)  # ("hun hed Dorthe Lund før brylluppet")
    ):  # "sit gamle navn Signe Holt": a former name, not a second person; but "should
        return False  # be shown as Siobhán Ní Bhriain" names the new one, and "Hun hed
        # Maja Lindholm Kragh" with no new name after it is the name of one who has died
    if sets_up_user(tokenize(text[sentence_start(text, start) : start])):
        return False  # "oprette en ny bruger til afdelingssygeplejerske Hanne Mørch"
    if (COMPANY_AMPERSAND.match(text, end) or AMPERSAND_BEFORE.search(
        text, max(0, start - 4), start
    )) and not two_people_joined(text, start, end, words):
        return False  # "Jensen & Bach IT", "Lemvig Lager & Logistik", "Dahl & Lykke Ejendom"
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip() and FIELD_LABEL_AFTER.match(text, end):
        return False  # "Issue Type: Service Request", "Reported By: ..." in a ticket relay
    if LEFT_FIRM_BEFORE.search(text, max(0, start - 12), start):
        return False  # "Everyone who left Tårnby Rens between ...": the firm they left
    if ORGANISATION_AFTER.match(text, end):
        return False  # "a member of the Funen Hauliers' Union": the association
    if THE_BEFORE.search(text, max(0, start - 5), start):
        return False  # "at The Irish Corner", "The Burger Joint would like": a place; a ship
    if PROJECT_BEFORE.search(text, max(0, start - 60), start) and not (
        HAS_EXTENSION_AFTER.match(text, end)  # (not "Til jeres sag 2026-000315: Kristian
    ):  # Møller Dahl, lok 93, ...")
        return False  # 'sag 21047 "Nyt Regionshus Vejle"', "Projekt: 2019-0412 Alsion Nord"
    if NAMED_AFTER_PERSON.match(text, end):
        return False  # "Marie Curie fellowship", "Niels Bohr-prisen": named after a person
    if DEFINITE_NOUN.fullmatch(words[0]) and not is_given_name(words[0].lower()):
        return False  # "Spillestedet Tagrenden", "Værftet Nord": the place, a noun
    if words[-1].lower() in COMPASS_WORDS and words[0].lower() not in given_names():
        return False  # "Vikarpool Nord", "Alsion Nord", "Vikar Vest": a site or branch
    if NATIONAL_BEFORE.search(text, max(0, start - 12), start):
        return False  # "Danish Agro Lager", "Nordic Fresh Foods": a firm's name
    if AT_AFTER_EXTENSION.search(text, max(0, start - 40), start):
        return False  # "the user on ext. 4402 at Øresund Biotech": the customer
    if IN_BRACKETS_AFTER_EXTENSION.search(text, max(0, start - 40), start):
        return False  # "Marek Zieliński (ext. 9011, Sundby Bilpleje)": his workplace
    if not has_extension and after[:1] and after[0] in SPEECH_VERBS and after[1:2] != ["op"]:
        return False  # "Jens Ove sagde vi bare kunne skrive direkte": who said it (but
        # "Jens Hansen sagde op" resigned)
    if not has_extension and tuple(after[:2]) in CHASING_WORDS:
        return False  # "Jesper Kold spørger til status på Kamilla Rask": who chases it
    if COMMON_WORD_SUFFIX.match(text, end):
        after = []  # "... Al-Hashimi", as in his passport": "as", not the Norwegian "AS"
    return not (is_company(before, after, has_extension) or is_named_contact(text, start, end))


def sets_up_user(before: list[str]) -> bool:
    """Whether the words of a sentence before a name or number set up a new user for
    them ("Vi har oprettet Jonas Lind (lok 1401), Lærke Friis (lok 1402) og Anne Holt"),
    with no request word between ("opret en ny bruger til Jens Hansen og slet Mette Holm")."""
    cues = read_book("subject_new_user_cues")
    starts = [index for index in range(len(before)) if cues.match_at(before, index)]
    return bool(starts) and not REQUEST_WORDS.intersection(before[starts[-1] :])


REQUEST_WORDS = frozenset({
    "slet", "slette", "slettes", "fjern", "fjerne", "fjernes", "anonymiser", "anonymisere",
    "anonymiseres", "delete", "erase", "remove", "anonymise", "anonymize", "sletning",
    "anonymisering", "deletion", "erasure", "indsigt", "access",  # "oprettet sag om sletning af"
})
WORKS_AT_AFTER = re.compile(rf"[ \t]+(?:hos|hjá|ved|at|fra|from)[ \t]+[{UPPER}]")


def is_named_contact(text: str, start: int, end: int) -> bool:
    """Whether a name without an extension is introduced by a role ("vores
    telefonansvarlige Lars Bo", "kontaktperson hos kunden, Lars Bo Nielsen,"); a role
    word before "direktør Lars Bøgh Madsen, lokal 10" names an employee."""
    if HAS_EXTENSION_AFTER.match(text, end) is not None or LEAVES_AFTER.match(text, end):
        return False  # "Kirkegårdslederen på Lem Kirkegård, Kirsten Vestergaard, stopper"
    if ASKS_FOR_OWN_AFTER.match(text, end):  # "Direktør Lars Toft-Mikkelsen hos Grenaa
        return False  # Havneservice vil gerne have indsigt i de oplysninger I har om ham"
    if CONTACT_AFTER.match(text, end):  # "Marta Jensen (mj@nordicfreight.dk) is the customer
        return True  # contact", "Karin Dyhr (cc) kan bekræfte"
    sentence = text[sentence_start(text, start) : start]
    if CALLER_AFTER.match(text, end) or (CALLER_BEFORE.search(
        text, text.rfind("\n", 0, start) + 1, start
    ) and CALLER_DETAILS_AFTER.match(text, end)):
        return True  # "Per Skov fra TeleComfort ringede", "Ringede i dag kl. 10:15, Mette Brandt
        # fra NetPartner (...): hun vil have slettet ...": who called for the request
    if ROLE_ON_NUMBER.search(sentence):  # "the sales team lead on 5301 at Nordic Bikes -
        return False  # Priya (Priya Raghunathan)": the role is an extension's holder
    line_end = text.find("\n", end)
    stop = SENTENCE_STOP.search(text, end, line_end if line_end >= 0 else len(text))
    after = tokenize(text[end : stop.start() if stop else line_end if line_end >= 0 else len(text)])
    after = after[:5]
    written = after[:3]  # "Tom Ashby (their IT)"
    while after and after[0] in APPOSITION_WORDS:  # "Peter Lund, the customer's IT manager"
        after.pop(0)
    words = tokenize(sentence)
    while len(words) > 1 and words[-1] in HONORIFICS:  # "telecom manager, Mr Peter Lund"
        words.pop()
    before = words[-3:]
    if former_holder(words):  # "our customer's former CFO, Charlotte Winther": who held
        return False  # the role, a leaver the request is about
    if before and before[-1] in SURVIVOR_WORDS:  # "Hans enke, Karin Holm-Jepsen, har spurgt":
        return True  # who asks for the one who died
    if before and before[-1] in DECEASED_WORDS:  # "bobestyrer i dødsboet efter afdøde Niels
        return False  # Christian Lykke Frandsen": the one who died, whatever the writer's role
    if before and before[-1] in CLIENT_WORDS and (
        ACTING_FOR.intersection(words[-6:]) or OURS.intersection(before[-2:-1])
        or CLIENT_FIELD.fullmatch(text, text.rfind("\n", 0, start) + 1, start)
    ):  # a lawyer's "på vegne af vores klient Sara Bech Nielsen", "vores klient Thomas Riis
        return False  # Andersen", "Klient: Morten Skov Aagaard": the subject, not a
        # customer's client
    while len(words) > 1 and words[-1] in COPULA:  # "Kontaktpersonen der er Lars Bo"
        words.pop()
    if asked_for_role(words) or ROLE_NUMBER_AFTER.match(text, end):
        return False  # "Kan I slette salgschef Kirsten Dahl Bækgaard", "indsigt for deres
        # IT-ansvarlige, Lars Ulrik Bech", "Lagerchef Mikkel Thorsen, Lager 1, lokalnr 5520"
    return (
        is_role(before, after[:3]) or is_role(before, written) or is_role_at_company(sentence)
        or (words[-3:] != before and is_role(words[-3:], []))
    )


SURVIVOR_WORDS = frozenset({"enke", "enkemand", "widow", "widower", "efterladte", "ægtefælle"})
DECEASED_WORDS = frozenset({"afdøde", "afdød", "late", "deceased", "salig", "afdødes"})
ROLE_GAP_WORDS = frozenset({
    "for", "af", "på", "deres", "hans", "hendes", "vores", "kundens", "their", "our", "the",
    "of", "den", "det", "venligst", "lige", "please", "customer's",
})
ROLE_NUMBER_AFTER = re.compile(  # the employee's site, then the number: ", Lager 1, lokalnr 5520"
    rf"[ \t]*,[ \t]*[^,.\n]{{1,20}},[ \t]*(?:{CUE})[ \t]*[:.]?[ \t]*\d{{2,6}}(?!\d)",
    re.IGNORECASE,
)


def asked_for_role(words: list[str]) -> bool:
    """Whether the role word that ends `words` is what a request verb asks about ("slette
    salgschef", "indsigt for deres IT-ansvarlige"): the employee the request is about."""
    if len(words) < 2 or not is_role_word(words[-1]):
        return False
    index = len(words) - 2
    while index >= 0 and words[index] in ROLE_GAP_WORDS:
        index -= 1
    return index >= 0 and words[index] in REQUEST_WORDS


FORMER_WORDS = frozenset({
    "former", "previous", "ex", "tidligere", "forhenværende", "fhv", "afgåede", "fratrådte",
})
OTHERS_WORDS = frozenset({  # (also the writer's own: "Min tidligere chef hedder Ulrik Berg")
    "hans", "hendes", "his", "her", "deres", "their", "sin", "sit", "min", "mit", "my",
})


def former_holder(words: list[str]) -> bool:
    """Whether the words before a name end with "former" and a role ("our former CFO"),
    not with someone else's or the writer's former role-holder ("Hans tidligere leder,
    Jonna ...")."""
    index = next((i for i in range(len(words) - 2, max(len(words) - 4, -1), -1)
                  if words[i] in FORMER_WORDS), None)
    return index is not None and (index == 0 or words[index - 1] not in OTHERS_WORDS)


ASKS_FOR_OWN_AFTER = re.compile(  # the person asks for their own data: the employee, whatever
    # title goes before the name
    r"(?:[ \t]+(?:hos|at|fra|from|i|in|ved)[ \t]+[^.\n]{1,40}?)?[ \t,]*"
    r"(?i:vil|ønsker|wants|would like|har bedt om|asks|requests|beder om)\b[^.\n]{0,80}?"
    r"(?i:\b(?:om ham|om hende|om sig selv|sine|sin|sit|his|her|him|himself|herself)\b)"
)
CONTACT_AFTER = re.compile(  # copied in, vouching or named as the contact: a contact
    r"[ \t]*\([ \t]*(?i:cc|i cc|in cc|på cc|kopi)[ \t]*\)"
    r"|[ \t]*(?:\([^()\n]*\)[ \t]*)?,?[ \t]*(?i:kan bekræfte|can confirm|will confirm"
    r"|is the customer contact|is their contact|er kundens kontaktperson|er kontaktperson)\b"
)
CALLED = r"(?i:ringede|ringer|har ringet|rang|called|has called|phoned|har skrevet|wrote)\b"
CALLER_AFTER = re.compile(  # a reseller's contact who called the provider's staff, said with
    # the firm they called from ("Per Skov fra TeleComfort ringede"), not an employee who
    # "har ringet til" numbers or "fra lageret ringede"
    rf"[ \t]+(?:fra|from|at|hos)[ \t]+[A-ZÆØÅ][^\n.:;()]{{0,40}}?(?:[ \t]*\([^()\n]*\))?[ \t]*,?"
    rf"[ \t]+{CALLED}"
)
CALLER_DETAILS_AFTER = re.compile(  # where the caller is from, or how to reach them
    r"[ \t]+(?:fra|from|at|hos)[ \t]+[A-ZÆØÅ]|[ \t]*\([^()\n]*(?:@|\d\d[ ]?\d\d[ ]?\d\d[ ]?\d\d)"
    r"|\)"  # (or the name alone in the caller's brackets: "Kattegat Telecom called (Lars Winther)")
)
CALLER_BEFORE = re.compile(  # "Ringede i dag kl. 10:15, ", "Opkald fra kunden selv - Bageriet
    rf"(?:\b{CALLED}[^\n]{{0,30}}[,:]"  # Østerbro ApS, "
    r"|(?i:\bopkald fra|\bopringning fra|\bcall from|\bphone call from)\b[^\n.]{0,60}?[,:]"
    rf"|\b{CALLED}[ \t]*\()[ \t]*$"  # "Kattegat Telecom called (Lars Winther)"
)
ROLE_ON_NUMBER = re.compile(
    r"(?i:\b(?:on|på)[ \t]+(?:(?:ext\.?|extension|lokal|lok\.?)[ \t]*)?\d{2,6})"
    + NOT_A_COUNT_AFTER
)
LEAVES_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:er|har|has|is|have)[ \t]+)?(?i:stopper|stoppet|stoppede|fratræder"
    r"|fratrådt|fratrådte|slutter|sluttet|sluttede|leaves|left|leaving|quits|resigned|retires"
    r"|retired|retiring)\b"
)
COPULA = frozenset({"er", "is", "der", "there", "hedder", "was", "var"})


APPOSITION_WORDS = frozenset(
    {"the", "our", "their", "its", "a", "customer's", "customers", "client's",
     "vores", "deres", "kundens", "kunden", "en", "et"}
)


STAMPED_AUTHOR = re.compile(  # a comment's date and time, then its author
    r"[ \t]*(?:\d{4}-\d\d-\d\d|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})[ T]+\d{1,2}[:.]\d\d(?:[:.]\d\d)?"
    r"(?:[ \t]*(?i:am|pm|cet|cest|utc|gmt|[+-]\d{2}:?\d{2}))?[ \t]*[-–—|:,][ \t]*"
)
AUTHOR_HEADER_REST = re.compile(r"[ \t]*(?:\([^()\n]{1,60}\))?[ \t]*\n(?:[ \t]*\n)*")
DATE_LINE = re.compile(
    r"[ \t]*(?:\d{1,2}\.?[ \t]+[^\W\d]{3,}\.?,?[ \t]+\d{4}|\d{4}-\d\d-\d\d"
    r"|[^\W\d]{3,}\.?[ \t]+\d{1,2},?[ \t]+\d{4})"
)


def is_author_header(text: str, start: int, end: int) -> bool:
    """Whether a name stands alone on its line (an organisation in brackets may
    follow) with a date on the next line, or ends a line that opens with a date and
    time: the author line of a ticket system's comment."""
    line_start = text.rfind("\n", 0, start) + 1
    if STAMPED_AUTHOR.fullmatch(text, line_start, start) and AUTHOR_HEADER_REST.match(text, end):
        return True  # "2026-03-26 09:41:07 CET - Klaus Brenner" above the comment
    if text[line_start:start].strip():
        return False
    rest = AUTHOR_HEADER_REST.match(text, end)
    if rest and REPLY_ABOVE_LINE.search(text, max(0, line_start - 200), line_start):
        return True  # "##- Please type your reply above this line -##" above "Oliver Grant (...)"
    return bool(rest and DATE_LINE.match(text, rest.end()))


REPLY_ABOVE_LINE = re.compile(  # a ticket system's reply marker, the line above the author
    r"(?i:above this line|over denne linje|oberhalb dieser zeile|ovanför denna rad)"
    r"[^\n]*\n(?:[ \t]*\n)*$"
)


def ends_with_phrase(words: list[str], book: PhraseBook) -> bool:
    """Whether one of the book's phrases ends exactly at the end of `words`."""
    for index in range(max(0, len(words) - 6), len(words)):
        phrase = book.match_at(words, index)
        if phrase is not None and index + len(phrase.words) == len(words):
            return True
    return False


QUOTED_ARROW_BEFORE = re.compile(r"[\"”»'][ \t]*(?:->|=>|→|⇒)[ \t]*[\"“„«']$")


def follows_rename_cue(text: str, start: int, end: int) -> bool:
    """Whether a rename or correction cue ("skal være", "should be") stands just before
    and the name repeats a word written shortly before ("spelt 'Jon Mclaughlin'. It
    should be 'Jon McLaughlin'"), unlike a job title ('should be "Key Account Manager"')."""
    if QUOTED_ARROW_BEFORE.search(text, max(0, start - 12), start):
        return True  # '6460: "Sven-Erik Nielsen" -> "Sven-Erik Dalgaard"': the new name
    sentence = tokenize(text[sentence_start(text, start) : start])
    before = sentence[-6:]  # 'fra "Anne Marie Juul" til "'
    cues = read_book("subject_rename_cues")
    line = tokenize(text[text.rfind("\n", 0, start) + 1 : start])
    renamed_to = bool(before) and before[-1] in {"til", "to"} and any(  # 'Ret venligst
        word.startswith(("navn", "visningsnavn")) or word == "name" for word in line
    )  # visningsnavnet for lok.nr. 5510 til "Ida Marie Lauridsen" (der står Ida Lauridsen)'
    if not renamed_to and not ends_with_phrase(before, cues):
        return False  # (the cue right before the name: not "should be Kristoffer Dam (shows
        # 'Kristofer Dam')", where the quoted one is the old)
    words = tokenize(text[start:end])
    if not renamed_to and any(  # "correct the display name on extension 7781: it shows
        word.startswith(("navn", "visningsnavn")) or word == "name" for word in line
    ):  # 'Jon Eriksen' but should be 'Jón Eiríksson'": the name it is to show
        return True
    if renamed_to and words and is_given_name(words[0]):  # "rette navnet på lokal 714 til
        return True  # "Bodil Frandsen Krog"": the name it is to show
    earlier = set(tokenize(text[max(0, start - 300) : start] + " " + text[end : end + 120]))
    return any(
        word in earlier or any(spelt_alike(word, old) for old in earlier)
        for word in tokenize(text[start:end])
    )


def spelt_alike(word: str, other: str) -> bool:
    """Whether two words are one name spelt two ways ("Smyth"/"Smith", "Jon"/"John",
    "frederiksen"/"fredriksen"): same first letter, at most two letters apart, or
    one first letter changed ("Vinther"/"Winther")."""
    if len(word) >= 4 and word[1:] == other[1:]:
        return True  # "Vinther"/"Winther"
    if len(word) >= 4 and word != other and sounded(word) == sounded(other):
        return True  # "Kristoffer"/"Christoffer", "Filip"/"Philip", "Mikael"/"Michael"
    if len(word) < 3 or word[0] != other[:1] or abs(len(word) - len(other)) > 2:
        return False
    return SequenceMatcher(None, word, other).ratio() >= 0.75


SOUNDS = ((re.compile("ch|c(?=[aou])|ck|q"), "k"), (re.compile("ph"), "f"),
          (re.compile("w"), "v"), (re.compile("th"), "t"), (re.compile("aa"), "å"),
          (re.compile("ae"), "æ"), (re.compile("oe"), "ø"), (re.compile(r"(\w)\1"), r"\1"))


def sounded(word: str) -> str:
    """A name word as it sounds, to tell one name spelt two ways: the letters written
    for one sound made one ("ch", "c" before a, o, u, "ck" and "q" as "k"; "ph" as "f";
    "w" as "v"; "th" as "t"; "aa", "ae", "oe" as "å", "æ", "ø"; double letters single)."""
    word = word.lower()
    for pattern, sound in SOUNDS:
        word = pattern.sub(sound, word)
    return word


def on_sender_line(text: str, start: int, end: int, sender: str) -> bool:
    """Whether a name without an extension shares its line with the sender's name, or
    follows their first name as their firm does on a sign-off line."""
    sender = sender.splitlines()[0] if sender.strip() else ""
    if len(sender.split()) < 2 or HAS_EXTENSION_AFTER.match(text, end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if re.fullmatch(  # signed "Henrik / Telepartner Nord": his first name, then his firm
        rf"[ \t]*{re.escape(sender.split()[0])}[ \t]*[/|–—][ \t]*", text[line_start:start]
    ) and not text[end : line_end if line_end >= 0 else len(text)].strip():
        return True
    return " ".join(sender.split()).lower() in " ".join(line.split()).lower()


FIELD_LABEL_AFTER = re.compile(  # "Label: value", also "Due Date: 09-03-2026"
    rf"[ \t]*:(?![ \t]*(?:\d(?!\d?[-./]\d\d?[-./]\d)|\(|(?i:{CUE})))"
)
AT_AFTER_EXTENSION = re.compile(
    rf"(?i:{CUE})[ \t]*[:.]?[ \t]*\d{{2,6}}\)?[ \t]+(?:at|hos|ved|i|in|på)[ \t]+$"
)
IN_BRACKETS_AFTER_EXTENSION = re.compile(rf"\((?i:{CUE})[ \t]*[:.]?[ \t]*\d{{2,6}},[ \t]*$")
AMPERSAND_BEFORE = re.compile(r"&[ \t]*$")
PERSON_AFTER_AMPERSAND = re.compile(
    rf"[ \t]*&[ \t]*([{UPPER}][^\W\d_]+)[ \t]+[{UPPER}][^\W\d_]+"
)
PERSON_BEFORE_AMPERSAND = re.compile(
    rf"([{UPPER}][^\W\d_-]+)(?:-[^\W\d_]+)?[ \t]+[{UPPER}][^\W\d_]+[ \t]*&[ \t]*$"
)


def two_people_joined(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether "&" joins two people's full names ("Anna-Karin Lindqvist & Tomasz
    Wiśniewski"), each opening with a given name, not a firm ("Jensen & Bach IT")."""
    if len(words) < 2 or not is_given_name(words[0].split("-")[0].lower()):
        return False
    after = PERSON_AFTER_AMPERSAND.match(text, end)
    if after:
        return is_given_name(after.group(1).lower())
    before = PERSON_BEFORE_AMPERSAND.search(text, max(0, start - 60), start)
    return before is not None and is_given_name(before.group(1).lower())


RELATION_AFTER = re.compile(  # a name in the genitive before a person related to them
    r"[ \t]+(?:(?:tidligere|nye|gamle|nuværende)[ \t]+)?(?:kollega\w*|leder\w*|chef\w*"
    r"|afløser\w*|mand|kone|datter|søn|partner|assistent\w*|stedfortræder\w*)\b"
)
STREET_WORDS = frozenset({"gade", "vej", "allé", "alle", "stræde", "plads", "torv", "boulevard"})
PLACE_LABEL = re.compile(  # a form's field naming a shop, site, unit or job, not a person
    r"[ \t]*(?:[^\W\d_]+[ \t]+){0,2}(?i:store|butik|branch|filial|shop|location|lokation|site"
    r"|afdeling|department|company|firma|virksomhed|organization|organisation|title|stilling"
    r"|team|center|centre|position|role|rolle)[ \t]*:[ \t]*"  # "Supervisory Organization:"
)
STREET = re.compile(
    r"[^\W\d_]{2,}(?:gade|vej|vejen|allé|stræde|straede|torv|plads|boulevard|vænge|vænget)",
    re.IGNORECASE,
)
ORGANISATION_AFTER = re.compile(
    r"['’]?s?[ \t]+(?:Union|Association|Forening|Forbund|Federation|Society|Council|Club)\b"
)
LEFT_FIRM_BEFORE = re.compile(r"(?i:\b(?:who|that|der|som)[ \t]+(?:left|forlod|quit))[ \t]+$")
THE_BEFORE = re.compile(  # "at The Irish Corner"; a vessel: "crew of MV Baltic Star", "M/F Ærø"
    r"(?<![\w/-])(?:The|M/[SVFT]|MV|MS|MT|MF|SS|HMS|RV)\.?[ \t]+$"
)
PROJECT_BEFORE = re.compile(  # a project's or case's number, then its title
    r"(?i:\b(?:sag|sagen|sagsnr|projekt|projektet|projektnr|project|case|job))\.?[ \t]*[:#]?"
    r"[ \t]*[A-Z]{0,4}-?\d[\w./-]*[ \t]*[,(:–-]?[ \t]*[\"“„«]?"
    r"(?:[A-ZÆØÅ][^\s\"”»]{0,11}[ \t]+){0,2}$"
)
NAMED_AFTER_PERSON = re.compile(
    r"[ \t-]*(?i:fellowships?|scholarships?|prize|prisen|award|programme|program|legat(?:et)?"
    r"|stipendi(?:um|et)|foundation|fonden|institute|instituttet|lecture|forelæsning)\b"
)
DEFINITE_NOUN = re.compile(  # a neuter noun's definite form, or a common one's that no
    r"[A-ZÆØÅ][a-zæøå]{4,}et|[A-ZÆØÅ][a-zæøå]{3,}(?:ingen|heden)"  # surname takes
)  # ("Sammenslutningen af Vestjyske Klinikker", "Foreningen", "Enheden for ...")
COMPASS_WORDS = frozenset({"nord", "syd", "øst", "vest", "north", "south", "east", "west"})
NATIONAL_BEFORE = re.compile(
    r"(?<![\w-])(?:Danish|Dansk|Danske|Nordic|Scandinavian|Nordisk)[ \t]+$"
)
COMPANY_AMPERSAND = re.compile(rf"[ \t]*&[ \t]*[{UPPER}0-9]")
AT_COMPANY = re.compile(
    r"[ \t]+(?:hos|hjá|at|fra|from|i|in|ved|for|på|on|af|of)[ \t]+[^\n.;:!?,]{2,40}?,?[ \t]*$",
    re.IGNORECASE,
)


def is_role_at_company(before: str) -> bool:
    """Whether the text before a name ends "kontaktperson hos Rathlou Gods, ": the
    customer's contact, named after the company they work at."""
    match = AT_COMPANY.search(before)
    if not match or OBJECT_AFTER.search(match.group()):
        return False  # "bobestyrer i boet efter Villy Strøm": the estate's, not a company's
    return is_role(tokenize(before[: match.start()])[-3:], [])


OBJECT_AFTER = re.compile(  # the name is the object of a preposition, not set off by a comma
    r"[ \t](?:efter|for|of|after|om|about|over)[ \t]*$", re.IGNORECASE
)


def sentence_start(text: str, start: int) -> int:
    """Where the line or sentence holding position `start` begins ("Hej. Yusuf ...")."""
    line_start = text.rfind("\n", 0, start) + 1
    ends = list(SENTENCE_STOP.finditer(text, line_start, start))
    return ends[-1].end() if ends else line_start


def context_start(text: str, start: int, after_any_colon: bool = False) -> int:
    """Where the words that qualify a name at `start` begin: 40 characters back, but
    not past a colon that ends its line ("følgende for vores kunde:" opens a list),
    nor past any colon when an extension follows ("kunde: Karim El-Sayed lokalnr 5502")."""
    colon = text.rfind(":", max(0, start - 40), start)
    if colon >= 0 and (after_any_colon or "\n" in text[colon:start]):
        return colon + 1
    stops = list(WORD_THEN_STOP.finditer(text, max(0, start - 40), start))
    if stops:  # nor past a sentence's end ("Se nedenfor fra kunden. Niels-Erik Dahl")
        return stops[-1].end()
    return max(0, start - 40)


WORD_THEN_STOP = re.compile(r"[^\W\d_]{4,}[.!?][ \t]+")  # not "lok. ", "att. "


def is_job_title(word: str) -> bool:
    """Whether a word is a job title written before a name (`subject_job_titles.txt`)."""
    return word.lower() in read_word_set("subject_job_titles")


FIRST_NAMES_JOINED = re.compile(  # "Kasper og Louise", "Mia, Jonas and Sara"
    rf"(?<![\w-])([{UPPER}][^\W\d_]+(?:,[ \t]*[{UPPER}][^\W\d_]+)*)[ \t]+(?:og|and|&)[ \t]+"
    rf"([{UPPER}][^\W\d_]+)(?![\w-])(?![ \t]+[{UPPER}])"
)


def joined_first_names(text: str) -> list[tuple[int, int, list[str]]]:
    """Lists of known first names alone ("Ana og Mihai", "Mia, Jonas and Sara"), each with
    where it starts and ends: people named without their surnames."""
    given = given_names()
    found = []
    for match in FIRST_NAMES_JOINED.finditer(text):
        words = [w.strip() for w in match.group(1).split(",")] + [match.group(2)]
        if all(w.lower() in given for w in words):
            found.append((match.start(), match.end(), words))
    return found


@lru_cache(maxsize=1 << 16)
def is_common_word(word: str) -> bool:
    """Function words, request words, labels and roles: never part of a name."""
    lowered = word.lower().strip(".,:;!?()")
    if not lowered or lowered in not_name_words() or is_role_word(lowered):
        return True
    return request_words().match_at([lowered], 0) is not None


def opens_sentence(text: str, position: int) -> bool:
    """Whether `position` starts the text or follows a sentence's end ("If Hansen ...")."""
    before = text[:position].rstrip(" \t")
    return not before or before[-1] in ".!?"


def is_function_word_only(word: str) -> bool:
    """Whether a word is common only as a function word ("Will", "An", "And"), not as a
    greeting, label or request word, so it may be a word of a name."""
    lowered = word.lower().strip(".,:;!?()")
    return (
        lowered in read_word_sets("language_da", "language_en")
        and lowered not in read_word_set("subject_not_names")
        and request_words().match_at([lowered], 0) is None
    )


def not_name_words() -> frozenset[str]:
    """Words from the function-word and not-a-name lists."""
    return read_word_sets(*NOT_NAME_LISTS)


@cache
def request_words() -> PhraseBook:
    """Single request words ("sletning", "indsigt*") with a positive weight."""
    kinds = ("erasure", "access", "rectification", "portability", "objection", "marketing_optout")
    phrases = (p for kind in kinds for p in read_phrases(f"kind_{kind}"))
    return PhraseBook.of(p for p in phrases if p.weight > 0 and len(p.words) == 1)


def is_quoted(text: str, start: int, end: int) -> bool:
    """Whether the name stands in quotation marks (a wrong or old spelling)."""
    before = text[:start].rstrip(" \t")
    after = text[end:].lstrip(" \t")
    return bool(before) and before[-1] in QUOTES and bool(after) and after[0] in QUOTES


# what says the quoted name is the wrong or old one: 'står som "Soren Baek"', 'from "Jon
# Smith" to', 'ikke "Marie Brand"', 'navnet "Kim Hansen"', 'vises som "Stol 4"'
OLD_SPELLING_BEFORE = re.compile(
    r"(?i:\b(?:står|staar|stod|står stadig|vises|vist|listed|shows?|showing|displayed|written"
    r"|spelt|spelled|stavet|skrevet|hedder|hed|called|named|navn(?:et)?|name|fra|from"
    r"|tidligere|formerly|previously|ikke|not|currently|wrongly|forkert|som|as))[ \t:]*$"
)
RENAMED_AFTER = re.compile(
    r"[ \t]*(?:→|->|=>|⇒|(?i:til|to|skal|should|must|is wrong|er forkert|står forkert)\b)"
)
EXTENSION_AFTER_QUOTE = re.compile(rf"[ \t]*(?:[,(:–—-][ \t]*)*(?:(?i:{CUE})[ \t]*[:.]?[ \t]*)?\d")
LIST_POINT_BEFORE = re.compile(r"^[ \t]*(?:[-•*◦▪·‣]|\d{1,2}[.)])?[ \t]*$")
REQUEST_BEFORE_QUOTE = re.compile(  # 'Kan I slette “Maja Ågaard”', 'Medarbejderen „Niels-Ole
    # Bech“', 'We act for Ms “Priya Raghunathan”', 'Please erase ext. 1203 – “Dorthe V...”'
    r"(?:(?i:\b(?:slet|slette|sletning af|delete|erase|remove|anonymiser|anonymisere"
    r"|anonymise|anonymize|medarbejder|medarbejderen|employee|the employee|kollega|kollegaen"
    r"|colleague|ms|mr|mrs|miss|fru|hr)\.?)|\d[ \t]*[-–—:])$"
)


def quoted_for_emphasis(text: str, start: int, end: int) -> bool:
    """Whether quotation marks round a name only set it off ('• “Søren Kjærsgaard” —
    lokal 1102', 'slette „Jens Peter Hansen“ – lokal 214'): the name of a list point or
    one its extension follows, with nothing before it saying it is the old spelling."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].rstrip(" \t")[:-1].rstrip(" \t")  # (without the mark)
    after = text[end:].lstrip(" \t")[1:]  # (without the closing mark)
    if OLD_SPELLING_BEFORE.search(before) or RENAMED_AFTER.match(after):
        return False
    return bool(
        LIST_POINT_BEFORE.match(before) or EXTENSION_AFTER_QUOTE.match(after)
        or REQUEST_BEFORE_QUOTE.search(before)
    )


def is_sender(words: list[str], sender: str) -> bool:
    """Whether the name is (part of) the sender's own name; `sender` may hold several
    names of the sender, one a line (the display name and the name signed)."""
    lowered = {word.lower() for word in words}
    for name in sender.splitlines():
        sender_words = {word.lower() for word in name.split()}
        if sender_words and lowered <= sender_words:
            return True
    return False


def is_company(before: list[str], after: list[str], has_extension: bool = False) -> bool:
    """Whether the context makes the run a company name; "på vegne af Lone Friis,
    intern 45" names the employee when an extension follows the name."""
    suffixes, preceders = company_words()
    if any(after[: len(words)] == list(words) for words in suffixes):
        return True
    return any(
        before[-len(words) :] == list(words)
        for words in preceders
        if not (has_extension and words in ON_BEHALF)
    )


ON_BEHALF = (  # (also "Kunden Bo Lund (lok 30) gør indsigelse": a person who is the customer)
    ("vegne", "af"), ("behalf", "of"), ("kunden",), ("kunde",), ("customer",)
)


def company_names(text: str) -> frozenset[str]:
    """Capitalised runs the text itself marks as a company by a legal form after them
    ("Vestergaard Law Firm P/S", "Baltic Freight DK", "Nordisk Bioscience ApS"), lower
    case: the same words without the form elsewhere in the mail name the company, not
    a person ("the access request for Priya at Nordisk Bioscience")."""
    suffixes, _ = company_words()
    forms = [words for words in suffixes if words != ("account",)]  # "the Jens Hansen account"
    found = set()
    for run in NAME_RUN.finditer(text):
        if COMMON_WORD_SUFFIX.match(text, run.end()):
            continue  # "Peter Lund as agreed": the word "as", not the Norwegian "AS"
        after = tokenize(text[run.end() : run.end() + 24])[:3]
        if len(run.group().split()) >= 2 and any(
            after[: len(words)] == list(words) for words in forms
        ):
            found.add(" ".join(run.group().split()).lower())
    return frozenset(found)


def names_company(name: str, companies: frozenset[str]) -> bool:
    """Whether a name is one of the companies, or their leading words ("Vestergaard Law"
    of "Vestergaard Law Firm")."""
    lowered = " ".join(name.split()).lower()
    return any(company == lowered or company.startswith(f"{lowered} ") for company in companies)
# company forms that are also words ("AS", "AB", "Co"), written in lower case after a name
# (also after its closing bracket: "(Emily Clarke) as mp3 or wav")
COMMON_WORD_SUFFIX = re.compile(r"[\"”»')]?,?[ \t]+(?:as|ab|co|inc)\b")


@cache
def company_words() -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    """(company suffixes as word sequences: ("aps",), ("a", "s") for "A/S" - all of
    it must follow, so the word "i" is no "I/S" -; word sequences that precede a company)."""
    entries = read_lexicon("subject_company_words")
    suffixes = tuple(
        tuple(tokens)
        for entry in entries
        if entry.startswith("%")
        if (tokens := tokenize(entry[1:]))
    )
    preceders = tuple(
        tuple(tokens)
        for entry in entries
        if not entry.startswith("%")
        if (tokens := tokenize(entry))
    )
    return suffixes, preceders


@cache
def company_nouns() -> frozenset[str]:
    """Nouns that make a capitalised run a business name ("Shipping", "Logistik"), also
    as typed without æ/ø/å ("Lemvig Frisoer")."""
    nouns = {entry.lower() for entry in read_lexicon("subject_company_nouns")} | towns()
    return frozenset(nouns | {spelt_without_danish_letters(noun) for noun in nouns})


@cache
def towns() -> frozenset[str]:
    """Towns that are no surnames ("Aabenraa", "Odense"), also typed without æ/ø/å."""
    names = {entry.lower() for entry in read_lexicon("subject_towns")}
    return frozenset(names | {spelt_without_danish_letters(name) for name in names})


def is_business_or_place(words: list[str]) -> bool:
    """Whether a business noun or a town makes the run a firm or a place ("Nordsø
    Shipping", "Kystlys Odense"). A town between a given name and a surname is a
    middle name ("Lene Aabenraa Frost"), and after a known given name a surname ("Gitte
    Ringsted")."""
    for index, word in enumerate(words):
        if not is_business_word(word):
            continue
        lowered = word.lower().strip(".,:;!?()")
        middle = 0 < index < len(words) - 1 and words[0].lower() in given_names()
        surname = index == len(words) - 1 == 1 and words[0].lower() in given_names() and (
            lowered in towns() and lowered not in read_word_set("subject_company_nouns")
        )  # "Medarbejder Gitte Ringsted": a town as a given name's surname
        if not ((middle and lowered in towns()) or surname):
            return True
    return False


def is_business_word(word: str) -> bool:
    """A business noun, alone or ending a compound of 9+ letters ("Privatskole",
    "Autoværksted"); short surnames like "Bækhus" stay names."""
    lowered = word.lower().strip(".,:;!?()")
    if lowered in company_nouns():
        return True
    if len(lowered) >= 6 and lowered.endswith("s") and lowered[:-1] in company_nouns():
        return True  # the genitive: "Kystlys Hotellers", "Fjordby Kommunes"
    if len(lowered) >= 11 and lowered.endswith(("ens", "en")):  # a compound's definite form
        stem = lowered[: -2 if lowered.endswith("ens") else -1]  # ("Strandgårdskolens")
        if stem.endswith("e") and stem[3:].endswith(long_company_nouns()):
            return True
    return len(lowered) >= 9 and lowered[3:].endswith(long_company_nouns())


@cache
def long_company_nouns() -> tuple[str, ...]:
    """Business nouns long enough to end a compound ("skole", "klinik", "værksted")."""
    return tuple(noun for noun in company_nouns() if len(noun) >= 5 and " " not in noun)


def is_role(before: list[str], after: list[str]) -> bool:
    """Whether a role word (telecom manager, contact person, any "...ansvarlig") stands
    next to it."""
    if before and is_role_word(before[-1]):  # "plejehjemsleder Annette Juhl", "hans
        # tidligere leder X"; not "vores tidligere lagerchef Henrik Due Laursen" or "vores
        # nye skoleleder Hanne Lykkegaard Poulsen": the employee himself, described
        described = (FORMER | NEW).intersection(before[-3:-1])
        return not (described and not SOMEONE_ELSES.intersection(before[-3:-1]))
    if len(before) >= 3 and is_role_word(before[-3]) and before[-2] in PLACE_PREPOSITIONS:
        return True  # "vores kontaktperson på skolen, Lars Bo,"
    for length, phrases in role_phrases_by_length().items():
        if tuple(after[:length]) in phrases:
            return True
        if tuple(before[-length:]) in phrases:
            return not (  # "their former CFO, Jonathan Pryce-Whitaker": the employee, as he
                length == 1 and len(before) >= 3 and before[-2] in FORMER | NEW  # was; not
                and before[-3] not in PERSONS_OWN  # "his former CFO"
            )
    return False


def is_role_phrase(words: list[str]) -> bool:
    """Whether the words are one phrase of the role list ("oprettet af", "requested by")."""
    return tuple(words) in role_phrases_by_length().get(len(words), frozenset())


@cache
def role_phrases_by_length() -> dict[int, frozenset[tuple[str, ...]]]:
    """The role list's word sequences grouped by length, for set lookups."""
    lengths: dict[int, set[tuple[str, ...]]] = {}
    for words in role_words():
        lengths.setdefault(len(words), set()).add(words)
    return {length: frozenset(phrases) for length, phrases in lengths.items()}


def renamed_after(text: str, start: int, end: int) -> bool:
    """Whether the text names the person again by the same first name and another
    surname after `text[start:end]` ("Hun hed Mette Kirstine Olsen, nu skal der stå Mette
    Kirstine Dahl"): the name written first is the old one."""
    first = re.escape(text[start:end].split()[0])
    return re.search(rf"\b{first}(?:[ \t]+[{UPPER}][^\W\d_]+)+", text[end:]) is not None


PAST_NAME_CUES = frozenset({("hun", "hed"), ("han", "hed"), ("was", "called")})
OURS = frozenset({"vores", "min", "our", "my"})
CLIENT_FIELD = re.compile(r"[ \t*]*(?i:klient|client)[ \t*]*:[ \t*]*")  # a letter's "Klient:"
CLIENT_WORDS = frozenset({"klient", "klienten", "client"})
ACTING_FOR = frozenset({"vegne", "behalf", "repræsenterer", "represent", "represents",
                        "representing", "advokat", "lawyers", "solicitors"})
SOMEONE_ELSES = frozenset({"hans", "hendes", "deres", "his", "her", "their"})
PERSONS_OWN = frozenset({"hans", "hendes", "his", "her", "min", "mit", "my"})  # ("their": a firm's)
FORMER = frozenset({"tidligere", "forhenværende", "former", "previous", "ex", "fhv"})
NEW = frozenset({"nye", "new", "nyansatte", "nyansat"})
SPEECH_VERBS = frozenset({  # also a ticket system's "Marcus Holt commented on NTS-4471"
    "sagde", "siger", "skrev", "skriver", "said", "says", "told", "wrote", "commented",
    "kommenterede", "replied", "svarede",
})
CHASING_WORDS = frozenset({
    ("spørger", "til"), ("spurgte", "til"), ("rykker", "for"), ("asks", "about"),
    ("asked", "about"), ("is", "chasing"), ("chases", "the"),
})
PLACE_PREPOSITIONS = frozenset({"på", "hos", "hjá", "i", "ved", "at", "in", "for"})


def is_role_word(word: str) -> bool:
    """Whether a word names a role by one of the endings of `subject_role_endings.txt`
    ("kontaktperson", "skolesekretær", "klinikchef", "manager"): the person it
    introduces is a contact, not an employee the request is about."""
    return word.lower().strip(".,:;!?()").endswith(role_endings())


@cache
def role_endings() -> tuple[str, ...]:
    """The role word endings, longest first."""
    return tuple(sorted(read_word_set("subject_role_endings"), key=len, reverse=True))


@cache
def role_words() -> tuple[tuple[str, ...], ...]:
    """Word sequences of the role list ("teleansvarlig", "kontaktperson")."""
    return tuple(
        tuple(tokens) for entry in read_lexicon("subject_roles") if (tokens := tokenize(entry))
    )


def right_after_rename_cue(text: str, start: int) -> bool:
    """Whether a rename cue ends right before `start` ("be corrected to Thomas Brandt")."""
    words = tokenize(text[max(0, start - 40) : start])[-5:]
    cues = read_book("subject_rename_cues")
    return any(
        (phrase := cues.match_at(words, index)) is not None
        and index + len(phrase.words) == len(words)
        for index in range(len(words))
    )


RENAME_ARROW_BEFORE = re.compile(r"(?:-+>|→|=+>|⇒)[ \t]*$")


def unify_names(mentions: list[Mention], text: str = "") -> list[Mention]:
    """Mentions renamed to the longest form of the same name ("Daniel Hjort" ...), but
    not the name a correction asks for ("Thomas Brandt-Møller ... be corrected to Thomas
    Brandt")."""
    asked = [m for m in mentions if text and (
        right_after_rename_cue(text, m.start)
        or RENAME_ARROW_BEFORE.search(text, max(0, m.start - 8), m.start)
    )]  # (also "Peter Møller Schmidt -> Peter Schmidt": the new name drops the middle one)
    names = {mention.name for mention in mentions if mention.name}
    mentions = [m for m in mentions if m not in asked]
    longest: dict[str, str] = {}
    numbers = numbers_after(mentions, text)
    for name in names:
        longer = [
            other for other in names if other != name and other.startswith((name + " ", name + "-"))
            and not (numbers.get(name) and numbers.get(other)  # "Jacob Lindholm   4001" and
                     and numbers[name] != numbers[other])  # "Jacob Lindholm Madsen   4002":
        ]  # two people, each on a line with a number of their own
        longest[name] = max(longer, key=len) if longer else name
        if not longer and len(name.split()) == 2:  # "Bo Dalsgaard" in the subject line of
            first, last = name.split()  # "Bo Henrik Dalsgaard": the middle name left out
            around = [other for other in names if len(other.split()) >= 3
                      and other.split()[0] == first and other.split()[-1] == last
                      and not (numbers.get(name) and numbers.get(other)  # "Annette Høj, 4125"
                               and numbers[name] != numbers[other])]  # is not "Annette Brink
            # Høj, 4113" in one list
            longest[name] = around[0] if len(around) == 1 else name
    for mention in mentions:  # "Rebin Ahmadi Karlsson … Mr. Ahmadi Karlsson": his surname
        tails = {other for other in names if other.endswith(f" {mention.name}")}
        if len(tails) == 1 and text and HONORIFIC_BEFORE.search(
            text, max(0, mention.start - 6), mention.start
        ):
            longest[mention.name or ""] = tails.pop()
    unified = [replace(m, name=longest.get(m.name or "", m.name)) for m in mentions]
    return sorted(unified + asked, key=lambda mention: mention.start)


def numbers_after(mentions: list[Mention], text: str) -> dict[str, set[str]]:
    """The numbers written right after each name, in its table row or list line."""
    found: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.name and (number := ROW_NUMBER_AFTER.match(text, mention.end)):
            found.setdefault(mention.name, set()).add(number.group(1))
    return found


ROW_NUMBER_AFTER = re.compile(  # "Jacob Lindholm, lokal 4001" as a table row is read, and
    # "Bo Vestergaard Nielsen på lokal 181", "Grace Okafor-Mensah (ext. 4420)" in prose
    rf"(?:[ \t]*[|;\t][ \t]*| {{2,}}|[ \t]+[-–—][ \t]+(?:(?i:{CUE})[ \t]*[:.]?[ \t]*)?"
    rf"|,[ \t]*(?i:{CUE})[ \t]*[:.]?[ \t]*"  # ("Jørgen Olsen - lokal 101")
    rf"|(?:[ \t]*\([^()\n\d]{{1,30}}\))?[ \t]*[,(]?[ \t]*(?:(?i:på|on|at)[ \t]+)?"
    rf"(?i:{CUE})[ \t]*[:.]?[ \t]*)"  # "Poul Kofoed (sønnen) på lokal 32"
    r"(\d{2,6})(?!\d)"
)
HONORIFIC_BEFORE = re.compile(rf"(?<![\w.])(?i:{HONORIFIC})[ \t]+$")
