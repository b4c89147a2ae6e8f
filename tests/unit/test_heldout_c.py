"""Understanding measured on held-out set C (`tests/data/heldout_c`).

Written blind (before the parsers, their lexicons, the dev corpus and the other
held-out sets were read); the floors below are the figures reached after the
fixes that set prompted, asserted so they cannot silently fall. Known misses:
0019 ("at Malmö Logistik" read as a person), 0061/0062 ("fra Skovs Auto:" read
as a person), 0008 (a newsletter's discount code "koden BF2026" read as a credential).
The measure is shared with the held-out set A test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit import test_heldout_understanding as held_out

HELD_OUT_C = Path(__file__).resolve().parents[1] / "data" / "heldout_c"

FLOORS = {
    "automated": 1.00,
    "kind": 1.00,
    "language": 1.00,
    "extension_with_person": 1.00,
    "full_name": 1.00,
    "subjects_exact": 1.00,
    "missing": 0.98,
    "sensitive_redacted": 1.00,
    "categories_reported": 1.00,
    "clean_unflagged": 0.97,
}


@pytest.fixture(scope="module")
def tallies() -> dict[str, held_out.Tally]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(held_out, "HELD_OUT", HELD_OUT_C)
        result = held_out.measure()
    for name, tally in result.items():
        misses = f"  missed: {' '.join(tally.misses)}" if tally.misses else ""
        print(f"held-out C {name}: {tally.hits}/{tally.cases} = {tally.rate:.3f}{misses}")
    return result


def test_held_out_b_is_large_enough() -> None:
    assert len(list(HELD_OUT_C.glob("*.eml"))) >= 60


@pytest.mark.parametrize("name", list(FLOORS))
def test_floor(tallies: dict[str, held_out.Tally], name: str) -> None:
    tally = tallies[name]
    assert tally.rate >= FLOORS[name], f"{name} {tally.rate:.3f} missed: {tally.misses}"
