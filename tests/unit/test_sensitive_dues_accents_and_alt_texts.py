"""Sensitive slips of new shapes: union dues, sickness benefit and surgery, an offence
named after a dismissal, a party named after "lokalpolitik", an accent or "the only
Arab" said of a person, passwords after "logge ind" and in brackets, and a CPR number
written only in a screenshot's alt text; with the look-alikes "sick busy" and a key's
fingerprint."""

from __future__ import annotations

import pytest

from parsers.mail import parse_mail
from tests.reading import found


@pytest.mark.parametrize(("text", "expected"), [
    ("Note til jer: Ullas 3F-kontingent er afmeldt i lønsystemet.",
     [("trade_union", "3F-kontingent")]),
    ("Vi har netop afsluttet refusionen af sygedagpenge for ham.", [("health", "sygedagpenge")]),
    ("Hun kommer tilbage efter en pause i forbindelse med en operation.",
     [("health", "i forbindelse med en operation")]),
    ("Kunden har bortvist Kenneth Ravn, lokal 45, efter underslæb.",
     [("criminal", "efter underslæb")]),
    ("Han er stoppet for at gå ind i lokalpolitik for Venstre.",
     [("politics", "ind i lokalpolitik for Venstre")]),
    ("He believes the model penalises his Pakistani accent.", [("ethnicity", "Pakistani accent")]),
    ("The recordings were used against her as the only Arab in the team.",
     [("ethnicity", "the only Arab")]),
    ("Hvis I skal logge ind som ham: mkh@skivetraelast.dk / Sommer2024!",
     [("credential", "Sommer2024!")]),
    ("Gitte har brugt samme kode til PBX-admin som resten af afdelingen (Sommer2024!).",
     [("credential", "Sommer2024!")]),
])
def test_new_shapes_of_sensitive_slips(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "We are sick busy with moves this month, so a short confirmation is fine.",
    "The host is 10.20.4.17 and the fingerprint we expect is SHA256:9f2c4b1e7a03d5c8e6f1a2b3c4",
    "She is the only person in the team who uses the queue.",
    "Koden til mødelokalet (Lokale2) er ændret.",
])
def test_look_alikes_stay_unflagged(text: str) -> None:
    assert found(text) == []


def test_a_cpr_number_only_in_a_screenshot_s_alt_text_is_found_and_removed() -> None:
    raw = (
        "From: Marta Jankowska <marta@reseller.dk>\r\nTo: persondata@flexfone.dk\r\n"
        "Subject: Erasure: Kasper Lund (ext 5520)\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Please erase Kasper Lund - extension 5520. See the screenshot.\r\n"
        "--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        "<p>Please erase Kasper Lund - extension 5520. See the screenshot.</p>"
        '<p><img src="cid:image001.png" alt="Skærmbillede HR-portal: Kasper Lund, CPR '
        '120385-1437, fratrådt 15-01-2025"><img src="cid:logo.png" alt="Logo"></p>\r\n'
        "--b--\r\n"
    ).encode()
    parsed = parse_mail(raw)
    descriptions = [a for a in parsed.attachments if a.filename == "image descriptions.txt"]
    assert [a.text for a in descriptions] == [  # read, and stored without the number
        "Skærmbillede HR-portal: Kasper Lund, CPR [CPR number removed], fratrådt 15-01-2025"]
    assert "cpr" in {span.category for span in parsed.sensitive}


@pytest.mark.parametrize(("text", "expected"), [
    ("Both are HK union representatives at the customer.",
     [("trade_union", "HK union representatives")]),
    ("Kwame Mensah-Boateng – ext. 44415 (the Ghanaian lad in dispatch, left 14 Nov)",
     [("ethnicity", "Ghanaian lad")]),
    ("Yusuf has left to do missionary work for the Lutheran church in Tanzania.",
     [("religion", "missionary work")]),
    ("Ruth Nissen, lok. 71, stopper til jul, hun skal arbejde for Indre Mission i Aarhus.",
     [("religion", "Indre Mission")]),
    ("Vores kunde Baptistkirken i Rønne har en ny medarbejder.", []),  # the customer
    ("Are the call recordings stored encrypted / password protected?", []),
    ("Kunden kan ikke logge ind i PBX-admin med 2-faktor - SMS-koden kommer ikke frem.", []),
])
def test_union_roles_origins_missions_and_sign_in_methods(
    text: str, expected: list[tuple[str, str]],
) -> None:
    assert found(text) == expected
