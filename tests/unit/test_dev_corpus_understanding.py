"""Understanding measured on the labelled dev corpus; prints the figures.

Runs decode_mail + split_text (another engineer's modules) and then language,
kind, data subjects and sensitive data over `corpus/dev`, and asserts floors
that the current rules reach. Skipped until the MIME and quote modules exist.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

mime = pytest.importorskip("parsers.mime")
quotes = pytest.importorskip("parsers.quotes")

from parsers.kinds import classify_kind  # noqa: E402
from parsers.language import detect_language  # noqa: E402
from parsers.model import DataSubject  # noqa: E402
from parsers.sensitive import find_sensitive  # noqa: E402
from parsers.subjects import find_data_subjects  # noqa: E402

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev"
pytestmark = pytest.mark.skipif(
    not (CORPUS / "labels.jsonl").exists(), reason="dev corpus not available"
)


@dataclass
class Tally:
    """Hits out of cases for one measure."""

    hits: int = 0
    cases: int = 0

    def add(self, is_hit: bool) -> None:
        self.hits += int(is_hit)
        self.cases += 1

    @property
    def rate(self) -> float:
        return self.hits / self.cases if self.cases else 1.0


def measure() -> dict[str, Tally]:
    """Every measure over the corpus, computed once."""
    tallies = {name: Tally() for name in MEASURES}
    for line in (CORPUS / "labels.jsonl").read_text("utf-8").splitlines():
        measure_mail(json.loads(line), tallies)
    return tallies


def measure_mail(label: dict, tallies: dict[str, Tally]) -> None:  # type: ignore[type-arg]
    mail = mime.decode_mail((CORPUS / label["file"]).read_bytes())
    parts = quotes.split_text(mail.body)
    tallies["language"].add(detect_language(f"{mail.subject}\n{parts.new}") == label["language"])
    full_text = f"{mail.subject}\n{mail.body}"
    spans = find_sensitive(full_text)
    for item in label["sensitive"]:
        tallies["sensitive_found"].add(is_covered(full_text, item["text"], spans))
    if not label["sensitive"]:
        tallies["clean_not_flagged"].add(not spans)
    if label["automated"]:
        return
    kind = classify_kind(mail.subject, parts.new, parts.quoted)
    tallies["kind"].add(kind == label["kind"])
    got = find_data_subjects(mail.subject, parts.new, parts.quoted, mail.from_name, label["kind"])
    want = tuple(DataSubject(s["full_name"], s["extension"]) for s in label["subjects"])
    tallies["subjects_exact"].add(got == want)
    for subject in want:
        if subject.extension:
            tallies["extension_with_person"].add(subject in got)
        if subject.full_name:
            tallies["full_name"].add(any(g.full_name == subject.full_name for g in got))


def is_covered(text: str, value: str, spans: tuple) -> bool:  # type: ignore[type-arg]
    starts = [i for i in range(len(text)) if text.startswith(value, i)]
    return bool(starts) and all(
        any(s.start <= i and i + len(value) <= s.end for s in spans) for i in starts
    )


MEASURES = {
    "language": 0.99,
    "kind": 0.97,
    "extension_with_person": 0.98,
    "full_name": 0.95,
    "subjects_exact": 0.93,
    "sensitive_found": 0.97,
    "clean_not_flagged": 0.99,
}


@pytest.fixture(scope="module")
def tallies() -> dict[str, Tally]:
    result = measure()
    for name, tally in result.items():
        print(f"{name}: {tally.hits}/{tally.cases} = {tally.rate:.3f}")
    return result


@pytest.mark.parametrize("name", list(MEASURES))
def test_floor(tallies: dict[str, Tally], name: str) -> None:
    assert tallies[name].rate >= MEASURES[name], f"{name} {tallies[name].rate:.3f}"
