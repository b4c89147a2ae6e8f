"""Law, guidance and policy pasted into a request ("Fra Datatilsynets vejledning: "Den
dataansvarlige skal ... besvare en anmodning om indsigt, sletning eller
dataportabilitet ..."", "Article 17: The data subject shall have the right to obtain
... erasure"): their request words state what the law says, they ask for nothing, so
the kind is read without them. A passage in quotation marks counts as cited law when it
holds a word of the law's register (`kind_cited_law.txt`); a sentence outside them when
it states a right or a duty (`kind_cited_law_sentences.txt`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from parsers.lexicon import Tokens, read_book

QUOTED_PASSAGE = re.compile(  # a quotation of some length within one paragraph
    r"[\"“„«]((?:[^\"“”„«»\n]|\n(?![ \t]*\n)){60,}?)[\"”“»]"
)
SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)", re.MULTILINE)


def blanked(match: re.Match[str]) -> str:
    """A matched passage as spaces, its line breaks kept."""
    return re.sub(r"[^\n]", " ", match.group())


LAW_HINT = re.compile(  # a word every passage of either list holds one of: most mail has none
    r"(?i:registrered|dataansvarlig|databehandler|controller|data subject|processor|unødig"
    r"|undue|ret til|right|udgangspunkt|medfør|accordance|pursuant)"
)


@lru_cache(maxsize=256)  # (the kind is read from the same texts several times a mail)
def without_cited_law(text: str) -> str:
    """`text` with quoted passages of law and sentences stating the law blanked."""
    if not isinstance(text, str) or not LAW_HINT.search(text):
        return text
    register = read_book("kind_cited_law")
    text = QUOTED_PASSAGE.sub(
        lambda m: blanked(m) if register.contains_any(Tokens.of(m.group(1))) else m.group(),
        text,
    )
    stated = read_book("kind_cited_law_sentences")
    return SENTENCE.sub(
        lambda m: blanked(m) if stated.contains_any(Tokens.of(m.group())) else m.group(), text
    )
