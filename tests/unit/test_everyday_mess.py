"""The everyday mess of a support mailbox: own cases for the rules three blind sets
(a post-holiday backlog, an international reseller, a new agent's first month)
prompted."""

from __future__ import annotations

import pytest

from intake.eval_scores import stored_as_written
from parsers.automated import detect_automation
from parsers.html_text import html_to_text
from parsers.kinds import classify_kind
from parsers.language import detect_language
from parsers.mime import decode_mail
from parsers.model import DataSubject
from parsers.references import refers_to_earlier_mail
from parsers.sensitive import find_sensitive
from parsers.subjects import find_data_subjects
from parsers.tables import rows_as_lines
from tests.mailfactory import make_mail
from tests.reading import subjects


@pytest.mark.parametrize("subject", ["Fravær", "Out of office", "Ferie", "Abwesend"])
def test_a_subject_that_only_says_away_with_an_away_text_is_automated(subject: str) -> None:
    raw = make_mail(
        subject=subject,
        body="Hei,\n\nTakk for e-posten din. Jeg har ferie og er tilbake mandag 7. september.",
    )
    found = detect_automation(decode_mail(raw))
    assert found is not None and found.kind == "auto_reply"


def test_a_person_writing_about_their_holiday_in_a_request_is_not_automated() -> None:
    raw = make_mail(subject="Sletning", body="Hej\n\nJeg har ferie fra mandag, så slet "
                    "venligst Jens Hansen, lokal 21, inden da.")
    assert detect_automation(decode_mail(raw)) is None


def test_an_employee_writing_themselves_gives_the_name_they_state() -> None:
    body = (
        "Jeg er stoppet og vil gerne have slettet mine oplysninger.\n"
        "Mit navn er Camilla Holm Rasmussen og mit lokalnummer var 223."
    )
    assert subjects(body, sender="Camilla Holm") == (DataSubject("Camilla Holm Rasmussen", "223"),)


def test_a_subject_citing_an_article_is_english() -> None:
    assert detect_language("GDPR article 17 - Hassan Al-Masri 4410\n") == "en"


def test_a_lower_case_name_and_bare_number_before_hos() -> None:
    body = "vil i sende indsigt for mads kjeldsen lokal 605 og line ravn 606 hos roskilde vvs."
    assert subjects(body, "access") == (
        DataSubject("mads kjeldsen", "605"),
        DataSubject("line ravn", "606"),
    )


def test_a_first_name_with_its_number_in_a_list_is_nameless() -> None:
    body = (
        "Please delete the following users at Aarhus Harbour Cafe:\n\n"
        "- Grace Okafor, ext 440\n- Liam Byrne, ext 441\n- Chloe, ext 442 (surname unknown)"
    )
    assert subjects(body) == (
        DataSubject("Grace Okafor", "440"),
        DataSubject("Liam Byrne", "441"),
        DataSubject(None, "442"),
    )


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Hans gamle kodeord til PBX-admin var Sommer2024! og det bør spærres.", "Sommer2024!"),
        ("Hun har oplyst, at koden til hendes voicemail var 1234.", "1234"),
        ("His password for the portal was Blue#Fjord7, please reset it.", "Blue#Fjord7"),
    ],
)
def test_a_secret_given_with_what_it_opens_and_var(text: str, secret: str) -> None:
    found = [text[s.start : s.end] for s in find_sensitive(text) if s.category == "credential"]
    assert found == [secret]


def test_an_empty_html_cell_keeps_its_place_in_the_row() -> None:
    html = (
        "<table><tr><td>Navn</td><td>Lokal</td><td>Bemærkning</td></tr>"
        "<tr><td>Pia Kofoed</td><td><p>&nbsp;</p></td><td>Stoppet 30/6</td></tr></table>"
    )
    text = html_to_text(html)
    assert "Pia Kofoed | | Stoppet 30/6" in text
    assert rows_as_lines(text).splitlines()[1] == "Pia Kofoed"  # no "lokal 30"


def test_a_question_about_what_becomes_of_data_is_no_erasure_request() -> None:
    text = (
        "Kunden ønsker at portere deres hovednummer og lokalnumre 10-19 til et andet "
        "selskab. Hvad sker der med deres voicemails og optagelser – bliver de slettet?"
    )
    assert classify_kind("Nummerportering", text, "") == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Ang. min mail fra 13/7 om indsigt for Lise Dahl: hun har lokalnr. 2019.",
        "Further to my email of 3 May: Ann Lee is on ext. 214.",
    ],
)
def test_a_mail_naming_an_earlier_mail_by_its_date(text: str) -> None:
    assert refers_to_earlier_mail(text)


@pytest.mark.parametrize(
    "body",
    [
        "Please send the voicemails of Jürgen Müller-Lüdenscheidt, extn 3301, who leaves.",
        "Kindly process a subject access request for Jürgen Müller-Lüdenscheidt, extn. 3301.",
    ],
)
def test_extn_is_an_extension_cue(body: str) -> None:
    assert subjects(body, "access") == (DataSubject("Jürgen Müller-Lüdenscheidt", "3301"),)


def test_a_lower_case_list_item_with_a_dash_and_number() -> None:
    body = "slet disse to:\n\n- Hansen, Pia – 31\n- karl emil sørensen – 0390\n"
    assert subjects(body) == (
        DataSubject("Pia Hansen", "31"),
        DataSubject("karl emil sørensen", "0390"),
    )


def test_request_words_typed_without_danish_letters() -> None:
    text = 'Kunden vil have rettet oplysningerne paa Soren Aagaard: titlen skal vaere "Chef".'
    assert classify_kind("Ret oplysninger", text, "") == "rectification"


def test_a_table_of_how_a_name_is_shown_and_how_it_should_be() -> None:
    body = (
        "Navnet står forkert:\n\nLokal | Vises nu som | Skal være\n"
        "860 | Farah Abdirahman W. | Abdirahman Warsame Farah\n"
    )
    assert subjects(body, "rectification") == (DataSubject("Abdirahman Warsame Farah", "860"),)


def test_a_number_after_a_lone_first_name_is_not_paired_in_order() -> None:
    assert subjects("Det er Morten Kjeldsen, og Susanne har lok 224.") == (
        DataSubject("Morten Kjeldsen", None),
        DataSubject(None, "224"),
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Register an objection for their employee Mehmet Yılmaz, ext. 2150. The "
            "customer's CEO, Tobias Hartmann, has approved the request.",
            (DataSubject("Mehmet Yılmaz", "2150"),),
        ),
        (
            "Indsigt for deres medarbejder Marianne Krogh. Hun sidder i afdelingen på "
            "Søren Frichs Vej 38, 8230 Åbyhøj.",
            (DataSubject("Marianne Krogh", None),),
        ),
        (
            "Slet venligst:\nPedersen, Anders – 240\n\nOpgaverne overtages af Michael Vang "
            "(lokal 245), som IKKE skal slettes.",
            (DataSubject("Anders Pedersen", "240"),),
        ),
        (
            "Mette in ext. 22 at Fåborg Marina objects to her calls being recorded.",
            (DataSubject(None, "22"),),
        ),
        (
            "Slet:\n1) Pia Holst, lokal 330\n2) lokal 331 – navn ukendt, kunden vender "
            "tilbage\n3) Bent Mogensen (står ikke på listen)",
            (DataSubject("Pia Holst", "330"), DataSubject(None, "331"),
             DataSubject("Bent Mogensen", None)),
        ),
        (
            "kan i slette mikkel rasmussen hos vinkel ark. han er stoppet. tak",
            (DataSubject("mikkel rasmussen", None),),
        ),
        (
            "To medarbejdere gør indsigelse: Lise Nyborg, lokal 71, og hendes kollega "
            "Morten. Mortens efternavn og lokalnummer har jeg ikke fået endnu.",
            (DataSubject("Lise Nyborg", "71"), DataSubject(None, None)),
        ),
        (
            "Slet to tidligere ansatte:\n\nMads (lok 610)\nTina Vestergaard\n\nDe kender "
            "ikke Tinas lokalnummer.",
            (DataSubject(None, "610"), DataSubject("Tina Vestergaard", None)),
        ),
    ],
)
def test_names_and_numbers_that_are_not_the_employees(body: str, expected: tuple) -> None:
    assert subjects(body) == expected


def test_a_hyphenated_surname_stated_by_the_employee_writing() -> None:
    body = "I had extension 45. My name is Aleksandra Kowalczyk-Nowak. Please delete my data."
    assert subjects(body, sender="Aleksandra Kowalczyk") == (
        DataSubject("Aleksandra Kowalczyk-Nowak", "45"),
    )


def test_a_table_of_today_and_corrected_names() -> None:
    body = (
        "Lokal\tStår i dag\tSkal rettes til\n"
        "5531\tJens Ole Kristiansen\tJens-Ole Kristiansen\n"
    )
    assert subjects(body, "rectification") == (DataSubject("Jens-Ole Kristiansen", "5531"),)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("To export his voicemail box, the code is 4471 (he agreed).", ["4471"]),
        ("The postal code is 8000 and the error code is 404.", []),
        ("Use code: SPRING20 for a discount on headsets.", []),
        ("Mit navn er Morten Kragh (0903791457), hvis I skal finde mig.", ["0903791457"]),
        ("Header dump (1603103135)(0) from the server.", []),
    ],
)
def test_codes_and_bare_cpr_numbers(text: str, found: list[str]) -> None:
    assert [text[s.start : s.end] for s in find_sensitive(text)] == found


@pytest.mark.parametrize(
    "text",
    [
        "A customer asks how long you keep call records after an employee has left. They "
        "do not want anything deleted now, it is just a question about Ben Carter (ext. 402).",
        "Kunden skifter teleselskab og porterer lokalnumrene 10-24. Skal vi bede om sletning "
        "særskilt?",
    ],
)
def test_questions_about_deletion_are_no_erasure_request(text: str) -> None:
    assert classify_kind("Question", text, "") == "other"


def test_a_redacted_word_inside_another_word_counts_as_kept_out() -> None:
    assert not stored_as_written("kræft", "Han beder om en skriftlig bekræftelse.")
    assert stored_as_written("kræft", "Han har kræft.")
    assert stored_as_written("Sommer2024!", "kode Sommer2024! her")


def test_an_address_cell_does_not_swallow_the_name_cell_before_it() -> None:
    history = (
        "lokalnr;navn;email;slutdato\n"
        "0412;Karina Holt;kho@bladt-vvs.dk;31.12.2026\n"
        "0418;Ida Marie Brandt;imb@bladt-vvs.dk;30.11.2026\n"
    )
    found = find_data_subjects("Fratrådte", "Se vedhæftede liste.", history, "Ib Sand", "erasure")
    assert found == (DataSubject("Karina Holt", "0412"), DataSubject("Ida Marie Brandt", "0418"))


def test_a_hyphenated_lower_case_name_in_a_list() -> None:
    body = "slet venligst: ole bertelsen lok 71 og fatima el-amin lok 72 (begge hos Lemvig Rør)"
    expected = (DataSubject("ole bertelsen", "71"), DataSubject("fatima el-amin", "72"))
    assert subjects(body) == expected


def test_a_first_name_on_an_extension_keeps_it_from_the_full_name_before() -> None:
    body = "Access for two employees: Rebecca Hall, and Michael on ext. 3345."
    expected = (DataSubject("Rebecca Hall", None), DataSubject(None, "3345"))
    assert subjects(body, "access") == expected


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Fratrådte Silkeborg Glas", "Hej\nÅrets sidste liste. Godt nytår!"),
        ("Leavers", "Please find the list of leavers attached."),
    ],
)
def test_a_list_of_leavers_sent_on_its_own_asks_for_erasure(subject: str, body: str) -> None:
    assert classify_kind(subject, body, "", "Navn;Lokal\nTorben Vang;621\n") == "erasure"


def test_a_leaver_named_in_an_invoice_question_is_no_erasure_request() -> None:
    text = "Vi har et spørgsmål til fakturaen for marts: er den fratrådte medarbejder stadig med?"
    assert classify_kind("Faktura", text, "") == "other"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "slet venligst\nsøren kjeldsen lok 23\nanne-mette dahl lok 24\nhos kunden Viborg VVS.",
            (DataSubject("søren kjeldsen", "23"), DataSubject("anne-mette dahl", "24")),
        ),
        (
            "please delete john whitfield asap, he left yesterday.",
            (DataSubject("john whitfield", None),),
        ),
        (
            "Please delete the user Hansen, Jens (214) as of 31 March at 16:00.",
            (DataSubject("Jens Hansen", "214"),),
        ),
        (
            "1. Dominic O'Brien (ext. 118): all voicemails from his extension\n"
            "2. María José Fernández (ext. 119): all voicemails",
            (DataSubject("Dominic O'Brien", "118"), DataSubject("María José Fernández", "119")),
        ),
        (
            "Skagen Fiskeauktion beder om at Ib Kræmer, lokal 19, slettes.",
            (DataSubject("Ib Kræmer", "19"),),
        ),
    ],
)
def test_more_list_and_prose_forms(body: str, expected: tuple) -> None:
    assert subjects(body) == expected
