"""Full linking: connected components of reports joined through linkable indicators.

Input is the bipartite edge list of (report id, indicator id) pairs, ids dense enough to
index arrays. Every linkable indicator joins each of its reports to one anchor report
(a star, not a clique), so the graph stays linear in the number of sightings: no
pairwise correlation rows ever exist, unlike MISP's correlation table.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from tipoff.link.hubs import HubPolicy, linkable_mask, report_counts


@dataclass(frozen=True, slots=True)
class Links:
    """Deduplicated report–indicator pairs plus what is known about each indicator."""

    report_idx: np.ndarray  # int64, one per sighting
    indicator_idx: np.ndarray  # int64, same length
    present: np.ndarray  # bool per report id: the report exists
    kinds: np.ndarray  # int8 kind code per indicator id
    common: np.ndarray  # bool per indicator id: warninglisted
    # bool per sighting, or None: every citation of the value in that report is the victim's
    # reference to a third party or a service they used (``tipoff.link.evidence``); such a
    # sighting never links.
    reference: np.ndarray | None = None
    # bool per sighting, or None: of those, the ones where the value is a service the victim
    # used (``Role.SERVICE``); they say why the value stops linking ("service").
    service: np.ndarray | None = None
    # int per indicator id, or None: how many reports that give the scammer's messages, their
    # payments or their list of identifiers cite the value only in their own words, where no
    # report ever gives it in those fields; 0 where one does (``mention_only``).
    mentioned_by: np.ndarray | None = None
    # int8 per indicator id, or None: a phone never seen as the scam's own channel, 2 where
    # it was seen as a caller, 1 where only in the victims' words (``tipoff.link.caller_ids``).
    caller_ids: np.ndarray | None = None
    # bool per indicator id, or None: a shared host's domain (``tipoff.link.shared_hosts``),
    # weighed by the fine communities at step 5.
    hosts: np.ndarray | None = None

    @property
    def n_reports(self) -> int:
        return int(self.present.size)

    @property
    def n_indicators(self) -> int:
        return int(self.kinds.size)

    def only(self, keep: np.ndarray) -> Links:
        """The same links with only the sightings where ``keep`` (bool per sighting) holds."""
        return Links(
            self.report_idx[keep],
            self.indicator_idx[keep],
            self.present,
            self.kinds,
            self.common,
            None if self.reference is None else self.reference[keep],
            None if self.service is None else self.service[keep],
            self.mentioned_by,
            self.caller_ids,
            self.hosts,
        )


def dedupe_pairs(
    report_idx: np.ndarray, indicator_idx: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Drop repeated (report, indicator) pairs so a value said twice counts once."""
    if report_idx.size == 0:
        return report_idx.astype(np.int64), indicator_idx.astype(np.int64)
    n_ind = int(indicator_idx.max()) + 1
    keys = np.unique(report_idx.astype(np.int64) * n_ind + indicator_idx.astype(np.int64))
    return keys // n_ind, keys % n_ind


# Sighting roles (``tipoff.model.Role``) in which the victim's own words say the scam used the
# value: it called or wrote from it, gave it as its contact, or was paid into it. A value
# named in no such role and in no field of the scam's (``mention_only``) is only mentioned.
ATTRIBUTING_ROLES = ("contact", "caller", "sender", "payee_account", "payee_wallet")


def make_links(
    report_idx: np.ndarray,
    indicator_idx: np.ndarray,
    kinds: np.ndarray,
    common: np.ndarray,
    present: np.ndarray | None = None,
    reference: np.ndarray | None = None,
    service: np.ndarray | None = None,
    attributed: np.ndarray | None = None,
    caller_ids: np.ndarray | None = None,
) -> Links:
    """Build ``Links`` from raw pairs; ``present`` defaults to every report id seen.

    ``reference`` (bool per raw pair) marks a victim's reference or service; a deduplicated
    pair is one when every raw pair behind it is. ``service`` (bool per raw pair, within
    ``reference``) marks the services; a deduplicated reference pair is one when any raw
    pair behind it is. ``attributed`` (bool per raw pair): the report attributes the value
    to the scam (given in a field of the scammer's messages, the payments or the victim's
    list of identifiers, or named in a role that says the scam used it: ``ATTRIBUTING_ROLES``);
    it gives ``Links.mentioned_by`` (``mention_only``). ``caller_ids`` (bool per indicator
    id, int8) is kept as ``Links.caller_ids``.
    """
    reports, indicators = dedupe_pairs(np.asarray(report_idx), np.asarray(indicator_idx))
    if present is None:
        present = np.zeros(int(reports.max()) + 1 if reports.size else 0, dtype=bool)
        present[reports] = True
    merged = None
    if reference is not None and np.any(reference):
        # Pairs citing the value in some other role than reference: those are not references.
        other = dedupe_pairs(
            np.asarray(report_idx)[~np.asarray(reference, bool)],
            np.asarray(indicator_idx)[~np.asarray(reference, bool)],
        )
        n_ind = int(indicators.max()) + 1 if indicators.size else 1
        merged = ~np.isin(reports * n_ind + indicators, other[0] * n_ind + other[1])
    services = None
    if merged is not None and service is not None and np.any(service):
        raw = np.asarray(service, bool)
        n_ind = int(indicators.max()) + 1 if indicators.size else 1
        said = dedupe_pairs(np.asarray(report_idx)[raw], np.asarray(indicator_idx)[raw])
        services = merged & np.isin(reports * n_ind + indicators, said[0] * n_ind + said[1])
    mentioned_by = None
    if attributed is not None:
        linking = np.ones(reports.size, bool) if merged is None else ~merged
        mentioned_by = mention_only(
            np.asarray(report_idx),
            np.asarray(indicator_idx),
            np.asarray(attributed, bool),
            None if reference is None else np.asarray(reference, bool),
            reports[linking],
            indicators[linking],
            int(np.asarray(kinds).size),
        )
    return Links(
        reports,
        indicators,
        present,
        np.asarray(kinds, np.int8),
        np.asarray(common, bool),
        merged,
        services,
        mentioned_by,
        caller_ids,
    )


def mention_only(
    raw_reports: np.ndarray,
    raw_indicators: np.ndarray,
    attributed: np.ndarray,
    reference: np.ndarray | None,
    reports: np.ndarray,
    indicators: np.ndarray,
    n_indicators: int,
) -> np.ndarray:
    """Per indicator: how many reports that attribute some value to the scam cite this one,
    where no report attributes it (0 where one does).

    A scammer's phone, site, handle, wallet or account is what the scam itself sent or was
    paid: victims who paste the messages, fill in the payments or list the identifiers give
    it there. A value those same victims only name in their own words (the brand the scam
    impersonated, the remote-access tool it had them install, their bank's line, the news
    site they read) is not shown to be anyone's infrastructure. ``raw_*``: every sighting
    (``reference``: the victim's third parties, left out); ``reports``/``indicators``: the
    deduplicated linking pairs.
    """
    use = attributed if reference is None else attributed & ~reference
    n_reports = int(max(raw_reports.max(initial=-1), reports.max(initial=-1))) + 1
    gives = np.zeros(n_reports, dtype=bool)
    gives[raw_reports[use]] = True
    given = np.bincount(raw_indicators[use], minlength=n_indicators)[:n_indicators] > 0
    by_givers = np.bincount(indicators[gives[reports]], minlength=n_indicators)[:n_indicators]
    out: np.ndarray = np.where(given, 0, by_givers)
    return out


def linking_pairs(links: Links) -> Links:
    """The same links without the sightings that never join reports (references)."""
    if links.reference is None:
        return links
    keep = ~links.reference
    return Links(
        links.report_idx[keep], links.indicator_idx[keep], links.present, links.kinds, links.common
    )


@dataclass(frozen=True, slots=True)
class Components:
    """The result of a full link: a dense component label per report id."""

    labels: np.ndarray  # int64 per report id; -1 where the report is absent
    n_components: int
    anchors: np.ndarray  # int64 per indicator id: smallest report citing it, -1 if none
    counts: np.ndarray  # int64 per indicator id: reports citing it
    linkable: np.ndarray  # bool per indicator id


def indicator_anchors(links: Links) -> np.ndarray:
    """Smallest report id citing each indicator (-1 where none)."""
    anchors = np.full(links.n_indicators, np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(anchors, links.indicator_idx, links.report_idx)
    anchors[anchors == np.iinfo(np.int64).max] = -1
    return anchors


def link_components(
    links: Links, policy: HubPolicy, excluded: np.ndarray | None = None
) -> Components:
    """Connected components of reports through shared, linkable indicators.

    ``excluded`` (bool per indicator id) removes more indicators from linking, e.g. the
    hubs found by spread across communities (``pipeline``).
    """
    counts = report_counts(links.indicator_idx, links.n_indicators)
    linkable = linkable_mask(counts, links.kinds, links.common, policy)
    if excluded is not None:
        linkable &= ~excluded
    anchors = indicator_anchors(links)
    use = linkable[links.indicator_idx]
    rows, cols = links.report_idx[use], anchors[links.indicator_idx[use]]
    n = links.n_reports
    graph = coo_matrix((np.ones(rows.size, dtype=np.int8), (rows, cols)), shape=(n, n)).tocsr()
    _, raw = connected_components(graph, directed=False)
    labels = _dense_labels(raw, links.present)
    n_components = int(labels.max()) + 1 if labels.size and links.present.any() else 0
    return Components(labels, n_components, anchors, counts, linkable)


def _dense_labels(raw: np.ndarray, present: np.ndarray) -> np.ndarray:
    """Renumber components of present reports 0..k-1 in order of their smallest report id."""
    labels = np.full(raw.size, -1, dtype=np.int64)
    present_labels = raw[present]
    # scipy numbers components by their smallest vertex, so the labels usually come in that
    # order already: renumbered by counting, and checked, a sort of every report is spared.
    used = np.zeros(int(present_labels.max(initial=-1)) + 1, dtype=bool)
    used[present_labels] = True
    dense = (np.cumsum(used, dtype=np.int64) - 1)[present_labels]
    if _in_first_seen_order(dense):
        labels[present] = dense
        return labels
    _, first, inverse = np.unique(present_labels, return_index=True, return_inverse=True)
    order = np.argsort(first, kind="stable")
    rank = np.empty(order.size, dtype=np.int64)
    rank[order] = np.arange(order.size)
    labels[present] = rank[inverse]
    return labels


def _in_first_seen_order(labels: np.ndarray) -> bool:
    """Whether labels 0..k-1 first appear in that order (each is at most one more than every
    label before it)."""
    if labels.size == 0:
        return True
    before = np.maximum.accumulate(labels)[:-1]
    return bool(labels[0] == 0 and (labels[1:] <= before + 1).all())
