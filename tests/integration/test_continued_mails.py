"""A second mail a moment later under the same subject finishes the first, through the
real pipeline on SQLite (`intake eval`): one ticket, completed, no second receipt."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.integration.test_colleague_notes import predictions
from tests.mailfactory import make_mail

WHEN = datetime(2026, 2, 3, 14, 27, tzinfo=UTC)
SENDER = "Sanne Friis <sanne.friis@netpartner.dk>"


def test_a_forgotten_extension_sent_a_minute_later_completes_the_ticket(tmp_path: Path) -> None:
    first = make_mail(sender=SENDER, subject="slet", body="slet pls mette lund hun er stoppet",
                      date=WHEN)
    second = make_mail(sender=SENDER, subject="slet", body="lok 3307 glemte det sry",
                       date=WHEN + timedelta(minutes=1))
    rows = predictions(tmp_path, {"0001.eml": first, "0002.eml": second})
    assert rows["0001.eml"]["expected_action"] == "ask_for_missing"
    assert rows["0002.eml"]["followup_of"] == "0001.eml"
    assert rows["0002.eml"]["expected_action"] == "attach_to_ticket"
    assert rows["0002.eml"]["subjects"] == [{"full_name": "mette lund", "extension": "3307"}]


def test_a_name_sent_a_minute_later_completes_the_ticket(tmp_path: Path) -> None:
    first = make_mail(sender=SENDER, subject="indsigt lok 77",
                      body="kan i lige sende indsigt for lok 77", date=WHEN)
    second = make_mail(sender=SENDER, subject="indsigt lok 77", body="= Bo Kjeldsen sry",
                       date=WHEN + timedelta(minutes=2))
    rows = predictions(tmp_path, {"0001.eml": first, "0002.eml": second})
    assert rows["0002.eml"]["followup_of"] == "0001.eml"
    assert rows["0002.eml"]["subjects"] == [{"full_name": "Bo Kjeldsen", "extension": "77"}]


def test_a_complete_new_request_under_the_same_subject_opens_its_own_ticket(
    tmp_path: Path
) -> None:
    first = make_mail(sender=SENDER, subject="Sletning",
                      body="Slet venligst Jens Holm, lokal 214.", date=WHEN)
    second = make_mail(sender=SENDER, subject="Sletning",
                       body="Slet venligst Karen Dahl, lokal 215.",
                       date=WHEN + timedelta(minutes=5))
    later = make_mail(sender=SENDER, subject="Sletning", body="lok 216",
                      date=WHEN + timedelta(hours=3))
    rows = predictions(tmp_path, {"0001.eml": first, "0002.eml": second, "0003.eml": later})
    assert rows["0002.eml"]["followup_of"] is None
    assert rows["0003.eml"]["followup_of"] is None  # hours later: not the same moment


def test_an_unregistered_address_writing_into_a_thread_is_redirected_not_attached(
    tmp_path: Path
) -> None:
    first = make_mail(sender=SENDER, subject="Sletning", message_id="<first@netpartner.dk>",
                      body="Slet venligst Jens Holm, lokal 214.\n\nMvh\nSanne", date=WHEN)
    private = make_mail(
        sender="Sanne Friis <sanne.friis77@gmail.com>", subject="Re: Sletning",
        in_reply_to="<first@netpartner.dk>", date=WHEN + timedelta(hours=1),
        body="Det skulle have været Jens Holm Berg, lokal 241.\n\nSanne",
    )
    rows = predictions(tmp_path, {"0001.eml": first, "0002.eml": private})
    # told where requests must come from, on its own flagged ticket that links the thread
    assert rows["0002.eml"]["expected_action"] == "redirect_unknown_sender"
    assert rows["0002.eml"]["followup_of"] == "0001.eml"
    assert rows["0002.eml"]["ticket"] != rows["0001.eml"]["ticket"]
    # and the reseller's ticket keeps what the reseller asked for
    assert rows["0001.eml"]["subjects"] == [{"full_name": "Jens Holm", "extension": "214"}]


def test_another_employee_a_minute_later_under_the_same_subject_opens_its_own_ticket(
    tmp_path: Path
) -> None:
    first = make_mail(sender=SENDER, subject="GDPR", date=WHEN,
                      body="Indsigt for Frederik Holst, lokal 3312.\n\nMvh Sanne")
    also = make_mail(sender=SENDER, subject="GDPR", date=WHEN + timedelta(minutes=2),
                     body="Også indsigt for Sara på lokalnummer 3318.\n\nMvh Sanne")
    named = make_mail(sender=SENDER, subject="GDPR", date=WHEN + timedelta(minutes=4),
                      body="And please also erase Henrik on extension 5040.\n\nSanne")
    rows = predictions(tmp_path, {"0001.eml": first, "0002.eml": also, "0003.eml": named})
    assert rows["0002.eml"]["followup_of"] is None
    assert rows["0002.eml"]["expected_action"] == "ask_for_missing"
    assert rows["0003.eml"]["followup_of"] is None
