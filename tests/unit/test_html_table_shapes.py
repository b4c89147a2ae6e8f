"""HTML tables of odd shape: cells that span rows or columns, empty first and last
cells, names split over first, middle and last-name columns. Each cell must stay under
its header, or the wrong number is paired with the wrong person."""

from __future__ import annotations

from parsers.html_text import html_to_text
from tests.reading import pairs


def table(*rows: str) -> str:
    body = "".join(f"<tr>{row}</tr>" for row in rows)
    return f"<p>De skal slettes:</p><table>{body}</table>"


def test_a_leading_empty_cell_keeps_its_place_in_a_data_row() -> None:
    html = table("<th>Lokalnr.</th><th>Fornavn</th><th>Efternavn</th>",
                 "<td>401</td><td>Kim</td><td>Sørensen</td>",
                 "<td>&nbsp;</td><td>Jonas</td><td>Villadsen</td>")
    assert "| Jonas | Villadsen" in html_to_text(html)
    assert pairs(html_to_text(html)) == [("Kim Sørensen", "401"), ("Jonas Villadsen", None)]


def test_a_trailing_empty_cell_keeps_its_place_so_no_number_moves_into_the_name() -> None:
    html = table("<th>Lokalnr.</th><th>Afdeling</th><th>Navn</th>",
                 "<td>417</td><td>Lager</td><td>Poul Erik Lauridsen</td>",
                 "<td>418</td><td>Lager</td><td></td>")
    assert "418 | Lager |\n" in html_to_text(html)
    assert pairs(html_to_text(html)) == [("Poul Erik Lauridsen", "417"), (None, "418")]


def test_a_layout_spacer_cell_adds_no_separator() -> None:
    html = "<table><tr><td width='20'></td><td>Venlig hilsen, Ib Sand</td></tr></table>"
    assert html_to_text(html) == "Venlig hilsen, Ib Sand\n"


def test_a_cell_spanning_rows_leaves_an_empty_cell_in_the_rows_below() -> None:
    html = table("<th>Lokalnr.</th><th>Afdeling</th><th>Navn</th>",
                 "<td>1201</td><td rowspan='2'>Kundeservice</td><td>Pia Kragh Nørgaard</td>",
                 "<td>1207</td><td>Mads</td>",
                 "<td>1300</td><td>Administration</td><td>Ulrik Sass</td>")
    text = html_to_text(html)
    assert "1207 | | Mads" in text
    assert pairs(text) == [("Pia Kragh Nørgaard", "1201"), (None, "1207"), ("Ulrik Sass", "1300")]


def test_a_cell_spanning_columns_keeps_the_cells_after_it_under_their_headers() -> None:
    html = table("<th>Fornavn</th><th>Efternavn</th><th>Lokal</th><th>Note</th>",
                 "<td colspan='2'>Hans Christian Ø. Lund</td><td>6002</td><td>stoppet</td>",
                 "<td>Rikke</td><td>Frost</td><td>6001</td><td>stoppet</td>")
    text = html_to_text(html)
    assert "Hans Christian Ø. Lund | | 6002 | stoppet" in text
    assert pairs(text) == [("Hans Christian Ø. Lund", "6002"), ("Rikke Frost", "6001")]


def test_a_totals_row_spanning_the_table_stays_one_cell() -> None:
    html = table("<th>Navn</th><th>Lokal</th><th>Note</th>",
                 "<td>Rikke Frost</td><td>6001</td><td>stoppet</td>",
                 "<td colspan='3'>Antal: 1</td>")
    assert html_to_text(html).rstrip().endswith("\nAntal: 1")


def test_first_middle_and_last_name_columns_make_one_name() -> None:
    html = table("<th>Lokalnr.</th><th>Fornavn</th><th>Mellemnavn</th><th>Efternavn</th>",
                 "<td>402</td><td>Mai-Britt</td><td>Dalsgaard</td><td>Kristensen</td>",
                 "<td>409</td><td>Else</td><td>&nbsp;</td><td>de Neergaard</td>")
    assert pairs(html_to_text(html)) == [
        ("Mai-Britt Dalsgaard Kristensen", "402"), ("Else de Neergaard", "409")]


def test_middle_name_column_in_a_table_without_an_extension_column() -> None:
    text = "First name | Middle name | Last name\nAli | Reza | Mohammadi\n"
    assert pairs(text, kind="access") == [("Ali Reza Mohammadi", None)]
