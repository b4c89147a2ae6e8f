"""Extensions written with the customer's site ("lok. 2-318", "1#305", "Aarhus-214",
"AAR 402", "CPH-231", "Aalborg/118", "214@glostrup", "70 70 10 10-512"): a customer
with several sites numbers each one's phones alike, and the employee's extension is
the internal number after the site code. The text is rewritten to hold the number
alone where the site code stands beside it, so the usual extension rules read it."""

from __future__ import annotations

import re

from parsers.extensions import CUE
from parsers.names import towns

CUE_BEFORE = (  # the words a site-coded extension stands after ("lok. 2-318", "sidder på
    # 8-310"); fewer than CUE: "Ext. no 3-301" is written as one number
    r"(?i:\b(?:lokalnummer|lokalnr|lokal|lok|ext|extensions?|tlf|nr|på|on|at)\.?:?[ \t]*)"
)
CUE_SITE_SHORT_NUMBER = re.compile(  # "lokalnummer 2-33": two digits, after a cue proper
    r"(?P<pre>(?i:\b(?:lokalnummer|lokalnr|lokal|lok|ext|extension)\.?:?[ \t]*))"
    r"\d-(?P<number>\d{2})(?![\d#-]|[.,]\d)"
)
HASH_NUMBER = re.compile(r"(?<![\w#+./-])\d{1,2}#(?P<number>\d{2,6})(?![\d#-])")  # "1#305"
DASH_NUMBER = re.compile(  # "2-318" after a cue, in brackets or after a name's comma
    # ("Bjarne Kold (8-140)", "Signe Holm-Jørgensen, 8-220 (Herning)", "sidder på 8-310");
    # three digits at least after the site, so a range "(9-16)" stays
    rf"(?P<pre>\(|,[ \t]+|{CUE_BEFORE})\d-(?P<number>\d{{3,6}})(?![\d#-]|[.,]\d)"
)
LINE_START_NUMBER = re.compile(  # a list line opening with it: "lok. 2-214 Ib Kristoffersen"
    r"^(?P<lead>[ \t]*(?:[-•*][ \t]*)?(?i:lok(?:al)?\.?[ \t]*)?)\d-(?P<number>\d{3,6})(?=[ \t]+\S)",
    re.MULTILINE,
)
ANY_DASH_NUMBER = re.compile(r"(?<![\w#+./-])\d-(?P<number>\d{3,6})(?![\d#-]|[.,]\d)")
TOWN_NUMBER = re.compile(  # "Aarhus-214", "Aalborg/118"
    r"(?<![\w-])(?P<town>[A-ZÆØÅ][a-zæøå]+)[-/](?P<number>\d{2,6})(?![\d-])"
)
CODE_NUMBER = re.compile(  # "AAR 214", "CPH 1121": a three-letter site code, where an
    # extension stands: in brackets, after a comma or a cue, or as a list point
    r"(?P<pre>\([ \t]*|,[ \t]+|^[ \t]*(?:[-•*]|\d{1,2}[.)])[ \t]*|"
    rf"{CUE_BEFORE}|(?i:\b(?:was|var|er|is))[ \t]+)"
    r"(?P<code>[A-ZÆØÅ]{3}) (?P<number>\d{2,6})(?![\d/:-]|[.,]\d|[ \t]\d{2}\b)"
    r"|(?P<dpre>(?i:\b(?:lokalnummer|lokalnr|lokal|lok|ext|extensions?)\.?:?[ \t]*))"
    r"(?P<dcode>[A-ZÆØÅ]{2,4})[-/](?P<dnumber>\d{2,6})(?![\d/:-]|[.,]\d)",  # "lokalnr.
    # AAR-214", "ext. CPH/231": after a cue only (not "on NTS-4471", "[CCP-20931]")
    re.MULTILINE,
)
NOT_SITE_CODES = frozenset({
    "CVR", "CPR", "EAN", "PIN", "SMS", "SIP", "VAT", "MOB", "TLF", "FAX", "DIR", "REF",
    "ORD", "INV", "SAG", "KUN", "ID", "NR", "ALT", "TEL", "EXT", "LOK", "MVH", "ATT",
    "USD", "EUR", "DKK", "SEK", "NOK", "KR", "PBX", "IVR", "ACD", "DID", "API", "MAC",
    "SFO", "CEO", "CFO", "CTO", "HR", "IT",
    "CVC", "CVV", "CID", "EXP", "SIM", "ICC", "GLN", "OTP", "PUK",  # card and SIM codes
})
AT_SITE = re.compile(r"(?<![\w.@-])(?P<number>\d{2,6})@(?P<site>[a-zæøå]+)(?!\w|[.@-]\w)")
DIAL_STRING = re.compile(  # "70 70 10 10-512", "+45 7070 1010-318": the main number written
    # in groups, then it (not "20260611-77", nor the range "97 12 80 01-15")
    r"(?<![\d+])(?:\+\d{2}[ \t])?(?:\d{2}[ \t]\d{2}[ \t]\d{2}[ \t]\d{2}|\d{4}[ \t]\d{4})"
    r"-(?P<number>\d{3,6})(?!\d)"
)


def without_site_codes(text: str) -> str:
    """`text` with each site-coded extension written as its internal number."""
    if not isinstance(text, str):
        return ""
    text = DIAL_STRING.sub(lambda m: f"lokal {m.group('number')}", text)
    before = text
    text = HASH_NUMBER.sub(lambda m: as_extension(text, m.start(), m.group("number")), text)
    text = DASH_NUMBER.sub(
        lambda m: m.group("pre") + as_extension(text, m.end("pre"), m.group("number")), text
    )
    text = CUE_SITE_SHORT_NUMBER.sub(lambda m: m.group("pre") + m.group("number"), text)
    text, lines = LINE_START_NUMBER.subn(lambda m: m.group("lead") + m.group("number"), text)
    if lines or text != before:  # the mail writes site codes: "ikke 2-215. 2-215 er
        text = ANY_DASH_NUMBER.sub(lambda m: m.group("number"), text)  # en aktiv medarbejder"
    text = TOWN_NUMBER.sub(
        lambda m: f"lokal {m.group('number')}" if m.group("town").lower() in towns()
        else m.group(), text,
    )
    codes = {m.group("dcode") for m in CODE_NUMBER.finditer(text)
             if m.group("dcode") and m.group("dcode") not in NOT_SITE_CODES}
    text = CODE_NUMBER.sub(site_code_number, text)
    for code in codes:  # the same site's other numbers ("extensions CPH-440 and CPH-441")
        text = re.sub(rf"(?<![\w-]){code}[-/](\d{{2,6}})(?![\d/:-]|[.,]\d)", r"lokal \1", text)
    return AT_SITE.sub(lambda m: f"lokal {m.group('number')}", text)


def site_code_number(match: re.Match[str]) -> str:
    """The extension after a site code ("AAR 214", "CPH-231"), given a cue; a code that
    is no site's ("CVR 1234", "PIN-4471") as written."""
    code = match.group("code") or match.group("dcode")
    if code in NOT_SITE_CODES:
        return match.group()
    if match.group("code"):
        return f"{match.group('pre')}lokal {match.group('number')}"
    return f"{match.group('dpre')}lokal {match.group('dnumber')}"


EXTENSION_CUE_BEFORE = re.compile(rf"(?i:\b(?:{CUE})\.?:?[ \t]*)$")


def as_extension(text: str, start: int, number: str) -> str:
    """The number alone after an extension cue ("lok. 2-318"), else with one ("sidder
    på 8-310" reads "sidder på lokal 310")."""
    if EXTENSION_CUE_BEFORE.search(text, max(0, start - 16), start):
        return number
    return f"lokal {number}"
