"""Shortened addresses resolved to the one stored full address they fit.

A victim who copied "TP4Cnk…77du" from a wallet app names an address without writing it.
Its sighting (kind ``partial_wallet``, ``tipoff.indicators.partial_wallets``) is stored and
shown, never linked or blocked. When exactly ONE full address of its chain stored (or in the
same batch) starts with its head and ends with its tail, the report gets a sighting of that
address too: same role, span and raw text, confidence ``RESOLVED_CONFIDENCE`` times the
partial's, source ``<source>.resolved``. None or several fit: nothing is added (guessing
would join victims of different crews), and the partial stays as it is.

It runs at ingest (``resolve_reports``, against the store and the batch, before the batch is
saved) and at every relink (``resolve_stored``, for partials stored before the address
arrived in full). The lookup is one range scan per partial on the ``(kind, value)`` unique
index of ``indicators``: the head is a prefix of the canonical value.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime

from sqlalchemy import Connection, func, select

from tipoff.indicators.partial_wallets import Affixes, affixes
from tipoff.store.records import NewReport, NewSighting
from tipoff.store.tables import indicators, reports, sightings

PARTIAL_KIND = "partial_wallet"
WALLET_KIND = "wallet"
RESOLVED_SOURCE_SUFFIX = ".resolved"
RESOLVED_CONFIDENCE = 0.9  # times the partial's own confidence
MAX_FITS = 2  # one resolves, two are enough to know it is ambiguous

Lookup = Callable[[Sequence[str]], Mapping[str, list[str]]]


def resolved_sighting(partial: NewSighting, full_value: str) -> NewSighting:
    """The sighting of the full address ``full_value`` that ``partial`` resolves to."""
    return replace(
        partial,
        kind=WALLET_KIND,
        value=full_value,
        source=partial.source + RESOLVED_SOURCE_SUFFIX,
        confidence=round(partial.confidence * RESOLVED_CONFIDENCE, 4),
        common=False,
    )


def the_one_fit(partial_value: str, candidates: Iterable[str]) -> str | None:
    """The only candidate full value ``partial_value`` fits; None for none or several."""
    parsed = affixes(partial_value)
    if parsed is None:
        return None
    fitting = {value for value in candidates if parsed.fits(value)}
    return fitting.pop() if len(fitting) == 1 else None


def resolve_reports(batch: Sequence[NewReport], lookup: Lookup) -> list[NewReport]:
    """``batch`` with a resolved sighting added to each report whose shortened address fits
    exactly one full address stored (``lookup``) or cited in the batch."""
    partial_values = sorted(
        {s.value for report in batch for s in report.sightings if s.kind == PARTIAL_KIND}
    )
    if not partial_values:
        return list(batch)
    stored = lookup(partial_values)
    in_batch = {s.value for report in batch for s in report.sightings if s.kind == WALLET_KIND}
    fits = {
        value: the_one_fit(value, [*stored.get(value, ()), *in_batch]) for value in partial_values
    }
    return [_with_resolved(report, fits) for report in batch]


def _with_resolved(report: NewReport, fits: Mapping[str, str | None]) -> NewReport:
    cited = {s.value for s in report.sightings if s.kind == WALLET_KIND}
    added = []
    for sighting in report.sightings:
        full = fits.get(sighting.value) if sighting.kind == PARTIAL_KIND else None
        if full is not None and full not in cited:
            added.append(resolved_sighting(sighting, full))
            cited.add(full)
    return replace(report, sightings=(*report.sightings, *added)) if added else report


def wallets_fitting(connection: Connection, partial_values: Sequence[str]) -> dict[str, list[str]]:
    """For each partial value, up to ``MAX_FITS`` stored full wallet values it fits.

    The head makes a range of the unique ``(kind, value)`` index (``value >= 'tron:TP4Cnk'
    AND value < 'tron:TP4Cnl'``); the tail is tested on the rows of that range only. On
    PostgreSQL the range is written with ``LIKE 'tron:TP4Cnk%'`` beside it, so the answer is
    exact under any collation (the range serves the index under C-like collations).
    """
    found: dict[str, list[str]] = {}
    for value in partial_values:
        parsed = affixes(value)
        found[value] = _fitting(connection, parsed) if parsed is not None else []
    return found


def _fitting(connection: Connection, parsed: Affixes) -> list[str]:
    prefix = parsed.prefix
    value = indicators.c.value
    query = (
        select(value)
        .where(indicators.c.kind == WALLET_KIND)
        .where(value >= prefix, value < _after_prefix(prefix))
        .where(func.substr(value, func.length(value) - len(parsed.tail) + 1) == parsed.tail)
        .limit(MAX_FITS * 4)
    )
    if connection.dialect.name == "postgresql":
        query = query.where(value.like(prefix + "%"))
    return [row for row in connection.execute(query).scalars() if parsed.fits(row)][:MAX_FITS]


def _after_prefix(prefix: str) -> str:
    """The least string greater than every string that starts with ``prefix`` (code-point
    order; addresses are ASCII, so the last character never is U+10FFFF)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def resolve_stored(connection: Connection, lookup: Lookup | None = None) -> int:
    """Resolve the stored reports' shortened addresses that now fit exactly one stored full
    address and whose report does not cite that address yet; the number of sightings added.

    Run in the caller's transaction (``tipoff relink`` runs it before linking).
    """
    partials = _stored_partials(connection)
    if not partials:
        return 0
    fits_of = lookup or (lambda values: wallets_fitting(connection, values))
    stored = fits_of(sorted({partial.value for _report, partial in partials}))
    cited = _cited_wallets(connection, sorted({report_id for report_id, _ in partials}))
    additions: dict[int, list[NewSighting]] = {}
    for report_id, partial in partials:
        full = the_one_fit(partial.value, stored.get(partial.value, ()))
        if full is None or full in cited.setdefault(report_id, set()):
            continue
        cited[report_id].add(full)
        additions.setdefault(report_id, []).append(resolved_sighting(partial, full))
    if additions:
        _write(connection, additions)
    return sum(len(items) for items in additions.values())


def _stored_partials(connection: Connection) -> list[tuple[int, NewSighting]]:
    query = (
        select(
            sightings.c.report_id,
            indicators.c.value,
            sightings.c.role,
            sightings.c.raw,
            sightings.c.source,
            sightings.c.span_start,
            sightings.c.span_end,
            sightings.c.confidence,
        )
        .join(indicators, indicators.c.id == sightings.c.indicator_id)
        .where(indicators.c.kind == PARTIAL_KIND)
        .order_by(sightings.c.id)
    )
    return [
        (
            row.report_id,
            NewSighting(
                PARTIAL_KIND,
                row.value,
                row.role,
                row.raw,
                row.source,
                row.span_start,
                row.span_end,
                row.confidence,
            ),
        )
        for row in connection.execute(query)
    ]


def _cited_wallets(connection: Connection, report_ids: list[int]) -> dict[int, set[str]]:
    cited: dict[int, set[str]] = {}
    for start in range(0, len(report_ids), 5000):
        query = (
            select(sightings.c.report_id, indicators.c.value)
            .join(indicators, indicators.c.id == sightings.c.indicator_id)
            .where(sightings.c.report_id.in_(report_ids[start : start + 5000]))
            .where(indicators.c.kind == WALLET_KIND)
        )
        for report_id, value in connection.execute(query):
            cited.setdefault(report_id, set()).add(value)
    return cited


def _write(connection: Connection, additions: dict[int, list[NewSighting]]) -> None:
    from tipoff.store.bulk import add_sightings

    ids = sorted(additions)
    seen: dict[int, tuple[datetime, datetime | None]] = {}
    for start in range(0, len(ids), 5000):
        query = select(reports.c.id, reports.c.received_at, reports.c.occurred_at).where(
            reports.c.id.in_(ids[start : start + 5000])
        )
        for report_id, received_at, occurred_at in connection.execute(query):
            seen[report_id] = (received_at, occurred_at)
    add_sightings(
        connection,
        {
            report_id: (*seen[report_id], tuple(items))
            for report_id, items in additions.items()
            if report_id in seen
        },
    )
