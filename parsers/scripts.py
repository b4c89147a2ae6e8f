"""Names written in other scripts than the Latin one ("王小明 – lokalnummer 56",
"Анна Шевченко, lok 705", "ณัฐวุฒิ ศรีสุข (lokal 120)"). The capitalised-run finder
cannot see a name in a script without capitals, nor one whose first name no list
knows; a run of such letters is taken as a name only where the text treats it as one:
on the line of an extension, in a table row, or after "hedder" / "is called"."""

from __future__ import annotations

import re

from parsers.extensions import Mention

HAN = "\u3400-\u4dbf\u4e00-\u9fff"  # written without spaces: a name is 2 to 4 signs
KANA_HANGUL = "\u3040-\u30ff\uac00-\ud7af"
ALPHABETS = {  # letters (with their combining marks) of scripts that space their words
    "greek": "\u0386-\u03ff\u1f00-\u1ffe",
    "cyrillic": "\u0400-\u04ff",
    "hebrew": "\u0591-\u05c7\u05d0-\u05ea",
    "arabic": "\u0620-\u065f\u066e-\u06d3\u06fa-\u06ff",
    "thai": "\u0e01-\u0e4e",
    "devanagari": "\u0900-\u0963\u0966-\u097f",
    "georgian": "\u10a0-\u10ff",
    "armenian": "\u0531-\u0587",
}
CASED = {"greek", "cyrillic", "georgian", "armenian"}
EAST_ASIAN = f"{HAN}{KANA_HANGUL}"
EAST_ASIAN_NAME = re.compile(  # "王小明", "김민수", "김 민수"
    rf"(?<![{EAST_ASIAN}])[{EAST_ASIAN}](?:[ \t]?[{EAST_ASIAN}]){{1,3}}(?![{EAST_ASIAN}])"
)
SPACED_NAMES = {
    script: re.compile(rf"(?<![{letters}])[{letters}]+(?:[ \t]+[{letters}]+){{1,3}}(?![{letters}])")
    for script, letters in ALPHABETS.items()
}
OTHER_LETTERS = f"{EAST_ASIAN}{''.join(ALPHABETS.values())}"
ANY_OTHER_SCRIPT = re.compile(f"[{OTHER_LETTERS}]")
NAMED_BEFORE = re.compile(
    r"(?i:\b(?:hedder|hed|hans navn er|hendes navn er|navn|name|is called|named|name is)"
    r"[ \t]*[:=]?[ \t]*)$"
)
TABLE_ROW = re.compile(r"[|;\t]")


def other_script_runs(text: str) -> list[tuple[int, int]]:
    """Where runs shaped like a name in another script stand: 2 to 4 signs of Chinese,
    Japanese or Korean, or 2 to 4 words of one spaced alphabet (each word capitalised
    in a script that has capitals)."""
    if not ANY_OTHER_SCRIPT.search(text):
        return []
    runs = [(m.start(), m.end()) for m in EAST_ASIAN_NAME.finditer(text)]
    for script, pattern in SPACED_NAMES.items():
        for match in pattern.finditer(text):
            if script in CASED and not all(word[0].isupper() for word in match.group().split()):
                continue
            runs.append((match.start(), match.end()))
    return sorted(runs)


def find_other_script_names(text: str, extensions: list[Mention]) -> list[Mention]:
    """Names in another script that stand where a name stands: on the line of one of
    the `extensions`, in a table row, or right after a naming cue."""
    found = []
    for start, end in other_script_runs(text):
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        on_number_line = any(line_start <= e.start < line_end for e in extensions)
        if (
            on_number_line
            or TABLE_ROW.search(text, line_start, line_end)
            or NAMED_BEFORE.search(text, max(0, start - 30), start)
        ):
            found.append(Mention(start, end, name=text[start:end]))
    return found
