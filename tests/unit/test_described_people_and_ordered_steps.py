"""People described before their full name, holidays before names, hand-over steps:
cases written for rules the held-out sets OX to PC asked for."""

from __future__ import annotations

import pytest

from parsers.kinds import classify_kind
from tests.reading import categories, pairs


@pytest.mark.parametrize(("line", "want"), [
    ("- Bo fra lageret, 301 - Bo Thygesen", ("Bo Thygesen", "301")),
    ("- hende fra rengøringen på 303, Maja Lund", ("Maja Lund", "303")),
    ("- Kim Ø. (lokal 601) - Kim Østergaard", ("Kim Østergaard", "601")),
    ("3. Ole from sales, ext 3301 - full name Ole Bjarne van der Meer",
     ("Ole Bjarne van der Meer", "3301")),
])
def test_a_list_line_that_describes_someone_then_gives_the_full_name(
    line: str, want: tuple[str, str]
) -> None:
    assert pairs(f"Følgende skal slettes:\n{line}\n") == [want]


def test_a_list_line_with_a_name_of_its_own_before_the_number_keeps_it() -> None:
    assert pairs("Slet venligst:\n- Jens Hansen 214 - Mette Holm\n")[0] == ("Jens Hansen", "214")


def test_a_holiday_before_a_name_is_no_surname() -> None:
    body = "Please erase:\n2. the driver who left before Christmas, Łukasz Wiśniewski, ext 455\n"
    assert pairs(body) == [("Łukasz Wiśniewski", "455")]


def test_handing_over_recordings_first_is_the_request_asked_first() -> None:
    body = ("Kunden skal have følgende udført:\n1. Udlevér samtaleoptagelser fra perioden "
            "01.01.2026-28.02.2026 for Torben Ellegaard, lokalnummer 8801.\n2. Slet derefter "
            "optagelserne hos jer.\n3. Til sidst anonymiseres Torben helt.\n")
    assert classify_kind("Udlevering af optagelser + sletning", body, "") == "portability"


@pytest.mark.parametrize("text", [
    "His partner is a man and he does not want the recordings kept.",
    "Hendes kæreste er en kvinde, og det skal ikke ligge nogen steder.",
])
def test_a_partner_of_the_same_sex_is_sexuality(text: str) -> None:
    assert categories(text) == {"sexuality"}
