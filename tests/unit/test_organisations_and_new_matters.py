"""Beliefs, parties and unions in an organisation's name, a deletion told as done in
quoted history, a new matter written in an old thread, a reply's subject that does not
outweigh its new text, uncertain numbers, lower-case names beside a numbered list, and
the other forms six blind sets (DX to EC: churches, NGOs and parties; law firms; gyms
and salons; hauliers; call centres; a trainee's month) brought, each with cases of our
own."""

from __future__ import annotations

import pytest

from intake.followups import respelt
from parsers.history import quoted_authors
from parsers.kinds import classify_kind
from parsers.model import DataSubject
from tests.reading import categories, subjects


@pytest.mark.parametrize("text", [
    "Socialdemokratiet Aalborg Øst (partikontoret) har bedt om sletning af Jens Hansen.",
    "The Catholic Diocese Office in Copenhagen asks for access for Thomas van der Berg.",
    "Vores kunde Aarhus Baptistmenighed skifter operatør.",
    "Baptistkirken i Rønne har bedt os få slettet en medarbejder.",
    "Faktura 2026-0413 til kunden Indre Mission Sønderborg ser forkert ud.",
    "Enhedslisten Nørrebro (afdelingskontoret) vil have slettet Ole Bjørn Madsen, lok 27.",
    "the data you hold on Sean O'Brien (ext. 316) at our customer Irish Catholic Chaplaincy",
])
def test_a_belief_party_or_union_in_an_organisation_s_name_is_no_one_s_data(text: str) -> None:
    assert not categories(text) & {"religion", "politics", "trade_union"}


@pytest.mark.parametrize("text, category", [
    ("Han er stoppet for at stille op for Dansk Folkeparti til regionsrådsvalget.", "politics"),
    ("Jytte er stoppet for at rejse ud som missionær for Pinsekirken.", "religion"),
    ("Hun er fratrådt for at arbejde for Indre Mission og skal anonymiseres.", "religion"),
    ("Han er byrådsmedlem for Enhedslisten og har oplevet chikane.", "politics"),
    ("Emil stopper fordi han er blevet valgt for Venstre i kommunalbestyrelsen.", "politics"),
    ("Han er aktiv hos Socialdemokratiet.", "politics"),
    ("Hun er medlem af Enhedslisten Nørrebro.", "politics"),
])
def test_a_belief_or_party_said_of_a_person_stays_sensitive(text: str, category: str) -> None:
    assert category in categories(text)


def test_a_danish_personal_id_is_a_cpr_number() -> None:
    assert "cpr" in categories("In case you need to verify her, her Danish personal ID is "
                               "0202984123.")


def test_gmail_s_danish_attribution_names_the_quoted_author() -> None:
    quoted = ("Den ons. 11. mar. 2026 kl. 08.12 skrev Helle Juhl <helle@folkehjaelp-fyn.dk>:\n"
              "> Hej")
    assert quoted_authors(quoted) == ("Helle Juhl",)


def test_a_deletion_told_as_done_in_quoted_history_is_no_request() -> None:
    quoted = ("Den ons. 11. mar. 2026 kl. 08.12 skrev Helle Juhl <helle@folkehjaelp-fyn.dk>:\n"
              "> Rasmus Holt (lokal 508) har bedt om at få at vide hvad der er registreret om "
              "ham. Kan I hjælpe?\n> Vi fik jo sidste år slettet Eva Brandt gennem jer, det gik "
              "fint.\n>\n> Helle Juhl\n> Folkehjælp Fyn\n")
    body = "Kan I sende indsigt for Rasmus Holt jf. nedenstående?"
    assert subjects(body, "access", quoted=quoted, subject="Fwd: Indsigt Rasmus") == (
        DataSubject("Rasmus Holt", "508"),
    )


def test_a_new_matter_in_an_old_thread_takes_neither_its_subject_nor_its_kind() -> None:
    subject = "SV: Indsigt - Karsten Mølgaard lokal 5502"
    quoted = ("Fra: Sofie Lund\nSendt: 4. februar 2026\n"
              "Emne: Indsigt - Karsten Mølgaard lokal 5502\n")
    body = ("Ny sag – undskyld, jeg svarer lige i den gamle tråd. Kan I slette Ole Bendtsen, "
            "lok 77? Han er stoppet.")
    assert classify_kind(subject, body, quoted) == "erasure"
    assert subjects(body, "erasure", quoted=quoted, subject=subject) == (
        DataSubject("Ole Bendtsen", "77"),
    )


def test_a_reply_s_subject_about_an_invoice_does_not_outweigh_its_request() -> None:
    body = "Apropos – Karina Lund, lok 915 hos Padborg Transport, er stoppet og skal slettes."
    assert classify_kind("Re: Faktura februar", body, "") == "erasure"


def test_emptying_a_voicemail_box_first_asks_for_no_voicemails() -> None:
    body = ("Herunder chauffører som er stoppet. Slet dem venligst.\nLene Krarup, lokal 807\n"
            "Lene har bedt om at hendes voicemail tømmes først.")
    assert classify_kind("Stoppede chauffører", body, "") == "erasure"


def test_one_number_or_another_is_not_known() -> None:
    body = ("Slet venligst:\n• Ali Reza Mohammadi – 1402\n• Liselotte de Neergaard – hun havde "
            "lokal 1403 eller 1404, jeg er ikke sikker\n")
    assert subjects(body) == (
        DataSubject("Ali Reza Mohammadi", "1402"), DataSubject("Liselotte de Neergaard", None),
    )


def test_a_lower_case_name_and_a_number_before_a_remark() -> None:
    body = "hej. slet venligst: ole jensen 245, peter sørensen 246 (Hedensted Taxi). tak"
    assert subjects(body) == (
        DataSubject("ole jensen", "245"), DataSubject("peter sørensen", "246"),
    )


def test_a_lower_case_name_on_a_bullet_beside_numbered_bullets() -> None:
    body = ("Indsigt for følgende hos Holstebro Fliser:\n- lars ebbesen\n"
            "- Zeynep Demir-Kaya (303)\n- Peter Møller lok 301\n")
    assert subjects(body, "access") == (
        DataSubject("lars ebbesen", None), DataSubject("Zeynep Demir-Kaya", "303"),
        DataSubject("Peter Møller", "301"),
    )


@pytest.mark.parametrize("body, name", [
    ("Kunden beder om sletning af mette frost, lokalnr: 0077. Hun er stoppet.", "mette frost"),
    ("de vil gerne have de optagede samtaler for lars-erik mølgaard, lok.nr. 7731 udleveret",
     "lars-erik mølgaard"),
])
def test_lower_case_names_before_their_number(body: str, name: str) -> None:
    assert [s.full_name for s in subjects(body, "portability")] == [name]


def test_a_table_cell_with_its_cue_and_a_colon() -> None:
    body = "Navn | Lokalnr | Mobil\nThi Lan Nguyen | lokalnr: 0412 | +45 28 91 04 12\n"
    assert subjects(body, "portability") == (DataSubject("Thi Lan Nguyen", "0412"),)


def test_a_sentence_ends_at_a_line_break_after_its_full_stop() -> None:
    body = ("Kan I rette navnet? Camilla Berg hedder nu Camilla Berg Mortensen, lokalnr: 0412.\n"
            "Hun er lige kommet tilbage, så det skal være rettet inden hun starter på mandag.")
    assert subjects(body, "rectification") == (DataSubject("Camilla Berg Mortensen", "0412"),)


@pytest.mark.parametrize("business", ["Pulse Gym", "Black Anchor Tattoo", "Glamour Negle",
                                      "Kræftens Bekæmpelse", "Folkehjælp Fyn"])
def test_gyms_salons_and_associations_are_no_employee(business: str) -> None:
    body = f"{business} har bedt om indsigt for Signe Kjær, lokal 5101."
    assert subjects(body, "access") == (DataSubject("Signe Kjær", "5101"),)


def test_a_street_with_its_number_is_no_employee() -> None:
    body = ("Adressen på Line Bach, intern 44, er forkert. Ny adresse: Lyngby Hovedgade 50, "
            "2800 Kgs. Lyngby.")
    assert subjects(body, "rectification") == (DataSubject("Line Bach", "44"),)


def test_a_tattooist_title_is_no_part_of_the_name() -> None:
    body = "Tatovøren Emil Kragh Bach, lokal 31, er stoppet og skal slettes."
    assert subjects(body) == (DataSubject("Emil Kragh Bach", "31"),)


def test_a_follow_up_spelling_a_surname_right_is_the_ticket_s_employee() -> None:
    assert respelt(DataSubject("Maria Gonzales", None), DataSubject("Maria González Ruiz", "7731"))
    assert not respelt(DataSubject("Maria Holm", "12"), DataSubject("Maria Berg", "13"))
    assert not respelt(DataSubject("Anna Holm", None), DataSubject("Anna Berg", None))
