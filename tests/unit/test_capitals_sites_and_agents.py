"""Names in mail written in capitals, site and project names that look like names, and
the words support staff put before a person (written beside blind sets FT to FY)."""

from __future__ import annotations

from parsers.model import DataSubject as S
from tests.reading import subjects


def test_a_name_in_capitals_starts_at_its_given_name() -> None:
    body = "HEJ\nHUN HEDDER ANNI MARIE VESTERGAARD\nLOKAL 44\nKAN I RETTE DET\n"
    assert subjects(body, "rectification") == (S("ANNI MARIE VESTERGAARD", "44"),)
    body = "HANS SVOGER PREBEN LUND LOKAL 311 VIL IKKE OPTAGES\n"
    assert subjects(body, "objection") == (S("PREBEN LUND", "311"),)
    body = "SMEDENS DATTER ULLA KROGH LOKAL 12 ER STOPPET\n"
    assert subjects(body) == (S("ULLA KROGH", "12"),)


def test_his_is_no_given_name_but_hans_before_a_name_is() -> None:
    assert subjects("HANS PETER BOLL LOKAL 71 SKAL SLETTES\n") == (S("HANS PETER BOLL", "71"),)
    assert subjects("HANS KNUDSEN LOKAL 72 SKAL SLETTES\n") == (S("HANS KNUDSEN", "72"),)


def test_a_name_in_capitals_ends_at_the_next_common_word() -> None:
    body = "FRU GRETHE BAK HOS TØMRER VANG VIL IKKE OPTAGES\nHUN HAR LOKAL 23\n"
    assert subjects(body, "objection")[0].full_name == "GRETHE BAK"


def test_names_in_capitals_with_a_bare_number_are_a_list() -> None:
    body = "TO ER STOPPET\nKIRSTEN LUND 501\nJOSE MARIA DA SILVA 502\nDE SKAL SLETTES\n"
    assert subjects(body) == (S("KIRSTEN LUND", "501"), S("JOSE MARIA DA SILVA", "502"))


def test_shouted_words_at_the_end_of_a_line_are_no_name() -> None:
    body = ("DET ER ELSE LUND LOKAL 19\nHUN SKAL UD AF JERES SYSTEM SIGER MESTEREN\n"
            "HOS MURER FALK I RINGE STÅR LOKAL 20 SOM LEDIG\n")
    assert subjects(body) == (S("ELSE LUND", "19"), S(None, "20"))


def test_a_name_in_capitals_without_a_known_given_name_needs_a_number_or_its_own_line() -> None:
    assert subjects("ZSOFIKA NAGYBAN LOKAL 88 SKAL SLETTES\n") == (S("ZSOFIKA NAGYBAN", "88"),)
    assert subjects("BAGEREN HAR FUNDET SEDLEN\nLOKAL 88 SKAL SLETTES\n") == (S(None, "88"),)
