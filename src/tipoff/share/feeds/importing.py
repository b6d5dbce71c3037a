"""Import a feed file: read it, canonicalise every value as reports' identifiers are
canonicalised (``tipoff.indicators``), drop warninglisted ones, record the rest with
provenance. Idempotent: importing the same file again adds nothing and refreshes
``last_seen``. A bad row is counted with its reason; the rows beside it are kept.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from tipoff.indicators import Warninglist, canonicalize, is_common
from tipoff.model import IndicatorKind
from tipoff.share.feeds.catalogue import FeedSpec
from tipoff.share.feeds.rows import BadRow, FeedRow
from tipoff.share.feeds.store import FeedSource, FeedStore, Listed
from tipoff.share.feeds.tables import MAX_VALUE_CHARS
from tipoff.store.protocol import ReportStore
from tipoff.store.records import AuditEntry

KINDS = frozenset(kind.value for kind in IndicatorKind)


@dataclass(slots=True)
class ImportResult:
    """What one import did, and how fast."""

    feed: str
    source_file: str
    rows: int = 0
    values: int = 0
    added: int = 0
    refreshed: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)  # "where: reason", the first few
    seconds: float = 0.0

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds > 0 else 0.0

    def as_json(self) -> dict[str, object]:
        return {
            "feed": self.feed,
            "source_file": self.source_file,
            "rows": self.rows,
            "values": self.values,
            "added": self.added,
            "refreshed": self.refreshed,
            "skipped": sum(self.skipped.values()),
            "skipped_by_reason": dict(self.skipped.most_common()),
            "skipped_examples": self.examples,
            "seconds": round(self.seconds, 3),
            "rows_per_second": round(self.rows_per_second),
        }


def canonical_row(row: FeedRow, warninglist: Warninglist | None = None) -> Listed | str:
    """The canonical value of a feed row, or the reason it is skipped."""
    kind, value = row.kind, None
    if kind == "host":
        url = canonicalize(IndicatorKind.URL, row.value)
        if url is not None:
            parts = urlsplit(url)
            host_only = parts.path in ("", "/") and not parts.query and not parts.fragment
            kind = "domain" if host_only else "url"
            value = canonicalize(kind, row.value) if host_only else url
        else:
            kind = "domain"
    elif kind not in KINDS:
        return f"unknown kind {kind!r}"
    if value is None:
        value = canonicalize(kind, row.value, country_hint=row.country_hint)
    if value is None:
        return f"not a valid {kind}"
    if len(value) > MAX_VALUE_CHARS:
        return f"{kind} longer than {MAX_VALUE_CHARS} characters"
    if is_common(kind, value, warninglist):
        return f"warninglisted {kind} (a common identifier, not listed)"
    return Listed(kind, value, row.listed_at)


def import_feed(
    store: FeedStore,
    spec: FeedSpec,
    path: Path,
    *,
    at: datetime,
    warninglist: Warninglist | None = None,
    audit: ReportStore | None = None,
    actor: str = "unknown",
) -> ImportResult:
    """Read ``path`` with ``spec``'s reader and record its values as seen at ``at``.

    With ``audit``, the import is written to its append-only audit log (action
    ``feed-import``, the feed's name, who, and the counts).
    """
    started = time.perf_counter()
    result = ImportResult(spec.name, str(path))
    listed: list[Listed] = []
    for row in spec.reader(path):
        result.rows += 1
        outcome = row.reason if isinstance(row, BadRow) else canonical_row(row, warninglist)
        if isinstance(outcome, str):
            result.skipped[outcome] += 1
            if len(result.examples) < 10:
                result.examples.append(f"{row.where}: {outcome}")
        else:
            listed.append(outcome)
    source = FeedSource(
        spec.name, spec.title, spec.url, spec.confidence, spec.half_life_days, spec.public
    )
    store.save_source(source, source_file=path.name, at=at)
    recorded = store.record(spec.name, listed, at=at)
    result.values = recorded.added + recorded.refreshed
    result.added, result.refreshed = recorded.added, recorded.refreshed
    result.seconds = time.perf_counter() - started
    if audit is not None:
        detail = {k: v for k, v in result.as_json().items() if k != "skipped_examples"}
        audit.append_audit(AuditEntry(at, actor, "feed-import", "feed", spec.name, detail))
    return result
