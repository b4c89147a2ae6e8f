"""Secrets given as a login pair after "log in with", a service's own password written
as one word ("Myfone-password"), and membership of parties abroad ("active in Vox"),
with the look-alikes beside them (a single sign-on, a password policy, a supplier)."""

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
    ],
)
def test_look_alikes_are_not_flagged(text: str) -> None:
    assert found(text) == []
