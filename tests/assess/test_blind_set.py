"""The blind message sets (bench/blind_messages and bench/blind_messages_2, read by
bench/bench_assess_blind.py) keep their shape: 70 rows per language (30 legitimate, 15 spam,
25 scam), each file's rows in its own language, no text twice within a set or across the two
sets; and none of their texts reaches training through the seed set, the seed templates or the
simulator (they measure generalisation only while nothing was fitted to them).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tipoff.assess.examples import normalise_for_split
from tipoff.assess.lexicon import LEXICON_LANGUAGES
from tipoff.assess.seeds import _seed_file, seed_examples
from tipoff.assess.training import TrainingConfig, simulator_examples

BENCH_DIR = Path(__file__).resolve().parents[2] / "bench"
SET_DIRS = [BENCH_DIR / "blind_messages", BENCH_DIR / "blind_messages_2"]
LANGUAGES = {"en", "hi", "id", "ja", "km", "ko", "ms", "th", "tl", "vi", "zh"}


def _rows(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _set_texts(set_dir: Path) -> list[str]:
    return [row["text"] for path in sorted(set_dir.glob("*.jsonl")) for row in _rows(path)]


@pytest.mark.parametrize("set_dir", SET_DIRS, ids=lambda path: path.name)
def test_every_language_has_its_file(set_dir: Path) -> None:
    assert {path.stem for path in set_dir.glob("*.jsonl")} == LANGUAGES


@pytest.mark.parametrize("set_dir", SET_DIRS, ids=lambda path: path.name)
def test_each_file_holds_30_legitimate_15_spam_25_scam_of_its_language(set_dir: Path) -> None:
    for path in sorted(set_dir.glob("*.jsonl")):
        rows = _rows(path)
        assert {row["lang"] for row in rows} == {path.stem}, path.name
        assert Counter(row["label"] for row in rows) == {
            "legitimate": 30,
            "spam": 15,
            "scam": 25,
        }, path.name
        assert all(row["text"].strip() and row["type"] for row in rows), path.name


@pytest.mark.parametrize("set_dir", SET_DIRS, ids=lambda path: path.name)
def test_no_text_appears_twice_across_the_set(set_dir: Path) -> None:
    texts = [normalise_for_split(text) for text in _set_texts(set_dir)]
    assert len(texts) == len(set(texts))


def test_no_text_is_in_both_sets() -> None:
    first, second = ({normalise_for_split(t) for t in _set_texts(d)} for d in SET_DIRS)
    assert sorted(first & second) == []


def test_no_blind_message_is_in_the_seed_set_its_templates_or_the_simulator() -> None:
    blind = {normalise_for_split(text) for set_dir in SET_DIRS for text in _set_texts(set_dir)}
    config = TrainingConfig()
    seeds = seed_examples(seed=config.seed, per_template=config.seed_per_template)
    simulated = simulator_examples(config.simulator_messages, config.seed)
    templates = [
        template
        for language in LEXICON_LANGUAGES
        for template in [
            *_seed_file(language)["ham"],
            *(t for ts in _seed_file(language)["scam"].values() for t in ts),
        ]
    ]
    trained = [example.text for example in [*seeds, *simulated]] + templates
    assert sorted(text for text in trained if normalise_for_split(text) in blind) == []
