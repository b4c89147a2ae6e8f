"""A colleague at the provider passing on a reseller's request, through the real
pipeline on SQLite (`intake eval`): the reseller the note names is the requester."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from intake.evaluate import evaluate
from tests.mailfactory import make_mail

WHEN = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def predictions(tmp_path: Path, mails: dict[str, bytes]) -> dict[str, dict[str, object]]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, raw in mails.items():
        (folder / name).write_bytes(raw)
    (folder / "resellers.csv").write_text(
        "reseller_id,name,domains,contacts\nR1,NetPartner ApS,netpartner.dk,"
        "mette.brandt@netpartner.dk\nR2,TeleComfort A/S,telecomfort.dk,\n",
        encoding="utf-8",
    )
    (folder / "mailbox.txt").write_text("persondata@flexfone.dk\n", encoding="utf-8")
    (folder / "labels.jsonl").write_text("", encoding="utf-8")
    out = tmp_path / "predictions.jsonl"
    evaluate(folder, out)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return {row["file"]: row for row in rows}


def test_a_colleagues_note_naming_a_reseller_is_that_resellers_request(tmp_path: Path) -> None:
    note = make_mail(
        sender="Kasper Lund <kasper.lund@flexfone.dk>", subject="Sletning - NetPartner",
        body="Hej GDPR\n\nRingede i dag kl. 10:15, Mette Brandt fra NetPartner "
             "(mette.brandt@netpartner.dk): hun vil have slettet Lars Øgaard Nielsen, lokal 214."
             "\n\nMvh\nKasper Lund\nPartnersalg | Flexfone A/S\n", date=WHEN)
    unknown = make_mail(
        sender="Line Winther <line.winther@flexfone.dk>", subject="Sletning",
        body="Hej\n\nEn kunde ringede selv og vil have slettet Emil Vang, lokal 12. Jeg kan ikke "
             "finde en forhandler på dem.\n\n/Line\n", date=WHEN)
    stranger = make_mail(
        sender="Bo Dam <bo@otherfirm.dk>", subject="Sletning",
        body="Hej\n\nVi er ikke NetPartner, men vil gerne have slettet Emil Vang, lokal 12.\n\n"
             "Mvh Bo\n", date=WHEN)
    look_alike = make_mail(
        sender="Ahmad Rahimi <ahmad.rahimi@flexfone.dk>",
        subject="Slet Gitte Rask - NetPartner Syd",
        body="Hej\n\nMartin fra NetPartner Syd ringede (ikke NetPartner). Jeg kan ikke finde dem "
             "som forhandler hos os. Han vil have slettet Gitte Rask, lokal 55.\n\nMvh Ahmad\n",
        date=WHEN)
    forwarded = make_mail(
        sender="Liam Hart <liam.hart@flexfone.dk>", subject="FW: Delete former employee",
        body="Hi,\n\nFjordnett AS is not one of our partners as far as I know, the customer is "
             "registered under TeleComfort.\n\nLiam\n\n-----Original Message-----\nFrom: Ingrid "
             "<ingrid@fjordnett.no>\nSubject: Delete former employee\n\nPlease delete Kari "
             "Berg, extension 240.\n", date=WHEN)
    rows = predictions(tmp_path, {"0001.eml": note, "0002.eml": unknown, "0003.eml": stranger,
                                  "0004.eml": look_alike, "0005.eml": forwarded})
    assert rows["0004.eml"]["sender_known"] is False
    assert rows["0005.eml"]["sender_known"] is False
    assert rows["0001.eml"]["sender_known"] is True
    assert rows["0001.eml"]["subjects"] == [{"full_name": "Lars Øgaard Nielsen",
                                             "extension": "214"}]
    assert rows["0002.eml"]["sender_known"] is False
    assert rows["0003.eml"]["sender_known"] is False


def test_a_mail_with_no_thread_making_another_request_opens_its_own_ticket(
    tmp_path: Path
) -> None:
    first = make_mail(
        sender="Rasmus <rv@netpartner.dk>", subject="Voicemails for Jonas Becker",
        body="Please hand over the voicemails of Jonas Becker, ext 8812.", date=WHEN)
    second = make_mail(
        sender="Rasmus <rv@netpartner.dk>", subject="Re: Ausgeschiedene Mitarbeiter",
        body="Please erase all data for these former employees:\n\nLena Schmidt\t8801\n"
             "Hanne Poulsen\t8807\nJonas Becker\t8812\n\nJonas Becker's voicemails were "
             "already exported in the other case.\n", date=WHEN)
    rows = predictions(tmp_path, {"0001.eml": first, "0002.eml": second})
    assert rows["0002.eml"]["followup_of"] is None
    assert rows["0002.eml"]["kind"] == "erasure"
