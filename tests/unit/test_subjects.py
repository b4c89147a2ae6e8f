"""Data subjects: full names and extensions, told apart from look-alikes."""

import pytest

from parsers.model import DataSubject
from parsers.subjects import analyse, find_data_subjects


def subjects(
    new_text: str, subject: str = "", quoted: str = "", sender: str = "Pia Sand"
) -> list[tuple[str | None, str | None]]:
    found = find_data_subjects(subject, new_text, quoted, sender, "erasure")
    return [(s.full_name, s.extension) for s in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vores medarbejder Jens Peter Holm, som har lokal 214, er stoppet.",
            ("Jens Peter Holm", "214"),
        ),
        ("Medarbejderen Ane Bøg (lokalnummer 4127) vil slettes.", ("Ane Bøg", "4127")),
        ("Navn: Birte Lund Kjær\nLok.nr. 5502", ("Birte Lund Kjær", "5502")),
        ("Tove Friis, lok. 51, vil slettes.", ("Tove Friis", "51")),
        ("Please erase Mark Ellis Jones (ext. 118).", ("Mark Ellis Jones", "118")),
        ("Please erase Mark Hale, extension 0118.", ("Mark Hale", "0118")),
        ("Slet venligst Ib Kragh, intern 31.", ("Ib Kragh", "31")),
        ("Slet venligst Ib Kragh (233).", ("Ib Kragh", "233")),
        ("Slet Anne-Marie Vang-Pedersen på lokal 77.", ("Anne-Marie Vang-Pedersen", "77")),
        ("Slet Ludwig von Beethoven på lokal 88.", ("Ludwig von Beethoven", "88")),
        ("Slet Dirk van der Berg på lokal 89.", ("Dirk van der Berg", "89")),
        ("Hans lokalnummer er 2871, og han hedder Ole Bak.", ("Ole Bak", "2871")),
    ],
)
def test_name_and_extension(text: str, expected: tuple[str, str]) -> None:
    assert subjects(text) == [expected]


def test_look_alike_numbers_are_not_extensions() -> None:
    text = (
        "Slet Karin Holt hos vores kunde Byg ApS (CVR 31415926, kundenr. 100477). "
        "Hun kan kontaktes på mobil +45 22 33 44 55 eller 40 12 34 56. "
        "Ordre nr. 4400123456 fra 01.02.2019 kl. 14.30, beløb 1.250 kr."
    )
    assert subjects(text) == [("Karin Holt", None)]


def test_companies_greetings_and_sender_are_not_subjects() -> None:
    text = (
        "Hej Flexfone\n\nVores kunde Køge Trælast A/S har en medarbejder, Lene Holm, "
        "lokal 310, som er stoppet hos Roskilde Event. Pia Sand kan svare på spørgsmål."
    )
    assert subjects(text, subject="Sletning af medarbejder") == [("Lene Holm", "310")]


def test_telecom_manager_is_not_a_subject() -> None:
    text = "Kundens teleansvarlige Susanne Berg beder om sletning af Bjarne Holm (lokal 12)."
    assert subjects(text) == [("Bjarne Holm", "12")]


def test_signature_is_ignored_even_when_passed_in() -> None:
    text = (
        "Slet Morten Lau.\n\nMed venlig hilsen\nKarl Jensen\nJysk Tele ApS\n"
        "Direkte: 70 20 30 40 lokal 12"
    )
    assert subjects(text) == [("Morten Lau", None)]


def test_several_subjects_in_order() -> None:
    text = "• Per Høj – lokal 101\n• Ulla Fogh-Jensen – lokal 102\n• Mads Bjørn Ravn – lokal 117"
    assert subjects(text) == [
        ("Per Høj", "101"),
        ("Ulla Fogh-Jensen", "102"),
        ("Mads Bjørn Ravn", "117"),
    ]


def test_table_rows() -> None:
    text = (
        "Name            | Ext.\n----------------+-----\n"
        "Lars Eng        | 7010\nMia Skov Ravn   | 7011"
    )
    assert subjects(text) == [("Lars Eng", "7010"), ("Mia Skov Ravn", "7011")]


def test_csv_rows() -> None:
    assert subjects("Navn;Lokal\nJens Hansen;214\nIda Berg;0215") == [
        ("Jens Hansen", "214"),
        ("Ida Berg", "0215"),
    ]


def test_aligned_columns() -> None:
    text = "Fulde navn        Lokalnr.\nAnders Bæk        301\nLouise Thy        302"
    assert subjects(text) == [("Anders Bæk", "301"), ("Louise Thy", "302")]


def test_respectively() -> None:
    text = "Både Lotte Kruse og Jens Kruse er stoppet. De havde henholdsvis lokal 61 og lokal 62."
    assert subjects(text) == [("Lotte Kruse", "61"), ("Jens Kruse", "62")]


def test_first_name_only_gives_extension_without_name() -> None:
    assert subjects("Kan I slette Kasper på lokal 51?") == [(None, "51")]


def test_nobody_named_gives_one_empty_subject() -> None:
    assert subjects("Birthe i bogholderiet vil slettes.") == [(None, None)]


def test_unknown_extension_stays_missing() -> None:
    text = (
        "- Ken Bak, lokal 1201\n- Maria Dal (lokalnummer kender vi ikke)\n"
        "- Sten Bygholm, lokal 1215"
    )
    assert subjects(text) == [("Ken Bak", "1201"), ("Maria Dal", None), ("Sten Bygholm", "1215")]


def test_wrong_spelling_in_quotes_is_not_a_subject() -> None:
    text = 'Lokal 2208 står som "Soren Baek Nielsen". Det korrekte navn er Søren Bæk Nielsen.'
    assert subjects(text) == [("Søren Bæk Nielsen", "2208")]


def test_partial_name_merges_into_full_name() -> None:
    text = "Daniel Hjort (ext. 2219) got married. His name should now be Daniel Hjort Bramsen."
    assert subjects(text) == [("Daniel Hjort Bramsen", "2219")]


def test_sensitive_words_are_not_names() -> None:
    text = "Elias Holm (lokal 620) er Jehovas Vidne og medlem af Dansk Metal."
    assert subjects(text) == [("Elias Holm", "620")]


def test_lower_case_name_before_extension() -> None:
    assert subjects("hej\n\narne bisgaard lokal 25 er stoppet") == [("arne bisgaard", "25")]


def test_employee_writing_about_self_is_the_subject() -> None:
    text = "Jeg er ansat hos Lunds Maskinstation og vil have indsigt i oplysninger om mig."
    assert subjects(text, sender="Thomas Riis") == [("Thomas Riis", None)]


def test_follow_up_supplies_extension_from_quoted_history() -> None:
    quoted = "> Hej\n> Karen Vinther ønsker indsigt.\n>\n> Mvh\n> Pia Sand\n"
    assert subjects("Lokalnummeret er 3319.", quoted=quoted) == [("Karen Vinther", "3319")]


def test_follow_up_supplies_name_from_quoted_history() -> None:
    quoted = (
        "Den 3. mar. 2026 kl. 08.19 skrev Pia Sand <p@x.dk>:\n> Kan I slette Kasper på lokal 51?"
    )
    assert subjects("Hans fulde navn: Kasper Dahl.", quoted=quoted) == [("Kasper Dahl", "51")]


def test_follow_up_corrects_extension() -> None:
    quoted = "Fra: Pia Sand\nEmne: Indsigt\n\nLone Friis\nLokalnummer: 871\n"
    assert subjects("Lokalnummeret er 817, ikke 871.", quoted=quoted) == [("Lone Friis", "817")]


@pytest.mark.parametrize("kind", ["marketing_optout", "other", None])
def test_kinds_without_subjects(kind: str | None) -> None:
    assert find_data_subjects("", "Slet Jens Holm, lokal 12.", "", "", kind) == ()  # type: ignore[arg-type]


def test_bad_input_never_raises() -> None:
    found = find_data_subjects(None, None, None, None, "access")  # type: ignore[arg-type]
    assert found == (DataSubject(None, None),)


def test_title_before_name_with_extension_is_an_employee() -> None:
    found = analyse("Stop for Anja Lund (lok. 3) og direktør Bo Skræp Lind, lokal 11.", "x y")
    assert found[-1] == DataSubject("Bo Skræp Lind", "11")


def test_sentence_end_separates_greeting_from_name() -> None:
    assert analyse("Hej. Idris Al-Nour på lokal 78 vil slettes.", "x y") == [
        DataSubject("Idris Al-Nour", "78")
    ]


def test_inverted_name_with_particles_in_a_row() -> None:
    assert analyse("de la Cruz, Ana\t406\n", "x y") == [DataSubject("Ana de la Cruz", "406")]


def test_extension_after_dash_ending_the_line_and_bracketed_name() -> None:
    assert analyse("Rune Bech – 731\n", "x y") == [DataSubject("Rune Bech", "731")]
    assert analyse("Please delete ext 640 (Tariq Noor), he left.", "x y") == [
        DataSubject("Tariq Noor", "640")
    ]


def test_hyphenated_longer_form_unifies_name() -> None:
    text = "extension 42 should read Eva Moll-Berg, not Eva Moll."
    assert analyse(text, "x y") == [DataSubject("Eva Moll-Berg", "42")]


# --- held-out C patterns: cases written beside the corpus, not copied from it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "lok" without a dot is a cue too
        ("Slet Bo Riis lok 17 hos kunden.", [("Bo Riis", "17")]),
        ("Gustav Krogh Berg lok 305", [("Gustav Krogh Berg", "305")]),
        # a bare number ending the name's line: a plain-text table
        (
            "Slettes:\n\nAnja Borup 3301\nIb Thrane 3302\n",
            [("Anja Borup", "3301"), ("Ib Thrane", "3302")],
        ),
        # an HTML table flattened to one cell a line
        (
            "Navn\n\nLokal\n\nEllen Voss\n\n512\n\nOtto Brix\n\n513\n",
            [("Ellen Voss", "512"), ("Otto Brix", "513")],
        ),
        # "Surname, Given" after a colon
        ("Indsigt for: Mikkelsen, Rosa (lokal 48) tak.", [("Rosa Mikkelsen", "48")]),
        # "I" after a name is no "I/S" company suffix
        (
            "Please erase Tim Ross ext 44 and Eva Lind (I will send her extension later).",
            [("Tim Ross", "44"), ("Eva Lind", None)],
        ),
        # adverbs do not open a lower-case name
        ("hej slet lige anna berg lokal 88 tak", [("anna berg", "88")]),
        ("Tak. Kun Sofie Brandt skal slettes.", [("Sofie Brandt", None)]),
    ],
)
def test_held_out_c_forms(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert subjects(text) == expected


def test_subject_line_customer_is_dropped_when_the_body_names_the_employees() -> None:
    found = subjects("Følgende skal slettes:\n- Rita Holm (lok. 12)\n- Nis Bay (lok. 14)",
                     subject="Sletning - Viborg Glas")
    assert found == [("Rita Holm", "12"), ("Nis Bay", "14")]


def test_subject_line_name_kept_when_the_body_names_nobody() -> None:
    assert subjects("\n\nSendt fra min iPhone", subject="Indsigt: Malte Juhl, lokal 130") == [
        ("Malte Juhl", "130")
    ]


def test_forwarded_author_signature_is_not_a_subject() -> None:
    text = (
        "See below.\n\n---------- Forwarded message ---------\n"
        "From: Hans Eriksen <he@eriksen.dk>\nSubject: Sletning\n\n"
        "Hej, slet venligst Lars Toft lokal 2260.\n\nHans Eriksen\nEriksen Maskiner\n"
    )
    assert subjects("", quoted=text, sender="Liam Price") == [("Lars Toft", "2260")]


def test_self_request_names_the_sender() -> None:
    text = "I'm the user on ext 2250 and I object to my call recordings being used."
    found = find_data_subjects("", text, "", "Priya Nair", "objection")
    assert [(s.full_name, s.extension) for s in found] == [("Priya Nair", "2250")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Please remove ext 204 (Oskar Lind) at Fjordline Logistics, he quit.",
            [("Oskar Lind", "204")],
        ),
        ("Slet Bo Riis (lokal 17) fra Hede Byg, han er stoppet.", [("Bo Riis", "17")]),
        ("Mvh fra Vestjysk Revision: slet Maja Krogh, lokal 33.", [("Maja Krogh", "33")]),
        (
            "Erase Lena Dahl, ext. 61, who worked at Aros Consulting Group until May.",
            [("Lena Dahl", "61")],
        ),
    ],
)
def test_business_nouns_make_a_run_a_company(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert subjects(text) == expected


def test_surnames_that_are_not_business_nouns_stay_names() -> None:
    text = "Slet Karen Tømrerup (lokal 15) og Jens Byggesen (lokal 16) fra Nord Shipping."
    assert subjects(text) == [("Karen Tømrerup", "15"), ("Jens Byggesen", "16")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Slet venligst Nguyễn Thị Hương, lokal 214.", ("Nguyễn Thị Hương", "214")),
        ("Please erase Олена Коваленко, ext. 33.", ("Олена Коваленко", "33")),
        ("Slet Ελένη Παπαδοπούλου på lokal 44.", ("Ελένη Παπαδοπούλου", "44")),
        ("Slet Łukasz Wiśniewski og Ayşe Çelik, lokal 55 og 56.",
         ("Łukasz Wiśniewski", "55")),
    ],
)
def test_names_beyond_latin_1(text: str, expected: tuple[str, str]) -> None:
    assert subjects(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Slet Jens Hansen og Mette Holm, henholdsvis lokal 55 og 56.",
        "Please erase Jens Hansen and Mette Holm, ext. 55 and 56 respectively.",
        "Slet lokal 55 og 56 (Jens Hansen og Mette Holm).",
        "Slet Jens Hansen og Mette Holm (lok. 55/56).",
    ],
)
def test_a_list_of_extensions_pairs_in_order(text: str) -> None:
    assert subjects(text) == [("Jens Hansen", "55"), ("Mette Holm", "56")]


def test_a_list_of_extensions_without_names_keeps_every_number() -> None:
    assert subjects("Slet venligst lokal 55, 56 og 57.") == [
        (None, "55"), (None, "56"), (None, "57")
    ]


def test_a_number_after_an_extension_is_no_list_when_names_fall_short() -> None:
    assert subjects("Slet Jens Hansen, lokal 214, 45 år.") == [("Jens Hansen", "214")]


@pytest.mark.parametrize(
    "text",
    [
        "The directory shows Jens Hansen on extension 214 but his correct extension is 2140.",
        "Jens Hansen står med lokal 214, men det rigtige lokalnummer er 2140.",
        "Jens Hansen har lokal 214; hans nye lokalnummer er 2140.",
    ],
)
def test_a_corrected_extension_replaces_the_first(text: str) -> None:
    assert subjects(text) == [("Jens Hansen", "2140")]


def test_an_extension_under_a_name_in_a_table_column_pairs_with_it() -> None:
    text = "Navn\n\nLokal\n\nSøren Vest\n\n4410\n\nAhmad Rasuli\n\n4412\n"
    assert subjects(text, subject="Indsigt - Hvidovre Autolak") == [
        ("Søren Vest", "4410"), ("Ahmad Rasuli", "4412")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Slet venligst JENS HANSEN, lokal 214.", ("JENS HANSEN", "214")),
        ("Medarbejder: HANSEN, Jens (lok. 214)", ("Jens HANSEN", "214")),
        ("GDPR ANMODNING - Jens Hansen lokal 214", ("Jens Hansen", "214")),
        ("TREDJE GANG jeg skriver!!! Slet nu Jens Hansen, lokal 214", ("Jens Hansen", "214")),
        ("Slet venligst mette holm lokal 215", ("mette holm", "215")),
    ],
)
def test_names_in_capitals_or_lower_case_are_kept_as_written(
    text: str, expected: tuple[str, str]
) -> None:
    assert subjects(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kan I slette Jens H. Hansen lokal 214", [("Jens H. Hansen", "214")]),
        ("1) Jens Hansen, 214\n2) Mette Holm, 215",
         [("Jens Hansen", "214"), ("Mette Holm", "215")]),
        ("Please delete user Jens Hansen with extension number 214.", [("Jens Hansen", "214")]),
    ],
)
def test_initials_comma_cells_and_extension_number(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert subjects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Slet:\n850 – Ann-Sofie Lykke Bruun Madsen\n851 – Ali Reza Hosseini\n",
         [("Ann-Sofie Lykke Bruun Madsen", "850"), ("Ali Reza Hosseini", "851")]),
        ("Slet:\n· Kristensen, Anne-Mette – lokal 1102\n· Østergaard, Poul Erik – lokal 1103\n",
         [("Anne-Mette Kristensen", "1102"), ("Poul Erik Østergaard", "1103")]),
        ("Indsigt for lok 88 og for Henrik Sommer (kender ikke hans lokal).",
         [(None, "88"), ("Henrik Sommer", None)]),
        ("Slet Louise Vinther fra Bageriet Kornblomsten, lokal 41.", [("Louise Vinther", "41")]),
        ("Navn;Lokal;Afdeling\nRasmus Kjeldsen;240;Lager;\nPieter de Jong;0412;Lager;\n",
         [("Rasmus Kjeldsen", "240"), ("Pieter de Jong", "0412")]),
        ("Vores kontaktperson hos Rathlou Gods, Lars Bo, beder os slette Ann Holm, lok. 15.",
         [("Ann Holm", "15")]),
    ],
)
def test_list_forms_and_context_seen_in_blind_mail(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert subjects(text) == expected


def test_signature_without_sign_off_is_cut() -> None:
    text = (
        "Hi,\n\nPlease export voicemails for Dang Van Minh, ext. 87.\n\n"
        "Mikkel Bach\nJensen & Bach IT\n"
    )
    assert subjects(text, sender="Jensen & Bach IT") == [("Dang Van Minh", "87")]


def test_quoted_mail_on_another_topic_is_left_out() -> None:
    quoted = (
        "Fra: Birthe Skov <bs@kunde.dk>\nEmne: Voicemails - Rasmus\n\n"
        "Rasmus Krogh (lokal 330) stopper og vil have sine voicemails.\n\n"
        "Fra: Dorthe Kjær <dk@reseller.dk>\nEmne: SV: Sletning Camilla Dahl\n\n"
        "Camilla Dahl (lokal 312) er nu anonymiseret.\n"
    )
    found = find_data_subjects("VS: Voicemails - Rasmus", "Se nedenfor.", quoted, "Dorthe Kjær",
                               "portability")
    assert [(s.full_name, s.extension) for s in found] == [("Rasmus Krogh", "330")]


@pytest.mark.parametrize(
    ("text", "quoted", "expected"),
    [
        ("4410 er Vibeke Dal og 4411 er Niels Dal.", "> mangler navne for lokal 4410 og 4411.",
         [("Vibeke Dal", "4410"), ("Niels Dal", "4411")]),
        ("Navnene er:\n56 = Karina Holt\n57 = Søren Vad\n", "> Lokal 56 og 57 skal slettes.",
         [("Karina Holt", "56"), ("Søren Vad", "57")]),
        ("Undskyld, Susanne Krogh er 5542, ikke 5541.", "> Susanne Krogh;5541\n> Bo Fog;5543\n",
         [("Susanne Krogh", "5542"), ("Bo Fog", "5543")]),
        ("Slet Jens Hansen lokal 22. Mette Holm er 2 år.", "", [("Jens Hansen", "22")]),
    ],
)
def test_numbers_said_to_be_names_in_a_reply(
    text: str, quoted: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert subjects(text, quoted=quoted) == expected


def test_a_reply_subject_line_adds_no_employee_beside_the_quoted_ones() -> None:
    quoted = "> Please erase Daniel Whitfield at our customer Brewery Ltd.\n"
    found = subjects("his extension was 2419.", subject="RE: Erasure - Copenhagen Craft",
                     quoted=quoted)
    assert found == [("Daniel Whitfield", "2419")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please erase Chloé Dubois (ext. 7721). Martin Holm (ext. 7730) takes over her desk, "
         "nothing to do for him.", [("Chloé Dubois", "7721")]),
        ("Slet Ib Lund, lokal 22. Eva Bach (lokal 23) skal ikke slettes.", [("Ib Lund", "22")]),
        ("Susanne Krogh er 5542, ikke 5541 - 5541 er en anden, den må I ikke slette.",
         [("Susanne Krogh", "5542")]),
    ],
)
def test_employees_said_to_be_left_alone_are_no_subjects(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert subjects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("navn;lokal\nhelle vinther;2101\nole bach;2102\n",
         [("helle vinther", "2101"), ("ole bach", "2102")]),
        ("slet venligst:\nhansen, jens (lok 2211)\npedersen, marianne (lok 2214)\n",
         [("jens hansen", "2211"), ("marianne pedersen", "2214")]),
        ("To stopper:\nKasper Lund lok 5530\nMaja (5531)\n", [("Kasper Lund", "5530"),
                                                              (None, "5531")]),
        ("Dear Flexfone Privacy Team, under the General Data Protection Regulation please "
         "erase Ann Lee (extension 4401).", [("Ann Lee", "4401")]),
    ],
)
def test_lower_case_rows_first_name_rows_and_team_names(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert subjects(text) == expected


def test_a_former_name_is_no_second_person() -> None:
    text = "Signe Mikkelsen på lokal 902 står stadig med sit gamle navn Signe Holt."
    assert subjects(text) == [("Signe Mikkelsen", "902")]


def test_number_not_number_corrects_the_quoted_extension() -> None:
    found = subjects("Undskyld, det er 3070 og ikke 307.", quoted="> Slet lok 307 Jens Hansen\n")
    assert found == [("Jens Hansen", "3070")]


def test_a_new_matter_in_an_old_thread_leaves_the_old_employee_out() -> None:
    text = ("Tak for hjælpen sidst med Karsten Juul. Nu har vi en ny sag:\n"
            "Medarbejderen Signe Bach (intern 31) ønsker indsigt.")
    found = subjects(text, quoted="> Kan vi få indsigt for Karsten Juul, lokal 210?\n")
    assert found == [("Signe Bach", "31")]


@pytest.mark.parametrize(
    "text",
    [
        "Medarbejder: Karoline Nør\nLokalnr: 0871\nKontakt: Mads Greve, ejer, tlf. 43 90 12 12",
        "Slet Karoline Nør, lokal 0871. Peter Storm (lokal 7010) behøver I ikke gøre mere ved.",
    ],
)
def test_contacts_and_finished_matters_are_no_subjects(text: str) -> None:
    assert subjects(text) == [("Karoline Nør", "0871")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Louise Brandt (lokalnr: 0412) har skiftet efternavn og skal fremover hedde Louise Skov.",
         [("Louise Skov", "0412")]),
        ("Vores kontaktperson hos kunden, Lars Bo Nielsen, vil have besked. Lars Bo er fortsat "
         "ansat. Slet Ida Holm, lok. 214.", [("Ida Holm", "214")]),
        ("Slet Ida Holm, lok. 214. Vores telefonansvarlige Lars Bo er på ferie.",
         [("Ida Holm", "214")]),
        ("Peter Lind (ext. 808) has left. Also, Jonas Ek (ext. 809) is moving to ext. 810.",
         [("Peter Lind", "808")]),
        ("- Fatima El-Amrani, lok. 41\n- Nielsen, Bodil lok 44\n",
         [("Fatima El-Amrani", "41"), ("Bodil Nielsen", "44")]),
        ('Bjørn Aagaard – 612 (står som "Bjorn Agaard")\n', [("Bjørn Aagaard", "612")]),
    ],
)
def test_renames_contacts_movers_and_row_forms(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert subjects(text) == expected


def test_a_number_corrected_in_a_reply_replaces_the_quoted_one() -> None:
    quoted = "> Slet Henrik Bøgh, lok. 301, og Maja Thorsen, lok. 302.\n"
    found = subjects("Rettelse: Majas lokalnummer er 312, ikke 302.", quoted=quoted)
    assert found == [("Henrik Bøgh", "301"), ("Maja Thorsen", "312")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  * Camilla Rask – lokalnummer kender vi desværre ikke.\n  * Jonas (lok. 4418)\n",
         [("Camilla Rask", None), (None, "4418")]),
        ("hej. slet venligst: anders bo lund lok 88, pia holm lok 89. Kunde: Ribe Tæpper.",
         [("anders bo lund", "88"), ("pia holm", "89")]),
        ("Slet Hans Meer (lok 601). Omstillingen (lok 600) skal blive som den er.",
         [("Hans Meer", "601")]),
        ("Slet Ida Holm, lok. 21, hos Hellerup Privatskole.", [("Ida Holm", "21")]),
    ],
)
def test_unknown_extensions_lower_case_lists_and_shared_lines(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert subjects(text) == expected


def test_a_subject_line_company_the_body_writes_as_a_place_is_dropped() -> None:
    found = subjects("Hos Kerteminde Marina er lokal 610 og lokal 611 byttet om.",
                     subject="Mobilnumre byttet om – Kerteminde Marina")
    assert found == [(None, "610"), (None, "611")]


def test_a_forwarded_header_with_afsender_is_no_name() -> None:
    text = ("-------- Oprindelig meddelelse --------\nAfsender: Kim Lauritsen <kim@el.dk>\n"
            "Modtager: sofie@tele.dk\n\nVi har en medarbejder, Aylin, der er stoppet.")
    assert subjects("Se nedenfor.", quoted=text) == [(None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kan I slette Jens Hansens oplysninger? Han havde lokalnummer 214.",
         [("Jens Hansen", "214")]),
        ("Please erase Mark Jones data, ext 22.", [("Mark Jones", "22")]),
        ("Slet venligst Lars Thomas lokal 22.", [("Lars Thomas", "22")]),
        ("Slet Jens Hansen og Mette Holm. Lokalnumre: 214 og 215.",
         [("Jens Hansen", "214"), ("Mette Holm", "215")]),
        ("Please erase Anna Berg (x215).", [("Anna Berg", "215")]),
        ("access request x2: Anna Berg (ext. 7001)", [("Anna Berg", "7001")]),
    ],
)
def test_genitive_plural_cues_and_x_extensions(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert subjects(text) == expected


def test_a_reply_naming_quoted_numbers_completes_them() -> None:
    quoted = "> Please delete the users on extension 7731 and extension 7740.\n"
    found = subjects("The names:\n7731 – Henrik Sjöberg\n7740 – Aisha Rahman\n", quoted=quoted)
    assert found == [("Henrik Sjöberg", "7731"), ("Aisha Rahman", "7740")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please erase Patrick Bell (ext. 1408) and Elin Berg (ext. 1412) at Malmö Byggteknik.",
         [("Patrick Bell", "1408"), ("Elin Berg", "1412")]),
        ("Kolding Revisorhus har skrevet til os. Slet Kim Bøgh, lokal 201.", [("Kim Bøgh", "201")]),
        ("- Ida Holm, lok. 12\n- Pia Dahl\n\nPias lokalnummer finder jeg senere.",
         [("Ida Holm", "12"), ("Pia Dahl", None)]),
        ("Slet Bo Winther (lokal 811) og Hanne Iversen.", [("Bo Winther", "811"),
                                                          ("Hanne Iversen", None)]),
        ("Morten Dahl (lokal 46) bliver. Kun Lykke Bjerre skal slettes.",
         [("Morten Dahl", "46"), ("Lykke Bjerre", None)]),
    ],
)
def test_a_name_without_extension_beside_complete_ones_must_read_as_an_employee(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert subjects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("navn;lokal\nMorten Krogh;3301\n\nKunden beholder lokal 3300 (reception).",
         [("Morten Krogh", "3301")]),
        ("Navn | Lokal\nYasmin Kaya | 301 | Fratrådt\nDennis | 302 | efternavn følger\n",
         [("Yasmin Kaya", "301"), (None, "302")]),
        ("Please erase Daniel Cole (ext. 560). His former line manager, Helen Carter, stays.",
         [("Daniel Cole", "560")]),
        ("Hun hedder nu Jamila Brandt i stedet for Julie Brandt, lokal 41.",
         [("Jamila Brandt", "41")]),
    ],
)
def test_shared_lines_first_name_cells_managers_and_old_names(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert subjects(text) == expected


@pytest.mark.parametrize(
    ("text", "quoted", "expected"),
    [
        ("Navn\tLokalnummer\tKunde-ID\nAnna Kjær\t1102\t88120\n", "", [("Anna Kjær", "1102")]),
        ("Ulla Møller har lokal 46, ikke 40. Lokal 40 er en anden medarbejder, den skal I ikke "
         "røre.", "> Slet Ulla Møller lokal 40 og Hans Lund lokal 41\n",
         [("Ulla Møller", "46"), ("Hans Lund", "41")]),
        ("The name for ext. 2290 should be Jon McLaughlin.", "", [("Jon McLaughlin", "2290")]),
        ("Kundens kontaktperson er Lars Bo. Slet Ole Lund, lokal 9.", "", [("Ole Lund", "9")]),
        ("Lars Ulrik Thomsen på 6010 er korrekt. Slet Bo Krogh lokal 6021.", "",
         [("Lars Ulrik Thomsen", "6010"), ("Bo Krogh", "6021")]),
    ],
)
def test_id_columns_other_peoples_numbers_mc_names_and_på(
    text: str, quoted: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert subjects(text, quoted=quoted) == expected


def test_lower_case_names_with_bare_numbers_in_a_lower_case_line() -> None:
    text = "hej, slet disse 2 brugere: lone mortensen 612 og bjarne mortensen 613. de er stoppet"
    assert subjects(text) == [("lone mortensen", "612"), ("bjarne mortensen", "613")]


def test_bare_numbers_in_a_lower_case_order_line_are_no_employees() -> None:
    assert subjects("hej, vi har bestilt: nye headset 20 stk og mere") == [(None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The name for ext. 2290 is spelt 'Jon Mclaughlin'. It should be 'Jon McLaughlin'.",
         [("Jon McLaughlin", "2290")]),
        ("Sag #48377 er oprettet af Bo Mikkelsen\n\nSlet Yasmin Kaya, lokal 301.",
         [("Yasmin Kaya", "301")]),
    ],
)
def test_quoted_corrections_and_ticket_creators(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert subjects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("slet venligst lok 31 jens hansen tak", [("jens hansen", "31")]),
        ("lars-erik bøgh (660) gør indsigelse.", [("lars-erik bøgh", "660")]),
        ("Slet Tomás Ó Briain, ext 5601, og Ingrid van Dijk, ext 5602.",
         [("Tomás Ó Briain", "5601"), ("Ingrid van Dijk", "5602")]),
        ("Vores medarbejder Hansen, Mette Kjær (lokal 118) vil have indsigt.",
         [("Mette Kjær Hansen", "118")]),
        ("- Mr Peter Henderson (I regret I do not have his extension to hand)\n- Nadia, ext. 1190",
         [("Peter Henderson", None), (None, "1190")]),
    ],
)
def test_more_forms_from_the_last_blind_pair(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert subjects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pls erase ext 3302 Wojciech Kowalczyk and 3303 Olena Shevchenko, both left.",
         [("Wojciech Kowalczyk", "3302"), ("Olena Shevchenko", "3303")]),
        ("Navn - lokal - cpr\nHansen, Jonna - 8801 - [CPR-nummer fjernet]\n",
         [("Jonna Hansen", "8801")]),
        ("Slet:\nLotte Kähler – 60\nBo – 62\n", [("Lotte Kähler", "60"), (None, "62")]),
        ("hej slet jens madsen lok 88 og kirsten bang lok 89 hos aabybro el.",
         [("jens madsen", "88"), ("kirsten bang", "89")]),
        ("Send the data you have on Kowalski, Marta (ext. 612) at Hillerød Dental.",
         [("Marta Kowalski", "612")]),
        ("Update Emma Larsen (ext 515) - she has married and is now Emma Holt.",
         [("Emma Holt", "515")]),
        ("En medarbejder hos kunden Haderslev Boligselskab, Frederik Lund (lok. 77), klager.",
         [("Frederik Lund", "77")]),
    ],
)
def test_forms_from_the_fourth_blind_pair(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert subjects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hej. Slet venligst Rasmus på intern 31, han er stoppet. tak\n\nLene\nFynsk Telefoni\n",
         [(None, "31")]),
        ("• Lars Mikkelsen – 301\n\nMit eget lokal 300 skal selvfølgelig blive.",
         [("Lars Mikkelsen", "301")]),
        ("Slet venligst von Holstein, Christian (lok. 1501) hos Gråsten Advokater.",
         [("Christian von Holstein", "1501")]),
        ("Indsigt for Gitte lok 12 og Bo Lindholm hos Nyborg Køl.",
         [(None, "12"), ("Bo Lindholm", None)]),
    ],
)
def test_first_names_signatures_and_own_lines(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert subjects(text, sender="Lene Holm") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Holger Dahl (ext. 1455) has the wrong title ("Apprentice"). He is now "Site Manager".',
         [("Holger Dahl", "1455")]),
        ('The name on extension 507 reads "Charlotte Vinter" but should read "Charlotte Bech".',
         [("Charlotte Bech", "507")]),
        ('Correct John Neill, ext. 77: the title should be "Key Account Manager".',
         [("John Neill", "77")]),
    ],
)
def test_a_rename_keeps_a_name_word_and_a_job_title_is_no_new_name(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert subjects(text) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Susanne Holm på lokal 58 er blevet gift. Navnet skal rettes – jeg vender tilbage "
        "med det nye efternavn, når kunden har sendt det.",
        "Anna Berg (ext 58) got married and changed her name. We will send the new name soon.",
    ],
)
def test_a_name_change_with_the_new_name_to_follow_asks_for_it(body: str) -> None:
    found = find_data_subjects("Navneændring", body, "", "Ib Sand", "rectification")
    assert found == (DataSubject(None, "58"),)


def test_a_renamed_employee_without_extension_beside_a_complete_one_is_kept() -> None:
    body = (
        "Slet venligst Ole Berg, lokal 2290. En ting mere: Kirsten Bach har fået nyt "
        "efternavn og hedder nu Kirsten Bach Mikkelsen."
    )
    found = find_data_subjects("Ændringer", body, "", "Ib Sand", "rectification")
    assert DataSubject("Kirsten Bach Mikkelsen", None) in found


def test_subjects_keep_the_order_of_mention_when_the_subject_line_names_the_customer() -> None:
    body = "Kunden Hundige Bådelaug vil have slettet to brugere: lokal 45 og lokal 46 (Tina Friis)."
    found = find_data_subjects("Slet 2 brugere Hundige Bådelaug", body, "", "Bo", "erasure")
    assert found == (DataSubject(None, "45"), DataSubject("Tina Friis", "46"))


@pytest.mark.parametrize(
    ("body", "quoted", "expected"),
    [
        (
            "Slet venligst Jens Hansen intern 214.\n\nHov rettelse: det er Jonas Hansen intern "
            "215 der er stoppet, ikke Jens. Jens er her stadig.",
            "",
            (DataSubject("Jonas Hansen", "215"),),
        ),
        (
            "Gitte Bach Holm har trukket sin anmodning tilbage, så det er kun Mohammed "
            "Al-Khatib (414), der skal have udleveret sine voicemails.",
            "> Udlever venligst voicemails for Mohammed Al-Khatib (414) og Gitte Bach Holm (415).",
            (DataSubject("Mohammed Al-Khatib", "414"),),
        ),
        (
            "Slet venligst Jens Hansen lokal 214, ikke Jens Holm.",
            "",
            (DataSubject("Jens Hansen", "214"),),
        ),
    ],
)
def test_an_employee_taken_back_is_no_subject(
    body: str, quoted: str, expected: tuple[DataSubject, ...]
) -> None:
    assert find_data_subjects("Re: Sletning", body, quoted, "Ib Sand", "erasure") == expected


def test_an_extension_in_brackets_after_a_first_name_is_not_the_next_full_names() -> None:
    body = "Please send all voicemails for Mark (ext 119) and Vibeke Hald before they leave."
    found = find_data_subjects("Voicemails", body, "", "Ib Sand", "portability")
    assert found == (DataSubject(None, "119"), DataSubject("Vibeke Hald", None))


def test_an_extension_said_to_be_an_active_employees_is_no_subject() -> None:
    body = (
        "A correction: the extension of Pieter van der Berg is 3316 and not 3315. "
        "Extension 3315 belongs to an active employee and must not be touched."
    )
    found = find_data_subjects("Re: Erasure", body, "", "Ib Sand", "erasure")
    assert found == (DataSubject("Pieter van der Berg", "3316"),)


def test_two_spellings_of_one_name_are_one_employee() -> None:
    found = find_data_subjects(
        "Re: Slet Signe Vinther (3412)", "Rettelse: hun hedder Signe Winther med W", "",
        "Tuan Nguyen", "erasure",
    )
    assert found == (DataSubject("Signe Winther", "3412"),)


def test_two_people_with_names_one_letter_apart_and_own_extensions_stay_two() -> None:
    found = find_data_subjects(
        "Sletning", "Slet Jens Hansen lokal 12 og Jens Jansen lokal 13.", "", "Ib Sand", "erasure"
    )
    assert found == (DataSubject("Jens Hansen", "12"), DataSubject("Jens Jansen", "13"))


def test_a_list_cell_with_the_extension_left_open_keeps_the_name() -> None:
    text = (
        "Slet:\n\nPia Kjærsgaard Møller    lok 3301    (dansk)\n"
        "Niels Erik Bundgaard     lok ?       (vikar)\n"
    )
    found = find_data_subjects("Sletning", text, "", "Ib Sand", "erasure")
    assert found == (DataSubject("Pia Kjærsgaard Møller", "3301"),
                     DataSubject("Niels Erik Bundgaard", None))


def test_an_employee_to_be_disregarded_further_on_in_the_sentence_is_taken_back() -> None:
    body = (
        "Bemærk: Maria Berg (lokal 4120) står også på listen, men hun har trukket sin "
        "anmodning i går. Indsigt for Lise Dam Hansen, lokal 4101."
    )
    found = find_data_subjects("Indsigt", body, "", "Ib Sand", "access")
    assert found == (DataSubject("Lise Dam Hansen", "4101"),)


def test_lower_case_names_listed_after_their_numbers_in_a_line_with_capitals() -> None:
    body = "hej. indsigt for lok 55 morten lyng og lok 56 camilla ask. kunden er Grenaa VVS"
    found = find_data_subjects("Indsigt", body, "", "Ib Sand", "access")
    assert found == (DataSubject("morten lyng", "55"), DataSubject("camilla ask", "56"))


def test_a_withdrawal_said_of_another_number_takes_nobody_back() -> None:
    body = "sorry, bjarne har lokal 614 ikke 613. 613 er stadig ansat, den må i ikke slette!"
    quoted = "> hej, slet lige disse 2 brugere: lone mortensen 612 og bjarne mortensen 613."
    found = find_data_subjects("Re: Sletning", body, quoted, "Kasper Holm", "erasure")
    assert found == (DataSubject("lone mortensen", "612"), DataSubject("bjarne mortensen", "614"))


def test_a_reply_to_our_own_ask_completes_the_employee_it_names() -> None:
    quoted = (
        "> Before we can proceed we need the following:\n"
        "> - For MARIA KOWALSKA, we need the extension.\n"
    )
    found = find_data_subjects(
        "Re: [GDPR-2026-000203] More information needed – ERASE user – Sundby Bilpleje",
        "lokal: 0217 glemte det, sorry", quoted, "Ola Nowak", "erasure",
    )
    assert found == (DataSubject("MARIA KOWALSKA", "0217"),)


def test_the_spelling_said_to_be_wrong_gives_way() -> None:
    body = "Medarbejderen hedder Mathias Kähler, ikke Mathias Kæhler – det står forkert."
    found = find_data_subjects("Ret navn", body, "", "Ib Sand", "rectification")
    assert found == (DataSubject("Mathias Kähler", None),)


def test_a_reply_naming_the_quoted_first_name_in_lower_case_completes_it() -> None:
    found = find_data_subjects(
        "Re: slet bruger", "han hedder mikkel østergaard. lok 231 som skrevet",
        "> hej. mikkel fra lageret stoppede i fredags, han havde lok 231", "Rasmus Toft", "erasure",
    )
    assert found == (DataSubject("mikkel østergaard", "231"),)


def test_a_number_correction_in_a_reply_corrects_the_quoted_employee_not_the_next_name() -> None:
    quoted = "> Navn\tLokal\n> Maja Lykke-Poulsen\t2351\n> Rune Dahl\t2352\n"
    body = "Beklager. Majas lokalnummer er 2315, ikke 2351. Rune Dahl er korrekt."
    found = find_data_subjects("SV: Sletning", body, quoted, "Lotte Ebbesen", "erasure")
    assert found == (DataSubject("Maja Lykke-Poulsen", "2315"), DataSubject("Rune Dahl", "2352"))


def test_a_subject_line_company_does_not_keep_a_late_extension_from_its_employee() -> None:
    body = (
        'Vognmand Krogh & Søn siger, at Ebbe Krogh Junior – kaldet "Junior" – er stoppet. '
        "Slet ham venligst.\n\nNåh ja – hans lokalnummer var 4020."
    )
    found = find_data_subjects("Vognmand Krogh - medarbejder stoppet", body, "", "Ib", "erasure")
    assert found == (DataSubject("Ebbe Krogh Junior", "4020"),)


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        ("Ret stavefejl", "Vi har stavet ham forkert: det er Kasper Nørgaard, ikke Kasper "
         "Norgaard. Lok 88. Kan I rette det?", (DataSubject("Kasper Nørgaard", "88"),)),
        ("GDPR art. 17 - Østergaard", "GDPR art. 17 - Østergaard, Birgitte, lokalnummer 40, "
         "hos Vejle Bageri.", (DataSubject("Birgitte Østergaard", "40"),)),
        ("Remove 2 users", "Hi, please remove Oleksandr Shevchenko ext 731 and Nguyen Van An "
         "ext 732 from the Lindholm Marine account.",
         (DataSubject("Oleksandr Shevchenko", "731"), DataSubject("Nguyen Van An", "732"))),
    ],
)
def test_spellings_inverted_names_after_a_dash_and_the_account_named(
    subject: str, body: str, expected: tuple[DataSubject, ...]
) -> None:
    assert find_data_subjects(subject, body, "", "Ib Sand", "erasure") == expected


def test_a_reply_completing_two_quoted_numbers_with_names() -> None:
    found = find_data_subjects(
        "Re: [GDPR-2026-000055] Vi mangler oplysninger",
        "lok 118 er Claus Riis og Trine hedder Trine Bonde Mikkelsen.",
        "> Vi mangler det fulde navn på medarbejderne med lokalnummer 118 og 119.",
        "Per Mølgaard", "other",
    )
    assert found == (DataSubject("Claus Riis", "118"), DataSubject("Trine Bonde Mikkelsen", "119"))
