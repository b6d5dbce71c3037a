"""The trained artifact: safe format, round trip, integrity checks, and the shipped model."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import scipy.sparse as sp

from tipoff.assess import assess, assess_many
from tipoff.assess.assess import bundled_model_path
from tipoff.assess.datasets import Example
from tipoff.assess.linear_model import METADATA_FILE, WEIGHTS_FILE, load_model, save_model
from tipoff.assess.model_info import held_out_shown, model_info
from tipoff.assess.training import (
    TrainingConfig,
    TrainingData,
    fit_head,
    fit_outcome_heads,
    gather_training_data,
    head_config,
    one_sided_languages,
    train_model,
)
from tipoff.errors import ModelError


def _no_simulator(count: int, seed: int) -> list[Example]:
    return []


@pytest.fixture(scope="module")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    config = TrainingConfig(seed=3, hash_bits=12, seed_per_template=1, simulator_messages=0)
    data = gather_training_data(config, data_root=None, simulator=_no_simulator)
    model = train_model(data, config, training_date="2000-01-01", command="test")
    target = tmp_path_factory.mktemp("model")
    save_model(model, target)
    return target


def test_tiny_training_pipeline_learns_the_seed_set(tiny_model_dir: Path) -> None:
    model = load_model(tiny_model_dir)
    assert model.metadata["trained_on"] == "2000-01-01" and model.metadata["seed"] == 3
    scam = assess(
        "Congratulations! You have won a prize, pay the processing fee to claim", model=model
    )
    ham = assess("Running 10 min late, save me a seat", model=model)
    assert scam.scam_probability > ham.scam_probability


def test_training_is_reproducible_from_the_seed() -> None:
    config = TrainingConfig(seed=5, hash_bits=10, seed_per_template=1, simulator_messages=0)
    data = gather_training_data(config, data_root=None, simulator=_no_simulator)
    subset = TrainingData(data.examples[:400], data.sources)
    first = train_model(subset, config, training_date="2000-01-01")
    second = train_model(subset, config, training_date="2000-01-01")
    assert np.array_equal(first.ngram_weights, second.ngram_weights)
    assert first.version == second.version


def _assert_no_pickle(directory: Path) -> None:
    with zipfile.ZipFile(directory / WEIGHTS_FILE) as archive:
        assert all(name.endswith(".npy") for name in archive.namelist())
    with np.load(directory / WEIGHTS_FILE, allow_pickle=False) as arrays:
        assert all(arrays[name].dtype != object for name in arrays.files)
    json.loads((directory / METADATA_FILE).read_text(encoding="utf-8"))
    assert {p.name for p in directory.iterdir() if p.is_file()} <= {WEIGHTS_FILE, METADATA_FILE}


def test_artifacts_have_no_pickle(tiny_model_dir: Path) -> None:
    _assert_no_pickle(tiny_model_dir)
    _assert_no_pickle(bundled_model_path())


def test_tampered_weights_are_refused(tiny_model_dir: Path, tmp_path: Path) -> None:
    for name in (WEIGHTS_FILE, METADATA_FILE):
        (tmp_path / name).write_bytes((tiny_model_dir / name).read_bytes())
    with (tmp_path / WEIGHTS_FILE).open("ab") as handle:
        handle.write(b"x")
    with pytest.raises(ModelError):
        load_model(tmp_path)
    with pytest.raises(ModelError):
        load_model(tmp_path / "missing")


def test_shipped_model_is_small_and_described() -> None:
    directory = bundled_model_path()
    size = sum(p.stat().st_size for p in directory.iterdir())
    assert size <= 30 * 1024 * 1024
    metadata = load_model(directory).metadata
    assert metadata["version"] and metadata["seed"] and metadata["trained_on"]
    assert "uci-sms-spam" in metadata["sources"] and metadata["command"].startswith("tipoff train")


@pytest.mark.parametrize(
    ("text", "top"),
    [
        (
            "Hi mum, this is my new number, my phone broke. Can you send me £300 today?",
            "impersonation.family",
        ),
        (
            "こちらは警視庁です。あなたの口座がマネーロンダリングに使われています。誰にも言わないでください",
            "impersonation.authority",
        ),
        ("刷单返利，动动手指轻松赚钱，点赞关注就有佣金", "job.task"),
        (
            "USPS: your package could not be delivered. Update your address: http://bit.ly/3xQ",
            "phishing",
        ),
        ("ขอโทษค่ะ ทักผิดคน ขอเป็นเพื่อนได้ไหม", None),
    ],
)
def test_shipped_model_scores_known_scams(text: str, top: str | None) -> None:
    result = assess(text)
    assert result.scam_probability > 0.5
    if top:
        assert result.top_label == top


@pytest.mark.parametrize(
    "text",
    [
        "Running 10 min late, save me a seat",
        "明日の会議は10時からに変更になりました",
        "Happy birthday! See you on Saturday",
    ],
)
def test_shipped_model_passes_ordinary_messages(text: str) -> None:
    assert assess(text).scam_probability < 0.5


def test_batch_equals_single() -> None:
    texts = ["Win a free iPhone now, click bit.ly/x", "see you at 7", "투자 리딩방 원금 보장"] * 12
    batch = assess_many(texts)
    for text, result in zip(texts[:3], batch[:3], strict=True):
        assert assess(text).scam_probability == pytest.approx(result.scam_probability, abs=1e-5)


def test_flag_weights_sum_exactly_the_same_for_one_text_and_in_batches() -> None:
    # One summation order for every batch size, and no BLAS: the golden file's one-at-a-time
    # run must not depend on the OpenBLAS kernel a machine picks.
    model = load_model(bundled_model_path())
    codes = [frozenset(model.flag_codes[i::7][:k]) for i in range(7) for k in range(4)]
    one_by_one = np.vstack([model.flag_scores([present]) for present in codes])
    batched = model.flag_scores(codes * 2)[: len(codes)]
    assert np.array_equal(one_by_one, batched)
    assert np.array_equal(batched[0], np.zeros(len(model.heads), dtype=np.float32))
    expected = np.array(
        [
            np.sum(model.flag_weights[sorted(model.flag_codes.index(c) for c in present)], axis=0)
            if present
            else np.zeros(len(model.heads), dtype=np.float32)
            for present in codes
        ],
        dtype=np.float32,
    )
    assert np.allclose(batched, expected, atol=1e-5)


def test_verdicts_in_languages_without_own_calibration_say_little_evidence(
    tiny_model_dir: Path,
) -> None:
    model = load_model(tiny_model_dir)
    model.metadata["calibration"] = {
        "scam": {"*": [1.0, 0.0], "en": [1.0, 0.0]},
        "unwanted": {"*": [1.0, 0.0], "th": [1.0, 0.0]},
    }
    # Only the scam head's table counts: Thai here has an unwanted scaling alone.
    assert model.calibrated_languages == {"en"}
    english, thai, japanese = assess_many(
        [
            "Your parcel is waiting, pay the customs fee today",
            "พัสดุของคุณรอการชำระค่าธรรมเนียมศุลกากร กรุณาชำระวันนี้",
            "荷物の関税をお支払いください。本日中にお願いします",
        ],
        model=model,
    )
    assert (english.language, english.little_evidence) == ("en", False)
    assert (thai.language, thai.little_evidence) == ("th", True)
    assert (japanese.language, japanese.little_evidence) == ("ja", True)
    assert japanese.as_record()["little_evidence"] is True
    assert assess("Running late, see you at 7", lang="ja", model=model).little_evidence


def test_model_info_names_the_languages_whose_verdicts_do_not_say_little_evidence(
    tiny_model_dir: Path,
) -> None:
    model = load_model(tiny_model_dir)
    model.metadata["calibration"] = {
        "scam": {"*": [1.0, 0.0], "en": [1.0, 0.0]},
        "unwanted": {"*": [1.0, 0.0], "th": [1.0, 0.0], "vi": [1.0, 0.0]},
    }
    # The model page and GET /api/v1/model once listed th and vi too (any head's table),
    # while the check said of a Vietnamese message that the judgement was less certain.
    info = model_info(model, bundled=False, directory="tiny")
    assert info.calibrated_languages == ("en",)
    assert assess("Mẹ ơi con về muộn", lang="vi", model=model).little_evidence


@pytest.mark.parametrize(
    ("figures", "shown"),
    [
        ({"rows": 863, "accuracy": 0.9988, "scam_f1": 0.0, "roc_auc": None}, None),
        ({"rows": 9, "accuracy": 0.0, "scam_f1": 0.0, "roc_auc": None}, 0.0),  # every scam missed
        ({"rows": 183, "accuracy": 0.918, "scam_f1": 0.9573, "roc_auc": None}, 0.9573),
        ({"rows": 64, "accuracy": 0.9, "scam_f1": 0.0, "roc_auc": 0.6}, 0.0),
    ],
)
def test_a_held_out_set_without_scam_rows_shows_no_scam_f1(
    figures: dict[str, Any], shown: float | None
) -> None:
    result = held_out_shown(figures)
    assert result["scam_f1"] == shown
    assert (result.get("scam_f1_note") == "n/a (no scam rows)") is (shown is None)


def test_a_language_whose_real_rows_hold_one_class_gets_a_prior_column_dropped_after_fitting() -> (
    None
):
    real_vi = [Example(f"Tin nhắn số {i} của mẹ", False, "vi-set") for i in range(40)]
    real_en = [Example(f"message {i}", i % 2 == 0, "en-set") for i in range(40)]
    synthetic = [Example(f"Lừa đảo {i}", True, "seed-vi") for i in range(10)]
    examples = [*real_vi, *real_en, *synthetic]
    languages = ["vi"] * 40 + ["en"] * 40 + ["vi"] * 10
    y = np.array([example.is_scam for example in examples], dtype=np.int64)
    weights = np.ones(len(examples))
    config = TrainingConfig(hash_bits=10)
    assert one_sided_languages(examples, y, weights, languages, 0.1, 30) == {"vi"}
    assert one_sided_languages(examples, y, weights, languages, 0.1, 41) == set()
    x = sp.csr_matrix(np.eye(len(examples))[:, :20])
    coef, _, grouped = fit_head(x, examples, y, weights, config, languages)
    assert grouped == ["vi"] and coef.shape == (20,)
    none = replace(config, prior_columns="none")
    assert fit_head(x, examples, y, weights, none, languages)[2] == []


def test_only_the_heads_named_in_prior_heads_get_prior_columns() -> None:
    # Real Vietnamese rows of one class only: neither scam nor unwanted.
    real_vi = [Example(f"Mẹ nhắn tin số {i} cho con", False, "vi-set") for i in range(40)]
    real_en = [Example(f"message number {i} from home", i % 2 == 0, "en-set") for i in range(40)]
    examples = [*real_vi, *real_en]
    config = TrainingConfig(hash_bits=10)
    assert fit_outcome_heads(examples, config, [])[3] == {"scam": [], "unwanted": ["vi"]}
    both = replace(config, prior_heads=("scam", "unwanted"))
    assert fit_outcome_heads(examples, both, [])[3] == {"scam": ["vi"], "unwanted": ["vi"]}


def _one_sided_fixture() -> tuple[list[Example], list[str | None], np.ndarray, sp.csr_matrix]:
    """40 real Vietnamese rows (not scam), 40 real English rows of both classes, 10 synthetic
    Vietnamese scams; with hash_bits=1, columns 0-1 are n-grams and 2-3 the indicator block."""
    real_vi = [Example(f"Tin nhắn số {i} của mẹ", False, "vi-set") for i in range(40)]
    real_en = [Example(f"message {i}", i % 2 == 0, "en-set") for i in range(40)]
    synthetic = [Example(f"Lừa đảo {i}", True, "seed-vi") for i in range(10)]
    examples = [*real_vi, *real_en, *synthetic]
    languages: list[str | None] = ["vi"] * 40 + ["en"] * 40 + ["vi"] * 10
    y = np.array([example.is_scam for example in examples], dtype=np.int64)
    dense = np.zeros((len(examples), 4))
    dense[:40, 0] = 1.0  # a Vietnamese n-gram in every real Vietnamese row
    dense[80:, 0] = 1.0  # and in the synthetic scams
    dense[40:80, 1] = 1.0  # an English n-gram
    dense[40:80:2, 2] = 1.0  # an indicator on the English scams
    dense[80:, 2] = 1.0  # and on the synthetic scams
    return examples, languages, y, sp.csr_matrix(dense)


def test_one_sided_rows_can_be_kept_from_teaching_the_ngrams_of_the_scam_head() -> None:
    examples, languages, y, x = _one_sided_fixture()
    weights = np.ones(len(examples))
    config = TrainingConfig(hash_bits=1, prior_columns="none")
    kept, _, _ = fit_head(x, examples, y, weights, config, languages)
    assert kept[0] < 0  # 40 real "not scam" rows against 10 synthetic scams: the script says no
    off = replace(config, one_sided_ngram_scale=0.0)
    coef, _, _ = fit_head(x, examples, y, weights, off, languages)
    assert coef[0] > 0  # only the synthetic scams teach it now
    assert coef[2] > 0  # the real rows still teach the indicator block and the bias
    dropped = replace(config, one_sided_weight=0.0)
    coef_dropped, bias, _ = fit_head(x, examples, y, weights, dropped, languages)
    alone, bias_alone, _ = fit_head(x[40:], examples[40:], y[40:], weights[40:], config)
    assert np.allclose(coef_dropped, alone) and bias == pytest.approx(bias_alone)


def test_flag_scale_weighs_the_indicator_block_more_and_scores_unscaled_rows() -> None:
    examples, languages, y, x = _one_sided_fixture()
    weights = np.ones(len(examples))
    config = TrainingConfig(hash_bits=1, prior_columns="none", scam_c=0.05)
    plain, _, _ = fit_head(x, examples, y, weights, config, languages)
    scaled, bias, _ = fit_head(x, examples, y, weights, replace(config, flag_scale=3.0), languages)
    assert scaled[2] > plain[2] * 1.5  # less regularised: the indicator carries more
    # the returned weights apply to unscaled rows: refit on rows scaled by hand, weights x3
    by_hand = x.multiply(np.array([[1.0, 1.0, 3.0, 3.0]])).tocsr()
    manual, manual_bias, _ = fit_head(by_hand, examples, y, weights, config, languages)
    assert np.allclose(scaled, manual * np.array([1.0, 1.0, 3.0, 3.0]), atol=1e-6)
    assert bias == pytest.approx(manual_bias, abs=1e-6)


def test_the_levers_apply_only_to_the_heads_named_in_scaled_heads() -> None:
    config = TrainingConfig(flag_scale=2.0, one_sided_ngram_scale=0.0, one_sided_weight=0.5)
    scam = head_config(config, "scam")
    unwanted = head_config(config, "unwanted")
    assert (scam.flag_scale, scam.one_sided_ngram_scale, scam.one_sided_weight) == (2.0, 0.0, 0.5)
    levers = (unwanted.flag_scale, unwanted.one_sided_ngram_scale, unwanted.one_sided_weight)
    assert levers == (1.0, 1.0, 1.0)


def test_a_set_of_one_class_sits_out_the_unwanted_scaling_but_not_the_scam_scaling(
    tiny_model_dir: Path,
) -> None:
    from tipoff.assess.calibration import fit_calibration

    model = load_model(tiny_model_dir)
    chat = ["Running {} min late, save me a seat", "Can you pick up milk on the way home at {}"]
    promo = ["Big sale this weekend, {}% off all shoes, reply STOP to opt out"]
    scams = ["Your parcel is held, pay the customs fee of {} at http://parcel-fee.example"]

    def rows(templates: list[str], n: int, source: str, outcome: str) -> list[Example]:
        return [
            Example(
                templates[i % len(templates)].format(i + 3),
                outcome == "scam",
                source,
                outcome=outcome,
                language="en",
            )
            for i in range(n)
        ]

    both = [
        *rows(chat, 40, "two-class", "legitimate"),
        *rows(promo, 12, "two-class", "spam"),
        *rows(scams, 10, "two-class", "scam"),
    ]
    spam_only = rows(promo, 60, "spam-only", "unwanted")
    scam_only = rows(scams, 30, "scam-only", "scam")
    alone = fit_calibration(model, both)
    mixed = fit_calibration(model, [*both, *spam_only, *scam_only])
    # SpamHunter's spam-only screenshots once set the English base rate of "unwanted".
    assert mixed["unwanted"]["en"] == alone["unwanted"]["en"]
    # The scam head keeps a set of scams only (the Tagalog reports are Tagalog's scam rows).
    assert mixed["scam"]["en"] != alone["scam"]["en"]
