"""Understanding measured on held-out set B (`tests/data/heldout_b`).

Written independently of the dev corpus and of `tests/data/understanding`; the
floors below are the figures reached, asserted so they cannot silently fall.
The measure is shared with the held-out set A test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit import test_heldout_understanding as held_out

HELD_OUT_B = Path(__file__).resolve().parents[1] / "data" / "heldout_b"

FLOORS = {
    "automated": 1.00,
    "kind": 1.00,
    "language": 1.00,
    "extension_with_person": 0.96,
    "full_name": 0.98,
    "subjects_exact": 0.94,
    "missing": 0.98,
    "sensitive_redacted": 1.00,
    "categories_reported": 1.00,
    "clean_unflagged": 1.00,
}


@pytest.fixture(scope="module")
def tallies() -> dict[str, held_out.Tally]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(held_out, "HELD_OUT", HELD_OUT_B)
        result = held_out.measure()
    for name, tally in result.items():
        misses = f"  missed: {' '.join(tally.misses)}" if tally.misses else ""
        print(f"held-out B {name}: {tally.hits}/{tally.cases} = {tally.rate:.3f}{misses}")
    return result


def test_held_out_b_is_large_enough() -> None:
    assert len(list(HELD_OUT_B.glob("*.eml"))) >= 60


@pytest.mark.parametrize("name", list(FLOORS))
def test_floor(tallies: dict[str, held_out.Tally], name: str) -> None:
    tally = tallies[name]
    assert tally.rate >= FLOORS[name], f"{name} {tally.rate:.3f} missed: {tally.misses}"
