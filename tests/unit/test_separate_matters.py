"""Which words ask for what: separate matters as numbered points (a refund beside an
erasure), the customer's name ("hos Aarhus Reklame") that asks for nothing, names
swapped between extensions, and requests typed on a phone."""

from __future__ import annotations

import pytest

from parsers.kinds import classify_kind, matter_points


def test_matter_points_cut_only_a_list_of_two_or_more() -> None:
    assert matter_points("Hej\n1) slet Jens\n2) refunder kortet\n") == [
        "Hej\n", "1) slet Jens\n", "2) refunder kortet\n"]
    assert matter_points("1) slet Jens, lokal 201\n") == ["1) slet Jens, lokal 201\n"]
    assert matter_points("Vi har 2) telefoner") == ["Vi har 2) telefoner"]


@pytest.mark.parametrize(
    ("subject", "new_text", "expected"),
    [
        # a billing point beside a request: the refund takes nothing from the erasure
        ("Leaver at Whitfield & Co + card refund?",
         "Two things:\n\n1) Chloe Andersen-Whitfield (ext 3060) has left – please "
         "anonymise her.\n2) They paid the March overage by card by mistake – can you "
         "refund it and bill it on their normal invoice instead?\n", "erasure"),
        ("To ting",
         "1. Kan I slette Lars Bech på lokal 41? Han er stoppet.\n"
         "2. Kan I kreditere marts? Vi blev opkrævet for to linjer for meget.\n", "erasure"),
        # the billing matter in one sentence still weighs against erasure
        ("Slettet medarbejder",
         "Lars Bech på lokal 41 er slettet og anonymiseret. Kan I kreditere juni?", "other"),
        # points that each ask for nothing leave the mail without a request
        ("Spørgsmål",
         "1) Hvornår kommer den nye prisliste?\n2) Kan I kreditere marts?\n", "other"),
    ],
)
def test_points_are_separate_matters(subject: str, new_text: str, expected: str) -> None:
    assert classify_kind(subject, new_text, "") == expected


@pytest.mark.parametrize(
    ("subject", "new_text", "expected"),
    [
        # the customer's name asks for nothing ("hos Aarhus Reklame")
        ("Sletning 3 medarbejdere - Aarhus Reklame",
         "hej\nslet følgende hos Aarhus Reklame:\nRune Hald\t501\nSigne Bach\t502\n", "erasure"),
        ("Afmeld nyhedsbrev",
         "Hej, vores kunde hos Nordic Print vil gerne afmeldes jeres nyhedsbrev.",
         "marketing_optout"),
        # names swapped between two extensions are corrected
        ("Swapped names on extensions 5002/5003",
         "At our customer the names on two extensions have been swapped. It should be:\n"
         "5002 - Oliver Grant\n5003 - Amira Haddou\n", "rectification"),
        # phone-typed requests
        ("chauffører holdt op",
         "To af mine chauffører er holdt op:\nHenning Lykkegaard lokal 8812\n"
         "Rasmus Ibsen lokal 8815\nKan I fjerne dem?", "erasure"),
        ("optagelse fra",
         "kunden beder om at optagelse slås fra på lok 1077 Frederik Due han mener ikke "
         "han må optages", "objection"),
        ("call recording off",
         "client wants call recording OFF for ext 7702 Henrik Aas he objected.", "objection"),
        ("data extract William Hart",
         "pls send a data extract for William Hart ext 1288 (calls + voicemail list).",
         "access"),
        ("Urgent removal – ext 6620",
         "Vestkyst Vagt needs Daniel O'Connor (ext 6620) removed today. He was dismissed.",
         "erasure"),
        # bullets are separate matters too: the invoice line takes nothing from the erasure
        ("Fåborg Køl & Frys",
         "- Fåborg Køl & Frys har 2 der er stoppet, Kim fra lageret og Lene i bogholderiet. De "
         "skal slettes hos jer.\n- Faktura for marts er ok\n- Kunden vil gerne have et tilbud\n",
         "erasure"),
        ("Oversigt over data for medarbejder",
         "En af vores medarbejdere, Rikke Sejersen, har bedt om at få en oversigt over de "
         "oplysninger, der ligger om hende i telefonsystemet.", "access"),
        # a policy question ending in a colon asks about each item of its list
        ("Question – retention",
         "Lakeshore Dental asked us how long Flexfone retains:\n\n(a) call recordings;\n"
         "(b) call detail records; and\n(c) voicemails after an extension is deleted.\n",
         "other"),
    ],
)
def test_customer_names_swaps_and_phone_requests(
    subject: str, new_text: str, expected: str
) -> None:
    assert classify_kind(subject, new_text, "") == expected
