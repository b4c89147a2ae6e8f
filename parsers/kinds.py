"""Which GDPR request a mail makes: weighted word lists, scored per kind.

Each kind has a word list in `parsers/lexicons/kind_<kind>.txt` (Danish and
English, with weights; negative weights count against a kind). The subject
weighs more than the body; quoted or forwarded text and attachments weigh
less, unless the sender points at them ("se nedenfor", "see attached":
`kind_pointers.txt`), so a forwarded or attached request is found. GDPR
article references ("art. 15", "artikel 17") count strongly. Phrases in
`kind_masks.txt` (disclaimers asking to delete the e-mail) are ignored. When
no kind scores enough, the mail is "other". In a mail that objects, the words
about recordings (`kind_recording_topic.txt`) are what it objects to, not a
request to hand recordings over; a weaker objection does the same when no word
asks to hand anything over, and so does a request for all data held
(`kind_all_data.txt`: "a copy of all data about me: recordings, voicemails").
Redaction markers ("[... fjernet]") count for nothing.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from parsers.cited_law import without_cited_law
from parsers.extensions import EXTENSION
from parsers.headers import FORWARD_PREFIX, REPLY_PREFIX
from parsers.letters import UPPER
from parsers.lexicon import (
    PhraseBook,
    Tokens,
    given_names,
    read_book,
    read_lexicon,
    read_phrases,
)
from parsers.model import PERSON_KINDS, Kind
from parsers.names import company_nouns, find_names, is_common_word, joined_first_names
from parsers.nicknames import with_nicknames_as_words
from parsers.signatures import POSTSCRIPT
from parsers.spelling import with_request_words_mended
from parsers.status import without_done_items

ARTICLE = re.compile(r"\b(?:art(?:ikel|icle)?\.?|§)\s*(\d{1,2})\b", re.IGNORECASE)
SCORED_KINDS: tuple[Kind, ...] = (
    "erasure",
    "access",
    "rectification",
    "portability",
    "objection",
    "marketing_optout",
)
SUBJECT_WEIGHT = 1.5
NEW_TEXT_WEIGHT = 1.0
QUOTED_WEIGHT = 0.5
OLD_MATTER_WEIGHT = 0.25  # quoted mails below a new request of the sender's own
TOPIC_ONLY_SUBJECT = 0.5  # a fresh subject's kind the new text, asking another, never names
ATTACHMENT_WEIGHT = 0.5
ARTICLE_WEIGHT = 4.0
MINIMUM_SCORE = 2.0
OWN_REQUEST_SCORE = 3.0  # a new text this sure leaves the thread's request behind
SECOND_REQUEST_SHARE = 0.5  # of the strongest kind's evidence, for a second request
MAX_TEXT = 20_000  # requests are written at the top; long histories add nothing
LEAVER_NOTICE_SCORE = 2.0  # a forwarded leaver notice with no request of the sender's


@cache
def read_articles() -> dict[str, Kind]:
    """GDPR article number -> the kind of request it names."""
    table: dict[str, Kind] = {}
    for entry in read_lexicon("gdpr_articles"):
        number, _, kind = entry.partition(" ")
        for known in SCORED_KINDS:
            if kind.strip() == known:
                table[number.strip()] = known
    return table


@cache
def handover_book() -> PhraseBook:
    """The portability words without the mere topic words about recordings
    ("optagelsen", "recording", "voicemails"): what is left asks to hand something
    over ("udlevere", "export", "i et format")."""
    topic = {phrase.words for phrase in read_phrases("kind_recording_topic")}
    return PhraseBook.of(p for p in read_phrases("kind_portability") if p.words not in topic)


def kind_book(kind: Kind, recordings_are_topic: bool = False) -> PhraseBook:
    """The word list of one kind; portability's without its topic words when the mail
    objects to recording."""
    if recordings_are_topic and kind == "portability":
        return handover_book()
    return read_book(f"kind_{kind}")


def mask_tokens(tokens: Tokens) -> Tokens:
    """Tokens with the words of non-request phrases blanked out, and a "GDPR-" joined to
    a request word taken off."""
    masked = [word.removeprefix("gdpr-") for word in tokens.words]  # "GDPR-slet", "GDPR-udtræk"
    for first, phrase in read_book("kind_masks").matches(tokens):
        masked[first : first + len(phrase.words)] = [""] * len(phrase.words)
    return Tokens.of_words(masked, tokens.spans)


def score_phrases(
    tokens: Tokens, book: PhraseBook, counted: set[tuple[str, ...]] | None = None
) -> float:
    """Sum of weights of the phrases found; each position counts once per kind. A word
    against the kind ("faktura") that an earlier part of the mail counted already
    (`counted`) is not counted again: the subject line repeating the body's topic tells
    nothing new."""
    total = 0.0
    found: set[tuple[str, ...]] = set()
    for _, phrase in book.matches(tokens):
        if phrase.weight < 0 and counted is not None:
            if phrase.words in counted:
                continue
            found.add(phrase.words)
        total += phrase.weight
    if counted is not None:
        counted |= found
    return total


# a point of a list of separate matters ("1) Chloe has left – please anonymise her.",
# "2) They paid by card by mistake – can you refund it?")
MATTER_POINT = re.compile(r"^[ \t]*(?:\d[.)]|\(\d\)|[a-c]\)|[-•*])[ \t]+(?=\S)", re.MULTILINE)


def matter_points(text: str) -> list[str]:
    """The text cut at its numbered points when it lists two or more of them (the
    text before the first point is a part of its own), and at a P.S., a matter of its
    own ("P.S. Jeg var lige ved at glemme det: ... vil gerne have ham slettet" below an
    Easter greeting and an invoice question); otherwise the whole text."""
    starts = [match.start() for match in MATTER_POINT.finditer(text)]
    if len(starts) < 2:
        starts = []
    starts = sorted({*starts, *(m.start() for m in POSTSCRIPT.finditer(text))})
    if not starts:
        return [text]
    cuts = [0, *starts, len(text)]
    return [text[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip()]


def score_text(
    text: str, weight: float, scores: dict[Kind, float],
    counted: dict[Kind, set[tuple[str, ...]]] | None = None,
    recordings_are_topic: bool = False,
) -> None:
    """Add the weighted evidence of one part of the mail to `scores`. When the text
    lists separate matters as numbered points, the words against a kind in one point
    (a refund in point 2) take nothing from a request for it in another (point 1)."""
    if not text:
        return
    text = without_policy_questions(without_markers(without_done_items(without_cited_law(text))))
    points = [mask_tokens(Tokens.of(point)) for point in matter_points(text)]
    # an ordinary change to a line ("remove her from the hunt group") is no erasure; its
    # sentence still counts for and against the other kinds ("nulstil voicemail-koden")
    erasure_text = without_line_changes(text)
    erasure_points = points if erasure_text == text else [
        mask_tokens(Tokens.of(point)) for point in matter_points(erasure_text)
    ]
    for kind in SCORED_KINDS:
        book = kind_book(kind, recordings_are_topic)
        seen = counted.setdefault(kind, set()) if counted is not None else None
        read = erasure_points if kind == "erasure" else points
        found = [score_phrases(tokens, book, seen) for tokens in read]
        if len(found) > 1 and max(found) > 0:
            found = [score for score in found if score > 0]
        elif len(found) == 1 and found[0] < MINIMUM_SCORE and PARAGRAPH_BREAK.search(text) and (
            positive_score(read[0], book) >= MINIMUM_SCORE
        ) and (  # (a request of its own in a paragraph is not undone by
            own := own_paragraph_request(erasure_text if kind == "erasure" else text, book)
        ):  # another paragraph's words; read only when the words for it are there at all)
            found = [own]
        scores[kind] += weight * sum(found)
    articles = read_articles()
    for match in ARTICLE.finditer(text):
        cited = articles.get(match.group(1))
        if cited is not None:
            scores[cited] += weight * ARTICLE_WEIGHT


PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def positive_score(tokens: Tokens, book: PhraseBook) -> float:
    """The weights of the phrases for a kind alone, without those against it."""
    return sum(phrase.weight for _, phrase in book.matches(tokens) if phrase.weight > 0)


def own_paragraph_request(text: str, book: PhraseBook) -> float:
    """The score of the paragraph about an employee (an extension or a name) that asks
    for a kind on its own, enough to count as a request (0 when none does): "Faktura 7781
    er ok nu." above "Medarbejderen på lok. 14 er stoppet – han skal slettes" asks for
    erasure, though the invoice counts against it in the whole text."""
    best = max(
        (score_phrases(tokens, book) for tokens in paragraphs_about_someone(text)),
        default=0.0,
    )
    return best if best >= MINIMUM_SCORE else 0.0


@lru_cache(maxsize=64)
def paragraphs_about_someone(text: str) -> tuple[Tokens, ...]:
    """The paragraphs of a text of two or more that name someone, by an extension or a
    name (an invoice's "Vi har ikke bestilt indsigt" or a porting's "hvad sker der med
    voicemails" names no one), as the kind books read them."""
    paragraphs = PARAGRAPH_BREAK.split(text)
    if len(paragraphs) < 2:
        return ()
    return tuple(
        mask_tokens(Tokens.of(paragraph)) for paragraph in paragraphs
        if EXTENSION.search(paragraph) or find_names(paragraph, "")
    )


SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
# what redaction put in place of sensitive data ("[helbredsoplysning fjernet]", "[CPR
# number removed]"): its "fjernet"/"removed" is no request to remove anyone
MARKER = re.compile(r"\[[^\[\]\n]{1,80}\b(?:fjernet|removed)\]", re.IGNORECASE)


def without_markers(text: str) -> str:
    """`text` with the redaction markers blanked, so they count for no kind."""
    return MARKER.sub(lambda m: " " * len(m.group()), text)


RETENTION_QUESTION = re.compile(  # "how long recorded calls and voicemails are kept"
    r"(?i:\bhow long\b[^.?!\n]{0,60}?\b(?:are|is)[ \t]+(?:kept|stored|retained|saved)\b"
    r"|\bhvor (?:længe|lang tid)\b[^.?!\n]{0,60}?\b(?:gemmes|opbevares|bliver gemt"
    r"|bliver opbevaret|er gemt)\b)"
)


NO_REQUEST = re.compile(  # "Der er ikke tale om indsigelse fra en bestemt medarbejder"
    r"(?i:\b(?:der er ikke tale om|det er ikke tale om|this is not an? (?:objection|request)"
    r"|it is not an? (?:objection|request)|no one has objected|nobody has objected)\b)"
)


def without_line_changes(text: str) -> str:
    """`text` with the sentences that ask for an ordinary change to a line or a user
    blanked ("remove her from the Support DK hunt group", "pause the line while she is on
    leave", "nulstil voicemailboksen på lokal 108"): they erase no personal data, unless
    the sentence also names data or its erasure ("fjern ham fra køen og slet hans data")."""
    changes, data = read_book("kind_line_changes"), read_book("kind_line_change_data")
    if not changes.contains_any(Tokens.of(text)):
        return text  # most mails change no line: one reading, no sentence split

    def blank(match: re.Match[str]) -> str:
        tokens = Tokens.of(match.group())
        if changes.contains_any(tokens) and not data.contains_any(tokens):
            return " " * len(match.group())
        return match.group()

    return SENTENCE.sub(blank, text)


# a sentence hard-wrapped by the mail program goes on on the next line in lower case
# ("How long do you keep call detail records and voicemails after an" above "extension
# is deleted?"); a list item under a question starts its own line
WRAPPED_SENTENCE = re.compile(r"(?:[^.!?\n]|\n(?=[ \t]*[a-zæøå]))+[.!?]*")
NOT_NEWLINE = re.compile(r"[^\n]")


def without_policy_questions(text: str) -> str:
    """`text` with sentences that ask how the provider keeps data ("hvor længe gemmer I
    opkaldslister, efter de er slettet?", "how long do you keep recordings after an
    employee is removed") blanked: they ask about the policy, not for a request."""
    book = read_book("kind_policy_questions")
    asking = False  # a question after a policy question asks on about the policy ("how long
    # do you keep recordings? Is it really only 90 days, og hvad med voicemails ...?")

    def blank(match: re.Match[str]) -> str:
        nonlocal asking
        sentence = match.group()
        if "\n\n" in text[max(0, match.start() - 2) : match.start()]:
            asking = False  # a new paragraph
        cited = CITED_AGREEMENT.sub(" ", sentence)  # "delete their data, in line with the
        # data processing agreement" cites the agreement, it asks nothing about it
        policy = book.contains_any(Tokens.of(cited)) or RETENTION_QUESTION.search(sentence)
        if policy or NO_REQUEST.search(sentence) or (asking and sentence.rstrip().endswith("?")):
            asking = asking or bool(policy)
            return NOT_NEWLINE.sub(" ", sentence)  # (a wrapped sentence keeps its lines)
        return sentence

    blanked = WRAPPED_SENTENCE.sub(blank, text)
    # a question that ends in a colon asks about each item of the list below it ("how
    # long Flexfone retains:" above "(a) call recordings", "(c) voicemails")
    lines, kept = text.split("\n"), blanked.split("\n")
    asking = False
    for index, line in enumerate(lines):
        if asking and LIST_ITEM.match(line):
            kept[index] = " " * len(line)
            continue
        if asking and not line.strip():
            continue  # (a blank line may stand between the question and its list)
        asking = line.rstrip().endswith(":") and not kept[index].strip()
    return "\n".join(kept)


CITED_AGREEMENT = re.compile(
    r"(?i:\b(?:in line with|in accordance with|according to|as per|pursuant to|under"
    r"|i henhold til|i overensstemmelse med|jf\.|jævnfør|ifølge|som aftalt i)[ \t]+"
    r"(?:the[ \t]+|our[ \t]+|your[ \t]+|vores[ \t]+|jeres[ \t]+)?"
    r"(?:data processing agreement|dpa|databehandleraftale[a-zæøå]*))"
)
LIST_ITEM = re.compile(r"[ \t]*(?:\(?[a-z0-9]\)|[-•*]|\d{1,2}[.)])[ \t]+\S")


# the customer named by a capitalised run after "hos", "at", "kunden" ("hos Aarhus Reklame",
# "at Nordic Marketing Group"): its words name a firm, they ask for nothing
CUSTOMER_NAME = re.compile(
    rf"(?:\bhos|\bat|\bved|\bkunden?|\bcustomer|\bclient|\bfirmaet)[ \t]+"
    rf"((?:[{UPPER}][\w&'’-]*(?:\.\w[\w&'’-]*)*[ \t]+){{1,3}}[{UPPER}][\w&'’-]*)"
)


FIRM_RUN = re.compile(rf"(?<![\w-])((?:[{UPPER}][\w&'’-]*[ \t]+){{1,3}}[{UPPER}][\w&'’-]*)")


NEWSLETTER_FOOTER = re.compile(  # the footer of a newsletter or a marketing mail
    r"(?i:du modtager (?:denne|dette|vores) (?:mail|e-mail|nyhedsbrev)|afmeld (?:nyhedsbrevet|her)"
    r"|you (?:are )?receiv(?:e|ing) this (?:e-?mail|newsletter|message) because"
    r"|unsubscribe (?:here|from (?:this|our))|manage your (?:subscription|preferences)"
    r"|view (?:this|it) in your browser|se (?:denne|mailen) i din browser)"
)


def quotes_newsletter(quoted: str) -> bool:
    """Whether the quoted text is a newsletter or marketing mail (its footer says so)."""
    return isinstance(quoted, str) and NEWSLETTER_FOOTER.search(quoted[:MAX_TEXT]) is not None


def customer_names(text: str) -> frozenset[str]:
    """The customers' names the text gives after "hos", "at", "kunden", two to four
    capitalised words, and runs a trade word ends ("Aarhus Reklame lukker deres kontor")."""
    found = {match.group(1) for match in CUSTOMER_NAME.finditer(text)}
    for match in FIRM_RUN.finditer(text):
        run = match.group(1)
        if run.split()[-1].lower() not in company_nouns():
            continue
        words = run.split()
        while words and is_common_word(words[0]):  # not the request word of a subject
            run = run[len(words.pop(0)) :].lstrip()  # line: "Sletning Odense Glas"
        if len(words) >= 2:
            found.add(run)
    return frozenset(found)


def without_names(text: str, names: frozenset[str]) -> str:
    """The text with each of the names blanked out."""
    for name in names:
        text = text.replace(name, " " * len(name))
    return text


def score_kinds(
    subject: str, new_text: str, quoted: str, attachment_text: str = "",
    recordings_are_topic: bool = False,
) -> dict[Kind, float]:
    """Evidence per kind for the whole mail (subject, new text, quoted, attachments);
    `recordings_are_topic` reads recording words as no portability evidence."""
    topic = recordings_are_topic
    customers = customer_names(
        " ".join(t for t in (subject, new_text, quoted) if isinstance(t, str))
    )
    if customers:  # "slet følgende hos Aarhus Reklame": the customer's name asks for nothing
        subject, new_text, quoted, attachment_text = (
            without_names(t, customers) if isinstance(t, str) else t
            for t in (subject, new_text, quoted, attachment_text)
        )
    # a bare forward ("VS: Karina" and nothing of the sender's own) passes on its request
    bare_forward = not (new_text or "").strip() and isinstance(subject, str) and bool(
        FORWARD_PREFIX.match(subject)
    )
    pointed = (
        NEW_TEXT_WEIGHT if bare_forward or points_elsewhere(f"{subject}\n{new_text}") else 0.0
    )
    scores: dict[Kind, float] = dict.fromkeys(SCORED_KINDS, 0.0)
    counted: dict[Kind, set[tuple[str, ...]]] = {}
    new_text = new_text[:MAX_TEXT] if isinstance(new_text, str) else ""
    disowned = disowns_subject(new_text)  # (read before the remark itself is blanked)
    if disowned:
        new_text = without_subject_remarks(new_text)
    score_text(new_text, NEW_TEXT_WEIGHT, scores, counted, topic)
    asks_itself = max(scores.values()) >= MINIMUM_SCORE
    # When the new text makes a request of its own (more than one weak word: not
    # "forkert lokalnummer i min mail"), a reply's subject line and the quoted mails
    # are the thread's older matter ("Re: Anonymisering" above "now X wants access").
    own = not pointed and max(scores.values()) >= OWN_REQUEST_SCORE
    is_reply = isinstance(subject, str) and REPLY_PREFIX.match(subject) is not None
    # "Ny sag – undskyld, jeg svarer lige i den gamle tråd. Kan I slette ...": the thread
    # is another matter altogether
    fresh = not pointed and max(scores.values()) >= MINIMUM_SCORE and opens_new_matter(new_text)
    subject_weight = SUBJECT_WEIGHT
    if is_reply and (fresh or own):
        subject_weight = 0.0 if fresh else QUOTED_WEIGHT
    if disowned:  # "Undskyld emnet – jeg svarede bare på jeres nyhedsbrev"
        subject_weight = 0.0
    quoted_weight = 0.0 if fresh or (disowned and asks_itself) else max(  # (nor the mail
        OLD_MATTER_WEIGHT if own else QUOTED_WEIGHT, pointed  # the sender only replied to)
    )
    if new_text.strip() and quotes_newsletter(quoted):  # a mail typed on top of a quoted
        quoted_weight, subject_weight = 0.0, 0.0  # newsletter: its words ask for nothing
    parts = (
        (subject, subject_weight, is_reply),
        (quoted, quoted_weight, True),
        (attachment_text, max(ATTACHMENT_WEIGHT, pointed), False),
    )
    asked = {kind for kind, score in scores.items() if score >= MINIMUM_SCORE}
    for text, weight, older in parts:
        part = dict.fromkeys(SCORED_KINDS, 0.0)
        score_text(text[:MAX_TEXT] if isinstance(text, str) else "", weight, part, counted, topic)
        for kind, score in part.items():  # a quoted older matter's words ("flyttet til den
            if score >= 0 or kind not in asked or not older:  # nye afdeling"), or a reply's
                if kind == "portability" and text is subject and not is_reply and asked and (
                    kind not in asked and score > 0 and not scores[kind]
                    and names_only_recordings(subject)
                ):  # a fresh mail's subject naming only recordings ("Min fars voicemail")
                    score *= TOPIC_ONLY_SUBJECT  # that its text, asking another kind ("...
                    # slettet"), never names: the request is what the text asks for
                scores[kind] += score  # subject ("Re: Faktura februar"), take nothing from
                # what the new text asks for itself
    # A forwarded HR or payroll notice that an employee leaves ("Termination Date:
    # 31/05/2025", "Fratrædelsesdato: 30.04.2025"), which the sender adds no request of
    # their own to, is the request to erase the leaver: resellers forward it bare.
    if not asks_itself and any(
        announces_leaver(text) for text in (quoted, attachment_text, new_text)
    ):
        scores["erasure"] += LEAVER_NOTICE_SCORE
    return scores


def classify_kind(subject: str, new_text: str, quoted: str, attachment_text: str = "") -> Kind:
    """The request kind with the most evidence; "other" when none has enough. Request
    words are read as meant ("anonymicere", "slettte")."""
    subject, new_text = with_request_words_mended(subject), with_request_words_mended(new_text)
    scores = score_kinds(subject, new_text, quoted, attachment_text)
    topic = objects_to_recording(scores)
    if topic or may_object_to_recording(scores):
        topical = score_kinds(subject, new_text, quoted, attachment_text, recordings_are_topic=True)
        # a weaker objection ("det vil vi ikke have. Stop det") still makes the recordings
        # its topic when nothing in the mail asks to hand anything over
        topic = topic or topical["portability"] <= 0
        if topic:
            scores = topical
    elif (  # the recordings are what is erased ("make sure his recordings and voicemails
        # are deleted, so please anonymise him"), or what a copy of all data must hold
        scores["erasure"] >= MINIMUM_SCORE and scores["portability"] > 0
        and recordings_deleted(new_text)
    ) or (lists_what_access_covers(scores) and asks_for_all_data(f"{subject}\n{new_text}")):
        topical = score_kinds(subject, new_text, quoted, attachment_text, recordings_are_topic=True)
        if topical["portability"] <= 0:  # no word asks to hand recordings over
            scores, topic = topical, True
    best = max(SCORED_KINDS, key=lambda kind: scores[kind])
    if scores[best] < MINIMUM_SCORE:
        return "other"
    if sum(scores[kind] >= OWN_REQUEST_SCORE for kind in PERSON_KINDS) >= 2:
        best = first_of_two_requests(new_text, best, topic)  # (read again only when it may be)
    if best in {"access", "portability"}:  # "Kan I først se, om der stadig findes noget om
        best = request_if_found(new_text) or best  # hende? Hvis der gør, ... slettet"
    if best == "marketing_optout":  # "1) slet Søren Bech (lokal 88) ... 3) afmeld mig
        best = request_beside_opt_out(new_text) or best  # nyhedsbrevet"
    if best in PERSON_KINDS and asks_before_deciding(new_text, best):
        return "other"  # "Hvad sker der, hvis vi beder om sletning? ... ikke aktuelt endnu"
    if best in PERSON_KINDS and asks_in_general(new_text) and not names_someone(subject, new_text):
        return "other"  # "Et generelt spørgsmål: Hvad gemmer I om brugerne? ... Vi har ikke
        # en konkret medarbejder"
    if best in PERSON_KINDS and asks_about_service(new_text) and not names_someone(
        subject, new_text
    ) and (
        score_kinds("", new_text, "")[best] < MINIMUM_SCORE
    ) and (
        (best == "portability" and names_only_recordings(subject))
        or score_kinds(subject, "", "")[best] < MINIMUM_SCORE
    ):
        return "other"  # "Question: where are recordings stored?" above "whether Flexfone
        # stores call recordings outside the EU": neither the text nor the subject asks
    if best in PERSON_KINDS and asks_as_third_party(new_text):
        return "other"  # "Nordsjællands Politi efterforsker en sag ... beder om udlevering"
    texts = (subject, new_text, quoted, attachment_text)
    whole = " ".join(t for t in texts if isinstance(t, str))
    # a leaver notice is about one particular employee, named or masked
    if best in PERSON_KINDS and not has_person_cue(whole) and not announces_leaver(
        whole
    ) and not names_someone(subject, new_text, closing_counts=True):
        if best == "objection" and scores["marketing_optout"] >= MINIMUM_SCORE:
            return "marketing_optout"  # "Pursuant to Article 21(2) ... we object to ...
        return "other"  # direct marketing ... remove us from the newsletter"
    return best


def asks_in_general(text: str) -> bool:
    """Whether the new text says its question is a general one, about no employee in
    particular (`kind_general_question_cues.txt`)."""
    return isinstance(text, str) and read_book("kind_general_question_cues").contains_any(
        Tokens.of(text[:MAX_TEXT])
    )


def asks_itself(text: str) -> bool:
    """Whether a text by itself asks for a named employee with a request's own words, as
    sure as a new text that leaves its thread behind (`OWN_REQUEST_SCORE`); not an away
    notice's "limited access to email"."""
    if not isinstance(text, str) or not text.strip() or not names_someone("", text):
        return False
    scores = score_kinds("", text, "")
    return max(scores[kind] for kind in PERSON_KINDS) >= OWN_REQUEST_SCORE


def asks_about_service(text: str) -> bool:
    """Whether the new text asks what the service costs or where and how long it keeps
    things (`kind_service_questions.txt`)."""
    return isinstance(text, str) and read_book("kind_service_questions").contains_any(
        Tokens.of(text[:MAX_TEXT])
    )


def asks_as_third_party(text: str) -> bool:
    """Whether the new text is a third party's demand for an employee's data for its own
    purposes (`kind_third_party_cues.txt`: a police investigation, a court order, a debt
    collector's debtor, an insurer's claim, the supervisory authority's statement): not
    the employee's request, whatever it asks to have handed over."""
    return isinstance(text, str) and read_book("kind_third_party_cues").contains_any(
        Tokens.of(text[:MAX_TEXT])
    )


def asks_before_deciding(text: str, best: Kind | None = None) -> bool:
    """Whether the new text asks how a request would go before making it ("Hvad sker
    der, hvis vi beder om sletning? ... Det er ikke aktuelt endnu"): a question, and a
    phrase of `kind_undecided_cues.txt`. In a list of separate matters, a point that
    makes the `best` request without hesitating is a request, whatever another point
    considers ("3. Vi overvejer at tilbyde call recording ... Har I et prisark?")."""
    if not (isinstance(text, str) and "?" in text and is_undecided(text)):
        return False
    points = matter_points(text[:MAX_TEXT])
    if best is None or len(points) < 2:
        return True
    for point in points:
        scores: dict[Kind, float] = dict.fromkeys(SCORED_KINDS, 0.0)
        score_text(point, 1.0, scores)
        if scores[best] >= MINIMUM_SCORE and not is_undecided(point):
            return False
    return True


def is_undecided(text: str) -> bool:
    """Whether a text holds a phrase of `kind_undecided_cues.txt`."""
    return read_book("kind_undecided_cues").contains_any(Tokens.of(text[:MAX_TEXT]))


def request_beside_opt_out(new_text: str) -> Kind | None:
    """The employee's request that sentences of their own make beside an opt-out ("1) Hos
    Køge Auto skal Søren Bech (lokal 88) slettes ... 3) afmeld mig jeres nyhedsbrev"),
    with an extension: it has a legal deadline, the opt-out rides along. None when every
    request word stands in a sentence about the newsletters ("remove all our addresses
    from your newsletters", "Bente Friis (ext. 12) complained about your offers")."""
    book = read_book("kind_marketing_optout")
    rest = SENTENCE.sub(
        lambda m: " " * len(m.group()) if book.contains_any(Tokens.of(m.group())) else m.group(),
        new_text[:MAX_TEXT],
    )
    if not EXTENSION.search(rest):
        return None
    scores = score_kinds("", rest, "")
    person = max((kind for kind in SCORED_KINDS if kind in PERSON_KINDS), key=scores.__getitem__)
    return person if scores[person] >= MINIMUM_SCORE else None


def objects_to_recording(scores: dict[Kind, float]) -> bool:
    """Whether the mail objects with the weight of a request of its own while words
    about recordings count for portability: "stop recording his calls", "hun vil ikke
    optages, og de optagelser der er lavet skal slettes" is about recordings, yet
    asks for none to be handed over."""
    return scores["objection"] >= OWN_REQUEST_SCORE and scores["portability"] > 0


def may_object_to_recording(scores: dict[Kind, float]) -> bool:
    """Whether the mail objects with the weight of a request, though not one of its own,
    while words about recordings count for portability: the recordings are its topic
    when no word asks to hand them over (checked by the caller)."""
    return scores["objection"] >= MINIMUM_SCORE and scores["portability"] > 0


def lists_what_access_covers(scores: dict[Kind, float]) -> bool:
    """Whether the mail asks for access while words about recordings count for
    portability: in "a copy of all data about me: call logs, recordings, voicemails"
    the recordings list what the copy must hold, so they are its topic when no word
    asks to hand them over (checked by the caller)."""
    return scores["access"] >= MINIMUM_SCORE and scores["portability"] > 0


DELETION_WORD = re.compile(
    r"(?i:\b(?:slet\w*|delete[ds]?|deleting|erase[ds]?|erasing|fjern\w*|removed?|anonymi\w*))\b"
)


HANDOVER_BESIDE = re.compile(  # the recordings wanted first: "send me my voicemails before
    # they are deleted", "access to the recordings before these are deleted"
    r"(?i:\b(?:before|inden|før|prior to)\b[^.!?\n]{0,40}?\b(?:slet\w*|delete[ds]?|erased?"
    r"|remov\w*|fjern\w*|anonymi\w*|lukke\w*|closed?)"
    r"|\b(?:send\w*|udlever\w*|hand\w*[ \t]+over|access|adgang|cop(?:y|ies)|kopi\w*|export\w*"
    r"|download\w*|receive|modtage|få[ \t]+(?:dem|tilsendt|udleveret)|gemme|save|keep|beholde"
    r"|med sig|with (?:them|him|her)|take)\b)"
)


def names_only_recordings(text: str) -> bool:
    """Whether the text names recordings or voicemails and asks nothing about them
    ("Min fars voicemail"): no word of handing over."""
    tokens = Tokens.of(text[:MAX_TEXT])
    return recording_topic_book().contains_any(tokens) and not handover_book().contains_any(
        tokens
    )


def recordings_deleted(text: str) -> bool:
    """Whether a sentence names recordings or voicemails with a word for deleting them
    ("his recordings and voicemails are deleted"): they are what is erased, not a
    request to hand them over (checked by the caller)."""
    if not isinstance(text, str):
        return False
    topic = recording_topic_book()
    text = without_markers(text)  # ("[PIN-kode fjernet]" deletes nothing)
    return any(
        DELETION_WORD.search(sentence.group()) and not HANDOVER_BESIDE.search(sentence.group())
        and topic.contains_any(Tokens.of(sentence.group()))
        for sentence in SENTENCE.finditer(text[:MAX_TEXT])
    )


@cache
def recording_topic_book() -> PhraseBook:
    """The topic words about recordings (`kind_recording_topic.txt`), as a book."""
    return PhraseBook.of(read_phrases("kind_recording_topic"))


def asks_for_all_data(text: str) -> bool:
    """Whether the text asks for all the data held ("all data about me", "alle
    oplysninger"), not for the recordings themselves ("all his voicemails")."""
    return isinstance(text, str) and read_book("kind_all_data").contains_any(
        Tokens.of(text[:MAX_TEXT])
    )


def makes_own_request(text: str) -> bool:
    """Whether a reply's own new text asks for something by itself ("Mads Kragh skal
    anonymiseres"), rather than only completing the thread's request ("Lærlingen er
    Sebastian Holm Iversen, lok 19")."""
    if not isinstance(text, str) or not text.strip():
        return False
    scores: dict[Kind, float] = dict.fromkeys(SCORED_KINDS, 0.0)
    score_text(text[:MAX_TEXT], NEW_TEXT_WEIGHT, scores)
    return max(scores.values()) >= MINIMUM_SCORE


IF_FOUND = re.compile(  # the request made on the condition that something is found
    r"(?i:\b(?:hvis der gør|hvis ja|i så fald|hvis det er tilfældet|hvis der er noget"
    r"|if so|if there is|if there are|if yes|if that is the case|if anything is found)\b)"
)


def request_if_found(new_text: str) -> Kind | None:
    """The request a mail makes once a check comes out yes ("Kan I først se, om der
    stadig findes noget om hende? Hvis der gør, vil vi gerne bede om at det bliver
    slettet"): the check is its first step, the conditional request the one it makes."""
    if not isinstance(new_text, str) or (found := IF_FOUND.search(new_text[:MAX_TEXT])) is None:
        return None
    end = re.compile(r"[.!?\n]").search(new_text, found.end())
    part: dict[Kind, float] = dict.fromkeys(SCORED_KINDS, 0.0)
    score_text(new_text[found.end() : end.start() if end else None], 1.0, part)
    best: Kind | None = None
    for kind in sorted(PERSON_KINDS):
        if part[kind] >= MINIMUM_SCORE and (best is None or part[kind] > part[best]):
            best = kind
    return best


def first_of_two_requests(new_text: str, best: Kind, recordings_are_topic: bool = False) -> Kind:
    """When the new text makes two requests of different kinds, each with the weight
    of a request of its own ("erase Tomasz ... and Olena wants a copy of her data";
    "først udlevere hans voicemails, derefter anonymisere ham"), the one asked first:
    a person reads a mail in order, and the first request is usually the one that
    must be done first."""
    if not isinstance(new_text, str) or not new_text:
        return best
    tokens = mask_tokens(Tokens.of(without_policy_questions(without_markers(new_text[:MAX_TEXT]))))
    found: dict[Kind, list[tuple[int, float]]] = {}
    for kind in PERSON_KINDS:
        book = kind_book(kind, recordings_are_topic)
        found[kind] = [(index, phrase.weight) for index, phrase in book.matches(tokens)]
    totals: dict[Kind, float] = dict.fromkeys(SCORED_KINDS, 0.0)
    score_text(new_text[:MAX_TEXT], NEW_TEXT_WEIGHT, totals, None, recordings_are_topic)
    # A second request holds its own weight; a few topic words ("optagelse" in an
    # objection to call recording) are part of the first one.
    needed = max(OWN_REQUEST_SCORE, SECOND_REQUEST_SHARE * max(totals.values()))
    asked = {kind for kind in PERSON_KINDS if totals[kind] >= needed and found[kind]}
    if best not in asked or len(asked) < 2:
        return best
    return min(
        asked, key=lambda kind: min((i for i, w in found[kind] if w > 0), default=len(tokens.words))
    )


def names_someone(subject: str, new_text: str, closing_counts: bool = False) -> bool:
    """Whether the subject line or the new text names a person ("Sletning Ole Bjerre");
    the writer's name closing the text ("Mads Østergaard / Supportansvarlig") is none
    unless `closing_counts` (a bare forward's only name may be the one it signs with)."""
    if isinstance(new_text, str) and not closing_counts:
        new_text = without_closing_name_block(new_text)
    texts = [t for t in (subject, new_text) if isinstance(t, str)]
    if any(  # (also with a nickname inside: 'Friedrich-Wilhelm „Fritz“ Zöllner')
        find_names(with_nicknames_as_words(text[:MAX_TEXT])[0], "") for text in texts
    ):
        return True
    return any(  # a known first name after "for"/"om": "en indsigt for Henrik hos X"
        match.group(1).lower() in given_names()
        for text in texts for match in FIRST_NAME_AFTER.finditer(text[:MAX_TEXT])
    ) or any(joined_first_names(text[:MAX_TEXT]) for text in texts) or any(  # "Ana og Mihai
        TITLED_SURNAME.search(text[:MAX_TEXT]) for text in texts  # er stoppet", "Frau Lührs
    )  # legt Widerspruch ... ein"


CLOSING_BLOCK_LINES = 7  # a name, a title, a firm, phone numbers and a web address
NAME_LINE = re.compile(rf"^[ \t]*[{UPPER}][^\W\d_]+(?:[ \t-]+[{UPPER}][^\W\d_]+){{1,3}}[ \t]*$")


def without_closing_name_block(text: str) -> str:
    """`text` without a last paragraph that opens with a name line and holds only a few
    short lines: the writer's signature, written without a sign-off."""
    paragraphs = re.split(r"\n[ \t]*\n", text.rstrip())
    last = paragraphs[-1].splitlines() if len(paragraphs) > 1 else []
    if last and len(last) <= CLOSING_BLOCK_LINES and NAME_LINE.match(last[0]) and all(
        len(line) < 60 for line in last
    ) and not all(NAME_LINE.match(line) for line in last):  # (not a list of employees)
        return "\n\n".join(paragraphs[:-1])
    return text


TITLED_SURNAME = re.compile(  # a person by title and surname: "Frau Lührs", "hr. Bech"
    rf"(?<![\w.])(?:Herr|Frau|[Ff]ru|[Hh]r\.|Mr\.?|Mrs\.?|Ms\.?)[ \t]+[{UPPER}][^\W\d_]{{2,}}"
)
FIRST_NAME_AFTER = re.compile(  # also "Kun Nadia skal slettes", "remove Lucy from ext 4021"
    r"\b(?:for|om|af|of|on|about|kun|only|just|slet|delete|remove|erase)[ \t]+"
    r"([A-ZÆØÅ][a-zæøå]+)\b",
    re.IGNORECASE,
)


MONTHS = r"jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec"
DATE = (  # 31/05/2025, 30.04.2025, 2025-05-31, 31. maj 2025, May 31, 2025, 31 May 2025
    r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4}"
    rf"|\d{{1,2}}\.?\s+(?:{MONTHS})[a-zæøå]*\.?\s+\d{{4}}"
    rf"|(?:{MONTHS})[a-z]*\.?\s+\d{{1,2}},?\s+\d{{4}})"
)


@cache
def leaver_field() -> re.Pattern[str]:
    """A notice's leaver field with a date as its value, one line: the labels of
    `kind_leaver_fields.txt`. A template's empty field ("Fratrædelsesdato: -") is no
    leaver: the date is what says someone leaves."""
    entries = read_lexicon("kind_leaver_fields")
    labels = sorted(
        (r"[\s-]+".join(map(re.escape, entry.split())) for entry in entries),
        key=len, reverse=True,
    )
    if not labels:
        return re.compile("(?!)")
    return re.compile(
        # (a label given in two languages: "Termination date / Fratrædelsesdato: 30.09.2025")
        rf"^[ \t>|*]*(?:[^\n/:|]{{1,40}}/[ \t]*)?(?:{'|'.join(labels)})[ \t*]*[:|\t][ \t|*]*{DATE}",
        re.IGNORECASE | re.MULTILINE,
    )


def announces_leaver(text: str) -> bool:
    """Whether the text holds an HR or payroll system's notice that an employee leaves
    on a given date ("Last Day of Work: 31/05/2025", "Fratrædelsesdato: 30.04.2025")."""
    return isinstance(text, str) and leaver_field().search(text[:MAX_TEXT]) is not None


def without_subject_remarks(text: str) -> str:
    """`text` with the sentences that disown the subject line blanked: "Undskyld emnet –
    jeg svarede bare på jeres nyhedsbrev" is about the subject, not a request."""
    book = read_book("kind_subject_disowned")

    def blank(match: re.Match[str]) -> str:  # only the clause saying so: "Ikke en
        sentence = match.group()  # navneændring alligevel: Karen Bech stopper" asks on
        for clause in CLAUSE_END.split(sentence):
            if book.contains_any(Tokens.of(clause)):
                sentence = sentence.replace(clause, " " * len(clause), 1)
        return sentence

    return SENTENCE.sub(blank, text)


CLAUSE_END = re.compile(r"(?<=:)|(?<=[ \t][–—-])[ \t]|(?<=,)[ \t]")  # (also "- ikke indsigt
# som jeg skrev i emnet, han skal slettes": the request after the comma stands)


def disowns_subject(text: str) -> bool:
    """Whether the sender says the subject line is not what the mail is about ("Undskyld
    emnet", "Ikke en navneændring alligevel", "ignore the subject")."""
    return isinstance(text, str) and read_book("kind_subject_disowned").contains_any(
        Tokens.of(text[:MAX_TEXT])
    )


def opens_new_matter(text: str) -> bool:
    """Whether a reply says it starts a new matter in an old thread ("Ny sag – jeg svarer
    lige i den gamle tråd"): the thread's subject, history and kind are another case."""
    return read_book("subject_new_matter_cues").contains_any(Tokens.of(text))


def points_elsewhere(text: str) -> bool:
    """Whether the sender points at the request below or attached ("se nedenfor"); a
    sentence that calls the matter below finished ("Den gamle sag nedenfor er
    afsluttet") points at old history, not at this mail's request."""
    if not isinstance(text, str):
        return False
    pointers, finished = read_book("kind_pointers"), read_book("kind_finished_matter")
    if not pointers.contains_any(Tokens.of(text[:MAX_TEXT])):
        return False  # most mails point nowhere: one reading, no sentence split
    for sentence in SENTENCE.findall(text[:MAX_TEXT]):
        tokens = Tokens.of(sentence)
        if pointers.contains_any(tokens) and not finished.contains_any(tokens):
            return True
    return False


def has_person_cue(text: str) -> bool:
    """Whether the text points at a particular person (pronoun, employee, extension)."""
    return read_book("kind_person_cues").contains_any(
        Tokens.of(text if isinstance(text, str) else "")
    )
