"""The decision table: one case per rule, and the order between them."""

from __future__ import annotations

import dataclasses

import pytest

from parsers.decide import RULES, decide
from parsers.model import Automation, DataSubject, ParsedMail, SenderContext

KNOWN = SenderContext(is_known=True, reseller_id="R001", is_own_address=False,
                      is_rate_limited=False)


def parsed(**changes: object) -> ParsedMail:
    base = ParsedMail(
        message_id="<a@b>", in_reply_to=(), references=(), from_name="Mette",
        from_address="mette@nordtele.dk", reply_to="", to=(), cc=(), date=None,
        subject="Sletning", new_text="Slet Jens Holm, lokal 233", signature="", quoted_text="",
        attachments=(), automated=None, is_own_reply=False, language="da", kind="erasure",
        data_subjects=(DataSubject("Jens Holm", "233"),), missing=(), sensitive=(),
        ticket_refs=(), problems=(), sha256="0" * 64,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_complete_request_from_known_reseller_is_acknowledged() -> None:
    decision = decide(parsed(), KNOWN, None)
    assert (decision.action, decision.opens_ticket, decision.sends_reply) == (
        "acknowledge", True, True)


def test_missing_extension_asks_for_it() -> None:
    mail = parsed(data_subjects=(DataSubject("Jens Holm", None),), missing=("extension",))
    assert decide(mail, KNOWN, None).action == "ask_for_missing"


def test_missing_fields_do_not_matter_for_newsletter_opt_out() -> None:
    mail = parsed(kind="marketing_optout", data_subjects=(), missing=("extension",))
    assert decide(mail, KNOWN, None).action == "acknowledge"


def test_unknown_sender_is_redirected_even_when_details_are_missing() -> None:
    stranger = dataclasses.replace(KNOWN, is_known=False, reseller_id=None)
    mail = parsed(missing=("extension",))
    decision = decide(mail, stranger, None)
    assert (decision.action, decision.opens_ticket, decision.sends_reply) == (
        "redirect_unknown_sender", True, True)


@pytest.mark.parametrize("kind", ["auto_reply", "bounce", "bulk"])
def test_automated_mail_is_never_answered(kind: str) -> None:
    mail = parsed(automated=Automation(kind, "test"))  # type: ignore[arg-type]
    decision = decide(mail, KNOWN, "GDPR-2026-000001")
    assert (decision.action, decision.opens_ticket, decision.sends_reply) == (
        "no_reply", False, False)


def test_our_own_reply_and_our_own_mailbox_are_never_answered() -> None:
    assert decide(parsed(is_own_reply=True), KNOWN, None).rule == "own_reply"
    own = dataclasses.replace(KNOWN, is_own_address=True)
    assert decide(parsed(), own, None).action == "no_reply"


def test_follow_up_attaches_and_flags_for_a_person() -> None:
    decision = decide(parsed(), KNOWN, "GDPR-2026-000007")
    assert (decision.action, decision.opens_ticket, decision.sends_reply,
            decision.needs_person) == ("attach_to_ticket", False, False, True)


def test_an_unknown_sender_writing_into_a_thread_is_redirected() -> None:
    stranger = dataclasses.replace(KNOWN, is_known=False, reseller_id=None)
    decision = decide(parsed(), stranger, "GDPR-2026-000007")
    assert (decision.action, decision.rule, decision.opens_ticket) == (
        "redirect_unknown_sender", "unknown_sender_in_thread", True)


def test_rate_limit_keeps_the_ticket_but_sends_nothing() -> None:
    limited = dataclasses.replace(KNOWN, is_rate_limited=True)
    decision = decide(parsed(), limited, None)
    assert (decision.action, decision.opens_ticket, decision.sends_reply) == (
        "acknowledge", True, False)


def test_mail_the_parsers_failed_on_opens_a_flagged_ticket_without_reply() -> None:
    mail = parsed(kind="other", problems=("parsing failed: ValueError",))
    decision = decide(mail, KNOWN, None)
    assert decision.opens_ticket and decision.needs_person and not decision.sends_reply


def test_every_rule_name_is_unique_and_the_last_rule_always_applies() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert RULES[-1].name == "request_understood"


@pytest.mark.parametrize("subject", ["Tilbagekald: Sletning af lokal 214", "Recall: Erasure"])
def test_a_recall_joins_its_ticket_or_is_recorded_unanswered(subject: str) -> None:
    recall = parsed(subject=subject, new_text="Anders vil gerne tilbagekalde meddelelsen.")
    assert decide(recall, KNOWN, "GDPR-2026-000001").action == "attach_to_ticket"
    decision = decide(recall, KNOWN, None)
    assert (decision.action, decision.opens_ticket, decision.sends_reply) == (
        "no_reply", False, False)
