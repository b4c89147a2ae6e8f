"""Table columns read before rows: names joined, id and old-name columns blanked."""

from parsers.html_text import html_to_text
from parsers.subjects import find_data_subjects
from parsers.tables import blank_id_columns, join_name_columns, rows_as_lines


def test_first_and_last_name_columns_become_one_cell() -> None:
    text = "Fornavn | Efternavn | Lokal\nAhmet | Yılmaz | 5502\nThị Lan | Nguyễn | 5517\n\nMvh"
    assert join_name_columns(text) == (
        "Fornavn | Efternavn | Lokal\nAhmet Yılmaz | 5502\nThị Lan Nguyễn | 5517\n\nMvh"
    )


def test_surname_first_csv_is_joined_given_name_first() -> None:
    text = "Efternavn;Fornavn;Lokalnr\nHansen;Jens;214\n"
    assert join_name_columns(text).splitlines()[1] == "Jens Hansen ; 214"


def test_a_table_without_name_columns_is_unchanged() -> None:
    text = "Navn | Lokal\nJens Hansen | 214\nfirst | last\n"
    assert join_name_columns(text) == text


def test_outlook_cells_wrapped_in_paragraphs_stay_on_their_row() -> None:
    html = (
        "<table><tr><td><p>Fornavn</p></td><td><p>Lokal</p></td></tr>"
        "<tr><td><p>Ahmet</p></td><td><p>5502<o:p></o:p></p></td></tr></table><p>Mvh</p>"
    )
    assert html_to_text(html) == "Fornavn | Lokal\nAhmet | 5502\n\nMvh\n"


def test_old_name_column_is_left_out_beside_a_corrected_name_column() -> None:
    text = "Lokalnummer | Nuværende navn | Korrekt navn\n2207 | Camilla Holm | Camilla Bech\n"
    expected = ["Lokalnummer | Korrekt navn", "2207 | Camilla Bech"]
    assert blank_id_columns(text).splitlines() == expected


def test_id_cells_are_blanked_below_their_header() -> None:
    text = "Navn;Kunde-ID;Lokal\nJens Hansen;40221;214\n"
    assert blank_id_columns(text).splitlines() == ["Navn;Kunde-ID;Lokal", "Jens Hansen;-;214"]


def test_old_name_column_alone_is_kept() -> None:
    text = "Current name | Ext\nCamilla Holm | 2207\n"
    assert blank_id_columns(text) == text


def test_renamed_employee_in_a_table_is_named_as_corrected() -> None:
    text = (
        "Hej, medarbejderen er blevet gift. Kan I rette navnet?\n\n"
        "Ext | Old name | New name\n4410 | Sara Lind | Sara Lind Dahl\n"
    )
    subjects = find_data_subjects("Navneændring", text, "", "Ib Sand", "rectification")
    assert [(s.full_name, s.extension) for s in subjects] == [("Sara Lind Dahl", "4410")]


def test_an_hr_export_is_read_by_its_name_and_extension_columns() -> None:
    text = (
        "Employee ID | Last name | First name | Cost centre | Mobile | Extension | Last day\n"
        "100482 | Kowalski | Marta | 4410 | +45 31 22 84 19 | 4417 | 2026-01-09\n"
        "100517 | Dahl | Henrik | 4460 | +45 28 90 11 37 | 4420 | 2026-01-09\n"
    )
    expected = ["", "Marta Kowalski, lokal 4417", "Henrik Dahl, lokal 4420"]
    assert rows_as_lines(text).splitlines() == expected


def test_an_export_row_without_an_extension_keeps_the_name() -> None:
    text = "Name\tDepartment\tExtension\nMehmet Öztürk\tSite Office\t(pending – will follow)\n"
    assert rows_as_lines(text).splitlines()[1] == "Mehmet Öztürk"


def test_csv_attachment_with_underscored_headers() -> None:
    text = "employee_id;first_name;last_name;dept;extension\nSPL-1;Pieter;van der Berg;QA;3315\n"
    assert rows_as_lines(text).splitlines()[1] == "Pieter van der Berg, lokal 3315"


def test_a_table_without_an_extension_column_is_left_alone() -> None:
    text = "Medarb.nr. | Navn | Afdeling\n2231 | Trần Văn Minh | Lager\n"
    assert rows_as_lines(text) == text


def test_export_employee_numbers_are_no_extensions() -> None:
    text = (
        "Slet venligst disse:\n\nMedarb.nr. | Navn | Afdeling | Lokal | Mobil\n"
        "2231 | Trần Văn Minh | Lager | 4402 | 31 45 12 09\n"
    )
    subjects = find_data_subjects("Sletning", text, "", "Ib Sand", "erasure")
    assert [(s.full_name, s.extension) for s in subjects] == [("Trần Văn Minh", "4402")]


def test_a_plain_text_table_aligned_with_spaces_is_read_by_its_columns() -> None:
    text = (
        "Name                   Extension   Last working day\n"
        "Oleksandr Kovalenko    3301        27.02.2026\n"
        "van der Berg, Pieter   3307        06.03.2026\n"
    )
    assert rows_as_lines(text).splitlines()[1:] == [
        "Oleksandr Kovalenko, lokal 3301", "Pieter van der Berg, lokal 3307",
    ]


def test_a_rule_line_under_the_header_is_skipped() -> None:
    text = (
        "Employee                 Ext.   Department\n"
        "------------------------------------------\n"
        "Kowalczyk, Agnieszka     2231   Quality\n"
    )
    assert rows_as_lines(text).splitlines()[2] == "Agnieszka Kowalczyk, lokal 2231"


def test_a_header_with_a_note_in_brackets_names_its_column() -> None:
    text = (
        "Medarb.nr.\tNavn (efternavn, fornavn)\tLokal\tMobil\tSlutdato\tBemærkning\n"
        "7712\tNowak, Marta\t2301\t26 11 23 01\t31-03-2026\t\n"
        "7720\tPetersen, Jens Ole\t2303\t–\t15-04-2026\tNummeret overføres\n"
    )
    assert rows_as_lines(text).split("\n")[1:3] == [
        "Marta Nowak, lokal 2301",
        "Jens Ole Petersen, lokal 2303",
    ]


def test_a_two_column_plain_text_table_is_read_by_its_columns() -> None:
    text = (
        "Navn            Lokal\n"
        "Anna Sofie Holm  0091\n"
        "Hansen, Jens Peter           0094\n"
    )
    assert rows_as_lines(text).splitlines()[1:] == [
        "Anna Sofie Holm, lokal 0091",
        "Jens Peter Hansen, lokal 0094",
    ]


def test_a_comma_line_of_two_labels_is_prose_not_a_header() -> None:
    text = "Navn, lokal\nJens Hansen, 214\n"
    assert rows_as_lines(text) == text
