"""Ticket references: found leniently, always returned in one normal form."""

from __future__ import annotations

import pytest

from parsers.references import find_ticket_refs, format_ticket_ref, refers_to_earlier_mail


def test_format_pads_to_six_digits() -> None:
    assert format_ticket_ref("gdpr", 2026, 123) == "GDPR-2026-000123"
    assert format_ticket_ref("GDPR", 2026, 12345678) == "GDPR-2026-12345678"


@pytest.mark.parametrize(
    ("text", "refs"),
    [
        ("Sv: Kvittering [GDPR-2026-000123]", ("GDPR-2026-000123",)),
        ("ref gdpr-2026-123 and Gdpr-2026-00000123", ("GDPR-2026-000123",)),
        (
            "GDPR-2026-000123, GDPR-2025-000009 og GDPR-2026-000123",
            ("GDPR-2026-000123", "GDPR-2025-000009"),
        ),
        ("GDPR-2026-12 is too short, GDPR-2026-123456789 too long", ()),
        ("XGDPR-2026-000123 and GDPR-2026-000123X1", ()),
        ("GDPR\u20132026\u2013000777 typed with en dashes", ("GDPR-2026-000777",)),
        ("no reference here", ()),
        ("", ()),
    ],
)
def test_find_default_prefix(text: str, refs: tuple[str, ...]) -> None:
    assert find_ticket_refs(text) == refs


def test_find_with_other_prefixes() -> None:
    text = "[FF-2026-0002] and GDPR-2026-000001 and SAG-2026-123"
    assert find_ticket_refs(text, ("FF", "SAG")) == ("FF-2026-000002", "SAG-2026-000123")


def test_find_with_no_prefixes_finds_nothing() -> None:
    assert find_ticket_refs("GDPR-2026-000001", ()) == ()


def test_find_never_raises_on_odd_prefixes() -> None:
    assert find_ticket_refs("a.b-2026-123 GDPR-2026-1234", ("a.b", "(", " ")) == (
        "A.B-2026-000123",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hej igen\n\nRettelse til min mail fra i går om Sølvgade Skole", True),
        ("Further to my e-mail yesterday, the extension is 12.", True),
        ("Slet venligst Jens Hansen, lokal 214.", False),
        ("", False),
    ],
)
def test_a_mail_that_says_it_continues_an_earlier_one(text: str, expected: bool) -> None:
    assert refers_to_earlier_mail(text) is expected
