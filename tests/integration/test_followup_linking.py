"""Which ticket a reply joins, through the real pipeline on SQLite (`intake eval`).

Threading headers are written by mail programs and win; a ticket number typed in a
subject joins only a ticket opened from the same domain.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from intake.evaluate import evaluate
from tests.mailfactory import make_mail

WHEN = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def write_corpus(folder: Path, mails: dict[str, bytes]) -> None:
    folder.mkdir()
    for name, raw in mails.items():
        (folder / name).write_bytes(raw)
    (folder / "resellers.csv").write_text(
        "reseller_id,name,domains,contacts\nR1,Nord Tele,nordtele.dk,\nR2,Syd Tele,sydtele.dk,\n",
        encoding="utf-8",
    )
    (folder / "mailbox.txt").write_text("persondata@flexfone.dk\n", encoding="utf-8")
    (folder / "labels.jsonl").write_text("", encoding="utf-8")


def followups(folder: Path, tmp_path: Path) -> dict[str, str | None]:
    out = tmp_path / "predictions.jsonl"
    evaluate(folder, out)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return {row["file"]: row["followup_of"] for row in rows}


def test_thread_headers_win_over_a_typed_number_and_strangers_never_join(tmp_path: Path) -> None:
    first = make_mail(sender="Mette <mette@nordtele.dk>", message_id="<a@nordtele.dk>",
                      body="Slet venligst Jens Holm, lokal 233.", date=WHEN)
    second = make_mail(sender="Bo <bo@sydtele.dk>", message_id="<b@sydtele.dk>",
                       body="Slet venligst Ida Lund, lokal 12.", date=WHEN)
    # replies in the thread of 0002 but types the number of 0001's ticket
    threaded = make_mail(sender="Bo <bo@sydtele.dk>", in_reply_to="<b@sydtele.dk>",
                         subject="Re: [GDPR-2026-000001] Sletning",
                         body="Hun hedder Ida Marie Lund.", date=WHEN)
    # no thread headers, a number of another reseller's ticket
    stranger = make_mail(sender="Bo <bo@sydtele.dk>", subject="Re: [GDPR-2026-000001] Sletning",
                         body="Slet venligst Per Vang, lokal 14.", date=WHEN)
    # a colleague at the same reseller with the right number joins
    colleague = make_mail(sender="Lis <lis@nordtele.dk>", subject="Re: [GDPR-2026-000001] Sletning",
                          body="Hans lokalnummer er 233.", date=WHEN)
    folder = tmp_path / "corpus"
    write_corpus(folder, {"0001.eml": first, "0002.eml": second, "0003.eml": threaded,
                          "0004.eml": stranger, "0005.eml": colleague})
    assert followups(folder, tmp_path) == {
        "0001.eml": None, "0002.eml": None, "0003.eml": "0002.eml", "0004.eml": None,
        "0005.eml": "0001.eml",
    }


def test_a_new_request_in_an_old_thread_opens_its_own_ticket(tmp_path: Path) -> None:
    first = make_mail(sender="Mette <mette@nordtele.dk>", message_id="<a@nordtele.dk>",
                      subject="Navneændring", date=WHEN,
                      body="Line Dahl, lokal 305, er blevet gift og hedder nu Line Dahl Mortensen.")
    # another request about another employee, written as a reply in the same thread
    new_matter = make_mail(sender="Mette <mette@nordtele.dk>", in_reply_to="<a@nordtele.dk>",
                           message_id="<b@nordtele.dk>", subject="Re: Navneændring", date=WHEN,
                           body="Endnu en: Mads Kragh, lokal 770, skal anonymiseres.")
    # a correction in the same thread still joins the ticket it corrects
    correction = make_mail(sender="Mette <mette@nordtele.dk>", in_reply_to="<a@nordtele.dk>",
                           subject="Re: Navneændring", date=WHEN,
                           body="Undskyld, det er lokal 306, ikke 305.")
    folder = tmp_path / "corpus"
    write_corpus(folder, {"0001.eml": first, "0002.eml": new_matter, "0003.eml": correction})
    assert followups(folder, tmp_path) == {
        "0001.eml": None, "0002.eml": None, "0003.eml": "0001.eml",
    }


def test_a_new_request_under_a_typed_ticket_number_opens_its_own_ticket(tmp_path: Path) -> None:
    first = make_mail(sender="Sofie <sofie@nordtele.dk>", subject="Sletning", date=WHEN,
                      body="Slet venligst Bo Kjeldsen, lokal 731.")
    # no thread headers, the ticket's number typed: another employee's access request
    new_matter = make_mail(sender="Sofie <sofie@nordtele.dk>", date=WHEN,
                           subject="Re: [GDPR-2026-000001] Sletning gennemført",
                           body="Tak for hjælpen med Bo. Nu vil Rikke Marie Dam, lokal 733, "
                                "gerne have indsigt i sine data.")
    # the same number above a word about the ticket's own employee joins it
    about_bo = make_mail(sender="Sofie <sofie@nordtele.dk>", date=WHEN,
                         subject="Re: [GDPR-2026-000001] Sletning gennemført",
                         body="Husk også Bo Kjeldsens voicemails, lokal 731.")
    folder = tmp_path / "corpus"
    write_corpus(folder, {"0001.eml": first, "0002.eml": new_matter, "0003.eml": about_bo})
    assert followups(folder, tmp_path) == {
        "0001.eml": None, "0002.eml": None, "0003.eml": "0001.eml",
    }


def test_a_request_of_the_same_kind_in_a_settled_thread_opens_its_own_ticket(
    tmp_path: Path,
) -> None:
    first = make_mail(sender="Camilla <ch@nordtele.dk>", message_id="<a@nordtele.dk>",
                      subject="Sletning", date=WHEN,
                      body="Vinkel Arkitekter: Jonas Mørch, lokal 244, skal slettes.")
    # the ticket wants nothing more: another employee to erase is a new matter
    another = make_mail(sender="Camilla <ch@nordtele.dk>", in_reply_to="<a@nordtele.dk>",
                        message_id="<b@nordtele.dk>", subject="SV: Sletning", date=WHEN,
                        body="Endnu en fra Vinkel Arkitekter: Lars Mikael Dahl (lokal 262) skal"
                             " slettes helt.")
    # unless the reply says it adds to the same request
    added = make_mail(sender="Camilla <ch@nordtele.dk>", in_reply_to="<b@nordtele.dk>",
                      subject="SV: Sletning", date=WHEN,
                      body="Undskyld, én mere til samme anmodning: Olena Shevchenko, lokal 120,"
                           " skal også slettes.")
    # and a ticket still waiting for a number takes what a reply brings
    waiting = make_mail(sender="Bo <bo@sydtele.dk>", message_id="<c@sydtele.dk>",
                        subject="Sletning", date=WHEN, body="Slet venligst Per Vang.")
    answer = make_mail(sender="Bo <bo@sydtele.dk>", in_reply_to="<c@sydtele.dk>",
                       subject="Re: Sletning", date=WHEN,
                       body="Per Vang har lokal 14, og slet også Ida Lund, lokal 15.")
    folder = tmp_path / "corpus"
    write_corpus(folder, {"0001.eml": first, "0002.eml": another, "0003.eml": added,
                          "0004.eml": waiting, "0005.eml": answer})
    assert followups(folder, tmp_path) == {
        "0001.eml": None, "0002.eml": None, "0003.eml": "0002.eml", "0004.eml": None,
        "0005.eml": "0004.eml",
    }


def test_a_correction_sent_as_a_new_mail_joins_the_ticket_it_corrects(tmp_path: Path) -> None:
    first = make_mail(sender="Mikkel <support@skolekom.dk>", subject="Indsigt - Sølvgade Skole",
                      body="Indsigt for Birgit Thorsen – 4021 og Klaus Dyhr – 4022.", date=WHEN)
    # no threading headers and no ticket number: only the text ties it to 0001
    correction = make_mail(sender="Bo <bo@skolekom.dk>", subject="Rettelse: Indsigt",
                           body="Rettelse til min mail fra i går: Klaus Dyhr har lokal 4023, "
                                "ikke 4022.", date=WHEN)
    # the same words from another reseller about another employee join nothing
    stranger = make_mail(sender="Lis <lis@nordtele.dk>", subject="Rettelse",
                         body="Rettelse til min mail fra i går: Ida Lund har lokal 12.", date=WHEN)
    folder = tmp_path / "corpus"
    write_corpus(folder, {"0001.eml": first, "0002.eml": correction, "0003.eml": stranger})
    assert followups(folder, tmp_path) == {
        "0001.eml": None, "0002.eml": "0001.eml", "0003.eml": None,
    }


def test_a_follow_up_that_takes_an_employee_back_leaves_the_others(tmp_path: Path) -> None:
    first = make_mail(sender="Mette <mette@nordtele.dk>", message_id="<a@nordtele.dk>",
                      subject="Voicemails", date=WHEN,
                      body="Udlever venligst voicemails for Mohammed Al-Khatib (414) og "
                           "Gitte Bach Holm (415).")
    withdrawal = make_mail(sender="Mette <mette@nordtele.dk>", in_reply_to="<a@nordtele.dk>",
                           subject="Re: Voicemails", date=WHEN,
                           body="Gitte Bach Holm har trukket sin anmodning tilbage, så det er "
                                "kun Mohammed Al-Khatib.")
    folder = tmp_path / "corpus"
    write_corpus(folder, {"0001.eml": first, "0002.eml": withdrawal})
    out = tmp_path / "predictions.jsonl"
    evaluate(folder, out)
    rows = {row["file"]: row for row in map(json.loads, out.read_text("utf-8").splitlines())}
    assert rows["0002.eml"]["followup_of"] == "0001.eml"
    assert rows["0002.eml"]["subjects"] == [{"full_name": "Mohammed Al-Khatib", "extension": "414"}]


def test_a_reply_without_thread_headers_joins_the_ticket_it_quotes(tmp_path: Path) -> None:
    first = make_mail(sender="Kis <kis@nordtele.dk>", message_id="<a@nordtele.dk>",
                      subject="Sletning lærer", date=WHEN,
                      body="Skolen har en lærer, Bodil Thrane, som er stoppet og skal slettes. "
                           "Vi kender ikke hendes lokalnummer.")
    quote = ("\n\nFra: Kis <kis@nordtele.dk>\nSendt: 2. marts 2026 09:00\n"
             "Til: persondata@flexfone.dk\nEmne: Sletning lærer\n\nSkolen har en lærer, "
             "Bodil Thrane, som er stoppet og skal slettes.")
    # an "SV:" with the request quoted, but no In-Reply-To or References
    reply = make_mail(sender="Kis <kis@nordtele.dk>", subject="SV: Sletning lærer", date=WHEN,
                      body="Bodil havde lokal 1140, siger skolen." + quote)
    # the same reseller's reply about someone the ticket does not name opens its own
    other = make_mail(sender="Kis <kis@nordtele.dk>", subject="SV: Sletning", date=WHEN,
                      body="Slet også Per Vang, lokal 14.")
    # another reseller quoting the same subject never joins
    stranger = make_mail(sender="Bo <bo@sydtele.dk>", subject="SV: Sletning lærer", date=WHEN,
                         body="Bodil havde lokal 1140." + quote)
    folder = tmp_path / "corpus"
    write_corpus(folder, {"0001.eml": first, "0002.eml": reply, "0003.eml": other,
                          "0004.eml": stranger})
    assert followups(folder, tmp_path) == {
        "0001.eml": None, "0002.eml": "0001.eml", "0003.eml": None, "0004.eml": None,
    }


def test_a_mail_naming_an_earlier_one_by_date_reaches_back_a_month(tmp_path: Path) -> None:
    first = make_mail(sender="Tom <tom@nordtele.dk>", message_id="<a@nordtele.dk>",
                      subject="Indsigt", date=WHEN,
                      body="Lise Marie Dahl har bedt om indsigt. Lokalnummeret følger.")
    later = make_mail(sender="Tom <tom@nordtele.dk>", subject="Lokalnummer", date=WHEN
                      + timedelta(days=17),
                      body="Ang. min mail fra 2/3 om indsigt for Lise Marie Dahl: hun har "
                           "lokalnr. 2019.")
    too_late = make_mail(sender="Tom <tom@nordtele.dk>", subject="Lokalnummer", date=WHEN
                         + timedelta(days=45),
                         body="Ang. min mail fra 2/3 om indsigt for Lise Marie Dahl: hun har "
                              "lokalnr. 2019.")
    folder = tmp_path / "corpus"
    write_corpus(folder, {"0001.eml": first, "0002.eml": later, "0003.eml": too_late})
    assert followups(folder, tmp_path) == {
        "0001.eml": None, "0002.eml": "0001.eml", "0003.eml": None,
    }


def test_a_forward_with_a_request_of_its_own_does_not_join_by_name(tmp_path: Path) -> None:
    first = make_mail(sender="Maja <maja@nordtele.dk>", message_id="<a@nordtele.dk>",
                      subject="Voicemails", date=WHEN,
                      body="Kunden vil have udleveret voicemails for Niels-Erik Dahl "
                           "(lok.nr. 5530), inden han stopper.")
    quote = ("\n\n---------- Videresendt besked ----------\nFra: Søren Lund "
             "<soren@kunde.dk>\nEmne: Medarbejdere\n\nNiels-Erik er nu stoppet.")
    # a customer's mail forwarded ("Fwd:"), asking for something new about him
    forward = make_mail(sender="Maja <maja@nordtele.dk>", subject="Fwd: Medarbejdere", date=WHEN,
                        body="Se nedenfor. Niels-Erik Dahl (lok.nr. 5530) skal slettes nu."
                             + quote)
    folder = tmp_path / "corpus"
    write_corpus(folder, {"0001.eml": first, "0002.eml": forward})
    assert followups(folder, tmp_path) == {"0001.eml": None, "0002.eml": None}


def ticket_subjects_after(folder: Path, tmp_path: Path) -> dict[str, list[tuple[str, str]]]:
    out = tmp_path / "predictions.jsonl"
    evaluate(folder, out)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return {row["file"]: [(s["full_name"], s["extension"]) for s in row["subjects"]]
            for row in rows}


def test_a_follow_up_corrects_a_number_and_quoted_history_adds_no_one(tmp_path: Path) -> None:
    first = make_mail(sender="Maja <maja@nordtele.dk>", message_id="<a@nordtele.dk>",
                      subject="Slet 2 brugere", date=WHEN,
                      body="Følgende to er stoppet og skal slettes:\n\nLotte Brandt (lok 140)\n"
                           "Ahmad (lok 141)")
    quote = ("\n\nDen 2. mar. 2026 kl. 09.00 skrev Maja <maja@nordtele.dk>:\n> Lotte Brandt "
             "(lok 140)\n> Ahmad (lok 141)\n>\n> Den 1. mar. 2026 kl. 08.00 skrev Bo "
             "<bo@kunde.dk>:\n>> Bent Hjort (lok 604) er slettet, tak.")
    correction = make_mail(sender="Maja <maja@nordtele.dk>", in_reply_to="<a@nordtele.dk>",
                           subject="Re: Slet 2 brugere", date=WHEN,
                           body="Ahmad hedder Ahmad Rahimi, og det var lok 142, ikke 141." + quote)
    chase = make_mail(sender="Maja <maja@nordtele.dk>", in_reply_to="<a@nordtele.dk>",
                      subject="Re: Slet 2 brugere", date=WHEN,
                      body="Har I haft mulighed for at se på nedenstående?" + quote)
    folder = tmp_path / "corpus"
    write_corpus(folder, {"0001.eml": first, "0002.eml": correction, "0003.eml": chase})
    after = ticket_subjects_after(folder, tmp_path)
    assert after["0002.eml"] == [("Lotte Brandt", "140"), ("Ahmad Rahimi", "142")]
    assert after["0003.eml"] == [("Lotte Brandt", "140"), ("Ahmad Rahimi", "142")]


def test_a_request_sent_twice_joins_the_first_ticket(tmp_path: Path) -> None:
    body = "Hej\n\nSlet venligst Kim Lassen, lokal 2104, hos Frederiksberg Ejendomme.\n\nMvh Ib"
    first = make_mail(sender="Ib <ib@nordtele.dk>", message_id="<a@nordtele.dk>",
                      subject="Sletning", body=body, date=WHEN)
    # the same request again four minutes later: a new Message-ID, no threading headers
    again = make_mail(sender="Ib <ib@nordtele.dk>", message_id="<b@nordtele.dk>",
                      subject="Sletning", body=body, date=WHEN + timedelta(minutes=4))
    # another sender, and another kind from the same sender, open tickets of their own
    colleague = make_mail(sender="Lis <lis@nordtele.dk>", message_id="<c@nordtele.dk>",
                          subject="Sletning", body=body, date=WHEN + timedelta(minutes=5))
    access = make_mail(sender="Ib <ib@nordtele.dk>", message_id="<d@nordtele.dk>",
                       subject="Indsigt", date=WHEN + timedelta(minutes=6),
                       body="Kim Lassen, lokal 2104, ønsker indsigt i sine oplysninger.")
    # and the same request a month later is a new one
    later = make_mail(sender="Ib <ib@nordtele.dk>", message_id="<e@nordtele.dk>",
                      subject="Sletning", body=body, date=WHEN + timedelta(days=30))
    folder = tmp_path / "corpus"
    write_corpus(folder, {"0001.eml": first, "0002.eml": again, "0003.eml": colleague,
                          "0004.eml": access, "0005.eml": later})
    assert followups(folder, tmp_path) == {
        "0001.eml": None, "0002.eml": "0001.eml", "0003.eml": None, "0004.eml": None,
        "0005.eml": None,
    }


def test_a_correction_sent_as_a_new_mail_finds_the_ticket_by_its_number(tmp_path: Path) -> None:
    first = make_mail(sender="Lone <lk@nordtele.dk>", message_id="<a@nordtele.dk>",
                      subject="Sletning lok. 240", date=WHEN,
                      body="Hej\n\nSøren på lok. 240 er stoppet hos Silkeborg Auto-Glas, han skal "
                           "slettes.\n\nMvh Lone")
    correction = make_mail(sender="Lone <lk@nordtele.dk>", message_id="<b@nordtele.dk>",
                           subject="Rettelse til min forrige mail - sletning lok. 240",
                           date=WHEN + timedelta(minutes=3),
                           body="Hej\n\nRettelse til min forrige mail: fulde navn er Søren "
                                "Kjeldgaard Nielsen, lok. 240.\n\nMvh Lone")
    folder = tmp_path / "corpus"
    write_corpus(folder, {"0001.eml": first, "0002.eml": correction})
    assert followups(folder, tmp_path) == {"0001.eml": None, "0002.eml": "0001.eml"}


def test_a_recall_joins_the_ticket_of_the_mail_it_takes_back(tmp_path: Path) -> None:
    first = make_mail(sender="Mette <mette@nordtele.dk>", subject="Sletning af lokal 214",
                      body="Slet venligst Bente Kragh Olesen, lokal 214.", date=WHEN)
    recall = make_mail(sender="Mette <mette@nordtele.dk>",
                       subject="Tilbagekald: Sletning af lokal 214", date=WHEN,
                       body='Mette vil gerne tilbagekalde meddelelsen "Sletning af lokal 214".')
    # a recall from someone else, of a subject nobody sent, joins nothing
    stray = make_mail(sender="Bo <bo@sydtele.dk>", subject="Recall: Erasure", date=WHEN,
                      body='Bo would like to recall the message, "Erasure".')
    folder = tmp_path / "corpus"
    write_corpus(folder, {"0001.eml": first, "0002.eml": recall, "0003.eml": stray})
    assert followups(folder, tmp_path) == {"0001.eml": None, "0002.eml": "0001.eml",
                                           "0003.eml": None}


def test_a_reply_that_changes_the_request_changes_the_tickets_kind(tmp_path: Path) -> None:
    first = make_mail(sender="Mette <mette@nordtele.dk>", message_id="<a@nordtele.dk>",
                      subject="Indsigt", date=WHEN,
                      body="Kunden ønsker indsigt i alle data om Mikkel Juhl, lokal 4410.")
    changed = make_mail(sender="Mette <mette@nordtele.dk>", in_reply_to="<a@nordtele.dk>",
                        subject="Re: Indsigt", date=WHEN + timedelta(hours=2),
                        body="Change of plan: the customer no longer wants the data export. "
                             "Instead they want Mikkel Juhl (extension 4410) erased, as he has "
                             "left. Please cancel the access request and handle it as an erasure.")
    # a reminder in the same thread that mentions another kind in passing changes nothing
    other = make_mail(sender="Bo <bo@sydtele.dk>", message_id="<b@sydtele.dk>",
                      subject="Sletning", date=WHEN,
                      body="Slet venligst Ida Lund, lokal 12.")
    reminder = make_mail(sender="Bo <bo@sydtele.dk>", in_reply_to="<b@sydtele.dk>",
                         subject="Re: Sletning", date=WHEN + timedelta(hours=3),
                         body="Har I nået sletningen? Hun har også spurgt om indsigt.")
    folder = tmp_path / "corpus"
    write_corpus(folder, {"0001.eml": first, "0002.eml": changed, "0003.eml": other,
                          "0004.eml": reminder})
    out = tmp_path / "predictions.jsonl"
    evaluate(folder, out)
    rows = {row["file"]: row for row in map(json.loads, out.read_text("utf-8").splitlines())}
    assert rows["0002.eml"]["followup_of"] == "0001.eml"
    assert rows["0002.eml"]["kind"] == "erasure"
    assert rows["0004.eml"]["followup_of"] == "0003.eml"
    assert rows["0004.eml"]["kind"] == "erasure"
