"""A writer correcting themselves in the same mail: "Jens Hansen, sorry, Jens Hanson",
"lokalnummer -2013- 2031", "lokal 212 - nej undskyld, lokal 221", "Extension: 305
(typo above: 350)", "Correction: Priya's extension is 3321, not 3312", "Rettelse: det
er Poul-Erik Vestergaard med bindestreg".
The text is rewritten to say only the corrected value, so the wrong one is never
paired with anyone; what a reply corrects in its quoted thread is left to the
follow-up rules."""

from __future__ import annotations

import re

from parsers.extensions import SELF_CORRECTED
from parsers.letters import UPPER
from parsers.names import spelt_alike

NUMBER = r"(?<![\w.,+/-])(\d{2,6})(?![\d]|[.,]\d)"
MAX_CORRECTIONS = 8  # numbers one mail corrects; more is no correction but a list
STRUCK = re.compile(  # "-2013- 2031", "~~214~~ 241", "~214~ 241"
    r"(?:(?<=[ \t:(])-(\d{2,6})-|~~?(\d{2,6})~~?)(?=[ \t]+(?:\w+[ \t]+)?\d{2,6}(?!\d))"
)
TYPO_NOTE = re.compile(  # "305 (typo above: 350)", "91 (tastefejl ovenfor: 19)"
    rf"{NUMBER}[ \t]*\((?i:typo|tastefejl|slåfejl|fejl|stavefejl)[ \t]*"
    rf"(?i:above|ovenfor|tidligere|earlier)?[ \t]*[:=]?[ \t]*{NUMBER}[ \t]*\)"
)
CORRECTION_LINE = re.compile(  # a line opening with the word for a correction, also
    # "Rettelse inden I går i gang: lokalnummeret er 118 – 181 er receptionen"
    r"^[ \t>*]*(?i:rettelse|correction|korrektion|edit|opdatering|update)"
    r"(?:[ \t]+[^\W\d_]+){0,5}[ \t]*[:!-]",
    re.MULTILINE,
)
RIGHT_NUMBER_ONLY = re.compile(  # "Rettelse: lokal 91 - 19 er receptionens fællesnummer"
    rf"^[^\d\n]{{0,30}}{NUMBER}[ \t]*[-–—,(:]+[ \t]*{NUMBER}[ \t]+(?i:er|is|var|was)\b"
)
CUE_WORDS = (  # an extension's cue before the number, if any
    r"(?:(?i:lokal(?:nummer(?:et)?|nr\.?)?|lok\.?(?:[ \t]*nr\.?)?|ext\.?|extension)"
    r"[ \t]*[:.]?[ \t]*)?"
)
CORRECTED_TO = re.compile(  # "skrev først lokalnr. 3320 på deres skema, men har rettet det
    # til 3302", "had ext. 4410 on the form but corrected it to 4401"
    rf"{NUMBER}[^\d\n.!?]{{0,60}}?\b(?i:rettet|corrected|fixed)(?:[ \t]+(?i:det|den|it|that))?"
    rf"[ \t]+(?i:til|to)[ \t]+{CUE_WORDS}{NUMBER}"
)
SAID_WRONG = re.compile(  # "står registreret med lokalnummer 4102. Det er forkert – hendes
    # lokalnummer er 4120", "is listed as 310. That is wrong, the right one is 301"
    rf"{NUMBER}[^\d\n]{{0,40}}?[.!,;]?[ \t]*(?i:det er forkert|det er ikke korrekt|det er en fejl"
    r"|that is wrong|that's wrong|this is wrong|it is wrong|that is incorrect|it is incorrect)"
    rf"[ \t]*[-–—,.:;]*[ \t]*[^\d\n]{{0,50}}?\b(?i:er|is|should be|skal være)[ \t]+{CUE_WORDS}"
    rf"{NUMBER}"
)
DISREGARDED = re.compile(  # "NB: disregard 9002 in the subject line, that was a typo"
    r"(?<![\w-])(?i:disregard|ignore|ignorer|se bort fra)[ \t]+"
    rf"(?:(?i:the|det|den|nummeret|number|tallet)[ \t]+)?{CUE_WORDS}{NUMBER}"
)
SHOULD_BE_NOT = re.compile(  # "Ups, 3310 skulle det være - ikke 3301", "4401 should be
    # the one, not 4410"
    rf"{NUMBER}[ \t]+(?i:skulle det være|skal det være|skulle der stå|skal der stå|skulle det"
    r"[ \t]+have været|should be|should have been|is the right one|er det rigtige|er den"
    r"[ \t]+rigtige)(?:[ \t]+(?i:the one))?[ \t]*[-–—,.:;]*[ \t]*(?i:og[ \t]+|and[ \t]+)?"
    rf"(?i:ikke|not)[ \t]+{CUE_WORDS}{NUMBER}"
)
REGISTERED_BUT = re.compile(  # "is registered with extension 5104 in your system, but her
    # extension is 5140", "står med lokal 4102 hos jer, men hun har 4120"
    rf"(?i:registered with|registreret med|står med|listed with|listed as|står som)[ \t]+"
    rf"{CUE_WORDS}{NUMBER}[^\d\n]{{0,40}}?\b(?i:but|men)\b[^\d\n]{{0,30}}?"
    rf"\b(?i:is|er|har|has)[ \t]+{CUE_WORDS}{NUMBER}"
)
CORRECT_ONE_IS = re.compile(  # "har I registreret lokalnummer 6012 for Mikkel. Det korrekte
    # er 6021", "... 4410 for Ida. The correct one is 4401"
    rf"{NUMBER}[^\d\n]{{0,60}}?[.!]?[ \t]*(?i:det korrekte er|det rigtige er|det korrekte"
    r"[ \t]+lokalnummer er|the correct one is|the right one is|the correct extension is)[ \t]+"
    rf"{CUE_WORDS}{NUMBER}"
)
NOT_NUMBER = re.compile(rf"{NUMBER}[ \t]*,?[ \t]*(?i:ikke|not)[ \t]+{NUMBER}")
NAME = rf"[{UPPER}][^\W\d_]+(?:[ \t-]+[{UPPER}][^\W\d_'-]+){{1,3}}"
NAME_RUN = re.compile(rf"(?<![\w-]){NAME}")
NAME_TAKEN_BACK = re.compile(  # "Jens Hansen, sorry, Jens Hanson", "Hannah Møller - sorry,
    # Hanna Møller", "Camilla Frost Bech, altså Camilla Frost Beck"
    rf"(?<![\w-])({NAME})[ \t]*[,–—-]*[ \t]*"
    r"(?i:sorry|undskyld|nej undskyld|beklager|i mean|jeg mener|altså|or rather|eller rettere)"
    rf"[ \t]*[,:–—-]*[ \t]*({NAME})"
)


NAME_SAID_INSTEAD = re.compile(  # "Ulla Bech-Nielsen – nej, hun hedder bare Ulla Bech",
    # "Tom Lund, no, his name is just Tom Lunde"
    rf"(?<![\w-])({NAME})[ \t]*[,–—-]*[ \t]*(?i:nej|no)[ \t]*[,.!–—-]*[ \t]*"
    r"(?i:(?:hun|han)[ \t]+hedder|(?:her|his)[ \t]+name[ \t]+is|det[ \t]+er|it[ \t]+is)"
    rf"(?:[ \t]+(?i:bare|kun|just|only))?[ \t]+({NAME})"
)


def with_self_corrections(text: str) -> str:
    """`text` saying only what its writer corrected it to."""
    if not isinstance(text, str) or not text:
        return text if isinstance(text, str) else ""
    text = STRUCK.sub(lambda m: " " * len(m.group()), text)
    for disregarded in {m.group(1) for m in DISREGARDED.finditer(text)}:
        text = re.sub(rf"(?<![\w.,+/-]){disregarded}(?![\d]|[.,]\d)", " " * len(disregarded), text)
    text = SELF_CORRECTED.sub(lambda m: m.group(2), text)  # "lokal 212 - nej undskyld, 221"
    for index in range(MAX_CORRECTIONS):  # one at a time: a replacement moves the others
        found = corrected_numbers(text)
        if index >= len(found):
            break
        wrong, right, (start, end) = found[index]  # (the correction itself stays as written)
        wrongly = re.compile(rf"(?<![\w.,+/-]){wrong}(?![\d]|[.,]\d)")
        text = wrongly.sub(right, text[:start]) + text[start:end] + wrongly.sub(right, text[end:])
    text = NAME_TAKEN_BACK.sub(taken_back, text)
    text = NAME_SAID_INSTEAD.sub(said_instead, text)
    for wrong, right in corrected_names(text):
        text = re.sub(rf"(?<![\w-]){re.escape(wrong)}(?![\w-])", right, text)
    return text


def taken_back(match: re.Match[str]) -> str:
    """The second of two names when it corrects the first (the two share a spelling),
    else the text as written ("Store-Kurt, altså Kurt Vagn Rasmussen")."""
    first, second = match.group(1), match.group(2)
    return second if same_name_spelt_two_ways(first, second) else match.group()


def said_instead(match: re.Match[str]) -> str:
    """The name the writer says instead of the one just written, when both open with
    the same given name (the person is the same, the rest of the name was wrong)."""
    first, second = match.group(1), match.group(2)
    return second if first.split()[0] == second.split()[0] else match.group()


def corrected_numbers(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    """(wrong, right, where the correction is written) numbers: from a typo note, and
    from a correction line ("Rettelse: lokal 91", "Correction: ... is 3321, not 3312")
    that changes one number."""
    found = [(m.group(2), m.group(1), m.span()) for m in TYPO_NOTE.finditer(text)]
    found += [  # "skrev først 3320 ..., men har rettet det til 3302"; "4102. Det er forkert
        (m.group(1), m.group(2), m.span(2))  # – hendes lokalnummer er 4120": the wrong
        # number too is read as the right one
        for pattern in (CORRECTED_TO, SAID_WRONG) for m in pattern.finditer(text)
    ]
    found += [(m.group(2), m.group(1), m.span()) for m in SHOULD_BE_NOT.finditer(text)]
    found += [(m.group(1), m.group(2), m.span(2)) for m in REGISTERED_BUT.finditer(text)]
    found += [(m.group(1), m.group(2), m.span(2)) for m in CORRECT_ONE_IS.finditer(text)]
    for line in CORRECTION_LINE.finditer(text):
        end = text.find("\n", line.end())
        end = len(text) if end < 0 else end
        body = text[line.end() : end]
        if not_number := NOT_NUMBER.search(body):
            found.append((not_number.group(2), not_number.group(1), (line.start(), end)))
        elif right_only := RIGHT_NUMBER_ONLY.match(body):
            found.append((right_only.group(2), right_only.group(1), (line.start(), end)))
    return [(wrong, right, span) for wrong, right, span in found if wrong != right]


def corrected_names(text: str) -> list[tuple[str, str]]:
    """(wrong, right) names: a correction line's name that another name in the text
    spells another way ("Poul Erik Vestergaard" / "Rettelse: det er Poul-Erik
    Vestergaard med bindestreg")."""
    pairs = []
    for line in CORRECTION_LINE.finditer(text):
        end = text.find("\n", line.end())
        end = len(text) if end < 0 else end
        for right in NAME_RUN.findall(text, line.end(), end):
            wrong = {  # (also the same words in the other order: "Chen Wei" above
                m.group() for m in NAME_RUN.finditer(text)  # "Correction: ... registered
                if not line.end() <= m.start() < end and m.group() != right  # as Wei Chen")
                and (same_name_spelt_two_ways(m.group(), right)
                     or sorted(m.group().split()) == sorted(right.split()))
            }
            pairs += [(w, right) for w in wrong]
    return pairs


def same_name_spelt_two_ways(one: str, other: str) -> bool:
    """Whether two names are one spelt two ways: the same words but for a hyphen
    ("Poul Erik" / "Poul-Erik"), or as many words, each spelt alike."""
    a, b = (re.split(r"[ \t-]+", name.lower()) for name in (one, other))
    if a == b:
        return one != other
    return len(a) == len(b) and all(x == y or spelt_alike(x, y) for x, y in zip(a, b, strict=True))
