"""The relink pipeline: spread hubs and shared payees stop linking crews that share nothing else."""

from __future__ import annotations

import numpy as np

from tipoff.link.components import make_links
from tipoff.link.hubs import KIND_CODES, HubPolicy
from tipoff.link.pipeline import link_world

PHONE, ACCOUNT, BIC = KIND_CODES["phone"], KIND_CODES["bank_account"], KIND_CODES["bic"]


def crews(shared_kind: int, bridge_reports: int) -> tuple:
    """Two crews of 30 reports with their own phones (0-9, 10-19); indicator 50 is cited by
    ``bridge_reports`` reports of each crew."""
    rows, cols = [], []
    for r in range(60):
        base = 0 if r < 30 else 10
        for k in range(3):
            rows.append(r)
            cols.append(base + (r * 7 + k * 3) % 10)
    for r in list(range(bridge_reports)) + list(range(30, 30 + bridge_reports)):
        rows.append(r)
        cols.append(50)
    kinds = np.full(51, PHONE, np.int8)
    kinds[50] = shared_kind
    return make_links(np.array(rows), np.array(cols), kinds, np.zeros(51, bool))


def groups(result) -> set[frozenset[int]]:
    labels = result.community_labels()
    return {frozenset(np.flatnonzero(labels == g).tolist()) for g in np.unique(labels[labels >= 0])}


def test_a_payee_shared_by_two_crews_does_not_merge_them() -> None:
    links = crews(ACCOUNT, bridge_reports=5)
    result = link_world(links, HubPolicy(1000), leiden_min_size=1000)
    assert result.shared_payees is not None and result.shared_payees[50]
    assert result.components.n_components == 2
    assert groups(result) == {frozenset(range(30)), frozenset(range(30, 60))}


def test_a_phone_straddling_two_communities_becomes_a_spread_hub() -> None:
    links = crews(PHONE, bridge_reports=5)
    result = link_world(links, HubPolicy(1000), leiden_min_size=20, seed=3)
    assert result.spread_hubs[50]
    assert groups(result) == {frozenset(range(30)), frozenset(range(30, 60))}


def test_a_payee_of_one_crew_keeps_linking() -> None:
    links = crews(ACCOUNT, bridge_reports=0)
    rows = np.concatenate((links.report_idx, [0, 1, 2]))
    cols = np.concatenate((links.indicator_idx, [50, 50, 50]))
    own = make_links(rows, cols, links.kinds, links.common)
    result = link_world(own, HubPolicy(1000), leiden_min_size=1000)
    assert not result.excluded[50] and result.components.n_components == 2


def test_a_bic_never_links() -> None:
    links = crews(BIC, bridge_reports=1)
    assert link_world(links, HubPolicy(1000), leiden_min_size=1000).components.n_components == 2
