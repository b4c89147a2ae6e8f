"""Employees introduced by a role or a pronoun with their number ("the sales team lead on
5301 … Priya", "Han på 45"), first names said in full and their genitives ("philip =
philip nyborg", "rikke's ext is 4420"), names given up on ("glem … Jørgen Dahl"),
old names written after "(før", and plain-text tables whose cells run together."""

from __future__ import annotations

import pytest

from parsers.language import detect_language
from tests.reading import pairs


@pytest.mark.parametrize(("body", "expected"), [
    ("Please stop recording calls for the sales team lead on 5301 at Nordic Bikes - Priya "
     "(Priya Raghunathan). She's asked us twice now.", [("Priya Raghunathan", "5301")]),
    ("Please stop recording calls for the sales lead on 5301, Priya Raghunathan.",
     [("Priya Raghunathan", "5301")]),
    ("Please stop recording calls for Priya (Priya Raghunathan) on 5301.",
     [("Priya Raghunathan", "5301")]),
    ("Slet den nye elev på 231 hos Bager Olsen – Ida Holm.", [("Ida Holm", "231")]),
])
def test_a_role_or_first_name_before_the_full_name_holds_the_number(
    body: str, expected: list[tuple[str, str]],
) -> None:
    assert pairs(body, kind="objection", sender="Oliver Sandberg") == expected


def test_a_second_person_after_a_described_number_is_not_its_holder() -> None:
    assert pairs("Slet den nye elev på 231, og så Ida Holm.") == [(None, "231"), ("Ida Holm", None)]


@pytest.mark.parametrize(("body", "expected"), [
    ("Han på 214 er stoppet, slet ham.", [(None, "214")]),
    ("Please delete him on 214, he left.", [(None, "214")]),
    ("Han på 45 står som Mikkel Lund, men han hedder Mikkel Lund Thygesen.",
     [("Mikkel Lund Thygesen", "45")]),
    ("Ring til hende på 22 33 44 55, hun er stoppet.", [(None, None)]),  # a phone number
    ("Jeg snakkede med ham på 45 minutter, han er stoppet.", [(None, None)]),  # a time
])
def test_a_pronoun_on_a_number(body: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert pairs(body, kind="rectification", sender="Susanne Kjær") == expected


def test_an_old_name_after_before_in_brackets() -> None:
    body = "Hun hedder nu Louise Kragh Winther (før Louise Kragh Petersen), lokal 402."
    assert pairs(body, kind="rectification") == [("Louise Kragh Winther", "402")]


@pytest.mark.parametrize("body", [
    "Marianne Skov Dalsgaard har efter skilsmisse taget navneforandring og fremover hedder "
    "Marianne Skov Bech, lokal 2261.",
    "Vi skal hermed venligst gøre opmærksom på, at lokalnummer 2261 fortsat står registreret "
    "på den tidligere medarbejder Ulla Birgitte Skov, men at nummeret pr. 1. november er "
    "overdraget til Marianne Skov Bech, hvorfor vi anmoder om, at navnet berigtiges.",
])
def test_the_new_name_replaces_the_old_one(body: str) -> None:
    assert pairs(body, kind="rectification") == [("Marianne Skov Bech", "2261")]


@pytest.mark.parametrize(("body", "expected"), [
    ("can you export voicemails + recorded calls for august lindholm at Pakkeriet? he's off "
     "to a new job", [("august lindholm", None)]),
    ("kan i sende data for august og september?", [(None, None)]),  # months
    ("can you delete august data please", [(None, None)]),
])
def test_a_given_name_that_is_also_a_month(
    body: str, expected: list[tuple[str | None, str | None]],
) -> None:
    assert pairs(body, kind="portability", sender="Mo Rahimi") == expected


def test_a_lower_case_list_item_with_a_remark_and_no_number() -> None:
    body = ("2 more leavers at Fable Games, pls anonymise:\n- philip, ext 4415\n"
            "- rikke søndergaard (not sure about her ext, will check)\n\n/jakob")
    assert pairs(body, sender="Jakob Winther") == [(None, "4415"), ("rikke søndergaard", None)]


@pytest.mark.parametrize(("body", "expected"), [
    ("philip = philip nyborg, and rikke's ext is 4420", [("philip nyborg", None), (None, "4420")]),
    ("Slet Jens Hansen og Mette Berg. Mettes lokal er 31 og Jens lokal er 32.",
     [("Jens Hansen", "32"), ("Mette Berg", "31")]),
])
def test_a_first_name_in_full_and_a_first_name_s_number(
    body: str, expected: list[tuple[str | None, str | None]],
) -> None:
    assert pairs(body, sender="Jakob Winther") == expected


def test_a_follow_up_naming_one_in_full_and_giving_the_other_s_number() -> None:
    quoted = ("2 more leavers at Fable Games, pls anonymise:\n- philip, ext 4415\n"
              "- rikke søndergaard (not sure about her ext, will check)\n")
    body = "philip = philip nyborg, and rikke's ext is 4420 ✅"
    assert pairs(body, "Re: 2 more leavers", quoted, sender="Jakob Winther") == [
        ("philip nyborg", "4415"), ("rikke søndergaard", "4420")]


@pytest.mark.parametrize(("body", "expected"), [
    ("MEN: glem første linje med Jørgen Dahl. Han er alligevel ikke stoppet. Slet Ida Holm "
     "lok 21 og Jørgen Dahl lok 22.", [("Ida Holm", "21")]),
    ("Slet Ida Holm lok 21 og Jørgen Dahl lok 22. Ignorer det der med Jørgens privatliv.",
     [("Ida Holm", "21"), ("Jørgen Dahl", "22")]),
])
def test_a_name_the_writer_says_to_forget(
    body: str, expected: list[tuple[str | None, str | None]],
) -> None:
    assert pairs(body, sender="Keld Frandsen") == expected


def test_a_plain_text_table_whose_customer_column_runs_into_the_name() -> None:
    body = ("De skal have slettet følgende:\n\n"
            "Kunde              Navn                      Lok.\n"
            "Nordjysk Fjernvarme Hans-Christian Møller    1204\n"
            "Nordjysk Fjernvarme Dorthe Vinther           1207\n"
            "Hals Auto ApS       Nguyen Van Minh          1230\n\n"
            "Hals Auto har ordrenr. 55021 hos mig.\n")
    assert pairs(body, sender="Søren Nørgaard") == [
        ("Hans-Christian Møller", "1204"), ("Dorthe Vinther", "1207"), ("Nguyen Van Minh", "1230")]


@pytest.mark.parametrize(("text", "language"), [
    ("Ich bin bis einschließlich 29. November nicht im Büro. In dringenden Fällen wenden Sie "
     "sich bitte an info@firma.dk.\n\nJeg er fraværende til og med den 29. november. "
     "Henvendelser kan rettes til info@firma.dk.", "da"),
    ("Ich bin bis einschließlich 29. November nicht im Büro. In dringenden Fällen wenden Sie "
     "sich bitte an info@firma.dk.", "en"),
])
def test_german_beside_danish_is_answered_in_danish(text: str, language: str) -> None:
    assert detect_language(text) == language
