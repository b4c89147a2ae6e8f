"""The given-name lexicons: first names from the countries Danish firms' staff come
from are known, and everyday Danish and English words are not taken for names."""

from __future__ import annotations

import pytest

from parsers.lexicon import given_names, read_lexicon
from parsers.names import is_given_name


@pytest.mark.parametrize(
    "name",
    [
        "sofus",  # Denmark
        "aviaja",  # Greenland
        "pipaluk",
        "jógvan",  # Faroe Islands
        "bjørnar",  # Norway
        "ingvild",
        "åsa",  # Sweden
        "sigrún",  # Iceland
        "jukka",  # Finland
        "wiebke",  # Germany
        "thijs",  # the Netherlands
        "tadeusz",  # Poland
        "ewa",
        "vytautas",  # Lithuania
        "kristaps",  # Latvia
        "oleh",  # Ukraine
        "sergiu",  # Romania
        "dimitar",  # Bulgaria
        "zsófia",  # Hungary
        "nemanja",  # the former Yugoslavia
        "gökhan",  # Turkey
        "khaled",  # the Arab world
        "narges",  # Iran
        "fadumo",  # Somalia
        "yonas",  # Eritrea
        "imran",  # Pakistan
        "priyanka",  # India
        "jocelyn",  # the Philippines
        "phuong",  # Vietnam
        "xinyi",  # China
        "gonçalo",  # Portugal
        "giuseppe",  # Italy
        "aurélie",  # France
        "saoirse",  # Ireland
    ],
)
def test_names_from_many_countries_are_given_names(name: str) -> None:
    assert is_given_name(name)


def test_hyphenated_and_danish_spelt_names() -> None:
    assert is_given_name("anne-sigrún")
    assert is_given_name("haakon")  # typed without å


@pytest.mark.parametrize(
    "word",
    ["will", "dag", "sol", "ask", "by", "may", "bill", "rose", "hope", "art", "else",
     "storm", "tage", "ville", "min", "nu", "vi", "long", "son", "van", "can", "said",
     "holm", "lund", "bach", "juul", "dam", "berg"],
)
def test_common_words_and_surnames_are_not_given_names(word: str) -> None:
    assert not is_given_name(word)


def test_words_that_already_were_names_are_kept() -> None:
    """ "mark", "per", "bo", "grace" and "lone" were listed before; they stay."""
    assert {"mark", "per", "bo", "grace", "lone"} <= given_names()


def test_no_name_is_listed_in_two_files() -> None:
    files = [set(e.lower() for e in read_lexicon(f"given_names_{sex}"))
             for sex in ("men", "women", "either")]
    assert not (files[0] & files[1]) and not (files[0] & files[2]) and not (files[1] & files[2])


def test_names_are_lower_case_single_words() -> None:
    for sex in ("men", "women", "either"):
        for entry in read_lexicon(f"given_names_{sex}"):
            assert entry == entry.lower() and entry.strip() == entry and " " not in entry
