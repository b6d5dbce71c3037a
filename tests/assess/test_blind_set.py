"""The blind message set (bench/blind_messages, read by bench/bench_assess_blind.py) keeps its
shape: 70 rows per language (30 legitimate, 15 spam, 25 scam), each file's rows in its own
language, no text twice; and none of its texts reaches training through the seed set, the seed
templates or the simulator (it measures generalisation only while nothing was fitted to it).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from tipoff.assess.examples import normalise_for_split
from tipoff.assess.lexicon import LEXICON_LANGUAGES
from tipoff.assess.seeds import _seed_file, seed_examples
from tipoff.assess.training import TrainingConfig, simulator_examples

SET_DIR = Path(__file__).resolve().parents[2] / "bench" / "blind_messages"
LANGUAGES = {"en", "hi", "id", "ja", "km", "ko", "ms", "th", "tl", "vi", "zh"}


def _rows(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_every_language_has_its_file() -> None:
    assert {path.stem for path in SET_DIR.glob("*.jsonl")} == LANGUAGES


def test_each_file_holds_30_legitimate_15_spam_25_scam_of_its_language() -> None:
    for path in sorted(SET_DIR.glob("*.jsonl")):
        rows = _rows(path)
        assert {row["lang"] for row in rows} == {path.stem}, path.name
        assert Counter(row["label"] for row in rows) == {
            "legitimate": 30,
            "spam": 15,
            "scam": 25,
        }, path.name
        assert all(row["text"].strip() and row["type"] for row in rows), path.name


def test_no_text_appears_twice_across_the_set() -> None:
    texts = [row["text"] for path in SET_DIR.glob("*.jsonl") for row in _rows(path)]
    assert len(texts) == len(set(texts))


def test_no_blind_message_is_in_the_seed_set_its_templates_or_the_simulator() -> None:
    blind = {
        normalise_for_split(row["text"]) for path in SET_DIR.glob("*.jsonl") for row in _rows(path)
    }
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
