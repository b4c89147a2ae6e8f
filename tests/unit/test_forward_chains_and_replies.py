"""Employees in chains of forwards, in short replies and in lists sent by accountants,
municipalities, salons and Nordic firms: whose own request a chain passes on, what a
bare number answers, which names are greetings, sign-offs, speakers, places or
countries."""

from __future__ import annotations

import pytest

from tests.reading import pairs

CHAIN = (
    "From: Claus Friis <cf@odense-lager.dk>\nSent: 5. marts 2026 08:20\nSubject: VS: "
    "Optagelse\n\nHej Helle. Se herunder. Han vil ikke være med.\nClaus\n\n"
    "From: Ahmad Al-Khatib <aak@odense-lager.dk>\nSent: 4. marts 2026 15:10\nSubject: "
    "Optagelse\n\nHej Claus\nJeg ønsker ikke at mine telefonsamtaler på lokal 4410 bliver "
    "optaget.\nHilsen Ahmad Al-Khatib\n"
)


def test_a_chain_passes_on_the_innermost_authors_own_request() -> None:
    body = "Medarbejderen hos vores kunde gør indsigelse. Kunden har bedt os videresende."
    assert pairs(body, "VS: VS: Optagelse af mine samtaler", CHAIN, "objection") == [
        ("Ahmad Al-Khatib", "4410")]


def test_a_forwarding_layers_signature_is_no_employee() -> None:
    quoted = (
        "From: Niels Hovmand <nh@hovmand-it.dk>\nSubject: FW: Voicemails\n\nHej Erik – se "
        "nedenfor.\n/Niels\nNiels Hovmand · Hovmand IT · 30 11 62 40\n\n"
        "From: Mikael Strand <ms@nordkap.com>\nSubject: Voicemails\n\nHello Niels,\nI would "
        "like a copy of my voicemails and the calls recorded on my line (extension 2210).\n"
        "Regards,\nMikael Strand\n"
    )
    body = "Forwarding from our Danish partner. The employee wants his voicemails."
    assert pairs(body, "FW: FW: Voicemails", quoted, "portability") == [
        ("Mikael Strand", "2210")]


def test_a_forwarded_first_name_with_a_place_is_one_more_employee() -> None:
    quoted = (
        "From: Poul Erik Vang <pev@emballage.dk>\nSubject: Fratrædelser\n\nKan I få slettet "
        "Birgitte Ahlgren (lok. 140) og Carsten Nørgaard (lok. 141)?\nOg så Ole fra lageret "
        "– ham kan jeg ikke lige finde lokalnummeret på.\n"
    )
    assert pairs("Kunden har tre fratrådte der skal anonymiseres.", "VS: Fratrædelser",
                 quoted) == [("Birgitte Ahlgren", "140"), ("Carsten Nørgaard", "141"),
                             (None, None)]


def test_a_bare_number_answers_the_quoted_question_for_an_extension() -> None:
    quoted = ("> For at kunne rette navnet til Anne-Mette Skovgaard Juhl mangler vi:\n"
              "> lokalnummer?\n")
    assert pairs("4021", "Re: Navnerettelse", quoted, "rectification") == [
        ("Anne-Mette Skovgaard Juhl", "4021")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # who said something is no employee; who "sagde op" resigned
        ("Jens Ove sagde vi bare kunne skrive direkte. Slet Jørgen Lauritsen, lokal 402.",
         [("Jørgen Lauritsen", "402")]),
        # the new head described is the employee, not a contact
        ("Vores nye skoleleder Hanne Lykkegaard Poulsen er oprettet forkert. Navnet bedes "
         "rettet.", [("Hanne Lykkegaard Poulsen", None)]),
        # initials, their number and the name they stand for
        ("The customer came back: MHJ (ext 7124) is Martin Hvid Jessen.",
         [("Martin Hvid Jessen", "7124")]),
        # a bare number before "også"
        ("Samtidig skal Maja Skov Thomsen 611 og Ib Kroman 615 også slettes.",
         [("Maja Skov Thomsen", "611"), ("Ib Kroman", "615")]),
        # a partner named in full with her own number is an employee too
        ("Signe Holt (lok 221) og hendes kone Pernille Holt (lok 222) har solgt salonen.",
         [("Signe Holt", "221"), ("Pernille Holt", "222")]),
        # libraries, countries, greetings and friendly sign-offs are nobody
        ("Herning Bibliotekerne beder om sletning af Karen Margrethe Søndergaard, lokal 2207.",
         [("Karen Margrethe Søndergaard", "2207")]),
        ("Slet Rajan Thevarajah, lokal 238. Han er fra Sri Lanka.",
         [("Rajan Thevarajah", "238")]),
        ("Hey Rógvi\nPlease delete Hjalmar Leo Dalsgarð, ext 120.",
         [("Hjalmar Leo Dalsgarð", "120")]),
        ("Sofie fra salonen er stoppet, kan I fjerne hende?\nKnus Birgitte",
         [(None, None)]),
        # a ticket system's "X commented on", firms, centres and titles
        ("Marcus Holt commented on NTS-4471\nPlease anonymise Oliver Smith – ext 6601.",
         [("Oliver Smith", "6601")]),
        ("Ahmed Yusuf Farah (lokal 5521) er stoppet hos Nordvagt Security. Slet ham.",
         [("Ahmed Yusuf Farah", "5521")]),
        ("Operatør Peter Aagaard (lok 460) vil have sine voicemails.",
         [("Peter Aagaard", "460")]),
        # the firm's "A/S." is no initial before the next sentence's name
        ("Jeg er IT-ansvarlig hos VVS Holm A/S. Thomas Riis (lokal 12) er stoppet.",
         [("Thomas Riis", "12")]),
        # a town before the number is no first name
        ("Anne-Marie Dalsgaard – butik 112 Vejle – lokalnummer 1124 skal slettes.",
         [("Anne-Marie Dalsgaard", "1124")]),
        # the name left without its middle name is the same person
        ("Bo Henrik Dalsgaard, lok 66, er bortvist. Bo Dalsgaard skal slettes i dag.",
         [("Bo Henrik Dalsgaard", "66")]),
        ("Data Processing Agreement: please delete Tom Hale, ext 204.",
         [("Tom Hale", "204")]),
        # a name said not to be deleted, in capitals
        ("Slet venligst Mohamed Abdi Hassan (7130) og Mohamed Ali Warsame (7131) - IKKE "
         "Mohamed Nur (7132), han er her stadig.",
         [("Mohamed Abdi Hassan", "7130"), ("Mohamed Ali Warsame", "7131")]),
        # a number taken back at once
        ("Mette Lund Sørensen, lokalnummer 214 – nej vent, det var 212. 214 er receptionen.",
         [("Mette Lund Sørensen", "212")]),
        # a thing left alone after a dash is not the employee named before it
        ("Følgende skal anonymiseres: Tina Ravnsbæk (lok. 224) og natsygeplejerske Gitte "
         "Abildgaard Holm på lok. 230.\nGitte var medlem af Teams-gruppen – selve gruppen og "
         "fællesnummeret 299 skal I ikke røre.",
         [("Tina Ravnsbæk", "224"), ("Gitte Abildgaard Holm", "230")]),
        ("Sygehus Sønderjylland beder om at få anonymiseret portør Kenneth Lund Madsen "
         "(lokal 7088).", [("Kenneth Lund Madsen", "7088")]),
        # two first names with places: two employees to ask about
        ("Fåborg Køl & Frys har 2 der er stoppet, Kim fra lageret og Lene i bogholderiet. De "
         "skal slettes hos jer.", [(None, None), (None, None)]),
    ],
)
def test_who_is_an_employee(body: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert pairs(body) == expected


@pytest.mark.parametrize(
    ("body", "quoted", "expected"),
    [
        ("Ups, Line har lok 241 – ikke 214 🙈",
         "> Kan I slette Line Bjerregaard, lok 214 hos Salon Mette?\n",
         [("Line Bjerregaard", "241")]),
    ],
)
def test_corrected_numbers(body: str, quoted: str,
                           expected: list[tuple[str | None, str | None]]) -> None:
    assert pairs(body, "SV: Sletning", quoted) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Sara Brink Nielsen, lok. 2031, hedder stadig Sara Nielsen i omstillingen.",
         [("Sara Brink Nielsen", "2031")]),
        ("6107 should be Kristoffer Dam (shows 'Kristofer Dam')",
         [("Kristoffer Dam", "6107")]),
        ("Medarbejderen på lokal 31 hedder nu Louise Kragh Abdi (tidl. Louise Kragh Jensen).",
         [("Louise Kragh Abdi", "31")]),
    ],
)
def test_the_name_a_line_still_shows_is_the_old_one(
    body: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert pairs(body, "Navneændring", kind="rectification") == expected


def test_a_name_that_begins_a_longer_one_with_its_own_number_is_another_person() -> None:
    body = ("Navn                    Lokalnummer   Fratrådt\n"
            "Jacob Lindholm          4001          31-01-2026\n"
            "Jacob Lindholm Madsen   4002          15-02-2026\n")
    assert pairs(body) == [("Jacob Lindholm", "4001"), ("Jacob Lindholm Madsen", "4002")]


def test_one_forgotten_joins_the_quoted_list() -> None:
    quoted = "> Slet venligst Sara Elkjær (lok 4003) og Mathias Due (lok 4004).\n"
    body = "Jeg glemte en! Søs Andersen, lokal 4005, skal også slettes."
    assert pairs(body, "SV: Sletning", quoted) == [
        ("Sara Elkjær", "4003"), ("Mathias Due", "4004"), ("Søs Andersen", "4005")]
