"""Writers at German-owned customers (Herr, Frau, Dr., Durchwahl, NSt.), names in the
Danish genitive before adjectives and short nouns, French particles, nicknames in the
subject line, hedged and hypothetical requests, and the words around them."""

from __future__ import annotations

import pytest

from parsers.automated import detect_automation
from parsers.kinds import classify_kind
from parsers.language import detect_language
from parsers.mail import parse_mail
from parsers.mime import decode_mail
from parsers.subjects import has_self_cue
from tests.reading import categories, employees, pairs, plain_mail


@pytest.mark.parametrize(("body", "expected"), [
    ("bitte slet Herr Jürgen Weiß, lokal 2314, og Frau Anna-Lena Großmann (lok. 405).",
     [("Jürgen Weiß", "2314"), ("Anna-Lena Großmann", "405")]),
    ("vi beder om sletning af Herr Dr. Stefan Müller-Lüdenscheidt, lokal 210.",
     [("Stefan Müller-Lüdenscheidt", "210")]),
    ("Prof. Dr. Ute Brandt, lokal 77, er fratrådt og skal slettes.", [("Ute Brandt", "77")]),
    ("venligst Löschung af Herr Jörg Maaß, NSt. 3301 – fratrådt 28.02.2026.",
     [("Jörg Maaß", "3301")]),
])
def test_german_titles_are_no_part_of_the_name(body: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(body) == expected


def test_a_nickname_in_german_quotes_after_a_hyphenated_given_name_stays() -> None:
    body = ("Hej Flexfone,\n\nvi beder om Löschung af Herr Friedrich-Wilhelm „Fritz“ Zöllner, "
            "Durchwahl 7002, hos vores kunde.\n\nMvh\nIb Sand\n")
    assert employees(body, "Löschung") == [("Friedrich-Wilhelm „Fritz“ Zöllner", "7002")]
    assert classify_kind("Löschung", body, "") == "erasure"


def test_the_number_said_after_a_dash_belongs_to_the_titled_person() -> None:
    body = "Nachtrag: kunden har nu fundet Durchwahl for Frau Schäfer-Lindqvist – det er 5127."
    quoted = "vi beder om sletning af Frau Birgit Schäfer-Lindqvist hos vores kunde.\n"
    assert pairs(body, quoted=quoted) == [("Birgit Schäfer-Lindqvist", "5127")]


def test_a_danish_line_with_german_words_and_names_is_danish() -> None:
    assert detect_language("Hej, venligst Löschung af Herr Jörg Maaß, NSt. 3301 – fratrådt "
                           "28.02.2026 hos Krämer.") == "da"
    assert detect_language("Ich bin bis zum 10. März nicht im Büro und habe keinen Zugriff "
                           "auf meine E-Mails.") == "en"


@pytest.mark.parametrize(("text", "category"), [
    ("Sie ist seit Januar im Mutterschutz.", "health"),
    ("Es gibt eine Strafanzeige gegen ihn.", "criminal"),
    ("Sagen hænger sammen med den betingede dom, hun fik i 2024.", "criminal"),
])
def test_german_and_inflected_sensitive_words(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(("body", "expected"), [
    ("Kan I også tage Anna Poulsens optagede samtaler (lokal 516) med?",
     [("Anna Poulsen", "516")]),
    ("Niels-Henrik Thorsen Juuls lokal var 560. Bent Vang er stadig 561.",
     [("Niels-Henrik Thorsen Juul", "560"), ("Bent Vang", "561")]),
])
def test_a_genitive_before_an_adjective_or_a_short_noun_loses_its_s(
    body: str, expected: list[tuple[str, str]],
) -> None:
    assert pairs(body, kind="portability") == expected


def test_a_french_particle_joined_to_the_surname() -> None:
    body = ("Our customer's employee Marie-Louise d'Aubigné objects to the processing of "
            "location data from her mobile subscription.")
    assert pairs(body, kind="objection") == [("Marie-Louise d'Aubigné", None)]


def test_the_subject_lines_nickname_form_is_the_bodys_person() -> None:
    body = ("Hi,\n\nPlease process an art. 17 erasure for Michael 'Mick' Sørensen-Dyhr at our "
            "customer Grenaa Havn.\n\nThanks,\nMark Jessen\n")
    found = employees(body, "Art. 17 erasure – leaver Mick Sørensen-Dyhr", "Mark Jessen <m@x.dk>")
    assert found == [("Michael 'Mick' Sørensen-Dyhr", None)]


def test_what_each_person_gets_is_their_number() -> None:
    body = ("Hvis det er muligt, vil I så rette lokalnumrene, så Anne-Sofie Brix får 210 og "
            "Thomas Brix får 211? De er byttet rundt.")
    assert pairs(body, kind="rectification") == [("Anne-Sofie Brix", "210"),
                                                 ("Thomas Brix", "211")]
    assert pairs("Slet venligst Jens Hansen, han får 30 dages løn.") == [("Jens Hansen", None)]


def test_a_sim_card_number_after_should_be_is_no_extension() -> None:
    body = ("hi ext 9004 is registered on the wrong SIM, ICCID 8945 0211 2233 4455 667 – should "
            "be 8945 0211 2233 4455 668\nthe user is Peter Høgh. ty!!")
    assert employees(body, "wrong SIM on ext 9004") == [("Peter Høgh", "9004")]


def test_an_away_subject_that_says_until_when_with_an_away_text_is_automated() -> None:
    raw = plain_mail("Away until 2 February", "Hi,\n\nI am out of the office until Monday 2 "
                     "February with limited access to e-mail.\n\nThomas\n")
    found = detect_automation(decode_mail(raw))
    assert found is not None and found.kind == "auto_reply"
    person = plain_mail("Away until 2 February", "Hi,\n\nPlease delete Ib Lund, ext 22, he "
                        "left.\n\nThomas\n")
    assert detect_automation(decode_mail(person)) is None


@pytest.mark.parametrize(("subject", "body", "kind"), [
    ("Spørgsmål om indsigt", "Hvis vi på et tidspunkt skulle bede om indsigt for en "
     "medarbejder, hvor lang tid ville det så tage? Vi har ikke en konkret sag endnu.", "other"),
    ("Mine optagelser?", "Kan det lade sig gøre at få at vide, hvilke optagelser og "
     "oplysninger I har om mig?", "access"),
    ("STOP med at sende tilbud", "Jeg har flere gange bedt om at blive fjernet fra jeres "
     "mails om tilbud på mobilabonnementer. Fjern bent.n@hotmail.com nu.", "marketing_optout"),
    ("My data", "I worked there until January. I would like to know what data you still keep "
     "about me. My name is Olivia Grace Bennett and my extension was 27.", "access"),
])
def test_hedged_hypothetical_and_plain_self_requests(subject: str, body: str, kind: str) -> None:
    assert classify_kind(subject, body, "") == kind


def test_a_former_employee_naming_her_old_calls_asks_about_herself() -> None:
    text = ("Jeg var indtil januar ansat hos Fysioterapien og havde lokal 14. Jeg har fået at "
            "vide, at mine gamle opkald stadig ligger gemt hos jer.")
    assert has_self_cue(text)
    assert not has_self_cue("Slet venligst min gamle kollega Ib Lund, lokal 22.")
    parsed = parse_mail(plain_mail("Indsigelse", text + "\n\nVenlig hilsen\nHanne Vig Toft\n",
                                   "Hanne Toft <hannevt1978@gmail.com>"))
    assert [(s.full_name, s.extension) for s in parsed.data_subjects] == [("Hanne Vig Toft", "14")]


@pytest.mark.parametrize(("body", "expected"), [
    ("Slet venligst Gustav Helms lok 14 hos Bech Ejendomme.", [("Gustav Helms", "14")]),
    ("Rui dos Santos lok 3318 er stoppet.", [("Rui dos Santos", "3318")]),
])
def test_a_name_ending_in_s_before_its_numbers_cue_keeps_its_s(
    body: str, expected: list[tuple[str, str]],
) -> None:
    assert pairs(body) == expected


def test_a_french_elided_of_before_a_name_is_no_part_of_it() -> None:
    body = "Le dossier d'Émilie Laurent (5520) et de Jean-Baptiste Moreau (5521) doit être effacé."
    assert pairs(body) == [("Émilie Laurent", "5520"), ("Jean-Baptiste Moreau", "5521")]


@pytest.mark.parametrize("numbers", [
    "Tom had 23, Rasmus 24.", "Tom had 23 and Rasmus 24.", "Tom har 23, Rasmus 24.",
])
def test_a_second_number_said_without_its_verb_is_the_next_persons(numbers: str) -> None:
    body = (f"Can you erase Tom O'Neill at the padel club, and also the guy who covered for "
            f"him over the summer, Rasmus Bak.\n\n{numbers}\n")
    assert pairs(body, sender="Tom R") == [("Tom O'Neill", "23"), ("Rasmus Bak", "24")]


def test_wanting_a_copy_before_erasure_of_all_kept_about_me_is_erasure() -> None:
    body = ("Jeg havde lokalnummer 31 hos dem. Jeg vil gerne have slettet alt hvad I har om mig, "
            "og jeg vil gerne have en kopi af mine opkaldslister først.")
    assert classify_kind("Sletning", body, "") == "erasure"
