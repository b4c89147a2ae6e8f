"""Chat-like mails from phones, a customer taken over by another, and words said twice:
"can u send all data u have", "ext is 41 02", lower-case "surname, given" rows, a first
name alone in a lower-case list, the successor who takes a number over, the bookkeeper
who called, "En del af Nordvigs folk" that names no one, a PIN for the voicemail given
bare, a voiceprint named twice. Cases written beside the held-out sets, each read as a
support agent reads it."""

from __future__ import annotations

import pytest

from parsers.kinds import classify_kind
from parsers.mail import parse_mail
from tests.reading import employees, found, plain_mail

CHAT_MAILS = [
    ("hi can u send all data u have on ext. 118 - sarah o'neill. customer wants it asap\nthx\n"
     "kim\n", "access", [("sarah o'neill", "118")]),
    ("hej, ret email på lok 512 (Lise Thygesen) til lise.t@toemrer-thy.dk\nmvh Lars\n",
     "rectification", [("Lise Thygesen", "512")]),
    ("slet disse 3 pls:\n- jens peter vinther lund 44\n- carl-emil de fries 45\n- trine 46\n"
     "alle fra kunden i vejle\n", "erasure",
     [("jens peter vinther lund", "44"), ("carl-emil de fries", "45"), (None, "46")]),
    ("kan i slette disse to hos esbjerg vvs:\n\nhansen, mette - 88\njørgen bach - 89\n\nole\n",
     "erasure", [("mette hansen", "88"), ("jørgen bach", "89")]),
    ("pls send access copy for o'brien-larsen, kathleen ext 4410. thanks\ncheers kim\n",
     "access", [("kathleen o'brien-larsen", "4410")]),
]


@pytest.mark.parametrize(("body", "kind", "wanted"), CHAT_MAILS)
def test_chat_like_mails_are_read_whole(body: str, kind: str, wanted: list) -> None:
    assert classify_kind("", body, "") == kind
    assert employees(body, "request") == wanted


@pytest.mark.parametrize("body", [
    "Hej\nslet Emily Clarke, ext is 41 02\nmvh Ib",
    "Hej\nslet Emily Clarke, hendes lokal er 41 02\nmvh Ib",
])
def test_an_extension_said_in_two_parts_after_is_is_one_number(body: str) -> None:
    assert employees(body) == [("Emily Clarke", "4102")]


def test_a_phone_number_in_parts_after_is_stays_no_extension() -> None:
    assert employees("Hej\nslet Emily Clarke, hendes nr er 22 33 44 55\nmvh Ib") == [
        ("Emily Clarke", None)
    ]


def test_a_first_name_alone_outside_a_lower_case_list_is_no_row() -> None:
    assert employees("slet disse:\n- jens hansen 44\n- ordre 47\n") == [("jens hansen", "44")]


BYSTANDERS = [
    ("Hej\n\nDet er hos kunden VVS-Hansen hvor bogholderen Lone Mikkelsen har ringet til mig i "
     "dag, og hun siger at "
     "deres tidligere medarbejder Kirsten Marie Vestergaard Holm (hun havde lok 2301) ikke "
     "kommer tilbage. Slet alt om hende.\n\nmvh\nLars\n",
     [("Kirsten Marie Vestergaard Holm", "2301")]),
    ("Hello,\n\nThe customer's legal counsel, Mikkel Rask, has asked us to obtain the recorded "
     "calls for two former agents:\n\n- Daniel O'Connor (ext 7731)\n- Sofie Holm-Larsen (ext "
     "7740)\n\nRegards,\nIda\n",
     [("Daniel O'Connor", "7731"), ("Sofie Holm-Larsen", "7740")]),
    ("Hej\n\nSven-Åge Thorsen (lok 6001) er gået på pension. Kunden vil gerne have hans "
     "voicemails udleveret, da der ligger kundebeskeder som Rikke Dyhr skal følge op på.\n",
     [("Sven-Åge Thorsen", "6001")]),
    ("Dear GDPR team,\n\nPlease erase:\n\n  * Claus Bjørn Eriksen, ext 61\n  * Helle Dam, ext 62"
     "\n\nPlease note that ext 61 will be re-used: Nina Brix from Hammerholt takes it over on "
     "Monday.\n",
     [("Claus Bjørn Eriksen", "61"), ("Helle Dam", "62")]),
    ("Hej\n\nEn del af Nordvigs folk fortsætter ikke, og vi skal derfor have følgende "
     "slettet:\n\nMette Kjær Hansen - lokal 214\n\nMvh Kasper\n",
     [("Mette Kjær Hansen", "214")]),
    ("hej\nmedarbejder Hodan Abdi Farah (lok 55) vil ha indsigt i alt i har. hun vil se sine "
     "opkaldslogs\nBrian, KLS\n", [("Hodan Abdi Farah", "55")]),
]


@pytest.mark.parametrize(("body", "wanted"), BYSTANDERS)
def test_people_beside_the_subjects_are_left_out(body: str, wanted: list) -> None:
    assert employees(body) == wanted


def test_names_with_particles_still_are_names() -> None:
    assert employees("slet Xochitl de la Cruz lok 22") == [("Xochitl de la Cruz", "22")]


SENSITIVE = [
    ("Hvis I skal ind på den, er hans PIN til telefonsvareren 4821.", [("credential", "4821")]),
    ("objects to his voiceprint being stored for the voice login. pls stop that and delete "
     "the voiceprint.", [("biometric", "voiceprint"), ("biometric", "voiceprint")]),
    ("Hun er stoppet, så slet hendes stemmeprint og alle andre data.",
     [("biometric", "stemmeprint")]),
    ("He feels singled out as the only Kurdish driver on the team.",
     [("ethnicity", "the only Kurdish")]),
    ("Louise has left to run as the local Venstre candidate at the next election.",
     [("politics", "Venstre candidate")]),
]


@pytest.mark.parametrize(("text", "wanted"), SENSITIVE)
def test_sensitive_pieces_said_plainly_are_found(text: str, wanted: list) -> None:
    assert found(text) == wanted


@pytest.mark.parametrize("text", [
    "PIN til lokal 4471 virker ikke",
    "the code for the voicemail 5523 please",
    "PIN for ext. 5523",
    "PIN on his mobile 2231 4455",
    "We sell voice biometrics to identify callers.",
    "the only Danish speaker in the room",
])
def test_numbers_and_words_that_are_no_secret_or_origin(text: str) -> None:
    assert found(text) == []


PASTED_AND_SHARED = [
    ("hej vil i slette karen sofie lund hun er stoppet hos kunden tømrer jensen aps lokal 214\n"
     "\nmvh mads\n", [("karen sofie lund", "214")]),
    ("Hej\n\nKunden har fået en indsigtsanmodning. Fra deres HR-system:\n\n"
     "Medarbejder\tLokal\tAfdeling\tAnsat\tOmk.sted\nlundgren, eva\t4022\tKaj 1\t2020-05-01\t7100"
     "\n\nHun vil have alt.\n", [("eva lundgren", "4022")]),
    ("Hi,\n\nOne of our customers' employees, Wiśniewska, Agnieszka (sales team at Baltic Food "
     "Import), wants a copy of all her recorded calls.\n\nRegards\nMark\n",
     [("Agnieszka Wiśniewska", None)]),
    ("Hej\n\nKunden beder om anonymisering af:\n\n- Mikkel Bach (lokal 1201)\n- Sara Bach (lok. "
     "1202)\n\nNummeret 1201 overtages fremover af Oliver Friis, så det skal ikke lukkes.\n",
     [("Mikkel Bach", "1201"), ("Sara Bach", "1202")]),
    ("Hej\n\nSlet Mette Kjær Hansen – lokal 214\n\nBemærk at omstillingen (lokal 200) og "
     "receptionens nummer IKKE skal røres.\n", [("Mette Kjær Hansen", "214")]),
    ("Hej\n\nSlet Søren Ærbø, lokalnummer: 0071.\n\nFaxnummeret (lokal 79) tilhører ingen "
     "person og skal blive.\n", [("Søren Ærbø", "0071")]),
    ("Hej\n\nIndsigt for to medarbejdere:\n- Henrik Lauridsen (klinikassistent), lok 44\n- Pia "
     "Toft (receptionist)\n\nPias lokalnummer kender jeg ikke, receptionen har også et fælles "
     "nummer (lok 40), men det er ikke hendes.\n",
     [("Henrik Lauridsen", "44"), ("Pia Toft", None)]),
    ("Hej\n\nFølgende skal anonymiseres:\n\n- Anders Bach, lok. 201\n- Katarzyna "
     "Nowak-Wiśniewska – 2 0 3\n", [("Anders Bach", "201"), ("Katarzyna Nowak-Wiśniewska", "203")]),
    ("Hello,\n\nPlease remove Dr. Fatima Al-Zahra from your system. She worked for our client "
     "Aurelia Medical Devices.\n", [("Fatima Al-Zahra", None)]),
    ("Hej\n\nVedhæftet rettelse til medarbejderlisten for Valby Grossisten.\n\nNavn;Lokal;"
     "Rettelse\nKasper Højgaard;5503;afdeling skal ændres til Lager\n",
     [("Kasper Højgaard", "5503")]),
]


@pytest.mark.parametrize(("body", "wanted"), PASTED_AND_SHARED)
def test_pasted_rows_firms_and_shared_lines(body: str, wanted: list) -> None:
    assert employees(body) == wanted


@pytest.mark.parametrize("body", [
    "Hi,\n\nThe customer wants access for two employees:\n\nMorten Lassen, lokal 70\nKatja\n\n"
    "Katja is the receptionist, the owner doesn't remember her surname or number.\n\nRegards\n"
    "Anne\n",
    "Hej\n\nIndsigt for:\n\n- Niels Brødsgaard, lokal 2201\n- Dennis\n\nDennis' efternavn og "
    "lokalnummer eftersender jeg.\n",
])
def test_a_first_name_alone_in_a_list_told_of_later_is_one_more_employee(body: str) -> None:
    assert employees(body)[-1] == (None, None)


def test_a_first_name_signing_under_a_list_is_no_employee() -> None:
    assert employees("Slet Hanne Holm lok 12\nKatja") == [("Hanne Holm", "12")]


@pytest.mark.parametrize(("text", "wanted"), [
    ("hans voicemail-PIN var 4821 og portal-login Tand2026! – nulstil gerne",
     [("credential", "4821"), ("credential", "Tand2026!")]),
    ("Zoran sagde at han som serber var blevet drillet med sit navn.", [("ethnicity", "serber")]),
])
def test_logins_and_peoples_said_with_as(text: str, wanted: list) -> None:
    assert found(text) == wanted


@pytest.mark.parametrize("text", [
    "login: jens@firma.dk", "hun arbejder som sælger", "Login Kiosk2 virker ikke",
    "Husk at nulstille password på deres softphone-konti. Ordrenr. 55120, kundens hovednummer",
])
def test_user_names_and_jobs_are_no_secret_or_origin(text: str) -> None:
    assert found(text) == []


def test_an_employee_who_called_about_himself_keeps_his_number() -> None:
    assert employees("Hej\n\nBo Ravn hos Holstebro Vinduer vil have indsigt. Han har nummer 33 "
                     "på omstillingen, og han ringede til os i dag kl. 10.15 om det.\n") == [
        ("Bo Ravn", "33")
    ]


def test_deleting_all_data_held_about_me_is_erasure() -> None:
    body = "I'm Daniel Whitaker and had ext 233. I left in December - please delete all data you "
    assert classify_kind("Delete my data", body + "have about me.", "") == "erasure"


@pytest.mark.parametrize(("subject", "body", "kind"), [
    ("stop tilbud", "hej jeg får jeres tilbud på min private mail selvom jeg ikke er kunde mere. "
     "stop det venligst\n\njonas", "marketing_optout"),
    ("mine opkald", "hej\njeg vil ikke ha at min arbejdsgiver kan se hvem jeg ringer til. jeg er "
     "Emil Thorsen lok 39 hos Sport & Fritid\nEmil", "objection"),
])
def test_offers_and_an_employer_watching_calls(subject: str, body: str, kind: str) -> None:
    assert classify_kind(subject, body, "") == kind


def test_a_writer_named_in_lower_case_is_named_as_the_text_writes_them() -> None:
    raw = plain_mail("mine opkald", "hej\njeg vil ikke ha at min arbejdsgiver kan se hvem jeg "
                     "ringer til. jeg er Emil Thorsen lok 39 hos Sport & Fritid\nEmil",
                     "emil thorsen <emil_thorsen@hotmail.com>")
    assert [(s.full_name, s.extension) for s in parse_mail(raw).data_subjects] == [
        ("Emil Thorsen", "39")
    ]


def test_a_first_name_with_a_bare_number_after_a_comma_is_that_employee() -> None:
    assert employees("Please anonymise:\n\n1) Ahmed Al-Sayed  ext. 5502\n\nAlso Tobias, 5510 - "
                     "I don't have his surname at hand, sorry.\n") == [
        ("Ahmed Al-Sayed", "5502"), (None, "5510")
    ]


def test_only_the_rows_a_delete_column_marks_are_employees() -> None:
    body = ("Only the rows marked Delete=Y should be erased.\n\nCustomer;Name;Extension;Mobile;"
            "Delete\nSB;Tobias Enevoldsen;501;21 40 88 19;N\nSB;Line Abildgaard;502;;Y\n"
            "SB;Rune Fogh;503;40 17 65 02;N\n")
    assert employees(body) == [("Line Abildgaard", "502")]


def test_a_short_subject_with_the_autoreply_word_in_brackets_is_an_auto_reply() -> None:
    raw = plain_mail("Ferie (autosvar)", "Hej\n\nJeg holder ferie til og med fredag. Din mail "
                     "bliver besvaret når jeg er tilbage.\n\nJens Kofoed\n")
    assert parse_mail(raw).automated is not None


LATE_ROUND = [
    ("Hi Flexfone,\n\nPlease delete van der Berg, Pieter at Esbjerg Offshore Service. We don't "
     "have his extension.\n\nRegards\nJannik\n", [("Pieter van der Berg", None)]),
    ("Hello,\n\nAccess request from Nielsen, Karoline; extension 1502 - customer Havnens "
     "Kulturhus.\n\nRegards,\nBrian\n", [("Karoline Nielsen", "1502")]),
    ("hej\n\nkaren lykkegaard hos Nexø Bogcafé vil have indsigt i sine data. lokalnummer ved jeg "
     "ikke.\n\nlars\n", [("karen lykkegaard", None)]),
    ("glemte en: også jesper dalsgaard lok 47 samme sted\n\ntak\nlars\n",
     [("jesper dalsgaard", "47")]),
    ("hej\nslet venligst: hansen, mette lok 302 og jørgen ib larsen lok 303 hos Thisted Fisk.\n",
     [("mette hansen", "302"), ("jørgen ib larsen", "303")]),
    ("hej\n\nkunden siger at søren bækgaard på lok 77 stadig står med den gamle mailadresse. kan "
     "i rette det?\n\nmvh morten\n", [("søren bækgaard", "77")]),
    ("Hej\n\nFor Tina Lassen, lokal 61 står der en forkert profiltekst. Kan I rette teksten til "
     "\"Tina Lassen, Boghandler\"?\n", [("Tina Lassen", "61")]),
]


@pytest.mark.parametrize(("body", "wanted"), LATE_ROUND)
def test_names_turned_round_lower_case_and_titled(body: str, wanted: list) -> None:
    assert employees(body) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("Hvis I skal lytte hendes beskeder igennem er koden til hendes voicemail 9090.",
     [("credential", "9090")]),
    ("Medarbejderen er bortvist efter en politianmeldelse for tyveri.",
     [("criminal", "politianmeldelse for tyveri")]),
    ("Lærke stopper fordi hun skal i et længere behandlingsforløb.",
     [("health", "i et længere behandlingsforløb")]),
])
def test_a_pin_for_her_voicemail_a_police_report_and_a_course_of_treatment(
    text: str, wanted: list
) -> None:
    assert found(text) == wanted


@pytest.mark.parametrize("body", [
    "Slet Mads Winther, 4411 – sorry, typo: 4412\nmvh",
    "Slet Mads Winther lok 4411 (tastefejl, 4412)\nmvh",
])
def test_a_number_called_a_typo_gives_way_to_the_next(body: str) -> None:
    assert employees(body) == [("Mads Winther", "4412")]


def test_the_word_typo_alone_takes_no_number_back() -> None:
    assert employees("Slet Mads Winther lok 4411. Typo is in the subject.\nmvh") == [
        ("Mads Winther", "4411")
    ]
