"""Service-desk tickets forwarded to the mailbox, numbers that changed over time, national
ways of writing an extension and forms with name fields: each read as a support agent
reads it, on cases written beside the held-out sets."""

from __future__ import annotations

import pytest

from parsers.markdown import plain_markdown
from parsers.ticket_fields import is_ticket, without_ticket_contacts
from tests.reading import employees, found

SERVICENOW = (
    "Nordtel IT ServiceNow - ny opgave til ekstern leverandør\n\nNumber: RITM0098765\n"
    "Short description: GDPR - sletning af fratrådt medarbejder\n"
    "Caller: Louise Brix (Brix & Co. Revision ApS)\nRequested for: Mette Kjær Hansen\n"
    "Assignment group: Nordtel - Telefoni 2nd line\nState: Work in Progress\n\nDescription:\n"
    "Kunden ønsker medarbejderen slettet/anonymiseret. Hun er fratrådt pr. 31.12.2025.\n\n"
    "Additional comments (Customer visible):\n2026-01-12 08:41:10 - Louise Brix\n"
    "Hendes lokalnummer var 412.\n\nWork notes:\n2026-01-12 09:02:55 - Jonas Thygesen\n"
    "Sender videre til Flexfone som databehandler.\n"
)
JIRA = (
    "SD-4411 Subject access request - Flexfone data\n"
    "Reporter: Hannah Lindqvist (Kastrup Shipping Agency)\nRequest type: Data protection request\n"
    "Status: Waiting for third party\n\nDescription:\nOur customer has received a subject "
    "access request from a former employee, Tomasz Wiśniewski.\n\nComments:\n\n"
    "Hannah Lindqvist - 14/Jan/26 10:12 AM\nHe used extension 5512 on the Kastrup switchboard.\n"
)
FRESHSERVICE = (
    "Ny sag er tildelt jer.\nSag #INC-8790\nEmne: Indsigelse mod optagelse af samtaler\n"
    "Anmoder: Per Lauridsen (Herning Tæpper ApS)\nAnmodet for: Birgitte Ravn Holm\n"
    "Gruppe: Leverandør - Flexfone\nKategori: GDPR > Indsigelse\nBeskrivelse:\n"
    "Birgitte gør indsigelse mod at hendes samtaler optages.\nPrivat note fra Line Gade:\n"
    "Lokal 2033. Øvrige medarbejdere skal stadig optages.\n"
)


@pytest.mark.parametrize(("ticket", "subject", "expected"), [
    (SERVICENOW, "RITM0098765 | GDPR - sletning", [("Mette Kjær Hansen", "412")]),
    (JIRA, "SD-4411 Subject access request", [("Tomasz Wiśniewski", "5512")]),
    (FRESHSERVICE, "Sag #INC-8790", [("Birgitte Ravn Holm", "2033")]),
])
def test_a_tickets_caller_and_agents_are_no_employees(
    ticket: str, subject: str, expected: list[tuple[str, str]]
) -> None:
    assert employees(ticket, subject) == expected


def test_an_ordinary_mail_with_a_contact_line_is_no_ticket() -> None:
    text = "Kontakt: Louise Brix\nSlet venligst Mette Holm, lokal 12.\n"
    assert not is_ticket(text)
    assert without_ticket_contacts(text) == text


@pytest.mark.parametrize(("body", "expected"), [
    ("Slet Rune Dahl, som skiftede fra lokal 930 til 903 i fjor.", [("Rune Dahl", "903")]),
    ("Vi skal have slettet Jens Peter Mikkelsen, som havde lokal 214 indtil sidste år, hvor han "
     "skiftede til 215 ved flytningen.", [("Jens Peter Mikkelsen", "215")]),
    ("Maja Frost-Pedersen står i omstillingen med lokal 48, men det rigtige, som hun har haft "
     "siden august, er 84.", [("Maja Frost-Pedersen", "84")]),
])
def test_a_number_from_before_a_change_is_no_longer_the_employees(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert employees(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Slet:\nJens-Uwe Müller – Durchwahl -214\nDr. Thomas Brandt – Durchwahl -230\n",
     [("Jens-Uwe Müller", "214"), ("Thomas Brandt", "230")]),
    ("Hand over the calls of Emma Lindahl, x 3302, please.", [("Emma Lindahl", "3302")]),
    ("We ordered 2 x 100 licences for Emma Lindahl.", [("Emma Lindahl", None)]),
])
def test_national_ways_of_writing_an_extension(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert employees(body) == expected


def test_a_name_field_without_its_number_is_still_an_employee() -> None:
    body = ("Please provide a copy of the personal data.\n\n**Employee information:**\n"
            "1. **Name:** Liam Gallagher\n   **Extension:** 1203\n"
            "2. **Name:** Priya Raghunathan\n   **Extension:** [Extension]\n")
    assert employees(body, "Subject access requests") == [
        ("Liam Gallagher", "1203"), ("Priya Raghunathan", None)
    ]


def test_a_lower_case_name_in_a_name_field_before_its_number() -> None:
    body = ("Slet:\n\n1. **Navn:** hans-henrik lund – **Lokalnummer:** 45\n"
            "2. **Navn:** Fatima Zahra El Amrani – **Lokalnummer:** 46\n")
    assert employees(body) == [("hans-henrik lund", "45"), ("Fatima Zahra El Amrani", "46")]


@pytest.mark.parametrize("text", [
    "Vi er syg travle for tiden og vil gerne afmeldes.",
    "We are sygt travlt this month.",
])
def test_the_busy_idiom_is_no_health(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("body", "expected"), [
    ("Please erase these users:\n- Anand Krishnan (आनंद कृष्णन), ext 101\n"
     "- Noa Ben-David (נועה בן-דוד), ext 104\nThe extensions 105–110 stay active.\n",
     [("Anand Krishnan", "101"), ("Noa Ben-David", "104")]),
    ("Kunden beder om anonymisering af Хана Мюллер (Hanna Müller), lokal 05.",
     [("Hanna Müller", "05")]),
])
def test_a_name_in_another_script_beside_its_latin_form_is_one_employee(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert employees(body, "Erasure") == expected


def test_an_escaped_pipe_is_no_cell_of_its_own() -> None:
    row = plain_markdown("| Tomasz Wiśniewski | 7781 \\| +45 20 11 34 56 |")
    assert row.count("|") == 3 and "7781  /  +45" in row
