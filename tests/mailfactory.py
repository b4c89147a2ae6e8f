"""Build test mails the way clients write them, one knob per case."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

_counter = itertools.count(1)


def make_mail(
    *,
    sender: str = "Mette Holm <mette.holm@nordtele.dk>",
    to: str = "Flexfone Persondata <persondata@flexfone.dk>",
    subject: str = "Sletning af medarbejder",
    body: str = "Hej\n\nSlet venligst medarbejderen Jens Peter Holm, lokal 233.\n\nMvh\nMette",
    headers: dict[str, str] | None = None,
    message_id: str | None = None,
    in_reply_to: str | None = None,
    date: datetime | None = None,
) -> bytes:
    """A plain-text mail; every call gets its own Message-ID unless one is given."""
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = to
    mail["Subject"] = subject
    mail["Date"] = format_datetime(date or datetime.now(UTC))
    mail["Message-ID"] = message_id or f"<test-{next(_counter)}-{id(mail)}@example.test>"
    if in_reply_to:
        mail["In-Reply-To"] = in_reply_to
        mail["References"] = in_reply_to
    for name, value in (headers or {}).items():
        mail[name] = value
    mail.set_content(body)
    return mail.as_bytes()


def make_bounce(original_subject: str = "Kvittering") -> bytes:
    """A Postfix-style delivery status notification (multipart/report)."""
    return (
        "From: MAILER-DAEMON@mx.example.test (Mail Delivery System)\r\n"
        "To: persondata@flexfone.dk\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        f"Message-ID: <bounce-{next(_counter)}@mx.example.test>\r\n"
        "Date: Mon, 23 Nov 2026 10:00:00 +0100\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"\r\n'
        "\r\n"
        "--b1\r\n"
        "Content-Type: text/plain\r\n\r\n"
        "This is the mail system. Your message could not be delivered.\r\n"
        "--b1\r\n"
        "Content-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.example.test\r\n\r\n"
        "Final-Recipient: rfc822; nobody@nordtele.dk\r\n"
        "Action: failed\r\n"
        "Status: 5.1.1\r\n"
        "--b1\r\n"
        "Content-Type: text/rfc822-headers\r\n\r\n"
        f"Subject: {original_subject}\r\n"
        "--b1--\r\n"
    ).encode()
