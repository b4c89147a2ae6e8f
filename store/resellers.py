"""Reseller registry: import and sender lookup."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from store.models import Reseller


@dataclass(frozen=True, slots=True)
class ResellerRecord:
    """One validated row of the registry file."""

    reseller_id: str
    name: str
    domains: tuple[str, ...]
    contacts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ImportCounts:
    added: int
    updated: int
    unchanged: int


def import_resellers(session: Session, records: Iterable[ResellerRecord]) -> ImportCounts:
    """Insert or update resellers by their id; rows not in the file are kept."""
    existing = {row.reseller_id: row for row in session.scalars(select(Reseller))}
    added = updated = unchanged = 0
    for record in records:
        row = existing.get(record.reseller_id)
        values = (record.name, list(record.domains), list(record.contacts))
        if row is None:
            session.add(
                Reseller(
                    reseller_id=record.reseller_id,
                    name=record.name,
                    domains=list(record.domains),
                    contacts=list(record.contacts),
                )
            )
            added += 1
        elif (row.name, row.domains, row.contacts) != values:
            row.name, row.domains, row.contacts = values
            updated += 1
        else:
            unchanged += 1
    session.flush()
    return ImportCounts(added, updated, unchanged)


def find_reseller(session: Session, address: str) -> Reseller | None:
    """The reseller that `address` belongs to: a named contact first, then its domain."""
    address = address.strip().lower()
    if "@" not in address:
        return None
    domain = address.rsplit("@", 1)[1]
    resellers = list(session.scalars(select(Reseller).order_by(Reseller.id)))
    for reseller in resellers:
        if address in (contact.lower() for contact in reseller.contacts):
            return reseller
    for reseller in resellers:
        if domain in (item.lower() for item in reseller.domains):
            return reseller
    return None


LEGAL_FORMS = re.compile(
    r"\s+(?:ApS|A/S|I/S|IVS|P/S|K/S|AB|AS|Ltd\.?|GmbH|Oy|UAB)\s*$", re.IGNORECASE
)
SHORTEST_NAME = 4  # a reseller's name shorter than this is too common a word to look for


def find_named_reseller(session: Session, text: str) -> Reseller | None:
    """The registered reseller a colleague's note names first ("Ringede i dag, Mette fra
    NetPartner: hun vil have slettet ..."): by a contact's address, its domain or its
    name without the legal form. Only the provider's own staff pass requests on this
    way; a stranger naming a reseller is no reseller."""
    lowered = text.lower()
    first: tuple[int, Reseller] | None = None
    for reseller in session.scalars(select(Reseller).order_by(Reseller.id)):
        name = LEGAL_FORMS.sub("", reseller.name or "").strip().lower()
        needles = [contact.lower() for contact in reseller.contacts]
        needles += [f"@{domain.lower()}" for domain in reseller.domains]
        positions = [lowered.find(needle) for needle in needles if needle]
        if len(name) >= SHORTEST_NAME:
            match = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", lowered)
            positions.append(match.start() if match else -1)
        found = [at for at in positions if at >= 0]
        if found and (first is None or min(found) < first[0]):
            first = (min(found), reseller)
    return first[1] if first else None
