"""Readers of public feed files: each yields ``FeedRow``s and ``BadRow``s, never raises on a
bad row (a file that cannot be opened or parsed at all raises ``ValidationError``).

Formats (docs/feeds.md): CryptoScamDB ``urls.yaml``; ScamSniffer ``domains*.json`` /
``address.json`` / ``combined.json``; JPCERT/CC phishing-URL CSV (a file or a folder of
monthly files); OFAC ``sanctioned_addresses_<ASSET>.json`` (a file or the folder); the FTC
Do-Not-Call complaint numbers (CSV ``pattern``); GASA and ChongLuaDao host/URL lists (one per
line); a plain value list (one per line, with a kind); the three MISP feed forms: a MISP
feed (``manifest.json`` and one ``<uuid>.json`` event per manifest entry), a freetext feed
(values anywhere in the text, their types detected as MISP's freetext import does) and a
CSV feed (the values in chosen columns, 1-based, of a delimited file; ``#`` lines are
comments; each value's type detected the same way).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
import yaml

from tipoff.errors import ValidationError
from tipoff.share.feeds.rows import BadRow, FeedRow, Row

# A MISP event uuid, the only name a manifest key may give a file: "../x" or "/etc/x" would
# read JSON files outside the feed's folder into the listings.
_EVENT_UUID = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
)

# MISP attribute types → tipoff kinds ("host": listed as a domain, or as a URL with a path).
MISP_TYPES: dict[str, str] = {
    "domain": "host",
    "hostname": "host",
    "url": "host",
    "link": "host",
    "uri": "host",
    "email": "email",
    "email-src": "email",
    "email-dst": "email",
    "email-reply-to": "email",
    "whois-registrant-email": "email",
    "phone-number": "phone",
    "whois-registrant-phone": "phone",
    "iban": "iban",
    "bic": "bic",
    "btc": "wallet",
    "xmr": "wallet",
    "dash": "wallet",
}


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        raise ValidationError(f"cannot read {path}: {error.strerror}") from error


def _json(path: Path) -> Any:
    try:
        return orjson.loads(path.read_bytes())
    except OSError as error:
        raise ValidationError(f"cannot read {path}: {error.strerror}") from error
    except orjson.JSONDecodeError as error:
        raise ValidationError(f"{path.name} is not JSON: {error}") from error


def _files(path: Path, pattern: str) -> list[Path]:
    if path.is_dir():
        found = sorted(path.rglob(pattern))
        if not found:
            raise ValidationError(f"no {pattern} files under {path}")
        return found
    return [path]


def lines(path: Path, kind: str) -> Iterator[Row]:
    """One value per line (blank lines and ``#`` comments ignored), all of ``kind``."""
    for number, line in enumerate(_text(path).splitlines(), 1):
        value = line.strip()
        if value and not value.startswith("#"):
            yield FeedRow(str(number), kind, value)


def cryptoscamdb(path: Path) -> Iterator[Row]:
    """CryptoScamDB ``urls.yaml``: each record's URL (or name) and its wallet addresses."""
    try:
        records = yaml.load(_text(path), Loader=yaml.CSafeLoader)
    except yaml.YAMLError as error:
        raise ValidationError(f"{path.name} is not YAML: {error}") from error
    if not isinstance(records, list):
        raise ValidationError(f"{path.name}: expected a YAML list of records")
    # A YAML alias repeats a node by reference: 8 KB of nested aliases expand to millions of
    # rows (a "billion laughs"). Each record, address map and list is read once.
    seen: set[int] = set()

    def repeated(node: object) -> bool:
        if id(node) in seen:
            return True
        seen.add(id(node))
        return False

    for number, record in enumerate(records, 1):
        if not isinstance(record, dict):
            yield BadRow(str(number), "record is not a mapping")
            continue
        if repeated(record):
            yield BadRow(str(number), "repeats an earlier node (YAML alias)")
            continue
        site = record.get("url") or record.get("name")
        if isinstance(site, str):
            yield FeedRow(str(number), "host", site)
        addresses = record.get("addresses") or {}
        if not isinstance(addresses, dict):
            yield BadRow(str(number), "addresses is not a mapping")
            continue
        if addresses and repeated(addresses):
            yield BadRow(str(number), "repeats an earlier node (YAML alias)")
            continue
        for coin, values in addresses.items():
            if isinstance(values, list) and repeated(values):
                yield BadRow(str(number), "repeats an earlier node (YAML alias)")
                continue
            for value in values if isinstance(values, list) else [values]:
                if isinstance(value, str):
                    yield FeedRow(str(number), "wallet", value)
                else:
                    yield BadRow(str(number), f"{coin} address is not a string")
        if not isinstance(site, str) and not addresses:
            yield BadRow(str(number), "record has neither url nor addresses")


def scamsniffer(path: Path) -> Iterator[Row]:
    """ScamSniffer: a list of hosts or of addresses, or ``{host: [addresses]}``."""
    data = _json(path)
    if isinstance(data, dict):
        for number, (host, addresses) in enumerate(data.items(), 1):
            yield FeedRow(str(number), "host", str(host))
            if not isinstance(addresses, list):
                yield BadRow(str(number), "addresses is not a list")
                continue
            for value in addresses:
                yield FeedRow(str(number), "wallet", str(value))
        return
    if not isinstance(data, list):
        raise ValidationError(f"{path.name}: expected a JSON list or object")
    for number, value in enumerate(data, 1):
        if not isinstance(value, str):
            yield BadRow(str(number), "entry is not a string")
        elif value.lower().startswith("0x"):
            yield FeedRow(str(number), "wallet", value)
        else:
            yield FeedRow(str(number), "host", value)


def _jpcert_date(text: str) -> datetime | None:
    for form in ("%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y/%m/%d"):
        try:
            return datetime.strptime(text.strip(), form).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


def jpcert(path: Path) -> Iterator[Row]:
    """JPCERT/CC phishing URLs: CSV ``date,URL,description`` (a file, or a folder of them)."""
    for file in _files(path, "*.csv"):
        reader = csv.reader(io.StringIO(_text(file)))
        for number, record in enumerate(reader, 1):
            line = f"{file.name}:{number}"
            if number == 1 and record and record[0].strip().lower() == "date":
                continue
            if len(record) < 2:
                yield BadRow(line, "expected date,URL,description")
                continue
            yield FeedRow(line, "host", record[1], listed_at=_jpcert_date(record[0]))


def ofac(path: Path) -> Iterator[Row]:
    """OFAC sanctioned addresses: ``sanctioned_addresses_<ASSET>.json`` lists (file or folder)."""
    for file in _files(path, "sanctioned_addresses_*.json"):
        data = _json(file)
        if not isinstance(data, list):
            yield BadRow(file.name, "expected a JSON list")
            continue
        for number, value in enumerate(data, 1):
            if isinstance(value, str):
                yield FeedRow(f"{file.name}:{number}", "wallet", value)
            else:
                yield BadRow(f"{file.name}:{number}", "entry is not a string")


def ftc(path: Path) -> Iterator[Row]:
    """FTC Do-Not-Call complaint numbers: CSV with a ``pattern`` column of US numbers."""
    for number, line in enumerate(_text(path).splitlines(), 1):
        value = line.strip().split(",", 1)[0].strip()
        if number == 1 and value.lower() == "pattern":
            continue
        if value:
            yield FeedRow(str(number), "phone", value, country_hint="US")


def misp(path: Path) -> Iterator[Row]:
    """A MISP feed folder: ``manifest.json`` naming events, each ``<uuid>.json``.

    Attributes of the events and of their objects are read; ``to_ids`` is not required (a
    feed lists what it lists); composite types (``domain|ip``) give their first part.
    """
    folder = path if path.is_dir() else path.parent
    manifest = _json(folder / "manifest.json")
    if not isinstance(manifest, dict):
        raise ValidationError("manifest.json: expected an object keyed by event uuid")
    for uuid in manifest:
        if not _EVENT_UUID.fullmatch(uuid):
            yield BadRow(uuid[:80], "manifest key is not an event uuid")
            continue
        event_file = folder / f"{uuid}.json"
        try:
            data = _json(event_file)
        except ValidationError as error:
            yield BadRow(event_file.name, str(error))
            continue
        event = data.get("Event") if isinstance(data, dict) else None
        if not isinstance(event, dict):
            yield BadRow(event_file.name, "no Event")
            continue
        attributes = list(event.get("Attribute") or [])
        for obj in event.get("Object") or []:
            if isinstance(obj, dict):
                attributes.extend(obj.get("Attribute") or [])
        for number, attribute in enumerate(attributes, 1):
            yield _misp_row(f"{event_file.name}:{number}", attribute)


def _misp_row(line: str, attribute: Any) -> Row:
    if not isinstance(attribute, dict):
        return BadRow(line, "attribute is not an object")
    kind_name, value = str(attribute.get("type", "")), attribute.get("value")
    if "|" in kind_name and isinstance(value, str):
        kind_name, value = kind_name.split("|", 1)[0], value.split("|", 1)[0]
    kind = MISP_TYPES.get(kind_name)
    if kind is None:
        return BadRow(line, f"MISP type {kind_name or '(none)'} is not an identifier tipoff keeps")
    if not isinstance(value, str):
        return BadRow(line, "attribute value is not a string")
    listed_at = None
    stamp = attribute.get("timestamp")
    if isinstance(stamp, (str, int)) and str(stamp).isdigit():
        try:
            listed_at = datetime.fromtimestamp(int(stamp), UTC)
        except (OverflowError, OSError, ValueError):  # beyond the platform's time_t
            return BadRow(line, "attribute timestamp is out of range")
    return FeedRow(line, kind, value, listed_at=listed_at)


# Freetext type detection, after MISP's freetext import (its ComplexTypeTool): tokens are
# refanged, then recognised as URLs, e-mail addresses, wallet addresses, phone numbers in
# international form, or hosts; IP addresses and hashes are recognised and refused (tipoff
# keeps no such kinds).
_REFANG = (
    (re.compile(r"^hxxp", re.IGNORECASE), "http"),
    (re.compile(r"^fxp", re.IGNORECASE), "ftp"),
    (re.compile(r"[\[\(\{]\.[\]\)\}]"), "."),
    (re.compile(r"[\[\(\{](?:dot)[\]\)\}]", re.IGNORECASE), "."),
    (re.compile(r"[\[\(\{](?:@|at)[\]\)\}]", re.IGNORECASE), "@"),
    (re.compile(r"\[:\]"), ":"),
)
_SPLIT = re.compile(r"[\s,;|]+")
_STRIP = "\"'<>()[]{}`"
_URL = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.)\S+", re.IGNORECASE)
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", re.IGNORECASE)
_WALLETS = (
    re.compile(r"0x[0-9a-fA-F]{40}"),
    re.compile(r"bc1[02-9ac-hj-np-z]{11,71}"),
    re.compile(r"[13][1-9A-HJ-NP-Za-km-z]{25,34}"),
    re.compile(r"T[1-9A-HJ-NP-Za-km-z]{33}"),
)
_PHONE = re.compile(r"\+[0-9][0-9 .()-]{6,20}[0-9]")
_IP = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?(?:/\d{1,2})?|[0-9a-fA-F:]*::[0-9a-fA-F:]+")
_HASH = re.compile(r"[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}|[0-9a-fA-F]{128}")
_HOST = re.compile(r"(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}\.?", re.I)


def _refang(token: str) -> str:
    for pattern, replacement in _REFANG:
        token = pattern.sub(replacement, token)
    return token


def freetext_row(where: str, token: str) -> Row:
    """One freetext token as a feed row of the kind MISP's detection gives it."""
    value = _refang(token.strip(_STRIP))
    if _URL.fullmatch(value):
        return FeedRow(where, "host", value)
    if _EMAIL.fullmatch(value):
        return FeedRow(where, "email", value)
    if any(pattern.fullmatch(value) for pattern in _WALLETS):
        return FeedRow(where, "wallet", value)
    if _PHONE.fullmatch(value):
        return FeedRow(where, "phone", value)
    if _IP.fullmatch(value):
        return BadRow(where, "an IP address (tipoff keeps no IP addresses)")
    if _HASH.fullmatch(value):
        return BadRow(where, "a hash (tipoff keeps no file hashes)")
    if _HOST.fullmatch(value):
        return FeedRow(where, "host", value)
    return BadRow(where, "freetext token of no type tipoff keeps")


def misp_freetext(path: Path) -> Iterator[Row]:
    """A MISP freetext feed: every token of every line (``#`` lines are comments)."""
    for number, line in enumerate(_text(path).splitlines(), 1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        for token in _SPLIT.split(text):
            if token.strip(_STRIP):
                yield freetext_row(str(number), token)


def misp_csv(path: Path, columns: tuple[int, ...] = (1,), delimiter: str = ",") -> Iterator[Row]:
    """A MISP CSV feed: the values of ``columns`` (1-based) of each line, types detected.

    As MISP's CSV feed settings (``csv.value``, ``csv.delimiter``): lines starting with
    ``#`` are comments; a line too short for a column is a bad row, the others still read.
    """
    if not columns or any(c < 1 for c in columns):
        raise ValidationError("CSV columns are numbered from 1")
    if len(delimiter) != 1:
        raise ValidationError("the CSV delimiter is one character")
    text = _text(path)
    rows = (line for line in text.splitlines() if not line.lstrip().startswith("#"))
    reader = csv.reader(rows, delimiter=delimiter)
    try:
        for number, record in enumerate(reader, 1):
            if not any(cell.strip() for cell in record):
                continue
            for column in columns:
                where = f"{number}:{column}"
                if column > len(record):
                    yield BadRow(where, f"no column {column}")
                elif record[column - 1].strip():
                    yield freetext_row(where, record[column - 1].strip())
    except csv.Error as error:
        raise ValidationError(f"{path.name} is not CSV: {error}") from error
