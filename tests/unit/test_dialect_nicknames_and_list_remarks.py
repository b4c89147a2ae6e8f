"""Small-town Danish with extensions said in parts ("lok 2 14", "lok. 2.14") and "ikk",
nicknames written inside a name, web forms that ask to stop newsletters, and lists
whose rows carry their own remarks ("(IKKE denne)", "| 7734 (on parental leave)")."""

from __future__ import annotations

import pytest

from parsers.mail import parse_mail
from tests.reading import pairs, plain_mail


@pytest.mark.parametrize(("body", "expected"), [
    ("Slet Jens Peter Kristensen lok. 2.14 tak", [("Jens Peter Kristensen", "214")]),
    ("slet Søren Krogh Nielsen lokal 1 02, han er stoppet", [("Søren Krogh Nielsen", "102")]),
    ("- Hanne Lisbeth Mortensen lok 3 1\n- Mikkel Ahmadi lok 3 3",
     [("Hanne Lisbeth Mortensen", "31"), ("Mikkel Ahmadi", "33")]),
    ("Ida Holm lokal 12.03.2025 slettes", [("Ida Holm", None)]),  # a date, not a number
])
def test_an_extension_said_in_parts(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert pairs(body) == expected


def test_spoken_not_corrects_a_number() -> None:
    quoted = ('På lok 45 hos Otterup Auto står navnet som "Kasper Fiskr". Det skal være Kasper '
              "Fisker Dalgaard. Kan i rette det?")
    body = "Undskyld, det var lok 46 og ikk 45. Navnet er rigtigt nok."
    assert pairs(body, "Re: rettelse navn lok 45", quoted, kind="rectification",
                 sender="Preben Holst") == [("Kasper Fisker Dalgaard", "46")]


@pytest.mark.parametrize(("body", "expected"), [
    ('Følgende skal slettes:\n- Hanne Lisbeth Mortensen lok 31\n- Bo "Dækkongen" Riis lok 32',
     [("Hanne Lisbeth Mortensen", "31"), ('Bo "Dækkongen" Riis', "32")]),
    ("Please delete Henrik “Hønse-Henrik” Ravnkilde, ext 19.",
     [("Henrik “Hønse-Henrik” Ravnkilde", "19")]),
    ('Slet venligst Jens Hansen lok 12. Han kaldte sig "Kongen" Hansen.', [("Jens Hansen", "12")]),
])
def test_a_nickname_inside_a_name_stays_as_written(
    body: str, expected: list[tuple[str, str]],
) -> None:
    assert pairs(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Lemvig Beslag lukker afdelingen i Bøvling, så de 4 på listen skal slettes.", []),
    ("Pia Kjeldsen Thomsen hos Hanstholm Fiskeeksport vil have sine voicemails.",
     [("Pia Kjeldsen Thomsen", None)]),
])
def test_a_town_and_a_trade_make_a_firm(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert [p for p in pairs(body, kind="portability") if p != (None, None)] == expected


def test_a_web_form_asking_to_stop_newsletters_is_a_person_s() -> None:
    raw = plain_mail(
        "Formular: Afmeld nyhedsbrev",
        "Firma: Hovedstadens IT-Service ApS\nCVR: 34 56 78 90\nNavn: Kontakt\n"
        "E-mail: kontakt@hits.dk\nAnmodning: Afmeld nyhedsbrev\nBesked: Vi ønsker ikke "
        "længere at modtage nyhedsbreve og tilbud fra Flexfone på kontakt@hits.dk.\n",
        sender="Hovedstadens IT-Service <noreply@hits.dk>",
    )
    parsed = parse_mail(raw)
    assert parsed.automated is None
    assert parsed.kind == "marketing_optout"


def test_a_newsletter_from_a_no_reply_address_is_still_bulk() -> None:
    raw = plain_mail(
        "Nyt fra os i november",
        "Kære kunde\n\nHer er månedens nyheder om vores produkter og kurser.\n\n"
        "Læs mere på www.example.dk\n\nØnsker du ikke længere at modtage nyhedsbrevet, kan "
        "du afmelde dig her.\n",
        sender="Example <noreply@example.dk>",
    )
    assert parse_mail(raw).automated is not None


@pytest.mark.parametrize(("body", "expected"), [
    ("Lokalnr. 4412 (Michael Lund) skal blive som det er.\nSlet Ida Holm lok 21",
     [("Ida Holm", "21")]),
    ("Følgende skal slettes:\n- 41  Jonas Kronborg-Hald   (stoppet 28/2)\n"
     "- 42  Emilie Fogh           (IKKE denne - hun er flyttet til lok. 45)\n"
     "- 47  Victor Ibsen Lykke    (stoppet 31/3)\n",
     [("Jonas Kronborg-Hald", "41"), ("Victor Ibsen Lykke", "47")]),
    ("Lokalnr;Navn;Afdeling;Bemærkning\n610;Kjærsgaard, Malthe;Salg;\n"
     "611;Bundgaard Lauridsen, Freja;Salg;\n614;Olsen, Tim;Lager;IKKE denne",
     [("Malthe Kjærsgaard", "610"), ("Freja Bundgaard Lauridsen", "611")]),
    ("Kun Trần Văn Minh (lokal 145) skal anonymiseres. Mia Sand og Jesper Kirk bliver "
     "alligevel.", [("Trần Văn Minh", "145")]),
])
def test_a_row_or_name_marked_to_stay(body: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(body, sender="Pia Juhl") == expected


@pytest.mark.parametrize(("body", "kind", "expected"), [
    (' a) ext. 7702: "Anna Korhonen" -> should be "Anna Korhonen-Lund" (new surname)\n'
     ' b) ext. 7715: "J. Mäkinen"   -> should be "Jussi Mäkinen" (full first name)\n',
     "rectification", [("Anna Korhonen-Lund", "7702"), ("Jussi Mäkinen", "7715")]),
    ("export of voicemails for:\n\n  VIRTANEN Mikko   | 7730\n"
     "  LAINE, Eveliina  | 7734  (on parental leave until August)\n", "portability",
     [("VIRTANEN Mikko", "7730"), ("Eveliina LAINE", "7734")]),
    ('Slet venligst "THOMSEN, Kasper Juul" på lok. 250 hos Nordhavn Ejendomme A/S.', "erasure",
     [("Kasper Juul THOMSEN", "250")]),
    ('Kan I rette navnet på lokal 714 til "Bodil Frandsen Krog"? Hun har skiftet efternavn.',
     "rectification", [("Bodil Frandsen Krog", "714")]),
])
def test_list_items_in_unusual_forms(
    body: str, kind: str, expected: list[tuple[str, str]],
) -> None:
    assert pairs(body, kind=kind, sender="Tuula Virtanen") == expected
