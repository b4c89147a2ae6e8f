"""Request forms with tick boxes, read as what is ticked: "[ ] Erasure [X] Access [ ]
Rectification", "☐ Sletning ☒ Indsigt", "(x) Rettelse", or one option a line. An
unticked option's words ask for nothing, so they are blanked for the understanding
stages; a ticked option keeps its words. A line (or a run of lines) counts as a form
only with two or more boxes; a lone "[x]" in prose and a Markdown task list ("- [ ]
slet lokal 214", still to do) are left as written.
"""

from __future__ import annotations

import re

UNTICKED = r"\[[ \t]?\]|\([ \t]?\)|[☐□]"
TICKED = r"\[[ \t]?[xX✓✔✗✘*][ \t]?\]|\([ \t]?[xX✓✔*][ \t]?\)|[☒☑■✓✔]"
BOX = re.compile(rf"(?:{TICKED})|(?P<empty>{UNTICKED})")
OPTION = re.compile(rf"(?P<box>(?:{TICKED})|(?:{UNTICKED}))(?P<label>[^\[\]()☐□☒☑■✓✔\n]*)")
BOX_LINE = re.compile(rf"^[ \t>]*(?:{TICKED}|{UNTICKED})")
TASK_LINE = re.compile(r"^[ \t>]*[-*+][ \t]+[\[(]")  # Markdown's "- [ ] slet lokal 214": a to-do


def is_form_line(line: str, previous: str, following: str) -> bool:
    """Whether a line holds form boxes: two or more on it, or one at its start with a
    neighbouring line starting with a box too (one option a line)."""
    if TASK_LINE.match(line):
        return False  # (an unticked task is still to be done, not an option left out)
    if len(BOX.findall(line)) >= 2:
        return True
    neighbour = BOX_LINE.match(previous) or BOX_LINE.match(following)
    return bool(BOX_LINE.match(line)) and bool(neighbour)


def ticked_only(text: str) -> str:
    """`text` with the options of its tick-box forms that are not ticked blanked."""
    if not isinstance(text, str) or not BOX.search(text):
        return text
    lines = text.split("\n")
    read = []
    for index, line in enumerate(lines):
        previous = lines[index - 1] if index else ""
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if not is_form_line(line, previous, following):
            read.append(line)
            continue
        read.append(OPTION.sub(
            lambda m: " " * len(m.group()) if re.fullmatch(UNTICKED, m.group("box"))
            else " " + m.group("label"),
            line,
        ))
    return "\n".join(read)
