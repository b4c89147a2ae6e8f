"""A colleague's note that says the one asking is no registered reseller."""

from __future__ import annotations

import pytest

from parsers.colleagues import says_requester_unregistered


@pytest.mark.parametrize("note", [
    "Jeg kan ikke finde dem som forhandler hos os. Han vil have slettet Gitte Rask.",
    "Fjordnett AS is not one of our partners as far as I know.",
    "De er ikke registreret som forhandler, men kunden hører under NetPartner.",
    "Unknown reseller, please decide: they want ext. 240 deleted.",
])
def test_a_note_saying_the_requester_is_unregistered(note: str) -> None:
    assert says_requester_unregistered(note)


@pytest.mark.parametrize("note", [
    "Ringede i dag, Mette fra NetPartner: hun vil have slettet Lars Nielsen, lokal 214.",
    "Forwarding from our partner TeleComfort, they are a registered reseller.",
    "Kunden kan ikke finde sin faktura; forhandleren er NetPartner.",
])
def test_a_note_passing_on_a_resellers_request(note: str) -> None:
    assert not says_requester_unregistered(note)
