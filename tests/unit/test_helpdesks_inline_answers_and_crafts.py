"""Helpdesk threads, answers written inside the quoted question, a thank-you that opens
a reply, numbers asked for and given, and the names and firms six blind sets (FB to FG:
a helpdesk system; craftsmen on Hotmail; shipping groups; utilities and housing; summer
restaurants; replies to the provider's own receipts) brought, each with cases of our
own."""

from __future__ import annotations

import pytest

from parsers.model import DataSubject
from parsers.quotes import split_text
from tests.reading import categories, subjects

HELPDESK = """##- Skriv dit svar over denne linje -##

Sag #5120 er blevet opdateret af Rasmus.

Rasmus (Nordlink Support)
16. jan. 2026 kl. 10.47 CET

Hej Flexfone

Se nedenfor - kunden ønsker to tidligere medarbejdere anonymiseret.

Venlig hilsen
Rasmus

----------------------------------------------

Mogens Friis (Friis Ejendomme A/S)
16. jan. 2026 kl. 09.30 CET

Følgende er fratrådt og skal slettes:

* Holm, Anders - lokal 201
* Berit Lauesen - lokal 207
"""


def test_a_helpdesk_s_earlier_comment_below_its_rule_line_is_history() -> None:
    parts = split_text(HELPDESK)
    assert "Mogens Friis" in parts.quoted and "Mogens Friis" not in parts.new


def test_the_request_in_a_helpdesk_s_earlier_comment_is_read() -> None:
    parts = split_text(HELPDESK)
    found = subjects(parts.new, quoted=parts.quoted, subject="[Nordlink] Re: Fratrådte",
                     sender="Rasmus (Nordlink Support)")
    assert found == (DataSubject("Anders Holm", "201"), DataSubject("Berit Lauesen", "207"))


def test_a_rule_line_in_a_signature_is_no_history() -> None:
    body = "Slet venligst Eva Lind, lok 31.\n\n---------------\nNordlink ApS\nTlf 70 20 30 40\n"
    assert split_text(body).quoted == ""


@pytest.mark.parametrize("body", [
    "Her er lokalnummeret på Søren Frederiksen: 5530.",
    "The extension for Søren Frederiksen is 5530.",
])
def test_the_number_of_a_named_employee_is_hers(body: str) -> None:
    assert subjects(body, "access") == (DataSubject("Søren Frederiksen", "5530"),)


def test_a_number_in_brackets_after_its_cue_pairs() -> None:
    body = "hej kunden vil have indsigt for Hansen, Jens lok (214) han har bedt om det tak kim"
    assert subjects(body, "access") == (DataSubject("Jens Hansen", "214"),)


def test_a_lower_case_follow_up_spelling_a_surname_right_corrects_it() -> None:
    quoted = "> hej kan i slette mikkel holm lok 15 og jonas berg lok 16 de er stoppet tak kim"
    found = subjects("sorry det var jonas bergh med h ikke berg. mikkel er rigtig nok",
                     quoted=quoted, subject="Re: sletning")
    assert found == (DataSubject("mikkel holm", "15"), DataSubject("jonas bergh", "16"))


def test_nicknames_and_first_names_in_a_dashed_list() -> None:
    body = ("De skal slettes nu:\n\nMikkel - 220\nSofie Lund (Fie) - 221\nAhmad Rahimi\n\n"
            "Jeg har ikke lokalnummeret på Ahmad.")
    assert subjects(body) == (
        DataSubject(None, "220"), DataSubject("Sofie Lund", "221"),
        DataSubject("Ahmad Rahimi", None),
    )


@pytest.mark.parametrize("rest", [
    "Resten af listen nedenfor bliver.", "The rest of the list stays.",
])
def test_the_rest_of_a_quoted_list_that_stays_is_no_request(rest: str) -> None:
    quoted = "> Vores personale:\n> Ida Holm 90\n> Trung Pham 91\n> Malene Vig 92\n"
    found = subjects(f"Please delete Ida Holm, lokal 90, og Trung Pham, lokal 91. {rest}",
                     quoted=quoted, subject="Fwd: personale")
    assert found == (DataSubject("Ida Holm", "90"), DataSubject("Trung Pham", "91"))


def test_thanks_opening_a_reply_is_no_sign_off() -> None:
    quoted = ("From: Flexfone Persondata <persondata@flexfone.dk>\nSubject: Completed\n\n"
              "Your erasure request concerning\n  - Sarah Lind, extension 1139\nhas been "
              "completed.")
    body = ("Thanks, that's great.\n\nWhile you're at it, please also remove Piotr Zieliński, "
            "ext 1140 – he left the same week.")
    assert subjects(body, quoted=quoted, subject="RE: Completed") == (
        DataSubject("Piotr Zieliński", "1140"),
    )


def test_a_number_beside_another_first_name_is_another_employee() -> None:
    quoted = ("Fra: Flexfone Persondata <persondata@flexfone.dk>\nEmne: Modtaget\n\n"
              "Vi har modtaget jeres anmodning om sletning vedrørende:\n"
              "  - Thomas Brink, lokalnummer 220\n")
    body = ("Tak for hurtig behandling af Thomas. Camilla fra lokal 221 er desværre også "
            "stoppet, så hun skal også slettes.")
    assert subjects(body, quoted=quoted, subject="SV: Modtaget") == (DataSubject(None, "221"),)


def test_the_quoted_employee_s_own_number_said_again_is_hers() -> None:
    quoted = ("---------- Forwarded message ----------\nFrom: Eva Lund <el@baad.dk>\n"
              "Subject: Optagelser\n\nVores medarbejder Trần Thị Mai (lok 45) vil have sine "
              "optagede samtaler.")
    found = subjects("Se vedhæftede fra kunden. Hun har lok 45.", "portability",
                     quoted=quoted, subject="Fwd: Optagelser")
    assert found == (DataSubject("Trần Thị Mai", "45"),)


def test_an_answer_between_quoted_lines_is_new_text() -> None:
    body = ("Hej\n\nSe mit svar inde i teksten.\n\nMvh Mette\n\n"
            "Den fre. 6. mar. 2026 kl. 10.41 skrev Flexfone <persondata@flexfone.dk>:\n"
            "> Før vi kan gå videre, mangler vi:\n>   - Peter Holm: lokalnummer\n\n"
            "Han har lok 4417\n\n> Venlig hilsen\n> Flexfone\n")
    parts = split_text(body)
    assert "Han har lok 4417" in parts.new and "Mvh Mette" in parts.signature


def test_a_bottom_posted_reply_keeps_its_signature_apart() -> None:
    body = ("Den 2. mar. 2026 skrev Eva <eva@x.dk>:\n> Slet Jens lok 12\n\n"
            "Han hedder Jens Hansen.\n\nMvh\nMette Holm\nNordlink A/S\n")
    parts = split_text(body)
    assert parts.new.strip() == "Han hedder Jens Hansen." and "Mette Holm" in parts.signature


def test_a_name_under_the_question_for_it_answers_it() -> None:
    quoted = ("-----Oprindelig meddelelse-----\nFra: Flexfone <persondata@flexfone.dk>\n"
              "Emne: Vi mangler oplysninger\n\nVi mangler følgende:\n\n"
              "  - Lokalnummer 221: medarbejderens fulde navn\n\nCamilla Østergaard Lund\n\n"
              "Svar blot på denne mail.\n")
    assert subjects("Svar herunder.", quoted=quoted, subject="SV: Vi mangler oplysninger") == (
        DataSubject("Camilla Østergaard Lund", "221"),
    )


def test_the_full_name_asked_for_an_extension_is_not_the_name_before_it() -> None:
    quoted = ("> We need the extension of Nguyen Thi Lan and the full name of the employee "
              "on ext. 204.")
    found = subjects("Lan's extension is 207 and Mark's surname is Whitfield (Mark Whitfield, "
                     "ext. 204).", "access", quoted=quoted, subject="Re: Access request")
    assert found == (DataSubject("Nguyen Thi Lan", "207"), DataSubject("Mark Whitfield", "204"))


@pytest.mark.parametrize(("text", "flagged"), [
    ("As a Ukrainian refugee I am unsure of my rights.", True),
    ("Hun er syrisk flygtning og taler kun lidt dansk.", True),
    ("Vi arbejder med ukrainske flygtninge i kommunen.", False),
    ("Dansk Flygtningehjælp er kunde hos os.", False),
])
def test_a_refugee_of_a_nationality_said_of_a_person_is_ethnicity(
    text: str, flagged: bool
) -> None:
    assert ("ethnicity" in categories(text)) is flagged


@pytest.mark.parametrize("name", ["Do Thi Huong", "Le Van An", "Vu Thi Mai"])
def test_a_short_vietnamese_surname_before_its_middle_name_stays(name: str) -> None:
    assert subjects(f"Slet {name}, lok 712.") == (DataSubject(name, "712"),)


@pytest.mark.parametrize(("row", "name"), [
    ("De la Cruz, Maria – 507", "Maria De la Cruz"),
    ("Van der Berg, Anneke – 507", "Anneke Van der Berg"),
])
def test_a_capitalised_particle_opens_a_surname_written_first(row: str, name: str) -> None:
    assert subjects(f"Følgende skal slettes:\n\nHolm, Jens – 501\n{row}\n") == (
        DataSubject("Jens Holm", "501"), DataSubject(name, "507"),
    )


def test_an_initial_before_two_names_is_part_of_the_name() -> None:
    assert subjects("Please erase K. Venkatesh Rao (ext 55).") == (
        DataSubject("K. Venkatesh Rao", "55"),
    )


def test_an_initial_and_a_surname_alone_is_no_full_name() -> None:
    assert subjects("Slet venligst P. Nielsen, lok 12.") == (DataSubject(None, "12"),)


@pytest.mark.parametrize("firm", ["Scandi Print", "Rør Vejle", "Kjær Tagdækning", "Grenen Pizza",
                                  "Fanø Bad"])
def test_craft_and_hospitality_firms_are_no_people(firm: str) -> None:
    body = f"Slet venligst Lis Bonde, lok. 31, og Eva Krag, lok. 32 ({firm})."
    assert subjects(body) == (DataSubject("Lis Bonde", "31"), DataSubject("Eva Krag", "32"))
