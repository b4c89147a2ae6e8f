"""A request the writer changes into another kind ("Change of plan: the customer no
longer wants the data export. Instead they want Mikkel Juhl erased"; "de først bad om
indsigt, men nu vil de have begge slettet i stedet"). Read in order, the kind asked
last is the one that stands; a kind after "i stedet for"/"instead of" is the one given
up."""

from __future__ import annotations

from parsers.kinds import MAX_TEXT, MINIMUM_SCORE, kind_book, mask_tokens
from parsers.lexicon import Tokens, read_book
from parsers.model import PERSON_KINDS, Kind

GIVEN_UP_REACH = 5  # words after "instead of" that name the request given up


def changes_request(text: str) -> bool:
    """Whether the text says an earlier request is changed (`kind_change_cues.txt`)."""
    return isinstance(text, str) and read_book("kind_change_cues").contains_any(
        Tokens.of(text[:MAX_TEXT])
    )


def changed_kind(text: str, kind: Kind) -> Kind:
    """The kind the new text changes the request to, when it says it changes one and asks
    for two kinds of request: the one asked last, not given up; else `kind`."""
    if kind not in PERSON_KINDS or not changes_request(text):
        return kind
    tokens = mask_tokens(Tokens.of(text[:MAX_TEXT]))
    given_up = {
        index + offset
        for index, phrase in read_book("kind_given_up_cues").matches(tokens)
        for offset in range(len(phrase.words), len(phrase.words) + GIVEN_UP_REACH)
    }
    last: dict[Kind, int] = {}
    totals: dict[Kind, float] = {}
    for asked in PERSON_KINDS:
        for index, phrase in kind_book(asked).matches(tokens):
            if phrase.weight > 0 and index not in given_up:
                totals[asked] = totals.get(asked, 0.0) + phrase.weight
                last[asked] = max(last.get(asked, -1), index)
    asked_kinds = [k for k, total in totals.items() if total >= MINIMUM_SCORE]
    if len(asked_kinds) >= 2:
        return max(asked_kinds, key=lambda k: last[k])
    if kind not in totals and totals:  # every word for it given up: "erase him instead
        return max(totals, key=lambda k: totals[k])  # of giving access"
    return kind
