"""Several requests in one mail: "1. Jens Holm (lokal 214) skal slettes. 2. Mette Lund
(lokal 233) vil have indsigt". Each is a request of its own, with its own legal
deadline, reply and employees, so each becomes a ticket of its own.

The new text is cut into blocks (paragraphs and list points). Each block is read
alone: its kind and the employees it names. A block starts a new request when it asks
for another kind than the request before it, for employees no earlier block named;
a block that asks nothing ("To ting for Holstebro Autoværksted:"), that asks the same
kind, or that only says more about an employee already named ("Når det er gjort, skal
Lone slettes") belongs to the request before it. Requests of one kind are one
request, wherever the mail asks them. The first request is the mail's own: its kind
and its employees are what the mail is understood as; the others are further
requests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.corrections import CORRECTION_LINE
from parsers.kinds import MATTER_POINT, classify_kind
from parsers.lexicon import Tokens, read_book
from parsers.model import PERSON_KINDS, DataSubject, Kind, Request
from parsers.subjects import find_data_subjects

MAX_BLOCKS = 12  # a longer new text is a list of one request, not a dozen requests
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


@dataclass(slots=True)
class _Group:
    """Blocks read as one request while the mail is walked through."""

    kind: Kind | None
    people: list[DataSubject] = field(default_factory=list)


def request_blocks(text: str) -> list[str]:
    """The new text cut at blank lines and at the points of a list, in order."""
    blocks: list[str] = []
    for paragraph in PARAGRAPH_BREAK.split(text):
        starts = [match.start() for match in MATTER_POINT.finditer(paragraph)]
        cuts = [0, *starts, len(paragraph)]
        blocks.extend(paragraph[a:b] for a, b in zip(cuts, cuts[1:], strict=False))
    return [block for block in blocks if block.strip()]


def block_kind(block: str) -> Kind | None:
    """The request a block makes by itself; None when it makes none, or only puts
    right a slip of the sender's own mail."""
    asked = classify_kind("", block, "")
    return None if asked == "other" or puts_own_slip_right(block) else asked


def puts_own_slip_right(block: str) -> bool:
    """Whether a block corrects the sender's own mail ("sorry, I misspelled the first
    one - it is Bjørn Halvorsen", "Correction: Priya's extension is 3321, not 3312"): no
    request of its own, whatever its words ask."""
    return CORRECTION_LINE.match(block) is not None or read_book(
        "request_own_slip_cues"
    ).contains_any(Tokens.of(block))


def same_person(one: DataSubject, other: DataSubject) -> bool:
    """Whether two readings name the same employee: the same extension or full name."""
    if one.extension is not None and one.extension == other.extension:
        return True
    return one.full_name is not None and other.full_name is not None and (
        one.full_name.casefold() == other.full_name.casefold()
    )


def named_in(
    block: str, kind: Kind, sender: str, whole: tuple[DataSubject, ...]
) -> list[DataSubject]:
    """The employees a block names that the reading of the whole mail found too: a name
    only the block's own reading finds (a colleague, the sender) is nobody's request."""
    found = find_data_subjects("", block, "", sender, kind if kind in PERSON_KINDS else "erasure")
    return [
        person for person in found
        if (person.full_name or person.extension) and any(same_person(person, w) for w in whole)
    ]


def split_requests(
    new_text: str, sender: str, kind: Kind, whole: tuple[DataSubject, ...]
) -> tuple[Request, ...]:
    """The mail's requests in order when its new text makes more than one, each with
    its employees; () when it makes one (the mail's reading stands as it is). `kind`
    and `whole` are the reading of the whole mail."""
    if kind not in PERSON_KINDS and kind != "marketing_optout":
        return ()
    blocks = request_blocks(new_text) if isinstance(new_text, str) else []
    if not 2 <= len(blocks) <= MAX_BLOCKS:
        return ()
    kinds = [block_kind(block) for block in blocks]
    if len({asked for asked in kinds if asked is not None}) < 2:
        return ()  # one kind asked (most mails): no block needs reading for its people
    groups: list[_Group] = []
    for block, asked in zip(blocks, kinds, strict=True):
        wanted = asked or kind
        people = [] if wanted == "marketing_optout" else named_in(block, wanted, sender, whole)
        named = [q for group in groups for q in group.people]
        newcomers = [p for p in people if not any(same_person(p, q) for q in named)]
        current = groups[-1] if groups else None
        if current is None:
            groups.append(_Group(asked, newcomers))
        elif asked is None or current.kind in (None, asked) or (
            asked in PERSON_KINDS and not newcomers
        ):
            current.kind = current.kind or asked
            current.people.extend(newcomers)
        else:
            groups.append(_Group(asked, newcomers))
    return _as_requests(groups, whole)


def _as_requests(groups: list[_Group], whole: tuple[DataSubject, ...]) -> tuple[Request, ...]:
    """Groups of one kind joined, in order of first mention; () unless two kinds remain.
    Employees the whole mail's reading found in no block (in the subject line, an
    attached list, the quoted request) belong to the first request for a person."""
    by_kind: dict[Kind, list[DataSubject]] = {}
    for group in groups:
        if group.kind is None or (group.kind in PERSON_KINDS and not group.people):
            continue  # words of a request for nobody the mail names ("rette henvendelse")
        by_kind.setdefault(group.kind, []).extend(group.people)
    if len(by_kind) < 2:
        return ()
    placed = [person for people in by_kind.values() for person in people]
    rest = [w for w in whole if not any(same_person(w, p) for p in placed)]
    first_personal = next((k for k in by_kind if k in PERSON_KINDS), None)
    if first_personal is not None:
        by_kind[first_personal].extend(p for p in rest if p.full_name or p.extension)
    requests = []
    for kind, people in by_kind.items():
        if kind not in PERSON_KINDS:
            requests.append(Request(kind, (), ()))
            continue
        subjects = tuple(people) or (DataSubject(None, None),)
        missing = tuple(sorted({f for s in subjects for f in s.missing}))
        requests.append(Request(kind, subjects, missing))
    return tuple(requests)
