"""Sensitive personal data in free text, and its redaction before storage.

The provider registers no sensitive data, so whatever a sender wrote that
reveals it is cut out before anything is stored. Detectors: CPR numbers
(checked as real: a valid birth date under the century rule of the 7th digit,
no modulus-11 check since numbers issued from 2007 fail it), payment card
numbers (Luhn), passwords/PINs given with their value, and the GDPR art. 9
categories from word lists in `parsers/lexicons/sensitive_<category>.txt`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from functools import cache
from typing import get_args

from stdnum.dk import cpr as stdnum_cpr

from parsers.letters import UPPER
from parsers.lexicon import (
    DANISH_LETTERS,
    WORD_TOKEN,
    PhraseBook,
    PhraseShelf,
    Tokens,
    given_names,
    parse_phrase,
    read_lexicon,
    read_word_set,
    spelt_without_danish_letters,
    tokenize,
)
from parsers.model import Language, SensitiveCategory, SensitiveSpan
from parsers.sensitive_columns import find_sensitive_columns

CPR = re.compile(  # also "290885–1123", and "010190 - 2345" with a spaced dash
    r"(?<![\w+/.-])(\d{6})([ –-]?|[ \t][–-][ \t])(\d{4})(?![\w]|[–-]\d)"
)
CPR_DOTTED = re.compile(  # "22.05.95-3318": the birth date written with dots
    r"(?<![\w+/.,-])(\d{2})\.(\d{2})\.(\d{2})([ -]?)(\d{4})(?![\w]|[.,:/-]\d)"
)
CARD = re.compile(
    r"(?<![\w+.,/-])(?:\d{13,19}|\d{4}(?:[ -]\d{4}){2,3}(?:[ -]\d{1,3})?|\d{4}[ -]\d{6}[ -]\d{4,5})"
    r"(?![\w-])"
)
# "er", "is", and the Swedish, Norwegian and German "är", "ist" of a quoted customer
SECRET_IS = (  # also "his voicemail PIN is still 4471", "koden er stadig 1234"
    r"(?:er|is|was|var|lyder på|är|ist|war)"
    r"(?:[ \t]+(?:still|stadig|stadigvæk|fortsat|nu|now|currently))?"
)
CREDENTIAL_VALUE = re.compile(  # "kodeord til PBX-admin var ...", "kode til Myfone Efteraar2025!",
    # "lösenord till självbetjäningsportalen är Sommer2024!"
    r"(?:[ \t]+(?:til|till|for|för|to|on|på|i|in|für)"
    rf"(?:[ \t]+(?!{SECRET_IS}\b)[^\s:=,;]+(?![^\s:=,;])){{1,3}}"
    rf"(?=[ \t]*(?:[:=]|{SECRET_IS}\b)|[ \t]+[^\W\d_]+\d[^\s,;]*"
    r"|(?<!\d)[ \t]+\d{4,8}(?![\d.,/-]\d|[ \t]*(?i:kr|dkk))))?"  # "PIN til telefonsvareren 4821"
    rf"\s*(?:(?P<sep>[:=])|(?P<verb>{SECRET_IS})\b(?:[ \t]*:)?)?\s*(?P<value>[^\s,;]+)",
    re.IGNORECASE,
)
URL_PASSWORD = re.compile(  # a user and password written into an address
    r"\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s:/@]+:(?P<secret>[^\s@/]+)@"
)
LOGIN_VALUE = re.compile(  # a login given with a value made as passwords are: "portal-login
    # Tand2026!", "login: Sommer2024" (not a user name: "login: jens@firma.dk")
    r"(?i:\blog[- ]?in)\b[ \t]*(?:[:=]|(?i:er|is|var|was)\b)?[ \t]*"
    r"(?P<value>[A-ZÆØÅ][a-zæøå]{2,}[!#?$%&*@]?\d{2,4}[!#?$%&*@]?)(?![\w/@.-])"
)
LOGGED_IN_WITH = re.compile(  # "hun loggede ind i portalen med Sommer2024!"
    r"(?i:\blog(?:ge(?:de|r|t)?)?[ \t]+(?:ind|in|på)|\blogged in|\blogs in|\bsigned in)\b"
    r"[^.\n]{0,40}?\b(?:med|with)[ \t]+(?P<secret>(?=[^\s,;()]*\d)(?=[^\s,;()]*[^\W\d_])"
    r"[^\s,;()]+)"
)
LOGIN_PAIR = re.compile(  # a user name and its secret written as a pair after "login"
    r"(?i:\b(?:log[- ]?in|logon|sign-in|credentials|brugernavn og (?:kode(?:ord)?|adgangskode)"
    r"|logge?[ \t]+ind|logger[ \t]+ind"  # "Hvis I skal logge ind som ham: mkh@firma.dk / X"
    r"|username and password|user name and password))[^\n(:]{0,60}?"
    r"(?:[(:=]|\b(?:er|is|var|was|lyder på|with|med)\b"
    r"|[ \t](?=[^\s/()]+@[^\s/()]+[ \t]*/))[ \t]*"  # "login til PBX-admin mmd@firma.dk / X"
    r"[^\s/()]+[ \t]*/[ \t]*(?P<secret>[^\s()]+)"
)
SIGN_IN_METHODS = frozenset({"2-faktor", "2-factor", "2fa", "2-fa", "mfa", "sso", "mitid",
                             "nemid", "bankid", "2-trins", "2-step"})
VALUE_TRIM = ".,;:?)]}\"'»”"
COMPOUND_GOES_ON = re.compile(r"[\"'»”]?-[^\W\d_]")  # '"glemt adgangskode"-linket
NOT_VALUES = frozenset(
    {"ikke", "not", "none", "ingen", "glemt", "forgotten", "nulstillet", "reset", "n/a", "-", "?",
     "reset?", "resets", "nulstilling", "policy", "politik", "changes", "change", "expiry",
     "manager", "history", "historik", "protected", "protected?", "beskyttet", "beskyttede"}
)
CONTEXT_CHARS = 40
CONTEXT_TOKENS = 3
# Categories found by pattern rather than by word list; every other one has a lexicon.
PATTERN_CATEGORIES = frozenset({"cpr", "payment_card", "credential"})
CATEGORY_LISTS: tuple[SensitiveCategory, ...] = tuple(
    category for category in get_args(SensitiveCategory) if category not in PATTERN_CATEGORIES
)
MEMBER_OF = "<member of>"
# "<member of> X" also counts X followed by a phrase of this list ("X, hvor han er medlem").
MEMBER_AFTER = "sensitive_membership_after"
# "<placeholder> X" in a word list: X after any phrase of the named list.
PLACEHOLDERS = {
    MEMBER_OF: "sensitive_membership",
    "<becoming>": "sensitive_becoming",
    "<comes from>": "sensitive_comes_from",
}


DIAGNOSIS_CODE = re.compile(r"(?<![\w.])[A-TV-Z]\d{2}\.\d{1,2}(?![\w]|\.\d)")  # ICD-10: "F32.1"
HEALTH_CONTEXT = re.compile(
    r"(?i:syg|diagnos|læge|icd|psykiat|psykolog|behandl|doctor|medical|treatment|sick)"
)
CODE_CONTEXT = 80  # how far from a diagnosis code a health word must stand


def find_diagnosis_codes(text: str) -> Iterator[SensitiveSpan]:
    """ICD-10 diagnosis codes near a word of health ("lang sygemelding, F32.1 iflg.
    lægeerklæringen"): the code names the illness. A code-shaped token elsewhere (a
    seat, a product) is no diagnosis."""
    for match in DIAGNOSIS_CODE.finditer(text):
        window = text[max(0, match.start() - CODE_CONTEXT) : match.end() + CODE_CONTEXT]
        if HEALTH_CONTEXT.search(window):
            yield SensitiveSpan("health", match.start(), match.end())


def find_sensitive(text: str) -> tuple[SensitiveSpan, ...]:
    """Every piece of sensitive data in `text`, in order; never raises."""
    if not isinstance(text, str) or not text:
        return ()
    tokens = Tokens.of(text, WORD_TOKEN)
    spans = [*find_cpr(text), *find_cards(text), *find_credentials(text, tokens)]
    spans += find_sensitive_columns(text)
    traps = trap_positions(tokens)
    spans += find_maternity_leave(text, tokens, traps)
    spans += find_same_sex_spouse(text)
    spans += find_named_partner(text)
    spans += find_named_nationality(text)
    spans += find_people_plurals(text)
    spans += find_origin_before_person(text)
    spans += find_church_tax_fields(text)
    spans += find_mixed_origin(text)
    spans += find_health_compounds(tokens)
    spans += find_diagnosis_codes(text)
    animals = {index for index, _ in read_book("sensitive_animals").matches(tokens)}
    shelf = read_shelf().spans(tokens)
    addresses = [m.span() for m in ADDRESS.finditer(text)] if any(shelf) and "." in text else []
    for category, found in zip(CATEGORY_LISTS, shelf, strict=True):
        kept = [
            (first, last) for first, last, _ in found
            if not traps.intersection(range(first, last + 1))
            and not any(a <= tokens.spans[first][0] < b for a, b in addresses)
            and not names_an_organisation(text, category, tokens.spans[first][0],
                                          tokens.spans[last][1])
            and not (category == "health" and is_said_of_animal(text, tokens, animals, first, last))
            and not (category == "ethnicity" and opens_full_name(text, tokens.spans[last]))
        ]
        if category in PERSONAL_ONLY:
            kept = said_of_a_person(text, tokens, kept)
        spans.extend(
            with_named_union(text, with_named_cause(
                text, SensitiveSpan(category, tokens.spans[first][0], tokens.spans[last][1])
            ))
            for first, last in kept
        )
    # one piece found by two detectors ("hendes kone" as a same-sex spouse and as a named
    # partner) is one piece: counted once on the ticket
    spans = without_category_lists(text, spans)
    return tuple(sorted(set(spans), key=lambda span: (span.start, -span.end, span.category)))


LISTED_CATEGORIES = 2  # kinds of data a sentence introduced as a list names (three without)
PATTERN_KINDS = frozenset({"cpr", "payment_card", "credential"})
PERSON_IN_SENTENCE = re.compile(  # a sentence about one person: a pronoun or "the employee"
    r"(?i:\b(?:han|hun|ham|hende|hans|hendes|sin|sit|sine|he|she|him|her|his|hers|himself"
    r"|herself|medarbejderen|the employee|employee's|jeg|mig|min|mit|mine|i'm|my|me)\b)"
)
CAPITALISED = re.compile(r"\b[A-ZÆØÅ][a-zæøå]+\b")
LIST_WORDS = re.compile(  # the words that introduce a list of kinds of data
    r"(?i:\b(?:oplysninger om|data om|information about|data about|categories|kategorier"
    r"|herunder|such as|fx|f\.eks\.|e\.g\.|including|særlige|special|følsomme|sensitive)\b)"
)


# Categories whose words also name products and techniques ("voice biometrics to identify
# callers", "genetic testing"): data only when the sentence is about a person.
PERSONAL_ONLY = frozenset({"biometric", "genetic"})


def said_of_a_person(
    text: str, tokens: Tokens, found: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The pieces of a product-or-person category ("voiceprint") in a sentence about a
    person, and every other mention of the same words once one is: "objects to his
    voiceprint being stored ... delete the voiceprint" is his voiceprint both times."""
    def words(first: int, last: int) -> str:
        return text[tokens.spans[first][0] : tokens.spans[last][1]].lower()

    personal = [piece for piece in found if about_a_person(text, tokens.spans[piece[0]][0])]
    said = {words(*piece) for piece in personal}
    return [piece for piece in found if piece in personal or words(*piece) in said]


def about_a_person(text: str, position: int) -> bool:
    """Whether the sentence holding `position` is about a person: a pronoun, "the
    employee", or a known first name."""
    sentence = next((m.group() for m in SENTENCE.finditer(text) if m.start() <= position < m.end()),
                    "")
    return bool(PERSON_IN_SENTENCE.search(sentence)) or names_someone(sentence)


def names_someone(sentence: str) -> bool:
    """Whether a sentence names a person by a known first name ("Ole, cpr ..., er
    sygemeldt og medlem af HK", "Jens Hansen (3F-medlem, muslim)")."""
    return any(m.group().lower() in given_names() for m in CAPITALISED.finditer(sentence))


def without_category_lists(text: str, spans: list[SensitiveSpan]) -> list[SensitiveSpan]:
    """Without the words of a sentence that lists kinds of sensitive data about no one:
    pasted GDPR or policy text ("oplysninger om race eller etnisk oprindelse, politisk,
    religiøs eller filosofisk overbevisning, fagforeningsmæssigt tilhørsforhold") names
    the categories, not a person's. A sentence with a pronoun, "the employee" or a
    person's name is about someone, and keeps every piece."""
    worded = [span for span in spans if span.category not in PATTERN_KINDS]
    if len({span.category for span in worded}) < LISTED_CATEGORIES:
        return spans
    listed: set[SensitiveSpan] = set()
    for sentence in SENTENCE.finditer(text):
        inside = [s for s in worded if sentence.start() <= s.start < sentence.end()]
        kinds = len({s.category for s in inside})
        listing = kinds > LISTED_CATEGORIES or (
            kinds == LISTED_CATEGORIES and LIST_WORDS.search(sentence.group()) is not None
        )
        if listing and not (
            PERSON_IN_SENTENCE.search(sentence.group()) or names_someone(sentence.group())
        ):
            listed.update(inside)
    return [span for span in spans if span not in listed] if listed else spans


# a mail address, web address or host name: its words name a domain, not a person
# ("kontakt@fagforbundet-sydvest.dk", "mx.fagforbundet-sydvest.dk", "www.krifa.dk/...")
ADDRESS = re.compile(
    r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:https?://|www\.)[^\s<>\]\[)]+"
    r"|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:dk|com|org|net|se|no|de|eu|io|fo|gl|nu|info|biz)\b"
)
ORGANISATION_CATEGORIES = frozenset({  # (also "Genetica ApS", a firm)
    "religion", "politics", "trade_union", "health", "genetic", "biometric",
})
CAPITAL_AFTER = re.compile(rf" +(?:i +|in +)?[{UPPER}]")  # "… Nørrebro", "… i Rønne"
CAPITAL_BEFORE = re.compile(rf"[{UPPER}][^\W\d_]+ +$")  # "Aarhus Baptistmenighed", "Eye Surgery"
CUSTOMER_BEFORE = re.compile(r"(?i:\bkunde[n]?|\bcustomer|\bclient|\bhos)[ \t]+$")
PERSON_BEFORE = re.compile(  # "han er", "she is a", "hun er blevet": said of a person
    r"(?i:\b(?:er|is|was|var|blevet|become|became)(?:[ \t]+(?:a|an|en|et|blevet))?)[ \t]+$"
)


def names_an_organisation(text: str, category: str, start: int, end: int) -> bool:
    """Whether a belief, party, union or health word is part of an organisation's name,
    not said of a person: "Socialdemokratiet Aalborg Øst (partikontoret)", "The Catholic
    Diocese Office", "Baptistkirken i Rønne", "Union Consult Eye Surgery ApS". Said
    with membership ("medlem af Enhedslisten", "aktiv i Indre Mission") or of a person
    ("han er Buddhist") it stays sensitive."""
    if category not in ORGANISATION_CATEGORIES or not text[start : start + 1].isupper():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if not any(char.islower() for char in text[line_start : line_end if line_end >= 0 else None]):
        return False  # a line in capitals only ("HUN HAR FÅET EN DISKUSPROLAPS OG ...")
    before = text[max(line_start, start - 40) : start]
    if has_word(tokenize(before)[-4:], "sensitive_membership") or PERSON_BEFORE.search(before):
        return False
    if category in BELIEF_CATEGORIES and WORKS_FOR_BEFORE.search(before):
        return False  # "hun skal arbejde for Indre Mission i Aarhus": her faith or party's work
    opens_sentence = not before.strip() or before.rstrip().endswith((".", "!", "?", ":"))
    return bool(
        CAPITAL_AFTER.match(text, end)
        or CUSTOMER_BEFORE.search(before)
        or (CAPITAL_BEFORE.search(before) and not opens_sentence)
    )


BELIEF_CATEGORIES = frozenset({"religion", "politics"})
WORKS_FOR_BEFORE = re.compile(
    r"(?i:\b(?:arbejde|arbejder|arbejdet|work|works|working|worked)[ \t]+(?:for|hos|i|at|in)"
    r"|\bansat[ \t]+(?:hos|i|ved)"  # also a new job there: "har fået job hos Indre Mission"
    r"|\b(?:prædikant|præst|sognepræst|missionær|forkynder|evangelist|diakon|pastor|imam"
    r"|rabbiner|preacher|priest|missionary|minister)[ \t]+(?:i|hos|ved|for|at|in|with)"
    r"|\b(?:job|jobbet|stilling|stillingen|position)[ \t]+(?:hos|i|ved|at|with|in)"
    r"|\b(?:job|jobbet|stilling|stillingen|ansat|as|a job as)[ \t]+(?:som[ \t]+)?[^\W\d_]+"
    r"[ \t]+(?:hos|ved|for|at|with))[ \t]+$"  # "har fået job som forkynder hos Jehovas Vidner"
)
NAMED_CAUSE = re.compile(  # "sygemeldt med en diskusprolaps", "off sick with a slipped disc"
    r"[ \t]+(?i:med|with|pga\.?|grundet|på grund af|due to|because of)"
    r"[ \t]+(?:(?i:en|et|a|an|sin|sit|his|her)[ \t]+)?"
    r"((?:(?!(?i:og|and|men|but|så|so|i|in|på|on|til|to|siden|since|fra|from|der|som|who|that"
    r"|hos|at|for|efter|after)\b)[^\W\d_][\w-]*[ \t]*){1,3})"
)


def with_named_cause(text: str, span: SensitiveSpan) -> SensitiveSpan:
    """A health span stretched over the illness it is said to be caused by: the word
    list knows "sygemeldt", not every diagnosis written after it ("sygemeldt med en
    diskusprolaps")."""
    if span.category != "health":
        return span
    match = NAMED_CAUSE.match(text, span.end)
    if match is None:
        return span
    return SensitiveSpan(span.category, span.start, match.start(1) + len(match.group(1).rstrip()))


NAMED_UNION = re.compile(  # "his union (Dansk Magisterforening)", "fagforeningen Dansk Metal"
    rf"[ \t]*,?[ \t]*\((?P<bracket>[^()\n]{{1,60}})\)"
    rf"|,?[ \t]+(?P<name>[{UPPER}\d][\w-]*(?:[ \t]+(?:[{UPPER}][\w-]*|og|of|for|and))*"
    rf"(?<![ \t]og)(?<![ \t]of)(?<![ \t]for)(?<![ \t]and))"
)


def with_named_union(text: str, span: SensitiveSpan) -> SensitiveSpan:
    """A trade-union span stretched over the union's name written right after it: "his
    union (Dansk Magisterforening)", "fagforeningen Dansk Metal". The word list knows
    "his union" and "fagforening*", not every union's name; the name tells the union."""
    if span.category != "trade_union":
        return span
    match = NAMED_UNION.match(text, span.end)
    if match is None:
        return span
    return SensitiveSpan(span.category, span.start, match.end())


SHE = frozenset({"hun", "hende", "hendes", "she", "her", "hers"})
HE = frozenset({"han", "ham", "hans", "he", "him", "his", "far", "father", "fædre"})
SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]|\n|$)")


def start_of_sentence(text: str, position: int) -> int:
    """Where the sentence or line holding `position` begins."""
    return max(text.rfind(mark, 0, position) for mark in ".!?\n") + 1


def find_maternity_leave(
    text: str, tokens: Tokens, traps: AbstractSet[int] = frozenset()
) -> list[SensitiveSpan]:
    """Leave words (`sensitive_maternity.txt`) unless the sentence is about a man: they
    reveal pregnancy or childbirth; a father's parental leave does not. When the
    sentence does not say ("Jeg er på barsel"), it is kept out to be safe. A leave word
    inside a trap phrase ("lokalnumre ved barsel og seniorordning") is about no one."""
    found: list[SensitiveSpan] = []
    for first, phrase in read_book("sensitive_maternity").matches(tokens):
        if any(index in traps for index in range(first, first + len(phrase.words))):
            continue
        start = tokens.spans[first][0]
        end = tokens.spans[first + len(phrase.words) - 1][1]
        sentence_start = start_of_sentence(text, start)
        stop = SENTENCE.match(text, end)
        words = set(tokenize(text[sentence_start : stop.end() if stop else end]))
        if not words & (SHE | HE) and stop:  # "X gik på barsel. Han har bedt om ..."
            following = SENTENCE.match(text, stop.end())
            words |= set(tokenize(following.group() if following else ""))
        if words & SHE or not words & HE:  # a woman, or nobody said to be a man
            found.append(SensitiveSpan("health", start, end))
    return found


SAME_SEX_SPOUSE = re.compile(  # "hendes kone", "his husband", "gift med sin mand" (by him);
    # Norwegian and Swedish: "kona hennes", "giftet seg med kona si", "sin fru"
    r"\b(?P<her>(?:[Hh]endes|[Hh]er|[Hh]ennes)[ \t]+(?:kone|kona|hustru|wife|fru)"
    r"|(?:kona|konen|frun|hustruen)[ \t]+hennes)\b"
    r"|\b(?P<his>(?:hans|[Hh]is)[ \t]+(?:mand|ægtemand|husband|mann|make)"  # not "Hans"
    r"|(?:mannen|maken)[ \t]+hans)\b"
    r"|\b(?P<wife>(?:sin|[Tt]heir)[ \t]+(?:kone|kona|hustru|wife|fru)s?"  # "sin kones navn"
    r"|(?:kona|konen|frun|hustrun)[ \t]+sin?)\b"
    r"|\b(?P<husband>(?:sin|[Tt]heir)[ \t]+(?:mand|ægtemand|husband|mann|make)s?"
    r"|(?:mannen|maken)[ \t]+sin?)\b"
)
FEMALE = frozenset({"hun", "she", "hon"})
MALE = frozenset({"han", "he"})


def find_same_sex_spouse(text: str) -> list[SensitiveSpan]:
    """A spouse of the same sex reveals sexual orientation: "hendes kone", "his
    husband", or "gift med sin kone" in a sentence about a woman ("hun")."""
    found: list[SensitiveSpan] = []
    for match in SAME_SEX_SPOUSE.finditer(text):
        if not (match.group("her") or match.group("his")):
            words = set(tokenize(text[start_of_sentence(text, match.start()) : match.start()]))
            if not words & (FEMALE | MALE):  # "Jette har giftet sig med sin kone": with no
                words |= {  # pronoun, her given name says who
                    "hun" if name in given_names("women") else "han"
                    for name in words
                    if (name in given_names("women")) != (name in given_names("men"))
                }
            if not words & (FEMALE | MALE):  # "Louise Andersen er blevet gift med sin kone
                # i februar ... Hun hedder nu Louise Andersen Krogh": the next sentence says
                stop = SENTENCE.match(text, match.end())
                following = SENTENCE.match(text, stop.end()) if stop else None
                words = set(tokenize(following.group())[:1]) if following else set()
            said = FEMALE if match.group("wife") else MALE
            other = MALE if match.group("wife") else FEMALE
            if not words & said or words & other:
                continue
        found.append(SensitiveSpan("sexuality", match.start(), match.end()))
    for match in OWN_PARTNER.finditer(text):  # a greeting: "Hi, this is Daniel, I'm away
        speaker = SPEAKER.search(text, start_of_sentence(text, match.start()), match.start())
        if speaker is None:  # with my boyfriend Mark"
            continue
        name = speaker.group("name").lower()
        male = match.group("partner").lower() in MALE_PARTNERS
        if name in given_names("men" if male else "women") and name not in given_names(
            "women" if male else "men"
        ):
            found.append(SensitiveSpan("sexuality", match.start(), match.end()))
    for match in NAMED_SPOUSE.finditer(text):  # "Liam's husband", "Mettes kone"
        name = match.group("name").lower()
        if not match.group("sep"):  # the Danish genitive: "Mettes" is Mette's
            name = name[:-1]
        wife = match.group("spouse").lower() in {"wife", "kone", "hustru"}
        if name in given_names("women" if wife else "men"):
            found.append(SensitiveSpan("sexuality", match.start(), match.end()))
    return found


OWN_PARTNER = re.compile(
    r"\b(?:[Mm]y|[Mm]in)[ \t]+(?P<partner>husband|boyfriend|wife|girlfriend|mand|ægtemand"
    r"|kone|hustru)\b"  # (not "kæreste", which says neither sex)
)
SPEAKER = re.compile(  # who speaks in a greeting or a letter: "this is Daniel", "jeg hedder Ole"
    r"(?i:this is|I am|I'm|it's|jeg er|det er|jeg hedder|my name is)[ \t]+"
    r"(?P<name>[A-ZÆØÅ][a-zæøå]+)"
)
MALE_PARTNERS = frozenset({"husband", "boyfriend", "mand", "ægtemand"})
NAMED_SPOUSE = re.compile(
    r"\b(?P<name>[A-ZÆØÅ][a-zæøå]+)(?P<sep>['’]s\b|['’]|(?<=s))[ \t]+"
    r"(?P<spouse>husband|wife|kone|hustru|ægtemand|mand)\b"  # "Jens Peters mand har ringet"
)


PARTNER_WORDS = (  # partner words; the gendered ones say the partner's sex themselves
    "kæreste|kæresten|partner|partneren|samlever|samleveren|ægtefælle|ægtefællen|forlovede"
    "|spouse|fiancée?|fiancé|husband|wife|boyfriend|girlfriend|kone|hustru|mand|ægtemand"
    "|konen|hustruen|manden|ægtemanden"
)
NAMED_PARTNER = re.compile(  # "hans kæreste Mikkel", "her partner, Anna", "med kæresten Jonas"
    rf"(?:\b(?P<owner>hans|[Hh]is|[Hh]endes|[Hh]er|sin|sit|[Tt]heir|med|with|og|and)[ \t]+)?"
    rf"\b(?P<partner>(?i:{PARTNER_WORDS}))\b,?[ \t]+(?P<name>[A-ZÆØÅ][a-zæøåéü]+)\b"
)
MAN_OWNERS = frozenset({"hans", "his"})
WOMAN_OWNERS = frozenset({"hendes", "her"})
PARTNER_SEX = {
    "husband": "men", "boyfriend": "men", "mand": "men", "ægtemand": "men", "manden": "men",
    "ægtemanden": "men", "wife": "women", "girlfriend": "women", "kone": "women",
    "hustru": "women", "konen": "women", "hustruen": "women",
}


def name_sex(name: str) -> str:
    """"men" or "women" for a given name of one sex only (the given-name lexicons), else
    "" (a name given to both, or no name known)."""
    lowered = name.lower()
    men, women = lowered in given_names("men"), lowered in given_names("women")
    if men == women or lowered in given_names("either"):
        return ""
    return "men" if men else "women"


def sentence_sex(text: str, position: int) -> str:
    """The sex of the person the sentence before `position` speaks of, when its pronouns
    ("han", "she") say one only."""
    words = tokenize(text[start_of_sentence(text, position) : position])
    said = {"women" for word in FEMALE.intersection(words)}
    said |= {"men" for word in MALE.intersection(words)}
    if not said:  # "Thomas og kæresten Mikkel": the names in the sentence say
        said = {sex for word in words if (sex := name_sex(word))}
    return said.pop() if len(said) == 1 else ""


def find_named_partner(text: str) -> list[SensitiveSpan]:
    """A partner named with a given name of the owner's own sex reveals sexual
    orientation: "hans kæreste Mikkel", "her partner Anna", "Han flytter med kæresten
    Jonas". The owner's sex comes from the possessive, else from the sentence's "han"/
    "she"; the partner's from the name (`given_names_men.txt`, `given_names_women.txt`)
    or a gendered word. "hans kone Louise" or "her husband Peter" reveal nothing."""
    found: list[SensitiveSpan] = []
    for match in NAMED_PARTNER.finditer(text):
        owner = (match.group("owner") or "").lower()
        partner = match.group("partner").lower()
        if not owner and partner in PARTNER_SEX:
            continue  # "manden Peter": the man, not a husband
        if owner in MAN_OWNERS:
            owner_sex = "men"
        elif owner in WOMAN_OWNERS:
            owner_sex = "women"
        else:  # "sin kæreste", "med kæresten": the sentence says whose
            owner_sex = sentence_sex(text, match.start())
        partner_sex = name_sex(match.group("name")) or (
            PARTNER_SEX.get(partner, "") if owner in MAN_OWNERS | WOMAN_OWNERS else ""
        )
        if owner_sex and owner_sex == partner_sex:
            start = match.start("owner") if owner in MAN_OWNERS | WOMAN_OWNERS else match.start(
                "partner"
            )
            # a partner named in full ("hendes kone Pernille Holt (lok 222)") is a person
            # of the mail in her own right: only the relation is removed, not her name
            end = match.end("partner") if SURNAME_AFTER.match(text, match.end()) else match.end()
            found.append(SensitiveSpan("sexuality", start, end))
    return found


SURNAME_AFTER = re.compile(r"[ \t]+[A-ZÆØÅ][a-zæøåéü]+")
PERSON_IS = frozenset({"hun er", "han er", "she is", "he is"})


@cache
def nationality_words() -> frozenset[str]:
    """The nationality and people words of `sensitive_ethnicity.txt` said of a person
    ("hun er vietnamesisk", "he is somali" -> "vietnamesisk", "somali")."""
    words = set()
    for entry in read_lexicon("sensitive_ethnicity"):
        parts = entry.lower().split()
        if len(parts) == 3 and " ".join(parts[:2]) in PERSON_IS:
            words.add(parts[2])
    return frozenset(words)


SAID_OF_ONESELF = re.compile(
    r"(?i:\b(?:jeg er|i am|i'm|i’m|vi er|we are)[ \t]+(?:a[ \t]+)?)([^\W\d_]+)"
)
SAID_OF_PERSON = re.compile(  # "fordi han er etiopier", "she is a Somali"
    r"(?i:\b(?:(?:han|hun|jeg|he|she|i)[ \t]+(?:er|is|am|var|was)|(?:he|she)['’]s|i['’]m)"
    r"[ \t]+(?:en[ \t]+|an?[ \t]+)?)"  # also "she's Kurdish", "I'm Somali"
    r"([^\W\d_]+)"
)
SAID_OF = re.compile(r"\b([^\W\d_][\w-]+)[ \t]+((?:er|is|was|var)[ \t]+([^\W\d_]+))")
ONE_OF_PEOPLE = re.compile(r"(?i:\b(?:en|et|one)[ \t]+(?:af|of)[ \t]+(?:the[ \t]+)?)([^\W\d_]+)\b")
PEOPLE_BEFORE_NAME = re.compile(  # a lower-case people noun, then a given name or full name
    r"\b([a-zæøå]+)[ \t]+([A-ZÆØÅ][a-zæøåéü]+)\b([ \t]+[A-ZÆØÅ][a-zæøåéü]+\b)?"
)
REFUGEE_OF = re.compile(  # "As a Ukrainian refugee I ...", "hun er syrisk flygtning"
    r"(?i:\b(?:as|som|being|er|is|am|was|var)[ \t]+(?:an?[ \t]+|en[ \t]+)?)([^\W\d_]+)[ \t]+"
    r"(?i:refugee|flygtning|immigrant|indvandrer|asylum seeker|asylansøger)\b"
)


def find_named_nationality(text: str) -> list[SensitiveSpan]:
    """A nationality said of a person named by a word of their full name ("Hoa er
    vietnamesisk" where the mail names "Nguyen Thi Hoa"); "Maden er kinesisk" names no
    one, and its subject word is in no name."""
    found = [  # said of oneself: "because I am Kurdish", "jeg er tyrkisk"
        SensitiveSpan("ethnicity", match.start(), match.end())
        for match in SAID_OF_ONESELF.finditer(text)
        if match.group(1).lower() in nationality_words()
    ]
    found += [  # a people noun or origin said of a person: "fordi han er etiopier", "she's
        SensitiveSpan("ethnicity", match.start(), match.end())  # Kurdish"
        for match in SAID_OF_PERSON.finditer(text)
        if match.group(1).lower() in read_word_set("sensitive_people_nouns")
        or match.group(1).lower() in nationality_words()
    ]
    found += [  # one of a people: "han er en af tibetanerne", "she is one of the Kurds"
        SensitiveSpan("ethnicity", match.start(1), match.end(1))
        for match in ONE_OF_PEOPLE.finditer(text)
        if match.group(1).lower() in read_word_set("sensitive_people_plurals")
    ]
    found += [  # a people noun before the person's name: "tibetaneren Tenzin Dorje"
        SensitiveSpan("ethnicity", match.start(1), match.end(1))
        for match in PEOPLE_BEFORE_NAME.finditer(text)
        if match.group(1).lower() in read_word_set("sensitive_people_nouns")
        and (match.group(3) or match.group(2).lower() in given_names())
    ]
    found += [
        SensitiveSpan("ethnicity", match.start(1), match.end())
        for match in REFUGEE_OF.finditer(text)
        if match.group(1).lower() in nationality_words()
    ]
    for match in SAID_OF.finditer(text):
        word, said = match.group(1), match.group(3).lower()
        if said not in nationality_words() or not word[0].isupper():
            continue
        in_full_name = re.compile(
            rf"(?<![\w-])(?:{re.escape(word)}[ \t]+[^\W\d_a-zæøå]|[^\W\d_a-zæøå][\w-]*[ \t]+"
            rf"{re.escape(word)}(?![\w-]))"
        )
        if in_full_name.search(text):
            found.append(SensitiveSpan("ethnicity", match.start(2), match.end(2)))
    return found


MIXED_ORIGIN = re.compile(  # "Nigerian-British", "dansk-tyrkisk", "Pakistani-Danish"
    r"(?<![\w@./-])([^\W\d_]+(?:-[^\W\d_]+){1,2})(?![\w@-]|\.[^\W_])"
)


BORN = frozenset({"born", "født", "fødte"})


def find_mixed_origin(text: str) -> list[SensitiveSpan]:
    """A hyphenated compound of nationalities of which one is a listed origin ("He's
    Nigerian-British", "hun er dansk-tyrkisk"): the lexicon says "he is nigerian", not
    every pairing. Every part must be a nationality (`sensitive_nationalities.txt` or an
    origin), so "jysk-tele" or a mail address is not one; a capital word right after
    makes it an organisation's name ("Dansk-Tyrkisk Forening"), not a person's origin."""
    origins = nationality_words() | read_word_set("sensitive_people_nouns")
    known = origins | read_word_set("sensitive_nationalities")
    found: list[SensitiveSpan] = []
    for match in MIXED_ORIGIN.finditer(text):
        parts = match.group(1).lower().split("-")
        if len(parts) >= 2 and parts[-1] in BORN:
            parts = parts[:-1]  # "Nigerian-born": where a person was born is an origin
        if not (all(part in known for part in parts) and any(part in origins for part in parts)):
            continue
        if CAPITAL_AFTER.match(text, match.end()):
            continue
        found.append(SensitiveSpan("ethnicity", match.start(1), match.end(1)))
    return found


def find_health_compounds(tokens: Tokens) -> list[SensitiveSpan]:
    """A hyphenated compound whose last part is a health word ("stress-sygemelding",
    "corona-sygemeldt"): a compound's last part says what it is, and the word list knows
    "sygemeld*", not every word written before it with a hyphen. The whole compound is
    redacted, since its first part names the illness."""
    book = read_book("sensitive_health")
    heads = [  # "corona-sygemeldt" is already "*sygemeldt" as a whole
        (word.rsplit("-", 1)[1], span)
        for word, span in zip(tokens.words, tokens.spans, strict=True)
        if "-" in word and word.rsplit("-", 1)[1] and not book.contains_any([word])
    ]
    if not heads:
        return []
    last = Tokens.of_words([head for head, _ in heads], [span for _, span in heads])
    traps = trap_positions(last)
    return [
        SensitiveSpan("health", *last.spans[index])
        for index, phrase in book.matches(last)
        if len(phrase.words) == 1 and index not in traps
    ]


SAID_OF_GROUP = re.compile(  # "flere af de andre er tyrkere", "they are both Kurds"
    r"(?i:\b(?:er|var|are|were)(?:[ \t]+(?:alle|begge|også|allesammen|all|both|also))?)[ \t]+"
    r"([^\W\d_]+)\b"
)


AFFIRMATIVE = (  # "Ja (folkekirken)", "Yes", "0,87 %": the field says the person pays
    r"(?:(?i:ja|yes|j|y|x|true|sand|medlem|member)\b"
    r"|(?!0+(?:[.,]0+)?[ \t]*%)\d+(?:[.,]\d+)?[ \t]*%)"
    r"(?:[ \t]*[,(][ \t]*[^()\n,;|]{1,40}\)?)?"
)


@cache
def church_tax_field() -> re.Pattern[str]:
    """A field of an HR or payroll record whose label (`sensitive_church_fields.txt`) asks
    about church tax or church membership, with an affirmative value after it."""
    labels = sorted(read_lexicon("sensitive_church_fields"), key=len, reverse=True)
    label = "|".join(r"[ \t]+".join(map(re.escape, entry.split())) for entry in labels)
    return re.compile(
        rf"(?im:(?:^|[|;\t])[ \t*•-]*(?:{label})[ \t]*(?:[:=|\t]|[ \t]{{2,}}|\?)[ \t]*)"
        rf"(?P<value>{AFFIRMATIVE})"
    )


def find_church_tax_fields(text: str) -> list[SensitiveSpan]:
    """A church-tax or church-membership field answered yes ("Kirkeskattepligtig: Ja
    (folkekirken)", "Church tax: Yes"): paying church tax is being a member of the
    church, a religious belief. The value is redacted; "Kirkeskat: Nej" tells nothing."""
    if not read_lexicon("sensitive_church_fields"):
        return []
    return [
        SensitiveSpan("religion", match.start("value"),
                      match.start("value") + len(match.group("value").rstrip(" \t,")))
        for match in church_tax_field().finditer(text)
    ]


def find_origin_before_person(text: str) -> list[SensitiveSpan]:
    """A nationality or people adjective right before a word for a person ("den
    somaliske fyr på lageret", "vores kurdiske kollega", "the Somali guy"): ethnic origin
    said of that person. The adjective and the noun are removed together. The person
    word is looked for first, then the word before it (most words are no person word)."""
    words = read_word_set("sensitive_origin_adjectives")
    found = []
    for noun in PERSON_NOUN.finditer(text):
        before = WORD_BEFORE.search(text, max(0, noun.start() - 40), noun.start())
        if before is None:
            continue
        adjective = before.group(1).lower()
        if NAME_NOUN.fullmatch(noun.group()) and DEFINITE_BEFORE.search(
            text, max(0, before.start(1) - 12), before.start(1)
        ):
            continue  # "her Somali name", "a Kurdish name" tell an origin; "det kinesiske
            # navn på den første" is the name written in Chinese
        if adjective in words or (adjective.endswith("e") and adjective[:-1] in words):
            found.append(SensitiveSpan("ethnicity", before.start(1), noun.end()))
    found += [
        SensitiveSpan("ethnicity", match.start(), match.end())
        for match in ONLY_ONE_OF.finditer(text)
        if match.group(1).lower() in read_word_set("sensitive_people_nouns")
        or match.group(1).lower() in words  # "the only Kurdish driver on the team"
        or (match.group(1).lower().endswith("e") and match.group(1).lower()[:-1] in words)
    ]
    found += [  # "Hun er rumænsk roma": the people written in lower case, as what someone
        SensitiveSpan("ethnicity", match.start(1), match.end(1))  # is (not "Roma", the city,
        for match in LOWER_CASE_PEOPLE.finditer(text)  # nor "pizzeria roma odense")
    ]
    found += [  # "han som serber var blevet drillet": what a person is, said with "som"/"as a"
        SensitiveSpan("ethnicity", match.start(1), match.end(1))
        for match in AS_PEOPLE_NOUN.finditer(text)
        if match.group(1).lower() in read_word_set("sensitive_people_nouns")
    ]
    found += [  # "harassed him about being Somali", "fordi hun er kurdisk"
        SensitiveSpan("ethnicity", match.start(1), match.end(1))
        for match in BEING_OF_ORIGIN.finditer(text)
        if match.group(1).lower() in words
        or (match.group(1).lower().endswith("e") and match.group(1).lower()[:-1] in words)
    ]
    return found


LOWER_CASE_PEOPLE = re.compile(
    r"\b(?:er|is|are|som|as|being|[a-zæøå]+sk)[ \t]+(roma|romaer|sinti)(?![\w-])"
)
AS_PEOPLE_NOUN = re.compile(r"(?i:\b(?:som|as an?)[ \t]+([^\W\d_]+))")
BEING_OF_ORIGIN = re.compile(  # an origin said to be a person's, as what they are
    r"(?i:\b(?:being|for at være|fordi (?:han|hun) er|because (?:he|she) is"
    r"|because (?:he|she)['’]s)[ \t]+([^\W\d_]+))"
)


PERSON_NOUN = re.compile(
    r"(?i:\b(?:fyr|mand|kvinde|pige|dreng|medarbejder(?:e|en|ne)?|kollega(?:en|er)?"
    r"|kolleger(?:ne)?|vikar(?:en|er)?|ansatte?|guy|man|woman|girl|boy|lady|employee"
    r"|colleague|worker|temp|lad|bloke|chap|fellow|gut|knægt"  # "the Ghanaian lad in dispatch"
    r"|navn|navnet|efternavn|name|surname"  # "her Somali name keeps getting cut"
    r"|accent|accenten|accents"  # "his Pakistani accent"
    r"|forældre|forældrene|parents|familie|familien|family)\b)"  # "hans kurdiske forældre"
)
ONLY_ONE_OF = re.compile(  # "as the only Arab in the team", "som den eneste somalier"
    r"(?i:\b(?:the only|den eneste|det eneste)[ \t]+([^\W\d_]+))"
)
WORD_BEFORE = re.compile(r"\b([^\W\d_]{4,})[ \t]+$")
NAME_NOUN = re.compile(r"(?i:navn|navnet|efternavn|name|surname)")
DEFINITE_BEFORE = re.compile(r"(?i:\b(?:det|den|the)[ \t]+)$")


def find_people_plurals(text: str) -> list[SensitiveSpan]:
    """A people or nationality in the plural said of people ("de andre er tyrkere"):
    the plural nouns of `sensitive_people_plurals.txt` after "er"/"are"."""
    return [
        SensitiveSpan("ethnicity", match.start(1), match.end(1))
        for match in SAID_OF_GROUP.finditer(text)
        if match.group(1).lower() in read_word_set("sensitive_people_plurals")
    ]


NAME_WORD = re.compile(r"[ \t]+[A-ZÆØÅ][a-zæøåéü]")


def opens_full_name(text: str, span: tuple[int, int]) -> bool:
    """Whether an ethnicity word is a given name that a surname follows: "det er Inuk
    Rosing Jensen" names a person; "han er inuk" says his origin."""
    start, end = span
    word = text[start:end]
    return word[:1].isupper() and word[1:].islower() and bool(NAME_WORD.match(text, end))


PERSON_WORDS = SHE | HE | frozenset(
    {"jeg", "mig", "min", "mit", "mine", "me", "my", "sin", "sit", "sine", "medarbejder",
     "medarbejderen", "medarbejderne", "kollega", "kollegaen", "kollegaer", "kollegerne",
     "ansat", "ansatte", "employee", "employees", "colleague", "colleagues", "agent",
     "agenten"}
)
ANIMAL_REACH = 6  # tokens: "emergencies like dogs with seizures and diabetic cats"
SENTENCE_END = re.compile(r"[.!?;\n]")


def is_said_of_animal(text: str, tokens: Tokens, animals: set[int], first: int, last: int) -> bool:
    """Whether a health word is said of an animal, not a person: an animal word
    (`sensitive_animals.txt`, at token positions `animals`) stands nearer to it in its
    sentence than any person word ("hunden har diabetes", "dogs with seizures"). A
    veterinary clinic's mail about its patients holds no person's health data; "hun har
    fået en diskusprolaps" next to "en labrador med korsbåndsoperation" still does."""
    if not animals:
        return False
    nearest_animal = nearest_person = ANIMAL_REACH + 1
    for step in range(1, ANIMAL_REACH + 1):
        for index in (first - step, last + step):
            if not 0 <= index < len(tokens.words):
                continue
            gap = (
                (tokens.spans[index][1], tokens.spans[first][0])
                if index < first
                else (tokens.spans[last][1], tokens.spans[index][0])
            )
            if SENTENCE_END.search(text, *gap):
                continue
            word = tokens.words[index]
            if word in PERSON_WORDS or word in given_names():
                nearest_person = min(nearest_person, step)
            elif index in animals:
                nearest_animal = min(nearest_animal, step)
    return nearest_animal < nearest_person


def trap_positions(tokens: Tokens) -> set[int]:
    """Token positions inside idioms that only look sensitive ("sick of waiting"),
    listed in `sensitive_traps.txt`."""
    return {
        index
        for first, phrase in read_book("sensitive_traps").matches(tokens)
        for index in range(first, first + len(phrase.words))
    }


def find_cpr(text: str) -> Iterator[SensitiveSpan]:
    """CPR numbers (DDMMYY-SSSS, DDMMYYSSSS, DDMMYY SSSS) with a real birth date.

    A bare number labelled as an invoice, order, phone number etc. is skipped
    unless a CPR word ("cpr", "personnummer", "f.") stands right before it. The date
    written with dots ("22.05.95-3318") counts with the hyphen, or after a CPR word:
    "22.05.25 1400" is a date and a time.
    """
    for match in CPR.finditer(text):
        if not is_birth_number(match.group(1) + match.group(3)):
            continue
        before = preceding_tokens(text, match.start())
        labelled = labelled_before(text, match.start())
        is_labelled_other = (
            has_word(labelled, "sensitive_not_cpr") or labels_other_number(
                column_header(text, match.start())  # "Opkalds-ID    Start" above
            )  # "240126-1432   24.01.2026 14:32"
        ) and not cue_wins(text, match.start())  # "hendes personnummer i deres sag: 2304671459"
        if has_word(before, "sensitive_cpr_cues") or (
            not is_labelled_other and is_free_standing(text, match)
        ):
            yield SensitiveSpan("cpr", match.start(), match.end())
    yield from find_disguised_cpr(text)
    for match in CPR_DOTTED.finditer(text):  # "22.05.95-3318"
        digits = "".join(match.group(1, 2, 3, 5))
        if not is_birth_number(digits):
            continue
        before = preceding_tokens(text, match.start())
        if has_word(before, "sensitive_cpr_cues") or (
            match.group(4) == "-" and not has_word(before, "sensitive_not_cpr")
        ):
            yield SensitiveSpan("cpr", match.start(), match.end())


CPR_SPACED = re.compile(  # "0 7 1 1 9 2 - 1 2 3 3": a digit at a time
    r"(?<![\w.,-])(\d(?:[ \t]\d){5})(?P<sep>[ \t]*[–-][ \t]*|[ \t]{2,})(\d(?:[ \t]\d){3})"
    r"(?![\w]|[ \t]\d)"
)
CPR_PAIRED = re.compile(  # "19 11 75-2043": the birth date spaced in pairs, then the hyphen
    r"(?<![\w.,-])(\d{2})[ \t](\d{2})[ \t](\d{2})[ \t]*[–-][ \t]*(\d{4})(?![\w]|[–-]\d)"
)
CPR_LOOKALIKE = re.compile(  # "12O385-1137", "230471-44l8": a letter typed for a digit
    r"(?<![\w+/.-])([\dOolI]{6})([ –-]?)([\dOolI]{4})(?![\w]|[–-]\d)"
)
CPR_BROKEN = re.compile(  # "090588-\n2241": the number broken at its hyphen
    r"(?<![\w+/.-])(\d{6})[–-][ \t]*\n[ \t>]*(\d{4})(?![\w]|[–-]\d)"
)
CPR_IN_WORDS = re.compile(  # "født 12. marts 1985, de sidste fire er 1137"
    r"(?i:\b(?:født|born)[ \t]+(?:d\.[ \t]*|den[ \t]+|on[ \t]+)?\d{1,2}\.?[ \t]*"
    r"(?:[a-zæøå]+|\d{1,2}\.?)[ \t]*\d{2,4}[^\n\d]{0,40}?"
    r"\b(?:de[ \t]+)?(?:sidste[ \t]+fire|fire[ \t]+sidste|last[ \t]+four)"
    r"(?:[ \t]+(?:cifre|digits))?(?:[ \t]+(?:er|is|are))?[ \t]*:?[ \t]*\d{4})(?!\d)"
)
LOOKALIKE_DIGITS = str.maketrans("OolI", "0011")


def find_disguised_cpr(text: str) -> Iterator[SensitiveSpan]:
    """CPR numbers written so a pattern misses them: spaced a digit at a time or in
    pairs, with a letter for a digit, broken over a line at the hyphen, or as a birth date and the
    last four digits in words. Each still has a real birth date; a spaced or
    letter-typed one also its hyphen or a CPR word before it."""
    for match in CPR_SPACED.finditer(text):
        digits = re.sub(r"\D", "", match.group(1) + match.group(3))
        if is_birth_number(digits) and (
            "-" in match.group("sep") or "–" in match.group("sep")
            or has_word(preceding_tokens(text, match.start()), "sensitive_cpr_cues")
        ):
            yield SensitiveSpan("cpr", match.start(), match.end())
    for match in CPR_LOOKALIKE.finditer(text):
        written = match.group(1) + match.group(3)
        if written.isdigit() or sum(c.isdigit() for c in written) < 8:
            continue  # (a plain number is the plain pattern's)
        if is_birth_number(written.translate(LOOKALIKE_DIGITS)) and (
            match.group(2) or has_word(preceding_tokens(text, match.start()), "sensitive_cpr_cues")
        ):
            yield SensitiveSpan("cpr", match.start(), match.end())
    for match in CPR_PAIRED.finditer(text):
        if is_birth_number("".join(match.groups())):
            yield SensitiveSpan("cpr", match.start(), match.end())
    for match in CPR_BROKEN.finditer(text):
        if is_birth_number(match.group(1) + match.group(2)):
            yield SensitiveSpan("cpr", match.start(), match.end())
    for match in CPR_IN_WORDS.finditer(text):
        yield SensitiveSpan("cpr", match.start(), match.end())


def is_free_standing(text: str, match: re.Match[str]) -> bool:
    """Whether a number stands as a word of prose, not glued into an id or code.

    "(1603103135)(..." in a header dump or "t=1507893012" is not written by a
    person; a bare ten-digit CPR stands after a space, a line start or a cell
    separator ("Kasper Lind,402,0711882135").
    """
    start = match.start()
    if text[start - 2 : start - 1].isdigit() and text[start - 1 : start] == ",":
        return is_csv_cell(text, start)  # "402,0711882135" in a row, not "1,1203941786 kr"
    if match.group(2):
        return True
    end = match.end()
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        # "Morten Kragh (0903791457), hvis ...", not a header dump's "(1603103135)(1701031045)"
        return text[start - 2 : start - 1] != ")" and text[end + 1 : end + 2] != "("
    return start == 0 or text[start - 1] in " \t\n,;|"  # CSV cells too


def is_csv_cell(text: str, position: int) -> bool:
    """Whether `position` lies in a line of three or more comma-separated cells."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    return text.count(",", line_start, line_end if line_end >= 0 else len(text)) >= 2


def is_birth_number(digits: str) -> bool:
    """Whether ten digits start with a valid date of birth (century from digit 7)."""
    try:
        stdnum_cpr.get_birth_date(digits)
    except Exception:  # stdnum raises its own ValidationError or ValueError
        return False
    return True


def preceding_tokens(text: str, position: int) -> list[str]:
    """The last few words before `position` on the same line, lower-cased; in a row of
    three or more cells, in the same cell: in "Customer Care;2024-10-31;0507791123"
    another column's value is no label of the number."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    for mark in ";,":
        if line.count(mark) >= 2:
            line_start = max(line_start, text.rfind(mark, 0, position) + 1)
    window = text[max(line_start, position - CONTEXT_CHARS) : position]
    return tokenize(window)[-CONTEXT_TOKENS:]


NUMBER_LABEL_ENDINGS = ("nr", "nummer", "number", "no", "id", "ref")
PREPOSITIONS = frozenset({"i", "in", "på", "on", "fra", "from", "hos", "at"})
COPULAS = frozenset({"er", "var", "is", "was", "lyder", "reads"})
LABEL_TOKENS = 6  # "ordrenr. hos os er 120325-0447": the label a few words back


COLUMN_GAP = re.compile(r"\t|[ ]{2,}")


def column_header(text: str, position: int) -> list[str]:
    """The words heading the table column a number at `position` stands in: the first
    line of its block of column-aligned lines, the cell at the same place (by tab, or by
    where it starts on a space-aligned line). Empty outside a table."""
    line_start = text.rfind("\n", 0, position) + 1
    lines_above = text[:line_start].split("\n")[:-1]
    line_end = text.find("\n", position)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if not COLUMN_GAP.search(line):
        return []
    header = None
    for above in reversed(lines_above):
        if not above.strip() or not COLUMN_GAP.search(above.strip()):
            break
        header = above
    if header is None:
        return []
    column = position - line_start
    if "\t" in line:
        index = line[:column].count("\t")
        cells = header.split("\t")
        return tokenize(cells[index]) if index < len(cells) else []
    chosen = [
        m.group() for m in re.finditer(r"\S+(?: \S+)*", header) if m.start() <= column + 2
    ]
    return tokenize(chosen[-1]) if chosen else []


def labels_other_number(header: list[str]) -> bool:
    """Whether a column header names another kind of number than a CPR number
    ("Opkalds-ID", "Ordrenr.", "Call ID")."""
    return bool(header) and (
        has_word(header, "sensitive_not_cpr") or header[-1].endswith(NUMBER_LABEL_ENDINGS)
    ) and not has_word(header, "sensitive_cpr_cues")


def labelled_before(text: str, position: int) -> list[str]:
    """The words that may label a number at `position`: the last few, or more when the
    number is the complement of "er"/"is" ("Kundens ordrenr. hos os er 120325-0447")."""
    before = preceding_tokens(text, position)
    if not before or before[-1] not in COPULAS:
        return before
    return wide_tokens(text, position)[-LABEL_TOKENS:]


def wide_tokens(text: str, position: int) -> list[str]:
    """The words before `position` on its line, twice as far back as a label is looked
    for: where a label or a CPR word a few words back stands."""
    line_start = text.rfind("\n", 0, position) + 1
    return tokenize(text[max(line_start, position - 2 * CONTEXT_CHARS) : position])


def cue_wins(text: str, position: int) -> bool:
    """Whether a CPR word stands a few words before the number and no other label right
    before it: in "hendes personnummer i deres sag: 2304671459" the case is where the
    number was written, the number is hers."""
    wide = wide_tokens(text, position)
    if not has_word(wide[-LABEL_TOKENS:], "sensitive_cpr_cues"):
        return False
    return not has_word(wide[-1:], "sensitive_not_cpr") or (
        bool(PREPOSITIONS.intersection(wide[-3:-1]))  # "i deres sag", "in their case", not
        and not wide[-1].endswith(NUMBER_LABEL_ENDINGS)  # "står i sagsnr. 2304671459"
    )


def has_word(tokens: list[str], lexicon: str) -> bool:
    """Whether any of `tokens` (or a phrase of them) is in the word list."""
    return read_book(lexicon).contains_any(tokens)


def find_cards(text: str) -> Iterator[SensitiveSpan]:
    """Payment card numbers: 13-19 digits, in groups or not (also broken over a line),
    passing Luhn."""
    for match in [*CARD.finditer(text), *CARD_BROKEN.finditer(text)]:
        digits = re.sub(r"\D", "", match.group())
        if NOT_CARD_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            continue  # "EAN 5790001234567": a company's invoicing number, Luhn-valid by design
        if 13 <= len(digits) <= 19 and has_card_prefix(digits) and (
            is_luhn_valid(digits)  # a number mistyped or made up is still a card's when
            or CARD_CUE_BEFORE.search(text, max(0, match.start() - 100), match.start())
        ):  # the writer says so: "sit kortnummer 4571 2345 6789 0123"
            yield SensitiveSpan("payment_card", match.start(), match.end())


CARD_BROKEN = re.compile(  # "4571 2301\n8844 1236": groups of four broken over a line
    r"(?<![\w+.,/-])\d{4}(?:[ -]\d{4}){0,3}[ \t]*\n[ \t>]*\d{4}(?:[ -]\d{4}){0,3}"
    r"(?:[ -]\d{1,3})?(?![\w-])"
)
CARD_CUE_BEFORE = re.compile(
    r"(?i)\b(?:card|cards|\w*kort(?:et|nummer(?:et)?|nr)?|card number|credit card|debit card"
    r"|visa|mastercard)\b[^\n]*(?:\n[ \t>]*)?$"  # also "firmakortet", "betalingskort",
)  # "Visa/Dankort"; the number may open the next (quoted) line: "her private card\n> 4571 ..."
NOT_CARD_BEFORE = re.compile(  # also "EAN-nummeret 5790001234567 er korrekt"
    r"(?i:\b(?:ean|gln|ean-?nr|ean-?nummer(?:et)?|ean number|imei)(?:[ \t]+(?:er|is))?)\.?"
    r"[ \t:#-]*$"
)


def has_card_prefix(digits: str) -> bool:
    """Whether the number starts like a card (Visa, Mastercard, Amex, Dankort, ...).

    Mastercard's 2-series is 22-27, so timestamps like 2017... are not cards. Of
    15 digits only American Express (34, 37) issues cards: a phone's IMEI is 15 digits
    that pass Luhn too ("356938035643809").
    """
    if len(digits) == 15:
        return digits[:2] in ("34", "37")
    return digits[0] in "3456" or "22" <= digits[:2] <= "27"


def is_luhn_valid(digits: str) -> bool:
    """The Luhn check every payment card number passes."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


PUK_VALUE = re.compile(  # a SIM card's eight-digit unblocking code after its name in capitals
    # ("PUK 77420183", "PUK: 1234 5678"), not the first name "Puk"
    r"\bPUK\b[ \t:.-]*(?:(?:is|er|code|kode)[ \t:]*)?(\d{4}[ \t]?\d{4})(?![\d])"
)


def find_credentials(text: str, tokens: Tokens) -> Iterator[SensitiveSpan]:
    """Values of passwords, PINs and access codes given after their name.

    "kodeord: X" takes any X; "PIN er 1234" / "PIN 4471" only a value with a
    digit or sign in it, so "koden er hemmelig" or "PIN-koden til voicemail"
    (the mere word) are not flagged.
    """
    for match in PUK_VALUE.finditer(text):  # "His SIM PIN is 1995 and PUK 77420183"
        yield SensitiveSpan("credential", match.start(1), match.end(1))
    for match in URL_PASSWORD.finditer(text):  # "https://admin:Sommer2024@pbx.local/prov/"
        yield SensitiveSpan("credential", match.start("secret"), match.end("secret"))
    for match in LOGIN_PAIR.finditer(text):  # "portal login (anders.lykke / Sommer2024!)"
        secret, at = match.group("secret").rstrip(VALUE_TRIM), match.start("secret")
        if secret and not secret.lower().startswith(("http", "www.")) and (
            len(secret) >= 8 or not secret.isalpha()  # not "log in with SSO / Azure AD"
        ):
            yield SensitiveSpan("credential", at, at + len(secret))
    for match in LOGIN_VALUE.finditer(text):  # "portal-login Tand2026!": shaped as passwords are
        yield SensitiveSpan("credential", match.start("value"), match.end("value"))
    for match in LOGGED_IN_WITH.finditer(text):
        secret = match.group("secret").rstrip(VALUE_TRIM)
        if secret.lower() in SIGN_IN_METHODS:
            continue  # "kan ikke logge ind med 2-faktor": how, not with what secret
        at = match.start("secret")
        yield SensitiveSpan("credential", at, at + len(secret))
    offers = read_book("sensitive_not_credential")
    seen: set[int] = set()
    named = list(read_book("sensitive_credential_words").matches(tokens))
    for number, (index, phrase) in enumerate(named):
        if offers.contains_any(list(tokens.words[max(0, index - 8) : index + 5])):
            continue  # "20 % rabat på headsets med koden MARTS20": an offer, not a secret
        if index and tokens.words[index - 1] in read_word_set("sensitive_code_qualifiers"):
            continue  # "postal code 8000", "error code 404"
        end = tokens.spans[index + len(phrase.words) - 1][1]
        start = tokens.spans[index][0]
        if text[end : end + 1] in ("@", ".") or text[max(0, start - 1) : start] in ("<", ".", "@"):
            continue  # "Poul Winther <pw@bjerre-transport.dk>": a mail address, not a "pw"
        following = named[number + 1 :]  # the next secret named: its value is its own
        limit = tokens.spans[following[0][0]][0] if following else len(text)
        span = (
            credential_value(text, end)
            or value_set_to(text, start, end)
            or secret_said_later(text, end, limit)
        )
        if span is not None and span.start not in seen:  # "access code": not "code" again
            seen.add(span.start)
            yield span


PASSWORD_SHAPED = re.compile(  # "... reset her password; the temporary one he gave her is
    # Sommer2024! but ...": a word with digits, as passwords are made, said to be the value
    r"(?:(?:\b(?:is|er|was|var|lyder på)|[:=,])[ \t]+|\()"  # also "samme kode (Sommer2024!)",
    # "the password for his voicemail box, Konnekt#2023"
    r"(?P<value>[A-ZÆØÅ][a-zæøå]{2,}[!#?$%&*@]?\d{2,4}[!#?$%&*@]?)"
    r"(?![\w/-])"
)
LATER_WINDOW = 120


PIN_SAID_LATER = re.compile(  # "glemt sin voicemail kode, den gamle var 4471", or in brackets:
    # "the PIN he gave us (7394) does not work"
    r"(?:(?:\b(?:is|er|was|var|lyder på))(?:[ \t]+(?:den|det|it|still|stadig))?[ \t]+"
    r"|\((?=\d{4,8}\))|,[ \t]*(?=\d{4,8},)|:[ \t]*(?=\d{4,8}(?!\d)))"  # also "..., er den 4471
    # ifølge ham selv", "har skrevet hendes gamle voicemail-PIN ind i sagen hos os: 4471"
    r"(?P<value>\d{4,8})"  # (also set off by commas: "gave me the voicemail PIN, 6604, in case")
    r"(?![\d.,/-]\d|[ \t]*(?i:kr|dkk))"
)
PIN_NEXT_SENTENCE = re.compile(
    r"(?i:\b(?:it|den|det|koden|the code|the pin)[ \t]+(?:was|is|var|er)[ \t]+)"
    r"(?P<value>\d{4,8})(?![\d.,/-]\d|[ \t]*(?i:kr|dkk))"
)
OTHER_NUMBER_WORDS = re.compile(  # a number of another kind said in between: "hans lokal er 4471"
    r"(?i:\b(?:lok\w*|ext\w*|intern|nummer\w*|nr|tlf|telefon\w*|mobil\w*|phone|number|ordre\w*"
    r"|order|kunde\w*|customer|faktura\w*|invoice|cvr|\d))"
)


def secret_said_later(text: str, position: int, limit: int) -> SensitiveSpan | None:
    """A password-shaped value said to be the secret further on in the paragraph after
    the credential word ("her password ...; the temporary one he gave her is Sommer2024!"),
    or a PIN said to be it later in the same sentence ("sin voicemail kode, den gamle var
    4471"), when no other kind of number is named in between. The search stops at
    `limit`, where the next credential word starts: "PIN to 7391 and the password is
    Vinter2026!" must not give the PIN the password's value and leave its own."""
    paragraph_end = text.find("\n\n", position)
    window_end = min(
        position + LATER_WINDOW, paragraph_end if paragraph_end >= 0 else len(text), limit
    )
    match = PASSWORD_SHAPED.search(text, position, window_end)
    if match is None:
        sentence_end = re.compile(r"[.!?\n]").search(text, position, window_end)
        end = sentence_end.start() if sentence_end else window_end
        match = PIN_SAID_LATER.search(text, position, end)
        if match is None and sentence_end is not None and text[sentence_end.start()] != "\n":
            # the next sentence tells it: "... voicemail PIN on the Reception line. The
            # receptionist tells me it was 4471"
            after = re.compile(r"[.!?\n]").search(text, sentence_end.end(), window_end)
            match = PIN_NEXT_SENTENCE.search(
                text, sentence_end.end(), after.start() if after else window_end
            )
        if match is None or OTHER_NUMBER_WORDS.search(text, position, match.start()):
            return None
    return SensitiveSpan("credential", match.start("value"), match.end("value"))


SET_TO_VALUE = re.compile(  # "PIN to 7391", "koden er nu ændret til 0000"
    r"(?P<between>(?:[ \t]+[^\W\d_]+){0,4}?)[ \t]+(?i:to|til)[ \t]+[\"'«“]?"
    r"(?P<value>[^\s,;\"'»”]*\d[^\s,;\"'»”]*)"
)


def value_set_to(text: str, start: int, end: int) -> SensitiveSpan | None:
    """A secret's new value after "to"/"til" where the sentence says it was changed or
    set (`sensitive_credential_changes.txt`): "changed his voicemail PIN to 7391",
    "koden er nulstillet til 0000". Without such a word "PIN-kode til lokal 4471" names
    the extension the code is for, not the code."""
    match = SET_TO_VALUE.match(text, end)
    if match is None or OTHER_NUMBER_WORDS.search(match.group("between")):
        return None
    value = match.group("value").rstrip(VALUE_TRIM)
    if not any(char.isdigit() for char in value) or "://" in value:
        return None
    before = tokenize(text[start_of_sentence(text, start) : start])
    if not (has_word(before, "sensitive_credential_changes")
            or has_word(tokenize(match.group("between")), "sensitive_credential_changes")):
        return None
    return SensitiveSpan("credential", match.start("value"), match.start("value") + len(value))


FOR_EXTENSION = re.compile(r"(?i:\b(?:lok\w*|ext\w*|intern\w*|nebenstelle|durchwahl)\b)")
OWNER_BEFORE_NOUN = re.compile(  # "koden til hendes voicemail 9090": her voicemail, so the
    # number is the code
    r"(?i:\b(?:hans|hendes|sin|sit|his|her|their|deres)[ \t]+"
    r"(?:voicemail\w*|telefonsvarer\w*|mailbox|boks|box)[ \t]*$)"
)
NUMBER_IT_IS_FOR = re.compile(  # "PIN til lokal 4471", "code for the voicemail 5523": what it
    # opens, named by its number; "PIN til telefonsvareren 4821" names the PIN itself
    r"(?i:\b(?:lok\w*|ext\w*|intern\w*|nebenstelle|durchwahl|nummer\w*|nr|number|no|tlf|phone"
    r"|mobil\w*|line|linje\w*|voicemail|telefonsvarer|box|boks)\.?[ \t]*$)"
)


def credential_value(text: str, position: int) -> SensitiveSpan | None:
    """The span of the secret written right after a credential word, if any; none when
    the word goes on as a compound ('"glemt adgangskode"-linket', "PIN-koden")."""
    if COMPOUND_GOES_ON.match(text, position):
        return None
    match = CREDENTIAL_VALUE.match(text, position)
    if match is None:
        return None
    between = text[position : match.start("value")]
    if not (match.group("sep") or match.group("verb")) and (
        (NUMBER_IT_IS_FOR.search(between) and not OWNER_BEFORE_NOUN.search(between))
        or re.search(r"[.!?][ \t]", between)
    ):
        return None  # "PIN til lokal 4471": the number the code is for, not the code; nor
        # a number in the next sentence ("password på konti. Ordrenr. 55120")
    if match.group("sep") and FOR_EXTENSION.search(between) and not any(
        char.isdigit() for char in between
    ) and (
        match.group("value").rstrip(VALUE_TRIM).isdigit()
    ):
        return None  # "voicemail-PIN for lokalnummer: 4410": the number it is for (but "PIN
        # til lok 214: 4471" gives the PIN after the number)
    value = match.group("value").rstrip(VALUE_TRIM).lstrip("\"'«“(")
    if value.lower() in NOT_VALUES or not value.isprintable():
        return None
    if not any(char.isalnum() for char in value):  # "change the code\n> for ...": a quote mark
        return None
    if value.lower().startswith(("http", "www.")) or "://" in value:
        return None
    if not match.group("sep") and value.isalpha():
        return None
    start = match.start("value") + match.group("value").find(value)
    return SensitiveSpan("credential", start, start + len(value))


@cache
def read_shelf() -> PhraseShelf:
    """The word lists of the art. 9 categories, scanned in one pass."""
    return PhraseShelf.of(read_book(f"sensitive_{category}") for category in CATEGORY_LISTS)


# A word list whose "<member of> X" names X also next to a role word of another list.
ROLE_LISTS = {"sensitive_trade_union": "sensitive_union_roles"}
ROLE_PLACE = re.compile(r"\bX\b")


@cache
def read_book(name: str) -> PhraseBook:
    """The phrases of a word list, "<member of> X", "<becoming> X" and "<comes from> X"
    expanded (the phrases of the list the placeholder names before X, and for
    "<member of>" those of `sensitive_membership_after.txt` after X: "Dansk Metal, hvor
    han er medlem" names the union first), indexed;
    in the trade-union
    list X also next to a union role ("X representative" of `sensitive_union_roles.txt`),
    since a union's own name may be an everyday word ("Unionen", "Vision") that only a
    membership or a role makes a union."""
    roles = read_lexicon(ROLE_LISTS[name]) if name in ROLE_LISTS else ()
    entries: list[str] = []
    for entry in read_lexicon(name):
        placeholder = next((key for key in PLACEHOLDERS if entry.lower().startswith(key)), "")
        if placeholder:
            rest = entry[len(placeholder) :].strip()
            entries.extend(f"{lead} {rest}" for lead in read_lexicon(PLACEHOLDERS[placeholder]))
            if placeholder == MEMBER_OF and not rest.startswith("?"):  # (a phrase opening
                # with "?" would be tried at every word of every mail: "? parti")
                entries.extend(ROLE_PLACE.sub(rest.replace("\\", ""), role) for role in roles)
                entries.extend(f"{rest} {trail}" for trail in read_lexicon(MEMBER_AFTER))
        else:
            entries.append(entry)
    entries += [spelt_without_danish_letters(e) for e in entries if DANISH_LETTERS & set(e)]
    phrases = (parse_phrase(entry.replace("=", " ")) for entry in entries)
    return PhraseBook.of(p for p in phrases if p)


@cache
def read_markers() -> dict[str, tuple[str, str]]:
    """category -> (Danish marker, English marker)."""
    markers: dict[str, tuple[str, str]] = {}
    for entry in read_lexicon("sensitive_markers"):
        fields = [field.strip() for field in entry.split("|")]
        if len(fields) == 3:
            markers[fields[0]] = (fields[1], fields[2])
    return markers


def marker_for(category: SensitiveCategory, language: Language) -> str:
    """The bracketed text that replaces one span, in the reply language."""
    danish, english = read_markers().get(
        category, ("følsom oplysning fjernet", "sensitive data removed")
    )
    return f"[{english if language == 'en' else danish}]"


def merge_spans(spans: tuple[SensitiveSpan, ...], length: int) -> list[SensitiveSpan]:
    """Spans clipped to the text, sorted, overlapping ones merged (first category wins)."""
    merged: list[SensitiveSpan] = []
    for span in sorted(spans, key=lambda span: (span.start, -span.end)):
        start, end = max(0, span.start), min(length, span.end)
        if start >= end:
            continue
        if merged and start < merged[-1].end:
            last = merged[-1]
            merged[-1] = SensitiveSpan(last.category, last.start, max(last.end, end))
        else:
            merged.append(SensitiveSpan(span.category, start, end))
    return merged


def redact(text: str, spans: tuple[SensitiveSpan, ...], language: Language) -> str:
    """`text` with each span replaced by a marker naming its category."""
    if not isinstance(text, str):
        return ""
    pieces: list[str] = []
    cursor = 0
    for span in merge_spans(spans, len(text)):
        pieces.append(text[cursor : span.start])
        pieces.append(marker_for(span.category, language))
        cursor = span.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def redact_text(text: str, language: Language) -> tuple[str, tuple[SensitiveSpan, ...]]:
    """Find and redact in one step: (redacted text, spans found in the original)."""
    spans = find_sensitive(text)
    return redact(text, spans, language), spans
