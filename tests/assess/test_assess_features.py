"""Character n-gram hashing: batch and single agree, the sparse product equals the gather path."""

from __future__ import annotations

import numpy as np

from tipoff.assess.features import hash_ngrams, ngram_matrix, score_linear, score_texts

TEXTS = ["Call 09061701461 now!", "", "ขอโทษค่ะ ทักผิดคน", "İstanbul \ud800 \x00 end", "振込 USDT"]


def test_counts_follow_padded_length() -> None:
    batch = hash_ngrams(["ab"])  # " ab " → 4 + 3 + 2 + 1 n-grams
    assert batch.counts.tolist() == [10]


def test_a_text_hashes_the_same_alone_and_in_a_batch() -> None:
    batch = hash_ngrams(TEXTS)
    for index, text in enumerate(TEXTS):
        alone = hash_ngrams([text])
        assert np.array_equal(alone.hashes, batch.hashes[batch.text_ids == index])


def test_digits_are_one_symbol_and_case_is_ignored() -> None:
    assert np.array_equal(hash_ngrams(["CALL 123"]).hashes, hash_ngrams(["call 987"]).hashes)


def test_gather_and_sparse_scoring_match_the_matrix() -> None:
    weights = np.random.default_rng(7).normal(size=(1 << 12, 3)).astype(np.float32)
    small = hash_ngrams(TEXTS)
    large = hash_ngrams(TEXTS * 20)  # ≥ 32 rows takes the sparse path
    expected = ngram_matrix(small, 12) @ weights
    assert np.allclose(score_linear(small, weights, 12), expected, atol=1e-4)
    assert np.allclose(score_linear(large, weights, 12)[: len(TEXTS)], expected, atol=1e-4)


def test_inference_buckets_equal_the_training_hashes_bit_for_bit() -> None:
    weights = np.random.default_rng(11).normal(size=(1 << 12, 3)).astype(np.float32)
    for texts in (TEXTS, TEXTS * 20, ["\x00\x00", "a"] * 20):  # gather path, sparse path
        expected = score_linear(hash_ngrams(texts), weights, 12)
        assert np.array_equal(score_texts(texts, weights, 12), expected)
