"""Component labels are numbered by each component's smallest present report id, whether
scipy's raw labels already come in that order (renumbered by counting) or not (sorted)."""

from __future__ import annotations

import numpy as np

from tipoff.link.components import _dense_labels, _in_first_seen_order


def by_sorting(raw: np.ndarray, present: np.ndarray) -> np.ndarray:
    """The numbering spelled out: the k-th component to appear among present reports is k."""
    out = np.full(raw.size, -1, dtype=np.int64)
    seen: dict[int, int] = {}
    for i in np.flatnonzero(present).tolist():
        out[i] = seen.setdefault(int(raw[i]), len(seen))
    return out


def test_labels_in_order_and_out_of_order_number_the_same() -> None:
    rng = np.random.default_rng(5)
    ordered = np.array([0, 0, 1, 2, 1, 3, 4, 4, 3, 5])  # as scipy numbers them
    present = np.array([True, True, True, False, True, True, True, True, True, True])
    shuffled = rng.permutation(6)[ordered]  # the same components, other raw numbers
    assert _in_first_seen_order(np.array([0, 0, 1, 0, 2, 1]))
    assert not _in_first_seen_order(np.array([0, 2, 1]))
    assert not _in_first_seen_order(np.array([1, 0]))
    for raw in (ordered, shuffled, ordered[::-1].copy()):
        assert np.array_equal(_dense_labels(raw, present), by_sorting(raw, present))
    # An absent report's component leaves a gap in the raw numbers; none in the labels.
    assert _dense_labels(ordered, present).max() == 4
