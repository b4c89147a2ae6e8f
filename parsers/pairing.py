"""Pair each extension with its person.

The nearest name before it in the same sentence, a first name said before or
after it, a pronoun, a series read in order, a line shared by several people.
Pure text rules over the mentions `parsers.names` and `parsers.extensions` found.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache

from parsers.extensions import (
    CAPITAL_WORD_BEFORE,
    CUE,
    WHERE_SITS,
    Mention,
)
from parsers.letters import UPPER
from parsers.lexicon import given_names, read_book, tokenize
from parsers.model import DataSubject
from parsers.names import (
    is_business_word,
    is_common_word,
    towns,
)

SENTENCE_END = re.compile(  # (so does a redaction marker after a word's end: "should be
    # erased. [information on sexuality removed] also works there", not "cpr.nr. [CPR ...")
    rf"[.!?](?:[ \t]+|[ \t]*\n[ \t]*)(?=\(?[{UPPER}])|(?<=[^\W\d_]{{4}})[.!?][ \t]+(?=\[)"
    rf"|\n[ \t]*\n"
    rf"|\n[ \t]*(?:[-•*–]|\d{{1,2}}[.)])[ \t]"
)


BRACKET_GAP = re.compile(  # also "lok. 130, tilhørende Fru Pia Winther Steffensen"
    r"[ \t]*[(\[][ \t]*|,?[ \t]+(?i:tilhørende|belonging to|som tilhører|which belongs to)"
    r"[ \t]+(?:(?i:fru|hr|mr|mrs|ms)\.?[ \t]+)?"
)


DIGITS = re.compile(r"\d{2,}")


LINE_CUE = re.compile(  # also a lettered item: " b) ext. 7715: ..."
    rf"[ \t]*(?:[-•*][ \t]*|[a-zA-Z0-9]{{1,2}}[.)][ \t]+)?{CUE}[ \t]*[:.]?[ \t]*", re.IGNORECASE
)


DASH_GAP = re.compile(  # also "lok 301 skal være Lene Dam", "ext 12 is Tom Lee"
    r"[ \t]*[-–—:|=][ \t]*|[ \t]+(?:skal være|skal hedde|skal stå som|er|hedder|tilhører"
    r"|var|tilhørte|should be|should read|is|was|belongs to|belonged to)[ \t:]+",
    re.IGNORECASE,
)


NEGATION_BEFORE = re.compile(  # also 'not "Marie Brand"', "Except Olena Aagaard (4447)",
    # "this is NOT about John Price", "IKKE hendes kollega Fatma Aydin", "don't include Emil"
    r"(?i:(?<!glem[ \t])\bikke|\bnot|\bexcept|\bundtagen|\bbortset fra|\bpå nær|\bdon't include"
    r"|\bbehold|\bbevar"  # "Behold Søs Thygesen (lok 12), men anonymiser Bo Frandsen"
    r"|\bdo not include|\bdon’t include)[ \t]+"
    r"(?:(?i:about|om|hendes|hans|her|his|kollega|kollegaen|colleague)[ \t]+){0,2}[\"“„«']?"
    r"(?:[A-ZÆØÅ][^\W\d_]+[ \t]*(?:,|og|and|&)[ \t]+){0,2}$"  # "på nær Kirsten og Viggo"
)


NEGATION_WINDOW = 30  # how far before a name its negation may start


CORRECTION = re.compile(  # also "det var lok 5122 for ana popescu ikke 5121"
    r"(?<![\w.,+-])(\d{2,6})(?:[ \t]+(?:for|til|to)[ \t]+[^\W\d_][^\d\n.,;:]{1,40}?)?"
    r"[ \t]*(?:,|[-–—]|\()?[ \t]*(?:og[ \t]+|and[ \t]+)?"  # "lok 241 – ikke 214", "4107 (not"
    r"(?:ikke|not|i stedet for|instead of)[ \t]+(\d{2,6})(?!\d|[.,]\d)",
    re.IGNORECASE,
)


JOINED_BEFORE = re.compile(r"(?:\bog|\band|\bsamt|,|&)[ \t]*$", re.IGNORECASE)


LIST_LINE = re.compile(r"[ \t]*(?:[-•*–]|\d{1,2}[.)])[ \t]")


def item_of_its_own(text: str, extension: Mention, names: list[Mention]) -> bool:
    """Whether the extension stands on a list line of its own with no name on it: a
    nameless employee of the list, not the one named on another line."""
    line_start = text.rfind("\n", 0, extension.start) + 1
    line_end = text.find("\n", extension.end)
    line_end = line_end if line_end >= 0 else len(text)
    if ":" in text[line_start : extension.start]:
        return False  # "* Lokalnummer: lok.nr. 2207": one field of a list that is one person
    return bool(LIST_LINE.match(text, line_start)) and not any(
        line_start <= name.start < line_end for name in names
    )


def pair_mentions(text: str, names: list[Mention], extensions: list[Mention]) -> list[DataSubject]:
    """Pair each extension with the nearest name before it in its sentence."""
    pairs: dict[str, str | None] = {}
    first_seen: dict[str, int] = {}
    for name in names:
        first_seen.setdefault(name.name or "", name.start)
    loose: list[Mention] = []
    extensions = pair_series(text, names, extensions, pairs)
    for extension in extensions:
        nameless = (
            extension.described or NAME_UNKNOWN_AFTER.match(text, extension.end)
            or NAME_ASKED_BEFORE.search(text, max(0, extension.start - 70), extension.start)
        )  # "the extension of Nguyen Thi Lan and the full name of the employee on ext. 204"
        owner = None if nameless else nearest_name(
            text, names, extension, pairs
        ) or corrected_name(text, names, extension, pairs)
        if owner is None and not nameless:  # "Mette Kjær Hansen ... stoppede den 31. januar.
            owner = pronoun_owner(text, names, extension, pairs)  # Hun havde lokalnummer 412."
        lone = lone_first_name(text, names, extension)
        if lone and owner and lone not in owner.split() and owner != extension.owner:
            owner = None  # "Kirsten hedder Kirsten Ravn-Michelsen, og Jonas har lokal 213"
            # (but "MHJ (ext 7124) is Martin Hvid Jessen" says whose it is)
        if owner is None:
            loose.append(extension)
        else:
            pairs[owner] = extension.extension
    mentions = Counter(e.extension for e in extensions)
    for extension in list(loose):  # one number at two customers, each on its own line:
        owner = line_owner(text, names, extension, pairs)  # "Odense Tandlæger: lokal 214
        if mentions[extension.extension] > 1 and owner:  # står som Louise Brandt" / "Svend-
            pairs[owner] = extension.extension  # borg Marine: lokal 214 ... Kim Mattsson"
            loose.remove(extension)
    paired_digits = set(pairs.values())
    loose = unique_digits([e for e in loose if e.extension not in paired_digits])
    unpaired = [n for n in first_seen if n not in pairs]
    shared = [e for e in loose if shared_by_all(text, e)]  # "alle på lokal 214", "begge
    if len(shared) == 1 and len(loose) == 1 and len(unpaired) > 1:  # lokal 215", "Rettelser
        pairs.update((name, shared[0].extension) for name in unpaired)  # på lokal 216 hos
        loose, unpaired = [], []  # to kunder" above the names: the number is each one's
    negated = [n for n in unpaired if only_negated(text, n, names)]  # "..., ikke Mads Krogh"
    for extension in list(loose):  # "Ebbe Krogh Junior ... Junior har lokal 4020": the
        named = by_first_name(text, extension, unpaired)  # short name of a full one
        if named is not None:
            pairs[named] = extension.extension
            unpaired.remove(named)
            loose.remove(extension)
    # left over in order ("henholdsvis lokal 61 og 62"), unless a name is said to have
    # no known extension ("for lok 88 og for Henrik Sommer (kender ikke hans lokal)")
    in_order = not any(
        NO_EXTENSION_KNOWN.match(text, first_seen[name] + len(name))
        or ALSO_BEFORE.search(text, max(0, first_seen[name] - 12), first_seen[name])
        for name in unpaired  # "delete the user on ext. 4021 (she left) and also Emma Clarke"
    ) and not any(
        e.described
        or CORRECTION.match(text, e.start) or NAME_UNKNOWN_AFTER.match(text, e.end)
        or NAME_ASKED_BEFORE.search(text, max(0, e.start - 70), e.start)
        or item_of_its_own(text, e, names)  # "1) ext. 330 - left in February / 2) Jack O'Neill"
        for e in loose
    )
    # a number after a lone first name is that person's ("Mathilde på lokal 640"), not one
    # to give in order: the others still are ("Ditto for 641, Jakob Riis")
    first_named = [
        e for e in loose if after_first_name(text, e) or lone_first_name(text, names, e)
    ]
    ordered = [e for e in loose if e not in first_named]
    candidates = [n for n in unpaired if n not in negated] if negated else unpaired
    if ordered and len(ordered) == len(candidates) and in_order:  # (a "2315, ikke 2351"
        pairs.update(zip(candidates, (e.extension for e in ordered), strict=True))  # corrects)
        loose = first_named
    subjects = [(first_seen[n], DataSubject(n, pairs.get(n))) for n in first_seen]
    subjects += [(e.start, DataSubject(None, e.extension)) for e in loose]
    return [subject for _, subject in sorted(subjects, key=lambda item: item[0])]


NAME_ASKED_BEFORE = re.compile(  # "we need the full name for ext. 3310 and ...", not
    # "navnet på lok 17 er stavet forkert"
    rf"(?:(?i:\bneed|\bmissing|\bmangler|\bbrug for|\bsavner)\b[^.\n]{{0,25}}"
    rf"(?i:\bname|\bnavn|\bnavnet)|(?i:\band the full name|\bog det fulde navn))"
    rf"[ \t]+(?i:for|of|on|på|til|bag)[ \t]+"
    r"(?:(?i:(?:the[ \t]+)?(?:employee|user|person)|medarbejderen|brugeren|personen)[ \t]+"
    r"(?i:on|at|with|på|med)[ \t]+)?"  # "the full name of the employee on ext. 204"
    rf"(?:(?i:{CUE})[ \t]*[:.]?[ \t]*)?$"
)


ALSO_BEFORE = re.compile(r"(?:\bog også|\band also|\bsamt|\bas well as)[ \t]+$", re.IGNORECASE)


SHARED_BEFORE = re.compile(  # "alle på lokal 214", "both on ext 214", "begge lokal 215"
    r"(?i:\b(?:alle|begge|both|all)(?:[ \t]+(?:tre|to|fire|fem|three|two|four|five))?"
    r"(?:[ \t]+(?:på|har|havde|med|on|have|had|with|at))?(?:[ \t]+(?:en|an|the))?[ \t]+)"
    rf"(?i:{CUE})[ \t]*[:.]?[ \t]*$"
)


SHARED_AFTER = re.compile(  # "lokal 216 hos to kunder", "ext 214 at both customers"
    r"[ \t]+(?i:hos|at|for|på|in)[ \t]+(?i:to|tre|fire|begge|alle|two|three|four|both|all)"
    r"[ \t]+(?i:kunder|customers|firmaer|companies|virksomheder)\b"
)


def shared_by_all(text: str, extension: Mention) -> bool:
    """Whether the text gives one extension to all the employees it names, at
    different customers ("Tre kunder har meldt fratrædelser, alle på lokal 214")."""
    return bool(
        SHARED_BEFORE.search(text, max(0, extension.start - 40), extension.start)
        or SHARED_AFTER.match(text, extension.end)
    )


def line_owner(
    text: str, names: list[Mention], extension: Mention, pairs: dict[str, str | None]
) -> str | None:
    """The one name after a number on its line, when no name stands before it there
    and no other number follows: the line is that number's record ("Aarhus Dental
    Clinic, ext 214: Sarah O'Connor got married")."""
    line_start = text.rfind("\n", 0, extension.start) + 1
    line_end = text.find("\n", extension.end)
    line_end = len(text) if line_end < 0 else line_end
    if any(line_start <= n.start < extension.start for n in names):
        return None
    after = [n for n in names if extension.end <= n.start < line_end]
    if len({n.name for n in after}) != 1 or after[0].name in pairs:
        return None
    if DIGITS.search(text, extension.end, after[0].start) or DIGITS.search(
        text, after[0].end, line_end
    ):
        return None
    return after[0].name


def only_negated(text: str, name: str, names: list[Mention]) -> bool:
    """Whether every mention of `name` is the wrong one a correction names ("han hedder
    Mads Emil Krog, ikke Mads Krogh"), which owns no number."""
    mentions = [m for m in names if m.name == name]
    return bool(mentions) and all(
        NEGATION_BEFORE.search(text, max(0, m.start - NEGATION_WINDOW), m.start) for m in mentions
    )


def not_a_place(text: str, match: re.Match[str] | None) -> re.Match[str] | None:
    """The match, unless its word is a place after a preposition and no given name
    ("Jørgen Bach fra Indland (lok. 4401)": the desk he sat at)."""
    if match and PLACE_BEFORE.search(text, max(0, match.start(1) - 24), match.start(1)) and (
        match.group(1).lower() not in given_names()
    ):
        return None
    return match


PLACE_BEFORE = re.compile(  # where a person sits ("fra Indland"), or works ("hos", "ved"),
    # also in a numbered unit ("i afd. 5 Lærkebo")
    rf"\b(?:{'|'.join(sorted(WHERE_SITS | {'hos', 'hjá', 'ved'}))})[ \t]+"
    r"(?:(?:afd|afdeling|dept|department|building|bygning)\.?[ \t]*\d{1,4}[ \t]+)?$",
    re.IGNORECASE,
)


FIRST_NAME_CUE = re.compile(
    rf"(?<![\w.])([{UPPER}][^\W\d_]+)(?:[ \t]+|[ \t]*[–—][ \t]*)\(?(?:(?:på|on|at|fra|from)[ \t]+)?"
    rf"(?i:{CUE})[ \t]*[:.]?[ \t]*$"  # "Gitte lok 12", "1. Hannah – ext. 3360"
)


def by_first_name(text: str, extension: Mention, unpaired: list[str]) -> str | None:
    """The one unpaired full name a lone name word before an extension stands for
    ("Gitte lok 100" after "Gitte Lykke Holm", "Junior har lokal 4020")."""
    match = FIRST_NAME_CUE.search(text, max(0, extension.start - 40), extension.start)
    if match is None:
        match = SHORT_NAME_HAS.search(text, max(0, extension.start - 40), extension.start)
    if match is None:  # "Mettes lokal er 31", "rikke's ext is 4420"
        match = GENITIVE_CUE.search(text, max(0, extension.start - 40), extension.start)
    if match is None:  # "Tom had 23, Rasmus 24": the verb left out the second time
        match = GAPPED_FIRST_NAME.search(text, max(0, extension.start - 60), extension.start)
    if match is None:
        return None
    word = match.group(1).lower()
    owners = [name for name in unpaired if word in name.lower().split()]
    return owners[0] if len(owners) == 1 else None


GAPPED_FIRST_NAME = re.compile(  # "Tom had 23, Rasmus " before "24", "Kim har 801, Benedikte "
    rf"(?<![\w.])[{UPPER}][^\W\d_]+[ \t]+(?:har|havde|has|had|har haft|is on|er på"
    rf"|[{UPPER}][^\W\d_]+)[ \t]+"  # (or after a whole name: "Kim Holm 801, Benedikte 802")
    rf"\d{{2,6}}(?:,|[ \t]+(?:og|and))[ \t]+([{UPPER}][^\W\d_]+)[ \t]+$"
)


FIRST_NAME_COMMA_CUE = re.compile(
    rf"(?<![\w.])([{UPPER}][^\W\d_]+)[ \t]*,[ \t]*(?i:{CUE})[ \t]*[:.]?[ \t]*$"
)


FIRST_NAME_ROW_START = re.compile(  # "Mia 1203", "Mikkel - 220"
    rf"(?m)^[ \t]*(?:(?:[-•*·]|\d{{1,2}}[.)])[ \t]*)?([{UPPER}][^\W\d_]+)"
    r"(?:[ \t]+|[ \t]*[-–—:][ \t]*)$"
)


FIRST_NAME_PLACE_CUE = re.compile(  # "Slet venligst Thomas fra lageret, lok 45", "Louise
    # fra butikken i Vejle, lokal 331"
    rf"(?<![\w.])([{UPPER}][^\W\d_]+)[ \t]+(?:fra|i|på|from|in)[ \t]+(?:the[ \t]+)?"
    rf"[a-zæøå]+(?:et|en|ne|department|office)?"
    rf"(?:[ \t]+(?:i|på|in|at)[ \t]+[{UPPER}][^\W\d_]+)?,[ \t]*(?i:{CUE})[ \t]*[:.]?[ \t]*$"
)


SHORT_NAME_HAS = re.compile(  # "Junior har lokal 4020", "Gitte is on ext. 100"
    rf"(?<![\w.])([{UPPER}][^\W\d_]+)[ \t]+(?:har|havde|has|had|er på|is on|sidder på)[ \t]+"
    rf"(?:(?i:{CUE})[ \t]*[:.]?[ \t]*)?$"
)


SHORT_NAME_IS = re.compile(
    rf"(?<![\w.])([{UPPER}][^\W\d_]+)[ \t]+(?:er|is)[ \t]+(?:(?i:{CUE})[ \t]*[:.]?[ \t]*)?$"
)


GENITIVE_CUE = re.compile(  # "rikke's ext is 4420", "Rikkes lokal er 4420", "Jens' lokal: 31"
    rf"(?<![\w.])([^\W\d_]+?)(?:['’]s|['’]|(?<!s)s)[ \t]+(?i:{CUE})"
    r"(?:[ \t]+(?i:is|er|=))?[ \t]*[:.]?[ \t]*$"
)


FIRST_NAME_COMMA = re.compile(  # "Also Tobias, 5510 - I don't have his surname"
    rf"(?<![\w.])([{UPPER}][^\W\d_]+)[ \t]*,[ \t]*$"
)


def known_first_name(match: re.Match[str] | None) -> re.Match[str] | None:
    """The match if its word is a known first name ("Mia 1203", "- Kasper 302"), not a
    cue or label that opens a line the same way ("Intern 77 hos ...")."""
    return match if match and match.group(1).lower() in given_names() else None


def lone_first_name(text: str, names: list[Mention], extension: Mention) -> str | None:
    """The name word right before an extension when it stands alone, not as the end of
    a full name found ("og Jonas har lokal 213", but not "Jonas Bjerre har lokal 213")."""
    window = max(0, extension.start - 40)
    is_known = SHORT_NAME_IS.search(text, window, extension.start)  # "and Greg is ext 3312"
    match = (
        not_a_place(text, FIRST_NAME_CUE.search(text, window, extension.start))
        or SHORT_NAME_HAS.search(text, window, extension.start)
        or (is_known if is_known and (  # a first name, or a word joined like one
            is_known.group(1).lower() in given_names()
            or JOINED_BEFORE.search(text, max(0, is_known.start(1) - 6), is_known.start(1))
        ) else None)
        or not_a_place(text, FIRST_NAME_COMMA_CUE.search(text, window, extension.start))
        # "- Chloe, ext 442", not "varmemester i Lærkebo, lokal 1150"
        or FIRST_NAME_PLACE_CUE.search(text, window, extension.start)  # "Thomas fra lageret,"
        or known_first_name(FIRST_NAME_ROW_START.search(text, window, extension.start))
        or known_first_name(FIRST_NAME_COMMA.search(text, window, extension.start))
        or known_first_name(GENITIVE_CUE.search(text, window, extension.start))
    )
    if match is None or is_common_word(match.group(1)):
        return None
    if match.group(1).lower() in towns():
        return None  # "butik 112 Vejle – lokalnummer 1124": a town, no first name
    if any(name.start <= match.start(1) < name.end for name in names):
        return None
    if text[max(0, match.start(1) - 1) : match.start(1)] in {"-", "'", "’"} or (
        CAPITAL_WORD_BEFORE.search(text, max(0, match.start(1) - 40), match.start(1))
    ):
        return None  # the last word of a name or a company ("Murermester Nyholm (lokal 20)")
    if ends_business_name(text, match.start(1)):
        return None  # "socialrådgiver i Center for Børn og Familie, lokal 4309"
    return match.group(1)


NAME_RUN_BEFORE = re.compile(  # "Center for Børn og " before "Familie"
    rf"(?:[{UPPER}][\w-]*[ \t]+(?:(?:og|for|of|and|&|i|til|the)[ \t]+)?)+$"
)


def ends_business_name(text: str, start: int) -> bool:
    """Whether the capitalised word at `start` ends a run of capitalised words, joined
    by "og", "for", "of", that holds a business noun: an institution's name, not a
    first name."""
    run = NAME_RUN_BEFORE.search(text, max(0, start - 60), start)
    return run is not None and any(is_business_word(word) for word in run.group().split())


def after_first_name(text: str, extension: Mention) -> bool:
    """Whether an extension follows a lone first name ("Indsigt for Gitte lok 12 og Bo
    Lindholm": 12 is Gitte's, not Bo Lindholm's)."""
    match = FIRST_NAME_CUE.search(text, max(0, extension.start - 40), extension.start)
    return match is not None and not is_common_word(match.group(1))


NAME_UNKNOWN_AFTER = re.compile(  # "lokal 331 – navn ukendt, kunden vender tilbage"
    r"[ \t]*[-–—,:(]?[ \t]*(?:navn(?:et)?[ \t]+(?:er[ \t]+)?ukendt|ukendt[ \t]+navn|uden[ \t]+navn"
    r"|name[ \t]+unknown|unknown[ \t]+name|no[ \t]+name"
    # "lokal 512 (kan ikke huske navnet, ...)", "ext 44 - don't know her name"
    r"|(?:vi[ \t]+|jeg[ \t]+)?(?:kan[ \t]+ikke[ \t]+huske|kender[ \t]+ikke|ved[ \t]+ikke)"
    r"[ \t]+(?:hans[ \t]+|hendes[ \t]+|deres[ \t]+)?navn"
    r"|(?:we[ \t]+|i[ \t]+)?(?:don['’]?t|do[ \t]+not|can['’]?t|cannot)[ \t]+"
    r"(?:know|remember|recall)[ \t]+(?:the|his|her|their)[ \t]+name)",
    re.IGNORECASE,
)


NO_EXTENSION_KNOWN = re.compile(  # "Henrik Sommer (kender ikke hans lokal)"
    r"[ \t,(–-]*(?:lok\w*|ext\w*)\.?[ \t]+(?:kender|ved|har)[ \t]+(?:vi|jeg|de|kunden)"
    r"[ \t]+(?:desværre[ \t]+|heller[ \t]+)?ikke"
    r"|[ \t,(]*(?:kender|ved|har)[ \t]+ikke[ \t]+(?:hans|hendes|vedkommendes|deres)?[ \t]*lok"
    r"|[ \t,(]*(?:uden|ukendt|intet|ingen)[ \t]+lok"
    r"|[ \t,(]*(?:no|unknown|without)[ \t]+(?:ext|extension)"
    r"|[ \t,(–-]*(?:ext\w*|lok\w*)\.?[ \t]+(?:unknown|ukendt|mangler|missing|not known)"
    r"|[ \t,(–-]*[^()\n]{0,30}?(?:do not|don't|cannot|can't)[ \t]+(?:have|find|know)[ \t]+"
    r"(?:his|her|their|the)[ \t]+ext"
    r"|[ \t,(]*(?:don'?t|do not)[ \t]+know[ \t]+(?:his|her|their|the)[ \t]+ext"
    # a list cell with the number left open: "Niels Bundgaard    lok ?", "ext: n/a"
    r"|[ \t,;|(–-]*(?:lok\w*|ext\w*|intern)\.?[ \t]*[:.]?[ \t]*(?:\?|n/?a\b|-(?![\w-])|–|ukendt"
    r"|unknown|mangler|missing|tbc|følger|pending)",
    re.IGNORECASE,
)


def pair_series(
    text: str, names: list[Mention], extensions: list[Mention], pairs: dict[str, str | None]
) -> list[Mention]:
    """Pair lists in order ("Jens Hansen og Mette Holm, lokal 55 og 56"; "lokal 55 og 56
    (Jens Hansen og Mette Holm)") and return the extensions left to pair one by one. A
    list that does not meet as many names keeps its first number only ("lokal 214, 45
    år"), unless its sentence names no one ("slet lokal 55 og 56")."""
    left: list[Mention] = []
    starts = sorted({e.series for e in extensions if e.series is not None})
    for start in starts:
        series = [e for e in extensions if e.series == start]
        owners = series_owners(text, names, series, pairs)
        if owners is not None:
            pairs.update(zip(owners, (e.extension for e in series), strict=True))
        elif any(sentence_of(text, n) == sentence_of(text, series[0]) for n in names):
            left.append(series[0])
        else:
            left += series
    return sorted(left + [e for e in extensions if e.series is None], key=lambda e: e.start)


def series_owners(
    text: str, names: list[Mention], series: list[Mention], pairs: dict[str, str | None]
) -> list[str] | None:
    """The names a list of extensions belongs to, in order: as many unpaired names just
    before it in its sentence, or in brackets right after it."""
    free = [n for n in names if n.name and n.name not in pairs]
    before = [n for n in free if n.end <= series[0].start
              and not SENTENCE_END.search(text, n.end, series[0].start)]
    after = [n for n in free if n.start >= series[-1].end
             and not SENTENCE_END.search(text, series[-1].end, n.start)
             and "(" in text[series[-1].end : n.start]]
    if not after:  # or in apposition: "for lokal 14 og 15, Helle Dam og Kim Dam."
        after = names_in_apposition(text, free, series[-1].end)
    if not after:  # or one a line under it: "Navnene på lokal 420 og 421 er stavet forkert:"
        below = names_on_lines_below(text, free, series[-1].end)  # (as many lines as numbers)
        after = below if len(below) == len(series) else []
    for candidates in (before[-len(series):], after[: len(series)]):
        owners = list(dict.fromkeys(n.name or "" for n in candidates))
        if len(owners) == len(series):
            return owners
    return None


LEADS_TO_LINES = re.compile(r"[^\n.!?]*:[ \t]*\n")


def names_on_lines_below(text: str, free: list[Mention], end: int) -> list[Mention]:
    """The names of the lines right under a sentence that ends in a colon after a list
    of numbers, one name a line, in order ("lokal 420 og 421 er stavet forkert:" above
    '"Søren Kierkegård" skal være Søren Kierkegaard'); none when a line names two."""
    lead = LEADS_TO_LINES.match(text, end)
    if lead is None:
        return []
    found: list[Mention] = []
    start = lead.end()
    while start < len(text):
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        on_line = {n.name: n for n in free if start <= n.start < line_end}
        if len(on_line) != 1:
            break
        found.append(next(iter(on_line.values())))
        start = line_end + 1
    return found


APPOSITION = re.compile(r",[ \t]+")


NAME_LIST_JOIN = re.compile(r"(?:[ \t]*,)?[ \t]+(?:(?i:og|and|&)[ \t]+)?|[ \t]*,[ \t]*")


def names_in_apposition(text: str, names: list[Mention], end: int) -> list[Mention]:
    """The list of names set after a list of numbers by a comma, in order."""
    listed: list[Mention] = []
    for name in sorted((n for n in names if n.start >= end), key=lambda n: n.start):
        gap = APPOSITION if not listed else NAME_LIST_JOIN
        if not gap.fullmatch(text, end, name.start):
            break
        listed.append(name)
        end = name.end
    return listed


def sentence_of(text: str, mention: Mention) -> int:
    """Where the sentence holding a mention starts, to tell sentences apart."""
    ends = sentence_ends(text)
    index = bisect_right(ends, mention.start)
    return ends[index - 1] if index else 0


@lru_cache(maxsize=8)
def sentence_ends(text: str) -> tuple[int, ...]:
    """Where each sentence of a text ends, found once per text (asked for every
    mention); the whole text is searched: a sentence end looks ahead at the capital
    after it."""
    return tuple(match.end() for match in SENTENCE_END.finditer(text))


PRONOUN_HAS = re.compile(  # a sentence that gives "her" or "his" number: "Hun havde
    # lokalnummer 412", "He's on ext. 7702", "She is on extension 2204"
    rf"[ \t\n]*(?P<pronoun>(?i:hun|han|she|he))(?:['’]s|[ \t]+"
    r"(?i:havde|har|is|was|sits|sat|sidder|sad|has|had))(?:[ \t]+(?i:på|on|til|nu|now))?"
    rf"[ \t]+(?:(?i:{CUE})[ \t]*[:.]?[ \t]*)?(?:(?i:nummer|number)[ \t]+)?$"
)


def pronoun_owner(
    text: str, names: list[Mention], extension: Mention, pairs: dict[str, str | None]
) -> str | None:
    """The employee a sentence that opens with "hun"/"han"/"she"/"he" gives the number
    of: the name written last before it, not yet paired, of the pronoun's sex when the
    first name tells ("Mette Kjær Hansen ... stoppede. Hun havde lokalnummer 412")."""
    start = sentence_of(text, extension)
    said = PRONOUN_HAS.fullmatch(text, start, extension.start)
    if said is None:
        return None
    female = said.group("pronoun").lower() in {"hun", "she"}
    for name in reversed([n for n in names if n.end <= start and n.name]):
        given = (name.name or "").split()[0].lower()
        other_sex = given_names("men" if female else "women")
        if given in other_sex and given not in given_names("women" if female else "men"):
            continue  # "Hendes opgaver er overtaget af Jonas Bech": not her
        return name.name if name.name not in pairs else None
    return None


def nearest_name(
    text: str, names: list[Mention], extension: Mention, pairs: dict[str, str | None]
) -> str | None:
    """The name the extension was found right after, else the closest name before it
    in the same sentence, not yet paired, else a name in brackets right after it
    ("ext 118 (Sarah O'Brien)")."""
    if extension.owner and (
        extension.owner not in pairs or pairs[extension.owner] == extension.extension
    ):  # (a list that gives one employee twice: "Julie Ali (lokal 8615)" ... "8615 Julie Ali")
        return extension.owner
    for name in names:
        if name.start >= extension.end and BRACKET_GAP.fullmatch(text, extension.end, name.start):
            return name.name if name.name and name.name not in pairs else None
    line_start = text.rfind("\n", 0, extension.start) + 1
    if LINE_CUE.fullmatch(text, line_start, extension.start):  # "Lokal 22 - Anja Vinding"
        for name in names:
            if name.start >= extension.end and DASH_GAP.fullmatch(text, extension.end, name.start):
                return name.name if name.name and name.name not in pairs else None
        line_end = text.find("\n", extension.end)
        line_end = len(text) if line_end < 0 else line_end
        for name in names:  # 'Lokalnr. 11: står som "Dr. Hviid" - skal være Annette Hviid
            if not extension.end <= name.start < line_end:  # Jakobsen': the line is the
                continue  # number's record, and the name on it is its owner
            between, rest = text[extension.end : name.start], text[name.end : line_end]
            if not DIGITS.search(between) and not DIGITS.search(rest) and not (
                SENTENCE_END.search(text, extension.end, name.start)
            ):  # (not "Lok 280 og Susanne Bech lok 281": her number follows her)
                return name.name if name.name and name.name not in pairs else None
            break
    for name in reversed([n for n in names if n.end <= extension.start]):
        if SENTENCE_END.search(text, name.end, extension.start):
            return None
        if NO_EXTENSION_KNOWN.match(text, name.end):
            return None  # "William Hartley - extension unknown" above "the user on ext 812"
        if name.name and (name.name not in pairs or pairs[name.name] == extension.extension):
            return name.name
    return None


def corrected_name(
    text: str, names: list[Mention], extension: Mention, pairs: dict[str, str | None]
) -> str | None:
    """The person whose extension this one corrects later in the same sentence ("Hannah
    Price on extension 214, but her correct extension is 2140"), if a correction cue
    stands just before it."""
    before = [n for n in names if n.end <= extension.start and n.name in pairs]
    if not before or SENTENCE_END.search(text, before[-1].end, extension.start):
        return None
    window = tokenize(text[max(before[-1].end, extension.start - 40) : extension.start])
    cues = read_book("subject_correction_cues")
    if any(cues.match_at(window, i) for i in range(len(window))):
        return before[-1].name
    return None


def unique_digits(extensions: list[Mention]) -> list[Mention]:
    """Extensions with repeated mentions of the same number dropped."""
    seen: set[str] = set()
    unique: list[Mention] = []
    for extension in extensions:
        if extension.extension not in seen:
            seen.add(extension.extension or "")
            unique.append(extension)
    return unique


