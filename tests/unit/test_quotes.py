"""Quote and signature split: hand-written cases, real reply fixtures, dev corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parsers.mime import decode_mail
from parsers.quotes import split_text

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
REAL = CORPUS / "real"
DEV = CORPUS / "dev"


def test_outlook_danish_header_block() -> None:
    body = (
        "Hej\n\nLokalnummeret er 3319.\n\nMed venlig hilsen\nNiels\n\n"
        "________________________________\nFra: Flexfone <persondata@flexfone.dk>\n"
        "Sendt: 5. marts 2026 14:09\nTil: Niels\nEmne: Kvittering\n\nKære Niels"
    )
    parts = split_text(body)
    assert parts.new == "Hej\n\nLokalnummeret er 3319."
    assert parts.signature == "Med venlig hilsen\nNiels"
    assert parts.quoted.startswith("________________________________\nFra: Flexfone")


@pytest.mark.parametrize(
    "marker",
    [
        "-----Original Message-----",
        "-----Oprindelig meddelelse-----",
        "-------- Oprindelig besked --------",
        "---------- Forwarded message ---------",
        "---------- Videresendt meddelelse ----------",
        "Begin forwarded message:",
        "Start på videresendt besked:",
    ],
)
def test_separators_open_history(marker: str) -> None:
    parts = split_text(f"Se nedenfor.\n\n{marker}\nFrom: a@b.dk\nSlet Jens.")
    assert parts.new == "Se nedenfor."
    assert parts.quoted.startswith(marker)


@pytest.mark.parametrize(
    "attribution",
    [
        "Den man. 2. mar. 2026 kl. 10.00 skrev Jens Hansen <jens@example.dk>:",
        "On Mon, Mar 2, 2026 at 10:00 AM Jens Hansen <jens@example.dk> wrote:",
        "On Mon, Mar 2, 2026 at 10:00 AM Jens Hansen <\njens@example.dk> wrote:",
        "Den 2. mar. 2026 kl. 10.00 skrev Jens Hansen\n<jens@example.dk>:",
        "Am 02.03.2026 um 10:00 schrieb Jens Hansen <jens@example.dk>:",
    ],
)
def test_attribution_lines(attribution: str) -> None:
    parts = split_text(f"Tak, det er 412.\n\n{attribution}\n\n> Hvad er lokalnummeret?\n")
    assert parts.new == "Tak, det er 412."
    assert parts.quoted.startswith(attribution.split("\n")[0])
    assert parts.quoted.endswith("> Hvad er lokalnummeret?")


def test_attribution_without_quote_marks_takes_the_rest() -> None:
    parts = split_text("Svar.\n\nOn Nov 26, 2013 Bo <bo@x.dk> wrote:\n\nOld text.\n")
    assert (parts.new, parts.quoted) == (
        "Svar.",
        "On Nov 26, 2013 Bo <bo@x.dk> wrote:\n\nOld text.",
    )


def test_sentence_with_wrote_is_not_history() -> None:
    body = "I wrote to you last week about this:\n\nJens Holm, ext. 233\n"
    assert split_text(body).new == body.strip()


def test_inline_reply_keeps_own_answers() -> None:
    body = "On Mon, 2 Mar 2026, Bo <bo@x.dk> wrote:\n> Name?\nJens Holm\n> Extension?\n233\n"
    parts = split_text(body)
    assert parts.new == "Jens Holm\n233"
    assert parts.quoted == "On Mon, 2 Mar 2026, Bo <bo@x.dk> wrote:\n> Name?\n> Extension?"


def test_period_from_to_is_not_a_header_block() -> None:
    body = "Periode:\nFra: 1. marts\nTil: 31. marts\n\nSlet Jens Holm, lokal 233."
    assert split_text(body).new == body


@pytest.mark.parametrize(
    ("body", "new", "signature"),
    [
        ("Slet Jens, lokal 233.\n\nMvh\nBo", "Slet Jens, lokal 233.", "Mvh\nBo"),
        (
            "Slet Jens, lokal 233.\n\nMed venlig hilsen Bo Holm\nNordTele",
            "Slet Jens, lokal 233.",
            "Med venlig hilsen Bo Holm\nNordTele",
        ),
        ("Please delete Jens.\n\nBest regards,\nBo", "Please delete Jens.", "Best regards,\nBo"),
        ("Please delete Jens.\n-- \nBo\nNordTele", "Please delete Jens.", "-- \nBo\nNordTele"),
        ("Slet Jens.\n\nSendt fra min iPhone", "Slet Jens.", "Sendt fra min iPhone"),
        ("Delete Jens.\n\nSent from my iPhone", "Delete Jens.", "Sent from my iPhone"),
        (
            "Slet Jens.\n\nDenne e-mail kan indeholde fortrolige oplysninger.",
            "Slet Jens.",
            "Denne e-mail kan indeholde fortrolige oplysninger.",
        ),
        (
            "Delete Jens.\n\nThis e-mail may contain confidential information.",
            "Delete Jens.",
            "This e-mail may contain confidential information.",
        ),
    ],
)
def test_signatures(body: str, new: str, signature: str) -> None:
    parts = split_text(body)
    assert (parts.new, parts.signature) == (new, signature)


def test_signoff_right_after_greeting_does_not_eat_request() -> None:
    body = "Hej\n\nTak!\n\nSlet venligst Jens Holm, lokal 233.\n"
    assert split_text(body).new == body.strip()


def test_thanks_before_long_request_is_not_a_signature() -> None:
    body = "Fint.\nThanks\nPlease delete:\nJens, 233\nLise, 240\nBo, 241\nOle, 242\nKim, 243\n"
    assert split_text(body).signature == ""


def test_last_signoff_wins() -> None:
    parts = split_text("Slet Jens.\n\nPå forhånd tak.\n\nMed venlig hilsen\nBo")
    assert parts.new == "Slet Jens.\n\nPå forhånd tak."


def test_disclaimer_below_signoff_belongs_to_signature() -> None:
    body = "Slet Jens.\n\nMvh\nBo\n\n" + "Denne e-mail kan indeholde fortrolige oplysninger. " * 5
    parts = split_text(body)
    assert parts.new == "Slet Jens."
    assert parts.signature.startswith("Mvh\nBo\n\nDenne e-mail")


def test_empty_and_odd_input() -> None:
    assert split_text("") == split_text("\n\n")
    assert split_text("> only quoted").new == ""
    assert split_text("a\r\nb\rc").new == "a\nb\nc"


REPLY_FOLDERS = (
    "talon",
    "github-email_reply_parser",
    "crisp-email-reply-parser",
    "alfonsrv-mail-parser-reply",
)


def _reply_files() -> list[Path]:
    files: list[Path] = []
    for folder in REPLY_FOLDERS:
        if (REAL / folder).is_dir():
            files.extend(sorted(p for p in (REAL / folder).rglob("*") if p.is_file()))
    return files


@pytest.mark.skipif(not REAL.is_dir(), reason="real corpus not present")
def test_reply_fixtures_split_without_losing_text() -> None:
    for path in _reply_files():
        raw = path.read_bytes()
        body = decode_mail(raw).body if path.suffix == ".eml" else raw.decode("utf-8", "replace")
        parts = split_text(body)
        kept = len(parts.new) + len(parts.signature) + len(parts.quoted)
        assert kept <= len(body) + 2, path


@pytest.mark.skipif(not REAL.is_dir(), reason="real corpus not present")
@pytest.mark.parametrize(
    ("name", "new_end", "quoted_start"),
    [
        ("alfonsrv-mail-parser-reply/email_danish_1.txt", "Det lyder godt.", "Den 24. nov. 2025"),
        (
            "crisp-email-reply-parser/email_danish_dash_separator.txt",
            "nibh.",
            "-------- Oprindelig",
        ),
        ("crisp-email-reply-parser/email_norwegian_gmail.txt", "nibh.", "tir. 18. apr. 2017"),
        ("crisp-email-reply-parser/email_german_outlook.txt", "nibh.", "-----Ursprüngliche"),
        ("github-email_reply_parser/pathological.txt", "computer.", "On Dec 8, 2013"),
        (
            "crisp-email-reply-parser/email_tricky_12_no_space_after_header.txt",
            "nibh.",
            "On Dec 15",
        ),
        ("crisp-email-reply-parser/email_outlook_split_line_from.txt", "nibh.", "From: Human"),
    ],
)
def test_known_reply_fixtures(name: str, new_end: str, quoted_start: str) -> None:
    parts = split_text((REAL / name).read_text(encoding="utf-8", errors="replace"))
    assert parts.new.endswith(new_end)
    assert parts.quoted.startswith(quoted_start)


@pytest.mark.skipif(not DEV.is_dir(), reason="dev corpus not present")
def test_dev_corpus_requests_stay_in_new_text() -> None:
    """In first mails every labelled employee stays in the new text (or signature)."""
    lost = []
    for line in (DEV / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        if label["automated"] or label["followup_of"]:
            continue
        parts = split_text(decode_mail((DEV / label["file"]).read_bytes()).body)
        for subject in label["subjects"]:
            if subject["extension"] and subject["extension"] not in parts.new:
                lost.append((label["file"], subject["extension"]))
            if subject["full_name"] and subject["full_name"] not in parts.new + parts.signature:
                lost.append((label["file"], subject["full_name"]))
    assert lost == []
