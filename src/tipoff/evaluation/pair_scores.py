"""Linking quality against ground truth: pairwise precision/recall and adjusted Rand index.

"Same network" decisions are judged over all pairs of reports without enumerating them:
every count comes from the contingency table of (predicted, true) labels, so 100,000
reports (5·10⁹ pairs) evaluate in milliseconds.

- agreeing pairs: Σ C(n_ij, 2) over contingency cells;
- predicted pairs: Σ C(a_i, 2) over predicted networks; true pairs: Σ C(b_j, 2);
- precision = agreeing / predicted, recall = agreeing / true;
- ARI = (index − expected) / (mean(Σa, Σb) − expected), expected = Σa·Σb / C(n, 2)
  (Hubert & Arabie 1985; the same figure as scikit-learn's ``adjusted_rand_score``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class PairScores:
    """Pair-counting quality of a predicted partition against the true one."""

    reports: int
    predicted_pairs: int
    true_pairs: int
    agreeing_pairs: int
    precision: float
    recall: float
    f1: float
    ari: float


def _pairs(counts: np.ndarray) -> int:
    counts = counts.astype(np.int64)
    return int((counts * (counts - 1) // 2).sum())


def _codes(labels: np.ndarray) -> np.ndarray:
    return np.unique(np.asarray(labels), return_inverse=True)[1].astype(np.int64)


def pair_scores(predicted: np.ndarray, truth: np.ndarray) -> PairScores:
    """Compare two labelings of the same reports (any hashable label values)."""
    if len(predicted) != len(truth):
        raise ValueError("predicted and truth must label the same reports")
    n = len(predicted)
    pred, true = _codes(predicted), _codes(truth)
    cells = (
        np.unique(pred * (int(true.max()) + 1 if n else 1) + true, return_counts=True)[1]
        if n
        else np.zeros(0)
    )
    agreeing = _pairs(cells)
    predicted_pairs = _pairs(np.bincount(pred)) if n else 0
    true_pairs = _pairs(np.bincount(true)) if n else 0
    precision = agreeing / predicted_pairs if predicted_pairs else 1.0
    recall = agreeing / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PairScores(
        n,
        predicted_pairs,
        true_pairs,
        agreeing,
        precision,
        recall,
        f1,
        _ari(agreeing, predicted_pairs, true_pairs, n),
    )


def _ari(agreeing: int, predicted_pairs: int, true_pairs: int, n: int) -> float:
    all_pairs = n * (n - 1) // 2
    if all_pairs == 0:
        return 1.0
    expected = predicted_pairs * true_pairs / all_pairs
    maximum = (predicted_pairs + true_pairs) / 2
    if maximum == expected:  # both partitions trivial (all singletons or one block)
        return 1.0
    return (agreeing - expected) / (maximum - expected)
