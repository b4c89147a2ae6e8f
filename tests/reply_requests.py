"""Test helper: a reply request with some fields changed, envelope fields included."""

from __future__ import annotations

import dataclasses
from typing import TypeVar

from replies.render import Envelope, ReplyRequest, StaffReplyRequest

Request = TypeVar("Request", ReplyRequest, StaffReplyRequest)


def changed(request: Request, changes: dict[str, object]) -> Request:
    """`request` with `changes` applied; recipient, subject and threading fields go to
    its envelope, so tests can name them as before."""
    names = {field.name for field in dataclasses.fields(Envelope)}
    envelope = dataclasses.replace(
        request.envelope, **{k: v for k, v in changes.items() if k in names}  # type: ignore[arg-type]
    )
    rest = {k: v for k, v in changes.items() if k not in names}
    return dataclasses.replace(request, envelope=envelope, **rest)  # type: ignore[arg-type]
