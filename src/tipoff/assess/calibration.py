"""Per-language Platt scaling of the scam and unwanted heads, fitted on calibration rows.

The linear heads are trained on a mixture of sources whose base rates differ by language
(Chinese rows are mostly spam, Vietnamese mostly legitimate), so their raw sigmoid is not a
probability. For each head, ``sigmoid(a * logit + b)`` is fitted on the calibration rows
(split buckets 20-29, never trained on) of each language with enough of both classes, and on
all of them pooled ("*") for every other language. The table is plain JSON in the model's
metadata; expected calibration error per language is in docs/assess.md.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from tipoff.assess.examples import Example
from tipoff.assess.language import detect_language
from tipoff.assess.redflags import find_evidence
from tipoff.assess.taxonomy import LEGITIMATE, SCAM, UNWANTED

if TYPE_CHECKING:
    from tipoff.assess.linear_model import LinearModel

POOLED = "*"
MIN_ROWS = 40
MIN_CLASS = 8
CALIBRATED_HEADS: tuple[str, ...] = ("scam", "unwanted")
# Heads whose scaling leaves out the rows of a set that holds one class of the head only. Such a
# set's share of a language's rows is what its collectors gathered, not how often the
# language's messages are unwanted: SpamHunter's spam-only screenshots were half of the English
# calibration rows and moved every English text's unwanted logit up by 0.6 (UCI ham chat at
# P(unwanted) 0.51-0.64). The scam head keeps them: the crowdsourced Philippine reports, scam
# only, are the Tagalog scam rows.
ONE_CLASS_SETS_SIT_OUT: tuple[str, ...] = ("unwanted",)
Table = dict[str, dict[str, list[float]]]


def _platt(logits: npt.NDArray[np.float64], truth: npt.NDArray[np.int64]) -> list[float]:
    # Third-party and slow to import (~1.5 s): only training fits; scoring needs numpy only.
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=100.0, solver="lbfgs")
    model.fit(logits.reshape(-1, 1), truth)
    return [round(float(model.coef_[0, 0]), 6), round(float(model.intercept_[0]), 6)]


def _targets(
    head: str, labels: Sequence[str]
) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.int64]]:
    """Which rows inform ``head`` and their 0/1 truth."""
    if head == "scam":
        usable = np.array([label != UNWANTED for label in labels])
        return usable, np.array([label == SCAM for label in labels], dtype=np.int64)
    return np.ones(len(labels), dtype=bool), np.array(
        [label != LEGITIMATE for label in labels], dtype=np.int64
    )


def _one_class_sources(
    sources: npt.NDArray[np.str_], usable: npt.NDArray[np.bool_], truth: npt.NDArray[np.int64]
) -> set[str]:
    """The sets whose usable rows are all of one class."""
    seen: dict[str, set[int]] = defaultdict(set)
    for source, value in zip(sources[usable], truth[usable], strict=True):
        seen[str(source)].add(int(value))
    return {source for source, values in seen.items() if len(values) == 1}


def fit_calibration(model: LinearModel, rows: Sequence[Example]) -> Table:
    """{head: {language or "*": [a, b]}} from the model's raw logits on ``rows``."""
    table: Table = {head: {POOLED: [1.0, 0.0]} for head in CALIBRATED_HEADS}
    if not rows:
        return table
    texts = [row.text for row in rows]
    logits = model.logits(texts, [find_evidence(text).codes for text in texts]).astype(np.float64)
    languages = np.array([detect_language(text) for text in texts])
    labels = [row.label for row in rows]
    sources = np.array([row.source for row in rows])
    for head in CALIBRATED_HEADS:
        column = model.heads.index(head)
        usable, truth = _targets(head, labels)
        if head in ONE_CLASS_SETS_SIT_OUT:
            usable = usable & ~np.isin(sources, sorted(_one_class_sources(sources, usable, truth)))
        if 0 < truth[usable].sum() < usable.sum():
            table[head][POOLED] = _platt(logits[usable, column], truth[usable])
        groups: dict[str, list[int]] = defaultdict(list)
        for index in np.flatnonzero(usable):
            groups[str(languages[index])].append(int(index))
        for language, indices in sorted(groups.items()):
            positives = int(truth[indices].sum())
            if len(indices) >= MIN_ROWS and min(positives, len(indices) - positives) >= MIN_CLASS:
                table[head][language] = _platt(logits[indices, column], truth[indices])
    return table


def calibrate(
    logits: npt.NDArray[np.float64],
    heads: Sequence[str],
    languages: Sequence[str | None],
    table: Table,
) -> npt.NDArray[np.float64]:
    """Probabilities for every head: calibrated heads by their language's scaling, others raw."""
    scaled = logits.copy()
    if len(languages) == 1:  # one text: its language's pairs in plain floats, same products
        _scale_one(scaled, logits, heads, str(languages[0]), table)
        return 1.0 / (1.0 + np.exp(-np.clip(scaled, -30.0, 30.0)))
    position: dict[str, int] = {}
    group = np.array([position.setdefault(str(lang), len(position)) for lang in languages])
    names = list(position)
    for head, per_language in table.items():
        if head not in heads:
            continue
        column = heads.index(head)
        pooled = per_language.get(POOLED, [1.0, 0.0])
        pairs = np.array([per_language.get(name, pooled) for name in names], dtype=np.float64)
        scaled[:, column] = pairs[group, 0] * logits[:, column] + pairs[group, 1]
    return 1.0 / (1.0 + np.exp(-np.clip(scaled, -30.0, 30.0)))


def _scale_one(
    scaled: npt.NDArray[np.float64],
    logits: npt.NDArray[np.float64],
    heads: Sequence[str],
    language: str,
    table: Table,
) -> None:
    """``calibrate``'s scaling of a one-row batch: a * logit + b per calibrated head, as float64
    products and sums (the same two roundings as the array expression)."""
    row = logits[0].tolist()
    for head, per_language in table.items():
        if head not in heads:
            continue
        column = heads.index(head)
        pooled = per_language.get(POOLED, [1.0, 0.0])
        scale, shift = per_language.get(language, pooled)
        scaled[0, column] = float(scale) * row[column] + float(shift)


def expected_calibration_error(
    probabilities: npt.NDArray[np.float64], truth: npt.NDArray[np.int64], bins: int = 10
) -> float:
    """Mean |confidence - accuracy| over equal-width probability bins, weighted by bin size."""
    if len(truth) == 0:
        return float("nan")
    edges = np.minimum((probabilities * bins).astype(int), bins - 1)
    error = 0.0
    for b in range(bins):
        inside = edges == b
        if inside.any():
            error += inside.sum() * abs(probabilities[inside].mean() - truth[inside].mean())
    return float(error / len(truth))
