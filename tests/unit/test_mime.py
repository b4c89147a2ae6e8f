"""MIME decoding: one hand-written fixture per edge case, plus built edge cases."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from parsers.charsets import decode_bytes, repair_mojibake
from parsers.headers import message_ids
from parsers.html_text import html_to_text
from parsers.mime import decode_mail
from parsers.model import MailText

DATA = Path(__file__).resolve().parents[1] / "data" / "mime"


def load(name: str) -> MailText:
    return decode_mail((DATA / name).read_bytes())


def assert_single_line_headers(mail: MailText) -> None:
    values = [mail.subject, mail.from_name, *(value for _, value in mail.headers)]
    for value in values:
        assert "\n" not in value and "\r" not in value and "\t" not in value
        assert "  " not in value


@pytest.mark.parametrize("name", sorted(path.name for path in DATA.glob("*.eml")))
def test_every_fixture_decodes_to_single_line_headers(name: str) -> None:
    assert_single_line_headers(load(name))


def test_encoded_line_break_stays_on_one_line() -> None:
    mail = load("encoded_word_with_crlf_in_subject.eml")
    assert mail.subject == "Sletning X-Injected: yes af Jens"
    assert mail.from_address == "mette@nordtele.dk"
    assert mail.from_name == "Mette Holm Bcc: x@evil.example"
    assert mail.header("x-injected") is None


def test_bogus_charset_falls_back_to_utf8() -> None:
    mail = load("bogus_charset_utf8_bytes.eml")
    assert mail.body == "Anne-Marie Bøgh Sørensen, lokal 4127.\n"
    assert any("x-totally-bogus" in defect for defect in mail.defects)


def test_wrong_utf8_declaration_falls_back_to_windows_1252() -> None:
    assert load("declared_utf8_but_cp1252_bytes.eml").body == "Søren Bøgh, lokal 12 – tak.\n"


def test_missing_content_type_is_plain_text() -> None:
    mail = load("missing_content_type.eml")
    assert mail.content_type == "text/plain"
    assert mail.body == "Plain body without any MIME headers.\n"
    assert mail.date == datetime(2026, 3, 2, 10, 0, tzinfo=timezone(timedelta(hours=1)))


def test_broken_base64_keeps_what_decodes() -> None:
    mail = load("broken_base64.eml")
    assert mail.body.startswith("Hej Flexfone!\nSlet Jens.")
    assert "damaged base64 body" in mail.defects


def test_broken_quoted_printable_keeps_bad_escapes() -> None:
    assert load("broken_quoted_printable.eml").body == "Hej =ZZ med sød lang linje og =3\n"


def test_multipart_without_boundary_is_read_as_text() -> None:
    mail = load("multipart_without_boundary.eml")
    assert "never says where its parts begin" in mail.body
    assert mail.defects


def test_broken_encoded_words() -> None:
    mail = load("broken_encoded_words.eml")
    assert mail.from_name == "Søren"
    assert mail.subject == "SletningJæns=?utf-8?Q?unterminated"


def test_adjacent_encoded_words_join_split_characters() -> None:
    assert load("encoded_words_split_character.eml").subject == "Bjørn Søndergaard"


def test_eight_bit_headers_are_utf8() -> None:
    mail = load("eight_bit_headers.eml")
    assert mail.subject == "Sletning af Jørgen"
    assert mail.from_address == "soeren@example.dk"
    assert mail.from_name == "x Søren Bach"


def test_html_only_body() -> None:
    body = load("html_only_table_blockquote.eml").body
    assert "alert" not in body and "color" not in body
    assert "Hej & tak,\n\nSlet venligst:" in body
    assert "Navn | Lokal\nJens Holm | 233\nLise Dahl | | 240" in body  # the empty cell kept
    assert "Linje\nto\n" in body
    assert "> Gammel tekst\n> mere gammelt" in body


def test_alternative_prefers_plain() -> None:
    assert load("alternative_prefers_plain.eml").body == "Plain version\n"


def test_alternative_with_blank_plain_uses_html() -> None:
    assert load("alternative_blank_plain_uses_html.eml").body == "Only the HTML has text\n"


def test_forwarded_message_goes_into_body() -> None:
    mail = load("forwarded_message_rfc822.eml")
    assert mail.body.startswith("Se venligst nedenstående.\n\n---------- Forwarded message")
    assert "From: Kunde <kunde@customer.dk>\n" in mail.body
    assert "Subject: Sletning af Jørgen\n" in mail.body
    assert mail.body.endswith("Jørgen Lund, lokal 412, er stoppet.\n")
    assert [a.content_type for a in mail.attachments] == ["message/rfc822"]


def test_text_attachments_are_decoded() -> None:
    mail = load("text_attachments_csv.eml")
    assert mail.body == "Se vedhæftede liste.\n"
    csv, pdf = mail.attachments
    assert (csv.filename, csv.content_type, csv.text) == (
        "liste.csv",
        "text/csv",
        "navn;lokal\nJørgen Lund;412",
    )
    assert (pdf.filename, pdf.content_type, pdf.size, pdf.text) == (
        "bilag æ.pdf",
        "application/pdf",
        9,
        None,
    )


def test_format_flowed_with_delsp() -> None:
    assert load("format_flowed_delsp.eml").body == (
        "Anne-Marie Bøgh Sørensen har lokal 4127 og vil gerne have indsigt i sine "
        "oplysninger.\n> quoted line that is soft broken\n-- \nBo\n"
    )


def test_address_lists_and_message_ids() -> None:
    mail = load("address_lists.eml")
    assert (mail.from_name, mail.from_address) == ("Holm, Mette", "mette.holm@nordtele.dk")
    assert mail.reply_to == "support@nordtele.dk"
    assert mail.to == ("persondata@flexfone.dk", "other@example.dk")
    assert mail.cc == ("cc@example.dk",)
    assert mail.message_id == "<bare-id@nordtele.dk>"
    assert mail.in_reply_to == ("<a@x>", "<b@y>")
    assert mail.references == ("<r1@x>", "<r2@y>", "<a@x>")
    assert mail.date is None
    assert "unreadable Date header" in mail.defects


def test_message_ids_folded_into_encoded_words_are_read_decoded() -> None:
    folded = ("=?utf-8?q?=3CAM2PR06MB4139OLZCPWVX=40AM2PR06MB4139=2Eeurprd06=2E?="
              " =?utf-8?q?prod=2Eoutlook=2Ecom=3E?=")
    decoded = "<AM2PR06MB4139OLZCPWVX@AM2PR06MB4139.eurprd06.prod.outlook.com>"
    assert message_ids([folded]) == (decoded,)
    assert message_ids(["<plain@x> <other@y>"]) == ("<plain@x>", "<other@y>")


def test_leading_blank_lines_before_headers() -> None:
    mail = load("leading_blank_lines.eml")
    assert (mail.subject, mail.body) == ("leading blank lines", "body\n")


def test_delivery_status_parts_become_text_attachments() -> None:
    mail = load("delivery_status_parts.eml")
    assert mail.content_type == "multipart/report"
    status, headers = mail.attachments
    assert status.content_type == "message/delivery-status"
    assert status.text is not None and "Status: 5.1.1" in status.text
    assert headers.text is not None and "Subject: Kvittering" in headers.text


def test_newlines_are_normalised() -> None:
    raw = b"Subject: a\r\nContent-Type: text/plain\r\n\r\nline 1\r\nline 2\rline 3\n"
    assert decode_mail(raw).body == "line 1\nline 2\nline 3\n"


def test_cr_only_message() -> None:
    mail = decode_mail(b"Subject: mac\rFrom: a@b.dk\r\rbody\r")
    assert (mail.subject, mail.from_address, mail.body) == ("mac", "a@b.dk", "body\n")


def test_nested_forwards_are_bounded() -> None:
    raw = b"Subject: level 0\nContent-Type: text/plain\n\ninnermost\n"
    for level in range(1, 8):
        raw = f"Subject: level {level}\nContent-Type: message/rfc822\n\n".encode() + raw
    mail = decode_mail(raw)
    assert "innermost" not in mail.body
    assert any("too deep" in defect for defect in mail.defects)
    assert mail.body.count("Forwarded message") == 4


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\x00\xff\xfe garbage",
        b"Subject: =?utf-8?B?****?=\n\n",
        b'Content-Type: multipart/mixed; boundary="x"\n\n--x\n'
        b'Content-Type: text/plain; charset="\n\n',
        b"Content-Type: text/plain; charset*=''\n\nx",
        b"Content-Type: text/plain; charset=unicode_escape\n\n\\u0041",
        b"Content-Type: text/plain; charset=rot13\n\nabc",
        b"Date: Mon, 99 Foo 99999 99:99:99 +9999\nMessage-ID:\nIn-Reply-To: <>\n\n",
        b'From: <>, @, a@, "unterminated\n\n',
    ],
)
def test_junk_never_raises(raw: bytes) -> None:
    mail = decode_mail(raw)
    assert_single_line_headers(mail)


def test_unsafe_codec_is_not_used() -> None:
    raw = b"Content-Type: text/plain; charset=unicode_escape\n\n\\u0041"
    assert decode_mail(raw).body == "\\u0041\n"


def test_decode_bytes_chain() -> None:
    assert decode_bytes("æ".encode("latin-1"), "iso-8859-1") == ("æ", False)
    assert decode_bytes("ø".encode(), "iso-8859-1") == ("ø", True)  # UTF-8 declared Latin-1
    assert decode_bytes(b"\xf8", "utf-8") == ("ø", True)
    assert decode_bytes(b"\x81", None) == ("\x81", True)
    assert decode_bytes("ø".encode("cp1252"), "unknown-8bit") == ("ø", False)


def test_html_to_text_entities_breaks_and_quotes() -> None:
    html = (
        "<div>A&nbsp;&lt;b&gt;<br/>B</div><ul><li>one</li><li>two</li></ul>"
        "<blockquote>q1<blockquote>q2</blockquote></blockquote><p>end</p>"
    )
    assert html_to_text(html) == "A <b>\nB\none\ntwo\n> q1\n> > q2\n>\n\nend\n"


def test_html_to_text_never_raises() -> None:
    assert html_to_text("<<<>>><table><td></tr></blockquote>x&#xffffffff;").strip() != "<"


def _alternative(plain: str, html: str) -> bytes:
    return (
        "From: Desk <desk@example.dk>\r\nTo: persondata@flexfone.dk\r\nSubject: Ticket\r\n"
        "MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n"
        f"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{plain}\r\n"
        f"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n--b--\r\n"
    ).encode()


def test_a_plain_stub_pointing_at_the_html_gives_way_to_the_html() -> None:
    raw = _alternative(
        "Denne besked er i HTML-format. Åbn den i en mailklient, der kan vise HTML.",
        "<p>Please erase Jens Hansen, ext. 214.</p>",
    )
    assert decode_mail(raw).body == "Please erase Jens Hansen, ext. 214.\n"


def test_a_short_plain_text_that_is_the_mail_is_kept() -> None:
    raw = _alternative("Slet Jens Hansen lok 214 tak", "<p>Slet Jens Hansen lok 214 tak</p>")
    assert decode_mail(raw).body.strip() == "Slet Jens Hansen lok 214 tak"


def test_a_layout_cell_with_paragraphs_is_read_as_lines() -> None:
    html = (
        "<table><tr><td><p><b>Mette Dahl</b> (Jydsk IT)</p><p>Hello Flexfone,</p>"
        "<p>Please erase Jens Hansen.</p></td></tr></table>"
    )
    assert html_to_text(html) == (
        "Mette Dahl (Jydsk IT)\nHello Flexfone,\n\nPlease erase Jens Hansen.\n"
    )


# --- UTF-8 read as a single-byte charset ("JÃ¸rgen") -----------------------


@pytest.mark.parametrize(
    ("mangled", "meant"),
    [
        ("JÃ¸rgen LÃ¦rkegaard", "Jørgen Lærkegaard"),
        ("PÃ¥ forhÃ¥nd tak", "På forhånd tak"),
        ("opkald â€“ voicemail", "opkald – voicemail"),  # cp1252 reading of an en dash
        ("opkald \u00e2\u0080\u0093 voicemail", "opkald – voicemail"),  # Latin-1 reading
        ("Ã\u0098ster", "Øster"),
        ("ðŸ˜€ tak", "😀 tak"),
    ],
)
def test_utf8_read_as_latin1_or_cp1252_is_repaired(mangled: str, meant: str) -> None:
    assert repair_mojibake(mangled) == meant


@pytest.mark.parametrize("text", ["Sørensen, Ærø og Åbenrå", "Lokation “Ø”", "café…", "Æ»"])
def test_danish_text_that_only_looks_like_mojibake_stays(text: str) -> None:
    assert repair_mojibake(text) == text


def test_a_utf8_body_declared_latin1_reads_as_meant() -> None:
    raw = (
        b"From: =?utf-8?q?Bj=C3=83=C2=B8rn?= <bk@reseller.dk>\r\nTo: persondata@flexfone.dk\r\n"
        b"Subject: Sletning\r\nContent-Type: text/plain; charset=iso-8859-1\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n"
    ) + "Slet JÃ¸rgen LÃ¦rkegaard, lokal 3318.\r\n".encode("latin-1")
    raw = raw.replace("JÃ¸rgen LÃ¦rkegaard".encode("latin-1"), "Jørgen Lærkegaard".encode())
    mail = decode_mail(raw)
    assert "Jørgen Lærkegaard, lokal 3318" in mail.body
    assert mail.from_name == "Bjørn"


def test_invisible_and_non_breaking_characters_read_as_what_they_show() -> None:
    body = "CPR 020591\u00a03327 og 290785\u20111173, lokal 24\u200b17, navn Bo\u202fSkov\r\n"
    raw = (
        b"From: ib@reseller.dk\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n"
    ) + body.encode()
    assert decode_mail(raw).body == "CPR 020591 3327 og 290785-1173, lokal 2417, navn Bo Skov\n"
