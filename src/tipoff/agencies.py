"""Agencies (the organisations that receive reports): what a valid code and country are, and
creating the agencies of a JSON Lines file (``tipoff agency import``) without duplicates.

The store keeps agencies; this module holds the rules every edge applies before it asks the
store to create one, so that the CLI and any later API route reject the same input the same way.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime

from tipoff.errors import ValidationError
from tipoff.store.protocol import ReportStore
from tipoff.store.records import Agency

AGENCY_CODE = re.compile(r"[A-Za-z0-9_-]{1,64}")


@dataclass(frozen=True, slots=True)
class AgencyEntry:
    """One agency to create: its code, name and (upper-case) country."""

    code: str
    name: str
    country: str | None


def agency_entry(code: str, name: str | None, country: str | None) -> AgencyEntry:
    """A checked entry (ValidationError naming the field otherwise); the name defaults to the
    code and the country is upper-cased."""
    if not isinstance(code, str) or not AGENCY_CODE.fullmatch(code):
        raise ValidationError("CODE must be 1-64 letters, digits, '-' or '_'", path="code")
    if country is not None and (
        not isinstance(country, str) or len(country) != 2 or not country.isalpha()
    ):
        raise ValidationError("--country must be a two-letter ISO code such as JP", path="country")
    return AgencyEntry(code, name or code, country.upper() if country else None)


def add_agency(store: ReportStore, entry: AgencyEntry, at: datetime) -> Agency:
    """Create the agency of ``entry`` (the store refuses a code that exists)."""
    return store.add_agency(entry.code, entry.name, entry.country, at=at)


def read_agency_lines(text: str) -> list[AgencyEntry]:
    """The entries of a JSON Lines text, one ``{"code", "name", "country"}`` object a line;
    ValidationError naming the line for the first bad one. Blank lines are skipped."""
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
            entries.append(agency_entry(value["code"], value.get("name"), value.get("country")))
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as error:
            raise ValidationError(
                f"line {number}: expected an object with a code ({error})", path="code"
            ) from error
        except ValidationError as error:
            raise ValidationError(f"line {number}: {error}", path=error.path) from error
    return entries


def import_agencies(store: ReportStore, entries: list[AgencyEntry], at: datetime) -> int:
    """Create every entry whose code is not in the store yet; how many were created."""
    known = {agency.code for agency in store.list_agencies()}
    created = 0
    for entry in entries:
        if entry.code not in known:
            add_agency(store, entry, at)
            known.add(entry.code)
            created += 1
    return created
