"""Extensions described by writers who do not know the word ("det korte nummer", "the
number you dial inside the office", "nr. 23 på omstillingen") and extensions written
with thousands separators, spaces, dashes or a line break inside them."""

from __future__ import annotations

import pytest

from parsers.kinds import classify_kind
from tests.reading import pairs


@pytest.mark.parametrize(("body", "expected"), [
    ("Vil I slette Fatima Zahra Benali hos Roskilde Apotek? Hendes korte nummer er 808.",
     [("Fatima Zahra Benali", "808")]),
    ("Anders Bo Nielsen vil gerne se hvad I har registreret om ham. Det interne nummer man "
     "ringer til inde i huset er 2207.", [("Anders Bo Nielsen", "2207")]),
    ("Jørgen Skov hos Hasle Bageri skal slettes. Hans lille nummer er 1204.",
     [("Jørgen Skov", "1204")]),
    ("Niels Christian Dahl hos Viby Auto er stoppet, internt har han 77. Slet ham venligst.",
     [("Niels Christian Dahl", "77")]),
    ("Please erase Daniel McCarthy. The short number, the one you dial inside the pub office, "
     "is 4410.", [("Daniel McCarthy", "4410")]),
    ("Følgende skal slettes:\n\nKarin Due - nr. 23 på omstillingen\nole hansen - nr. 24\n",
     [("Karin Due", "23"), ("ole hansen", "24")]),
    ("Bo Ravn hos Holstebro Vinduer skal slettes. Han har nummer 33 på omstillingen.",
     [("Bo Ravn", "33")]),
    ("Slet Søren Østergaard. Han havde 3340 som kort nummer.", [("Søren Østergaard", "3340")]),
    ("Slet venligst Gitte Lauridsen. Gitte Lauridsens korte nummer var 2310.",
     [("Gitte Lauridsen", "2310")]),
])
def test_an_extension_described_in_other_words(body: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(body) == expected


@pytest.mark.parametrize(("written", "extension"), [
    ("ext 1,310", "1310"), ("lok. 5,120", "5120"), ("lok. 1.204", "1204"),
    ("lokal 2 214", "2214"), ("lokal 2\n307", "2307"),
    ("nr. 0 45 på deres omstilling", "045"),
])
def test_an_extension_written_in_groups(written: str, extension: str) -> None:
    assert pairs(f"Slet venligst Jens Holm, {written}, hos kunden.") == [("Jens Holm", extension)]


@pytest.mark.parametrize("written", ["lokal 12.03.2025", "nr. 12 34 56 78", "lokal 10-14"])
def test_a_date_or_a_phone_number_after_a_cue_stays_no_extension(written: str) -> None:
    assert pairs(f"Slet venligst Jens Holm, {written}, hos kunden.") == [("Jens Holm", None)]


def test_a_spreadsheet_column_of_grouped_numbers() -> None:
    body = ("Nedenstående skal slettes:\n\nNavn;Lokal;Mobil\nKarl Heinz Müller;1.401;20 45 18 77\n"
            "Ida Marie de Linde;1.402;\n")
    assert pairs(body) == [("Karl Heinz Müller", "1401"), ("Ida Marie de Linde", "1402")]


@pytest.mark.parametrize(("subject", "body"), [
    ("Spørgsmål til faktura nr. 884213", "Vi har modtaget faktura nr. 884213. Fakturaen "
     "indeholder et gebyr for GDPR-udtræk, som vi ikke kan genkende.\n\nKan I oplyse, hvilken "
     "sag gebyret vedrører? Vi har ikke bestilt indsigt eller udlevering for nogen medarbejdere."),
    ("Portering af hovednummer", "Kunden ønsker portering af hovednummeret til en anden "
     "operatør pr. 31.03.2026.\n\nKan I bekræfte datoen, og hvad der sker med voicemails og "
     "optagelser på numrene?"),
])
def test_a_paragraph_about_no_one_is_no_request_of_its_own(subject: str, body: str) -> None:
    assert classify_kind(subject, body, "") == "other"
