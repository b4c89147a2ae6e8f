"""Name columns of tables joined into one cell; other tables left alone."""

from parsers.html_text import html_to_text
from parsers.tables import join_name_columns


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
