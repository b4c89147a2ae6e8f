from __future__ import annotations

from intake.followups import merge_subjects
from parsers.model import DataSubject as S


def test_follow_up_fills_the_missing_extension_by_name() -> None:
    merged = merge_subjects([S("Karen Vinther", None)], [S("Karen Vinther", "3319")])
    assert merged == (S("Karen Vinther", "3319"),)


def test_follow_up_fills_the_missing_name_by_extension() -> None:
    assert merge_subjects([S(None, "51")], [S("Kasper Dahl", "51")]) == (S("Kasper Dahl", "51"),)


def test_bare_extension_goes_to_the_employee_still_missing_one() -> None:
    known = [S("Kenneth Bak", "1201"), S("Maria Dalsgaard", None), S("Steen Bygholm", "1215")]
    merged = merge_subjects(known, [S(None, "1207")])
    assert merged[1] == S("Maria Dalsgaard", "1207")
    assert len(merged) == 3


def test_a_new_employee_is_added_and_nobody_is_dropped() -> None:
    merged = merge_subjects([S("Jens Holm", "233")], [S("Anna Berg", "204")])
    assert merged == (S("Jens Holm", "233"), S("Anna Berg", "204"))
    assert merge_subjects([S("Jens Holm", "233")], [S(None, None)]) == (S("Jens Holm", "233"),)


def test_follow_up_corrects_a_wrong_extension() -> None:
    merged = merge_subjects([S("Lone Friis", "871")], [S("Lone Friis", "817")])
    assert merged == (S("Lone Friis", "817"),)
