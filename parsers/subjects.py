"""Which employees (data subjects) a request is about: full name and extension.

Names are runs of 2-5 capitalised words (hyphens and particles like "von",
"van der" allowed) that are not greetings, request words, companies ("hos
vores kunde Køge Trælast", "... ApS"), roles (the customer's telecom manager),
wrong spellings in quotes, sensitive words ("Jehovas Vidne") or the sender.
Extensions are 2-6 digits after a cue ("lokal", "lok.nr.", "ext.", "intern")
or at the end of a table row; phone, CVR and order numbers have no cue. Each
extension goes to the nearest name before it in the same sentence; what is
left is paired in order ("henholdsvis lokal 61 og 62"). Quoted history fills
in what a follow-up leaves out ("Lokalnummeret er 3319").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from parsers.kinds import PhraseBook, read_book, read_phrases, tokenize
from parsers.language import read_lexicon
from parsers.model import PERSON_KINDS, DataSubject, Kind
from parsers.sensitive import find_sensitive

UPPER = "A-ZÀ-ÖØ-Þ"
LOWER = "a-zß-öø-ÿ"
NAME_WORD = rf"[{UPPER}][{LOWER}]+(?:[-'’][{UPPER}{LOWER}][{LOWER}]+)*"
PARTICLE = r"(?:von|van|der|den|de|da|di|du|la|le|af|zu|ten|ter|del|dos|das|el|al|bin)"
NAME_RUN = re.compile(
    rf"(?<![\w@.-]){NAME_WORD}(?:[ \t]+(?:\n[ \t]*)?(?:{PARTICLE}[ \t]+)*{NAME_WORD})*(?![\w@-])"
)
CUE = (
    r"(?:lokal(?:nummer(?:et)?|nr\.?)?|lok\.?\s?nr\.?|lok\.|ext\.?|extension|intern"
    r"|internal)(?:[ \t]+(?:nr\.?|no\.?|nummer))?"
)
EXTENSION = re.compile(
    rf"(?<![\w-]){CUE}[ \t]*[:.]?[ \t]*(?:\n[ \t]*)?"
    r"(?:(?:er|is|was|var)[ \t]+)?(\d{2,6})(?![\d-]|[.,]\d)",
    re.IGNORECASE,
)
EXTENSION_LATER = re.compile(
    r"(?<![\w-])(?:lokalnummer(?:et)?|lokalnr\.?|extension)\b"
    r"[^\n.?!]{1,40}?\b(?:er|is)[ \t]+(\d{2,6})(?![\d-])",
    re.IGNORECASE,
)
TABLE_ROW = re.compile(r"(?:[ \t]*[|;\t][ \t]*|[ \t]{2,})(\d{2,6})[ \t]*\|?[ \t]*$", re.MULTILINE)
AFTER_NAME = re.compile(r"[ \t]*\((\d{2,6})\)")
NEGATED = re.compile(r"(?:ikke|not)[ \t]*$", re.IGNORECASE)
SENTENCE_END = re.compile(
    rf"[.!?][ \t]+(?=[{UPPER}])|\n[ \t]*\n|\n[ \t]*(?:[-•*–]|\d{{1,2}}[.)])[ \t]"
)
LOWER_NAME_LINE = re.compile(
    rf"^[ \t]*([{LOWER}]+(?:[ \t]+[{LOWER}]+){{1,2}})[ \t]+(?={CUE}[ \t]*\d)",
    re.MULTILINE | re.IGNORECASE,
)
QUOTES = "\"“”„«»'"
ADDRESS = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")
QUOTE_MARK = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)
HEADER_LINE = re.compile(
    r"^[ \t]*(?:(?:den|on|am|le)\b.*\b(?:skrev|wrote)\b"
    r"|(?:fra|from|til|to|sendt|sent|emne|subject|cc):)",
    re.IGNORECASE,
)
MAX_NAME_WORDS = 5
MAX_TEXT = 20_000  # requests are written at the top; long histories add nothing
SIGN_OFF_WORDS = 4


@dataclass(frozen=True, slots=True)
class Mention:
    """A name or an extension found at `start` in the analysed text."""

    start: int
    end: int
    name: str | None = None
    extension: str | None = None


def find_data_subjects(
    subject: str, new_text: str, quoted: str, sender_name: str, kind: Kind | None
) -> tuple[DataSubject, ...]:
    """The employees the request is about, in order of mention; never raises."""
    if kind not in PERSON_KINDS:
        return ()
    subject, new_text, quoted, sender = (
        t[:MAX_TEXT] if isinstance(t, str) else "" for t in (subject, new_text, quoted, sender_name)
    )
    # The body comes first: it gives the order of mention; the subject line adds.
    found = analyse(cut_signature(new_text) + "\n\n" + subject, sender)
    if not found and has_self_cue(subject + " " + new_text) and len(sender.split()) >= 2:
        found = [DataSubject(sender.strip(), None)]
    elif found and has_self_cue(new_text) and len(sender.split()) >= 2:
        found = [replace(s, full_name=s.full_name or sender.strip()) for s in found]
    earlier = analyse(clean_quoted(quoted), sender)
    merged = merge_followup(earlier, found)
    return tuple(merged) or (DataSubject(None, None),)


def analyse(text: str, sender: str) -> list[DataSubject]:
    """Subjects of one text: names and extensions paired."""
    text = ADDRESS.sub(lambda match: " " * len(match.group()), text)
    names = find_names(text, sender)
    extensions = find_extensions(text, names)
    return pair_mentions(text, names, extensions)


def find_names(text: str, sender: str) -> list[Mention]:
    """Full-name mentions, with name variants merged into the longest form."""
    mentions: list[Mention] = []
    blocked = [(span.start, span.end) for span in find_sensitive(text)]
    for run in NAME_RUN.finditer(text):
        for start, end in split_run(text, run.start(), run.end()):
            if is_person_name(text, start, end, sender, blocked):
                mentions.append(Mention(start, end, name=" ".join(text[start:end].split())))
    for match in LOWER_NAME_LINE.finditer(text):
        words = match.group(1).split()
        if not any(is_common_word(word) for word in words):
            mentions.append(Mention(match.start(1), match.end(1), name=" ".join(words)))
    mentions.sort(key=lambda mention: mention.start)
    return unify_names(mentions)


def split_run(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Parts of a capitalised run between words that are never names."""
    parts: list[tuple[int, int]] = []
    part_start: int | None = None
    part_end = start
    for word in re.finditer(r"\S+", text[start:end]):
        word_start, word_end = start + word.start(), start + word.end()
        is_particle = re.fullmatch(PARTICLE, word.group()) is not None
        if (is_particle and part_start is None) or (
            is_common_word(word.group()) and not is_particle
        ):
            if part_start is not None:
                parts.append((part_start, part_end))
            part_start = None
            continue
        part_start = word_start if part_start is None else part_start
        part_end = word_end
    if part_start is not None:
        parts.append((part_start, part_end))
    return parts


def is_person_name(
    text: str, start: int, end: int, sender: str, blocked: list[tuple[int, int]]
) -> bool:
    """Whether text[start:end] names a person the request could be about."""
    words = [w for w in text[start:end].split() if not re.fullmatch(PARTICLE, w)]
    if not 2 <= len(words) <= MAX_NAME_WORDS:
        return False
    if any(s < end and start < e for s, e in blocked):
        return False
    if is_quoted(text, start, end) or is_sender(words, sender):
        return False
    before = tokenize(text[max(0, start - 40) : start])[-3:]
    line_before = tokenize(text[text.rfind("\n", 0, start) + 1 : start])[-3:]
    line_end = text.find("\n", end)
    after = tokenize(text[end : line_end if line_end >= 0 else len(text)])[:3]
    return not (is_company(before, after) or is_role(line_before, after))


def is_common_word(word: str) -> bool:
    """Function words, request words and labels: never part of a name."""
    lowered = word.lower().strip(".,:;!?()")
    if not lowered or lowered in not_name_words():
        return True
    return request_words().match_at([lowered], 0) is not None


@cache
def not_name_words() -> frozenset[str]:
    """Words from the function-word and not-a-name lists."""
    lists = ("language_da", "language_en", "subject_not_names")
    return frozenset(entry.lower() for name in lists for entry in read_lexicon(name))


@cache
def request_words() -> PhraseBook:
    """Single request words ("sletning", "indsigt*") with a positive weight."""
    kinds = ("erasure", "access", "rectification", "portability", "objection", "marketing_optout")
    phrases = (p for kind in kinds for p in read_phrases(f"kind_{kind}"))
    return PhraseBook.of(p for p in phrases if p.weight > 0 and len(p.words) == 1)


def is_quoted(text: str, start: int, end: int) -> bool:
    """Whether the name stands in quotation marks (a wrong or old spelling)."""
    before = text[:start].rstrip(" \t")
    after = text[end:].lstrip(" \t")
    return bool(before) and before[-1] in QUOTES and bool(after) and after[0] in QUOTES


def is_sender(words: list[str], sender: str) -> bool:
    """Whether the name is (part of) the sender's own name."""
    sender_words = {word.lower() for word in sender.split()}
    return bool(sender_words) and {word.lower() for word in words} <= sender_words


def is_company(before: list[str], after: list[str]) -> bool:
    """Whether the context makes the run a company name."""
    entries = read_lexicon("subject_company_words")
    suffixes = {entry[1:].lower() for entry in entries if entry.startswith("%")}
    preceders = [tokenize(entry) for entry in entries if not entry.startswith("%")]
    if after and after[0] in {tokenize(s)[0] for s in suffixes if tokenize(s)}:
        return True
    return any(words and before[-len(words) :] == words for words in preceders)


def is_role(before: list[str], after: list[str]) -> bool:
    """Whether a role word (telecom manager, contact person) stands next to it."""
    roles = [tokenize(entry) for entry in read_lexicon("subject_roles")]
    return any(
        words and (before[-len(words) :] == words or after[: len(words)] == words)
        for words in roles
    )


def unify_names(mentions: list[Mention]) -> list[Mention]:
    """Mentions renamed to the longest form of the same name ("Daniel Hjort" ...)."""
    names = {mention.name for mention in mentions if mention.name}
    longest: dict[str, str] = {}
    for name in names:
        longer = [other for other in names if other != name and other.startswith(name + " ")]
        longest[name] = max(longer, key=len) if longer else name
    return [replace(m, name=longest.get(m.name or "", m.name)) for m in mentions]


def find_extensions(text: str, names: list[Mention]) -> list[Mention]:
    """Extension mentions: after a cue, in "(214)" after a name, in table rows."""
    matches = [m for p in (EXTENSION, EXTENSION_LATER, TABLE_ROW) for m in p.finditer(text)]
    matches = [m for m in matches if not NEGATED.search(text[max(0, m.start() - 12) : m.start()])]
    matches += [m for m in (AFTER_NAME.match(text, name.end) for name in names) if m]
    found: dict[int, Mention] = {}
    for match in matches:
        mention = Mention(match.start(1), match.end(1), extension=match.group(1))
        found.setdefault(mention.start, mention)
    return sorted(found.values(), key=lambda mention: mention.start)


def pair_mentions(text: str, names: list[Mention], extensions: list[Mention]) -> list[DataSubject]:
    """Pair each extension with the nearest name before it in its sentence."""
    pairs: dict[str, str | None] = {}
    first_seen: dict[str, int] = {}
    for name in names:
        first_seen.setdefault(name.name or "", name.start)
    loose: list[Mention] = []
    for extension in extensions:
        owner = nearest_name(text, names, extension, pairs)
        if owner is None:
            loose.append(extension)
        else:
            pairs[owner] = extension.extension
    paired_digits = set(pairs.values())
    loose = unique_digits([e for e in loose if e.extension not in paired_digits])
    unpaired = [n for n in first_seen if n not in pairs]
    if len(loose) == len(unpaired):
        pairs.update(zip(unpaired, (e.extension for e in loose), strict=True))
        loose = []
    subjects = [(first_seen[n], DataSubject(n, pairs.get(n))) for n in first_seen]
    subjects += [(e.start, DataSubject(None, e.extension)) for e in loose]
    return [subject for _, subject in sorted(subjects, key=lambda item: item[0])]


def nearest_name(
    text: str, names: list[Mention], extension: Mention, pairs: dict[str, str | None]
) -> str | None:
    """The closest name before the extension in the same sentence, not yet paired."""
    for name in reversed([n for n in names if n.end <= extension.start]):
        if SENTENCE_END.search(text, name.end, extension.start):
            return None
        if name.name and name.name not in pairs:
            return name.name
    return None


def unique_digits(extensions: list[Mention]) -> list[Mention]:
    """Extensions with repeated mentions of the same number dropped."""
    seen: set[str] = set()
    unique: list[Mention] = []
    for extension in extensions:
        if extension.extension not in seen:
            seen.add(extension.extension or "")
            unique.append(extension)
    return unique


def merge_followup(earlier: list[DataSubject], now: list[DataSubject]) -> list[DataSubject]:
    """Subjects of the quoted history updated with what the new text adds."""
    merged = list(earlier)
    for subject in now:
        index = match_earlier(merged, subject)
        if index is None:
            merged.append(subject)
            continue
        old = merged[index]
        merged[index] = DataSubject(
            subject.full_name or old.full_name, subject.extension or old.extension
        )
    return merged if now else earlier


def match_earlier(earlier: list[DataSubject], subject: DataSubject) -> int | None:
    """Which quoted subject a newly written one completes or corrects, if any."""
    for index, old in enumerate(earlier):
        if subject.full_name and old.full_name == subject.full_name:
            return index
    if len(earlier) == 1 and (subject.full_name is None or earlier[0].full_name is None):
        return 0
    gaps = [
        i
        for i, old in enumerate(earlier)
        if (subject.full_name is None and old.extension is None)
        or (subject.extension is None and old.full_name is None)
    ]
    return gaps[0] if len(gaps) == 1 else None


def has_self_cue(text: str) -> bool:
    """Whether the sender writes about their own data ("om mig", "my voicemails")."""
    return read_book("subject_self_cues").contains_any(tokenize(text))


def is_sign_off(line: str) -> bool:
    """Whether a line opens a sign-off ("Med venlig hilsen", "Best regards")."""
    words = tokenize(line)
    if not words or len(words) > SIGN_OFF_WORDS:
        return False
    return read_book("subject_signoffs").match_at(words, 0) is not None


def cut_signature(text: str) -> str:
    """The text before its first sign-off line (signatures name the sender)."""
    lines = text.splitlines(keepends=True)
    for index, line in enumerate(lines):
        if is_sign_off(line):
            return "".join(lines[:index])
    return text


def clean_quoted(quoted: str) -> str:
    """Quoted history without quote marks, header lines and sign-off blocks."""
    kept: list[str] = []
    in_signature = False
    for line in QUOTE_MARK.sub("", quoted).splitlines(keepends=True):
        if HEADER_LINE.match(line) or line.lstrip().startswith(("---", "___")):
            in_signature = False
            kept.append("\n")
            continue
        in_signature = in_signature or is_sign_off(line)
        kept.append("\n" if in_signature else line)
    return "".join(kept)
