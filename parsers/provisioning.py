"""Sentences that order ordinary provisioning beside a GDPR request: move a user, set
up a new one, swap or add numbers, reset a PIN ("Kan I flytte Jonas Friis fra lokal 31
til lokal 45?", "Please also set up ext 234 for their new nurse"). The names and
numbers such a sentence gives are no data subjects, so it is blanked before the
employees are read; a sentence that also asks to erase, hand over or show data stays.
Pure text rules; no I/O."""

from __future__ import annotations

import re

from parsers.clauses import without_clauses

PROVISIONING = re.compile(  # an order to provision, not a report ("er flyttet til Berlin")
    r"(?i:^[^\w]*(?:og[ \t]+|and[ \t]+)?(?:please[ \t]+)?(?:flyt|opret|nulstil|byt|omstil"
    r"|viderestil|set up|create|reset|swap|move|forward)\b"
    # adding is provisioning only into a queue or group (not "Tilføj også Mathias Kragh")
    r"|\b(?:add|tilføj\w*)\b[^.\n]{0,40}\b(?:queue|kø|køen|ringegruppe\w*|hunt group|group"
    r"|gruppe\w*)\b"
    r"|\b(?:kan|vil|skal|bedes|venligst)[ \t]+(?:i[ \t]+|du[ \t]+|vi[ \t]+)?"
    r"(?:også[ \t]+|lige[ \t]+|samtidig[ \t]+)?(?:flytte|oprette|nulstille|bytte)\b"
    r"|(?<!\bis )(?<!\bare )(?<!\bwas )\b(?:also|please)[ \t]+(?:also[ \t]+)?"  # (not "he is
    r"(?:set up|create|reset|move|swap)\b"  # also set up on the switchboard")
    r"|\bopret[ \t]+(?:samtidig|også|ny|en[ \t]+ny)\b|\bbyttes\b"
    r"|\bnew[ \t]+(?:user|hire|starter|colleague)[ \t]+(?:on|with)[ \t]+ext)"
)
PROVISIONING_WORD = re.compile(  # any of its verbs: the text is read sentence by sentence
    r"(?i:flyt|opret|tilføj|nulstil|byt|omstil|viderestil|set up|create|add|reset|swap|move"
    r"|forward|new)"
)


def without_provisioning(text: str) -> str:
    """`text` with each clause that only orders provisioning blanked (offsets kept)."""
    if not isinstance(text, str) or not PROVISIONING_WORD.search(text):
        return text if isinstance(text, str) else ""
    return without_clauses(text, lambda clause, _sentence: orders_provisioning(clause))


FIRST_DIGIT = re.compile(r"\d")


def orders_provisioning(clause: str) -> bool:
    """Whether a clause orders provisioning before it gives any number ("Kan I flytte
    Jonas Friis fra lokal 31 ...", "lok. 209 og 210 byttes"); a request's list item with
    a remark after its number ("Pernille Ejby (ext 300) - ... please reset it") does not."""
    order = PROVISIONING.search(clause)
    if order is None:
        return False
    digit = FIRST_DIGIT.search(clause)
    return digit is None or order.start() < digit.start() or order.group().lower() == "byttes"
