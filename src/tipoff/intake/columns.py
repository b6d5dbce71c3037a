"""Reading files whose columns have other names: ``tipoff ingest --map external_id=case_no``.

Agencies export with their own column names (``case_no``, ``description``, ``country``).
A ``ColumnMap`` renames them to the intake format's names before a record is validated,
so the file need not be edited. For CSV it renames columns; for JSONL, top-level keys.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from tipoff.errors import ValidationError
from tipoff.intake.schema import ReportIn

# The flat CSV columns that are not ReportIn fields themselves (see tipoff.intake.files).
_CSV_COLUMNS = frozenset(
    {"loss_amount", "loss_currency"}
    | {f"victim_{name}" for name in ("name", "phone", "email", "national_id", "age_band", "gender")}
)


def known_columns() -> frozenset[str]:
    """Every name a column may be mapped to."""
    return frozenset(ReportIn.model_fields) | _CSV_COLUMNS


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Intake name -> the file's name, e.g. ``{"external_id": "case_no"}``."""

    names: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def parse(cls, spec: str | None) -> ColumnMap:
        """From ``external_id=case_no,narrative=description``; ValidationError naming the
        bad part for an unknown intake name, a part without ``=``, or a name given twice."""
        names: dict[str, str] = {}
        for part in (spec or "").split(","):
            if not part.strip():
                continue
            target, sep, source = (text.strip() for text in part.partition("="))
            if not sep or not target or not source:
                raise ValidationError(
                    f"{part.strip()!r} is not INTAKE_NAME=FILE_COLUMN (e.g. external_id=case_no)",
                    path="--map",
                )
            if target not in known_columns():
                raise ValidationError(
                    f"{target!r} is not an intake field; map to one of "
                    f"{', '.join(sorted(known_columns()))}",
                    path="--map",
                )
            if target in names:
                raise ValidationError(f"{target!r} is mapped twice", path="--map")
            names[target] = source
        return cls(names)

    def apply(self, record: Any) -> Any:
        """``record`` (a CSV row or a decoded JSON object) with the mapped keys renamed."""
        if not self.names or not isinstance(record, dict):
            return record
        sources = {source: target for target, source in self.names.items()}
        # Keys are matched without surrounding spaces, as CSV headers are read.
        return {
            sources.get(key.strip(), key) if isinstance(key, str) else key: value
            for key, value in record.items()
        }

    def missing_key_column(self, header: Sequence[str]) -> str | None:
        """Why no row of a CSV file with ``header`` can be read (no ``external_id``), or None."""
        columns = {name.strip() for name in header if name}
        source = self.names.get("external_id", "external_id")
        if source in columns:
            return None
        shown = ", ".join(sorted(columns)[:12]) or "none"
        return (
            f"the file has no {source} column (its columns: {shown}); "
            "name the column that holds the agency's case id with --map external_id=COLUMN"
        )
