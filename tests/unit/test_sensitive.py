"""Sensitive data: CPR, cards, credentials, art. 9 words; redaction markers."""

import pytest

from parsers.model import Language, SensitiveSpan
from parsers.sensitive import find_sensitive, marker_for, read_markers, redact, redact_text
from tests.reading import found


@pytest.mark.parametrize(
    ("text", "cpr"),
    [
        ("Cpr-nr.: 120385-1147", "120385-1147"),
        ("cpr 1105821234", "1105821234"),
        ("His CPR is 010190 1234.", "010190 1234"),
        ("Lars Holm, 0311794421, ønsker indsigt", "0311794421"),
        ("Ellen Fisk (f. 100661-1482) er stoppet", "100661-1482"),
        ("personnummer 290200-4000", "290200-4000"),  # 29 Feb 2000: digit 7 = 4, year 00 -> 2000
        ("CPR 010107-4321", "010107-4321"),  # issued after 2007: modulus 11 not required
    ],
)
def test_cpr_forms(text: str, cpr: str) -> None:
    assert found(text) == [("cpr", cpr)]


@pytest.mark.parametrize(
    "text",
    [
        "Fakturanr.: 2103260417",  # invoice number with a date shape
        "ordre nr. 4400123456",  # no valid date
        "CVR 31415926, kundenr. 100477, tlf. 70 22 14 00, mobil +45 22 33 44 55",
        "ansat siden 01.02.2019, født 12-03-1985",
        "employee no. 19850312",
        "ticket #20260302-0042",
        "cpr 320185-1234",  # day 32
        "personnummer 290201-1234",  # 29 Feb 1901 does not exist
        "RULEID:(1603103135)(1701031045)",  # ids glued into a header dump
        "t=1507893012; h=Content-Type",
        "IBAN DK50 0040 0440 1162 43",
    ],
)
def test_cpr_look_alikes_are_not_flagged(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("Kortnummer 4571 9300 1234 5673, udløb 08/27", "4571 9300 1234 5673"),
        ("Nyt kort: 5019717010103742 udløb 11/28", "5019717010103742"),
        ("card 4111-1111-1111-1111", "4111-1111-1111-1111"),
        ("Amex 3782 822463 10005", "3782 822463 10005"),
        ("kort 4571 9300 1234 5674", "4571 9300 1234 5674"),  # mistyped: fails Luhn, but the
        # writer calls it a card, and a card's number is kept out whatever its check digit
    ],
)
def test_payment_cards(text: str, card: str) -> None:
    assert found(text) == [("payment_card", card)]


@pytest.mark.parametrize(
    "text",
    [
        "faktura 4571 9300 1234 5674",  # fails Luhn, and no word calls it a card
        "id 20170313232740",  # timestamp, not a card prefix
        "Tlf. 43 96 00 10 / 20 11 45 67",
    ],
)
def test_card_look_alikes(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("brugernavn admin og kodeord: Sommer2026! uden held", "Sommer2026!"),
        ("(bruger: jesper@x.dk, kodeord: Trekant#2026)", "Trekant#2026"),
        ("password: xyz", "xyz"),
        ("her voicemail PIN is\n4471, so log in", "4471"),
        ("PIN 4471", "4471"),
        ("adgangskoden er 1234.", "1234"),
        ("access code: 99-12", "99-12"),
    ],
)
def test_credentials_with_values(text: str, secret: str) -> None:
    assert found(text) == [("credential", secret)]


@pytest.mark.parametrize(
    "text",
    [
        "Kan I nulstille adgangskoden for administratorbrugeren?",
        "De har glemt PIN-koden til voicemail.",
        "Reset your password: https://example.com/reset?token=abc123",
        "Koden er hemmelig.",
    ],
)
def test_mere_credential_words(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "category", "words"),
    [
        ("Hun har været langtidssygemeldt med stress.", "health", "langtidssygemeldt"),
        ("Hun er gravid.", "health", "gravid"),
        ("He is on sick leave with depression.", "health", "sick leave"),
        ("forløb med kræft", "health", "kræft"),
        ("Han er medlem af 3F.", "trade_union", "medlem af 3F"),
        ("She is a member of HK.", "trade_union", "member of HK"),
        ("Hans fagforening har skrevet.", "trade_union", "fagforening"),
        ("Hun er medlem af Enhedslisten.", "politics", "medlem af Enhedslisten"),
        ("Han er Jehovas Vidne.", "religion", "Jehovas Vidne"),
        ("He is a practising Muslim.", "religion", "practising Muslim"),
        ("Hun er af somalisk oprindelse.", "ethnicity", "somalisk oprindelse"),
        ("Hun har en BRCA2-genmutation.", "genetic", "BRCA2-genmutation"),
        ("Hendes stemmeaftryk ligger hos jer.", "biometric", "stemmeaftryk"),
        ("Hun er lesbisk.", "sexuality", "lesbisk"),
        ("He took his husband's surname.", "sexuality", "his husband's"),
        ("Han blev dømt for underslæb.", "criminal", "dømt for underslæb"),
        ("He was convicted of fraud.", "criminal", "convicted of fraud"),
    ],
)
def test_art9_categories(text: str, category: str, words: str) -> None:
    start = text.index(words)
    assert any(
        span.category == category and span.start <= start and start + len(words) <= span.end
        for span in find_sensitive(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Vi har sygt travlt herovre.",
        "Hun arbejder som sygeplejerske.",
        "Kan I bekræfte, når det er gjort?",
        "Han er medlem af ledergruppen og medlem af vores Teams-gruppe.",
        "Hun er medlem af bestyrelsen.",
        "Vores kunde Union Logistics ApS har et spørgsmål.",
        "Jan Kristensen og Christian Due har lokal 12 og 13.",
        "Muhammad Ali Shah er stoppet.",
        "Kunden er Fåborg Fysioterapi.",
        "Han gik på barsel i efteråret.",
        "Vi behandler personoplysninger om medarbejderen.",
        "HK er nævnt i teksten.",
    ],
)
def test_art9_traps(text: str) -> None:
    assert found(text) == []


def test_redaction_markers_in_both_languages() -> None:
    text = "cpr 120385-1147, kodeord: Hemmelig1"
    assert redact_text(text, "da")[0] == "cpr [CPR-nummer fjernet], kodeord: [adgangskode fjernet]"
    assert redact_text(text, "en")[0] == "cpr [CPR number removed], kodeord: [password removed]"


@pytest.mark.parametrize("language", ["da", "en"])
def test_no_marker_holds_a_word_the_detectors_flag(language: Language) -> None:
    """A search of stored text for "fagforening" must not find it in the marker that
    replaced "medlem af 3F", and a redacted text read again raises nothing."""
    for category in read_markers():
        marker = marker_for(category, language)  # type: ignore[arg-type]
        assert find_sensitive(f"Hun er {marker} og mere.") == (), category


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("Han er sygemeldt med en diskusprolaps, og han vil have sine data.", "diskusprolaps"),
        ("She is off sick with a slipped disc and wants a copy.", "slipped disc"),
        ("Hun er sygemeldt pga. borreliose i øjeblikket.", "borreliose"),
    ],
)
def test_a_named_illness_after_a_health_word_is_removed_with_it(text: str, cause: str) -> None:
    redacted, _ = redact_text(text, "da")
    assert cause not in redacted
    assert "[helbredsoplysning fjernet]" in redacted


def test_overlapping_spans_are_merged() -> None:
    spans = (SensitiveSpan("health", 4, 10), SensitiveSpan("health", 8, 14))
    assert redact("abc sick leave x", spans, "en") == "abc [health information removed] x"


def test_out_of_range_spans_are_clipped() -> None:
    assert redact("abc", (SensitiveSpan("cpr", 1, 99),), "en") == "a[CPR number removed]"


def test_redaction_removes_every_found_value() -> None:
    text = "Ole, cpr 150672-0931, er sygemeldt og medlem af HK. Kort 4571 9300 1234 5673."
    redacted, spans = redact_text(text, "da")
    assert len(spans) == 4
    for value in ("150672-0931", "sygemeldt", "medlem af HK", "4571 9300 1234 5673"):
        assert value not in redacted


def test_bad_input_never_raises() -> None:
    assert find_sensitive(None) == ()  # type: ignore[arg-type]
    assert redact(None, (), "da") == ""  # type: ignore[arg-type]
    assert find_sensitive("") == ()


def test_credential_value_after_a_short_qualifier_and_compound_word() -> None:
    text = "voicemail-kode er 7731 og adgangskode til portalen: Vinter#88"
    values = [text[s.start : s.end] for s in find_sensitive(text) if s.category == "credential"]
    assert values == ["7731", "Vinter#88"]
    assert not find_sensitive("kodeord til portalen virker ikke")


def test_party_after_candidacy_phrase_is_politics() -> None:
    found = find_sensitive("hun er folketingskandidat for Moderaterne")
    assert [s.category for s in found] == ["politics"]


@pytest.mark.parametrize(
    "text",
    [
        "The customer is sick of waiting.",
        "We are sick and tired of chasing this.",
        "Vi har sygt travlt.",
    ],
)
def test_idioms_in_the_trap_list_are_not_health(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("He is sick since Monday.", "health"),
        ("She called in sick.", "health"),
        ("Han er aktiv i Socialdemokratiet.", "politics"),
        ("Hun er aktiv i 3F.", "trade_union"),
    ],
)
def test_held_out_c_categories(text: str, category: str) -> None:
    assert category in {c for c, _ in found(text)}


def test_a_credential_named_with_two_words_between() -> None:
    text = "Kodeord til hans voicemail: Sommer2024! - hvis det hjælper"
    assert [text[f.start : f.end] for f in find_sensitive(text)] == ["Sommer2024!"]


def test_an_offer_code_is_no_credential() -> None:
    assert find_sensitive("20 % rabat på headsets resten af måneden med koden MARTS20") == ()


@pytest.mark.parametrize(
    "text",
    [
        "Slet Nguyen Thi Hoa, lokal 12. NB: Hoa er vietnamesisk og taler ikke så meget dansk.",
        "Please erase Ahmed Khan (ext 31). Khan is Pakistani, so write in English.",
    ],
)
def test_a_nationality_said_of_a_named_person_is_ethnicity(text: str) -> None:
    assert [span.category for span in find_sensitive(text)] == ["ethnicity"]


@pytest.mark.parametrize(
    "text",
    [
        "Maden er kinesisk, og kantinen er ny. Slet Jens Hansen, lokal 4.",
        "Nummeret er polsk. Slet Jens Hansen, lokal 4.",
    ],
)
def test_a_nationality_said_of_a_thing_is_not_flagged(text: str) -> None:
    assert find_sensitive(text) == ()


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("I believe I was treated differently because I am Kurdish.", True),
        ("Jeg er polsk og taler ikke så godt dansk.", True),
        ("I am happy to help with the deletion.", False),
        ("Jeg er ked af forsinkelsen.", False),
    ],
)
def test_a_nationality_said_of_oneself(text: str, flagged: bool) -> None:
    assert [span.category for span in find_sensitive(text)] == (["ethnicity"] if flagged else [])


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Jeg er på barsel til 1. august.", True),
        ("Thomas er på barsel til august, så send svaret til mig.", True),
        ("Anders Holt gik på barsel i efteråret. Han har nu sagt op.", False),
        ("Hun er på barsel.", True),
    ],
)
def test_leave_is_kept_out_unless_said_of_a_man(text: str, flagged: bool) -> None:
    assert [span.category for span in find_sensitive(text)] == (["health"] if flagged else [])


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("navn,lokal,cpr\nMette Frost Iversen,401,120394-1786\n", "cpr", "120394-1786"),
        ("navn,lokal,cpr\nKasper Lind,402,0711882135\n", "cpr", "0711882135"),
        ("She sits in the City Council for the Social Democrats.", "politics", "Social Democrats"),
        ("Hun talte om sit engagement i Pinsekirken.", "religion", "Pinsekirken"),
        ("They sent us his login (anders.lykke / Sommer2024!).", "credential", "Sommer2024!"),
    ],
)
def test_more_written_forms_of_sensitive_data(text: str, category: str, value: str) -> None:
    found = find_sensitive(text)
    assert category in {span.category for span in found}
    assert value not in redact(text, found, "en")


@pytest.mark.parametrize(
    "text",
    ["Beløb 1,1203941786 kr", "Han er engageret i fodboldklubben.", "Log in (see guide / FAQ)."],
)
def test_look_alikes_of_those_forms(text: str) -> None:
    assert find_sensitive(text) == ()


def test_a_login_pair_after_er_is_a_credential() -> None:
    text = "Deres login er admin / Tlf2026# – måske kan I se, hvad der er galt?"
    assert "Tlf2026#" not in redact(text, find_sensitive(text), "da")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("han blev fyret efter at vaere doemt for tyveri fra lageret", "criminal"),
        ("He was treated differently because of his Afghan origin.", "ethnicity"),
        ("Lone har været væk efter en operation i ryggen.", "health"),
    ],
)
def test_spellings_without_danish_letters_origins_and_operations(text: str, category: str) -> None:
    assert [span.category for span in find_sensitive(text)] == [category]


def test_an_operation_of_a_business_is_no_health_data() -> None:
    assert find_sensitive("The operation of the switchboard is in our daily operation.") == ()


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Han mener, han er forskelsbehandlet, fordi han er etiopier.", True),
        ("She is a Somali and would like an interpreter.", True),
        ("Han er en god medarbejder.", False),
        ("He is a turkey farmer.", False),
    ],
)
def test_a_people_noun_said_of_a_person(text: str, flagged: bool) -> None:
    assert [span.category for span in find_sensitive(text)] == (["ethnicity"] if flagged else [])


@pytest.mark.parametrize(
    "text",
    [
        "Han tager på pilgrimsrejse til Mekka i næste uge.",
        "She is away on hajj until May.",
        "Hun holder fri til sin søns bar mitzvah.",
    ],
)
def test_pilgrimages_and_rites_tell_religion(text: str) -> None:
    assert "religion" in {span.category for span in find_sensitive(text)}


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("saa var hans kode til Myfone Efteraar2025! - kunden har ikke lukket", "Efteraar2025!"),
        ("kodeord til PBX-admin var Hest123", "Hest123"),
    ],
)
def test_a_secret_after_what_it_opens(text: str, secret: str) -> None:
    assert secret not in redact_text(text, "da")[0]


def test_an_extension_after_a_code_word_is_no_secret() -> None:
    assert redact_text("Kode til lokal 214 skal nulstilles", "da")[0] == (
        "Kode til lokal 214 skal nulstilles"
    )


def test_an_origin_written_with_a_definite_adjective() -> None:
    assert found("på grund af sin somaliske oprindelse") == [("ethnicity", "somaliske oprindelse")]


@pytest.mark.parametrize(
    "text",
    [
        "Hun er blevet gift med sin kone og hedder nu Holm.",
        "Han er gift med sin mand, så han skifter navn.",
        "Louise Andersen er blevet gift med sin kone i februar. Hun hedder nu Louise Krogh.",
    ],
)
def test_a_spouse_of_the_same_sex_reveals_orientation(text: str) -> None:
    assert [category for category, _ in found(text)] == ["sexuality"]


@pytest.mark.parametrize(
    "text", ["Hun er gift med sin mand.", "Han bor med sin kone.", "Peter er gift med sin kone."]
)
def test_a_spouse_of_the_other_sex_is_no_finding(text: str) -> None:
    assert found(text) == []


def test_a_cpr_number_called_the_personal_number_in_english() -> None:
    text = "If you need to verify me, my Danish personal number is 0208911234."
    assert found(text) == [("cpr", "0208911234")]
    assert found("Our order number is 0208911234.") == []
