"""Speed work changes no output: ``assess`` against the golden file (golden_assess.py).

2,795 texts in all nine lexicon languages (and a few others), assessed batched, one at a time,
as job ads, as reports and with a pinned language: outcome, scam probability, every label
and outcome probability (to 1e-9), language, little-evidence mark, and every red flag with its
offsets, text, explanation and weight, and the facets must equal what the code produced when
the file was written.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import cache
from typing import Any

import pytest
from tests.assess.golden_assess import GOLDEN, fingerprint, outputs, runs

TOLERANCE = 1e-9
_FLAGS = 9  # index of the red flags in a record (golden_assess.record)
_EXPLANATION = 4  # index of the explanation in a flag record


@cache
def golden() -> dict[str, Any]:
    return dict(json.loads(GOLDEN.read_bytes()))


@cache
def current() -> tuple[dict[str, list[list[Any]]], list[str]]:
    return outputs(golden()["texts"])


def _named(records: list[list[Any]], explanations: Sequence[str]) -> list[list[Any]]:
    """Records with each flag's explanation index replaced by its text."""
    named = []
    for row in records:
        row = list(row)
        row[_FLAGS] = [
            [*flag[:_EXPLANATION], explanations[flag[_EXPLANATION]], *flag[_EXPLANATION + 1 :]]
            for flag in row[_FLAGS]
        ]
        named.append(row)
    return named


def _differences(expected: Any, actual: Any, path: str = "") -> list[str]:
    if isinstance(expected, float) or isinstance(actual, float):
        both_numbers = all(
            isinstance(value, int | float) and not isinstance(value, bool)
            for value in (expected, actual)
        )
        if both_numbers and math.isclose(expected, actual, rel_tol=0.0, abs_tol=TOLERANCE):
            return []
        return [f"{path}: {expected!r} != {actual!r}"]
    if isinstance(expected, list) and isinstance(actual, list) and len(expected) == len(actual):
        return [
            found
            for i, (e, a) in enumerate(zip(expected, actual, strict=True))
            for found in _differences(e, a, f"{path}[{i}]")
        ]
    if isinstance(expected, dict) and isinstance(actual, dict) and expected.keys() == actual.keys():
        return [
            found
            for key in expected
            for found in _differences(expected[key], actual[key], f"{path}.{key}")
        ]
    return [] if expected == actual else [f"{path}: {expected!r} != {actual!r}"]


def test_the_golden_file_belongs_to_the_shipped_model_and_data() -> None:
    assert golden()["fingerprint"] == fingerprint(), (
        "the model or the assessment data changed since the golden file was written: write it "
        "again with the code from before your change (tests/assess/golden_assess.py says how)"
    )


def test_the_golden_texts_cover_every_lexicon_language() -> None:
    texts = golden()["texts"]
    assert len(texts) >= 2000
    languages = {row[2] for row in golden()["runs"]["batch"]}
    assert {"en", "ja", "zh", "ko", "th", "vi", "id", "km", "tl"} <= languages


@pytest.mark.parametrize("run", ["batch", "single", "job_ad", "report", "lang_vi", "lang_en"])
def test_assessment_outputs_equal_the_golden_file(run: str) -> None:
    if golden()["fingerprint"] != fingerprint():
        pytest.fail("golden file written for another model or data (see the fingerprint test)")
    document = golden()
    texts = document["texts"]
    produced, explanations = current()
    if run == "single":
        expected_rows = [
            document["single_differs"].get(str(i), row)
            for i, row in enumerate(document["runs"]["batch"])
        ]
    else:
        expected_rows = document["runs"][run]
    indexes = runs(texts)[run][0]
    expected = _named(expected_rows, document["explanations"])
    actual = _named(produced[run], explanations)
    assert len(actual) == len(expected) == len(indexes)
    problems = [
        f"text {index} {texts[index][:60]!r}: {found}"
        for index, want, got in zip(indexes, expected, actual, strict=True)
        for found in _differences(want, got)
    ]
    assert not problems, f"{len(problems)} differences, first ones:\n" + "\n".join(problems[:20])


def test_the_comparison_sees_a_changed_probability_and_offset() -> None:
    row = golden()["runs"]["batch"][0]
    changed = json.loads(json.dumps(row))
    changed[1] += 2e-9
    assert _differences(row, changed)
    changed = json.loads(json.dumps(row))
    changed[1] += 5e-10
    assert not _differences(row, changed)
    flagged = next(r for r in golden()["runs"]["batch"] if r[_FLAGS])
    moved = json.loads(json.dumps(flagged))
    moved[_FLAGS][0][1] += 1
    assert _differences(flagged, moved)
