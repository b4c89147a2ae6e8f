"""Names joined to another by "and"/"og", towns inside and beside names, and other
name forms met in the blind sets of phone, transport and charity mail."""

from __future__ import annotations

import pytest

from tests.reading import subjects


def pairs(body: str, subject: str = "Sletning") -> list[tuple[str | None, str | None]]:
    return [(s.full_name, s.extension) for s in subjects(body, subject=subject)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a town between a given name and a surname is a middle name
        ("Følgende skal slettes:\n\nBo Kjærgaard – 410\nLene Aabenraa Frost – 411\n",
         [("Bo Kjærgaard", "410"), ("Lene Aabenraa Frost", "411")]),
        # a town beside a firm's word, or ending the run, is a place
        ("Kan I slette Peter Hansen (lok 22) hos Kystlys Odense Nord?",
         [("Peter Hansen", "22")]),
        ("Slet venligst Anne Holm, lokal 31, fra Tandlægerne Aarhus.",
         [("Anne Holm", "31")]),
    ],
)
def test_towns_in_and_beside_names(body: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("pls remove lucas mendes (ext 3021) and gabriela santos from the setup",
         [("lucas mendes", "3021"), ("gabriela santos", None)]),
        ("slet venligst mette holm lok 55 og peter lund hos os",
         [("mette holm", "55"), ("peter lund", None)]),
        # what follows "og" must open with a given name and be a name of two words
        ("slet venligst mette holm lok 55 og hendes chef", [("mette holm", "55")]),
        ("slet venligst mette holm lok 55 og lars", [("mette holm", "55")]),
    ],
)
def test_lower_case_name_joined_by_and(body: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(body, "remove users") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # lower-case lists after a request verb, hyphenated given names
        ("slet venligst anne-sofie lund 301 og kasper juul 302 hos bager jensen begge fratrådt",
         [("anne-sofie lund", "301"), ("kasper juul", "302")]),
        ("slet jonas ravn 88 og line ravn 89 hos ravn auto de er stoppet begge to",
         [("jonas ravn", "88"), ("line ravn", "89")]),
        # a given name typed in lower case before a capitalised surname
        ("hej vil i slette peter Mølgaard fra kunden odense rør han er stoppet. har ikke "
         "lokalnr lige nu", [("peter Mølgaard", None)]),
        # a lower-case name with its number after it, not the number before it
        ("hej slet venligst følgende hos kunden tandlæge huset Hanne Grøn lok 20 dorte "
         "vinther lok 21 og tandlæge Ib Bruun lok 22 de er alle stoppet",
         [("Hanne Grøn", "20"), ("dorte vinther", "21"), ("Ib Bruun", "22")]),
        ("lok 55 morten lyng og lok 56 camilla ask skal slettes",
         [("morten lyng", "55"), ("camilla ask", "56")]),
        # a bare number before what the person will do
        ("skal bruge vm og optagede samtaler for Thomas Bech Nielsen 6021 før han slettes",
         [("Thomas Bech Nielsen", "6021")]),
    ],
)
def test_phone_typed_lists(body: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert pairs(body, "slet") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # each "Lokalnr. N:" line is its number's record, the name on it its owner
        ('Der skal rettes to navne:\nLokalnr. 11: står som "Dr. Hviid" - skal være Annette '
         'Hviid Jakobsen\nLokalnr. 14: står som "Stol 4" - skal være Morten Kjærgaard (ny '
         "tandplejer)\n", [("Annette Hviid Jakobsen", "11"), ("Morten Kjærgaard", "14")]),
        # the number inside brackets with a call sign, after a comma
        ("Ole Thygesen (5102, kaldesignal T-12) og Ayşe Yılmaz (5107, T-19) er begge "
         "stoppet. Slet dem venligst.", [("Ole Thygesen", "5102"), ("Ayşe Yılmaz", "5107")]),
        # an age in brackets is no extension
        ("Ole Thygesen (40, sygemeldt) er stoppet. Slet ham venligst, lokal 22.",
         [("Ole Thygesen", "22")]),
        # a place in a numbered unit before the number is no first name
        ("Per Thomas Gregersen, varmemester i afd. 5 Lærkebo, lokal 1150, går på pension.",
         [("Per Thomas Gregersen", "1150")]),
        # a number that has its own owner ends a list of numbers
        ("Så fik jeg svar fra kunden: Farid Noorzai har lokalnummer 612, og 617 er Rami "
         "Al-Khatib.", [("Farid Noorzai", "612"), ("Rami Al-Khatib", "617")]),
        ("Jens Hansen og Mette Holm, lokal 55 og 56 er stoppet.",
         [("Jens Hansen", "55"), ("Mette Holm", "56")]),
        # the last of a list, its number after a comma ending the sentence
        ("Please erase Abdiaziz Mohamed Hassan Farah on extension 6610, Kateryna Ivanivna "
         "Sydorenko who had 6612 and finally Selam Gebreyesus, 6619.\n\nThanks",
         [("Abdiaziz Mohamed Hassan Farah", "6610"), ("Kateryna Ivanivna Sydorenko", "6612"),
          ("Selam Gebreyesus", "6619")]),
    ],
)
def test_numbers_with_their_names(body: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert pairs(body) == expected


@pytest.mark.parametrize(
    ("body", "subject", "expected"),
    [
        # people the customer serves are no employees
        ("Susanne Holt, lok 0412, skal anonymiseres. Klinikchefen nævner at en patient, "
         "Bente Lauridsen (journalnr. 55123), stadig ringer direkte.", "Anonymisering",
         [("Susanne Holt", "0412")]),
        # a job title before the name
        ("Disponent Hanne Skov (nat, lokal 3350) ønsker ikke at hendes samtaler optages.",
         "Stop optagelse", [("Hanne Skov", "3350")]),
        # a name in the genitive before what is his
        ("Vi gør indsigelse mod, at samtalerne på vores vicevært Jan Erik Povlsens telefon "
         "(lokal 88) bliver optaget.", "Indsigelse", [("Jan Erik Povlsen", "88")]),
        # an association named after its members, and a district
        ("Asylvenner Amager beder om at få anonymiseret deres tidligere medarbejder Rahel "
         "Tsegay Gebru (lokalnummer 3318).", "Anonymisering", [("Rahel Tsegay Gebru", "3318")]),
        # a subject line naming what is asked for
        ("The employee Bilal Ahmadzai (ext 902) requests access to his call log.",
         "Access to call log ext 902", [("Bilal Ahmadzai", "902")]),
    ],
)
def test_who_is_no_employee(
    body: str, subject: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert pairs(body, subject) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the new name after "should be shown as", the old one said after it
        ("Our colleague on extension 88 should be shown as Siobhán Ní Bhriain. Right now "
         "the display name shows Siobhan Ni Bhriain without the accents.",
         [("Siobhán Ní Bhriain", "88")]),
        ("Our colleague on extension 88 should be shown as Karen Holm Berg. Thanks.",
         [("Karen Holm Berg", "88")]),
        # the name she had is the old one
        ("Mette er blevet gift. Hun hed Mette Kirstine Olsen, nu skal der stå Mette Kirstine "
         "Dahl på hendes lokal 31.", [("Mette Kirstine Dahl", "31")]),
    ],
)
def test_new_names_and_old(body: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert [(s.full_name, s.extension) for s in subjects(
        body, "rectification", subject="Navneændring")] == expected
