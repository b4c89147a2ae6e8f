"""Requests the writer changes, numbers corrected in the same mail, firms named after
people and owners who pass a request on: the rules six blind sets (PD to PI: firms with
person names, changed requests, mail without Danish letters, many handles, letters citing
law, reasons for leaving) brought, each with cases of its own."""

from __future__ import annotations

import pytest

from parsers.automated import detect_automation
from parsers.changed_requests import changed_kind, changes_request
from parsers.corrections import with_self_corrections
from parsers.kinds import classify_kind
from parsers.lookalikes import with_latin_lookalikes
from parsers.mime import decode_mail
from parsers.model import DataSubject
from parsers.sensitive import find_sensitive
from parsers.signatures import signer_of
from parsers.subjects import find_data_subjects
from tests.mailfactory import make_mail


def subjects(body: str, kind: str = "erasure", subject: str = "GDPR",
             sender: str = "Ib Sand") -> tuple[DataSubject, ...]:
    return find_data_subjects(subject, body, "", sender, kind)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "before", "after"), [
    ("Change of plan: the customer no longer wants the data export. Instead they want Mikkel "
     "Juhl erased. Please cancel the access request.", "access", "erasure"),
    ("De bad først om indsigt, men nu vil de have ham slettet i stedet.", "access", "erasure"),
    ("I stedet for sletning vil kunden have indsigt i hans data.", "erasure", "access"),
])
def test_the_request_asked_last_stands_when_the_writer_changes_it(
    text: str, before: str, after: str
) -> None:
    assert changes_request(text)
    assert changed_kind(text, before) == after  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "Slet venligst Ida Lund, lokal 12. Hun har også bedt om indsigt i sine data.",
    "Please erase Tom Berg (ext 12) and give Eva Holm access to her data.",
])
def test_two_requests_without_a_change_keep_the_kind_found(text: str) -> None:
    assert changed_kind(text, "erasure") == "erasure"


@pytest.mark.parametrize(("text", "right", "wrong"), [
    ("Kunden skrev først lokalnr. 3320 på deres skema, men har rettet det til 3302.", "3302",
     "3320"),
    ("Lone Bech står med lokalnummer 4102. Det er forkert – hendes lokalnummer er 4120.",
     "4120", "4102"),
    ("Jette Kristiansen, lokalnummer 181\nRettelse inden I går i gang: lokalnummeret er 118 – "
     "181 er receptionen.", "Kristiansen, lokalnummer 118", "Kristiansen, lokalnummer 181"),
    ("Erasure - ext. 9001 and 9002\nNB: disregard 9002 in the subject line, a typo.", "9001",
     "9002"),
])
def test_a_number_the_writer_corrects_is_read_as_the_right_one(
    text: str, right: str, wrong: str
) -> None:
    corrected = with_self_corrections(text)
    assert right in corrected
    assert wrong not in corrected


def test_a_number_changed_on_purpose_is_no_correction() -> None:
    text = "Jens Holm har fået nyt lokalnummer: det er ændret fra 214 til 215."
    assert with_self_corrections(text) == text


def test_an_unchanged_extension_is_still_the_employees() -> None:
    body = ("Camilla Sørensen er blevet gift. Hun hedder nu Camilla Sørensen Ipsen. "
            "Lokalnummeret er uændret 605.")
    assert subjects(body, "rectification") == (DataSubject("Camilla Sørensen Ipsen", "605"),)


def test_the_number_in_a_clause_about_the_person_is_theirs() -> None:
    body = ("We represent Ms Fatima Al-Sayed, who until recently was employed as a receptionist "
            "at Dr. Hansen Tandklinik (extension 2204). We request a copy of all her data.")
    assert subjects(body, "access") == (DataSubject("Fatima Al-Sayed", "2204"),)


@pytest.mark.parametrize("customer", [
    "Sankt Nikolaj Sogns kirkekontor", "Vesthimmerlands Frikirke", "Aarhus Valgmenighed",
])
def test_a_church_or_parish_is_the_customer_not_an_employee(customer: str) -> None:
    body = f"{customer} har bedt os slette Birthe Kirkegaard, lokal 312."
    assert subjects(body) == (DataSubject("Birthe Kirkegaard", "312"),)


def test_the_owner_who_passes_the_request_on_is_no_employee() -> None:
    body = ("Ole Kristensen, der ejer Tømrerfirmaet Ole Kristensen & Sønner ApS, har bedt os om "
            "hjælp. Hans medarbejder Peter Kristensen (lokal 22) ønsker indsigt.")
    assert subjects(body, "access") == (DataSubject("Peter Kristensen", "22"),)


@pytest.mark.parametrize("text", [
    "If recording cannot be switched off per user, please instead delete all recordings.",
    "So I'm writing here instead of using the form.",
])
def test_a_fallback_or_another_person_instead_is_no_change_of_request(text: str) -> None:
    assert changed_kind(text, "objection") == "objection"


# --- function lines, the sender's own number, names and words of six more blind sets
# (PJ to PO: names from many countries, templates, function lines, self requests,
# status questions, support only in Cc)


@pytest.mark.parametrize(("body", "expected"), [
    ("Begge har passet Lager-linjen (lok. 310). Indsigt for:\n- Jens Mølgaard, lok. 311\n"
     "- Sofie Dahl, lok. 312", ((("Jens Mølgaard", "311"), ("Sofie Dahl", "312")))),
    ("Signe Højgaard, lok 520, gør indsigelse mod at hendes samtaler på Kundeservice-køen "
     "(lok 500) optages.", (("Signe Højgaard", "520"),)),
    ("The meeting room (ext 29) and the Harbour Office line (ext 20) stay. Erase Jonas Holm, "
     "ext 21.", (("Jonas Holm", "21"),)),
    ("Records all calls on their Support queue (ext 2200). One of the agents on the queue, "
     "Priya Raghunathan (ext 2210), objects.", (("Priya Raghunathan", "2210"),)),
])
def test_a_function_line_beside_employees_is_nobodys(
    body: str, expected: tuple[tuple[str, str], ...]
) -> None:
    kind = "objection" if "objects" in body or "indsigelse" in body else "access"
    assert subjects(body, kind) == tuple(DataSubject(n, e) for n, e in expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Oliver Kowalski - temp, covered the Reception line (ext 100) from 5 to 23 January. "
     "Please erase him.", DataSubject("Oliver Kowalski", "100")),
    ("Vikaren Ida-Marie Fogh dækkede Salg-linjen (lok 130) i januar. Hun vil have indsigt.",
     DataSubject("Ida-Marie Fogh", "130")),
    ("Der har siddet en vikar på Lager-linjen, lok. 610. Vi har ikke hans navn. Slet alt om "
     "ham.", DataSubject(None, "610")),
])
def test_a_temp_with_no_number_of_their_own_has_the_line_they_covered(
    body: str, expected: DataSubject
) -> None:
    assert subjects(body, "access" if "indsigt" in body else "erasure") == (expected,)


def test_the_line_of_someone_called_line_is_hers() -> None:
    found = find_data_subjects("SV: Sletning", "Ups, Line har lok 241 – ikke 214",
                               "> Kan I slette Line Bjerregaard, lok 214?", "Ib Sand", "erasure")
    assert found == (DataSubject("Line Bjerregaard", "241"),)


@pytest.mark.parametrize(("body", "sender", "expected"), [
    ("Min kollega Bo og jeg vil have indsigt i hvad I har om os. Bo har lokal 45, og jeg har "
     "lokal 44 – mit fulde navn er Maja Lindgaard Friis.", "Maja Lindgaard Friis",
     (DataSubject(None, "45"), DataSubject("Maja Lindgaard Friis", "44"))),
    ('Mit eget lokalnummer 10 vises med navnet "Jens Back". Det skal være Jens Bach.',
     "Jens Bach", (DataSubject("Jens Bach", "10"),)),
    ("Må jeg få en kopi af mine egne voicemails? Jeg er på lokal 12.", "Camilla Øster Hedelund",
     (DataSubject("Camilla Øster Hedelund", "12"),)),
])
def test_the_writer_asking_for_their_own_data_is_the_subject_on_their_number(
    body: str, sender: str, expected: tuple[DataSubject, ...]
) -> None:
    kind = "rectification" if "skal være" in body else (
        "portability" if "voicemails" in body else "access")
    assert find_data_subjects("Mine data", body, "", sender, kind) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("body", "expected"), [
    ("hej\njørgen fisk på lok 66 er gået på pension, slet ham venligst.",
     [("jørgen fisk", "66")]),
    ("kunden vil have slettet henrik friis hurtigst muligt.", [("henrik friis", None)]),
    ("Kan i slette denne bruger:\nnavn: lise-lotte vang\nlokal: 2\n", [("lise-lotte vang", "2")]),
    ("Slet følgende:\nMehmet Öztürk lok 41\nVi Pham lok 47\n",
     [("Mehmet Öztürk", "41"), ("Vi Pham", "47")]),
    ("Please erase:\n1) Siti Nurhaliza binti Ahmad – ext. 3001\n",
     [("Siti Nurhaliza binti Ahmad", "3001")]),
    ("Ny Tran er stoppet hos Randers Tandklinik. Slet hende venligst.", [("Ny Tran", None)]),
    ("Vil I slette hendes oplysninger - Lene Krog, lok 5?", [("Lene Krog", "5")]),
])
def test_names_in_lower_case_fields_and_from_far_away(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert subjects(body) == tuple(DataSubject(*pair) for pair in expected)


def test_a_possessive_is_no_lower_case_given_name() -> None:
    body = "Slet Carlos dos Santos - lokal 5.\nFor Carlos skal I også slette hans stemmeprofil."
    assert subjects(body) == (DataSubject("Carlos dos Santos", "5"),)


@pytest.mark.parametrize(("text", "category"), [
    ("Han har fået job som forkynder hos Jehovas Vidner, så han kommer ikke tilbage.", "religion"),
    ("He forgot to change the default code, so his voicemail PIN is still 4471.", "credential"),
    ("He set his voicemail PIN on the Reception line. The receptionist tells me it was 4471.",
     "credential"),
    ("For Carlos skal I også slette hans stemmeprofil.", "biometric"),
    ("He left the assignment early because of a back injury.", "health"),
])
def test_sensitive_data_said_in_these_ways_is_found(text: str, category: str) -> None:
    assert category in {span.category for span in find_sensitive(text)}


def test_a_customer_that_is_a_faith_community_is_no_ones_religion() -> None:
    assert find_sensitive("Slet Bo Holm fra vores kunde Indre Mission Aarhus, lok 12.") == ()


@pytest.mark.parametrize(("subject", "body", "kind"), [
    ("Nummervisning", 'Rasmus "Ras" Holt (lok 15) protesterer mod at hans navn vises i '
     "nummervisningen.", "objection"),
    ("Copy of my recorded calls", "I used to work at Aarhus Bike Rental. I would like a copy "
     "of all my recorded calls.", "portability"),
    ("Mine data", "Jeg vil gerne se hvad der er registreret om mig hos jer.", "access"),
    ("Art. 21", "Pursuant to Article 21(2) GDPR we object to the processing of our contact "
     "data for direct marketing purposes. Please remove us from the newsletter.",
     "marketing_optout"),
    ("Spørgsmål", "Et generelt spørgsmål: Hvad gemmer I om brugerne, og hvor længe? "
     "Optagelser, voicemails? Vi har ikke en konkret medarbejder.", "other"),
])
def test_requests_put_these_ways_are_read_as_their_kind(subject: str, body: str, kind: str) -> None:
    assert classify_kind(subject, body, "") == kind


def test_a_norwegian_holiday_reply_without_headers_is_automated() -> None:
    raw = make_mail(sender="Ingrid Solberg <ingrid@fjordnet.dk>", subject="Fravær",
                    body="Hei,\n\nJeg er på påskeferie og tilbake tirsdag 7. april. Henvendelser "
                         "kan sendes til jonas@fjordnet.dk.\n\nMed vennlig hilsen\nIngrid")
    assert detect_automation(decode_mail(raw)) is not None


def test_the_person_said_instead_of_a_negated_one_keeps_the_number_after_the_dash() -> None:
    body = ("Det er ikke Louise Bang – det er hendes kollega på lokalnummer 57, Maja Lind, der "
            "har skiftet navn til Maja Lind Eskildsen. Louise skal ikke ændres.")
    assert subjects(body, "rectification") == (DataSubject("Maja Lind Eskildsen", "57"),)


def test_a_relative_who_stays_leaves_an_employee_with_his_first_name_asked() -> None:
    body = ("det er ikke Kim Thrane men Kim Thranholm, stadig lokalnr. 230. Kim Thrane er hans "
            "far og er stadig ansat.\n\nListen er altså:\n- Lars Bødker Nielsen, 214\n"
            "- Kim Thranholm, 230\n")
    assert subjects(body) == (DataSubject("Kim Thranholm", "230"),
                              DataSubject("Lars Bødker Nielsen", "214"))


# --- six more blind sets (PP to PU: particular calls, quick split mails, names that are
# words, attachments, misleading numbers, signed and portal mail)


def test_an_id_column_of_a_pasted_call_list_holds_no_cpr_numbers() -> None:
    table = ("Opkalds-ID    Start             Varighed  A-nummer\n"
             "240126-1432   24.01.2026 14:32  00:05:18  3310\n")
    assert find_sensitive(table) == ()
    assert [s.category for s in find_sensitive(
        "Navn          CPR            Lokal\nJens Hansen   240126-1432    214\n"
    )] == ["cpr"]


@pytest.mark.parametrize(("text", "company", "signer"), [
    ("Se vedhæftede.\n\nMette Bøgh\nBøgh & Lund Kommunikation ApS\n86 40 22 22", "", "Mette Bøgh"),
    ("Anmodning om indsigt for Dorthe Bjerg, lokalnummer 612.\nOla Lund\nKattegat Kommunikation "
     "ApS\nDenne besked er sendt fra vores sagssystem.", "Kattegat Kommunikation", "Ola Lund"),
    ("Hej! Please anonymise:\n\nMARIA KOWALSKA\nCustomer: Sundby Bilpleje ApS", "", None),
])
def test_a_signature_without_a_sign_off_names_its_writer(
    text: str, company: str, signer: str | None
) -> None:

    assert signer_of(text, company) == signer


@pytest.mark.parametrize(("body", "expected"), [
    ("Kunden Bo Lund (lok 30) gør indsigelse mod at hans opkald bliver optaget.",
     (("Bo Lund", "30"),)),
    ("Slet Anne-Sofie la Cour, lokalnr. 31 og Piotr Wiśniewski, lokalnr. 36. Lokal 30 og 33 "
     "beholdes.", (("Anne-Sofie la Cour", "31"), ("Piotr Wiśniewski", "36"))),
    ("Og en ny: Lotte Ravn-Holm, 3321 – også sletning", (("Lotte Ravn-Holm", "3321"),)),
    ('Mads "Store Mads" Kirk på lokal 61 vil have sine voicemails udleveret.',
     (('Mads "Store Mads" Kirk', "61"),)),
    ("Yusuf Demir, lokal 450, hos Fyns Vognmandsforretning (medlem af Danske Vognmænds "
     "brancheforening) er fratrådt.", (("Yusuf Demir", "450"),)),
    ("We act for Thomas Kragh (extension 451). South Jutland Police has asked for his calls.",
     (("Thomas Kragh", "451"),)),
    ("Please correct the display name on extension 7781: it shows 'Jon Eriksen' but should be "
     "'Jón Eiríksson'.", (("Jón Eiríksson", "7781"),)),
])
def test_employees_beside_customers_authorities_and_kept_lines(
    body: str, expected: tuple[tuple[str, str], ...]
) -> None:
    kind = ("objection" if "indsigelse" in body else "portability" if "voicemails" in body
            else "rectification" if "correct" in body else "erasure")
    assert subjects(body, kind) == tuple(DataSubject(n, e) for n, e in expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Mads har glemt sin PIN, så hvis I skal bruge den, er den 4471 ifølge ham selv.",
     ["credential"]),
    ("She talked about her same-sex partner.", ["sexuality"]),
    ("Hun har været syg af at vente på det i 40 år, siger hun :)", []),
    ("Our client was dismissed after a police investigation for fraud.", ["criminal"]),
])
def test_more_ways_sensitive_data_is_said_or_only_seems_to_be(
    text: str, expected: list[str]
) -> None:
    assert [span.category for span in find_sensitive(text)] == expected


@pytest.mark.parametrize(("subject", "body", "kind"), [
    ("Voicemail låst", "Rikke Lau (lok 0455) er låst ude af sin voicemail. Kan I nulstille?",
     "other"),
    ("Optagelse", "Hvordan slår vi automatisk optagelse fra på en hel kø (kø 900)?", "other"),
])
def test_support_questions_about_voicemail_and_recording_are_no_requests(
    subject: str, body: str, kind: str
) -> None:
    assert classify_kind(subject, body, "") == kind


# --- six more blind sets (PV to QA: holidays, the provider's staff, several customers,
# corrected names, formal letters, people who left long ago)


@pytest.mark.parametrize(("body", "kind"), [
    ("Kan I først se, om der overhovedet stadig findes noget om hende (opkaldshistorik, "
     "voicemails, optagelser)? Hvis der gør, vil vi gerne bede om at det bliver slettet.",
     "erasure"),
    ("Inden vi beder om sletning: kan I bekræfte om der overhovedet stadig findes data om "
     "Jørgen Kaas, lok. 9? Hvis der intet er, lukker vi sagen.", "access"),
    ("A former member of staff, Ingrid Thorsen, has asked whether you still hold any call "
     "recordings of her. She wants to see them before she decides anything else.", "access"),
    ("How long do you keep call recordings and voicemails after an employee has left? A "
     "customer wants to know before deciding whether to ask for erasure.", "other"),
    ("Aarhus Reklame lukker deres kontor. Følgende skal anonymiseres:\nOle Kristensen, 401\n",
     "erasure"),
    ("Could you explain the line \"Call recording storage 50 GB\" on invoice 884213?", "other"),
])
def test_checks_before_a_request_and_questions_about_keeping_data(body: str, kind: str) -> None:
    assert classify_kind("GDPR", body, "") == kind


@pytest.mark.parametrize(("body", "kind", "expected"), [
    ("Lokal 214 står stadig registreret på Lene Thomsen, men bruges nu af Jonas Friis. Ret "
     "venligst navnet på lokal 214 til Jonas Friis.", "rectification", [("Jonas Friis", "214")]),
    ("Slet venligst Henrik Lund Sørensen (ikke Henrik Sørensen Lund - han bruger Lund som "
     "mellemnavn), lokalnummer 88.", "erasure", [("Henrik Lund Sørensen", "88")]),
    ("Hun hedder nu Emma Lykke Dahl - tidligere Emma Lykke Berg, så hun står muligvis under det "
     "navn.", "erasure", [("Emma Lykke Dahl", None)]),
    ("Send what you hold about Oliver Grant-Whitfield (he may appear as Oliver Whitfield in older "
     "records).", "access", [("Oliver Grant-Whitfield", None)]),
    ('Hej, kan I slette peter "pede" kragelund lok 609 og lise-lotte dahl lok 610. Tak',
     "erasure", [('peter "pede" kragelund', "609"), ("lise-lotte dahl", "610")]),
    ("Kattegat Telecom called (Lars Winther). A customer would like a copy of all voicemails "
     "left on extension 880.", "portability", [(None, "880")]),
])
def test_names_written_twice_renamed_lines_and_callers(
    body: str, kind: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert subjects(body, kind) == tuple(DataSubject(*pair) for pair in expected)


def test_a_pin_with_the_definite_ending_is_a_credential() -> None:
    text = "Nikolaj gav mig også voicemail-PIN'en 4471 så vi kan komme ind på boksen."
    assert [span.category for span in find_sensitive(text)] == ["credential"]


@pytest.mark.parametrize("subject", [
    "RE: Encrypted: Erasure request - former employees at Holst Revision",
    "Sletning Odense Glas",
    "Please Read The Service",
])
def test_a_subject_line_of_capitalised_request_words_is_read_without_error(subject: str) -> None:
    assert classify_kind(subject, "Please anonymise Oliver Kragh Sørensen, ext. 3310.", "") == (
        "erasure"
    )


# --- six more blind sets (QB to QG: newsletters, damaged text, call recording, opt-outs,
# rectification, handover versus porting)


@pytest.mark.parametrize(("subject", "body", "quoted", "kind"), [
    ("SV: Flexfone Nyt · marts 2026", "Svar på nyhedsbrev: kan I slette Lærke Dahl hos vores "
     "kunde Bager Hansen? Hun er stoppet.", "> Flexfone Nyt\n> Voicemail-til-mail i appen\n"
     "> Du modtager denne mail, fordi du er forhandler. Afmeld nyhedsbrevet: flexfone.dk/afmeld",
     "erasure"),
    ("SV: Flexfone Nyt", "Tak for nyhedsbrevet. Vil I flytte numrene til Telia (nummerportering)?",
     "> Du modtager denne mail, fordi du er forhandler. Afmeld nyhedsbrevet her.", "other"),
    ("SV: Flexfone Nyt", "Fjern mig fra jeres mailliste, tak.", "", "marketing_optout"),
    ("Voicemail", "Voicemails for Jens Møller (lokal 22) går til en forkert mailadresse. Kan I "
     "rette den i voicemail-til-mail opsætningen?", "", "rectification"),
    ("Fratrådt", "Kim Laursen (lok. 2207) er fratrådt og skal anonymiseres. Hans voicemails skal "
     "IKKE udleveres til nogen, de skal bare slettes.", "", "erasure"),
    ("Recording", "A customer asks what the legal basis is for recording their employees' calls. "
     "Do they need consent from each employee?", "", "other"),
])
def test_replies_to_newsletters_and_words_of_handover_refused(
    subject: str, body: str, quoted: str, kind: str
) -> None:
    assert classify_kind(subject, body, quoted) == kind


@pytest.mark.parametrize(("body", "expected"), [
    ("Camilla Holm Frеderiksen (lok 318) har skiftet navn.", [("Camilla Holm Frederiksen", "318")]),
    ("1. Anne Lund (lokal 31)\n2. Hans Christian de\nNeergaard – lokal 32\n",
     [("Anne Lund", "31"), ("Hans Christian de Neergaard", "32")]),
    ("Ext | Name                  | Shown now | Correct\n"
     "38  | Freja Lindqvist       | Sales     | Customer Service\n",
     [("Freja Lindqvist", "38")]),
    ("1. Access: Jakob Lund, ext. 330, wants a copy.\n2. Please correct the name on ext. 332 to "
     "Nikolaj Bækgaard (currently spelled Nicolaj Bækgård).",
     [("Jakob Lund", "330"), ("Nikolaj Bækgaard", "332")]),
])
def test_look_alike_letters_wrapped_names_and_names_set_on_lines(
    body: str, expected: list[tuple[str, str]]
) -> None:
    kind = "rectification" if "Shown now" in body or "skiftet" in body else "access"
    found = subjects(with_latin_lookalikes(body), kind)
    assert found == tuple(DataSubject(*pair) for pair in expected)


def test_an_ean_number_is_no_payment_card() -> None:
    assert find_sensitive("EAN-nummeret 5790001234567 er korrekt.") == ()


def test_a_card_number_on_the_next_quoted_line_is_a_card() -> None:
    text = "> She paid once with her private card\n> 4571 9921 0034 5567 and asks."
    assert [span.category for span in find_sensitive(text)] == ["payment_card"]


# --- six more blind sets (QH to QM: bottom-posting, structure, identifiers, subtle
# sensitive data, secrets and payment data, system mail)


@pytest.mark.parametrize(("body", "kind", "expected"), [
    ("Vi skal have slettet medarbejderen på lokalnummer 5310 og den på 5311 hos Struer Energi.",
     "erasure", [(None, "5310"), (None, "5311")]),
    ("On behalf of our customer we would like a copy of all personal data about their employee "
     "Siobhan\n>> Ní Bhriain, extension 3305.", "access", [("Siobhan Ní Bhriain", "3305")]),
    ("Til Flexfone\nKlient: Morten Skov Aagaard\nLokalnummer: 66\n", "access",
     [("Morten Skov Aagaard", "66")]),
    ("kan i slette gitte lund-pedersen. hendes bruger hedder lok214 men lokalnummeret kender "
     "jeg ikke.", "erasure", [("gitte lund-pedersen", None)]),
    ("Please export the voicemails of Sophie Lindqvist, extension 3345. Charge the fee to the "
     "card, exp. 09/28, CVC 331, cardholder Per Olsen.", "portability",
     [("Sophie Lindqvist", "3345")]),
    ("Please correct the spelling:\nWrong: Zoe Fairweather\nCorrect: Zoë Fairweather-Lund, "
     "ext. 2045\n", "rectification", [("Zoë Fairweather-Lund", "2045")]),
])
def test_more_numbers_and_names_told_apart(
    body: str, kind: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert subjects(body, kind) == tuple(DataSubject(*pair) for pair in expected)


def test_a_german_holiday_reply_that_thanks_first_is_automated() -> None:
    raw = make_mail(sender="Jonas Friis <jf@kattegattele.dk>",
                    subject="AW: Kvittering – din henvendelse er modtaget",
                    body="Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich "
                         "27.02.2026 nicht im Büro.\n\nMit freundlichen Grüßen\nJonas")
    assert detect_automation(decode_mail(raw)) is not None


@pytest.mark.parametrize(("text", "expected"), [
    ("Ibrahim kom ikke tilbage efter Eid, og han er nu formelt afmeldt.", ["religion"]),
    ("Trade Union ApS - a union of trading firms, not a labour union - objects.", []),
])
def test_a_feast_as_a_time_and_a_union_said_not_to_be_one(text: str, expected: list[str]) -> None:
    assert [span.category for span in find_sensitive(text)] == expected


@pytest.mark.parametrize(("subject", "body", "kind"), [
    ("Re: Partner News", "Please remove my address from this list. We don't want any marketing "
     "from you at this address.", "marketing_optout"),
    ("Sletning", "Kan man generelt få slettet opkaldslog ældre end 6 måneder for hele "
     "omstillingen?", "other"),
    ("Invoice", "Invoice 2026-11873 charges 14 extensions, but only 12 are active since we "
     "deleted two in January. Could you credit the difference?", "other"),
    ("Data request", "Our employee Kim Hansen, extension 22, wants a copy of his call logs. "
     "Order no. on our last invoice: 6612-3390.", "access"),
])
def test_opt_outs_general_questions_and_billing_in_these_words(
    subject: str, body: str, kind: str
) -> None:
    assert classify_kind(subject, body, "") == kind


# --- six more blind sets (QN to QS: one matter over days, trades, loops, subject and
# body split, several numbers per person, telecom system mail)


@pytest.mark.parametrize(("subject", "body", "expected"), [
    ("SV: Sletning af 3 medarbejdere – Hans Christian Møller, Lise-Lotte Dahl og Mads Ulrik "
     "von Holstein", "Som aftalt. Lokalnumre i samme rækkefølge som i emnefeltet: 4410, 4411 og "
     "4420.", [("Hans Christian Møller", "4410"), ("Lise-Lotte Dahl", "4411"),
               ("Mads Ulrik von Holstein", "4420")]),
    ("Sletning: Bo Kim Jensen, Fatima Hussein", "Lokalnumre: Bo 101, Fatima 102.",
     [("Bo Kim Jensen", "101"), ("Fatima Hussein", "102")]),
    ("RE: Export of voicemails for Sofia Martínez García", "Hello,\n\nThe extension is 731.",
     [("Sofia Martínez García", "731")]),
    ("Fwd: Leavers – Anna-Karin Lindqvist & Tomasz Wiśniewski",
     "Extensions: Anna-Karin 260, Tomasz 261. Please anonymise both.",
     [("Anna-Karin Lindqvist", "260"), ("Tomasz Wiśniewski", "261")]),
    ("sletning af jesper nørgaard", "hej\n\nlokalnummer 27 skal slettes.",
     [("jesper nørgaard", "27")]),
])
def test_names_in_the_subject_line_take_the_numbers_of_the_body(
    subject: str, body: str, expected: list[tuple[str, str]]
) -> None:
    kind = "portability" if "voicemails" in subject else "erasure"
    assert subjects(body, kind, subject=subject) == tuple(DataSubject(*p) for p in expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Slet Jens Peter la Cour på begge hans numre:\n- bordtelefon: lokal 214\n- softphone: lokal "
     "2214", [("Jens Peter la Cour", "214"), ("Jens Peter la Cour", "2214")]),
    ("Kan I sende indsigt for Søren Ørnebjerg lok. 18 – han har også 19 på softphonen.",
     [("Søren Ørnebjerg", "18"), ("Søren Ørnebjerg", "19")]),
    ("Anne-Sofie Vestergaard Holm har bedt om indsigt:\n  150 (bordtelefon)\n  151 "
     "(softphone)\n  159 (fax)\nHendes mobil 61 22 33 44 er privat.",
     [("Anne-Sofie Vestergaard Holm", "150"), ("Anne-Sofie Vestergaard Holm", "151"),
      ("Anne-Sofie Vestergaard Holm", "159")]),
    ("Kristian Mølgaard skal have indsigt. Han har lokal 4410 på bordtelefonen og 4411 i appen.",
     [("Kristian Mølgaard", "4410"), ("Kristian Mølgaard", "4411")]),
])
def test_one_persons_several_numbers_are_each_hers(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert subjects(body, "access") == tuple(DataSubject(*pair) for pair in expected)


@pytest.mark.parametrize(("body", "kind"), [
    ("I fik en indsigelse fra os vedr. Lars Bjerregaard (lok 55). Kunden ønsker ham nu slettet.",
     "erasure"),
    ("Signe Frost, lokalnummer 71, har gennemgået indsigten og ønsker nu at alle hendes "
     "optagelser og voicemails slettes.", "erasure"),
])
def test_a_new_request_that_names_the_earlier_one_is_read_as_the_new_kind(
    body: str, kind: str
) -> None:
    assert classify_kind("Sletning", body, "") == kind


@pytest.mark.parametrize(("text", "expected"), [
    ("  Din midlertidige adgangskode er: Tr4p!9xQ\n", ["credential"]),
    ("Aktivér optagelse nu og få 3 måneder gratis. Brug koden REC3FREE i portalen.", []),
    ("Murerfirmaet har bortvist en medarbejder efter tyveri fra byggepladsen.", ["criminal"]),
])
def test_secrets_after_er_colon_offer_codes_and_dismissals(text: str, expected: list[str]) -> None:
    assert [span.category for span in find_sensitive(text)] == expected
