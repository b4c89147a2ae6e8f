"""Municipalities, schools, regions and hurried small shops: own cases for the rules
five blind sets (a plain month, public-sector customers, replies in old threads,
small businesses on phones, a plain quarter) prompted."""

from __future__ import annotations

import pytest

from parsers.kinds import classify_kind
from parsers.model import DataSubject
from parsers.subjects import find_data_subjects
from parsers.tables import rows_as_lines
from tests.reading import subjects


@pytest.mark.parametrize(
    "body",
    [
        "Region Midtkyst har bedt os slette Hanne Kirstine Bech, lokal 8840.",
        "Fra Børnehuset Solsikken: slet Hanne Kirstine Bech, lokal 8840.",
        "Bakkehuset Børnehus og Dagtilbudsområde Nord vil have Hanne Kirstine Bech "
        "(lokal 8840) slettet.",
        "Fjordby Kommunes Skoleafdeling beder om sletning af Hanne Kirstine Bech, lokal 8840.",
        "Stevns Bilpleje har haft udskiftning: Hanne Kirstine Bech, lokal 8840, skal slettes.",
    ],
)
def test_public_institutions_and_their_units_are_no_employees(body: str) -> None:
    assert subjects(body) == (DataSubject("Hanne Kirstine Bech", "8840"),)


def test_an_institution_name_between_name_and_number_does_not_split_them() -> None:
    body = ("Fjordby Kommune har modtaget en anmodning om indsigt fra medarbejderen Ahmad "
            "Rahimi Karimi, socialrådgiver i Center for Børn og Familie, lokal 4309.")
    assert subjects(body, "access") == (DataSubject("Ahmad Rahimi Karimi", "4309"),)


def test_on_behalf_of_a_person_names_the_employee() -> None:
    body = "Indsigelse (art. 21) på vegne af Kasper Riis, lærer på Lystrup Skole."
    assert subjects(body, "objection") == (DataSubject("Kasper Riis", None),)


def test_tab_aligned_columns_are_read_as_one_table() -> None:
    text = ("Name\t\t\tExtension\tLast day\n"
            "Oksana Kovalenko\t3104\t\t30 Jan 2026\n"
            "James Whitfield\t\t3117\t\t30 Jan 2026")
    assert rows_as_lines(text).split("\n")[1:] == [
        "Oksana Kovalenko, lokal 3104", "James Whitfield, lokal 3117",
    ]


def test_a_table_of_names_as_they_stand_today_and_as_they_should_be() -> None:
    body = ("Følgende skal rettes:\n\nLokalnummer | Står i dag som | Korrekt navn\n"
            "55021 | Anne-Mette Kjærgård | Anne-Mette Kjærgaard Nielsen\n"
            "55107 | Mohamed Alrashid | Mohammed Al-Rashid\n")
    assert subjects(body, "rectification") == (
        DataSubject("Anne-Mette Kjærgaard Nielsen", "55021"),
        DataSubject("Mohammed Al-Rashid", "55107"),
    )


def test_a_list_of_numbers_each_followed_by_a_name() -> None:
    body = ("Hospitalet er vendt tilbage med navnene:\n"
            "7730 Inger Lise Poulsen\n7731 Hussein Abdi Warsame\n")
    assert subjects(body) == (
        DataSubject("Inger Lise Poulsen", "7730"), DataSubject("Hussein Abdi Warsame", "7731"),
    )


def test_one_postcode_and_town_line_is_no_extension() -> None:
    body = "Slet venligst Jens Hansen.\n\nVi bor her:\nSkovvej 3\n8260 Viby Jensen\n"
    assert all(s.extension != "8260" for s in subjects(body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "hej, kan i slette følgende fra troldehøjen (vuggestuen): anne sofie holm lok 8812,"
            " og bo ravn 8815. begge stoppet 1 april. tak mette",
            (DataSubject("anne sofie holm", "8812"), DataSubject("bo ravn", "8815")),
        ),
        (
            "Slet venligst lok 214 jens hansen tak, han er stoppet hos Salon Krøllen",
            (DataSubject("jens hansen", "214"),),
        ),
        (
            "medarbejderen karsten lund-hansen hos nordvind hotel skal have sine voicemails.",
            (DataSubject("karsten lund-hansen", None),),
        ),
    ],
)
def test_lower_case_names_in_hurried_mail(body: str, expected: tuple) -> None:
    assert subjects(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Hej Olena Shevchenko her, slet mine data (ext 515) until last month tak.",
        "Slet venligst lokal 1205 hurtigst muligt, tak.",
    ],
)
def test_ordinary_lower_case_words_after_a_number_are_no_name(body: str) -> None:
    assert all(s.full_name not in {"until last month", "hurtigst muligt"} for s in subjects(body))


def test_quoted_employees_of_a_settled_request_stay_history() -> None:
    quoted = ("Den 9. dec. 2025 skrev Flexfone Persondata:\n> Vi har oprettet sag om sletning "
              "af Jesper Vang (lokal 309).\n>> Jesper Vang lok 309 Solsikken skal slettes\n")
    found = find_data_subjects(
        "Re: [GDPR-2025-000912] Sletning", "Også Hanne-Mette Brix lok 322 og Ali Haidari, tak",
        quoted, "Rasmus Kjeldsen", "erasure",
    )
    assert found == (DataSubject("Hanne-Mette Brix", "322"), DataSubject("Ali Haidari", None))


def test_a_reply_completing_a_quoted_request_keeps_it() -> None:
    quoted = "Den 9. dec. 2025 skrev Rasmus Kjeldsen:\n> Slet venligst Jesper Vang.\n"
    found = find_data_subjects(
        "Re: Sletning", "Han har lokal 309.", quoted, "Rasmus Kjeldsen", "erasure",
    )
    assert found == (DataSubject("Jesper Vang", "309"),)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a number before each name: the number is the next name's
            "Slet venligst lok 214 Jens Hansen og lok 215 Birgitte Vang hos Nordhavn Logistik.",
            (DataSubject("Jens Hansen", "214"), DataSubject("Birgitte Vang", "215")),
        ),
        (  # ... but each name before its number keeps its own
            "Slet Jens Hansen lok 214 Birgitte Vang lok 215",
            (DataSubject("Jens Hansen", "214"), DataSubject("Birgitte Vang", "215")),
        ),
        (
            "Lemvig Frisør vil have slettet lok 701 Peter Skov og lok 702 – det var en vikar.",
            (DataSubject("Peter Skov", "701"), DataSubject(None, "702")),
        ),
        (
            "- Aisha Rahman (ext 1219)\n- O'Brien, Siobhan — ext. 1222\n",
            (DataSubject("Aisha Rahman", "1219"), DataSubject("Siobhan O'Brien", "1222")),
        ),
        (
            "Kystlys Hoteller ønsker indsigt for Mia Thorsen lok.nr. 5502 (receptionen Skagen).",
            (DataSubject("Mia Thorsen", "5502"),),
        ),
        (
            "Medarb.nr 131 – Rune Ibsen – lokal 36 – ansat 15.01.2022\n"
            "Lokal 35 (Runes gamle nummer fra 2023) er allerede nedlagt, så den skal I ikke røre.",
            (DataSubject("Rune Ibsen", "36"),),
        ),
        (
            "Slet Henriette Bang-Olsen (lok.nr. 39). Claus Lykke (lok. 41) venter vi med.",
            (DataSubject("Henriette Bang-Olsen", "39"),),
        ),
        (
            "hej, kan i slette ole kristensen og birthe aagaard fra tandlægerne i vejle.",
            (DataSubject("ole kristensen", None), DataSubject("birthe aagaard", None)),
        ),
        (
            "ret venligst navnet paa lok 88 (Lemvig Frisoer): han hedder Mads Emil Krog, ikke "
            "Mads Krogh",
            (DataSubject("Mads Emil Krog", "88"),),
        ),
        (
            "Please erase James Whitfield at Harbour Coffee Roasters. I don't have his extension"
            " – Tom Ashby (their IT) is on holiday.",
            (DataSubject("James Whitfield", None),),
        ),
        (
            "Vores kunde Dragør Bådeværft vil have slettet:\nKim Bach – 612\n"
            "Sanne (lokalnummer kender jeg ikke, hun var på kontoret)\n",
            (DataSubject("Kim Bach", "612"), DataSubject(None, None)),
        ),
        (
            "Hi, can you export the voicemails for Nadia at ext. 3307 (Harbour Coffee)?\nThx Sara",
            (DataSubject(None, "3307"),),
        ),
    ],
)
def test_hurried_mail_between_calls(body: str, expected: tuple) -> None:
    kind = "rectification" if "ret venligst" in body else "erasure"
    assert subjects(body, kind, sender="Sara Lindahl") == expected


def test_a_name_given_after_nu_hedder_replaces_the_old_one() -> None:
    body = ("Vores kunde har en medarbejder, Anne-Marie Holm-Sørensen (lok. 5502), som er blevet"
            " gift og nu hedder Anne-Marie Holm-Bech. Vil I rette det?")
    assert subjects(body, "rectification") == (DataSubject("Anne-Marie Holm-Bech", "5502"),)


def test_an_extension_given_as_its_own_clause() -> None:
    quoted = "> Please send Oksana Kovalenko a copy of her data (art. 15)."
    found = find_data_subjects("Re: Subject access request", "Sorry, forgot to include her "
                               "extension – it's 1207.", quoted, "Sara Lund", "access")
    assert found == (DataSubject("Oksana Kovalenko", "1207"),)


def test_an_invoice_question_naming_past_deletions_is_no_request() -> None:
    text = ("MediSupply har spurgt til faktura 2026-04417, hvor der er opkrævet 14 lokalnumre, "
            "men de mener kun at have 12 aktive efter sletningerne i januar.")
    assert classify_kind("Faktura 2026-04417", text, "") == "other"


@pytest.mark.parametrize(
    ("body", "kind", "expected"),
    [
        (
            "Sarah Jensen (ext. 318) got married and has changed her surname. Could you please "
            "update her to Sarah Holloway-Jensen in your systems?",
            "rectification", (DataSubject("Sarah Holloway-Jensen", "318"),),
        ),
        (
            "Clarke, Rebecca (ext 70)\nShe has left the company. Tom Harris (ext 71) stays as is.",
            "erasure", (DataSubject("Rebecca Clarke", "70"),),
        ),
        (
            "Please erase:\n• Fatma Yılmaz – 7702\n• Nguyễn Văn An – 7705\n",
            "erasure", (DataSubject("Fatma Yılmaz", "7702"), DataSubject("Nguyễn Văn An", "7705")),
        ),
        (
            "hej kan i slette mads kjeldsen hos Hørsholm Fysioterapi, han er stoppet.",
            "erasure", (DataSubject("mads kjeldsen", None),),
        ),
        (
            "kunden (Frederikssund Tæpper) beder om indsigt for medarbejderen jens peter madsen "
            "lok 45.",
            "access", (DataSubject("jens peter madsen", "45"),),
        ),
    ],
)
def test_more_everyday_forms(body: str, kind: str, expected: tuple) -> None:
    assert subjects(body, kind) == expected


def test_a_question_about_the_data_processing_agreement_is_no_access_request() -> None:
    text = ("Our customer Union Consult ApS has asked for a copy of the current data processing "
            "agreement between Flexfone and us. Invoice 2026-03114 charges 14 licences, but "
            "they only have 12 users.")
    assert classify_kind("DPA and an invoice question", text, "") == "other"


def test_a_forwarded_name_shown_short_asks_for_rectification() -> None:
    quoted = ('Vores nye kollega står kun som "Anna Kjærgaard" på lokalnr: 0087. Hun vil gerne '
              "have sit fulde navn på, Anna Margrethe Bjerre Kjærgaard.")
    assert classify_kind("VS: Navn på lokalnummer", "Kan I hjælpe med nedenstående?",
                         quoted) == "rectification"


@pytest.mark.parametrize(
    ("body", "quoted", "expected"),
    [
        (  # a first name told by where she sits, with the quoted comparison left out
            "Kunden skriver nedenfor – kan I sende indsigt for Sanne fra bogholderiet? Jeg har "
            "bedt dem om hendes efternavn og lokalnummer.",
            "> Sanne vil gerne have indsigt – samme procedure som da Karsten Ebbesen (lok 230)"
            " fik det i efteråret.",
            (DataSubject(None, None),),
        ),
        (  # in the order written, and "Rasmus'" as the genitive of Rasmus
            "To medarbejdere vil have deres voicemails: Rasmus fra værkstedet og Dorthe Lykke "
            "Bang (lokal 815).\nJeg har ikke Rasmus' efternavn eller lokalnummer endnu.",
            "",
            (DataSubject(None, None), DataSubject("Dorthe Lykke Bang", "815")),
        ),
        (  # "kun" names the one left; the quoted others are done or kept
            "Så mangler vi kun Dorthe Kjær, lok 613 – hun er stoppet nu. Kan I slette hende?",
            "> Dorthe Kjær (613) kan også slettes nu. Anders Wulff (lok 608) skal stadig IKKE "
            "slettes.\n> Vi har fået slettet Gitte Brink og Ole Sand som aftalt.",
            (DataSubject("Dorthe Kjær", "613"),),
        ),
        (
            "Two more access requests from Harbour Analytics, please:\n1. Hannah – ext. 3360\n"
            "2. Ben Lucas (I'll get his extension from the customer)\n",
            "",
            (DataSubject(None, "3360"), DataSubject("Ben Lucas", None)),
        ),
    ],
)
def test_first_names_and_quoted_history(body: str, quoted: str, expected: tuple) -> None:
    assert find_data_subjects("VS: Sag", body, quoted, "Lone Bach", "access") == expected


@pytest.mark.parametrize(
    "body",
    [
        "Se nedenfor. Kan I slette Rikke Holm (lokal 5120)? Torben fra kunden er sat på cc.",
        "Se nedenfor. Vi har ikke lokalnummeret, men det er den eneste Rikke Holm på kontoret.",
    ],
)
def test_a_contact_or_a_place_after_a_first_name_adds_no_one(body: str) -> None:
    assert all(s.full_name for s in subjects(body))


def test_quoted_csv_cells_written_surname_first() -> None:
    text = ('Navn;Lokalnummer;Afdeling;Fratrædelsesdato\n'
            '"Hansen, Jens Erik";2214;Lager;28-02-2026\n'
            '"van der Berg, Anouk";2215;Salg;28-02-2026')
    assert rows_as_lines(text).split("\n")[1:] == [
        "Jens Erik Hansen, lokal 2214", "Anouk van der Berg, lokal 2215",
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "De skal slettes:\n\n41 – Niels Thorup\n?? – Kirsten Lauridsen (kunden kan ikke "
            "huske hendes lokalnummer)\n\nKunden kan kontaktes på +45 75 52 30 00.",
            (DataSubject("Niels Thorup", "41"), DataSubject("Kirsten Lauridsen", None)),
        ),
        (
            "Vi har fået besked fra Bager Madsen i Ribe om, at Bente fra intern 31 er stoppet.",
            (DataSubject(None, "31"),),
        ),
        (
            "Slet Jens Bager, lokal 21.",
            (DataSubject("Jens Bager", "21"),),
        ),
    ],
)
def test_list_items_and_small_firms(body: str, expected: tuple) -> None:
    assert subjects(body) == expected


def test_a_forwarded_employees_own_request_names_her() -> None:
    quoted = ("From: Vu Thi Thu Ha <thuha.vu@holbaek-sushi.dk>\nSent: Friday, February 13, 2026\n"
              "To: support@sjnet.dk\nSubject: Anmodning om indsigt\n\nHej\nJeg er ansat hos Holbæk"
              " Sushi og bruger jeres telefonløsning (lokal 4021). Jeg vil gerne have indsigt i "
              "alle de oplysninger, I har om mig.\nMvh\nVu Thi Thu Ha\n")
    found = find_data_subjects("FW: Anmodning om indsigt", "Hej Flexfone\nSe nedenfor.", quoted,
                               "Sjællands Netværk Support", "access")
    assert found == (DataSubject("Vu Thi Thu Ha", "4021"),)


def test_a_leaver_writing_himself_is_named_by_his_signature() -> None:
    body = ("hej\n\njeg er stoppet hos Skovhus Maskinstation og vil gerne slettes hos jer. jeg "
            "havde lokal 118.")
    found = find_data_subjects("slet mig", body, "", "Kristoffer Damgaard", "erasure",
                               "mvh Kristoffer Damgaard")
    assert found == (DataSubject("Kristoffer Damgaard", "118"),)
