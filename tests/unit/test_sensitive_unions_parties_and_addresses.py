"""Sensitive data at customers that are unions or parties, in mail addresses and host
names, and the slips met in transport and charity mail: leaving a union, standing for
a party, a man's husband named by his genitive, peoples within a country, an
investigation of an offence; and the look-alikes beside them."""

from __future__ import annotations

import pytest

from tests.reading import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hun har meldt sig ud af forbundet og ind i Krifa, og hun vil ikke.",
         [("trade_union", "meldt sig ud af forbundet"), ("trade_union", "og ind i Krifa")]),
        ("Jens Peter er stillet op for partiet til regionsrådsvalget.",
         [("politics", "stillet op for partiet")]),
        ("Jens Peters mand har ringet og spurgt om hans voicemails.",
         [("sexuality", "Peters mand")]),
        ("The coordinator writes that he is a Shia Hazara and was afraid.",
         [("religion", "Shia"), ("ethnicity", "Hazara")]),
        ("We need his recorded calls as part of an internal investigation into theft from "
         "our warehouse.", [("criminal", "investigation into theft")]),
    ],
)
def test_slips_are_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # working at a union is the workplace, not a membership
        "Han er stoppet i fagforeningen pr. 15/1.",
        "Hun er ansat i forbundet som bogholder.",
        # a union's or a party's name in a mail address or host name
        "<kontakt@fagforbundet-sydvest.dk>: host mx.fagforbundet-sydvest.dk[185.17.52.10]",
        "Se www.fagforening.dk/medlem for priser.",
        # "stress" as a verb
        "The coordinator asks us to stress that it is urgent.",
        # a woman's husband, and a joining word with no union after it
        "Mettes mand har ringet.",
        "Vi skal ind i Venstre side af menuen.",
        # a shift code, and a credential word going on as a compound
        "Route: 350S (depot Glostrup, shift code D2)",
        'Skal de bare bruge "glemt adgangskode"-linket?',
    ],
)
def test_look_alikes_are_not_flagged(text: str) -> None:
    assert found(text) == []


def test_credentials_stay_found_beside_a_job_change() -> None:
    assert found("han har skiftet job. hans voicemail PIN 4471 hvis i skal bruge den") == [
        ("credential", "4471")]
