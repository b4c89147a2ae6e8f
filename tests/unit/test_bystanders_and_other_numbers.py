"""People named beside the employees a request is about, and numbers of other kinds said
the way a corrected extension is: a team lead who is aware, a new contact person, an
owner who took over, a manager who keeps a number, a customer number that "should be";
and what is no bystander's word: "er uændret" in a follow-up, a family told of it.
Cases written beside the held-out sets, each read as a support agent reads it."""

from __future__ import annotations

import pytest

from parsers.kinds import classify_kind
from parsers.mail import parse_mail
from tests.reading import employees, pairs, plain_mail

BYSTANDERS = [
    ("Hi,\n\nOur customer has received a request from one of their employees, Aisha Rahman "
     "(ext. 3107), who wants a copy of all personal data you hold on her.\n\nHer team lead "
     "Mikkel Storm (ext. 3100) is aware and can confirm if needed.\n",
     [("Aisha Rahman", "3107")]),
    ("Hej\n\nFølgende to medarbejdere er stoppet og skal slettes:\n\n- Mette Kjær Hansen, lok. "
     "412\n- Bo Ørsted, lok. 0415\n\nKarin Lund (lok. 410) er ny kontaktperson hos kunden og "
     "skal selvfølgelig ikke røres.\n",
     [("Mette Kjær Hansen", "412"), ("Bo Ørsted", "0415")]),
    ("Hej\n\nAnne-Marie Holm (lok 20) har overtaget firmaet efter sin far Erik Holm. Erik "
     "(lok 21) skal anonymiseres nu hvor han er gået på pension.\n",
     [("Erik Holm", "21")]),
    ("Hej\n\nFølgende skal slettes:\n\nPer Munk - lok 4101\nLise-Lotte Krogh - lok 4102\n\n"
     "Afdelingsleder Gitte Sand (lok 4100) flytter til Aalborg og beholder sit nummer.\n",
     [("Per Munk", "4101"), ("Lise-Lotte Krogh", "4102")]),
]


@pytest.mark.parametrize(("body", "wanted"), BYSTANDERS)
def test_bystanders_beside_the_subjects_are_left_out(
    body: str, wanted: list[tuple[str, str]]
) -> None:
    assert employees(body, "GDPR") == wanted


def test_a_customer_number_that_should_be_something_is_no_extension() -> None:
    body = ("Dear Flexfone,\n\nOur customer asks for a copy of all voicemails and recorded calls "
            "for their employee Søren Bech-Thomsen (ext. 5520) in a portable format.\n\nThe "
            "customer number at your end should be 100733.\n\nThanks\nPeter\n")
    assert employees(body, "Portability request", "Peter <p@ls.dk>") == [
        ("Søren Bech-Thomsen", "5520")
    ]


def test_a_corrected_extension_is_still_read() -> None:
    assert employees("Hej\n\nJens Holm står som lokal 305 men skal være 350. Slet ham venligst.\n",
                     "Sletning") == [("Jens Holm", "350")]


def test_offers_not_wanted_is_an_opt_out() -> None:
    assert classify_kind(
        "Ingen flere tilbud tak", "Vi ønsker ikke at modtage jeres tilbud pr. SMS og mail længere.",
        "",
    ) == "marketing_optout"


def test_in_a_follow_up_unchanged_keeps_the_person_in_the_request() -> None:
    body = ("Hej igen\n\nKasper Nørgaard Friis havde alligevel lokal 316. Henriette er uændret."
            "\n\n> Følgende skal slettes:\n> Henriette Bøgh, lok. 315\n> Kasper Nørgaard Friis, "
            "lok. 361\n")
    assert employees(body, "SV: Sletning") == [
        ("Henriette Bøgh", "315"), ("Kasper Nørgaard Friis", "316")
    ]


def test_a_family_told_of_the_erasure_is_no_withdrawal() -> None:
    body = ("Hej\n\nFølgende skal slettes:\n\n- Ole Kristian Bjerregaard, lokal 1102 (afgået ved "
            "døden i januar – familien er orienteret om sletningen)\n- Sofie la Cour, lokal 1108\n")
    assert employees(body) == [("Ole Kristian Bjerregaard", "1102"), ("Sofie la Cour", "1108")]


MORE_BYSTANDERS = [
    ("Hej Flexfone\n\nKunden har bedt os om at få slettet en tidligere medarbejder:\n\nMette Kjær "
     "Hansen, lokalnummer 412\n\nSletningen er godkendt af direktør Jens Borup. Lokal 413 hos "
     "Sofie Lund skal IKKE røres - hun overtager Mettes opkald fra 1. marts.\n",
     [("Mette Kjær Hansen", "412")]),
    ("Hej Flexfone\n\nKan I slette Gitte Brandt, lokal 410, hos Brødrene Borup VVS? Jens Borup "
     "har godkendt, og Sofie Lund tager hendes kald indtil videre.\n",
     [("Gitte Brandt", "410")]),
    ("Hej\n\nBo Ægidius, lokal 6, hos Lyngby Kaffebar skal anonymiseres. Bos efterfølger Sara "
     "Mikkelsen får lokal 7, og lokal 6 nedlægges.\n",
     [("Bo Ægidius", "6")]),
]


def test_who_chases_a_request_is_no_subject() -> None:
    body = "Hej\n\nJesper Kold spørger til status på Kamilla Rask (lokal 56).\n"
    assert pairs(body, "Re: Stop optagelse", kind="objection") == [("Kamilla Rask", "56")]


@pytest.mark.parametrize(("body", "wanted"), MORE_BYSTANDERS)
def test_approvers_successors_and_chasers_are_left_out(
    body: str, wanted: list[tuple[str, str]]
) -> None:
    assert employees(body, "GDPR") == wanted


@pytest.mark.parametrize(("body", "wanted"), [
    ("Hej\n\nKan I slette salgschef Kirsten Dahl Bækgaard fra afdeling 30 i Herning? Hun har "
     "sidste arbejdsdag fredag.\n", [("Kirsten Dahl Bækgaard", None)]),
    ("Hej\n\nKunden vil gerne have indsigt for deres IT-ansvarlige, Lars Ulrik Bech. Jeg kender "
     "ikke hans lokalnummer.\n", [("Lars Ulrik Bech", None)]),
    ("Hej\n\nFølgende skal slettes:\n\n1) Lagerchef Mikkel Thorsen, Lager 1, lokalnr 5520\n",
     [("Mikkel Thorsen", "5520")]),
])
def test_a_role_word_the_request_asks_about_names_the_employee(
    body: str, wanted: list[tuple[str, str | None]]
) -> None:
    assert employees(body, "GDPR") == wanted


def test_a_contact_person_by_role_is_still_no_employee() -> None:
    body = ("Hej\n\nSlet venligst Jens Hansen, lokal 21. Vores kontaktperson Lars Bo Nielsen kan "
            "svare på spørgsmål.\n")
    assert employees(body, "Sletning") == [("Jens Hansen", "21")]


def test_a_writers_relative_of_the_same_name_is_the_subject() -> None:
    body = ("Hello,\n\nPlease export all voicemails for ext. 1204 (Emma Louise Brandt) at Vejle "
            "Bogføring as a zip, MP3 preferred. She is my sister-in-law, hence the name, but this "
            "is a normal request from the customer.\n\nLouise Brandt\n")
    assert employees(body, "Voicemail export", "Louise Brandt <lb@tk.dk>") == [
        ("Emma Louise Brandt", "1204")
    ]


def test_an_employee_asking_for_the_calls_recorded_on_her_line() -> None:
    raw = plain_mail("Kopi af mine samtaler", "Hej\n\nJeg arbejder hos Bageriet Hansen & Søn og "
                     "har lokalnummer 12. Jeg vil gerne have en kopi af de samtaler, der er "
                     "optaget på min linje det sidste halve år.\n\nDorthe Vinther\n",
                     sender="Dorthe Vinther <dorthe@example.com>")
    parsed = parse_mail(raw)
    assert parsed.kind == "portability"
    assert [(s.full_name, s.extension) for s in parsed.data_subjects] == [("Dorthe Vinther", "12")]


def test_whether_recording_can_be_time_controlled_is_a_question() -> None:
    assert classify_kind(
        "Spørgsmål om optagelse", "En medarbejder har spurgt om man kan slå optagelse fra på "
        "hans lokalnummer om fredagen. Kan man sætte tidsstyring på optagelse pr. lokalnummer, "
        "eller er det alt eller intet?", "",
    ) == "other"


def test_a_reminder_that_mentions_being_away_is_a_persons_mail() -> None:
    raw = plain_mail("RE: Subject access requests - Baltic Marine Supply",
                     "Hello again,\n\nJust checking that you received the access request for "
                     "Tomasz Nowak, Aisha Bint Rahman and Henrik de la Cour below. I'm out of "
                     "office from noon, so please reply to support@oestkyst-telecom.dk.\n\n"
                     "Kind regards,\nSarah Wolff\n",
                     sender="Sarah Wolff <sarah.wolff@oestkyst-telecom.dk>")
    parsed = parse_mail(raw)
    assert parsed.automated is None and parsed.kind == "access"


def test_an_away_notice_with_limited_access_stays_automated() -> None:
    raw = plain_mail("RE: Sletning", "Thank you for your email. I am out of the office until "
                     "Monday 3 August with limited access to email.\n\nFor urgent matters please "
                     "contact support@educonnect.dk.\n", sender="Lena Holm <lh@educonnect.dk>")
    assert parse_mail(raw).automated is not None
