from __future__ import annotations

from dataclasses import replace

from intake.followups import (
    is_new_request,
    merge_subjects,
    with_corrected_extensions,
    without_taken_back,
    written_in,
)
from parsers.mail import ParseOptions, parse_mail
from parsers.model import DataSubject as S
from parsers.model import ParsedMail


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


def _parsed(kind: str, subjects: list[S]) -> ParsedMail:
    return replace(parse_mail(b"Subject: x\r\n\r\nx\r\n", ParseOptions()), kind=kind,
                   data_subjects=tuple(subjects))


def test_another_request_about_other_named_employees_is_new() -> None:
    parsed = replace(_parsed("erasure", [S("Mads Kragh", "770")]),
                     new_text="Mads Kragh, lokal 770, skal anonymiseres.")
    assert is_new_request(parsed, "rectification", [S("Line Dahl Mortensen", "305")])


def test_a_reply_about_the_tickets_employee_or_adding_to_it_is_no_new_request() -> None:
    known = [S("Line Dahl Mortensen", "305")]
    same_employee = _parsed("erasure", [S("Line Dahl Mortensen", "305")])
    incomplete = _parsed("erasure", [S("Mads Kragh", None)])
    added = replace(_parsed("rectification", [S("Mads Kragh", "770")]),
                    new_text="One more for the same request: Mads Kragh, ext. 770.")
    for parsed in (same_employee, incomplete, added):
        assert not is_new_request(parsed, "rectification", known)
    # a ticket still waiting for a number takes a reply of its kind
    waiting = [S("Line Dahl Mortensen", None)]
    assert not is_new_request(_parsed("rectification", [S("Mads Kragh", "770")]), "rectification",
                              waiting)


def test_an_employee_who_also_goes_joins_the_thread_request() -> None:
    known = [S("Line Dahl Mortensen", "305")]
    for text in ("Og Mads Kragh, lokal 770, skal også slettes.",
                 "Mads Kragh (ext. 770) should also be deleted."):
        also = replace(_parsed("erasure", [S("Mads Kragh", "770")]), new_text=text)
        assert not is_new_request(also, "erasure", known), text


def test_a_reply_of_the_same_kind_about_others_in_a_settled_thread_is_new() -> None:
    another = replace(_parsed("rectification", [S("Mads Kragh", "770")]),
                      new_text="Endnu en: Mads Kragh, lokal 770, hedder nu Mads Kragh Holm.")
    assert is_new_request(another, "rectification", [S("Line Dahl Mortensen", "305")])


def test_a_follow_up_takes_back_an_employee_by_name_but_never_all() -> None:
    known = (S("Mohammed Al-Khatib", "414"), S("Gitte Bach Holm", "415"))
    assert without_taken_back(known, ["gitte bach holm"]) == (S("Mohammed Al-Khatib", "414"),)
    assert without_taken_back(known[1:], ["Gitte Bach Holm"]) == known[1:]


def test_a_corrected_extension_replaces_the_one_employee_holding_the_wrong_one() -> None:
    known = [S("Lotte Brandt", "140"), S(None, "141")]
    assert with_corrected_extensions(known, [("141", "142")]) == (
        S("Lotte Brandt", "140"), S(None, "142"),
    )
    # two employees with the wrong number, or the right one already taken: left to a person
    assert with_corrected_extensions([S("A B", "141"), S("C D", "141")], [("141", "142")]) == (
        S("A B", "141"), S("C D", "141"),
    )
    assert with_corrected_extensions([S("A B", "141"), S("C D", "142")], [("141", "142")]) == (
        S("A B", "141"), S("C D", "142"),
    )


def test_an_employee_is_written_by_number_or_by_every_word_of_the_name() -> None:
    text = "Husk også lokal 604 og Ida Marie Kragh."
    assert written_in(text, S(None, "604"))
    assert written_in(text, S("Ida Marie Kragh", None))
    assert not written_in(text, S("Bent Hjort", "60"))
    assert not written_in(text, S("Ida Hjort", None))


def test_a_reply_that_asks_nothing_itself_completes_the_thread() -> None:
    known = [S("Henning Dahl", "12"), S("Jimmi Krogh", "14")]
    completes = replace(_parsed("erasure", [S("Sebastian Holm Iversen", "19")]),
                        new_text="Hej igen\n\nLærlingen hedder Sebastian Holm Iversen, lok 19.")
    assert not is_new_request(completes, "rectification", known)
    asks = replace(completes, new_text="Sebastian Holm Iversen, lok 19, skal anonymiseres.")
    assert is_new_request(asks, "rectification", known)


def test_a_reply_correcting_the_tickets_extension_is_no_new_request() -> None:
    known = [S(None, "3199")]
    corrected = replace(_parsed("rectification", [S("Vera Holt", "3191")]),
                        new_text="Correction: it is ext. 3191, not 3199. Her name is Vera Holt.",
                        corrected_extensions=(("3199", "3191"),))
    assert not is_new_request(corrected, "access", known)
    # the wrong number is none of the ticket's: another employee, another request
    assert is_new_request(corrected, "access", [S("Ole Krag", "3150")])


def test_adding_someone_to_this_joins_the_thread_request() -> None:
    known = [S("Priya Sen", "3140")]
    for text in ("Could you add Tom Hale, ext. 3142, to this? We need his recorded calls.",
                 "Tag lige Tom Hale, lokal 3142, med også - hans optagelser skal udleveres."):
        added = replace(_parsed("portability", [S("Tom Hale", "3142")]), new_text=text)
        assert not is_new_request(added, "portability", known), text
    # "også" alone, in a settled thread, is another request
    also = replace(_parsed("erasure", [S("Tom Hale", "3142")]),
                   new_text="Nu er Tom Hale, lokal 3142, også stoppet. Slet ham venligst.")
    assert is_new_request(also, "erasure", known)
