"""Ordinary messages in nine languages get no scam verdict and no red flag; scams get "scam".

The messages (everyday_messages.json) were written for this test, not taken from any dataset
the model trains on. Known misses of the shipped model are listed below and marked as strict
expected failures, so a model that fixes one makes the test suite say so.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tipoff.assess import assess

_DATA = json.loads((Path(__file__).parent / "everyday_messages.json").read_text(encoding="utf-8"))
LANGUAGES = [key for key in _DATA if key != "about"]

# Misses of model 2026-12-05.s20261128.32e46d3b (docs/assess.md, "Everyday messages"); the
# Indonesian bank notice "BCA: Dana masuk …" passes since the no-ask cap (assess/asks.py), the
# Sagawa delivery lure (sagawa-jp.top) since the brand-lookalike-link floor (assess/lookalike.py),
# the Vietnamese prize with a fee (P(scam) 0.15) since the scam-move floor (assess/scam_moves.py).
KNOWN_MISSES = {
    "刷单兼职，日赚500元，简单任务，加微信详聊。": (
        "known miss of the shipped model: the Chinese sets label part-time-job ads as"
        " advertising, so its n-grams outweigh the task-scam cues (called spam, P(scam) 0.30)"
    ),
}


def _cases(group: str) -> list[object]:
    cases: list[object] = []
    for language in LANGUAGES:
        for text in _DATA[language][group]:
            marks = (
                [pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[text])]
                if text in KNOWN_MISSES
                else []
            )
            cases.append(pytest.param(language, text, marks=marks, id=f"{language}-{text[:24]}"))
    return cases


@pytest.mark.parametrize(("language", "text"), _cases("ordinary"))
def test_ordinary_message_is_not_called_a_scam(language: str, text: str) -> None:
    result = assess(text)
    assert result.outcome != "scam", (language, result.scam_probability)
    assert [flag.code for flag in result.red_flags] == []


@pytest.mark.parametrize(("language", "text"), _cases("scam"))
def test_scam_message_gets_the_scam_verdict(language: str, text: str) -> None:
    assert assess(text).outcome == "scam"


def test_every_language_has_both_sets() -> None:
    assert set(LANGUAGES) == {"en", "ja", "zh", "ko", "th", "vi", "id", "km", "tl"}
    assert all(_DATA[lang]["ordinary"] and _DATA[lang]["scam"] for lang in LANGUAGES)


@pytest.mark.parametrize(
    "text", ["hello", "+44 20 7946 0958", "ok", "https://example.com", "こんにちは", "你好"]
)
def test_nothing_but_an_identifier_or_a_greeting_is_not_enough_to_judge(text: str) -> None:
    result = assess(text)
    assert result.outcome == "insufficient_text"
    assert result.scam_probability <= 0.1


def test_hi_mum_alone_is_no_relative_in_trouble() -> None:
    assert assess("Hi Mum, I will be home around 7").red_flags == ()
    codes = {f.code for f in assess("Hi Mum, this is my new number, send $400 today").red_flags}
    assert {"family_emergency", "new_number"} <= codes


def test_outcome_probabilities_sum_to_one() -> None:
    result = assess("Flash sale! 30% off all shoes this weekend. Reply STOP to opt out.")
    assert set(result.outcome_probabilities) == {"scam", "spam", "legitimate"}
    assert abs(sum(result.outcome_probabilities.values()) - 1.0) < 1e-5
    assert result.scam_probability == result.outcome_probabilities["scam"]
