"""The labelled test set: size, coverage, and the precision/recall goals per kind."""

from __future__ import annotations

from collections import Counter

from tipoff.indicators.evaluation import evaluate, load_evalset

# Generated snippets cover the first seven; hand-written hard cases add Tagalog and Khmer.
LANGUAGES = {"en", "ja", "zh", "ko", "th", "vi", "id", "tl", "km"}
KINDS = {"phone", "iban", "bic", "bank_account", "wallet", "domain", "url", "email", "handle"}


def test_evalset_is_large_and_covers_every_language_and_kind() -> None:
    snippets = load_evalset()
    assert len(snippets) >= 1000
    assert set(Counter(s.lang for s in snippets)) == LANGUAGES
    assert {kind for s in snippets for kind, _ in s.labels} == KINDS
    negatives = [s for s in snippets if not s.labels]
    assert len(negatives) >= 200


def test_precision_and_recall_goals_per_kind() -> None:
    scores = evaluate()
    assert set(scores) == KINDS
    for kind, entry in scores.items():
        assert entry.precision >= 0.98, (kind, entry.precision, entry.false_positives[:5])
        assert entry.recall >= 0.95, (kind, entry.recall, entry.false_negatives[:5])
