"""A request the writer changes into another kind ("Change of plan: the customer no
longer wants the data export. Instead they want Mikkel Juhl erased"; "de først bad om
indsigt, men nu vil de have begge slettet i stedet"). The kind asked right at the words
of the change is the one that stands; a kind after "i stedet for"/"instead of" or "se
bort fra" is the one given up. A fallback ("if recording cannot be switched off, please
instead delete ...") changes nothing."""

from __future__ import annotations

import re

from parsers.kinds import MAX_TEXT, kind_book, mask_tokens
from parsers.lexicon import Tokens, read_book
from parsers.model import PERSON_KINDS, Kind

GIVEN_UP_REACH = 3  # words after "instead of" that name the request given up
REACH_AFTER = 8  # words after the change ("Instead they want Mikkel Juhl (extension
# 4410) erased") that may name the new request
REACH_BEFORE = 3  # and before it ("vil de have begge slettet i stedet")
CONDITION = re.compile(r"(?i:\b(?:if|hvis|såfremt|unless|medmindre)\b)")
SENTENCE_START = re.compile(r"[.!?\n][^.!?\n]*$")
CORRECTION_INSTEAD = re.compile(r"(?i:i stedet for|instead of)\b")  # "karina@ryfys.dk i
# stedet for kb@ryfys.dk": the value put right, not a request given up


def changes_request(text: str) -> bool:
    """Whether the text says an earlier request is changed (`kind_change_cues.txt`)."""
    return bool(isinstance(text, str) and change_positions(Tokens.of(text[:MAX_TEXT]), text))


def change_positions(tokens: Tokens, text: str) -> list[tuple[int, int]]:
    """(first, last) token of each change cue not said as a fallback under a condition."""
    found = []
    for index, phrase in read_book("kind_change_cues").matches(tokens):
        start = tokens.spans[index][0]
        opening = SENTENCE_START.search(text, 0, start)
        sentence = text[opening.end() if opening else 0 : start]
        if not CONDITION.search(sentence):
            found.append((index, index + len(phrase.words) - 1))
    return found


def changed_kind(text: str, kind: Kind) -> Kind:
    """The kind the new text changes the request to, when it says it changes one: the
    one asked at the words of the change and not given up; else `kind`."""
    if kind not in PERSON_KINDS or not isinstance(text, str):
        return kind
    text = text[:MAX_TEXT]
    plain = Tokens.of(text)
    changes = change_positions(plain, text)
    if kind == "rectification":  # a correction's own "skal være X i stedet for Y"
        changes = [c for c in changes if not CORRECTION_INSTEAD.match(text, plain.spans[c[0]][0])]
    if not changes:
        return kind
    tokens = mask_tokens(plain)
    given_up = {
        index + offset
        for index, phrase in read_book("kind_given_up_cues").matches(tokens)
        for offset in range(len(phrase.words), len(phrase.words) + GIVEN_UP_REACH)
    }
    near: dict[Kind, float] = {}
    for asked in PERSON_KINDS:
        for index, phrase in kind_book(asked).matches(tokens):
            if phrase.weight <= 0 or index in given_up:
                continue
            if any(first - REACH_BEFORE <= index <= last + REACH_AFTER for first, last in changes):
                near[asked] = near.get(asked, 0.0) + phrase.weight
    others = {k: weight for k, weight in near.items() if k != kind}
    if not others or kind in near and near[kind] >= max(others.values()):
        return kind
    return max(others, key=lambda k: others[k])
