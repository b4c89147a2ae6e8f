"""Automated-mail detection: one fixture per edge case, and the whole dev corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parsers.automated import RULES, Rule, detect_automation, is_own_reply
from parsers.mime import decode_mail
from parsers.model import MailText

DATA = Path(__file__).resolve().parents[1] / "data" / "automated"
DEV = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "dev"

EXPECTED = {
    "outlook_automatic_reply_subject_only.eml": "auto_reply",
    "sieve_vacation_auto_submitted.eml": "auto_reply",
    "x_autoreply_header.eml": "auto_reply",
    "exchange_inbox_rule_reply.eml": "auto_reply",
    "person_mail_forwarded_by_inbox_rule.eml": None,
    "ticket_receipt_subject_danish.eml": "auto_reply",
    "ticket_receipt_subject_english.eml": "auto_reply",
    "headerless_out_of_office_english.eml": "auto_reply",
    "headerless_vacation_danish.eml": "auto_reply",
    "person_mentions_vacation.eml": None,
    "person_reply_mentions_vacation_late.eml": None,
    "person_with_auto_response_suppress.eml": None,
    "person_via_helpdesk_with_lone_list_id.eml": None,
    "person_auto_submitted_no.eml": None,
    "person_reply_from_crm_with_list_unsubscribe.eml": None,
    "mailer_daemon_plain_text.eml": "bounce",
    "exchange_ndr_danish_subject.eml": "bounce",
    "x_failed_recipients.eml": "bounce",
    "delivery_status_report_delayed.eml": "bounce",
    "read_receipt_disposition_notification.eml": "auto_reply",
    "newsletter_precedence_bulk.eml": "bulk",
    "mailing_list_post.eml": "bulk",
    "list_unsubscribe_marketing.eml": "bulk",
    "newsletter_sender_address.eml": "bulk",
    "noreply_sender_with_unsubscribe.eml": "bulk",
    "own_reply_with_ticket_header.eml": "auto_reply",
}


def load(name: str) -> MailText:
    return decode_mail((DATA / name).read_bytes())


def test_every_fixture_has_an_expectation() -> None:
    assert sorted(path.name for path in DATA.glob("*.eml")) == sorted(EXPECTED)


@pytest.mark.parametrize(("name", "kind"), sorted(EXPECTED.items()))
def test_fixture_kind(name: str, kind: str | None) -> None:
    found = detect_automation(load(name))
    assert (found.kind if found else None) == kind, found


def test_reason_names_the_rule() -> None:
    found = detect_automation(load("sieve_vacation_auto_submitted.eml"))
    assert found is not None
    assert found.reason.startswith("auto_replied: header auto-submitted")


def test_rules_have_unique_names() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))


def test_custom_rule_table_is_used() -> None:
    rules = (Rule("always", "bulk", lambda mail: "yes"),)
    found = detect_automation(load("person_auto_submitted_no.eml"), rules)
    assert found is not None and found.kind == "bulk"


def test_failing_rule_is_skipped() -> None:
    def broken(mail: MailText) -> str | None:
        raise RuntimeError("boom")

    rules = (Rule("broken", "bounce", broken), *RULES)
    assert detect_automation(load("person_auto_submitted_no.eml"), rules) is None


def test_empty_mail_is_not_automated() -> None:
    assert detect_automation(decode_mail(b"")) is None


def test_is_own_reply() -> None:
    assert is_own_reply(load("own_reply_with_ticket_header.eml"))
    assert not is_own_reply(load("person_auto_submitted_no.eml"))
    assert is_own_reply(load("sieve_vacation_auto_submitted.eml"), "auto-submitted")


@pytest.mark.skipif(not DEV.is_dir(), reason="dev corpus not present")
def test_dev_corpus_labels_match() -> None:
    wrong = []
    for line in (DEV / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        found = detect_automation(decode_mail((DEV / label["file"]).read_bytes()))
        if (found.kind if found else None) != label["automated"]:
            wrong.append((label["file"], label["automated"], found))
    assert wrong == []


def test_list_id_with_subscription_footer_is_bulk() -> None:
    raw = (
        b"From: Events <events@example.org>\r\nTo: persondata@flexfone.dk\r\n"
        b"Subject: Seminar om telefoni\r\nList-Id: <events.example.org>\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Kom til vores seminar.\r\n\r\nDu modtager denne mail, fordi du har tilmeldt dig.\r\n"
    )
    found = detect_automation(decode_mail(raw))
    assert found is not None and found.kind == "bulk"


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Frånvarande / Out of office", "auto_reply"),
        ("Out of office", "auto_reply"),
        ("Fraværende", "auto_reply"),
        ("Fravær / sygemelding af medarbejder", None),
        ("Out of office hours support", None),
    ],
)
def test_away_subject_without_colon(subject: str, expected: str | None) -> None:
    raw = (f"From: A B <ab@example.com>\r\nTo: persondata@flexfone.dk\r\nSubject: {subject}\r\n"
           "Message-ID: <x@example.com>\r\n\r\nHej\r\n").encode()
    found = detect_automation(decode_mail(raw))
    assert (found.kind if found else None) == expected
