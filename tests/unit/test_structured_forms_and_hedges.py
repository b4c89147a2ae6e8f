"""Employee data pasted as JSON, YAML, XML or key=value (parsers/structured.py), tick-box
forms (parsers/forms.py), name conventions, subject lines the sender disowns and
questions asked before deciding (parsers/kinds.py). Cases written for the rules,
beside the held-out sets that prompted them."""

from __future__ import annotations

import pytest

from parsers.forms import ticked_only
from parsers.kinds import classify_kind
from parsers.mail import parse_mail
from parsers.structured import key_words, plain_structured
from tests.reading import employees, pairs, plain_mail


@pytest.mark.parametrize("pasted", [
    '{\n  "userId": "u-88213",\n  "name": "Marianne Holst Kjær",\n  "extension": "214",\n'
    '  "mobile": "+45 40 18 22 73"\n}',
    '{"name": "Marianne Holst Kjær", "extension": "214", "customerNo": "417733"}',
    'user:\n  display_name: "Marianne Holst Kjær"\n  extension: "214"\n  sip_user: "sk214"',
    "<user><name>Marianne Holst Kjær</name><extensionNumber>214</extensionNumber></user>",
    '2024-10-06T08:14:02Z rec.start ext=214 user="Marianne Holst Kjær" callid=ab12f0c9',
])
def test_pasted_structured_data_gives_the_employee(pasted: str) -> None:
    body = f"Hej\n\nKan I slette denne bruger?\n\n{pasted}\n\nMvh\nBo"
    assert employees(body) == [("Marianne Holst Kjær", "214")]


def test_structured_text_reads_as_label_lines_and_other_text_stays() -> None:
    assert plain_structured('"extension": null,') == "extension: "
    assert key_words("extensionNumber") == "extension Number"
    assert key_words("display_name") == "display name"
    assert plain_structured("2 + 2 = 4, og a=b") == "2 + 2 = 4, og a=b"


def test_only_ticked_options_of_a_form_say_anything() -> None:
    form = "Type of request:\n[ ] Erasure   [ ] Access   [X] Rectification   [ ] Other"
    assert "Erasure" not in ticked_only(form) and "Rectification" in ticked_only(form)
    assert ticked_only("☐ Sletning ☒ Indsigt ☐ Rettelse").split() == ["Indsigt"]
    assert ticked_only("[X] Sletning\n[ ] Indsigt").split() == ["Sletning"]
    assert ticked_only("- [ ] slet lokal 214\n- [ ] fjern navnet") == (
        "- [ ] slet lokal 214\n- [ ] fjern navnet")  # a task list: still to do
    assert ticked_only("Jeg har [x] tjekket det") == "Jeg har [x] tjekket det"


def test_a_form_is_read_by_its_ticked_box() -> None:
    body = ("REQUEST FORM\nType of request:\n[ ] Erasure   [ ] Access   [X] Rectification   "
            "[ ] Portability   [ ] Objection   [ ] Marketing opt-out   [ ] Other\n"
            "Extension: 830\nCorrect name: Jean-Luc Moureau\n")
    assert parse_mail(plain_mail("Request form", body)).kind == "rectification"


@pytest.mark.parametrize(("body", "name"), [
    ("Slet Ahmed bin Khalid al-Mansouri, lokal 6021.", "Ahmed bin Khalid al-Mansouri"),
    ("Slet María José García y López, lokal 0715.", "María José García y López"),
    ("Slet Yusuf al-Hakim, lokal 1402.", "Yusuf al-Hakim"),
])
def test_name_conventions_keep_every_part(body: str, name: str) -> None:
    assert [found for found, _ in pairs(body)] == [name]


def test_a_disowned_subject_line_counts_for_nothing() -> None:
    body = ("Undskyld emnet – jeg svarede bare på jeres nyhedsbrev for at finde adressen.\n\n"
            "Kunden ønsker, at I stopper optagelse af samtaler på lokal 77 (Birgitte Aagaard). "
            "Hun har gjort indsigelse.")
    assert classify_kind("Nyhedsbrev", body, "") == "objection"


@pytest.mark.parametrize("body", [
    "Hvad sker der, hvis vi beder om sletning af en medarbejder? Det er ikke aktuelt endnu.",
    "We are considering asking for erasure of Jens Holm (ext. 214). How long does it take?",
])
def test_a_question_before_deciding_is_no_request(body: str) -> None:
    assert classify_kind("Spørgsmål", body, "") == "other"


def test_a_polite_question_that_asks_is_the_request() -> None:
    assert classify_kind("Erasure", "Would you be able to delete Jens Holm, ext 214?", "") == (
        "erasure")


def html_mail(html: str, plain: str | None = None) -> bytes:
    """A raw mail whose HTML holds `html`, beside a plain text `plain` when given."""
    head = ("From: Ib Sand <ib@reseller.dk>\r\nTo: persondata@flexfone.dk\r\nSubject: Sletning\r\n"
            "MIME-Version: 1.0\r\n")
    html_part = f"Content-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n"
    if plain is None:
        return (head + html_part).encode()
    return (head + 'Content-Type: multipart/alternative; boundary="b"\r\n\r\n--b\r\n'
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n{plain}\r\n--b\r\n{html_part}"
            "--b--\r\n").encode()


@pytest.mark.parametrize("raw", [
    html_mail("<p>Slet Jens Holm, lokal 214.</p><!-- cpr 120379-1457 -->"),
    html_mail('<p>Slet Jens Holm, lokal 214.</p><div style="display:none">cpr 120379-1457</div>'),
    html_mail('<p>Slet <span title="CPR 120379-1457">Jens Holm</span>, lokal 214.</p>'),
    html_mail("<p>Slet Jens Holm, lokal 214. CPR 120379-1457.</p>", "Slet Jens Holm, lokal 214."),
])
def test_sensitive_data_out_of_sight_in_the_html_is_reported_and_never_stored(raw: bytes) -> None:
    parsed = parse_mail(raw)
    assert [finding.category for finding in parsed.sensitive] == ["cpr"]
    stored = " ".join((parsed.subject, parsed.new_text, parsed.signature, parsed.quoted_text))
    assert "120379" not in stored


@pytest.mark.parametrize("fields", [
    "Fornavn: Villads\nEfternavn: Kirk Hedegaard\nLokalnummer: 63",
    "First name: Villads\nLast name: Kirk Hedegaard\nExtension: 63",
    '{"first_name": "Villads", "last_name": "Kirk Hedegaard", "extension": "63"}',
])
def test_a_name_in_a_first_and_a_last_name_field_is_one_full_name(fields: str) -> None:
    assert employees(f"Hej\n\nKan I slette denne bruger?\n\n{fields}\n\nMvh\nBo") == [
        ("Villads Kirk Hedegaard", "63")]


def test_a_first_name_field_alone_stays_as_it_is() -> None:
    assert plain_structured("Fornavn: Villads\nLokalnummer: 63") == (
        "Fornavn: Villads\nLokalnummer: 63")
