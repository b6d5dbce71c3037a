"""Fixed sets written for this test (never trained on): 100 ordinary messages and a
matching set of scams per language.

``fixed_sets/<lang>.json`` holds messages written for this test in en, ja, zh, ko, th, vi, id,
km and tl (family, friends, work, delivery, bank notices, OTPs, promotions, services; scams of
every type). They are test data only: ``test_no_fixed_message_is_training_data`` fails if any of
them reaches training through the seed set, the simulator or a public set.

An ordinary message must not get the ``scam`` outcome and may show only the red flags its
entry lists under ``flags`` (what a reader of the text agrees it shows), each of them grounded:
a flag whose code ``requires`` support (flags.json) is shown only beside a grounded flag of a
required code, so two conditional flags cannot vouch for each other. A scam must get ``scam``.
Known misses of the shipped model are strict expected failures with the reason.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tipoff.assess import assess
from tipoff.assess.datasets import PUBLIC_SETS
from tipoff.assess.examples import normalise_for_split
from tipoff.assess.lexicon import LEXICON_LANGUAGES, flag_codes
from tipoff.assess.seeds import _seed_file, seed_examples
from tipoff.assess.training import TrainingConfig, simulator_examples
from tipoff.model import Assessment, RedFlag

FIXED_DIR = Path(__file__).parent / "fixed_sets"
LANGUAGES = ("en", "ja", "zh", "ko", "th", "vi", "id", "km", "tl")
ORDINARY_CATEGORIES = {"family", "friends", "work", "delivery", "bank", "otp", "promotion"}

# "Contains a link." is true of any text with a link: never an unsupported claim.
ALWAYS_SUPPORTED = frozenset({"link"})
# Known misses of the shipped model, text -> why (docs/assess.md lists the pass rates). Strict:
# a model or cue change that fixes one fails the suite until the entry is removed.
KNOWN_MISSES: dict[str, str] = json.loads(
    (FIXED_DIR / "known_misses.json").read_text(encoding="utf-8")
)["misses"]


@cache
def fixed_set(language: str) -> dict[str, Any]:
    return dict(json.loads((FIXED_DIR / f"{language}.json").read_text(encoding="utf-8")))


def _params(group: str) -> list[Any]:
    params = []
    for language in LANGUAGES:
        for index, entry in enumerate(fixed_set(language)[group]):
            text = entry["text"]
            marks = (
                [pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[text])]
                if text in KNOWN_MISSES
                else []
            )
            params.append(pytest.param(language, entry, marks=marks, id=f"{language}-{index}"))
    return params


def grounded(flags: Iterable[RedFlag]) -> set[str]:
    """Codes of the shown flags whose support is itself grounded (fixpoint from flags with no
    ``requires``): the evidence rule of docs/assess.md without letting two conditional cues
    ("Hi Mum" and "don't tell Dad") vouch for each other."""
    meta = flag_codes()
    shown = {flag.code for flag in flags}
    ok = {code for code in shown if not meta[code].requires}
    changed = True
    while changed:
        changed = False
        for code in shown - ok:
            if ok.intersection(meta[code].requires):
                ok.add(code)
                changed = True
    return ok


def unsupported_flags(text: str, result: Assessment, allowed: Iterable[str]) -> list[str]:
    """The shown flags the text does not support (empty when all are supported)."""
    problems = []
    ok = grounded(result.red_flags)
    for flag in result.red_flags:
        if text[flag.start : flag.end] != flag.text:
            problems.append(f"{flag.code}: quote {flag.text!r} is not at its span")
        elif flag.code not in ok:
            problems.append(f"{flag.code} ({flag.text!r}) lacks the support it requires")
        elif flag.code not in allowed and flag.code not in ALWAYS_SUPPORTED:
            problems.append(f"{flag.code} ({flag.text!r}) is not what the text says")
    return problems


@pytest.mark.parametrize(("language", "entry"), _params("ordinary"))
def test_ordinary_message_gets_no_scam_verdict_and_no_unsupported_flag(
    language: str, entry: dict[str, Any]
) -> None:
    text = entry["text"]
    result = assess(text)
    assert result.outcome != "scam", (language, result.scam_probability)
    assert unsupported_flags(text, result, entry.get("flags", ())) == []


@pytest.mark.parametrize(("language", "entry"), _params("scam"))
def test_scam_message_gets_the_scam_verdict(language: str, entry: dict[str, Any]) -> None:
    result = assess(entry["text"])
    assert result.outcome == "scam", (language, result.outcome, result.scam_probability)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_100_ordinary_messages_of_every_kind_and_30_scams(
    language: str,
) -> None:
    data = fixed_set(language)
    assert data["language"] == language
    ordinary = data["ordinary"]
    assert len(ordinary) == 100
    assert {entry["category"] for entry in ordinary} >= ORDINARY_CATEGORIES
    assert len(data["scam"]) >= 30
    texts = [normalise_for_split(e["text"]) for e in ordinary + data["scam"]]
    assert len(set(texts)) == len(texts), "duplicate message"
    known = set(flag_codes())
    for entry in ordinary:
        assert set(entry.get("flags", ())) <= known, entry


def test_scams_cover_every_scam_family() -> None:
    types = {e["type"].split(".")[0] for lang in LANGUAGES for e in fixed_set(lang)["scam"]}
    assert {
        "phishing",
        "impersonation",
        "investment",
        "romance",
        "job",
        "advance_fee",
        "gambling",
        "tech_support",
        "extortion",
    } <= types


def test_a_flag_vouched_for_only_by_another_conditional_flag_is_not_grounded() -> None:
    # family_emergency requires e.g. secrecy, and secrecy requires e.g. family_emergency.
    meta = flag_codes()
    assert "secrecy" in meta["family_emergency"].requires
    assert "family_emergency" in meta["secrecy"].requires
    pair = [
        RedFlag("family_emergency", 0, 6, "Hi Mum", "", 0.6),
        RedFlag("secrecy", 8, 26, "don't tell anyone", "", 0.6),
    ]
    assert grounded(pair) == set()
    assert grounded([*pair, RedFlag("new_number", 0, 1, "x", "", 0.5)]) == {
        "family_emergency",
        "secrecy",
        "new_number",
    }


def _fixed_texts() -> dict[str, str]:
    """Normalised text -> where it is, for every fixed-set message."""
    return {
        normalise_for_split(entry["text"]): f"{language}/{group}"
        for language in LANGUAGES
        for group in ("ordinary", "scam")
        for entry in fixed_set(language)[group]
    }


def _overlap(texts: Iterable[str]) -> list[str]:
    fixed = _fixed_texts()
    return sorted({fixed[key] for text in texts if (key := normalise_for_split(text)) in fixed})


def test_no_fixed_message_is_in_the_seed_set_or_the_simulator() -> None:
    config = TrainingConfig()
    seeds = seed_examples(seed=config.seed, per_template=config.seed_per_template)
    simulated = simulator_examples(config.simulator_messages, config.seed)
    assert _overlap(example.text for example in [*seeds, *simulated]) == []
    templates = [
        template
        for language in LEXICON_LANGUAGES
        for template in [
            *_seed_file(language)["ham"],
            *(t for ts in _seed_file(language)["scam"].values() for t in ts),
        ]
    ]
    assert _overlap(templates) == []


@pytest.mark.data
def test_no_fixed_message_is_in_a_public_set(shared_data: Path) -> None:
    # Every row as the set's loader reads it, before conflicting copies are reconciled away.
    rows = [row.text for name, read in PUBLIC_SETS.items() for row in read(shared_data)]
    assert len(rows) > 10_000
    assert _overlap(rows) == []
