"""``tipoff.agencies``: the rules for an agency's code and country, and importing a list."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine

from tipoff.agencies import agency_entry, import_agencies, read_agency_lines
from tipoff.errors import ValidationError
from tipoff.store.sql import SqlReportStore

NOW = datetime(2026, 5, 1, tzinfo=UTC)


def test_entry_rules() -> None:
    assert agency_entry("JP-NPA", None, "jp") == agency_entry("JP-NPA", "JP-NPA", "JP")
    with pytest.raises(ValidationError) as bad_code:
        agency_entry("JP NPA", "x", None)
    assert bad_code.value.path == "code"
    with pytest.raises(ValidationError) as bad_country:
        agency_entry("JP-NPA", "x", "JPN")
    assert bad_country.value.path == "country"


def test_lines_name_the_bad_line() -> None:
    text = '{"code": "JP-NPA", "country": "jp"}\n\n{"code": "bad code"}\n'
    with pytest.raises(ValidationError, match="line 3"):
        read_agency_lines(text)
    with pytest.raises(ValidationError, match="line 1: expected an object"):
        read_agency_lines("[1, 2]")


def test_import_creates_only_new_codes(engine: Engine) -> None:
    store = SqlReportStore(engine)
    entries = read_agency_lines('{"code": "JP-NPA", "country": "jp"}\n{"code": "TH-CIB"}\n')
    assert import_agencies(store, entries, NOW) == 2
    assert import_agencies(store, entries, NOW) == 0
    assert [(a.code, a.name, a.country) for a in store.list_agencies()] == [
        ("JP-NPA", "JP-NPA", "JP"),
        ("TH-CIB", "TH-CIB", None),
    ]
