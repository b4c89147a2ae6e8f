"""Quoted history of a reply: which quoted mails belong to this thread, in what
order, and without their header lines, quote marks and signatures.

A reply's quoted mails are read oldest first (the request before the answers to
it); a quoted mail whose header names another topic is another matter.
"""

from __future__ import annotations

import re

from parsers.headers import REPLY_PREFIX
from parsers.quotes import attribution_verbs
from parsers.signatures import is_sign_off, is_signer_line

QUOTE_MARK = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)


# the words of reply and forward headers in the languages mail clients are set to:
# "Den … skrev", "Am … schrieb", "Le … a écrit", "Il giorno … ha scritto", "Op …
# schreef", "El … escribió", "W dniu … napisał"; "Von:", "De :", "Da:", "Van:", "Od:"
OPENER = r"(?:den|on|am|le|el|op|il|em|w[ \t]+dniu|dnia)"
WROTE = rf"(?:{attribution_verbs()})"
FROM_LABEL = r"(?:fra|from|von|från|de|van|da|od|afsender|sender|avsändare)"
FIELD_LABEL = (
    r"(?:til|to|an|à|a|till|aan|para|do|sendt|sent|gesendet|skickat|envoyé|enviado|inviato"
    r"|verzonden|wysłane|emne|subject|betreff|ämne|objet|asunto|oggetto|onderwerp|temat"
    r"|assunto|cc|modtager|dato|date|datum)"
)


HEADER_LINE = re.compile(  # also mutt's "* Bente Iversen <bi@…> [2025-02-10 13:05]:" and
    # "Henriette Gade wrote on 06-02-2025 11:20:"
    rf"^[ \t]*(?:{OPENER}\b.*\b{WROTE}(?!\w)|(?:{FROM_LABEL}|{FIELD_LABEL})[ \t]*:"
    r"|\*[ \t]+[^<>\n]+<[^>\n]+>[ \t]*\[[^\]\n]*\][ \t]*:[ \t]*$"
    rf"|[^\W\d_]+(?:[ \t]+[^\W\d_'’-]+){{1,3}}(?:[ \t]*<[^>\n]+>)?[ \t]+{WROTE}(?!\w)"
    r"[^\n]{0,60}:[ \t]*$)",
    re.IGNORECASE,
)


SUBJECT_TAG = re.compile(r"\[[^\]\n]{1,40}\]")


WROTE_FIRST = re.compile(  # Gmail in Danish: "Den ons. 11. mar. 2026 kl. 08.12 skrev Helle
    # Juhl <helle@…>:", in Dutch "Op 3 mrt. 2025 om 10:12 schreef Jan de Vries <jan@…>:"
    rf"^[ \t>]*{OPENER}\b[^\n]*?\b{WROTE}[ \t]+([^<>\n@\d]+?)[ \t]*\(?<[^>\n]+>\)?"
    r"[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)
AUTHOR_LINE = re.compile(
    rf"^[ \t>]*{FROM_LABEL}[ \t]*:[ \t]*"
    r"[\"']?([^<>\"'\n@]+?)[\"']?[ \t]*(?:<|\[mailto:)",
    re.IGNORECASE | re.MULTILINE,
)


ATTRIBUTION = re.compile(  # also "El lun, 3 mar 2025 a las 10:12, Javier Ruiz (<jr@…>)
    # escribió:"
    rf"^[ \t>]*{OPENER}\b[^\n]*?[\d.:]+[ \t,]+([^<>()\n@\d]+?)[ \t]*\(?<[^>\n]+>\)?"
    rf"[ \t]*{WROTE}",
    re.IGNORECASE | re.MULTILINE,
)


NAME_WROTE = re.compile(  # mutt and Thunderbird: "Henriette Gade wrote on 06-02-2025 11:20:",
    # "Henriette Gade <hg@…> skrev den 6. feb.:"
    r"^[ \t>]*([A-ZÆØÅ][^\W\d_]+(?:[ \t]+[A-ZÆØÅ][^\W\d_'’-]+){1,3})(?:[ \t]*<[^>\n]+>)?"
    rf"[ \t]+(?i:{WROTE})(?![\w])[^\n]{{0,60}}:[ \t]*$",
    re.MULTILINE,
)


MUTT_AUTHOR = re.compile(  # mutt: "* Bente Iversen <bi@amagerfragt.dk> [2025-02-10 13:05]:"
    r"^[ \t>]*\*[ \t]+([^<>\n@*]+?)[ \t]*<[^>\n]+>[ \t]*\[[^\]\n]*\][ \t]*:[ \t]*$",
    re.MULTILINE,
)


HELPDESK_AUTHOR = re.compile(  # a helpdesk's comment header: "Sofie Mølgaard" above
    # "16. mar. 2026 11.02 CET", "Rasmus Holt (Kontorpartner)" above "Mar 16, 2026, 13:40"
    r"^[ \t]*([A-ZÆØÅ][^\W\d_]+(?:[ \t]+[A-ZÆØÅ][^\W\d_'’-]+){1,3})(?:[ \t]*\([^()\n]*\))?"
    r"[ \t]*\n[ \t]*(?:\d{1,2}\.?[ \t]+[a-zæøå]{3,}\.?,?[ \t]+\d{4}"
    r"|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4})[^\n]{0,12}?\d{1,2}[.:]\d{2}",
    re.MULTILINE,
)


def quoted_authors(text: str) -> tuple[str, ...]:
    """Names of the authors of quoted or forwarded mails ("Fra: Lis Birk <lis@…>")."""
    names = [
        m.group(1)
        for pattern in (AUTHOR_LINE, ATTRIBUTION, WROTE_FIRST, NAME_WROTE, MUTT_AUTHOR,
                        HELPDESK_AUTHOR)
        for m in pattern.finditer(text)
    ]
    return tuple(" ".join(name.split()) for name in names if len(name.split()) >= 2)


BLOCK_START = re.compile(
    rf"^[ \t]*(?:{OPENER}\b.*\b{WROTE}(?!\w)|{FROM_LABEL}[ \t]*:)",
    re.IGNORECASE,
)


TOPIC_LINE = re.compile(
    r"^[ \t]*(?:emne|subject|betreff|ämne|objet|asunto|oggetto|onderwerp|temat|assunto)"
    r"[ \t]*:[ \t]*(.*)$",
    re.IGNORECASE,
)


def thread_history(quoted: str, subject: str) -> str:
    """The quoted mails of this thread, oldest first (the request before the answers
    to it); a quoted mail whose header names another topic ("Emne: SV: Sletning
    Camilla Dahl" below a forwarded voicemail request) is another matter and left out."""
    blocks: list[list[str]] = [[]]
    for line in QUOTE_MARK.sub("", quoted).splitlines(keepends=True):
        if BLOCK_START.match(line) and any(part.strip() for part in blocks[-1]):
            blocks.append([])
        blocks[-1].append(line)
    own_topic = topic_of(subject)
    # the newest quoted mail is the one answered or forwarded, whatever its subject
    newest = next((i for i, block in enumerate(blocks) if block_topic(block) is not None), 0)
    kept = [
        block for index, block in enumerate(blocks)
        if index <= newest or same_topic(block_topic(block), own_topic)
    ]
    return "\n".join("".join(block) for block in reversed(kept))


def block_topic(block: list[str]) -> str | None:
    """The subject a quoted mail's header block gives, if any."""
    for line in block[:8]:
        if match := TOPIC_LINE.match(line):
            return topic_of(match.group(1))
    return None


def topic_of(subject: str) -> str:
    """A subject without reply prefixes, tags and case ("SV: [GDPR-1] Sletning" -> "sletning")."""
    return " ".join(SUBJECT_TAG.sub(" ", REPLY_PREFIX.sub("", subject.strip())).lower().split())


def same_topic(topic: str | None, own: str) -> bool:
    """Whether a quoted mail's topic is this mail's (or unknown)."""
    return topic is None or not topic or not own or topic in own or own in topic


def clean_quoted(quoted: str, signers: tuple[str, ...] = ()) -> str:
    """Quoted history without quote marks, header lines and sign-off blocks."""
    kept: list[str] = []
    in_signature = False
    text = HELPDESK_AUTHOR.sub(  # a helpdesk comment's author and date open a new mail
        lambda m: "\n" * m.group().count("\n"), QUOTE_MARK.sub("", quoted)
    )
    for line in text.splitlines(keepends=True):
        if HEADER_LINE.match(line) or line.lstrip().startswith(("---", "___")):
            in_signature = False
            kept.append("\n")
            continue
        in_signature = in_signature or is_sign_off(line) or is_signer_line(line, signers)
        kept.append("\n" if in_signature else line)
    return "".join(kept)
