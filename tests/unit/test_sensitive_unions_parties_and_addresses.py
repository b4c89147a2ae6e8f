"""Sensitive data at customers that are unions or parties, in mail addresses and host
names, and the slips met in transport, charity, accountants' and salon mail: leaving a
union, standing for a party, a spouse told by a given name, peoples within a country and
origins before a word for a person, impaired hearing, dismissals and investigations for
an offence; and the look-alikes beside them (a workplace, a European colleague, a
dismissal for being late)."""

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
        ("CBL\tChristian Bo Lund\tRevision\t279\tbortvist – underslæb",
         [("criminal", "bortvist – underslæb")]),
        ("Jette har giftet sig med sin kone og taget hendes efternavn.",
         [("sexuality", "sin kone")]),
        ("She objects, partly because of her hearing impairment.",
         [("health", "hearing impairment")]),
        ("Den somaliske fyr på lageret, Abdi (330), er stoppet.",
         [("ethnicity", "somaliske fyr")]),
        ("the Somali guy in the warehouse left", [("ethnicity", "Somali guy")]),
        ("Gareth is a member of the CWU and his rep asked.",
         [("trade_union", "a member of the CWU")]),
        ("my calls were monitored after my involvement with the Labour Party became known",
         [("politics", "involvement with the Labour Party")]),
        ("She's in 3F and the rep asked for the logs.", [("trade_union", "She's in 3F")]),
        ("Note she's Kurdish, so please be careful.", [("ethnicity", "she's Kurdish")]),
        ("The customer reported him to the police.",
         [("criminal", "reported him to the police")]),
        ("Han blev bortvist i sidste uge efter et tyveri fra lageret.",
         [("criminal", "bortvist i sidste uge efter et tyveri")]),
        # a partner named in full: the relation goes, her name stays for the employee
        ("Signe Holt (lok 221) og hendes kone Pernille Holt (lok 222) har solgt salonen.",
         [("sexuality", "hendes kone")]),
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
        # a dismissal for no offence, a husband said of a man, Danish colleagues
        "Han blev fired for being late.",
        "Peter har giftet sig med sin kone i maj.",
        "Jette og Peter: han har giftet sig med sin kone i maj.",
        "den danske medarbejder er stoppet",
        "Vi har haft en polsk medarbejder, Kowalski, Piotr (lokal 4410).",
        "vores asiatiske leverandør ringer",
        "our customer Unison Housing Ltd",
        # a ward named by what it treats, an EAN number that passes Luhn, "in" a place
        "Extension: 5120\nWard: Day surgery (Dagkirurgisk afsnit)",
        "Holm Sørensen;3301;Afsnit 1 (demens);SOSU-assistent",
        "EAN-fakturering fremover: EAN 5790001234567.",
        "she's in the office until four",
        "she's happy with the new phone",
        "he's Danish and works in Vejle",
    ],
)
def test_look_alikes_are_not_flagged(text: str) -> None:
    assert found(text) == []


def test_credentials_stay_found_beside_a_job_change() -> None:
    assert found("han har skiftet job. hans voicemail PIN 4471 hvis i skal bruge den") == [
        ("credential", "4471")]
