"""Mails that raise separate matters side by side: numbered points, a request next
to a billing question, and the words that belong to each point."""

from __future__ import annotations

import pytest

from parsers.kinds import classify_kind, matter_points


def test_matter_points_cut_only_a_list_of_two_or_more() -> None:
    assert matter_points("Hej\n1) slet Jens\n2) refunder kortet\n") == [
        "Hej\n", "1) slet Jens\n", "2) refunder kortet\n"]
    assert matter_points("1) slet Jens, lokal 201\n") == ["1) slet Jens, lokal 201\n"]
    assert matter_points("Vi har 2) telefoner") == ["Vi har 2) telefoner"]


@pytest.mark.parametrize(
    ("subject", "new_text", "expected"),
    [
        # a billing point beside a request: the refund takes nothing from the erasure
        ("Leaver at Whitfield & Co + card refund?",
         "Two things:\n\n1) Chloe Andersen-Whitfield (ext 3060) has left – please "
         "anonymise her.\n2) They paid the March overage by card by mistake – can you "
         "refund it and bill it on their normal invoice instead?\n", "erasure"),
        ("To ting",
         "1. Kan I slette Lars Bech på lokal 41? Han er stoppet.\n"
         "2. Kan I kreditere marts? Vi blev opkrævet for to linjer for meget.\n", "erasure"),
        # the billing matter in one sentence still weighs against erasure
        ("Slettet medarbejder",
         "Lars Bech på lokal 41 er slettet og anonymiseret. Kan I kreditere juni?", "other"),
        # points that each ask for nothing leave the mail without a request
        ("Spørgsmål",
         "1) Hvornår kommer den nye prisliste?\n2) Kan I kreditere marts?\n", "other"),
    ],
)
def test_points_are_separate_matters(subject: str, new_text: str, expected: str) -> None:
    assert classify_kind(subject, new_text, "") == expected
