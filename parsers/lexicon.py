"""Word lists (`parsers/lexicons/*.txt`) and the compiled phrase matcher they share.

The lexicon files stay the source of truth: plain text, one entry a line, that a
person who is not a programmer can edit. A phrase entry is words separated by
spaces, each word a lower-case word, "word*" (any ending), "*word" (any
beginning) or "?" (any one word), optionally followed by "= weight".

Matching is done on a text's tokens: each `PhraseBook` is compiled once into
one regular expression over the tokens joined by newlines, so a long mail is
scanned in C instead of token by token in Python.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import accumulate

TOKEN = re.compile(r"\*\d|[^\W_]+(?:[-'’][^\W_]+)*")
WORD_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
HEAD = 3  # letters of a prefix pattern that rank it with the plain words


@cache
def read_lexicon(name: str) -> tuple[str, ...]:
    """Entries of `parsers/lexicons/<name>.txt`: one a line, `#` starts a comment.

    Loaded once per process; a missing file reads as empty, so a parser never
    fails because a word list is absent.
    """
    try:
        text = resources.files("parsers").joinpath("lexicons", f"{name}.txt").read_text("utf-8")
    except (OSError, ValueError):
        return ()
    entries = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(entry for entry in entries if entry)


@dataclass(frozen=True, slots=True)
class Phrase:
    """One lexicon entry as word patterns (see the module docstring)."""

    words: tuple[str, ...]
    weight: float

    @property
    def rank(self) -> int:
        """Tie-break between phrases of equal length: plain words, then prefixes, then loose."""
        first = self.words[0]
        if first == "?" or first.startswith("*"):
            return 2
        if first.endswith("*"):
            return 1 if len(first) > HEAD else 2
        return 0

    def to_regex(self) -> str:
        """The phrase over newline-joined tokens."""
        return "\n".join(word_regex(word) for word in self.words)


def word_regex(pattern: str) -> str:
    """One word pattern as a regex matching one whole token line."""
    if pattern == "?":
        return "[^\n]+"
    if len(pattern) > 1 and pattern.endswith("*"):
        return re.escape(pattern[:-1]) + "[^\n]*"
    if len(pattern) > 1 and pattern.startswith("*"):
        return "[^\n]*" + re.escape(pattern[1:])
    return re.escape(pattern)


@dataclass(frozen=True, slots=True)
class Tokens:
    """A text's word tokens (lower-cased), their spans, and the joined form books scan."""

    words: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    joined: str
    offsets: tuple[int, ...]  # where each word starts in `joined`

    @classmethod
    def of(cls, text: str, pattern: re.Pattern[str] = TOKEN) -> Tokens:
        """Tokens of `text` found with `pattern`."""
        spans = tuple(match.span() for match in pattern.finditer(text))
        found = pattern.findall(text)
        joined = "\n" + "\n".join(found).lower()
        if len(joined) != sum(map(len, found)) + len(found):  # a letter lower-cased to two
            return cls.of_words([word.lower() for word in found], spans)
        return cls(tuple(joined[1:].split("\n")) if found else (), spans, joined, offsets_of(found))

    @classmethod
    def of_words(
        cls, words: Iterable[str], spans: Iterable[tuple[int, int]] | None = None
    ) -> Tokens:
        """Tokens from already lower-cased words (spans default to word positions)."""
        words = tuple(words)
        spans = tuple(spans) if spans is not None else tuple((i, i + 1) for i in range(len(words)))
        return cls(words, spans, "\n" + "\n".join(words), offsets_of(words))

    def index_at(self, offset: int) -> int:
        """The token that starts at `offset` of `joined`."""
        return bisect_right(self.offsets, offset) - 1

    def hits(self, finder: re.Pattern[str]) -> Iterator[int]:
        """Indexes of the tokens where a `compile_finder` pattern matches."""
        for hit in finder.finditer(self.joined):
            yield self.index_at(hit.start() + 1)


def offsets_of(words: list[str] | tuple[str, ...]) -> tuple[int, ...]:
    """Where each word starts in "\n" + "\n".join(words)."""
    return tuple(accumulate((len(word) + 1 for word in words[:-1]), initial=1)) if words else ()


@dataclass(frozen=True, slots=True)
class PhraseGroup:
    """The phrases of a book that share their first word pattern, as one regex."""

    first: str
    phrases: tuple[Phrase, ...]
    ranks: tuple[int, ...]  # each phrase's place in the whole book's order
    chooser: re.Pattern[str]

    @classmethod
    def of(cls, first: str, ranked: list[tuple[int, Phrase]]) -> PhraseGroup:
        """A group from (place in book, phrase) pairs, in book order."""
        alternatives = "|".join(f"({phrase.to_regex()})" for _, phrase in ranked)
        return cls(
            first,
            tuple(phrase for _, phrase in ranked),
            tuple(rank for rank, _ in ranked),
            re.compile(rf"(?m)(?:{alternatives})$"),
        )

    def match(self, joined: str, offset: int) -> tuple[int, Phrase] | None:
        """(place in book, phrase) of the first phrase of the group matching at `offset`."""
        found = self.chooser.match(joined, offset)
        if found is None or found.lastindex is None:
            return None
        return self.ranks[found.lastindex - 1], self.phrases[found.lastindex - 1]


@dataclass(frozen=True, slots=True)
class PhraseBook:
    """A word list compiled into regular expressions; the longest phrase wins.

    `finder` (a trie of first words) finds the few tokens where a phrase may
    start; the groups of phrases whose first word fits that token then pick
    the phrase: most words first, then plain before prefix before loose.
    """

    firsts: frozenset[str]  # the first word patterns of the phrases
    finder: re.Pattern[str]
    by_word: dict[str, PhraseGroup]  # first pattern is a plain word
    by_letter: dict[str, tuple[PhraseGroup, ...]]  # first pattern "word*", by first letter
    loose: tuple[PhraseGroup, ...]  # first pattern "*word" or "?"

    @classmethod
    def of(cls, phrases: Iterable[Phrase]) -> PhraseBook:
        """Compile phrases into a finder and per-first-word groups."""
        ordered = sorted(phrases, key=lambda p: (-len(p.words), p.rank))
        grouped: dict[str, list[tuple[int, Phrase]]] = {}
        for rank, phrase in enumerate(ordered):
            grouped.setdefault(phrase.words[0], []).append((rank, phrase))
        groups = [PhraseGroup.of(first, ranked) for first, ranked in grouped.items()]
        by_letter: dict[str, list[PhraseGroup]] = {}
        for group in groups:
            if is_patterned(group.first) and not is_loose(group.first):
                by_letter.setdefault(group.first[0], []).append(group)
        return cls(
            frozenset(grouped),
            compile_finder(grouped),
            {group.first: group for group in groups if not is_patterned(group.first)},
            {letter: tuple(found) for letter, found in by_letter.items()},
            tuple(group for group in groups if is_loose(group.first)),
        )

    def choose(self, word: str, joined: str, offset: int) -> Phrase | None:
        """The best phrase starting with token `word` at `offset` of `joined`."""
        if not word or self.finder.match(joined, offset - 1) is None:
            return None
        plain = self.by_word.get(word)
        groups = [plain] if plain is not None else []
        groups += (*self.by_letter.get(word[0], ()), *self.loose)
        found = [hit for group in groups if (hit := group.match(joined, offset))]
        return min(found, key=lambda hit: hit[0])[1] if found else None

    def matches(self, tokens: Tokens) -> Iterator[tuple[int, Phrase]]:
        """(token index, longest phrase) at every token where a phrase starts."""
        for index in tokens.hits(self.finder):
            phrase = self.choose(tokens.words[index], tokens.joined, tokens.offsets[index])
            if phrase is not None:
                yield index, phrase

    def spans(self, tokens: Tokens) -> Iterator[tuple[int, int, Phrase]]:
        """Non-overlapping matches, left to right: (first token, last token, phrase)."""
        next_free = 0
        for index, phrase in self.matches(tokens):
            if index >= next_free:
                next_free = index + len(phrase.words)
                yield index, next_free - 1, phrase

    def match_at(self, words: list[str], index: int) -> Phrase | None:
        """The longest phrase starting at words[index], or None."""
        if not 0 <= index < len(words) or not words[index]:
            return None
        return self.choose(words[index], "\n" + "\n".join(words[index:]), 1)

    def contains_any(self, words: list[str] | Tokens) -> bool:
        """Whether any phrase occurs anywhere in the words."""
        tokens = words if isinstance(words, Tokens) else Tokens.of_words(words)
        return next(self.matches(tokens), None) is not None


@dataclass(frozen=True, slots=True)
class PhraseShelf:
    """Several books scanned in one pass (the sensitive-data categories)."""

    books: tuple[PhraseBook, ...]
    finder: re.Pattern[str]

    @classmethod
    def of(cls, books: Iterable[PhraseBook]) -> PhraseShelf:
        """One finder for the first words of all books."""
        books = tuple(books)
        return cls(books, compile_finder(frozenset().union(*(book.firsts for book in books))))

    def spans(self, tokens: Tokens) -> list[list[tuple[int, int, Phrase]]]:
        """Per book, its non-overlapping matches as in `PhraseBook.spans`."""
        found: list[list[tuple[int, int, Phrase]]] = [[] for _ in self.books]
        next_free = [0] * len(self.books)
        for index in tokens.hits(self.finder):
            word, offset = tokens.words[index], tokens.offsets[index]
            for number, book in enumerate(self.books):
                if index < next_free[number]:
                    continue
                phrase = book.choose(word, tokens.joined, offset)
                if phrase is not None:
                    next_free[number] = index + len(phrase.words)
                    found[number].append((index, next_free[number] - 1, phrase))
        return found


def match_word(pattern: str, token: str) -> bool:
    """Whether one token fits one word pattern (see the module docstring)."""
    if not token:
        return False
    if pattern == "?":
        return True
    if len(pattern) > 1 and pattern.endswith("*"):
        return token.startswith(pattern[:-1])
    if len(pattern) > 1 and pattern.startswith("*"):
        return token.endswith(pattern[1:])
    return token == pattern


END = "\n"  # trie key: the word ends here
OPEN = ""  # trie key: a prefix ends here, any ending follows


def compile_finder(patterns: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching a newline followed by a token that fits a first word."""
    patterns = list(patterns)
    return re.compile(rf"\n{first_word_regex(patterns)}" if patterns else r"(?!x)x")


def first_word_regex(patterns: Iterable[str]) -> str:
    """One regex for where any of the first-word patterns matches a whole token.

    Plain words and prefixes share a character trie, so the scan branches on
    one letter at a time; "*suffix" and "?" patterns are added as alternatives.
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    loose: list[str] = []
    for pattern in sorted(patterns):
        if pattern == "?" or (len(pattern) > 1 and pattern.startswith("*")):
            loose.append(word_regex(pattern) + "(?![^\n])")
            continue
        is_prefix = len(pattern) > 1 and pattern.endswith("*")
        node = trie
        for char in pattern[:-1] if is_prefix else pattern:
            node = node.setdefault(char, {})
        node[OPEN if is_prefix else END] = {}
    branches = [trie_regex(trie)] if trie else []
    return "(?:" + "|".join(branches + loose) + ")"


def trie_regex(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    """A character trie as a regex whose branches each start with a literal."""
    if OPEN in node:
        return ""
    branches = [
        "(?![^\n])" if char == END else re.escape(char) + trie_regex(child)
        for char, child in sorted(node.items())
    ]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


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
    """One written word pattern in its normal form; "" if it holds no word."""
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
    """The phrases of one lexicon file, longest first; an entry with æ, ø or å also as
    typed on a keyboard without them ("skal vaere", "paa barsel")."""
    entries = list(read_lexicon(name))
    entries += [spelt_without_danish_letters(e) for e in entries if DANISH_LETTERS & set(e)]
    phrases = (parse_phrase(entry) for entry in entries)
    return tuple(sorted((p for p in phrases if p), key=lambda p: -len(p.words)))


DANISH_LETTERS = frozenset("æøåÆØÅ")


def spelt_without_danish_letters(entry: str) -> str:
    """An entry as written on a keyboard without æ, ø, å ("doemt for", "paa barsel")."""
    for letter, spelling in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("Æ", "Ae"), ("Ø", "Oe"),
                             ("Å", "Aa")):
        entry = entry.replace(letter, spelling)
    return entry


@cache
def read_book(name: str) -> PhraseBook:
    """One lexicon file compiled into a `PhraseBook`."""
    return PhraseBook.of(read_phrases(name))


@cache
def read_word_set(name: str) -> frozenset[str]:
    """One lexicon file as a set of lower-case entries."""
    return frozenset(entry.lower() for entry in read_lexicon(name))


NOT_NAME_LISTS = ("language_da", "language_en", "subject_not_names")  # never name words


def given_names(sex: str = "") -> frozenset[str]:
    """Common first names in lower case: women's ("women"), men's ("men"), or all of
    them, with those given to both (the default)."""
    if sex:
        return read_word_set(f"given_names_{sex}")
    return read_word_sets("given_names_women", "given_names_men", "given_names_either")


@cache
def read_word_sets(*names: str) -> frozenset[str]:
    """Several lexicon files as one set of lower-case entries, built once (the checks
    that use it run for every word of every mail)."""
    return frozenset().union(*(read_word_set(name) for name in names))


def is_loose(pattern: str) -> bool:
    """Whether a word pattern may start with any letter ("?" or "*word")."""
    return pattern == "?" or (len(pattern) > 1 and pattern.startswith("*"))


def is_patterned(pattern: str) -> bool:
    """Whether a word pattern matches more than one exact word."""
    return pattern == "?" or (len(pattern) > 1 and "*" in (pattern[0], pattern[-1]))
