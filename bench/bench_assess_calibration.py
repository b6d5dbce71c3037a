"""Calibration methods compared by cross-fitting on the calibration rows alone (never held out).

    .venv/bin/python bench/bench_assess_calibration.py [--data-dir ../shared/data] [--model DIR]
        [--folds 5]

Rows: the calibration split (buckets 20-29) that ``tipoff train`` fits the scaling on, the
model's raw scam logits on them (the model alone: no rules). Each method is fitted on all folds
but one and scores the fold left out (folds by text hash), so every row gets a probability from
a scaling that never saw it. Printed per set language (a row's language is its set's, as in
bench_assess_languages.py): the cross-fitted ECE of P(scam), 10 bins, beside what an exact
P(scam) would score on as many rows (the sampling floor), and the reliability bins of each
language the shipped rule leaves over 0.05. Methods: the shipped rule (Platt per detected
language with enough rows of both classes, else pooled), Platt shrunk to the pooled rows
(pooled rows worth K rows inside each language), isotonic regression per detected language,
pooled Platt for every language. Held-out rows are not read.
"""

from __future__ import annotations

import argparse
import hashlib
from collections.abc import Callable
from pathlib import Path

import numpy as np
import numpy.typing as npt
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LogisticRegression

from tipoff.assess.assess import bundled_model
from tipoff.assess.calibration import MIN_CLASS, MIN_ROWS, expected_calibration_error
from tipoff.assess.language import detect_language
from tipoff.assess.linear_model import SCAM_HEAD, load_model
from tipoff.assess.redflags import find_evidence
from tipoff.assess.training import TrainingConfig, gather_training_data

LANGUAGES = ("en", "zh", "vi", "th", "tl")
Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]
Strings = npt.NDArray[np.str_]
# fit(logits, truth, groups) -> predict(logits, groups) -> P(scam)
Method = Callable[[Floats, Ints, Strings], Callable[[Floats, Strings], Floats]]


def _platt(logits: Floats, truth: Ints, weights: Floats | None = None) -> tuple[float, float]:
    model = LogisticRegression(C=100.0, solver="lbfgs")
    model.fit(logits.reshape(-1, 1), truth, sample_weight=weights)
    return float(model.coef_[0, 0]), float(model.intercept_[0])


def _enough(truth: Ints) -> bool:
    positives = int(truth.sum())
    return len(truth) >= MIN_ROWS and min(positives, len(truth) - positives) >= MIN_CLASS


def _scaled(table: dict[str, tuple[float, float]]) -> Callable[[Floats, Strings], Floats]:
    def predict(logits: Floats, groups: Strings) -> Floats:
        pairs = np.array([table.get(str(g), table["*"]) for g in groups]).reshape(-1, 2)
        return 1.0 / (1.0 + np.exp(-(pairs[:, 0] * logits + pairs[:, 1])))

    return predict


def platt_per_language(shrink_rows: float = 0.0) -> Method:
    """The shipped rule; with ``shrink_rows`` the pooled rows join each language's fit with
    that much weight in all (a prior that pulls a small language's scaling to the pooled)."""

    def fit(logits: Floats, truth: Ints, groups: Strings) -> Callable[[Floats, Strings], Floats]:
        table = {"*": _platt(logits, truth)}
        prior = np.full(len(truth), shrink_rows / max(len(truth), 1))
        for group in np.unique(groups):
            inside = groups == group
            if not _enough(truth[inside]):
                continue
            if shrink_rows <= 0:
                table[str(group)] = _platt(logits[inside], truth[inside])
                continue
            weights = np.concatenate([np.ones(int(inside.sum())), prior])
            table[str(group)] = _platt(
                np.concatenate([logits[inside], logits]),
                np.concatenate([truth[inside], truth]),
                weights,
            )
        return _scaled(table)

    return fit


def pooled_only(
    logits: Floats, truth: Ints, groups: Strings
) -> Callable[[Floats, Strings], Floats]:
    return _scaled({"*": _platt(logits, truth)})


def isotonic_per_language(
    logits: Floats, truth: Ints, groups: Strings
) -> Callable[[Floats, Strings], Floats]:
    def fitted(inside: npt.NDArray[np.bool_]) -> IsotonicRegression:
        model = IsotonicRegression(out_of_bounds="clip", y_min=0.001, y_max=0.999)
        return model.fit(logits[inside], truth[inside])

    models = {"*": fitted(np.ones(len(truth), dtype=bool))}
    for group in np.unique(groups):
        if _enough(truth[groups == group]):
            models[str(group)] = fitted(groups == group)

    def predict(scores: Floats, where: Strings) -> Floats:
        out = np.zeros(len(scores))
        for group in np.unique(where):
            inside = where == group
            out[inside] = models.get(str(group), models["*"]).predict(scores[inside])
        return out

    return predict


def cross_fitted(
    method: Method, logits: Floats, truth: Ints, groups: Strings, folds: Ints
) -> Floats:
    """Each fold's P(scam) from ``method`` fitted on the other folds."""
    out = np.zeros(len(truth))
    for fold in np.unique(folds):
        held = folds == fold
        predict = method(logits[~held], truth[~held], groups[~held])
        out[held] = predict(logits[held], groups[held])
    return out


def exact_floor(probabilities: Floats, draws: int = 200) -> float:
    """Mean ECE of truth drawn from ``probabilities`` themselves (a perfect P's score)."""
    rng = np.random.default_rng(0)
    return float(
        np.mean(
            [
                expected_calibration_error(
                    probabilities, (rng.random(len(probabilities)) < probabilities).astype(int)
                )
                for _ in range(draws)
            ]
        )
    )


def reliability(probabilities: Floats, truth: Ints) -> str:
    """Rows, mean P and share of scams in each non-empty tenth."""
    edges = np.minimum((probabilities * 10).astype(int), 9)
    return " | ".join(
        f"{b / 10:.1f}-{(b + 1) / 10:.1f}: {int(inside.sum())} rows, "
        f"P {probabilities[inside].mean():.2f}, scams {truth[inside].mean():.2f}"
        for b in range(10)
        if (inside := edges == b).any()
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    model = load_model(args.model) if args.model else bundled_model()
    rows = gather_training_data(TrainingConfig(), data_root=args.data_dir).calibration
    rows = [row for row in rows if row.label != "unwanted"]  # they sit out of the scam head
    texts = [row.text for row in rows]
    column = model.heads.index(SCAM_HEAD)
    logits = model.logits(texts, [find_evidence(t).codes for t in texts])[:, column]
    logits = logits.astype(np.float64)
    truth = np.array([row.label == "scam" for row in rows], dtype=np.int64)
    detected = np.array([str(detect_language(text)) for text in texts])
    languages = np.array([row.language or d for row, d in zip(rows, detected, strict=True)])
    folds = np.array(
        [int.from_bytes(hashlib.sha1(t.encode()).digest()[:8], "big") % args.folds for t in texts]
    )
    print(f"model {model.version}; calibration rows (scam or not): {len(rows)}")
    methods: dict[str, Method] = {
        "shipped: Platt per detected language, else pooled": platt_per_language(),
        "Platt shrunk to pooled (pooled worth 25 rows)": platt_per_language(25.0),
        "Platt shrunk to pooled (pooled worth 100 rows)": platt_per_language(100.0),
        "Platt shrunk to pooled (pooled worth 400 rows)": platt_per_language(400.0),
        "isotonic per detected language": isotonic_per_language,
        "pooled Platt for every language": pooled_only,
    }
    print("| method | " + " | ".join(LANGUAGES) + " |")
    print("|---|" + "---|" * len(LANGUAGES))
    shipped: Floats | None = None
    for name, method in methods.items():
        scored = cross_fitted(method, logits, truth, detected, folds)
        shipped = scored if shipped is None else shipped
        cells = [
            f"{expected_calibration_error(scored[m], truth[m]):.3f}"
            if (m := languages == language).any()
            else "n/a"
            for language in LANGUAGES
        ]
        print(f"| {name} | " + " | ".join(cells) + " |")
    assert shipped is not None
    for language in LANGUAGES:
        inside = languages == language
        if not inside.any():
            continue
        print(
            f"{language}: {int(inside.sum())} rows, {int(truth[inside].sum())} scam; shipped "
            f"rule ECE {expected_calibration_error(shipped[inside], truth[inside]):.3f}, "
            f"exact P {exact_floor(shipped[inside]):.3f}"
        )
        if expected_calibration_error(shipped[inside], truth[inside]) > 0.05:
            for group in np.unique(detected[inside]):
                part = inside & (detected == group)
                if part.sum() >= 10:
                    print(f"  {group}-text: {reliability(shipped[part], truth[part])}")


if __name__ == "__main__":
    main()
