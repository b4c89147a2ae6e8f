"""Mail about employees who died, requests relayed by a reseller's help desk, a writer
who shares the employee's name, and the small turns of an evening's quick mails: each
read as a support agent reads it, on cases written beside the held-out sets."""

from __future__ import annotations

import pytest

from intake.followups import numbers_by_first_name
from parsers.kinds import classify_kind
from parsers.mail import parse_mail
from parsers.model import DataSubject
from tests.reading import employees, found, plain_mail


def test_the_deceased_named_after_the_executors_role_is_the_subject() -> None:
    body = ("Til Flexfone A/S\n\nUndertegnede er udpeget som bobestyrer i dødsboet efter "
            "afdøde Niels Christian Lykke Frandsen, jf. vedlagte bobestyrerbevis.\n\nAfdøde "
            "benyttede lokalnummer 3105. Boet anmoder om, at samtlige personoplysninger om "
            "afdøde slettes.\n\nMed venlig hilsen\nSøren Bøgelund\nAdvokat (L)\n")
    assert employees(body, "Dødsbo", "Søren Bøgelund <sb@advokat.dk>") == [
        ("Niels Christian Lykke Frandsen", "3105")
    ]


def test_a_widow_asking_for_the_one_who_died_is_no_subject() -> None:
    body = ("Hej\n\nDeres medarbejder Preben Holm-Jepsen, lok. 52, døde pludseligt den 19. "
            "februar.\n\nHans enke, Karin Holm-Jepsen, har spurgt, hvilke oplysninger I har "
            "registreret om ham. Kan I sende en oversigt?\n\nKim Bach\n")
    assert employees(body, "Indsigt - afdød medarbejder", "Kim Bach <kim@ojits.dk>") == [
        ("Preben Holm-Jepsen", "52")
    ]


def test_a_service_named_with_capitals_is_no_name() -> None:
    body = ("Dear Flexfone team,\n\nAoife Ní Bhriain, ext. 1290, died on 1 March. Her family "
            "would like to play one of her voicemail greetings at the Requiem Mass in Viborg. "
            "Could you please export the voicemails for ext. 1290?\n\nHanne Lund\n")
    assert employees(body, "Voicemails", "Hanne Lund <hl@midtnet.dk>") == [
        ("Aoife Ní Bhriain", "1290")
    ]


@pytest.mark.parametrize(("text", "category"), [
    ("Hun døde af ALS i januar.", "health"),
    ("The family is Igbo, and in their tradition the voice matters.", "ethnicity"),
    ("Han har fået hjælp fra 3F til at skrive opsigelsen.", "trade_union"),
])
def test_a_cause_of_death_a_people_and_a_unions_help_are_sensitive(text: str,
                                                                   category: str) -> None:
    assert [c for c, _ in found(text)] == [category]


@pytest.mark.parametrize("text", [
    "Ich bin bis Montag nicht im Büro und werde als Vertretung erreichbar sein.",
    "We got help from IT to set it up.",
])
def test_a_german_als_and_help_from_it_are_not_sensitive(text: str) -> None:
    assert found(text) == []


def test_a_help_desk_relaying_a_persons_request_is_no_auto_reply() -> None:
    raw = ("From: Drift - Kattegat Kommunikation <drift@kattegatkom.dk>\r\n"
           "To: gdpr@flexfone.dk\r\nSubject: Indsigtsanmodning\r\n"
           "X-Mailer: Zendesk Mailer\r\nAuto-Submitted: auto-generated\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\n"
           "Hej\r\n\r\nKan I lave en indsigt på lokalnummer 2250 hos Djurs Auto? Han er stoppet "
           "og har bedt om at se hvad der ligger om ham.\r\n\r\nMvh\r\nDrift\r\n").encode()
    parsed = parse_mail(raw)
    assert parsed.automated is None and parsed.kind == "access"


def test_a_help_desk_receipt_stays_an_auto_reply() -> None:
    raw = (b"From: Support <support@reseller.dk>\r\nTo: gdpr@flexfone.dk\r\n"
           b"Subject: [Sag #48211] Vi har modtaget din henvendelse\r\n"
           b"X-Mailer: Zendesk Mailer\r\nAuto-Submitted: auto-generated\r\n"
           b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
           b"Tak for din henvendelse. Vi har modtaget den og oprettet sag #48211.\r\n")
    assert parse_mail(raw).automated is not None


def test_a_first_names_number_in_a_follow_up_completes_that_employee() -> None:
    known = [DataSubject("Bo Lind", "228"), DataSubject("Anja Friis", None)]
    assert numbers_by_first_name(known, "Anja er 0229") == [DataSubject("Anja Friis", "0229")]
    assert numbers_by_first_name(known, "Anja ringede kl 14.30") == []


def test_numbers_kept_for_a_while_beside_the_leavers_are_no_subjects() -> None:
    body = ("Hej\n\nEjeren vil have følgende medarbejdere slettet:\n\nHans Christian Dahl, lok 21\n"
            "Yusuf Demir, lok 25\n\nHovednummeret 32 57 11 90 og lok 20 (ejeren selv) skal blive "
            "til den 30/6.\n\nMvh\nMorten\n")
    assert employees(body) == [("Hans Christian Dahl", "21"), ("Yusuf Demir", "25")]


def test_an_employee_sharing_the_writers_name_is_still_the_subject() -> None:
    body = ("Hej Flexfone\n\nVores kunde har en medarbejder, Sofie Grøn Iversen (ja, samme navn "
            "som mig - tilfældigvis min kusine), lokalnummer 4433, der gør indsigelse mod at "
            "hendes samtaler optages.\n\nVenlig hilsen\nSofie Grøn Iversen\n")
    assert employees(body, "Indsigelse", "Sofie Grøn Iversen <sofie@cloud.dk>") == [
        ("Sofie Grøn Iversen", "4433")
    ]


def test_a_number_taken_back_with_i_think_it_was() -> None:
    body = ("Hello,\n\nI need a copy of my voicemails from my old job at Nordic Bolt ApS, "
            "extension 604... sorry, I think it was 608. My name is Agnieszka Kowalczyk.\n")
    assert employees(body, "Voicemails", "Agnieszka <agn@example.com>") == [
        ("Agnieszka Kowalczyk", "608")
    ]


def test_the_writers_name_before_marriage_is_not_the_subject() -> None:
    raw = plain_mail("Sletning", "Hej Flexfone\n\nJeg var ansat hos Greve Tandklinik og havde "
                     "lokalnummer 118. Jeg hed dengang Camilla Jensen, men er blevet gift siden."
                     "\n\nJeg vil gerne have slettet alle mine oplysninger hos jer.\n\n"
                     "Camilla Vestergaard\n",
                     sender="Camilla Vestergaard <camilla@example.com>")
    assert [(s.full_name, s.extension) for s in parse_mail(raw).data_subjects] == [
        ("Camilla Vestergaard", "118")
    ]


def test_a_question_about_storage_and_sub_processors_is_other() -> None:
    assert classify_kind(
        "GDPR review", "Where are call recordings and voicemails physically stored? Do you "
        "have an updated list of sub-processors?", "",
    ) == "other"


@pytest.mark.parametrize(("body", "kind"), [
    ("Jonas på lokal 2205 vil gerne have sine voicemails og optagede samtaler med, inden han "
     "stopper. Hvordan gør vi det?", "portability"),
    ("En af de ansatte hos Ringsted Tømrer vil gerne have indsigt i hvad I har om ham. Hvordan "
     "gør vi det, og hvad skal I bruge?", "access"),
])
def test_asking_how_to_go_about_a_request_is_still_the_request(body: str, kind: str) -> None:
    assert classify_kind("GDPR", body, "") == kind


def test_an_order_number_beside_the_extension_is_no_second_extension() -> None:
    body = ("Hej,\n\nFølgende skal slettes:\n\n- Jens Peter de Neergaard, lokal 231, ordrenr. "
            "88213 på hans headset\n- Fatima Al-Sayed, lokal 0417\n\nMvh\nPoul\n")
    assert employees(body) == [("Jens Peter de Neergaard", "231"), ("Fatima Al-Sayed", "0417")]
