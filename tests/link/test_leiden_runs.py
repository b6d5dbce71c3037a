"""One relink's Leiden runs share the graph and the run where the pairs are the same
(tipoff.link.communities.LeidenRuns), and give what a fresh run gives."""

from __future__ import annotations

import numpy as np

from tipoff.link.communities import LeidenRuns, _dense_ids, leiden_membership


def blobs(n_groups: int = 6, size: int = 30, seed: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """Report–value pairs of ``n_groups`` groups with a few values each, loosely joined."""
    rng = np.random.default_rng(seed)
    rows, cols = [], []
    for g in range(n_groups):
        for r in range(g * size, (g + 1) * size):
            for v in set(rng.integers(0, 5, 2).tolist()):
                rows.append(r)
                cols.append(g * 5 + v)
        rows.append(g * size)
        cols.append(((g + 1) % n_groups) * 5)
    return np.array(rows), np.array(cols)


def test_a_remembered_run_is_the_fresh_run() -> None:
    rows, cols = blobs()
    runs = LeidenRuns()
    for resolution in (0.2, 1.0, 2.0):
        members, found = runs.membership(rows, cols, 1, resolution)
        fresh_members, fresh = leiden_membership(rows, cols, 1, resolution)
        assert np.array_equal(members, fresh_members)
        assert np.array_equal(found, fresh)
        # Asked again (a copy of the pairs, as a later step builds them): the same run back.
        again = runs.membership(rows.copy(), cols.copy(), 1, resolution)[1]
        assert again is found
    assert len(set(runs.membership(rows, cols, 1, 2.0)[1].tolist())) > 1  # it does split


def test_other_pairs_or_another_seed_run_again() -> None:
    rows, cols = blobs()
    runs = LeidenRuns()
    first = runs.membership(rows, cols, 1, 1.0)[1]
    fewer = cols != 0  # value 0 left out: another graph
    other_members, other = runs.membership(rows[fewer], cols[fewer], 1, 1.0)
    fresh_members, fresh = leiden_membership(rows[fewer], cols[fewer], 1, 1.0)
    assert other is not first
    assert np.array_equal(other_members, fresh_members) and np.array_equal(other, fresh)
    reseeded = runs.membership(rows, cols, 2, 1.0)[1]
    assert np.array_equal(reseeded, leiden_membership(rows, cols, 2, 1.0)[1])


def test_dense_ids_number_as_unique_does() -> None:
    ids = np.array([7, 3, 3, 0, 9, 7, 12])
    uniques, inverse = _dense_ids(ids)
    expected, expected_inverse = np.unique(ids, return_inverse=True)
    assert np.array_equal(uniques, expected)
    assert np.array_equal(inverse, expected_inverse)
