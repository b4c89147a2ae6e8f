"""Several requests in one mail: each its own kind and employees (parsers/requests.py),
and Markdown's marks read past (parsers/markdown.py). Cases written for the rules,
beside the held-out sets that prompted them."""

from __future__ import annotations

from parsers.mail import parse_mail
from parsers.markdown import plain_markdown
from parsers.model import DataSubject
from parsers.requests import request_blocks, split_requests
from tests.reading import plain_mail

Pairs = list[tuple[str | None, str | None]]


def requests_of(body: str, subject: str = "GDPR") -> list[tuple[str | None, Pairs]]:
    """(kind, employees) of the mail's own request and each further one, in order."""
    parsed = parse_mail(plain_mail(subject, body))
    own = (parsed.kind, [(s.full_name, s.extension) for s in parsed.data_subjects])
    return [own, *((r.kind, [(s.full_name, s.extension) for s in r.data_subjects])
                   for r in parsed.further_requests)]


def test_numbered_requests_of_two_kinds_are_two_requests() -> None:
    body = ("Hej\n\nTo sager fra Silkeborg Tag:\n\n"
            "1. Jens Peter Holm, lokal 214, er fratrådt. Han skal slettes.\n"
            "2. Mette Lund, lokal 233, vil gerne have indsigt i hvilke data I har om hende.\n\n"
            "Mvh\nLars")
    assert requests_of(body) == [("erasure", [("Jens Peter Holm", "214")]),
                                 ("access", [("Mette Lund", "233")])]


def test_paragraphs_in_english_and_a_rename_with_its_new_name() -> None:
    body = ("Hi,\n\nPlease correct the name on ext. 4415 from \"Jon Smith\" to Jonathan "
            "Smythe-Brown.\n\nPriya Natarajan (ext. 4420) has left - please remove her.\n\n"
            "Cheers,\nRachel")
    assert requests_of(body) == [("rectification", [("Jonathan Smythe-Brown", "4415")]),
                                 ("erasure", [("Priya Natarajan", "4420")])]


def test_an_opt_out_first_and_a_request_for_an_employee_after_it() -> None:
    body = ("Hej\n\nVi vil gerne afmeldes jeres nyhedsbrev og tilbudsmails.\n\n"
            "Og så skal Knud Erik Sønderby (lokal 91) hos Varde Tømrer slettes.\n\nHilsen\nTina")
    assert requests_of(body) == [("marketing_optout", []),
                                 ("erasure", [("Knud Erik Sønderby", "91")])]


def test_two_steps_for_one_employee_are_one_request() -> None:
    body = ("Hej\n\n1. Hent voicemails og optagede samtaler ud for Lone Bisgaard (lokal 15).\n"
            "2. Når det er gjort, skal Lone slettes – hun er stoppet.\n\nMvh\nHenrik")
    assert requests_of(body) == [("portability", [("Lone Bisgaard", "15")])]


def test_a_second_list_of_the_same_kind_stays_one_request() -> None:
    body = ("Hej\n\nSlet venligst Jens Holm, lokal 214.\n\n"
            "Bo Ravn på lokal 74 skal også slettes, han er stoppet.\n\nMvh\nLars")
    assert requests_of(body) == [("erasure", [("Jens Holm", "214"), ("Bo Ravn", "74")])]


def test_a_sender_putting_right_their_own_slip_asks_for_no_rectification() -> None:
    body = ("Hi,\n\nPlease delete the following users at Trondheim Seafood:\n\n"
            "Bjørn Haldorsen ext:4471\nIngrid Solberg ext:4472\n\n"
            "P.S. sorry, I misspelled the first one - it is Bjørn Halvorsen, not Haldorsen.")
    assert [kind for kind, _ in requests_of(body)] == ["erasure"]


def test_words_of_a_request_for_nobody_named_open_no_request() -> None:
    body = ("Kære Flexfone\n\nVores kontaktperson hos Faaborg Vin har bedt os om at rette "
            "henvendelse til jer.\n\nDet drejer sig om Klaus von Holstein, lok 87, som skal "
            "slettes.\n\nMvh\nOle")
    assert requests_of(body) == [("erasure", [("Klaus von Holstein", "87")])]


def test_one_block_or_one_kind_splits_nothing() -> None:
    assert split_requests("Slet Jens Holm, lokal 214.", "Ib Sand", "erasure",
                          (DataSubject("Jens Holm", "214"),)) == ()
    assert split_requests("Faktura 2211 er betalt.\n\nTak.", "Ib Sand", "other", ()) == ()


def test_blocks_are_paragraphs_and_list_points() -> None:
    assert request_blocks("Hej\n\n- a\n- b\n\nMvh") == ["Hej", "- a\n", "- b", "Mvh"]


def test_markdown_marks_are_read_past_and_struck_text_is_blank() -> None:
    assert plain_markdown("**Navn:** Jens Hansen\n**Lokal:** `214`") == (
        "Navn: Jens Hansen\nLokal: 214")
    assert plain_markdown("## Anmodning\n- [ ] slet lokal 214\n- [x] *fjern* navnet") == (
        "Anmodning\n- slet lokal 214\n- fjern navnet")
    assert plain_markdown("~~Jonas Brix – lokal 5507~~ (slettet)").strip() == "(slettet)"
    assert plain_markdown("5 * 3 = 15, a*b") == "5 * 3 = 15, a*b"


def test_employees_in_a_markdown_list_keep_their_extensions() -> None:
    body = ("Hej\n\nKan I anonymisere dem?\n\n🔹 **Rasmus Kirkegaard Bang** – lokal `401`\n"
            "- [x] ~~Jonas Brix – lokal 5507~~ (allerede slettet)\n"
            "🔹 **Lærke Søndergaard** – lokal `402`\n\nTak\nSigne")
    assert requests_of(body) == [("erasure", [("Rasmus Kirkegaard Bang", "401"),
                                              ("Lærke Søndergaard", "402")])]


def test_a_forwarded_employees_own_request_takes_the_extension_they_sign_with() -> None:
    body = ("Hej Flexfone\n\nKan I håndtere nedenstående?\n\nMvh\nLars Vinther\n\n"
            "Fra: Jens Peter Madsen <jpm@bageri.dk>\nSendt: 10. marts 2025 08:41\n"
            "Til: Lars Vinther <lv@nordtel.dk>\nEmne: Sletning af mine oplysninger\n\n"
            "Hej\n\nJeg stopper med udgangen af marts og vil gerne have mine oplysninger "
            "slettet.\n\nVenlig hilsen\nJens Peter Madsen | Lokal 2231\nBageriet Jensen ApS\n")
    assert requests_of(body, "VS: Sletning af mine oplysninger") == [
        ("erasure", [("Jens Peter Madsen", "2231")])]
