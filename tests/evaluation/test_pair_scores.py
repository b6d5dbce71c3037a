"""Pairwise precision/recall and ARI from contingency tables match brute force and scikit-learn."""

from __future__ import annotations

from itertools import combinations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import adjusted_rand_score

from tipoff.evaluation.pair_scores import pair_scores


def test_known_small_example() -> None:
    truth = np.array(["a", "a", "a", "b", "b", "c"])
    predicted = np.array([1, 1, 2, 2, 2, 3])
    scores = pair_scores(predicted, truth)
    # predicted pairs: (0,1), (2,3), (2,4), (3,4) -> 4; true pairs: 3 + 1 = 4;
    # agreeing: (0,1), (3,4)
    assert (scores.predicted_pairs, scores.true_pairs, scores.agreeing_pairs) == (4, 4, 2)
    assert scores.precision == 0.5 and scores.recall == 0.5
    assert scores.ari == pytest.approx(adjusted_rand_score(truth, predicted))


def test_perfect_and_trivial_partitions() -> None:
    labels = np.array([0, 0, 1, 1, 2])
    perfect = pair_scores(labels, labels)
    assert (perfect.precision, perfect.recall, perfect.ari) == (1.0, 1.0, 1.0)
    singletons = pair_scores(np.arange(4), np.arange(4))
    assert singletons.ari == 1.0 and singletons.precision == 1.0


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 5)), min_size=2, max_size=30))
def test_matches_brute_force_pairs(rows: list[tuple[int, int]]) -> None:
    predicted = np.array([r[0] for r in rows])
    truth = np.array([r[1] for r in rows])
    pairs = list(combinations(range(len(rows)), 2))
    same_pred = {p for p in pairs if predicted[p[0]] == predicted[p[1]]}
    same_true = {p for p in pairs if truth[p[0]] == truth[p[1]]}
    scores = pair_scores(predicted, truth)
    assert scores.predicted_pairs == len(same_pred)
    assert scores.true_pairs == len(same_true)
    assert scores.agreeing_pairs == len(same_pred & same_true)
    assert scores.ari == pytest.approx(adjusted_rand_score(truth, predicted), abs=1e-9)
