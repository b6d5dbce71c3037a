"""Train the assessment model from the public sets, the simulator, the seed set and user files.

Every public text whose split bucket is held out (datasets.is_held_out) is dropped before
training, whichever file it comes from, so the held-out figures are honest. Training is
deterministic for a given seed, data and code.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

from tipoff.assess.calibration import fit_calibration
from tipoff.assess.datasets import (
    PUBLIC_FILES,
    PUBLIC_SETS,
    Example,
    deduplicate,
    file_sha256,
    is_calibration,
    is_held_out,
    load_public,
)
from tipoff.assess.examples import normalise_for_split as normalise
from tipoff.assess.features import hash_ngrams, ngram_matrix
from tipoff.assess.language import detect_language
from tipoff.assess.linear_model import SCAM_HEAD, UNWANTED_HEAD, LinearModel
from tipoff.assess.redflags import feature_codes, find_evidence
from tipoff.assess.seeds import seed_examples
from tipoff.assess.taxonomy import LEGITIMATE, SCAM, SCAM_TYPES, UNWANTED, expand_label
from tipoff.simulate.corpus import messages

log = logging.getLogger(__name__)

DEFAULT_HASH_BITS = 17
DEFAULT_MAX_N = 5  # character 1-5-grams: Thai scam F1 +0.03 on calibration rows over 1-4
SIMULATOR_SOURCE = "simulator"


@dataclass(frozen=True)
class TrainingConfig:
    """Everything that decides the trained weights."""

    seed: int = 20261128
    hash_bits: int = DEFAULT_HASH_BITS
    max_n: int = DEFAULT_MAX_N
    # Character folds before hashing (fold.py, FOLDS): traditional Chinese read as simplified
    # (the labelled Chinese data is mainland), Latin letters without their marks (half of
    # Vietnamese SMS are sent without accents, and the Vietnamese set's promotions are).
    text_fold: tuple[str, ...] = ()
    # Inverse regularisation of the scam and unwanted heads; with 1-5-grams, 32 beat 16 on
    # the calibration rows (docs/assess.md, "Tuning").
    scam_c: float = 32.0
    type_c: float = 1.0
    seed_per_template: int = 8
    simulator_messages: int = 6000
    public_sets: tuple[str, ...] = tuple(PUBLIC_SETS)
    # Clean, human-labelled SMS with both classes count double; sets that are pre-processed
    # (spamhunter masks digits, ph-sms-spam strips stop words) or mostly operator promotions
    # (exais) count less, so their sheer size does not set the prior.
    source_weights: tuple[tuple[str, float], ...] = (
        ("uci-sms-spam", 2.0),
        ("mishra-soni-smishing", 2.0),
        ("spamhunter-sms", 0.2),
        ("ph-sms-spam", 0.5),
        ("exais-sms", 0.3),
        ("zh-sms-800k-sample", 0.3),  # its "ham" is web fragments, not SMS
        ("zh-sms-mudou", 0.5),  # heavily duplicated templates
    )
    # Further factors for the unwanted head only. Pre-processed "spam" (ph-sms-spam: lower-cased,
    # stop words stripped; spamhunter: digits masked) taught that head that short, plain chat
    # is unwanted (UCI held-out chat at P(unwanted) 0.5-0.9); counting it less there lifted UCI
    # spam-or-not accuracy 0.9818 -> 0.9849 without moving the scam head (docs/assess.md).
    unwanted_source_weights: tuple[tuple[str, float], ...] = (
        ("ph-sms-spam", 0.3),
        ("spamhunter-sms", 0.5),
    )
    # Sets whose rows train nothing (leave-one-language-out runs drop a language this way).
    exclude_languages: tuple[str, ...] = ()
    # Training-only prior columns of the scam and unwanted heads (prior_matrix): "one_sided"
    # gives each detected language whose real rows hold (almost) one class only of the head's
    # target a column of its own, "language" every language, "none" none. The column absorbs
    # the language's base rate, which there is what its sets' label coverage made it (the only
    # Vietnamese set has no fraud label; Devanagari is only in a spam-only set), and is dropped
    # after fitting, so the language's n-grams do not carry a prior its data cannot know.
    prior_columns: str = "one_sided"
    # The heads that get prior columns; a head left out is fitted without. Only the unwanted
    # head: in the scam head the Vietnamese column (its set has no fraud label) made ordinary
    # Vietnamese money talk read as scam ("Mẹ chuyển tiền học phí cho con rồi" 0.07 -> 0.81).
    prior_heads: tuple[str, ...] = (UNWANTED_HEAD,)
    prior_value: float = 3.0
    one_sided_share: float = 0.0
    one_sided_min_rows: int = 30
    # Levers of the heads named in scaled_heads (scaled_design). The real rows of a language
    # one-sided in the head (one_sided_languages: in the scam head Vietnamese, whose only set has
    # no fraud label) have their n-gram block multiplied by one_sided_ngram_scale (0: they teach
    # the indicator block and the bias only, so the language's n-grams do not learn "this
    # language is not a scam") and their weight by one_sided_weight (0: they sit out of the head).
    # The indicator block (red flags, hidden cues, signals: what carries across languages) is
    # multiplied by flag_scale while fitting (less regularised against the n-grams), and its
    # fitted weights by the same factor, so a model scores it as before.
    one_sided_ngram_scale: float = 1.0
    one_sided_weight: float = 1.0
    flag_scale: float = 1.0
    scaled_heads: tuple[str, ...] = (SCAM_HEAD,)


@dataclass
class TrainingData:
    """The de-duplicated training examples and where they came from."""

    examples: list[Example]
    sources: dict[str, Any] = field(default_factory=dict)
    calibration: list[Example] = field(default_factory=list)  # never trained on

    def counts(self) -> dict[str, dict[str, int]]:
        per: dict[str, Counter[str]] = {}
        for example in self.examples:
            source = "seed" if example.source.startswith("seed") else example.source
            per.setdefault(source, Counter())[example.label] += 1
        return {source: dict(counter) for source, counter in sorted(per.items())}


def simulator_examples(count: int, seed: int) -> list[Example]:
    """Labelled messages from the simulator (``tipoff.simulate.corpus.messages``)."""
    examples: list[Example] = []
    for record in messages(count, seed):
        text = str(record.get("text") or "")
        label = str(record.get("label") or "")
        if not text.strip() or not label:
            continue
        is_scam = label != "not_scam"
        types = expand_label(label) if is_scam else frozenset()
        outcome = SCAM if is_scam else LEGITIMATE
        examples.append(Example(text, is_scam, SIMULATOR_SOURCE, types, outcome=outcome))
    return examples


def gather_training_data(
    config: TrainingConfig,
    *,
    data_root: Path | None,
    extra: Sequence[Example] = (),
    simulator: Callable[[int, int], list[Example]] = simulator_examples,
) -> TrainingData:
    """Public sets (minus held-out texts), simulator, seed set and user examples, de-duplicated."""
    sources: dict[str, Any] = {}
    public: list[Example] = []
    calibration: list[Example] = []
    excluded = set(config.exclude_languages)
    if data_root is not None:
        for name in config.public_sets:
            files = [data_root / rel for rel in PUBLIC_FILES[name]]
            if not all(path.is_file() for path in files):
                log.warning("public set %s not found under %s; skipped", name, data_root)
                continue
            rows = [
                example
                for example in load_public(data_root, name)
                if not is_held_out(example.text) and example.language not in excluded
            ]
            public.extend(row for row in rows if not is_calibration(row.text))
            calibration.extend(row for row in rows if is_calibration(row.text))
            sources[name] = {
                "sha256": {str(p.relative_to(data_root)): file_sha256(p) for p in files}
            }
    simulated = simulator(config.simulator_messages, config.seed)
    sources[SIMULATOR_SOURCE] = {"messages": len(simulated)}
    seeded = [
        example
        for example in seed_examples(seed=config.seed, per_template=config.seed_per_template)
        if example.source.rsplit("-", 1)[-1] not in excluded
    ]
    sources["seed"] = {"messages": len(seeded)}
    if extra:
        sources["user"] = {"messages": len(extra)}
    weights = dict(config.source_weights)
    examples = balance_synthetic(
        [
            replace(example, weight=weights[example.source])
            if example.source in weights
            else example
            for example in deduplicate([*extra, *public, *simulated, *seeded])
        ]
    )
    trained = {normalise(example.text) for example in examples}
    held = [row for row in deduplicate(calibration) if normalise(row.text) not in trained]
    return TrainingData(examples=examples, sources=sources, calibration=held)


def _synthetic_language(example: Example) -> str | None:
    if example.source == SIMULATOR_SOURCE:
        return str(detect_language(example.text))
    if example.source.startswith("seed-"):
        return example.source.rsplit("-", 1)[-1]
    return None


def balance_synthetic(examples: list[Example]) -> list[Example]:
    """Reweight the simulator and seed rows so that, in each language, their scam and their
    legitimate rows weigh the same (the language's synthetic total is unchanged).

    The simulator writes about four scams per ordinary message; in languages with no real
    labelled data (ja, ko, id, km) that ratio alone taught the n-grams of the script to mean
    "scam". Balanced, a language's text says nothing by itself and the cues decide.
    """
    languages = [_synthetic_language(example) for example in examples]
    totals: Counter[tuple[str, bool]] = Counter()
    for example, language in zip(examples, languages, strict=True):
        if language is not None:
            totals[language, example.label == SCAM] += 1
    balanced: list[Example] = []
    for example, language in zip(examples, languages, strict=True):
        if language is not None and totals[language, True] and totals[language, False]:
            rows = totals[language, True] + totals[language, False]
            share = rows / (2 * totals[language, example.label == SCAM])
            example = replace(example, weight=example.weight * share)
        balanced.append(example)
    return balanced


def _design_matrix(
    texts: Sequence[str],
    codes: Sequence[frozenset[str]],
    bits: int,
    flag_order: Sequence[str],
    max_n: int = DEFAULT_MAX_N,
    folds: tuple[str, ...] = (),
) -> sp.csr_matrix:
    ngrams = ngram_matrix(hash_ngrams(texts, max_n=max_n, folds=folds), bits)
    index = {code: i for i, code in enumerate(flag_order)}
    rows, cols = [], []
    for row, present in enumerate(codes):
        for code in present:
            if code in index:
                rows.append(row)
                cols.append(index[code])
    flags = sp.csr_matrix(
        (np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(len(texts), len(flag_order))
    )
    return sp.hstack([ngrams, flags], format="csr")


def _fit(
    x: sp.csr_matrix, y: np.ndarray, weights: np.ndarray, c: float, seed: int
) -> tuple[np.ndarray, float]:
    if y.min() == y.max():  # one class only: a constant head
        return np.zeros(x.shape[1]), (6.0 if y[0] else -6.0)
    # scikit-learn takes seconds to import: only fitting needs it, not assessing or the CLI.
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, solver="liblinear", max_iter=500, random_state=seed)
    model.fit(x, y, sample_weight=weights)
    return model.coef_[0], float(model.intercept_[0])


PRIOR_COLUMNS = ("none", "one_sided", "language")


def _is_synthetic(example: Example) -> bool:
    return example.source == SIMULATOR_SOURCE or example.source.startswith("seed-")


def one_sided_languages(
    examples: Sequence[Example],
    y: np.ndarray,
    weights: np.ndarray,
    languages: Sequence[str | None],
    share: float,
    min_rows: int,
) -> set[str | None]:
    """The detected languages with ``min_rows`` real (not synthetic) rows or more that hold at
    most ``share`` of one class of a head's target ``y`` (by weight): what those rows say about
    the language is their sets' label coverage (no fraud label in the only Vietnamese set,
    Devanagari only in a spam-only set), not how often its messages are scams."""
    totals: dict[str | None, list[float]] = {}
    rows: Counter[str | None] = Counter()
    for example, target, weight, language in zip(examples, y, weights, languages, strict=True):
        if not _is_synthetic(example):
            totals.setdefault(language, [0.0, 0.0])[int(target)] += float(weight)
            rows[language] += 1
    return {
        language
        for language, (negative, positive) in totals.items()
        if language is not None  # no letters, no language: its base rate is the texts' own
        and rows[language] >= min_rows
        and min(negative, positive) <= share * (negative + positive)
    }


def prior_languages(
    examples: Sequence[Example],
    y: np.ndarray,
    weights: np.ndarray,
    config: TrainingConfig,
    languages: Sequence[str | None],
) -> list[str | None]:
    """The languages that get a training-only prior column in one head
    (TrainingConfig.prior_columns): every detected language ("language"), those whose real rows
    hold one class only ("one_sided"), or none."""
    if config.prior_columns not in PRIOR_COLUMNS:
        raise ValueError(f"prior_columns must be one of {PRIOR_COLUMNS}")
    if config.prior_columns == "none":
        return []
    if config.prior_columns == "language":
        return sorted(set(languages), key=str)
    grouped = one_sided_languages(
        examples, y, weights, languages, config.one_sided_share, config.one_sided_min_rows
    )
    return sorted(grouped, key=str)


def prior_matrix(
    languages: Sequence[str | None], grouped: Sequence[str | None], value: float
) -> sp.csr_matrix | None:
    """One column per language of ``grouped``, set to ``value`` on that language's rows."""
    column = {language: i for i, language in enumerate(grouped)}
    rows = [i for i, language in enumerate(languages) if language in column]
    if not rows:
        return None
    return sp.csr_matrix(
        (np.full(len(rows), value), (rows, [column[languages[i]] for i in rows])),
        shape=(len(languages), len(column)),
    )


def _one_sided_rows(
    examples: Sequence[Example],
    y: np.ndarray,
    weights: np.ndarray,
    config: TrainingConfig,
    languages: Sequence[str | None],
) -> np.ndarray:
    """Which rows are real rows of a language one-sided in this head's target."""
    one_sided = one_sided_languages(
        examples, y, weights, languages, config.one_sided_share, config.one_sided_min_rows
    )
    return np.array(
        [
            language in one_sided and not _is_synthetic(example)
            for example, language in zip(examples, languages, strict=True)
        ],
        dtype=bool,
    )


def scaled_design(
    x: sp.csr_matrix,
    weights: np.ndarray,
    one_sided_rows: np.ndarray,
    config: TrainingConfig,
) -> tuple[sp.csr_matrix, np.ndarray, np.ndarray]:
    """``x`` and ``weights`` with the head's levers applied (TrainingConfig.flag_scale,
    one_sided_ngram_scale, one_sided_weight), and the column factors by which the fitted
    weights are multiplied to score an unscaled row. Columns from 2**hash_bits on are the
    indicator block."""
    split = min(1 << config.hash_bits, x.shape[1])
    factors = np.ones(x.shape[1])
    factors[split:] = config.flag_scale
    scaled = x.tocsr(copy=True)
    per_entry = np.repeat(one_sided_rows, np.diff(scaled.indptr))
    scaled.data[per_entry & (scaled.indices < split)] *= config.one_sided_ngram_scale
    scaled.data *= factors[scaled.indices]
    scaled.eliminate_zeros()
    weighted = np.where(one_sided_rows, weights * config.one_sided_weight, weights)
    return scaled, weighted, factors


def fit_head(
    x: sp.csr_matrix,
    examples: Sequence[Example],
    y: np.ndarray,
    weights: np.ndarray,
    config: TrainingConfig,
    languages: Sequence[str | None] | None = None,
) -> tuple[np.ndarray, float, list[str | None]]:
    """One outcome head on ``x`` (rows of ``examples``): its weights and bias, fitted with the
    prior columns added and returned without them, and the languages that had one.
    ``languages``: each example's detected language (detected when not given)."""
    if languages is None:
        languages = [detect_language(example.text) for example in examples]
    grouped = prior_languages(examples, y, weights, config, languages)
    # Real rows only: the synthetic rows of a language are balanced already (balance_synthetic),
    # and what they teach the language's n-grams stays with them.
    prior = prior_matrix(
        ["" if _is_synthetic(e) else lang for e, lang in zip(examples, languages, strict=True)],
        grouped,
        config.prior_value,
    )
    factors = np.ones(x.shape[1])
    if (config.flag_scale, config.one_sided_ngram_scale, config.one_sided_weight) != (1, 1, 1):
        rows = _one_sided_rows(examples, y, weights, config, languages)
        x, weights, factors = scaled_design(x, weights, rows, config)
        kept = weights > 0
        if not kept.all():
            x, y, weights = x[kept], y[kept], weights[kept]
            prior = None if prior is None else prior[kept]
    fitted = x if prior is None else sp.hstack([x, prior], format="csr")
    coef, intercept = _fit(fitted, y, weights, config.scam_c, config.seed)
    return coef[: x.shape[1]] * factors, intercept, grouped


def example_codes(texts: Sequence[str]) -> list[frozenset[str]]:
    """The indicator codes the model sees for each text (red flags and hidden signals)."""
    return [find_evidence(text).codes for text in texts]


def head_config(config: TrainingConfig, head: str) -> TrainingConfig:
    """``config`` for fitting ``head``: without prior columns unless ``head`` is in prior_heads,
    without the levers of scaled_design unless it is in scaled_heads."""
    if head not in config.prior_heads:
        config = replace(config, prior_columns="none")
    if head not in config.scaled_heads:
        config = replace(config, flag_scale=1.0, one_sided_ngram_scale=1.0, one_sided_weight=1.0)
    return config


def fit_outcome_heads(
    examples: Sequence[Example], config: TrainingConfig, flag_order: Sequence[str]
) -> tuple[sp.csr_matrix, np.ndarray, np.ndarray, dict[str, list[str]]]:
    """The design matrix, the (features × 2) weights and biases of the scam and unwanted heads,
    and per head the languages that had a prior column (prior_languages).

    ``scam`` learns scam against spam and legitimate (rows labelled only "unwanted" sit out);
    ``unwanted`` learns spam-or-scam against legitimate on every row.
    """
    texts = [example.text for example in examples]
    x = _design_matrix(
        texts,
        example_codes(texts),
        config.hash_bits,
        flag_order,
        config.max_n,
        config.text_fold,
    )
    labels = [example.label for example in examples]
    languages = [detect_language(text) for text in texts]
    weights = np.array([example.weight for example in examples], dtype=np.float64)
    coefs = np.zeros((x.shape[1], 2))
    bias = np.zeros(2)
    known = np.array([label != UNWANTED for label in labels])
    rows = np.flatnonzero(known).tolist()
    y_scam = np.array([label == SCAM for label in labels], dtype=np.int64)
    coefs[:, 0], bias[0], scam_priors = fit_head(
        x[known],
        [examples[i] for i in rows],
        y_scam[known],
        weights[known],
        head_config(config, SCAM_HEAD),
        [languages[i] for i in rows],
    )
    y_unwanted = np.array([label != LEGITIMATE for label in labels], dtype=np.int64)
    factors = dict(config.unwanted_source_weights)
    unwanted_weights = weights * np.array([factors.get(e.source, 1.0) for e in examples])
    coefs[:, 1], bias[1], unwanted_priors = fit_head(
        x, examples, y_unwanted, unwanted_weights, head_config(config, UNWANTED_HEAD), languages
    )
    priors = {
        SCAM_HEAD: [str(language) for language in scam_priors],
        UNWANTED_HEAD: [str(language) for language in unwanted_priors],
    }
    return x, coefs, bias, priors


def train_model(
    data: TrainingData, config: TrainingConfig, *, training_date: str, command: str = ""
) -> LinearModel:
    """Fit the outcome heads on all examples, one head per type on the typed scam examples, and
    the per-language calibration on the calibration rows."""
    examples = data.examples
    flag_order = feature_codes()
    x, outcome_coefs, outcome_bias, priors = fit_outcome_heads(examples, config, flag_order)
    heads = (SCAM_HEAD, UNWANTED_HEAD, *SCAM_TYPES)
    n_ngram = 1 << config.hash_bits
    coefs = np.zeros((n_ngram + len(flag_order), len(heads)), dtype=np.float64)
    bias = np.zeros(len(heads), dtype=np.float64)
    coefs[:, :2], bias[:2] = outcome_coefs, outcome_bias
    typed = np.array([example.label == SCAM and bool(example.types) for example in examples])
    x_typed = x[typed]
    typed_examples = [example for example, keep in zip(examples, typed, strict=True) if keep]
    for column, scam_type in enumerate(SCAM_TYPES, start=2):
        target = np.array(
            [scam_type in example.types for example in typed_examples], dtype=np.int64
        )
        if target.sum() == 0:
            coefs[:, column], bias[column] = 0.0, -6.0
            continue
        coefs[:, column], bias[column] = _fit(
            x_typed, target, np.ones(len(target)), config.type_c, config.seed
        )
    # The version names the weights themselves: any change of data, code or seed changes it.
    hasher = hashlib.sha256(np.ascontiguousarray(coefs, dtype=np.float32).tobytes())
    hasher.update(bias.astype(np.float32).tobytes())
    digest = hasher.hexdigest()
    metadata = {
        "version": f"{training_date}.s{config.seed}.{digest[:8]}",
        "trained_on": training_date,
        "seed": config.seed,
        "config": {
            "hash_bits": config.hash_bits,
            "max_n": config.max_n,
            "text_fold": list(config.text_fold),
            "scam_c": config.scam_c,
            "type_c": config.type_c,
            "seed_per_template": config.seed_per_template,
            "simulator_messages": config.simulator_messages,
            "source_weights": dict(config.source_weights),
            "unwanted_source_weights": dict(config.unwanted_source_weights),
            "exclude_languages": list(config.exclude_languages),
            "prior_columns": config.prior_columns,
            "prior_heads": list(config.prior_heads),
            "prior_value": config.prior_value,
            "one_sided_share": config.one_sided_share,
            "one_sided_min_rows": config.one_sided_min_rows,
            "one_sided_ngram_scale": config.one_sided_ngram_scale,
            "one_sided_weight": config.one_sided_weight,
            "flag_scale": config.flag_scale,
            "scaled_heads": list(config.scaled_heads),
        },
        "public_sets": list(config.public_sets),
        "sources": data.sources,
        "examples": data.counts(),
        "calibration_rows": len(data.calibration),
        "prior_languages": priors,
        "typed_examples": int(typed.sum()),
        "holdout": (
            "SHA-1 of the NFKC, case-folded, whitespace-collapsed text; "
            "bucket = first 8 bytes mod 100; buckets 0-19 held out, 20-29 calibrate"
        ),
        "command": command,
    }
    model = LinearModel(
        heads=heads,
        flag_codes=tuple(flag_order),
        hash_bits=config.hash_bits,
        max_n=config.max_n,
        ngram_weights=coefs[:n_ngram].astype(np.float32),
        flag_weights=coefs[n_ngram:].astype(np.float32),
        bias=bias.astype(np.float32),
        metadata=metadata,
        text_fold=config.text_fold,
    )
    model.metadata["calibration"] = fit_calibration(model, data.calibration)
    return model
