"""The compiled phrase matcher (`parsers.lexicon`) and the general name rules."""

from __future__ import annotations

import re
from importlib import resources

from parsers.lexicon import Phrase, PhraseBook, PhraseShelf, Tokens, parse_phrase, read_lexicon
from parsers.model import DataSubject
from tests.reading import subjects


def book(*entries: str) -> PhraseBook:
    return PhraseBook.of(p for p in (parse_phrase(e) for e in entries) if p)


def test_word_patterns_match_whole_tokens() -> None:
    words = book("syg", "sygemeld*", "*sygemeldt", "medlem af ?")
    text = "Hun er langtidssygemeldt, sygemelding i går; sygt travlt. Medlem af 3F."
    found = [(i, p.words) for i, p in words.matches(Tokens.of(text))]
    assert [w for _, w in found] == [("*sygemeldt",), ("sygemeld*",), ("medlem", "af", "?")]


def test_longest_phrase_wins_and_spans_do_not_overlap() -> None:
    words = book("slet* = 2", "slet* e-mail* = -1", "retten til at blive glemt = 4", "blive glemt")
    tokens = Tokens.of("Slet e-mailen. Retten til at blive glemt.")
    assert [p.weight for _, p in words.matches(tokens)] == [-1.0, 4.0, 1.0]
    assert [(a, b) for a, b, _ in words.spans(tokens)] == [(0, 1), (2, 6)]


def test_match_at_and_contains_any() -> None:
    words = book("med venlig hilsen", "mvh")
    assert words.match_at(["med", "venlig", "hilsen", "karen"], 0) == Phrase(
        ("med", "venlig", "hilsen"), 1.0
    )
    assert words.match_at(["karen", "mvh"], 0) is None
    assert words.contains_any(["karen", "mvh"])


def test_spans_map_back_to_the_original_text() -> None:
    text = "İlse er GRAVID og Syg"
    tokens = Tokens.of(text)
    shelf = PhraseShelf.of([book("gravid"), book("syg")])
    (pregnant,), (ill,) = shelf.spans(tokens)
    assert text[tokens.spans[pregnant[0]][0] : tokens.spans[pregnant[1]][1]] == "GRAVID"
    assert text[tokens.spans[ill[0]][0] : tokens.spans[ill[1]][1]] == "Syg"


def test_surname_given_rows_are_turned_round() -> None:
    text = "Please erase:\nname;extension\nKowalski, Marta;5521\n2. Nguyen, Thi Lan - ext. 5522\n"
    assert subjects(text) == (
        DataSubject("Marta Kowalski", "5521"),
        DataSubject("Thi Lan Nguyen", "5522"),
    )


def test_apostrophes_and_latin_extended_letters() -> None:
    text = "Slet Gareth O'Neill, lokal 7781, og Łukasz Wójcik, lokal 610."
    assert subjects(text) == (
        DataSubject("Gareth O'Neill", "7781"),
        DataSubject("Łukasz Wójcik", "610"),
    )


def test_lower_case_line_and_sentence_adverb() -> None:
    assert subjects("hej kan i slette jens peter nørgaard lokal 118 han er stoppet") == (
        DataSubject("jens peter nørgaard", "118"),
    )
    assert subjects("Desværre Jens Hansen er stoppet, slet ham.") == (
        DataSubject("Jens Hansen", None),
    )


def test_list_after_a_colon_is_not_a_company() -> None:
    text = "Vi beder jer slette følgende for vores kunde:\n\nMette Kirstine Holm, lok.nr. 5502\n"
    assert subjects(text) == (DataSubject("Mette Kirstine Holm", "5502"),)


def test_no_lexicon_file_holds_an_entry_twice() -> None:
    """A word added twice (or with two weights) leaves a reader unsure which one counts."""
    folder = resources.files("parsers").joinpath("lexicons")
    twice = []
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".txt"):
            continue
        seen: set[str] = set()
        for entry in read_lexicon(path.name.removesuffix(".txt")):
            key = re.split(r"\s=\s", entry)[0].strip().lower()
            if key in seen:
                twice.append(f"{path.name}: {key}")
            seen.add(key)
    assert twice == []
