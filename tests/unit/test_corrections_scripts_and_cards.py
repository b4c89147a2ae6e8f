"""Self-corrections inside a mail (parsers/corrections.py), names in other scripts
(parsers/scripts.py), contact cards (parsers/vcards.py), misspelt request words
(parsers/spelling.py), rows marked as staying and names in two spellings
(parsers/tables.py), one extension at several customers, exclusions by negation and
the sensitive phrases these sets brought. Cases written for the rules, beside the
held-out sets that prompted them."""

from __future__ import annotations

import pytest

from intake.followups import merge_subjects
from parsers.corrections import with_self_corrections
from parsers.kinds import classify_kind
from parsers.mail import parse_mail
from parsers.model import DataSubject
from parsers.spelling import closest_request_word, edits, with_request_words_mended
from parsers.vcards import plain_vcards
from tests.reading import categories, employees, pairs, plain_mail

# --- corrections written as the sender goes --------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("Kan I slette Sofie Lund Ravn, lokal 212 - nej undskyld, lokal 221.\n",
     [("Sofie Lund Ravn", "221")]),
    ("Kan I slette Lise Damgaard? Lokalnummeret er 3317 - nej 3371, sorry.\n",
     [("Lise Damgaard", "3371")]),
    ("Slet Camilla Frost Bech, lokalnummer -2013- 2031\n", [("Camilla Frost Bech", "2031")]),
    ("Slet Camilla Frost Bech, lokalnummer ~~2013~~ 2031\n", [("Camilla Frost Bech", "2031")]),
    ("Slet Jesper Vang (lok 31) og Kasper Thorsø Mikkelsen (lok 35 - undskyld, Kasper er 36).\n",
     [("Jesper Vang", "31"), ("Kasper Thorsø Mikkelsen", "36")]),
])
def test_a_number_taken_back_as_it_is_written_is_replaced(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(body) == expected


def test_a_correction_line_replaces_the_wrong_number_above_it() -> None:
    body = ("Please anonymise these leavers:\n\nSven-Erik Lindgren, ext 3305\n"
            "Priya Raghunathan, ext 3312\n\n"
            "Correction: Priya's extension is 3321, not 3312 - I copied the wrong line.\n")
    assert employees(body, "Leavers") == [
        ("Sven-Erik Lindgren", "3305"), ("Priya Raghunathan", "3321")
    ]


def test_a_typo_note_and_a_name_taken_back_leave_only_the_right_ones() -> None:
    text = ("Jens Hansen, sorry, Jens Hanson - ext 350\n"
            "Name: Jens Hanson\nExtension: 305 (typo above: 350)\n")
    corrected = with_self_corrections(text)
    assert corrected.splitlines()[0] == "Jens Hanson - ext 305"  # (the note stays as written)
    assert pairs(text, kind="access") == [("Jens Hanson", "305")]


def test_a_correction_line_respells_a_name_everywhere() -> None:
    body = ("Vi skal have anonymiseret to brugere:\n- Anders Bøgh Christensen - lokal 1102\n"
            "- Poul Erik Vestergaard - lokal 1108\n\n"
            "Rettelse: det er Poul-Erik Vestergaard med bindestreg.\n")
    assert pairs(body) == [("Anders Bøgh Christensen", "1102"), ("Poul-Erik Vestergaard", "1108")]


def test_a_new_name_is_no_correction_of_the_old_one() -> None:
    text = 'Lokal 55 står som "Hanne Jørgensen"\nRettelse: Hanne Jørgensen-Brink, gift.\n'
    assert '"Hanne Jørgensen"' in with_self_corrections(text)


def test_a_correction_paragraph_is_no_request_of_its_own() -> None:
    body = ("Please delete Sven-Erik Lindgren, ext 3305 and Priya Raghunathan, ext 3312.\n\n"
            "Correction: the name change for Priya is not needed, her extension is 3321, "
            "not 3312.\n")
    parsed = parse_mail(plain_mail("Leavers", body))
    assert parsed.further_requests == ()
    assert ("Priya Raghunathan", "3321") in [
        (s.full_name, s.extension) for s in parsed.data_subjects
    ]


# --- names in other scripts ----------------------------------------------------------

@pytest.mark.parametrize(("line", "name"), [
    ("- 王小明 – lokalnummer 56", "王小明"),
    ("medarbejderen Анна Шевченко, lokalnummer 705 (kunden har kun navnet på ukrainsk)",
     "Анна Шевченко"),
    ("medarbejderen ณัฐวุฒิ ศรีสุข på lokal 120 bliver anonymiseret", "ณัฐวุฒิ ศรีสุข"),
    ("يوسف الحسن | 4501", "يوسف الحسن"),
])
def test_a_name_in_another_script_beside_its_number_is_the_employee(line: str, name: str) -> None:
    number = "".join(c for c in line if c.isdigit())
    assert pairs(f"Kunden Thai Garden Aarhus beder om sletning af:\n{line}\n") == [(name, number)]


def test_a_name_in_another_script_beside_its_latin_spelling_is_one_employee() -> None:
    body = "Slet venligst Sarah Ben-David (שרה בן דוד), lokal 77, hos Sundby Advokater.\n"
    assert pairs(body) == [("Sarah Ben-David", "77")]
    body = "Slet venligst Вікторія Лисенко (Viktoriia Lysenko), lokal 402.\n"
    assert pairs(body) == [("Viktoriia Lysenko", "402")]


def test_a_script_word_in_running_text_without_a_number_is_no_name() -> None:
    assert pairs("Kunden skriver 谢谢 og beder os slette Ole Bak, lokal 31.\n") == [
        ("Ole Bak", "31")
    ]


def test_a_column_of_other_spellings_gives_the_name_only_where_the_name_column_is_empty() -> None:
    body = ("Slet disse:\nnavn;navn (original);lokalnummer\nOlga Petrova;Ольга Петрова;650\n"
            ";Ιωάννης Νικολάου;651\nTran Van Minh;Trần Văn Minh;652\n")
    assert pairs(body) == [
        ("Olga Petrova", "650"), ("Ιωάννης Νικολάου", "651"), ("Tran Van Minh", "652")
    ]


# --- contact cards ----------------------------------------------------------------

CARD = ("BEGIN:VCARD\nVERSION:3.0\nN:Hansen;Mette;Kjær;;\nFN:Mette Kjær Hansen\n"
        "ORG:Silkeborg Rør & Varme ApS\nTEL;TYPE=work:214\nTEL;TYPE=cell:+45 40 12 34 56\n"
        "END:VCARD\n")


def test_a_contact_card_reads_as_its_name_and_extension() -> None:
    assert plain_vcards(CARD) == "Navn: Mette Kjær Hansen\nLokalnummer: 214\n"
    assert employees(f"Vil I slette denne medarbejder?\n\n{CARD}") == [("Mette Kjær Hansen", "214")]


def test_a_card_with_only_full_numbers_gives_no_extension() -> None:
    card = "BEGIN:VCARD\nN:El-Khatib;Fatima;;;\nTEL;TYPE=work:+45 70 22 41 00\nEND:VCARD\n"
    assert plain_vcards(card) == "Navn: Fatima El-Khatib\n"
    card = "BEGIN:VCARD\nFN:Fatima El-Khatib\nTEL:tel:+4570224100;ext=1034\nEND:VCARD\n"
    assert plain_vcards(card) == "Navn: Fatima El-Khatib\nLokalnummer: 1034\n"


# --- misspelt request words --------------------------------------------------------

@pytest.mark.parametrize(("word", "right"), [
    ("anonymicere", "anonymisere"), ("anynomise", "anonymise"), ("slettte", "slette"),
    ("delet", "delete"), ("anonymiese", "anonymise"),
])
def test_a_misspelt_request_word_is_read_as_meant(word: str, right: str) -> None:
    assert closest_request_word(word) == right


@pytest.mark.parametrize("word", ["debate", "delta", "select", "settle", "dealer", "sletten"])
def test_other_words_stay_as_written(word: str) -> None:
    assert with_request_words_mended(f"vi har en {word} her") == f"vi har en {word} her"


def test_a_capitalised_look_alike_inside_a_sentence_is_a_name() -> None:
    text = "Kontakt Jens Slettte i morgen"
    assert with_request_words_mended(text) == text


def test_edits_count_a_swap_as_one() -> None:
    assert edits("slette", "sltete") == 1 and edits("delet", "delete") == 1


def test_a_misspelt_erasure_is_an_erasure() -> None:
    body = "Hej, kan I anonymicere Jens Peter Møller, lok 214?"
    assert classify_kind("GDPR", body, "") == "erasure"


# --- one extension at several customers ----------------------------------------------

def test_a_number_given_once_for_all_goes_to_each_name() -> None:
    body = ("Tre kunder har meldt fratrædelser, alle på lokal 214:\n"
            "Grenaa Fiskeeksport – Rasmus Thyssen\nDjursland El-service – Signe Kirkegaard Hviid\n"
            "Ebeltoft Glas – Jamal Haddad\n\nAlle tre skal slettes.\n")
    assert pairs(body) == [
        ("Rasmus Thyssen", "214"), ("Signe Kirkegaard Hviid", "214"), ("Jamal Haddad", "214")
    ]


def test_the_same_number_on_two_customers_lines_goes_to_each_lines_name() -> None:
    body = ("Odense Tandlæger: lokal 214 står stadig som Louise Brandt, men hun hedder nu "
            "Louise Brandt-Iversen.\nSvendborg Marine: lokal 214 er stavet forkert som "
            '"Kim Madsen" – det skal være Kim Mattsson.\n')
    assert pairs(body, kind="rectification") == [
        ("Louise Brandt-Iversen", "214"), ("Kim Mattsson", "214")
    ]


def test_a_followup_naming_one_of_two_on_the_same_number_completes_only_that_one() -> None:
    known = (DataSubject("Karina Thorsen", None), DataSubject("Ole Kristiansen", "214"))
    incoming = (DataSubject("Karina Thorsen", "214"), DataSubject("Ole Kristiansen", "214"))
    assert merge_subjects(known, incoming) == incoming


# --- names and numbers set apart -------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("Det drejer sig om Ea Kofoed, Poul Erik Sonne og Naja Kristiansen. Deres lokalnumre er "
     "11, 12 og 16.\n", [("Ea Kofoed", "11"), ("Poul Erik Sonne", "12"),
                         ("Naja Kristiansen", "16")]),
    ("Fredrik Nyström and Agnieszka Lewandowska have left. Their extensions were 5010 and "
     "5011.\n", [("Fredrik Nyström", "5010"), ("Agnieszka Lewandowska", "5011")]),
    ("Vi ønsker at optagelse stoppes for lokal 14 og 15, Helle Dam og Kim Dam.\n",
     [("Helle Dam", "14"), ("Kim Dam", "15")]),
])
def test_names_and_numbers_in_two_lists_pair_in_order(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(body) == expected


def test_given_names_in_the_genitive_are_the_employee_already_named() -> None:
    body = ("Slet Ea Kofoed og Poul Erik Sonne. Deres lokalnumre er 11 og 12.\n"
            "Kunden har skrevet Poul Eriks adresse på sedlen.\n")
    assert pairs(body) == [("Ea Kofoed", "11"), ("Poul Erik Sonne", "12")]


# --- people and numbers kept out --------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("Please give access for Daniel O'Connor, extension 4410.\nPlease note: this is NOT about "
     "John Price (ext. 4411).\n", [("Daniel O'Connor", "4410")]),
    ("Behold Søs Thygesen (lok 12), men anonymiser Bo Frandsen (lok 14).\n",
     [("Bo Frandsen", "14")]),
    ("Slet Dorthe Vinther Mikkelsen, lok 522.\nOg stadig IKKE Dorthe Mikkelsen på 525.\n",
     [("Dorthe Vinther Mikkelsen", "522")]),
    ("Slet venligst disse:\nMalene Krog 81\nTobias Fisker 82 (nej, ikke ham alligevel)\n"
     "Yasmin El-Khoury 84\n", [("Malene Krog", "81"), ("Yasmin El-Khoury", "84")]),
    ("Please anonymise Sarah O'Connor and Lars Ekström, respectively ext. 40 and 44.\n"
     "Ext. 42 and 43 are still in use, please leave those alone.\n",
     [("Sarah O'Connor", "40"), ("Lars Ekström", "44")]),
])
def test_the_people_and_numbers_a_mail_keeps_out_are_no_subjects(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(body) == expected


def test_a_table_row_marked_to_stay_is_no_request() -> None:
    body = ("Anonymise all except the ones marked KEEP:\nName | Ext | Action\n"
            "Nikolaj Bendtsen | 2201 | DELETE\nGrace Okafor | 2202 | KEEP\n"
            "Stefan Müller-Rasmussen | 2203 | DELETE\n")
    assert pairs(body) == [("Nikolaj Bendtsen", "2201"), ("Stefan Müller-Rasmussen", "2203")]


def test_a_spelling_put_right_with_not_keeps_the_number() -> None:
    body = "Ret stavningen: det er Yusuf Al-Amin, ikke Jusuf Alamin, lokal 620."
    assert pairs(body, kind="rectification") == [("Yusuf Al-Amin", "620")]


# --- kinds and automated mail ------------------------------------------------------------

def test_a_body_that_puts_the_subject_right_decides_the_kind() -> None:
    body = ("Ang. Peter Lindqvist lok. 72 - ikke indsigt som jeg skrev i emnet, han skal "
            "slettes. Han stoppede fredag.")
    assert classify_kind("Indsigt Peter Lindqvist lok 72", body, "") == "erasure"
    assert classify_kind("Sletning: Kasper Rønn lok 4417", "Som emnet siger – han er stoppet.",
                         "") == "erasure"


def test_a_newsletter_replied_to_for_its_address_asks_nothing() -> None:
    body = ("Unrelated to the newsletter below, but this was the address I had at hand: please "
            "delete Kevin Mahoney, ext. 2875. He left last Friday.")
    quoted = "Dear partner,\nNews.\nUnsubscribe here: https://example.org/unsubscribe\n"
    assert classify_kind("RE: Partner News – March", body, quoted) == "erasure"


def test_an_away_notice_without_auto_headers_is_automated() -> None:
    raw = plain_mail("Ikke på kontoret: Bulk erasure",
                     "Jeg er ikke på kontoret frem til 14. oktober.\n")
    automated = parse_mail(raw).automated
    assert automated is not None and automated.kind == "auto_reply"


# --- sensitive phrases ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "category"), [
    ("He is politically active in an Iranian opposition party.", "politics"),
    ("Han blev bortvist efter en sag om tyveri fra kassen.", "criminal"),
    ("De var med i integrationsordningen for flygtninge fra Somalia.", "ethnicity"),
    ("Hun er fra Eritrea og læser ikke dansk.", "ethnicity"),
])
def test_the_new_sensitive_phrases_are_found(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize("text", [
    "Kunden kender kun det kinesiske navn på den første.",
    "Han er fra Sverige og skal have sine voicemails.",
    "Hun er fra kundens kontor i Aarhus.",
])
def test_a_name_in_a_language_or_a_colleague_from_abroad_is_no_ethnicity(text: str) -> None:
    assert "ethnicity" not in categories(text)
