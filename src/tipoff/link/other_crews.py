"""Reports that name two crews: the citations their words leave open, weighed by where they lead.

A victim worked by two crews at once reports one and names the other ("another group also
got me: they used X"; ``Role.OTHER_CREW``, ``tipoff.indicators.other_crew_words``). X is
left out of the relink (``tipoff.link.evidence.DROPPED_ROLES``), but such a report often
names more of the other crew's values where no words say whose they are: in the victim's
list of identifiers, which gives the values of both crews side by side, or only mentioned in
the narrative. One such citation joins the two crews into one network, and where a quarter
of the victims were worked twice, most crews are joined (the ninth independent world's
``double_hit``, docs/link-evaluation.md).

So, in a report that names another crew, a citation is *open* when every citation of the
value there is in the list of identifiers or only mentioned (``mentioned`` in the
narrative); the report's other citations (its payments, the scammer's messages and sender
ids, a value its words give as the scam's contact, payee or site) *place* it. The reports
are joined without the open citations (connected components over every linkable sighting
but those), and an open citation whose value lands in another component than the report
does, where the report is placed at all or where that component holds a value the report
named as the other crew's, is the other crew's: it is cut before the pipeline runs. An open
citation of a value that only such citations name, or that leads back to the report's own
component, keeps linking. Reports whose words name no other crew are not touched.
"""

from __future__ import annotations

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components


def other_crew_citations(
    report_idx: np.ndarray,
    indicator_idx: np.ndarray,
    other: np.ndarray,
    open_citation: np.ndarray,
    linkable: np.ndarray,
) -> np.ndarray:
    """Bool per raw sighting: an open citation of a report that names another crew, which
    leads to another crew (module docstring).

    ``other`` (bool per sighting): the report's words place the value with another crew
    (``Role.OTHER_CREW``). ``open_citation`` (bool per sighting): this citation alone does
    not place the value (the list of identifiers, ``mentioned`` in the narrative); a value
    the report also cites in a placing citation is not open. ``linkable`` (bool per
    sighting): the value may join reports at all (not warninglisted, not a reference)."""
    report_idx = np.asarray(report_idx, dtype=np.int64)
    indicator_idx = np.asarray(indicator_idx, dtype=np.int64)
    cut = np.zeros(report_idx.size, dtype=bool)
    if not other.any():
        return cut
    n_reports = int(report_idx.max()) + 1
    n_indicators = int(indicator_idx.max()) + 1
    two_crews = np.zeros(n_reports, dtype=bool)
    two_crews[report_idx[other]] = True
    key = report_idx * n_indicators + indicator_idx
    placed_keys = np.unique(key[~open_citation & ~other])
    held_open = two_crews[report_idx] & open_citation & ~np.isin(key, placed_keys)
    joins = linkable & ~other & ~held_open
    labels, seen = _components(report_idx[joins], indicator_idx[joins], n_reports, n_indicators)
    candidates = np.flatnonzero(held_open & linkable & seen[n_reports + indicator_idx])
    if candidates.size == 0:
        return cut
    value_label = labels[n_reports + indicator_idx[candidates]]
    reports = report_idx[candidates]
    own_label = np.where(seen[reports], labels[reports], -1)
    named = other & seen[n_reports + indicator_idx]
    width = int(labels.max()) + 1
    other_keys = np.unique(report_idx[named] * width + labels[n_reports + indicator_idx[named]])
    to_other = np.isin(reports * width + value_label, other_keys)
    cut[candidates] = (value_label != own_label) & ((own_label >= 0) | to_other)
    return cut


def _components(
    reports: np.ndarray, indicators: np.ndarray, n_reports: int, n_indicators: int
) -> tuple[np.ndarray, np.ndarray]:
    """Connected components of the report-value graph (reports first, then values) and
    which nodes have an edge at all."""
    n = n_reports + n_indicators
    graph = coo_matrix(
        (np.ones(reports.size, dtype=np.int8), (reports, n_reports + indicators)), shape=(n, n)
    ).tocsr()
    labels: np.ndarray = connected_components(graph, directed=False)[1]
    seen = np.zeros(n, dtype=bool)
    seen[reports] = True
    seen[n_reports + indicators] = True
    return labels, seen
