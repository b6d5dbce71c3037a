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
it by name instead of silently dropping data.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tipoff.errors import ValidationError

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


def read_records(path: Path, *, progress: Any = None) -> Iterator[RawRecord]:
    """Every record of ``path``; ``progress(n_bytes)`` is called as the file is read."""
    lines = _counted_lines(path, progress)
    if file_format(path) == "jsonl":
        return _jsonl_records(lines)
    return _csv_records(lines)


def _counted_lines(path: Path, progress: Any) -> Iterator[str]:
    with path.open("r", encoding="utf-8-sig", newline="") as handle:
        for line in handle:
            if progress is not None:
                progress(len(line.encode("utf-8")))
            yield line


def _jsonl_records(lines: Iterable[str]) -> Iterator[RawRecord]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield RawRecord(number, json.loads(line), text=line.rstrip("\r\n"))
        except ValueError as error:
            yield RawRecord(number, error=f"not valid JSON: {error}", text=line.rstrip("\r\n"))


def _csv_records(lines: Iterator[str]) -> Iterator[RawRecord]:
    reader = csv.DictReader(lines)
    last_line = 1
    for row in reader:
        first_line, last_line = last_line + 1, reader.line_num
        if None in row:
            yield RawRecord(
                first_line, error="more cells than header columns", text=json.dumps(row)
            )
            continue
        try:
            yield RawRecord(
                first_line, csv_row_to_report(row), text=json.dumps(row, ensure_ascii=False)
            )
        except ValidationError as error:
            yield RawRecord(
                first_line,
                error=str(error),
                error_path=error.path,
                text=json.dumps(row, ensure_ascii=False),
            )


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
