"""Parquet copies of a simulated world's JSONL files (needs pyarrow, in the dev extras).

Files are converted in batches, so memory stays bounded. Nested fields that Parquet
users rarely query (a report's messages and payments, a truth record's identifiers)
are kept as JSON text columns next to the flat ones.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

BATCH = 50_000
# file -> (flat columns, nested columns stored as JSON text)
LAYOUT: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "reports": (
        (
            "external_id",
            "agency",
            "received_at",
            "occurred_at",
            "victim_country",
            "language",
            "channel",
            "narrative",
        ),
        ("messages", "payments", "identifiers", "loss", "victim"),
    ),
    "messages": (("id", "text", "lang", "label", "stage", "network", "category"), ("identifiers",)),
    "jobs": (("id", "text", "lang", "label", "network"), ("identifiers",)),
    "payments": (
        (
            "id",
            "customer",
            "ts",
            "amount",
            "currency",
            "payee",
            "payee_country",
            "payee_type",
            "rail",
            "is_scam",
            "network",
            "report_id",
        ),
        (),
    ),
    "truth/report_network": (
        (
            "external_id",
            "network",
            "scam_type",
            "victim_country",
            "language",
            "loss",
            "currency",
            "customer",
        ),
        ("scam_types", "identifiers"),
    ),
}


def _batches(path: Path) -> Iterator[list[dict[str, object]]]:
    batch: list[dict[str, object]] = []
    with open(path, "rb") as handle:
        for line in handle:
            batch.append(orjson.loads(line))
            if len(batch) >= BATCH:
                yield batch
                batch = []
    if batch:
        yield batch


def _table(
    records: list[dict[str, object]], flat: tuple[str, ...], nested: tuple[str, ...]
) -> Any:  # a pyarrow.Table (pyarrow is optional and untyped here)
    import pyarrow as pa

    columns: dict[str, list[object]] = {name: [r.get(name) for r in records] for name in flat}
    if "amount" in columns or "loss" in columns:
        for name in ("amount", "loss"):
            if name in columns:
                columns[name] = [None if v is None else float(v) for v in columns[name]]  # type: ignore[arg-type]
    for name in nested:
        columns[name] = [
            None if r.get(name) is None else orjson.dumps(r[name]).decode() for r in records
        ]
    return pa.table(columns)


def convert(out_dir: Path) -> list[Path]:
    """Write ``<name>.parquet`` next to each JSONL file of a world; returns the files written."""
    import pyarrow.parquet as pq

    written = []
    for name, (flat, nested) in LAYOUT.items():
        source = out_dir / f"{name}.jsonl"
        if not source.exists() or source.stat().st_size == 0:
            continue
        target = out_dir / f"{name}.parquet"
        writer = None
        for batch in _batches(source):
            table = _table(batch, flat, nested)
            if writer is None:
                writer = pq.ParquetWriter(target, table.schema)
            writer.write_table(table.cast(writer.schema))
        if writer is not None:
            writer.close()
            written.append(target)
    return written
