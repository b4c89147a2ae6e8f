"""Sentences that order ordinary provisioning beside a GDPR request: move a user, set
up a new one, swap or add numbers, reset a PIN ("Kan I flytte Jonas Friis fra lokal 31
til lokal 45?", "Please also set up ext 234 for their new nurse"). The names and
numbers such a sentence gives are no data subjects, so it is blanked before the
employees are read; a sentence that also asks to erase, hand over or show data stays.
Pure text rules; no I/O."""

from __future__ import annotations

import re

SENTENCE = re.compile(r"[^\n]+?(?:(?<=[.!?])(?=[ \t]+[A-ZÆØÅ(])|$)", re.MULTILINE)
CLAUSE_END = r"(?=,[ \t]*(?:and|og|samt)[ \t]+|;[ \t]|$)"
CLAUSE = re.compile(  # a sentence's clauses: "Please set up three new users on ext 16, 17 and
    # 18, and delete the former employee Ole Bak on ext 15"
    rf".+?{CLAUSE_END}|(?<=[,;]).+?{CLAUSE_END}"
)
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
DATA_REQUEST = re.compile(  # a word of a GDPR request in the same sentence keeps it
    r"(?i:\b(?:slet\w*|anonymi\w*|indsigt\w*|udlever\w*|erase\w*|erasure|delete\w*|remove"
    r"|access|export\w*|voicemail(?![-‐ ]?(?:pin|kode|code|password))\w*|optag\w*|recording\w*"
    r"|gdpr|personoplysning\w*"
    r"|personal data|indsigelse|object\w*)\b)"
)


def without_provisioning(text: str) -> str:
    """`text` with each sentence that only orders provisioning blanked (offsets kept)."""
    if not isinstance(text, str) or not PROVISIONING_WORD.search(text):
        return text if isinstance(text, str) else ""
    pieces = []
    last = 0
    for sentence in SENTENCE.finditer(text):
        for clause in CLAUSE.finditer(text, sentence.start(), sentence.end()):
            words = clause.group()
            if orders_provisioning(words) and not DATA_REQUEST.search(words):
                pieces.append(text[last : clause.start()] + " " * len(words))
                last = clause.end()
    return "".join(pieces) + text[last:]


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
