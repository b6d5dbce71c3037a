"""Precision and recall of the extractor on the labelled test set.

The set (``data/evalset.jsonl``, built by ``bench/make_evalset.py``) holds
multilingual snippets, each with the country of its report and the set of
``{kind, value}`` labels it must yield. A prediction counts as a true positive
when its (kind, canonical value) is among the snippet's labels; scoring is per
snippet, on sets, so a value found twice in one snippet counts once.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from tipoff.indicators.extract import extract

Labels = set[tuple[str, str]]


@dataclass(frozen=True, slots=True)
class Snippet:
    """One labelled snippet."""

    id: str
    lang: str
    country: str | None
    text: str
    labels: frozenset[tuple[str, str]]
    tags: tuple[str, ...] = ()


@dataclass
class KindScore:
    """Counts for one indicator kind, with precision and recall."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_positives: list[tuple[str, str]] = field(default_factory=list)
    false_negatives: list[tuple[str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def load_evalset(path: Path | None = None) -> list[Snippet]:
    """The bundled test set, or the JSONL file at ``path``."""
    if path is None:
        text = (
            resources.files("tipoff.indicators").joinpath("data/evalset.jsonl").read_text("utf-8")
        )
    else:
        text = Path(path).read_text("utf-8")
    return list(_parse_lines(text.splitlines()))


def _parse_lines(lines: Iterable[str]) -> Iterator[Snippet]:
    for line in lines:
        if not line.strip():
            continue
        row = json.loads(line)
        labels = frozenset((item["kind"], item["value"]) for item in row["labels"])
        yield Snippet(
            row["id"],
            row["lang"],
            row.get("country"),
            row["text"],
            labels,
            tuple(row.get("tags", ())),
        )


def score(
    snippets: Iterable[Snippet],
    predict: Callable[[Snippet], Labels],
    kinds: Iterable[str] | None = None,
) -> dict[str, KindScore]:
    """Per-kind counts of ``predict`` against the labels (only ``kinds`` if given)."""
    wanted = set(kinds) if kinds is not None else None
    scores: dict[str, KindScore] = {}
    for snippet in snippets:
        predicted = predict(snippet)
        gold = set(snippet.labels)
        if wanted is not None:
            predicted = {p for p in predicted if p[0] in wanted}
            gold = {g for g in gold if g[0] in wanted}
        for item in predicted | gold:
            entry = scores.setdefault(item[0], KindScore())
            if item in predicted and item in gold:
                entry.tp += 1
            elif item in predicted:
                entry.fp += 1
                entry.false_positives.append((snippet.id, item[1]))
            else:
                entry.fn += 1
                entry.false_negatives.append((snippet.id, item[1]))
    return dict(sorted(scores.items()))


def tipoff_predict(snippet: Snippet) -> Labels:
    """tipoff's own predictions for a snippet, with the snippet's country as hint."""
    return {
        (found.kind.value, found.value)
        for found in extract(snippet.text, country_hint=snippet.country)
    }


def evaluate(path: Path | None = None) -> dict[str, KindScore]:
    """Score tipoff's extractor on the test set."""
    return score(load_evalset(path), tipoff_predict)
