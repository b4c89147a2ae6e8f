"""The decision step: an ordered table of small named rules, first match wins.

Pure: it sees only the parsed mail and what the shell looked up about the sender
and the thread, and returns a `Decision`. A new policy is a new row and a test.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from parsers.headers import RECALL_PREFIX
from parsers.model import PERSON_KINDS, Action, Decision, ParsedMail, SenderContext


@dataclass(frozen=True, slots=True)
class Situation:
    """Everything a rule may look at."""

    mail: ParsedMail
    sender: SenderContext
    followup_ticket: str | None  # reference of the ticket this mail continues


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    applies: Callable[[Situation], bool]
    action: Action


def _is_automated(situation: Situation) -> bool:
    return situation.mail.automated is not None


def _is_own_reply(situation: Situation) -> bool:
    return situation.mail.is_own_reply


def _is_from_own_mailbox(situation: Situation) -> bool:
    return situation.sender.is_own_address


def _has_no_sender(situation: Situation) -> bool:
    return not situation.mail.from_address


def _continues_ticket(situation: Situation) -> bool:
    return situation.followup_ticket is not None


def _unknown_sender_in_thread(situation: Situation) -> bool:
    """An address no reseller registered, writing into a ticket's thread (a private
    Gmail, the employee, a lawyer's chaser): it is told where requests must come from
    and may not change the ticket; support sees the link on its own flagged ticket."""
    return _continues_ticket(situation) and _is_unknown_sender(situation)


def _is_recall(situation: Situation) -> bool:
    """A mail program's recall of an earlier mail that belongs to no ticket: recorded
    for a person, never answered (the recalled mail is answered, or not, by itself)."""
    return RECALL_PREFIX.match(situation.mail.subject or "") is not None


def _is_unknown_sender(situation: Situation) -> bool:
    return not situation.sender.is_known


def _lacks_identification(situation: Situation) -> bool:
    mail = situation.mail
    return mail.kind in PERSON_KINDS and bool(mail.missing)


def _always(_situation: Situation) -> bool:
    return True


RULES: tuple[Rule, ...] = (
    Rule("automated_mail", _is_automated, "no_reply"),
    Rule("own_reply", _is_own_reply, "no_reply"),
    Rule("from_own_mailbox", _is_from_own_mailbox, "no_reply"),
    Rule("no_sender_address", _has_no_sender, "no_reply"),
    Rule("unknown_sender_in_thread", _unknown_sender_in_thread, "redirect_unknown_sender"),
    Rule("continues_ticket", _continues_ticket, "attach_to_ticket"),
    Rule("recalled_mail", _is_recall, "no_reply"),
    Rule("unknown_sender", _is_unknown_sender, "redirect_unknown_sender"),
    Rule("identification_missing", _lacks_identification, "ask_for_missing"),
    Rule("request_understood", _always, "acknowledge"),
)

# Actions that open a ticket, and actions that answer the sender.
OPENS_TICKET: frozenset[Action] = frozenset(
    {"acknowledge", "ask_for_missing", "redirect_unknown_sender"}
)
SENDS_REPLY: frozenset[Action] = frozenset(
    {"acknowledge", "ask_for_missing", "redirect_unknown_sender"}
)


def decide(mail: ParsedMail, sender: SenderContext, followup_ticket: str | None) -> Decision:
    """Run the rule table over one mail; the first rule that applies decides."""
    situation = Situation(mail, sender, followup_ticket)
    rule = next(rule for rule in RULES if rule.applies(situation))
    action = rule.action
    return Decision(
        action=action,
        rule=rule.name,
        opens_ticket=action in OPENS_TICKET,
        sends_reply=action in SENDS_REPLY
        and not sender.is_rate_limited
        and not is_unreadable(mail),
        needs_person=_needs_person(mail, action),
    )


def is_unreadable(mail: ParsedMail) -> bool:
    """The parsers failed on it: a person reads the original before anyone answers."""
    return any(problem.startswith("parsing failed") for problem in mail.problems)


def _needs_person(mail: ParsedMail, action: Action) -> bool:
    """Flag for support: anything not understood, and every follow-up to read."""
    if action == "no_reply":
        return bool(mail.problems)
    return bool(mail.problems) or action == "attach_to_ticket" or mail.kind == "other"
