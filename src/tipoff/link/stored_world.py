"""Load what linking needs from the store into arrays: one pass over three tables.

``StoredWorld`` holds report columns indexed by row and the sightings as integer pairs
keyed by database ids, so the pure core (components, index, harm) runs on it directly.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

import numpy as np
from sqlalchemy import Connection, case, or_, select

from tipoff.link.caller_ids import (
    CALLER_ROLE,
    OWN_CHANNEL_ROLES,
    accounts_spelling,
    caller_id_candidates,
    institutional_numbers,
)
from tipoff.link.components import ATTRIBUTING_ROLES, Links, make_links
from tipoff.link.evidence import (
    DROPPED_ROLES,
    NON_LINKING_ROLES,
    OTHER_CREW_ROLE,
    OWN_ROLE,
    PAYEE_ROLES,
    REFERENCE_ROLE,
    REISSUED_ROLE,
    SERVICE_ROLE,
    own_of_paid,
)
from tipoff.link.harm import ReportFacts
from tipoff.link.hubs import KIND_CODES
from tipoff.link.network_stats import STAT_COLUMNS
from tipoff.link.network_tables import network_members
from tipoff.link.other_crews import other_crew_citations
from tipoff.link.payee_types import market_codes, type_families
from tipoff.link.platform_links import (
    HANDLE_KIND,
    PLATFORM_LINK_PATTERNS,
    URL_KIND,
    handle_of_links,
    named_handle,
    unfolded,
)
from tipoff.link.reissued_numbers import after_reissue
from tipoff.link.shared_hosts import shared_host_domains
from tipoff.model import IndicatorKind
from tipoff.store.records import as_utc
from tipoff.store.tables import indicators, reports, sightings

ACCOUNT_KIND = IndicatorKind.BANK_ACCOUNT.value
ACCOUNT_CODE = KIND_CODES[ACCOUNT_KIND]


def epoch(moment: datetime | None) -> float:
    """Epoch seconds of a stored timestamp (naive means UTC); NaN when missing."""
    utc = as_utc(moment)
    return utc.timestamp() if utc is not None else float("nan")


def codes(values: list[str | None]) -> tuple[np.ndarray, list[str]]:
    """Integer code per value (-1 for None) and the code book."""
    book = sorted({v for v in values if v})
    lookup = {v: i for i, v in enumerate(book)}
    return np.array([lookup.get(v, -1) if v else -1 for v in values], dtype=np.int64), book


@dataclass(frozen=True, slots=True)
class StoredWorld:
    """Reports (one row each, ``report_ids`` ascending) and their sightings."""

    report_ids: np.ndarray
    received_at: np.ndarray
    loss_usd: np.ndarray
    country: np.ndarray
    countries: list[str]
    scam_type: np.ndarray
    scam_types: list[str]
    victim: np.ndarray
    links: Links
    family: np.ndarray  # scam-type family code per row (-1: none), the reporter's first

    def families(self) -> np.ndarray:
        """Scam-type family per report id (-1: none stated, or no such report)."""
        out = np.full(self.links.n_reports, -1, dtype=np.int64)
        out[self.report_ids] = self.family
        return out

    def markets(self) -> np.ndarray:
        """The victim's country per report id as a bit number (-1: none given, or no such
        report; ``tipoff.link.payee_types.market_codes``)."""
        out = np.full(self.links.n_reports, -1, dtype=np.int64)
        out[self.report_ids] = market_codes(self.country)
        return out

    def times(self) -> np.ndarray:
        """When each report was received, in epoch seconds, per report id (NaN: unknown,
        or no such report)."""
        out = np.full(self.links.n_reports, np.nan, dtype=np.float64)
        out[self.report_ids] = self.received_at
        return out

    def facts(self, labels_by_id: np.ndarray) -> ReportFacts:
        """Harm inputs for every report, labelled with its component."""
        return ReportFacts(
            labels_by_id[self.report_ids],
            self.received_at,
            self.loss_usd,
            self.country,
            self.scam_type,
            self.victim,
        )


def load_world(connection: Connection, network_id: int | None = None) -> StoredWorld:
    """Every report, indicator and sighting needed for a full relink.

    With ``network_id``: only that network's members, and no sightings (for statistics).
    """
    query = select(reports.c.id, *STAT_COLUMNS).order_by(reports.c.id)
    if network_id is not None:
        members = select(network_members.c.report_id).where(
            network_members.c.network_id == network_id
        )
        query = query.where(reports.c.id.in_(members))
    rows = connection.execute(query).all()
    report_ids = np.array([r.id for r in rows], dtype=np.int64)
    country, countries = codes([r.victim_country for r in rows])
    scam_type, scam_types = codes([r.scam_type or r.reporter_scam_type for r in rows])
    victim, _ = codes([r.victim_key for r in rows])
    family, _ = type_families([r.reporter_scam_type or r.scam_type for r in rows])
    return StoredWorld(
        report_ids,
        np.array([epoch(r.received_at) for r in rows], dtype=np.float64),
        np.array([np.nan if r.loss_usd is None else r.loss_usd for r in rows], dtype=np.float64),
        country,
        countries,
        scam_type,
        scam_types,
        victim,
        load_links(connection, report_ids) if network_id is None else _no_links(report_ids),
        family,
    )


def _no_links(report_ids: np.ndarray) -> Links:
    empty = np.zeros(0, dtype=np.int64)
    present = np.zeros(int(report_ids.max()) + 1 if report_ids.size else 0, dtype=bool)
    present[report_ids] = True
    return Links(empty, empty, present, np.zeros(0, np.int8), np.zeros(0, bool))


def load_links(connection: Connection, report_ids: np.ndarray) -> Links:
    """Sightings as (report id, indicator id) pairs plus each indicator's kind and flag."""
    found = connection.execute(
        select(indicators.c.id, indicators.c.kind, indicators.c.common)
    ).all()
    n_indicators = max((r.id for r in found), default=-1) + 1
    kinds = np.zeros(n_indicators, dtype=np.int8)
    common = np.zeros(n_indicators, dtype=bool)
    for row in found:
        # A kind this version does not link on (added by a newer extractor) is kept out of links.
        kinds[row.id] = KIND_CODES.get(row.kind, 0)
        common[row.id] = bool(row.common) or row.kind not in KIND_CODES
    # 1: a victim's reference to a third party, 2: a service they used (both never link)
    is_reference = case(
        (sightings.c.role == REFERENCE_ROLE, 1), (sightings.c.role == SERVICE_ROLE, 2), else_=0
    )
    # 1: the report attributes the value to the scam (tipoff.link.components.mention_only):
    # given in a field (the scammer's messages, the payments, the victim's list of
    # identifiers), or named in the narrative in a role that says the scam used it
    is_attributed = case(
        (~sightings.c.source.like("narrative%"), 1),
        (sightings.c.role.in_(ATTRIBUTING_ROLES), 1),
        else_=0,
    )
    pairs = np.array(
        connection.execute(
            select(
                sightings.c.report_id,
                sightings.c.indicator_id,
                is_reference,
                is_attributed,
                _own_channel(),
                case(
                    (sightings.c.role == OWN_ROLE, 1),
                    (sightings.c.role.in_(PAYEE_ROLES), 2),
                    (sightings.c.role == REISSUED_ROLE, 3),
                    else_=0,
                ),
                _crew_side(),
            )
            # an earlier scam's value: no evidence here (tipoff.link.evidence); another
            # crew's is read to weigh the report's open citations, then left out too
            .where(sightings.c.role.not_in(DROPPED_ROLES) | (sightings.c.role == OTHER_CREW_ROLE))
        ).all(),
        dtype=np.int64,
    )
    pairs = pairs.reshape(-1, 7)
    # a number its carrier gave to someone else: no evidence from then on
    pairs = pairs[~_after_reissue(connection, pairs[:, 0], pairs[:, 1], pairs[:, 5] == 3)]
    # the victim's own account that a crew's victims paid: no evidence of the owner's crew
    pairs = pairs[~own_of_paid(pairs[:, 1], pairs[:, 5])]
    # a report naming another crew: that crew's values, and the open citations leading to it
    pairs = pairs[~_other_crews(pairs, common), :5]
    pairs = pairs[unfolded(pairs[:, 0], pairs[:, 1], platform_handles(connection, n_indicators))]
    present = np.zeros(int(report_ids.max()) + 1 if report_ids.size else 0, dtype=bool)
    present[report_ids] = True
    links = make_links(
        pairs[:, 0],
        pairs[:, 1],
        kinds,
        common,
        present,
        pairs[:, 2] >= 1,
        pairs[:, 2] == 2,
        pairs[:, 3] == 1,
        _caller_ids(connection, pairs[:, 1], kinds, pairs[:, 4], pairs[:, 2] == 1),
    )
    return replace(links, hosts=_shared_hosts(connection, links, n_indicators))


def _shared_hosts(connection: Connection, links: Links, n_indicators: int) -> np.ndarray:
    """Per indicator id: a shared host's domain (``tipoff.link.shared_hosts``)."""
    cited = np.bincount(links.indicator_idx, minlength=n_indicators)
    if not (cited[links.kinds == KIND_CODES[IndicatorKind.URL.value]] >= 2).any():
        return np.zeros(n_indicators, dtype=bool)
    urls = {
        int(row.id): str(row.value)
        for row in connection.execute(
            select(indicators.c.id, indicators.c.value).where(
                indicators.c.kind == IndicatorKind.URL.value
            )
        )
    }
    domains = {
        str(row.value): int(row.id)
        for row in connection.execute(
            select(indicators.c.id, indicators.c.value).where(
                indicators.c.kind == IndicatorKind.DOMAIN.value
            )
        )
    }
    return shared_host_domains(domains, urls, cited, n_indicators)


def _after_reissue(
    connection: Connection, report_idx: np.ndarray, indicator_idx: np.ndarray, reissued: np.ndarray
) -> np.ndarray:
    """Bool per sighting: ``tipoff.link.reissued_numbers.after_reissue``, with the times of
    the reports citing a reissued number read from the store (only where one exists)."""
    if not reissued.any():
        return reissued
    citing = np.unique(report_idx[np.isin(indicator_idx, indicator_idx[reissued])])
    size = int(report_idx.max()) + 1
    occurred = np.full(size, np.nan)
    received = np.full(size, np.nan)
    ids = citing.tolist()
    for start in range(0, len(ids), 500):
        for row in connection.execute(
            select(reports.c.id, reports.c.occurred_at, reports.c.received_at).where(
                reports.c.id.in_(ids[start : start + 500])
            )
        ):
            occurred[row.id] = epoch(row.occurred_at)
            received[row.id] = epoch(row.received_at)
    return after_reissue(report_idx, indicator_idx, reissued, occurred, received)


def _crew_side() -> Any:
    """1: the words place the value with another crew (``Role.OTHER_CREW``); 2: an open
    citation, which places nothing (the victim's list of identifiers, a value only mentioned
    in the narrative; ``tipoff.link.other_crews``); 0: the citation places the value."""
    return case(
        (sightings.c.role == OTHER_CREW_ROLE, 1),
        (sightings.c.source.like("identifiers.%"), 2),
        (sightings.c.source.like("narrative%") & (sightings.c.role == "mentioned"), 2),
        else_=0,
    )


def _other_crews(pairs: np.ndarray, common: np.ndarray) -> np.ndarray:
    """Bool per row of ``load_links``' pairs: another crew's value, or an open citation of
    a report naming another crew that leads to it (``tipoff.link.other_crews``)."""
    other: np.ndarray = pairs[:, 6] == 1
    if not other.any():
        return other
    linkable = ~common[pairs[:, 1]] & (pairs[:, 2] == 0)
    cut = other_crew_citations(pairs[:, 0], pairs[:, 1], other, pairs[:, 6] == 2, linkable)
    out: np.ndarray = other | cut
    return out


def _caller_ids(
    connection: Connection,
    indicator_idx: np.ndarray,
    kinds: np.ndarray,
    evidence: np.ndarray,
    reference: np.ndarray,
) -> np.ndarray:
    """Per indicator id (``Links.caller_ids``): 2 for a phone never seen as the scam's own
    channel, seen as a caller, that an institution's number type or a victim's reference
    marks (and an account that spells it); 1 for such a phone never seen as a caller; 0
    otherwise (``tipoff.link.caller_ids``). ``evidence`` per sighting: ``_own_channel``."""
    n = int(kinds.size)
    messengers = messenger_numbers(connection, n)
    phones = caller_id_candidates(indicator_idx, kinds, evidence == 1, messengers)
    out = np.zeros(n, dtype=np.int8)
    if not phones.any():
        return out
    cited = np.bincount(indicator_idx[reference], minlength=n) > 0
    typed = _phone_values(connection, phones & ~cited)
    phones &= cited | institutional_numbers(typed, n)
    called = phones & (np.bincount(indicator_idx[evidence == 2], minlength=n) > 0)
    if not phones.any():
        return out
    values = dict(
        connection.execute(
            select(indicators.c.id, indicators.c.value).where(
                indicators.c.kind.in_((IndicatorKind.PHONE.value, ACCOUNT_KIND))
            )
        ).all()
    )
    accounts = {i: v for i, v in values.items() if kinds[i] == ACCOUNT_CODE}
    for level, chosen in ((1, phones), (2, called)):
        spelled = [values[i] for i in np.flatnonzero(chosen).tolist() if i in values]
        out[chosen | accounts_spelling(spelled, accounts, n)] = level
    return out


def _phone_values(connection: Connection, wanted: np.ndarray) -> dict[int, str]:
    """The stored values of the phones ``wanted`` (bool per indicator id)."""
    ids = np.flatnonzero(wanted).tolist()
    out: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        out |= dict(
            connection.execute(
                select(indicators.c.id, indicators.c.value).where(indicators.c.id.in_(chunk))
            ).all()
        )
    return out


def _own_channel() -> Any:
    """Per sighting (``tipoff.link.caller_ids``): 1 where it shows the value was the scam's
    own channel (a sender id, a payee, a contact the reporter listed, a number written in a
    message's text), 2 where it was a caller, 0 otherwise (the victim's words)."""
    source = sightings.c.source
    in_message_text = source.like("messages.%") & ~source.like("%.from_id")
    return case(
        (sightings.c.role.in_(OWN_CHANNEL_ROLES), 1),
        (source.like("identifiers%") & (sightings.c.role == "contact"), 1),
        (in_message_text & sightings.c.role.notin_(NON_LINKING_ROLES), 1),
        (sightings.c.role == CALLER_ROLE, 2),
        else_=0,
    )


def messenger_numbers(connection: Connection, n_indicators: int) -> np.ndarray:
    """Bool per indicator id: a phone whose number is also a stored messenger account
    (``whatsapp:+…``, ``zalo:+…``, ``viber:+…``): a number the scam chats from is its own."""
    numbers = sorted(
        {
            value.split(":", 1)[1]
            for (value,) in connection.execute(
                select(indicators.c.value).where(
                    indicators.c.kind == HANDLE_KIND, indicators.c.value.like("%:+%")
                )
            )
        }
    )
    out = np.zeros(n_indicators, dtype=bool)
    if not numbers:
        return out
    for start in range(0, len(numbers), 500):
        chunk = numbers[start : start + 500]
        for (indicator,) in connection.execute(
            select(indicators.c.id).where(
                indicators.c.kind == IndicatorKind.PHONE.value, indicators.c.value.in_(chunk)
            )
        ):
            out[indicator] = True
    return out


def platform_handles(connection: Connection, n_indicators: int) -> np.ndarray:
    """Per indicator id: the stored handle a stored platform link names (-1: none;
    ``tipoff.link.platform_links``)."""
    links = dict(
        connection.execute(
            select(indicators.c.id, indicators.c.value).where(
                indicators.c.kind == URL_KIND,
                or_(*(indicators.c.value.like(pattern) for pattern in PLATFORM_LINK_PATTERNS)),
            )
        ).all()
    )
    named = sorted({h for h in map(named_handle, links.values()) if h is not None})
    handles: dict[str, int] = {}
    for start in range(0, len(named), 500):
        handles |= {
            value: indicator
            for indicator, value in connection.execute(
                select(indicators.c.id, indicators.c.value).where(
                    indicators.c.kind == HANDLE_KIND,
                    indicators.c.value.in_(named[start : start + 500]),
                )
            )
        }
    return handle_of_links(links, handles, n_indicators)


def load_previous_labels(connection: Connection, n_reports: int) -> np.ndarray:
    """The network id each report had after the last link (-1 for reports not linked yet)."""
    labels = np.full(n_reports, -1, dtype=np.int64)
    for report_id, network_id in connection.execute(
        select(network_members.c.report_id, network_members.c.network_id)
    ):
        if report_id < n_reports:
            labels[report_id] = network_id
    return labels
