"""A colleague's note passing on a request: what the provider's own staff say of it.

Staff of the provider forward a call or a mail to the support mailbox ("Mette fra
NetPartner ringede ..."); the pipeline then takes the registered reseller the note
names as the requester. A note that says the one asking is *not* a registered reseller
names such a reseller only to tell them apart, and the request stays a stranger's.
"""

from __future__ import annotations

from parsers.lexicon import Tokens, read_book

MAX_NOTE = 4000  # a note is short; the cue sits in its first lines


def says_requester_unregistered(note: str) -> bool:
    """Whether a colleague's own text says the requester is no registered reseller
    (`colleague_unregistered_cues.txt`)."""
    return read_book("colleague_unregistered_cues").contains_any(Tokens.of(note[:MAX_NOTE]))
