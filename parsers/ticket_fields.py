"""Tickets of IT service management tools (ServiceNow, Jira Service Management,
TOPdesk, Freshservice) forwarded to the mailbox: their people fields and journal lines
name the caller, the reporter and the agents, who are no data subjects; the employee is
in "Requested for" or in the description. The contacts' names are blanked for the
understanding stages, so a comment's "Hendes lokalnummer var 412" pairs with the
employee and not with the caller who wrote it.
"""

from __future__ import annotations

import re

from parsers.letters import LOWER, UPPER

TICKET_LABELS = re.compile(  # the fields that make a text a ticket
    r"(?im:^[ \t]*(?:short description|requested for|requester|reporter|caller|assignment group"
    r"|assigned to|configuration item|request type|component|priority|state|status|urgency"
    r"|impact|kategori|underkategori|anmelder|behandler|melding|objekt|category|group"
    r"|ticket|number|request|anmoder|anmodet for|anmodningstype|gruppe|beskrivelse)[ \t]*:)"
)
MIN_TICKET_LABELS = 3
CONTACT_FIELD = re.compile(  # "Caller: Louise Brix (Brix & Co.)", "Anmelder: Pia Sand"
    r"(?im:^([ \t]*(?:caller|opened by|reported by|reporter|requester|assigned to|assignee"
    r"|agent|anmelder|anmoder|behandler|oprettet af|updated by|contact|kontakt)[ \t]*:)"
    r"[^\n]*$)"
)
NAME = rf"[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}'’-]+){{1,3}}"
DATE_OR_TIME = r"(?:\d{1,4}[-/.][0-9A-Za-z]{1,3}[-/.]\d{2,4}|\d{1,2}[:.]\d{2})"
JOURNAL_LINE = re.compile(  # "2026-01-12 08:41:10 - Louise Brix", "Hannah Lindqvist - 14/Jan/26
    # 10:12 AM", "Handeling (Frederik Holt, 15-01-2026 13:05):", "Note from agent Line Gade"
    rf"(?m:^[ \t]*(?:{DATE_OR_TIME}[^\n]{{0,20}}?[-–—][ \t]*({NAME})[ \t]*(?:\([^()\n]*\))?[ \t]*:?"
    rf"|({NAME})[ \t]*[-–—][ \t]*{DATE_OR_TIME}[^\n]{{0,24}}"
    rf"|[^\W\d_]+[ \t]*\(({NAME}),[ \t]*{DATE_OR_TIME}[^\n]{{0,20}}\)[ \t]*:?"
    rf"|(?i:(?:privat|private|intern|internal)[ \t]+)?"
    rf"(?i:note|comment|kommentar|work note|notat)s?[ \t]+(?i:from|by|af|fra)[ \t]+"
    rf"(?:(?i:agent|medarbejder)[ \t]+)?({NAME})[^\n]{{0,20}}:?)[ \t]*$)"
)


def is_ticket(text: str) -> bool:
    """Whether a text carries the fields of a service-management ticket."""
    return len(TICKET_LABELS.findall(text)) >= MIN_TICKET_LABELS


def blanked_names(match: re.Match[str]) -> str:
    """A journal line with the name of the person who wrote the entry blanked."""
    line = match.group()
    for index in range(1, 5):
        name = match.group(index)
        if name:
            start = match.start(index) - match.start()
            line = line[:start] + " " * len(name) + line[start + len(name) :]
    return line


def without_ticket_contacts(text: str) -> str:
    """`text` with a ticket's contact fields and journal authors blanked."""
    if not isinstance(text, str) or not is_ticket(text):
        return text
    text = CONTACT_FIELD.sub(lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))), text)
    return JOURNAL_LINE.sub(blanked_names, text)
