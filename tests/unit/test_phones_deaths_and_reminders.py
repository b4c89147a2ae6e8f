"""Hurried phone mail, deaths, reminders, inline answers, leave and long lists: cases
written for the rules these mails prompted (parsers/names.py, parsers/status.py,
parsers/kinds.py, parsers/subjects.py, parsers/sensitive.py), beside the held-out sets."""

from __future__ import annotations

from parsers.answers import with_extension_answers
from parsers.kinds import classify_kind
from parsers.mail import parse_mail
from parsers.quotes import split_text
from tests.reading import categories, employees, pairs, plain_mail

# --- lower-case words that are no name ----------------------------------------------


def test_a_noun_after_its_article_is_no_lower_case_name() -> None:
    body = ("My name is shown wrong on the company phones (extension 4415). It says Siobhan "
            "Ni Bhriain but it should be Siobhán Ní Bhriain with the accents.\n")
    assert [name for name, _ in pairs(body, kind="rectification")] != ["company phones"]
    assert ("Siobhán Ní Bhriain", "4415") in pairs(body, kind="rectification")


def test_a_lower_case_name_after_a_request_word_is_still_read() -> None:
    assert pairs("Hej, kan i slette jens hansen lokal 214 hos Bager Ørum\n") == [
        ("jens hansen", "214")]
    assert pairs("Please delete the sales manager on ext. 214, he has left.\n") == [(None, "214")]


# --- status reports -----------------------------------------------------------------------


def test_a_finished_point_of_a_status_report_asks_for_no_kind() -> None:
    body = ("Status Esbjerg Fiskeauktion:\n- Navnerettelser: done\n- NY: Kunden vil flytte "
            "hovednummeret og 6 mobilnumre til en anden operatør pr. 1. februar. Hvad skal vi "
            "gøre?\n")
    assert classify_kind("Nummerflytning", body, "") == "other"


def test_a_finished_erasure_beside_a_new_access_request_leaves_access() -> None:
    body = ("Status:\n- Sletning af Linnea Sjöberg (5512): done, tak\n"
            "- NY: Lars Erik Pedersen (lok 5521) vil have indsigt i sine opkald.\n")
    assert classify_kind("Status", body, "") == "access"
    assert employees(body, "Status") == [("Lars Erik Pedersen", "5521")]


# --- numbers labelled a few words back --------------------------------------------------


def test_an_order_number_named_before_its_verb_is_no_cpr_number() -> None:
    assert categories("Kundens ordrenr. hos os er 120325-0447, hvis I skal bruge en "
                      "reference.") == set()
    assert categories("Our invoice number for this customer is 120325-0447.") == set()


def test_a_cpr_number_after_its_verb_is_still_found() -> None:
    assert categories("Hans cpr-nummer hos os er 120325-0447.") == {"cpr"}
    assert categories("Kontaktpersonen er 120325-0447, Jens.") == {"cpr"}


# --- long lists in mixed formats ----------------------------------------------------


def test_a_list_mixes_number_first_and_name_first_lines() -> None:
    body = ("Slet følgende medarbejdere:\n\n"
            "Tomasz Rasmussen <tras@kolding-el.dk> (731)\n"
            "Aisha Nowak, lokal 289, elev\n"
            "Anne Sofie Nowak <anow@kolding-el.dk>\n"
            "7613 Mehmet Frandsen\n"
            "Jakob Eriksson  452  jeri@kolding-el.dk\n"
            "50 Karl-Johan Ibsen\n"
            "63\tChen Bach Andersen\tlagerchef\n"
            "1141 Bo Østergaard\n"
            "Søren Lund Poulsen\n")
    assert pairs(body) == [
        ("Tomasz Rasmussen", "731"), ("Aisha Nowak", "289"), ("Anne Sofie Nowak", None),
        ("Mehmet Frandsen", "7613"), ("Jakob Eriksson", "452"), ("Karl-Johan Ibsen", "50"),
        ("Chen Bach Andersen", "63"), ("Bo Østergaard", "1141"), ("Søren Lund Poulsen", None),
    ]


def test_a_postcode_and_town_under_a_street_is_no_employee() -> None:
    body = "Kunden er flyttet til:\nStore Kongensgade 12\n1264 Jens Hansen\n"
    assert ("Jens Hansen", "1264") not in pairs(body, kind="access")


def test_an_employee_listed_twice_keeps_one_number() -> None:
    body = ("Listen:\n\nSigne Skovgaard (lokal 6540)\n8615\tJulie Ali\telev\n"
            "Piotr Lindholm (konsulent)\nJulie Ali (lokal 8615)\n6540 Signe Skovgaard\n")
    assert pairs(body) == [("Signe Skovgaard", "6540"), ("Julie Ali", "8615"),
                           ("Piotr Lindholm", None)]


def test_the_rest_of_a_list_in_the_quoted_mail_below_counts_too() -> None:
    body = ("Vi skal have anonymiseret fem medarbejdere. De første to har jeg skrevet ind, "
            "resten står i kundens mail herunder.\n\nKirsten Nowak - 774\n1966 Christian "
            "Kowalski\n")
    quoted = ("Fra: Lisbeth Krag <lkr@boliger.dk>\nSendt: 9. september 2025 14:21\n"
              "Emne: Fratrådte\n\nHer er resten:\n\nCamilla Kristensen (lokal 55)\n"
              "Mette Krogh - 935\nAnders Ravn\n")
    assert pairs(body, quoted=quoted) == [
        ("Kirsten Nowak", "774"), ("Christian Kowalski", "1966"), ("Camilla Kristensen", "55"),
        ("Mette Krogh", "935"), ("Anders Ravn", None),
    ]


def test_the_others_below_left_alone_add_no_one() -> None:
    body = ("Kunden ønsker nu, at medarbejderen Christian Hvidberg Lund, lokalnr. 1207, "
            "slettes. De øvrige medarbejdere nævnt i tråden nedenfor er ikke omfattet.\n")
    quoted = "Fra: Michael Jeppesen\nEmne: Flytning\n\nAnette Bruun (lok 1201) er flyttet.\n"
    assert pairs(body, quoted=quoted) == [("Christian Hvidberg Lund", "1207")]


# --- renames in lists ----------------------------------------------------------------


def test_renames_listed_with_numbers_first_and_names_in_quotes() -> None:
    body = ("Kan I rette følgende:\n\n"
            "Lokal 6762 står som Piotr Hansen, skal rettes til Piotr Vestergaard\n"
            '6460: "Sven-Erik Nielsen" -> "Sven-Erik Dalgaard"\n'
            '380: "Kirsten Andersen" -> "Kirsten Kristensen"\n'
            "1810\tGitte Christensen\t=> Gitte Ibsen\n")
    assert pairs(body, kind="rectification") == [
        ("Piotr Vestergaard", "6762"), ("Sven-Erik Dalgaard", "6460"),
        ("Kirsten Kristensen", "380"), ("Gitte Ibsen", "1810"),
    ]


def test_two_employees_of_one_old_name_each_get_their_own_new_name() -> None:
    body = ("Navneskift (gamle -> nye):\n\n4973 Ole Hansen -> Ole Nielsen\n"
            "4730 Sven-Erik Jensen -> Sven-Erik Sørensen\n54 Ole Hansen -> Ole Tran\n")
    assert pairs(body, kind="rectification") == [
        ("Ole Nielsen", "4973"), ("Sven-Erik Sørensen", "4730"), ("Ole Tran", "54")]


# --- answers written inside the quoted mail ------------------------------------------


def test_a_bare_number_under_a_question_for_the_extension_is_the_extension() -> None:
    text = ("> Who is the employee?\nLars-Erik Johansson, he sat in Copenhagen.\n\n"
            "> Do you know his extension?\nYes, 4410.\n\n> Extension?\nNot sure. I'll check.\n"
            "[KH] It is 8812.\n- Extension? -> 7020\nLokalnummer?\n- 45\nHvilket lokalnummer?\n"
            "Ext. 305\n")
    answered = with_extension_answers(text)
    assert "Yes, medarbejderens lokal 4410." in answered
    assert "[KH] It is medarbejderens lokal 8812." in answered
    assert "- Extension? -> medarbejderens lokal 7020" in answered
    assert "- medarbejderens lokal 45" in answered
    assert "Ext. 305" in answered  # (says so itself)


def test_a_question_with_numbers_of_its_own_answers_nothing() -> None:
    text = ("Vil du bede Flexfone om at slette Yusuf Demir (lok. 3310)? Begge er stoppet pr. "
            "28. februar.\n")
    assert with_extension_answers(text) == text


def test_answers_between_the_quoted_questions_name_the_employee() -> None:
    body = ("Kunden spurgte mig i går - svarene står under spørgsmålene:\n\n"
            "Hvilken medarbejder?\n- Henrik Søgaard\nLokalnummer?\n- 45\n"
            "Skal nummeret opsiges?\n- Nej, men navn og opkaldshistorik skal slettes.\n")
    assert employees(body, "Sletning") == [("Henrik Søgaard", "45")]


def test_a_framed_attribution_opens_the_quoted_mail() -> None:
    body = ("Hej\n\nSe nedenfor.\n\n---- Den 09-10-2025 kl. 15:32 skrev Pia Sonne "
            "<pia@byggemarked.dk> ----\n\nHej\n\nAhmad Al-Khatib vil have indsigt.\n")
    parts = split_text(body)
    assert parts.new == "Hej\n\nSe nedenfor."
    assert parts.quoted.startswith("---- Den 09-10-2025")


def test_the_senders_name_ends_the_text_above_answers_written_inside_the_quote() -> None:
    body = ("Hej\n\nSvar i teksten nedenfor.\n\nPalle Dahl\nVestegnens Netværk, 40 51 77 32\n\n"
            "Den man. 3. nov. 2025 kl. 12.10 skrev Salon <salon@frisor.dk>:\n"
            "> Hej Palle, Jannie er stoppet og skal slettes fra telefonen.\n"
            "Jannie Krogh, lok 31.\n> Tak! Dorthe\n")
    parts = split_text(body, "Palle Dahl")
    assert "Jannie Krogh, lok 31." in parts.new
    assert "Palle Dahl" in parts.signature and "Palle Dahl" not in parts.new


def test_a_slash_and_a_name_signs_off() -> None:
    body = ("Hej\n\nSvar i teksten.\n\n/Rasmus\nRasmus Vinther\nTelekompagniet A/S\n\n"
            "Den man. 6. okt. 2025 kl. 16.31 skrev Helle Dam <hd@revision.dk>:\n"
            "> - Pernille (revisorassistent)\nPernille Aagaard Schmidt, lok 611\n")
    parts = split_text(body)
    assert "Pernille Aagaard Schmidt, lok 611" in parts.new
    assert "Telekompagniet" not in parts.new


def test_an_opt_out_of_call_recording_is_an_objection() -> None:
    assert classify_kind("Call recording - opt out for one user",
                         "One of our account managers no longer consents to having his calls "
                         "recorded.", "") == "objection"
    assert classify_kind("Opt out", "Please opt Jens Hansen out of your newsletter.",
                         "") == "marketing_optout"


def test_an_employee_writing_himself_gives_his_number_in_quoted_fields() -> None:
    raw = plain_mail("Stop recording my calls",
                     "Hi,\n\nI work at Öresund Freight and my calls are being recorded. I "
                     "object to this.\n\n> Name: Henrik Lundgren\n> Extension: 902\n\nBest\n"
                     "Henrik\n", sender="Henrik Lundgren <henrik.l@gmail.com>")
    parsed = parse_mail(raw)
    assert [(s.full_name, s.extension) for s in parsed.data_subjects] == [
        ("Henrik Lundgren", "902")]


# --- deaths, lawyers and reminders ----------------------------------------------------


def test_the_name_a_dead_employee_had_is_her_name() -> None:
    assert pairs("Hun hed Maja Lindholm Kragh og havde lokal 22.\n") == [
        ("Maja Lindholm Kragh", "22")]
    assert pairs("Hun hed Mette Kirstine Olsen, nu skal der stå Mette Kirstine Bech på lokal "
                 "214.\n", kind="rectification") == [("Mette Kirstine Bech", "214")]


def test_first_names_with_numbers_complete_the_quoted_full_names() -> None:
    quoted = ("Fra: Rikke Thomsen <rt@it.dk>\nEmne: Anonymisering\n\nKunden har mistet to "
              "medarbejdere: Benedikte Hauge-Sørensen og Carl Emil Fogh. Lokalnumrene "
              "sender jeg.\n")
    assert pairs("Lokalnumrene er: Benedikte 311 og Carl Emil 312.\n", quoted=quoted) == [
        ("Benedikte Hauge-Sørensen", "311"), ("Carl Emil Fogh", "312")]
    assert pairs("Benedikte ringede i går fra 4410, tak.\n", quoted=quoted) == [
        ("Benedikte Hauge-Sørensen", None), ("Carl Emil Fogh", None)]


def test_a_lawyers_client_is_the_data_subject() -> None:
    body = ("Vi henviser til vores brev på vegne af vores klient Sara Bech Nielsen, tidligere "
            "ansat hos Silkeborg Handelsselskab, om indsigt efter artikel 15.\n")
    assert pairs(body, kind="access") == [("Sara Bech Nielsen", None)]
    assert pairs("Klinikken har en klient, Bente Lauridsen, der ringer stadig. Slet Ole Bak "
                 "lok 12.\n") == [("Ole Bak", "12")]


def test_a_colleague_known_by_where_he_works_is_one_more_employee() -> None:
    body = ("Anders Bøgh lok. 77 skal slettes.\n\nOg så skal Ole fra lageret også slettes, har "
            "ikke hans efternavn eller nummer lige nu\n")
    assert pairs(body) == [("Anders Bøgh", "77"), (None, None)]


def test_a_people_is_no_name() -> None:
    body = ("My former employee Aqqaluk Lynge (ext 19) should be deleted. He is East "
            "Greenlandic Inuit and has had racist calls on the line.\n")
    assert pairs(body) == [("Aqqaluk Lynge", "19")]


def test_a_deletion_done_before_the_request_asks_for_nothing() -> None:
    body = ("Efter anonymiseringen af den bortviste medarbejder er lokalnummer 2214 overtaget "
            "af en ny medarbejder. Navnet skal rettes til:\n\nNikolaj Frost, lokalnr. 2214\n")
    assert classify_kind("Ret navn på lokalnr. 2214", body, "") == "rectification"


def test_a_reseller_off_the_providers_offers_opts_out() -> None:
    body = ("We asked on 15 October to be removed from your partner offers and campaign "
            "mails. Please remove us - operational notices are fine.\n")
    assert classify_kind("Second request: unsubscribe us", body, "") == "marketing_optout"


def test_insight_asked_for_in_english_is_access() -> None:
    body = ("Anders Nilsson, extension 6120. Mr Nilsson has been informed and has requested "
            "the same insight himself.\n")
    assert classify_kind("Call logs - ext. 6120", body, "") == "access"


# --- sensitive words of dismissals and leave -----------------------------------------------


def test_dismissal_reasons_that_are_sensitive() -> None:
    assert categories("Maja er bortvist pga. mistanke om tyveri fra lageret.") == {"criminal"}
    assert categories("Han har haft alkoholproblemer i længere tid.") == {"health"}
    assert categories("Mikkel Thygesen 7719 er på hospitalet og kommer ikke tilbage") == {
        "health"}
    assert categories("Thomas Damgaard er lokalformand for Venstre.") == {"politics"}
    assert categories("Han er formand for HK Kolding.") == {"trade_union"}


def test_look_alikes_of_dismissal_reasons_are_not_sensitive() -> None:
    assert categories("Hun arbejder på hospitalet i Odense.") == set()
    assert categories("Hun er formand for bestyrelsen.") == set()
    assert categories("Han blev fyret efter en konflikt om vagtplanen.") == set()


def test_a_cpr_word_before_a_case_it_was_written_in_still_counts() -> None:
    assert categories("Kunden har skrevet hendes personnummer i deres sag: 2304671459.") == {
        "cpr"}
    assert categories("Hans CPR står i sagsnr. 2304671459") == set()
