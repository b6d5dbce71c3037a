"""Per-language held-out quality of the shipped model beside a TF-IDF + LogisticRegression
baseline trained on the same rows in the same run, and leave-one-language-out scam F1.

    .venv/bin/python bench/bench_assess_languages.py [--data-dir ../shared/data] [--no-lolo]
        [--model DIR]

Rows: the held-out split (buckets 0-19) of every public set, de-duplicated across all files. A
row's language is its set's language (spamhunter rows are detected). Scam F1 counts rows
labelled scam against rows labelled spam or legitimate (rows labelled only "unwanted" sit out);
false scam alarms are the share of legitimate and promotional rows called scam; ECE is the
expected calibration error of P(scam) (10 bins). Below the table: ECE by the rows' detected
language (the product calibrates by it, not by the set), each set language's rows split by
detected language, and beside each ECE what an exact P(scam) would score on as many rows (truth
drawn from P(scam) itself; bins of few rows make ECE noisy) and each set language's ECE with
a 95% bootstrap interval (rows resampled with replacement). Leave-one-language-out retrains
the scam head (only it) without that language's training rows (seeds included) and scores its
held-out rows two ways: the head's raw sigmoid at 0.5, and as the product would answer a
language it has no labelled rows for: the retrained head put in place of the shipped scam head,
the calibration refitted on the calibration rows left (so the left-out language gets the pooled
scaling unless other sets hold enough rows detected in it) and the whole assessment run
(evidence rules, "not enough text", job-offer signs), scam at P(scam) >= 0.5.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

from tipoff.assess import assess_many
from tipoff.assess.assess import bundled_model
from tipoff.assess.calibration import expected_calibration_error, fit_calibration
from tipoff.assess.datasets import PUBLIC_SETS, deduplicate, held_out, load_public
from tipoff.assess.evaluation import unwanted_probability
from tipoff.assess.examples import Example
from tipoff.assess.language import detect_language
from tipoff.assess.linear_model import SCAM_HEAD, LinearModel, load_model
from tipoff.assess.redflags import feature_codes
from tipoff.assess.training import (
    TrainingConfig,
    _design_matrix,
    example_codes,
    fit_head,
    gather_training_data,
    head_config,
)

LANGUAGES = ("en", "zh", "vi", "th", "tl")


def _language(example: Example) -> str:
    return example.language or str(detect_language(example.text))


def _figures(rows: list[Example], scam: np.ndarray) -> tuple[str, str, str, int]:
    known = np.array([row.label != "unwanted" for row in rows])
    truth = np.array([row.label == "scam" for row in rows])
    negatives = known & ~truth
    f1 = f1_score(truth[known], scam[known] >= 0.5) if truth.any() else float("nan")
    alarms = float(np.mean(scam[negatives] >= 0.5)) if negatives.any() else float("nan")
    ece = expected_calibration_error(scam[known], truth[known].astype(int))
    return f"{f1:.3f}", f"{alarms:.2%}", f"{ece:.3f}", int(truth.sum())


def _calibration_groups(rows: list[Example], scam: np.ndarray, languages: np.ndarray) -> None:
    """ECE by the rows' detected language (the groups the product calibrates by), each set
    language's ECE split by the detected language of its rows, and the ECE that sampling
    alone gives (truth drawn from P(scam) itself: what an exact P would score on as many rows)."""
    known = np.array([row.label != "unwanted" for row in rows])
    truth = np.array([row.label == "scam" for row in rows], dtype=int)
    detected = np.array([detect_language(row.text) or "undetected" for row in rows])
    draws = np.random.default_rng(0).random((200, len(rows)))

    def ece(mask: np.ndarray) -> str:
        floor = np.mean(
            [
                expected_calibration_error(scam[mask], (d[mask] < scam[mask]).astype(int))
                for d in draws
            ]
        )
        return (
            f"{expected_calibration_error(scam[mask], truth[mask]):.3f} "
            f"({int(mask.sum())} rows, {int(truth[mask].sum())} scam; exact P {floor:.3f})"
        )

    groups = [
        f"{language} {ece(known & (detected == language))}"
        for language in LANGUAGES
        if (known & (detected == language) & (truth == 1)).any()
    ]
    print("ECE by detected language (the calibration groups): " + "; ".join(groups))
    languages_known = languages[known]
    boot = np.random.default_rng(1)
    intervals = []
    for language in LANGUAGES:
        inside = np.flatnonzero(languages_known == language)
        if not len(inside):
            continue
        p, t = scam[known][inside], truth[known][inside]
        draws_of = boot.integers(0, len(inside), (1000, len(inside)))
        values = [expected_calibration_error(p[i], t[i]) for i in draws_of]
        low, high = np.percentile(values, [2.5, 97.5])
        value = expected_calibration_error(p, t)
        intervals.append(f"{language} {value:.3f} [{low:.3f}, {high:.3f}]")
    print(
        "ECE by set language, 95% bootstrap interval (1,000 resamples of the rows): "
        + "; ".join(intervals)
    )
    for language in LANGUAGES:
        mask = known & (languages == language)
        if not truth[mask].any():
            continue
        parts = [
            f"{name}-text {ece(mask & (detected == name))}"
            for name, count in zip(*np.unique(detected[mask], return_counts=True), strict=True)
            if count >= 10
        ]
        print(f"{language} set by detected language: {ece(mask)} = " + "; ".join(parts))


def _with_scam_head(
    shipped: LinearModel,
    coef: np.ndarray,
    intercept: float,
    order: list[str],
    calibration: list[Example],
) -> LinearModel:
    """``shipped`` with its scam head replaced by one fitted on the flag codes ``order`` (today's
    codes, which may be more than the shipped model knows: the other heads weigh a new code 0)
    and its calibration refitted on ``calibration`` (what a model trained without a language
    would carry)."""
    column = shipped.heads.index(SCAM_HEAD)
    split = 1 << shipped.hash_bits
    ngram, bias = shipped.ngram_weights.copy(), shipped.bias.copy()
    known = {code: i for i, code in enumerate(shipped.flag_codes)}
    flags = np.zeros((len(order), len(shipped.heads)), dtype=np.float32)
    for i, code in enumerate(order):
        if code in known:
            flags[i] = shipped.flag_weights[known[code]]
    ngram[:, column] = coef[:split]
    flags[:, column] = coef[split:]
    bias[column] = intercept
    model = replace(
        shipped,
        flag_codes=tuple(order),
        ngram_weights=ngram,
        flag_weights=flags,
        bias=bias,
        metadata={**shipped.metadata, "version": "lolo"},
    )
    model.metadata["calibration"] = fit_calibration(model, calibration)
    return model


def _baseline(train: list[Example]) -> tuple[TfidfVectorizer, LogisticRegression]:
    rows = [row for row in train if row.label != "unwanted"]
    vectorizer = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(1, 3), min_df=2, sublinear_tf=True
    )
    x = vectorizer.fit_transform([row.text for row in rows])
    model = LogisticRegression(C=4.0, max_iter=1000)
    model.fit(x, [row.label == "scam" for row in rows], sample_weight=[r.weight for r in rows])
    return vectorizer, model


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    parser.add_argument("--no-lolo", action="store_true")
    parser.add_argument(
        "--model", type=Path, default=None, help="a model directory (default: bundled)"
    )
    args = parser.parse_args()
    shipped = load_model(args.model) if args.model else bundled_model()
    print(f"model {shipped.version}")
    rows = deduplicate(
        row
        for name in PUBLIC_SETS
        if name != "emscad-fakejobs"
        for row in held_out(load_public(args.data_dir, name))
    )
    start = time.process_time()
    ours = assess_many([row.text for row in rows], model=shipped)
    scam = np.array([a.scam_probability for a in ours])
    config = TrainingConfig()
    data = gather_training_data(config, data_root=args.data_dir)
    vectorizer, baseline = _baseline(data.examples)
    peer = baseline.predict_proba(vectorizer.transform([row.text for row in rows]))[:, 1]
    languages = np.array([_language(row) for row in rows])
    print(f"held-out rows: {len(rows)}; training rows: {len(data.examples)}")
    print(
        "| language | rows | scam rows | scam F1 | false scam alarms | ECE | baseline scam F1 "
        "| baseline false alarms | baseline ECE |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for language in (*LANGUAGES, "id", "es"):
        mask = languages == language
        subset = [row for row, keep in zip(rows, mask, strict=True) if keep]
        f1, alarms, ece, positives = _figures(subset, scam[mask])
        pf1, palarms, pece, _ = _figures(subset, peer[mask])
        print(
            f"| {language} | {len(subset)} | {positives} | {f1} | {alarms} | {ece} "
            f"| {pf1} | {palarms} | {pece} |"
        )
    _calibration_groups(rows, scam, languages)
    for name in ("uci-sms-spam", "mishra-soni-smishing"):
        subset = held_out(load_public(args.data_dir, name))
        result = assess_many([row.text for row in subset], model=shipped)
        truth = np.array([row.label != "legitimate" for row in subset])
        unwanted = np.array([unwanted_probability(a) for a in result]) >= 0.5
        # Rows known only as "unwanted" (copies the set labels both ways) sit out, as above.
        known = np.array([row.label != "unwanted" for row in subset])
        smish = np.array([row.label == "scam" for row in subset])
        called = np.array([a.scam_probability for a in result]) >= 0.5
        print(
            f"{name}: spam-or-scam accuracy {np.mean(truth == unwanted):.4f} "
            f"F1 {f1_score(truth, unwanted):.4f}; scam (smishing) F1 "
            f"{f1_score(smish[known], called[known]) if smish.any() else float('nan'):.4f}"
        )
    print(f"(cpu {time.process_time() - start:.0f} s)")
    if args.no_lolo:
        return
    print(
        "| language left out | scam rows | LOLO scam F1 (raw head) | LOLO false alarms (raw head) "
        "| LOLO scam F1 (product) | LOLO false alarms (product) | own calibration |"
    )
    print("|---|---|---|---|---|---|---|")
    order = feature_codes()
    for language in LANGUAGES:
        lolo = replace(config, exclude_languages=(language,))
        gathered = gather_training_data(lolo, data_root=args.data_dir)
        train = gathered.examples
        train = [row for row in train if (row.language or "") != language]
        train = [row for row in train if row.label != "unwanted"]  # the scam head's rows
        x_train = _design_matrix(
            [row.text for row in train],
            example_codes([row.text for row in train]),
            lolo.hash_bits,
            order,
            lolo.max_n,
            lolo.text_fold,
        )
        y = np.array([row.label == "scam" for row in train], dtype=np.int64)
        weights = np.array([row.weight for row in train])
        coef, intercept, _ = fit_head(x_train, train, y, weights, head_config(lolo, SCAM_HEAD))
        subset = [row for row, keep in zip(rows, languages == language, strict=True) if keep]
        texts = [row.text for row in subset]
        x = _design_matrix(
            texts, example_codes(texts), lolo.hash_bits, order, lolo.max_n, lolo.text_fold
        )
        score = 1.0 / (1.0 + np.exp(-(x @ coef + intercept)))
        f1, alarms, _, positives = _figures(subset, score)
        model = _with_scam_head(shipped, coef, intercept, list(order), gathered.calibration)
        product = np.array([a.scam_probability for a in assess_many(texts, model=model)])
        pf1, palarms, _, _ = _figures(subset, product)
        own = "yes" if language in model.calibrated_languages else "no (pooled)"
        print(
            f"| {language} | {positives} | {f1} | {alarms} | {pf1} | {palarms} | {own} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
