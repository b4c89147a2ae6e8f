"""Where a mail's own text ends and its signature begins, and who the sender is.

Signatures name the sender, their company and phone numbers; none of them is an
employee the request is about. A signature opens with a sign-off ("Med venlig
hilsen"), a line that is only the sender's name, or, without a sign-off, a name
line followed by company, title and phone lines.
"""

from __future__ import annotations

import re
from itertools import islice

from parsers.extensions import EXTENSION
from parsers.lexicon import read_book, tokenize
from parsers.names import ABBREVIATED_GIVEN, NAME_WORD, company_nouns, spelt_with_danish_letters
from parsers.tables import employee_lines

SIGN_OFF_WORDS = 4


DISPLAY_NAME_EXTRA = re.compile(r"\s*(?:\([^)]*\)|\[[^\]]*\]|[|/].*|\bvia\b.*)\s*", re.IGNORECASE)


def person_of_display_name(name: str) -> str:
    """The person in a display name: "Jannik Schmidt (Telepartner Syd)", "Jannik
    Schmidt | Telepartner", "Jannik Schmidt via Zendesk" -> "Jannik Schmidt"."""
    return " ".join(DISPLAY_NAME_EXTRA.sub(" ", name).split()) or name


def is_sign_off(line: str) -> bool:
    """Whether a line opens a sign-off ("Med venlig hilsen", "Best regards", also both
    languages at once: "Med venlig hilsen / Kind regards")."""
    return any(is_one_sign_off(part) for part in line.split("/")) if "/" in line else (
        is_one_sign_off(line)
    )


ABBREVIATED_NAME = re.compile(rf"[ \t]*{ABBREVIATED_GIVEN}[ \t]+{NAME_WORD}")


def is_one_sign_off(line: str) -> bool:
    """Whether a line (or one half of a two-language line) is a sign-off."""
    words = tokenize(line)
    if not words or len(words) > SIGN_OFF_WORDS:
        return False
    if ABBREVIATED_NAME.match(line):
        return False  # "Kr. Nielsen, lokalnr. 231": a name written short, not "KR"
    return read_book("subject_signoffs").match_at(words, 0) is not None


def signer_of(text: str, company: str = "") -> str | None:
    """The name signed below the first sign-off ("Kind regards,\nMette Dahl"): the
    person who wrote the mail, also when the display name is a ticket system's; or,
    with no sign-off, the name above the sender's `company` ("Ola Lund" / "Kattegat
    Kommunikation ApS" from "Kattegat Kommunikation <support@...>")."""
    lines = [line for line in text.splitlines() if line.strip()]
    for index, line in enumerate(lines[:-1]):
        if is_sign_off(line) and is_name_line(lines[index + 1]):
            return " ".join(lines[index + 1].split())
    words = company.split()
    for index, line in enumerate(lines[:-1]):
        below = lines[index + 1].lower()
        if len(words) >= 2 and is_name_line(line) and (
            company.lower() in below  # "Kattegat Kommunikation ApS" below "Ola Lund"
            or (LEGAL_FORM.search(lines[index + 1]) and below.split()[:1] == [words[0].lower()])
        ):  # "Bølgen Kommunikation ApS" from "Bølgen Support <support@boelgen.dk>"
            return " ".join(line.split())
    return signed_block(text)


FIELD_LABEL = re.compile(r"[ \t]*[^\W\d_][\w .-]{0,24}:")
LEGAL_FORM = re.compile(r"(?<![\w/])(?:ApS|A/S|I/S|IVS|K/S|P/S|AS|AB|GmbH|Ltd)(?![\w/])")
PHONE_LINE = re.compile(r"^[ \t]*(?:[^\W\d_]+\.?:?[ \t]*)?\+?[\d ()-]{8,}[ \t]*$")


def signed_block(text: str) -> str | None:
    """The name opening the last paragraph when the rest of it is a signature with no
    sign-off above it ("Se vedhæftede." above "Mette Bøgh" / "Bøgh & Lund Kommunikation
    ApS" / "86 40 22 22"): a company with its legal form, or a phone number."""
    blocks = re.split(r"\n[ \t]*\n", text.strip())
    lines = [line for line in blocks[-1].splitlines() if line.strip()] if blocks else []
    if len(blocks) < 2 or not 2 <= len(lines) <= 5 or not is_name_line(lines[0]):
        return None
    if lines[0].isupper() or any(FIELD_LABEL.match(line) for line in lines[1:]):
        return None  # an employee set out as a record: "MARIA KOWALSKA" / "Customer: ... ApS"
    if any(LEGAL_FORM.search(line) or PHONE_LINE.match(line) for line in lines[1:]):
        return " ".join(lines[0].split())
    return None


def cut_signature(text: str, signers: tuple[str, ...] = ()) -> str:
    """The text before its first sign-off line (signatures name the sender), or
    before a line that is only the name of the sender or of a quoted author; a ticket
    system's fields for the employee and extension below the signature are kept."""
    lines = text.splitlines(keepends=True)
    index = signature_start(lines, signers)
    if index is None:
        return text
    return "".join(lines[:index] + postscripts(lines[index:]) + employee_fields(lines[index:]))


POSTSCRIPT = re.compile(
    r"^[ \t]*(?:P\.?[ \t]?P\.?[ \t]?)?P\.?[ \t]?S\.?(?:[ \t]*[:.,–—-])?[ \t]+(?=\S)",
    re.MULTILINE,
)


def postscripts(lines: list[str]) -> list[str]:
    """A P.S. written below the signature, with the rest of its paragraph: the writer's
    own text, where a request is often remembered last ("P.S. Inden jeg glemmer det -
    ... vil gerne have udleveret sine voicemails")."""
    kept: list[str] = []
    inside = False
    for line in lines:
        if POSTSCRIPT.match(line):
            inside = True
        elif inside and (not line.strip() or line.strip() in ("--", "-- ")):
            inside = False
        if inside:
            kept.append(line)
    return kept


def signature_start(lines: list[str], signers: tuple[str, ...]) -> int | None:
    """The index of the line the signature starts at, if any."""
    has_text_before = False
    for index, line in enumerate(lines):
        if THANKS.match(line) and not has_text_before and opens_text(lines, index):
            has_text_before = True  # "Thanks, that's great." above the request: thanks
            continue  # for the last answer, not a sign-off
        if is_sign_off(line) and not has_text_before and WISH.match(line):
            has_text_before = True  # "Best wishes for 2026." under the greeting: a wish
            continue
        if is_sign_off(line) or (has_text_before and is_signer_line(line, signers)):
            return index
        if has_text_before and is_signature_name(lines, index):
            return index
        if has_text_before and is_firm_line(line) and index + 1 < len(lines) and (
            is_signature_name(lines, index + 1, under_firm=True)
        ):  # "KontaktLinjen ApS" above "Mikkel Dahl" and "CVR 40 11 22 33"
            return index
        has_text_before = has_text_before or is_content_line(line)
    return None


def employee_fields(lines: list[str]) -> list[str]:
    """The form fields and tables a ticket system writes under the agent's signature
    that name the employees ("Berørt bruger: Mette Kjær Hansen", "Lokalnummer: 412"),
    with a blank line above them."""
    kept = [lines[index] for index in employee_lines(lines)]
    return ["\n", *kept] if kept else []


WISH = re.compile(  # a wish opening the mail, a sentence of its own ("Best wishes for 2026.",
    # "Godt nytår og tak for sidst!")
    r"[ \t]*[^\n]*?\b(?i:for|til|with|med|og|and)\b[^\n]*[.!][ \t]*$"
)
OPENING_SENTENCE_WORDS = 6
THANKS = re.compile(r"[ \t]*(?i:tak|mange tak|thanks|thank you|many thanks)\b")


def opens_text(lines: list[str], index: int) -> bool:
    """Whether a thank-you line opens the text: a sentence of its own follows it."""
    following = next((line for line in lines[index + 1 :] if line.strip()), "")
    return len(tokenize(following)) >= OPENING_SENTENCE_WORDS


def is_content_line(line: str) -> bool:
    """Whether a line says something (not a greeting, marker or blank)."""
    words = tokenize(line)
    return len(words) >= 3


SIGNATURE_DETAIL = re.compile(
    r"(?:\b(?:ApS|A/S|I/S|IVS|Ltd|GmbH|AB|AS|Inc|IT|Tlf|Tel|Mobil|Mob|Phone|Direkte|Direct)\b"
    r"|@|www\.|\+\d|\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{2}|&)",
    re.IGNORECASE,
)


def is_signature_name(lines: list[str], index: int, under_firm: bool = False) -> bool:
    """Whether line `index` is the name opening a signature block written without a
    sign-off: a line of 2-4 capitalised words and no digits, after a blank or
    closing line (or under the firm's name, `under_firm`), followed only by short
    detail lines (company, title, phone)."""
    if not is_name_line(lines[index]):
        return False
    before = [line for line in lines[:index] if line.strip()]
    if before and before[-1].rstrip().endswith(":"):
        return False  # "Please anonymise:" above the name: a list, not a signature
    if under_firm:
        index_before = index - 1  # the firm's line must itself close the text above
        if index_before and lines[index_before - 1].strip() and not lines[
            index_before - 1
        ].rstrip().endswith(("!", ".", ",", "tak", "Tak")):
            return False
    elif index and lines[index - 1].strip() and not lines[index - 1].rstrip().endswith(
        ("!", ".", ",", "tak", "Tak")
    ):
        return False
    rest = list(islice((line for line in lines[index + 1 :] if line.strip()), 7))
    if not rest or len(rest) > 6 or any(is_long_line(line) for line in rest):
        return False
    if any(EXTENSION.search(line) or BARE_NUMBER.fullmatch(line) for line in rest):
        return False  # a table of employees, not a signature
    if any(is_name_line(line) and not is_company_line(line) for line in rest):
        return False  # (a firm's "Cloudwise ApS" under the name is a signature's line)
    return any(SIGNATURE_DETAIL.search(line) for line in rest) or any(
        is_company_line(line) for line in rest
    )


CONTACT_DETAIL = re.compile(r"@|www\.|\+\d|\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{2}")


def is_long_line(line: str) -> bool:
    """Whether a line below a name is too long for a signature's: more than eight words,
    or more than twelve when it holds a mail address or phone number ("IT-Centralen Fyn
    – support@itcfyn.dk – 66 14 80 80")."""
    words = len(line.split())
    return words > 12 or (words > 8 and CONTACT_DETAIL.search(line) is None)


BARE_NUMBER = re.compile(r"[ \t]*\(?\d{2,6}\)?[ \t]*\n?")


LEGAL_FORM = re.compile(r"\b(?:ApS|A/S|I/S|IVS|P/S|K/S|Ltd|GmbH|AB|AS|Inc|A\.m\.b\.a\.?)(?!\w)")


def is_firm_line(line: str) -> bool:
    """Whether a line is only a firm's name with its legal form ("KontaktLinjen ApS")."""
    return 2 <= len(line.split()) <= 5 and LEGAL_FORM.search(line) is not None and not any(
        ch.isdigit() for ch in line
    )


def is_name_line(line: str) -> bool:
    """Whether a line is only 2-4 capitalised words ("Mikkel Bach")."""
    words = line.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words)


def is_company_line(line: str) -> bool:
    """Whether a short line names a business ("Jensen & Bach IT", "Nordsø Shipping")."""
    return any(word.lower().strip(".,") in company_nouns() for word in line.split())


def is_signer_line(line: str, signers: tuple[str, ...]) -> bool:
    """Whether a line is just the full name of the sender or a quoted author, or the
    sender's first name alone or signed "/Thomas" (the company name may follow)."""
    words = line.split()
    if len(words) == 1 and signers and signers[0].split():  # "/Thomas" or "Lene" alone
        return words[0].lstrip("/").lower() == signers[0].split()[0].lower()
    return len(words) >= 2 and any(
        [w.lower() for w in words] == [w.lower() for w in signer.split()]
        or (  # "Louise Holst" under a mail from "Louise fra Flexfone Support"
            (first := team_member(signer)) is not None and len(words) <= 3
            and words[0] == first and all(w[:1].isupper() for w in words)
        )
        for signer in signers
        if signer
    )


TEAM_MEMBER = re.compile(  # a first name before the team it writes for: "Louise fra Flexfone
    # Support", "Sofie (Flexfone GDPR-team)", "Mikkel | Support"
    r"([A-ZÆØÅ][a-zæøå]+)[ \t]+(?:fra|from|hos|at|i|\(|\||[-–—])[ \t]*\S"
)


def team_member(display_name: str) -> str | None:
    """The first name of a display name that gives a person by first name and team."""
    match = TEAM_MEMBER.fullmatch(display_name) or TEAM_MEMBER.match(display_name)
    return match.group(1) if match else None


SIGNED_NAME = re.compile(  # a name on a line of its own, or after the sign-off on its line
    rf"^[ \t]*(?:[^\W\d_]+\.?[ \t]+)?((?:{NAME_WORD}[ \t]+){{1,3}}{NAME_WORD})[ \t]*$",
    re.MULTILINE,
)


def name_of_address(address: str, text: str) -> str:
    """The name a sender with no display name signs with, when the address is made of it
    ("Mvh Kasper Dahl" from kasper.dahl87@gmail.com); else "". Their own request is about
    them, and the address alone does not spell the name."""
    local = address.partition("@")[0].lower()
    spelt = spelt_with_danish_letters(local)  # "soeren.joergensen" for Søren Jørgensen
    for match in reversed(list(SIGNED_NAME.finditer(text[-MAX_SIGNED_TAIL:]))):
        words = match.group(1).lower().split()
        if all(word in local or word in spelt for word in (words[0], words[-1])):
            return " ".join(match.group(1).split())
    return ""


MAX_SIGNED_TAIL = 600  # characters of the text's end where a sender signs
