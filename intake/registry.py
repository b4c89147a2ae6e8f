"""Read the reseller registry file (CSV, format of the corpus SCHEMA) and check it."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from email_validator import EmailNotValidError, validate_email

from store.resellers import ResellerRecord

COLUMNS = ("reseller_id", "name", "domains", "contacts")


@dataclass(frozen=True, slots=True)
class RegistryProblem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


def parse_registry(text: str) -> tuple[list[ResellerRecord], list[RegistryProblem]]:
    """Rows that are valid, and a problem for each one that is not (nothing is guessed)."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = tuple(reader.fieldnames or ())
    if any(column not in header for column in COLUMNS):
        return [], [RegistryProblem(1, f"header must name {', '.join(COLUMNS)}; got {header}")]
    records: list[ResellerRecord] = []
    problems: list[RegistryProblem] = []
    seen: set[str] = set()
    for line, row in enumerate(reader, start=2):
        record, errors = _parse_row(row)
        if record is not None and record.reseller_id in seen:
            errors.append(f"reseller_id {record.reseller_id} appears twice")
        problems.extend(RegistryProblem(line, error) for error in errors)
        if record is not None and not errors:
            seen.add(record.reseller_id)
            records.append(record)
    return records, problems


def _parse_row(row: dict[str, str | None]) -> tuple[ResellerRecord | None, list[str]]:
    reseller_id = (row.get("reseller_id") or "").strip()
    name = (row.get("name") or "").strip()
    errors: list[str] = []
    if not reseller_id:
        errors.append("reseller_id is empty")
    if not name:
        errors.append("name is empty")
    checked_domains = tuple(domain.lower() for domain in _split(row.get("domains")))
    for domain in checked_domains:
        if not _is_domain(domain):
            errors.append(f"{domain!r} is not a mail domain")
    contacts: list[str] = []
    for address in _split(row.get("contacts")):
        try:
            contacts.append(validate_email(address, check_deliverability=False).normalized.lower())
        except EmailNotValidError as error:
            errors.append(f"contact {address!r}: {error}")
    if not checked_domains and not contacts:
        errors.append("neither a domain nor a contact address: no sender could match")
    if errors:
        return None, errors
    return ResellerRecord(reseller_id, name, checked_domains, tuple(contacts)), errors


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(item.strip() for item in (value or "").split(";") if item.strip())


def _is_domain(domain: str) -> bool:
    try:
        validate_email(f"postmaster@{domain}", check_deliverability=False)
    except EmailNotValidError:
        return False
    return True
