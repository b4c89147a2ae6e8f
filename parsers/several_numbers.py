"""One person with several numbers: desk phone, softphone, app, fax.

'Lokal 150 (bordtelefon) og 159 (fax)' gives one employee two numbers; each
is hers, in the order tagged. Pure text rules; no I/O.
"""

from __future__ import annotations

import re

from parsers.model import DataSubject

SEVERAL_NUMBERS = re.compile(  # one person's several numbers: "på begge hans numre", "han har
    # også 19 på softphonen", "both her extensions", "navnet på begge numre"
    r"(?i:\bbegge (?:hans |hendes |deres )?(?:numre|lokalnumre|linjer)\b"
    r"|\balle (?:hans|hendes) (?:numre|lokalnumre)\b|\b(?:han|hun) har også\b"
    r"|\bboth (?:his |her )?(?:numbers|extensions|lines)\b"
    r"|\ball (?:his|her) (?:numbers|extensions)\b|\b(?:he|she) also has\b)"
)


PHONE_KINDS = (
    r"(?:bordtelefon(?:en)?|softphone(?:n)?|app(?:en)?|fax(?:en)?|desk phone|kortnummer"
    r"(?:[ \t]+på[ \t]+mobilen)?|mobile short number)"
)


DEVICE_NUMBER = re.compile(  # a number tagged with the phone it rings: "150 (bordtelefon)",
    # "bordtelefon 221, app 1221", "lokal 4410 på bordtelefonen og 4411 i appen"
    rf"(?<![\d+])(\d{{2,6}})[ \t]*\((?i:{PHONE_KINDS})\)"
    rf"|(?i:\b{PHONE_KINDS})[ \t]*:?[ \t]+(?:(?i:lokal|lok\.?|ext\.?)[ \t]*)?"
    r"(\d{2,6})(?![\d.,]\d|[ \t]\d{2})"
    rf"|(?<![\d+])(\d{{2,6}})[ \t]+(?i:på|i|on|in)[ \t]+(?i:{PHONE_KINDS})\b"
)


def device_numbers(text: str) -> list[str]:
    """The numbers the text tags with the phone they ring, in order."""
    return list(dict.fromkeys(
        next(group for group in match.groups() if group) for match in DEVICE_NUMBER.finditer(text)
    ))


def with_numbers_of_one(text: str, found: list[DataSubject]) -> list[DataSubject]:
    """One employee's several numbers, when the text says they are hers ("slette Jens Peter
    la Cour på begge hans numre: bordtelefon lokal 214, softphone lokal 2214") or tags each
    with the phone it rings ("150 (bordtelefon)", "159 (fax)"): the name with each number,
    in the order written."""
    named = [s for s in found if s.full_name]
    numbers = [s.extension for s in found if s.extension and not s.full_name]
    tagged = device_numbers(text)
    if len(tagged) >= 2:
        numbers = list(dict.fromkeys(numbers + [n for n in tagged if not any(
            s.extension == n for s in named
        )]))
    if len({s.full_name for s in named}) != 1 or not numbers or not (
        SEVERAL_NUMBERS.search(text) or len(tagged) >= 2
    ):
        return found
    name = named[0].full_name
    own = [s.extension for s in named if s.extension]
    every = list(dict.fromkeys(own + numbers))
    if len(tagged) >= 2:  # in the order the text tags them
        every = [n for n in tagged if n in every] + [n for n in every if n not in tagged]
    return [DataSubject(name, number) for number in every]


