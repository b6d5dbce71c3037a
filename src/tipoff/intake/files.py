"""Reading report files for ``tipoff ingest``: JSONL and CSV, one record per report.

JSONL: one ReportIn object per line; blank lines are skipped.

CSV (header row required), flat columns:

- the scalar ReportIn fields by name: ``external_id``, ``agency``, ``received_at``,
  ``occurred_at``, ``victim_country``, ``language``, ``channel``, ``narrative``,
  ``scam_type``, ``tlp``;
- ``loss_amount`` + ``loss_currency`` -> ``loss``;
- ``victim_name``, ``victim_phone``, ``victim_email``, ``victim_national_id``,
  ``victim_age_band``, ``victim_gender`` -> ``victim``;
- ``messages``: a JSON array of message objects, or plain text where each non-empty
  line is one message from the scammer;
- ``payments`` and ``identifiers``: JSON arrays.

Empty cells count as absent. Any other column is passed through, so the schema rejects
it by name instead of silently dropping data. ``ColumnMap`` renames a file's own columns
(``case_no`` -> ``external_id``) before any of this; for JSONL it renames top-level keys.

Files are read as bytes, one line at a time, and decoded per line (``tipoff.intake.encoding``
picks the encoding), so a line that does not decode is one rejected record with its line
number, not the end of the run.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tipoff.errors import ValidationError
from tipoff.intake.columns import ColumnMap
from tipoff.intake.encoding import decode_line

_VICTIM_COLUMNS = ("name", "phone", "email", "national_id", "age_band", "gender")
_JSON_COLUMNS = ("payments", "identifiers")


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One record of an input file: its first line number and either data or a parse error."""

    line: int
    data: Any = None
    error: str | None = None
    error_path: str = ""
    text: str = ""


def file_format(path: Path) -> str:
    """``jsonl`` or ``csv`` from the file name; ValidationError for anything else."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix == ".csv":
        return "csv"
    raise ValidationError(f"cannot tell the format of {path.name}: use .jsonl or .csv", path="FILE")


def read_records(
    path: Path,
    *,
    progress: Any = None,
    encoding: str = "utf-8",
    columns: ColumnMap | None = None,
) -> Iterator[RawRecord]:
    """Every record of ``path`` decoded as ``encoding``; ``progress(n_bytes)`` as it is read."""
    lines = _decoded_lines(path, encoding, progress)
    rename = columns or ColumnMap()
    if file_format(path) == "jsonl":
        return _jsonl_records(lines, rename)
    return _csv_records(lines, rename)


@dataclass(frozen=True, slots=True)
class _Line:
    number: int
    text: str  # undecodable bytes as backslash escapes, so the reject file shows them
    error: str | None = None


def _decoded_lines(path: Path, encoding: str, progress: Any) -> Iterator[_Line]:
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if progress is not None:
                progress(len(raw))
            if number == 1 and raw.startswith(b"\xef\xbb\xbf") and encoding == "utf-8":
                raw = raw[3:]
            text, error = decode_line(raw, encoding)
            yield _Line(number, text, error)


def _jsonl_records(lines: Iterable[_Line], rename: ColumnMap) -> Iterator[RawRecord]:
    for line in lines:
        text = line.text.rstrip("\r\n")
        if line.error is not None:
            yield RawRecord(line.number, error=line.error, text=text)
            continue
        if not text.strip():
            continue
        try:
            data = json.loads(text)
        except ValueError as error:
            yield RawRecord(line.number, error=f"not valid JSON: {error}", text=text)
            continue
        yield RawRecord(line.number, rename.apply(data), text=text)


def _csv_records(lines: Iterator[_Line], rename: ColumnMap) -> Iterator[RawRecord]:
    undecodable: dict[int, str] = {}

    def texts() -> Iterator[str]:
        for line in lines:
            if line.error is not None:
                undecodable[line.number] = line.error
            yield line.text

    reader = csv.DictReader(texts())
    last_line = 1
    missing = None
    for row in reader:
        first_line, last_line = last_line + 1, reader.line_num
        if missing is None:
            missing = rename.missing_key_column(reader.fieldnames or [])
        bad = [undecodable.pop(n) for n in range(first_line, last_line + 1) if n in undecodable]
        text = json.dumps(row, ensure_ascii=False)
        if bad:
            yield RawRecord(first_line, error=bad[0], text=text)
        elif None in row:
            yield RawRecord(first_line, error="more cells than header columns", text=text)
        elif missing:
            yield RawRecord(first_line, error=missing, error_path="external_id", text=text)
        else:
            try:
                yield RawRecord(first_line, csv_row_to_report(rename.apply(row)), text=text)
            except ValidationError as invalid:
                yield RawRecord(first_line, error=str(invalid), error_path=invalid.path, text=text)
    for number, why in sorted(undecodable.items()):  # the header line itself
        yield RawRecord(number, error=why)


def csv_row_to_report(row: dict[str, str]) -> dict[str, Any]:
    """A flat CSV row as a ReportIn-shaped dict (see the module docstring)."""
    cells = {
        name.strip(): value for name, value in row.items() if value is not None and value.strip()
    }
    report: dict[str, Any] = {}
    victim = {f: cells.pop(f"victim_{f}") for f in _VICTIM_COLUMNS if f"victim_{f}" in cells}
    if victim:
        report["victim"] = victim
    if "loss_amount" in cells or "loss_currency" in cells:
        report["loss"] = {
            "amount": cells.pop("loss_amount", None),
            "currency": cells.pop("loss_currency", None),
        }
    if "messages" in cells:
        report["messages"] = _messages_cell(cells.pop("messages"))
    for column in _JSON_COLUMNS:
        if column in cells:
            report[column] = _json_cell(column, cells.pop(column))
    return report | cells


def _messages_cell(value: str) -> Any:
    if value.lstrip().startswith("["):
        return _json_cell("messages", value)
    return [
        {"text": line.strip(), "sender": "scammer"} for line in value.splitlines() if line.strip()
    ]


def _json_cell(column: str, value: str) -> Any:
    try:
        return json.loads(value)
    except ValueError as error:
        raise ValidationError(f"column is not valid JSON ({error})", path=column) from error
