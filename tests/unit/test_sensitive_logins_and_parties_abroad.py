"""Secrets given as a login pair after "log in with" or as what someone logged in with, a
service's own password written as one word ("Myfone-password"), membership of parties
abroad ("active in Vox"), spouses, faiths and origins said in Norwegian, Swedish and
Danish ("kona si", "Jehovas vitner", "her Somali name", "sin kones efternavn"), and the
municipality's schemes for the ill; with the look-alikes beside them."""

from __future__ import annotations

import pytest

from tests.reading import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If you need the PBX-admin you can log in with admin / Sommer2024! (we'll change it).",
         [("credential", "Sommer2024!")]),
        ("Log ind med jens / Vinter2025 på portalen.", [("credential", "Vinter2025")]),
        ("Hans voicemail-kode er 2580 og hans Myfone-password er Truck#2023.",
         [("credential", "2580"), ("credential", "Truck#2023")]),
        ("He is very active in Vox and talked politics all day with guests.",
         [("politics", "active in Vox")]),
        ("Han er medlem af PiS.", [("politics", "medlem af PiS")]),
        ("hun loggede ind i portalen med Sommer2024! – det er nu spærret",
         [("credential", "Sommer2024!")]),
        ("Hun har byttet navn etter at hun giftet seg med kona si i februar.",
         [("sexuality", "kona si")]),
        ("Hon gifte sig med sin fru i maj.", [("sexuality", "sin fru")]),
        ("Hun har taget sin kones efternavn efter de er blevet gift.",
         [("sexuality", "sin kones")]),
        ("Hun skal jobbe på heltid for Jehovas vitner.", [("religion", "Jehovas vitner")]),
        ("Hans forældre sidder i Indre Missions bestyrelse.", [("religion", "Indre Missions")]),
        ("She has complained twice, her Somali name keeps getting cut.",
         [("ethnicity", "Somali name")]),
        ("Hun er i arbejdsprøvning og har det svært.", [("health", "arbejdsprøvning")]),
        ("Han er gået ned med udbrændthed i foråret.", [("health", "udbrændthed")]),
    ],
)
def test_secrets_and_parties_are_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Please log in with SSO / Azure AD as usual.",
        "Our Myfone-password policy requires 12 characters.",
        "Vi bruger Vox som leverandør af headsets.",
        "log in with your own user / the usual password",
        "He logged in with his email and the code from the app.",
        "Han giftet seg med kona si i februar.",
        "Her Danish name is spelt wrongly in the phone book.",
    ],
)
def test_look_alikes_are_not_flagged(text: str) -> None:
    assert found(text) == []
