"""A cue word typed onto the name before it ("Jens Hansenlokal 214", "Fatima
El-Khatiblok 310"): split again, so the surname is the one the writer meant and the
number keeps its cue. Only after a capitalised first word and before a number, so
words of prose are left alone."""

from __future__ import annotations

import re

GLUED_AFTER_NAME = re.compile(
    r"\b([A-ZÆØÅ][a-zæøåäöüéè]+[ \t]+)"  # the given name before
    r"([A-ZÆØÅ][a-zæøåäöüéè]+(?:-[A-ZÆØÅ][a-zæøåäöüéè]+)*[a-zæøåäöüéè]{2})"  # the surname
    r"(lokalnummer|lokalnr|lokal|lok|ext|ekst|intern)"  # the cue glued on
    r"(?=\.?[ \t]*:?[ \t]*\d{2,6}\b)"
)


def with_cues_unglued(text: str) -> str:
    """`text` with a cue word glued to the surname before it set apart by a space."""
    if "lok" not in text and "ext" not in text and "ekst" not in text and "intern" not in text:
        return text
    return GLUED_AFTER_NAME.sub(r"\1\2 \3", text)
