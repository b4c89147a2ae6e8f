"""Requests relayed by a reseller's ticket system (Jira Service Management, ServiceNow,
TOPdesk): a person's request under the machine's bulk and auto-generated headers, and
the form fields or table naming the employees below the agent's signature. Receipts and
notifications from the same systems stay automated."""

from __future__ import annotations

from parsers.mail import parse_mail
from parsers.quotes import split_text
from parsers.signatures import cut_signature
from parsers.tables import employee_lines

JIRA_HEADERS = (
    "From: NordIT Servicedesk <support@nordit.atlassian.net>\n"
    "To: persondata@flexfone.dk\n"
    "Subject: [JIRA] (SUP-4812) Sletning af fratrådt medarbejder\n"
    "Message-ID: <sup-4812@nordit.atlassian.net>\n"
    "Auto-Submitted: auto-generated\n"
    "Precedence: bulk\n"
    "X-JIRA-FingerPrint: 319bfbc022f7cb4fc1c92d3460ae3bde\n"
    "X-Mailer: Atlassian Jira Service Management\n"
    "Content-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: 8bit\n\n"
)
RELAYED_REQUEST = (
    "Hej Flexfone\n\nKunden har bedt os om at få slettet den fratrådte medarbejder "
    "nedenfor.\n\nMed venlig hilsen\nKasper Lund\nServicedesk | NordIT ApS\n"
    "Tlf. +45 70 22 41 10\n\n---- Sagsdetaljer ----\nOpgave: SUP-4812\n"
    "Rapportør: Kasper Lund\nBerørt bruger: Mette Kjær Hansen\nLokalnummer: 412\n"
    "Prioritet: Medium\n\nBesvar denne e-mail for at tilføje en kommentar til SUP-4812.\n"
)


def test_a_request_relayed_by_a_ticket_system_is_a_persons() -> None:
    parsed = parse_mail((JIRA_HEADERS + RELAYED_REQUEST).encode())
    assert parsed.automated is None
    assert parsed.kind == "erasure"
    assert [(s.full_name, s.extension) for s in parsed.data_subjects] == [
        ("Mette Kjær Hansen", "412")]


def test_a_ticket_systems_receipt_stays_automated() -> None:
    receipt = (
        "Dear sender,\n\nYour call has been registered under number I2602-0417.\n\n"
        "Short description: Erasure - Rasmus Kjær Thygesen, ext 6634\n\n"
        "Please do not reply to this message.\n"
    )
    headers = JIRA_HEADERS.replace("[JIRA] (SUP-4812) Sletning af fratrådt medarbejder",
                                   "[Call I2602-0417] Registered: Erasure")
    assert parse_mail((headers + receipt).encode()).automated is not None


def test_a_newsletter_from_a_ticket_system_stays_automated() -> None:
    headers = JIRA_HEADERS.replace("Precedence: bulk\n", "Precedence: bulk\nList-Unsubscribe: "
                                   "<mailto:unsubscribe@nordit.dk>\n")
    assert parse_mail((headers + RELAYED_REQUEST).encode()).automated is not None


def test_employee_fields_and_tables_below_a_signature() -> None:
    lines = [
        "Med venlig hilsen", "Kasper Lund", "Lokal: 214", "",
        "Berørt bruger | Søren Østergaard Nielsen", "Lokalnummer | 0315", "",
        "Navn                  Lokalnummer  Bemærkning",
        "Jens Peter Dalgaard   301          fratrådt 30/9",
        "Susanne Bak           305          fratrådt 30/9", "",
        "Affected users:", "  - Aleksandra Nowak-Jensen (ext. 5520)", "",
        "Sendt af Jira Service Management",
    ]
    assert employee_lines(lines) == [2, 4, 5, 7, 8, 9, 11, 12]
    # an extension alone under a signature is the agent's own
    assert employee_lines(["Med venlig hilsen", "Kasper Lund", "Lokal: 214"]) == []


def test_the_table_under_a_signature_stays_in_the_request() -> None:
    body = (
        "Hej Flexfone\n\nKunden ønsker nedenstående brugere anonymiseret.\n\n"
        "Med venlig hilsen\nKasper Lund\nServicedesk | NordIT ApS\n\n"
        "Navn                  Lokalnummer  Bemærkning\n"
        "Jens Peter Dalgaard   301          fratrådt 30/9\n\nSendt af Jira Service Management\n"
    )
    parts = split_text(body)
    assert "Jens Peter Dalgaard   301" in parts.new
    assert "Kasper Lund" in parts.signature
    cut = cut_signature("Hej\nSlet venligst.\n\nMed venlig hilsen\nKasper Lund\n\n"
                        "Berørt bruger: Mette Kjær Hansen\nLokalnummer: 412\n")
    assert "Kasper Lund" not in cut
    assert "Berørt bruger: Mette Kjær Hansen\nLokalnummer: 412" in cut


def test_a_zendesk_receipt_quoting_our_subject_stays_automated() -> None:
    raw = (
        "From: Kontorkom Support <support@kontorkom.dk>\nTo: persondata@flexfone.dk\n"
        "Subject: [Kontorkom] Sag #48211 er modtaget\nAuto-Submitted: auto-generated\n"
        "X-Mailer: Zendesk Mailer\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\nKære kunde\n\nTak for din henvendelse. Vi har "
        "modtaget den og oprettet sag #48211.\n\nEmne: Re: Vi har modtaget jeres anmodning om "
        "sletning\nStatus: Åben\n\nSvar venligst ikke direkte på denne mail.\n"
    )
    assert parse_mail(raw.encode()).automated is not None


def test_an_away_reply_in_its_own_words_is_automated() -> None:
    raw = (
        "From: Noah Berg <noah@hyggeops.com>\nTo: persondata@flexfone.dk\n"
        "Subject: Re: [GDPR-2026-000007] We have received your request\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "hey! I'm off-grid skiing until 3 March, no laptop, no slack.\n\nfor anything urgent "
        "mail ops@hyggeops.com.\n\n— noah\n"
    )
    assert parse_mail(raw.encode()).automated is not None
