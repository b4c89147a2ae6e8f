"""Which GDPR request a mail makes: weighted word lists, scored per kind.

Each kind has a word list in `parsers/lexicons/kind_<kind>.txt` (Danish and
English, with weights; negative weights count against a kind). The subject
weighs more than the body; quoted or forwarded text and attachments weigh
less, so "see below" above a forwarded request still finds the request. GDPR
article references ("art. 15", "artikel 17") count strongly. Phrases in
`kind_masks.txt` (disclaimers asking to delete the e-mail) are ignored. When
no kind scores enough, the mail is "other".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from parsers.language import read_lexicon
from parsers.model import PERSON_KINDS, Kind

TOKEN = re.compile(r"\*\d|[^\W_]+(?:[-'’][^\W_]+)*")
ARTICLE = re.compile(r"\b(?:art(?:ikel|icle)?\.?|§)\s*(\d{1,2})\b", re.IGNORECASE)
SCORED_KINDS: tuple[Kind, ...] = (
    "erasure",
    "access",
    "rectification",
    "portability",
    "objection",
    "marketing_optout",
)
SUBJECT_WEIGHT = 1.5
NEW_TEXT_WEIGHT = 1.0
QUOTED_WEIGHT = 0.5
ATTACHMENT_WEIGHT = 0.5
ARTICLE_WEIGHT = 4.0
MINIMUM_SCORE = 2.0
MAX_TEXT = 20_000  # requests are written at the top; long histories add nothing
HEAD = 3  # letters of a prefix pattern used to index it


@dataclass(frozen=True, slots=True)
class Phrase:
    """One lexicon entry as word patterns.

    A pattern is a lower-case word, "word*" (any ending), "*word" (any
    beginning) or "?" (any one word). Also used by `parsers.sensitive`.
    """

    words: tuple[str, ...]
    weight: float

    def matches_at(self, tokens: list[str], index: int) -> bool:
        """Whether the phrase starts at tokens[index]."""
        if index + len(self.words) > len(tokens):
            return False
        window = tokens[index : index + len(self.words)]
        return all(
            match_word(pattern, token) for pattern, token in zip(self.words, window, strict=True)
        )


@dataclass(frozen=True, slots=True)
class PhraseBook:
    """A word list indexed by first word, so matching stays fast on long mails."""

    by_word: dict[str, tuple[Phrase, ...]]  # first pattern is a plain word
    by_head: dict[str, tuple[Phrase, ...]]  # first pattern "abc...*", keyed by "abc"
    loose: tuple[Phrase, ...]  # first pattern "*x", "?" or a short prefix

    @classmethod
    def of(cls, phrases: Iterable[Phrase]) -> PhraseBook:
        """Index phrases; within each bucket the longest come first."""
        by_word: dict[str, list[Phrase]] = {}
        by_head: dict[str, list[Phrase]] = {}
        loose: list[Phrase] = []
        for phrase in sorted(phrases, key=lambda p: -len(p.words)):
            first = phrase.words[0]
            if first.endswith("*") and not first.startswith("*") and len(first) > HEAD:
                by_head.setdefault(first[:HEAD], []).append(phrase)
            elif first == "?" or first.startswith("*") or first.endswith("*"):
                loose.append(phrase)
            else:
                by_word.setdefault(first, []).append(phrase)
        return cls(
            {k: tuple(v) for k, v in by_word.items()},
            {k: tuple(v) for k, v in by_head.items()},
            tuple(loose),
        )

    def match_at(self, tokens: list[str], index: int) -> Phrase | None:
        """The longest phrase starting at tokens[index], or None."""
        token = tokens[index]
        if not token:
            return None
        candidates = (
            *self.by_word.get(token, ()),
            *self.by_head.get(token[:HEAD], ()),
            *self.loose,
        )
        found = [phrase for phrase in candidates if phrase.matches_at(tokens, index)]
        return max(found, key=lambda phrase: len(phrase.words)) if found else None

    def contains_any(self, tokens: list[str]) -> bool:
        """Whether any phrase occurs anywhere in the tokens."""
        return any(self.match_at(tokens, index) for index in range(len(tokens)))


def match_word(pattern: str, token: str) -> bool:
    """Whether one token fits one word pattern (see `Phrase`)."""
    if not token:
        return False
    if pattern == "?":
        return True
    if len(pattern) > 1 and pattern.endswith("*"):
        return token.startswith(pattern[:-1])
    if len(pattern) > 1 and pattern.startswith("*"):
        return token.endswith(pattern[1:])
    return token == pattern


def tokenize(text: str) -> list[str]:
    """Lower-case word tokens; "*7" (the record key) is one token."""
    return [token.lower() for token in TOKEN.findall(text)]


def parse_phrase(entry: str) -> Phrase | None:
    """A lexicon line "words = weight" as a Phrase, or None when malformed."""
    words_part, _, weight_part = entry.partition("=")
    try:
        weight = float(weight_part) if weight_part.strip() else 1.0
    except ValueError:
        return None
    words = tuple(parse_pattern(raw) for raw in words_part.split())
    return Phrase(words, weight) if words and all(words) else None


def parse_pattern(raw: str) -> str:
    """One written word pattern in the form `match_word` reads; "" if empty."""
    if raw == "?":
        return "?"
    tokens = tokenize(raw.strip("*"))
    if len(tokens) != 1:
        return ""
    head = "*" if raw.startswith("*") else ""
    tail = "*" if raw.endswith("*") else ""
    return head + tokens[0] + tail


@cache
def read_phrases(name: str) -> tuple[Phrase, ...]:
    """The phrases of one lexicon file, longest first so masks win."""
    phrases = (parse_phrase(entry) for entry in read_lexicon(name))
    return tuple(sorted((p for p in phrases if p), key=lambda p: -len(p.words)))


@cache
def read_book(name: str) -> PhraseBook:
    """One lexicon file as an indexed `PhraseBook`."""
    return PhraseBook.of(read_phrases(name))


@cache
def read_articles() -> dict[str, Kind]:
    """GDPR article number -> the kind of request it names."""
    table: dict[str, Kind] = {}
    for entry in read_lexicon("gdpr_articles"):
        number, _, kind = entry.partition(" ")
        for known in SCORED_KINDS:
            if kind.strip() == known:
                table[number.strip()] = known
    return table


def mask_tokens(tokens: list[str]) -> list[str]:
    """Tokens with the words of non-request phrases blanked out."""
    masked = list(tokens)
    book = read_book("kind_masks")
    for index in range(len(tokens)):
        phrase = book.match_at(tokens, index)
        if phrase is not None:
            masked[index : index + len(phrase.words)] = [""] * len(phrase.words)
    return masked


def score_phrases(tokens: list[str], book: PhraseBook) -> float:
    """Sum of weights of the phrases found; each position counts once per kind."""
    total = 0.0
    for index in range(len(tokens)):
        phrase = book.match_at(tokens, index)
        if phrase is not None:
            total += phrase.weight
    return total


def score_text(text: str, weight: float, scores: dict[Kind, float]) -> None:
    """Add the weighted evidence of one part of the mail to `scores`."""
    if not text:
        return
    tokens = mask_tokens(tokenize(text))
    for kind in SCORED_KINDS:
        scores[kind] += weight * score_phrases(tokens, read_book(f"kind_{kind}"))
    articles = read_articles()
    for match in ARTICLE.finditer(text):
        cited = articles.get(match.group(1))
        if cited is not None:
            scores[cited] += weight * ARTICLE_WEIGHT


def score_kinds(
    subject: str, new_text: str, quoted: str, attachment_text: str = ""
) -> dict[Kind, float]:
    """Evidence per kind for the whole mail (subject, new text, quoted, attachments)."""
    scores: dict[Kind, float] = dict.fromkeys(SCORED_KINDS, 0.0)
    parts = (
        (subject, SUBJECT_WEIGHT),
        (new_text, NEW_TEXT_WEIGHT),
        (quoted, QUOTED_WEIGHT),
        (attachment_text, ATTACHMENT_WEIGHT),
    )
    for text, weight in parts:
        score_text(text[:MAX_TEXT] if isinstance(text, str) else "", weight, scores)
    return scores


def classify_kind(subject: str, new_text: str, quoted: str, attachment_text: str = "") -> Kind:
    """The request kind with the most evidence; "other" when none has enough."""
    scores = score_kinds(subject, new_text, quoted, attachment_text)
    best = max(SCORED_KINDS, key=lambda kind: scores[kind])
    if scores[best] < MINIMUM_SCORE:
        return "other"
    texts = (subject, new_text, quoted, attachment_text)
    if best in PERSON_KINDS and not has_person_cue(
        " ".join(t for t in texts if isinstance(t, str))
    ):
        return "other"
    return best


def has_person_cue(text: str) -> bool:
    """Whether the text points at a particular person (pronoun, employee, extension)."""
    return read_book("kind_person_cues").contains_any(
        tokenize(text if isinstance(text, str) else "")
    )
