"""Employees described rather than named, and people a mail leaves alone: own cases
for the rules a blind set of office managers' and bookkeepers' mails prompted."""

from __future__ import annotations

import pytest

from parsers.model import DataSubject
from parsers.names import find_names
from tests.reading import subjects


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Kunden har fået en anmodning om indsigt fra hende der sad i receptionen, hun "
            "havde (318) indtil hun stoppede. Navnet følger.",
            (DataSubject(None, "318"),),
        ),
        (
            "Kan I slette ham der havde 702 indtil jul? Jeg har ikke hans navn.",
            (DataSubject(None, "702"),),
        ),
        (
            "Slet Rune Holt som er stoppet, og så den nye elev på 231, jeg kan ikke huske "
            "hans efternavn.",
            (DataSubject("Rune Holt", None), DataSubject(None, "231")),
        ),
        (
            "Vi skal bruge voicemails for Tine Mark (41) og Hanne (42) hos kunden.",
            (DataSubject("Tine Mark", "41"), DataSubject(None, "42")),
        ),
    ],
)
def test_described_person_keeps_their_number_nameless(body: str, expected: tuple) -> None:
    assert subjects(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Rune Holt er stoppet, han havde 231.",
        "Rune Holt er stoppet, han havde lokal 231.",
    ],
)
def test_pronoun_had_a_number_after_a_name_is_theirs(body: str) -> None:
    assert subjects(body) == (DataSubject("Rune Holt", "231"),)


@pytest.mark.parametrize(
    "body",
    [
        "Firmaet der har 12 ansatte vil slette Rune Holt.",
        "Rune Holt har 25 års anciennitet og skal slettes.",
    ],
)
def test_counts_after_had_are_no_extension(body: str) -> None:
    assert subjects(body) == (DataSubject("Rune Holt", None),)


def test_a_role_at_a_company_far_before_a_name_makes_no_contact_of_them() -> None:
    body = (
        "Skolesekretæren på Lindeskolen i Ringe har ringet, de har en pædagog, Bodil "
        "Thrane, som er stoppet og vil slettes."
    )
    assert subjects(body) == (DataSubject("Bodil Thrane", None),)


def test_lower_case_list_after_a_place_name() -> None:
    body = "slet venligst følgende hos Smed Hansen i Rønne lise dam lok 31, per vad lok 32"
    assert subjects(body) == (DataSubject("lise dam", "31"), DataSubject("per vad", "32"))


def test_a_list_word_opens_no_lower_case_name() -> None:
    assert subjects("slet venligst følgende lise dam lok 31, per vad lok 32") == (
        DataSubject("lise dam", "31"),
        DataSubject("per vad", "32"),
    )


@pytest.mark.parametrize(
    "text",
    ["E-2001\tMehmet Can Aydın\t4133", "Mehmet Can Aydın har bedt om indsigt", "Ali Can Öz"],
)
def test_short_middle_name_that_is_also_a_word(text: str) -> None:
    assert [m.name for m in find_names(text, "")][0] in {"Mehmet Can Aydın", "Ali Can Öz"}


def test_practice_names_are_businesses() -> None:
    assert find_names("Roskilde Fysioterapi ønsker indsigt for to medarbejdere", "") == []


def test_a_reply_leaves_a_finished_case_out_of_the_quoted_history() -> None:
    quoted = (
        "Fra: Ib Sand <ib@x.dk>\nSendt: 2. marts 2026\nTil: persondata@flexfone.dk\n"
        "Emne: Voicemails\n\nKan I udlevere voicemails for Palle Rask, lok 3301?"
    )
    body = (
        "Kunden vil nu også have voicemails for Lis Brun, lokal 3340, og Ane Fog.\n\n"
        "Palle Rasks sag er afsluttet, tak for hjælpen."
    )
    assert subjects(body, "portability", quoted=quoted, subject="SV: Voicemails") == (
        DataSubject("Lis Brun", "3340"),
        DataSubject("Ane Fog", None),
    )


def test_a_number_said_to_be_someone_elses_is_left_alone() -> None:
    body = (
        "I gave you the wrong extension for Ruth Bell. It should be 4180, not 4108. Ext "
        "4108 belongs to a current employee, so please do not touch that one."
    )
    quoted = (
        "From: Ib Sand\nSent: Monday\nTo: x\nSubject: Erasure\n\n"
        "Please erase Ruth Bell, ext 4108."
    )
    expected = (DataSubject("Ruth Bell", "4180"),)
    assert subjects(body, quoted=quoted, subject="RE: Erasure") == expected


def test_someone_already_deleted_in_the_quoted_mail_stays_out() -> None:
    quoted = (
        "From: Vibe Lau\nSent: Thursday\nTo: Ib Sand\nSubject: Lukning\n\n"
        "Kristian (520) og Bente (521) skal fjernes. Henning Friis (lok 519) blev slettet i "
        "januar, han skal ikke med igen."
    )
    body = "Følgende skal anonymiseres:\n\n520 – Kristian Holt\n521 – Bente Ravn\n"
    assert subjects(body, quoted=quoted, subject="VS: Lukning") == (
        DataSubject("Kristian Holt", "520"),
        DataSubject("Bente Ravn", "521"),
    )


def test_someone_who_may_ask_later_is_no_subject_now() -> None:
    body = (
        "John Whitfield has asked for access to his data. Ben Harris from the Aarhus office "
        "might ask too, but not yet."
    )
    assert subjects(body, "access") == (DataSubject("John Whitfield", None),)


def test_a_lone_first_name_keeps_its_number_from_the_full_name_before() -> None:
    quoted = (
        "Den 2026-02-09 10:12, Ib Sand skrev:\n> Følgende skal anonymiseres:\n>\n"
        "> Jonas Bjerre – 231\n> Kirsten Ravn-Mikkelsen – 232\n"
    )
    body = (
        "Rettelse: Kirsten hedder Kirsten Ravn-Michelsen med ch, ikke Mikkelsen, og Jonas "
        "har lokal 213, ikke 231."
    )
    assert subjects(body, quoted=quoted, subject="Re: Anonymisering") == (
        DataSubject("Jonas Bjerre", "213"),
        DataSubject("Kirsten Ravn-Michelsen", "232"),
    )


@pytest.mark.parametrize(
    "body",
    [
        "Ib Kragelund hos Murermester Nyholm (lokal 20) har bedt om indsigt.",
        "Hun står stadig som Ib Kragelund-Mikkelsen på lokal 20 og vil rettes.",
    ],
)
def test_the_last_word_of_a_name_or_company_is_no_lone_first_name(body: str) -> None:
    assert subjects(body, "access")[0].extension == "20"
