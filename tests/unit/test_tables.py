"""Table columns read before rows: names joined, id and old-name columns blanked."""

from parsers.html_text import html_to_text
from parsers.subjects import find_data_subjects
from parsers.tables import blank_id_columns, join_name_columns


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
