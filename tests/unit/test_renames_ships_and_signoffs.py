"""A correction's old and new name as one employee, ships and sea titles, "ext. 7020 /
Anna" lines, a sign-off with the writer's firm, a staying colleague named after the
one to erase, and a name turned round in prose: the forms six blind sets (DL to DQ:
schools and clubs, the German border, software houses, shipping, phone-written mail,
home care) brought, each with cases of our own."""

from __future__ import annotations

import pytest

from parsers.language import detect_language
from parsers.model import DataSubject
from parsers.subjects import find_data_subjects, one_renamed_employee


def subjects(body: str, kind: str = "erasure", subject: str = "GDPR", quoted: str = "",
             sender: str = "Ib Sand") -> tuple[DataSubject, ...]:
    return find_data_subjects(subject, body, quoted, sender, kind)  # type: ignore[arg-type]


@pytest.mark.parametrize("body", [
    "Sofie Madsen -> Sofie Lund, lokalnr: 0412",
    "Sofie Madsen → Sofie Lund (lokal 0412)",
    "Lokal 0412: Sofie Madsen => Sofie Lund",
])
def test_an_arrow_leads_from_the_old_name_to_the_new(body: str) -> None:
    assert subjects(body, "rectification") == (DataSubject("Sofie Lund", "0412"),)


def test_a_former_name_in_brackets_gives_way_and_the_described_number_is_hers() -> None:
    body = ("Medarbejderen på lokalnr: 0412 hos Den Lille Skole er blevet gift og hedder nu "
            "Line Holm Ravn (tidligere Line Holm Jensen). Vil I rette navnet?")
    assert subjects(body, "rectification") == (DataSubject("Line Holm Ravn", "0412"),)


def test_the_name_a_number_stands_as_is_the_old_one() -> None:
    body = ("Ret venligst stavningen: lokal 260 står som Mads Kristiansen men hedder "
            "Mads Christiansen.")
    assert subjects(body, "rectification") == (DataSubject("Mads Christiansen", "260"),)


def test_a_list_of_renames_keeps_each_line_s_number() -> None:
    body = ("Kan I rette følgende:\n2240  Jørgen Kristiansen -> Jørgen Christiansen (stavefejl)\n"
            "2245  Hanne Lund (stod på 2241) -> Hanne Lund – nyt lokal 2245\n")
    assert subjects(body, "rectification") == (
        DataSubject("Jørgen Christiansen", "2240"), DataSubject("Hanne Lund", "2245"),
    )


def test_two_employees_sharing_a_first_name_are_no_rename() -> None:
    body = "Ret venligst Anna Holm, lokal 21, og Anna Berg, lokal 22: begge er stavet forkert."
    assert subjects(body, "rectification") == (
        DataSubject("Anna Holm", "21"), DataSubject("Anna Berg", "22"),
    )


def test_a_number_and_two_unrelated_names_stay_apart() -> None:
    found = [DataSubject(None, "214"), DataSubject("Jens Hansen", None),
             DataSubject("Mette Berg", None)]
    assert one_renamed_employee("lokal 214 ... Jens Hansen ... Mette Berg", found) == found


def test_the_form_a_name_shall_take() -> None:
    body = ("Nour El-Din Haddad, lokal 900, skal fremover stå som Nour Eldin Haddad "
            "(uden bindestreg).")
    assert subjects(body, "rectification") == (DataSubject("Nour Eldin Haddad", "900"),)


def test_a_lower_case_name_the_number_is_renamed_to() -> None:
    body = ("ret venligst navnet paa lokal 3310 til kirsten holm-andersen, den staar som "
            "kirsten holm")
    assert subjects(body, "rectification") == (DataSubject("kirsten holm-andersen", "3310"),)


def test_a_name_listed_as_and_its_correct_spelling() -> None:
    body = ("Please correct the spelling:\nListed as: O'Brien, Sean  (ext. 7032)\n"
            "Correct:   O'Brien, Seán\n")
    assert subjects(body, "rectification") == (DataSubject("Seán O'Brien", "7032"),)


@pytest.mark.parametrize("title", ["Kaptajn", "Styrmand", "Maskinmester", "Captain"])
def test_a_sea_title_before_a_name_is_no_part_of_it(title: str) -> None:
    body = f"{title} Henrik Vestergaard, lokal 560, vil gerne have sine voicemails udleveret."
    assert subjects(body, "portability") == (DataSubject("Henrik Vestergaard", "560"),)


@pytest.mark.parametrize("ship", ["MV Baltic Star", "M/S Nordlys Express", "M/F Ærø Dronning"])
def test_a_ship_is_no_employee(ship: str) -> None:
    body = (f"The following crew of {ship} have signed off and should be erased:\n"
            "• Oleksandr Kovalenko – ext. 7741\n• Ahmet Öztürk – ext. 7745\n")
    assert subjects(body) == (
        DataSubject("Oleksandr Kovalenko", "7741"), DataSubject("Ahmet Öztürk", "7745"),
    )


@pytest.mark.parametrize("firm", ["Sejerø Færgefart", "Willow Home Care", "Bostedet Aaparken"])
def test_ferry_and_care_firms_are_no_employee(firm: str) -> None:
    body = f"Følgende skal anonymiseres ({firm}):\n\nHelle Rasmussen – 3320\nBjarne Krog – 3321\n"
    assert subjects(body) == (
        DataSubject("Helle Rasmussen", "3320"), DataSubject("Bjarne Krog", "3321"),
    )


def test_number_slash_name_lines_pair_on_their_line() -> None:
    body = ("Please provide the data held on:\next. 7020 / Anna Bergström\n"
            "ext. 7024 / Lars-Göran Ek\nCustomer no. 20561.")
    assert subjects(body, "access") == (
        DataSubject("Anna Bergström", "7020"), DataSubject("Lars-Göran Ek", "7024"),
    )


def test_a_sign_off_of_first_name_and_firm_is_no_employee() -> None:
    body = "Slet venligst Mads Holt, lokal 260 – han er stoppet.\n\nHenrik / Telepartner Nord"
    assert subjects(body, sender="Henrik Lau") == (DataSubject("Mads Holt", "260"),)


def test_a_colleague_who_stays_is_left_out_and_the_one_to_erase_kept() -> None:
    quoted = ("Fra: Rikke Schmidt\nSendt: 19. marts 2026\nEmne: Fratrædelser\n\n"
              "Peter Lind (920) og Anders Friis (921) stopper med udgangen af måneden, kan du "
              "få dem slettet?\n")
    body = ("Kun Peter Lind (lok 920) skal slettes – Anders Friis fra tråden nedenfor bliver "
            "alligevel i firmaet.")
    assert subjects(body, quoted=quoted, subject="VS: Fratrædelser") == (
        DataSubject("Peter Lind", "920"),
    )


def test_a_name_turned_round_in_prose_before_fra() -> None:
    body = "Kunden vil gerne have indsigt for Hansen, Jens fra deres salgsafdeling."
    assert subjects(body, "access") == (DataSubject("Jens Hansen", None),)


def test_a_place_and_a_first_name_in_prose_are_no_name_turned_round() -> None:
    body = "Hej Anders, Jens fra salg er stoppet, men han havde ingen telefon hos jer."
    assert subjects(body) == (DataSubject(None, None),)


def test_an_english_newsletter_with_one_danish_word_is_english() -> None:
    text = ("Maritime IT Weekly – week 11\nCyber security om bord: 5 tips for ship owners\n"
            "Unsubscribe")
    assert detect_language(text) == "en"
