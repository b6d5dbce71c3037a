"""Character n-gram hashing, vectorised over a whole batch with numpy.

Each text is lower-cased, digits become ``0`` and it is padded with one space on each side;
every n-gram of 1..``max_n`` code points is hashed (a polynomial rolling hash, then a 64-bit
mix) into ``2**bits`` buckets. A text's feature vector is its n-gram counts divided by the
square root of its n-gram total, so a linear score is ``sum(w[bucket]) / sqrt(total)`` and
needs no sparse matrix at inference. Character n-grams work for scripts written without
spaces (Chinese, Japanese, Thai, Khmer), and the same hashing is used for training and
inference, so only the weights are stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

MAX_N = 4
HASH_BITS = 18
_SEPARATOR = "\x00"
_SALT = np.uint64(0x9E3779B97F4A7C15)
_PRIME = np.uint64(0x100000001B3)
_MIX = np.uint64(0xBF58476D1CE4E5B9)
_ZERO = ord("0")


@dataclass(frozen=True, slots=True)
class NgramBatch:
    """Hashed n-grams of a batch, in text order: ``text_ids[i]`` owns ``hashes[i]``."""

    hashes: npt.NDArray[np.uint32]
    text_ids: npt.NDArray[np.int64]
    counts: npt.NDArray[np.int64]  # n-grams per text (always > 0: the padding yields some)

    @property
    def offsets(self) -> npt.NDArray[np.int64]:
        return np.concatenate(([0], np.cumsum(self.counts)[:-1])).astype(np.int64)

    @property
    def scale(self) -> npt.NDArray[np.float64]:
        return 1.0 / np.sqrt(self.counts)

    def buckets(self, bits: int) -> npt.NDArray[np.int64]:
        # Multiplicative hashing: the top bits are the well-mixed ones, so a smaller table
        # uses a prefix of the same hash.
        return (self.hashes >> np.uint32(32 - bits)).astype(np.intp)


def _codepoints(lowered: Sequence[str]) -> npt.NDArray[np.uint64]:
    joined = _SEPARATOR.join(f" {text} " for text in lowered)
    # errors="replace" turns a lone surrogate into one "?" so code points stay aligned.
    raw = joined.encode("utf-32-le", errors="replace")
    points = np.frombuffer(raw, dtype=np.uint32).astype(np.uint64)
    digits = (points >= _ZERO) & (points <= _ZERO + 9)
    points[digits] = _ZERO
    return points


def hash_ngrams(texts: Sequence[str], *, max_n: int = MAX_N) -> NgramBatch:
    """Hash every character 1..max_n-gram of every text (NUL characters count as spaces)."""
    # Lower-casing first: it can change a text's length ("İ" becomes two code points).
    texts = [text.replace(_SEPARATOR, " ").lower() for text in texts]
    points = _codepoints(texts)
    length = len(points)
    padded = np.fromiter((len(text) + 2 for text in texts), dtype=np.int64, count=len(texts))
    ends = np.cumsum(padded + 1) - 1  # index of the separator after each text (or past the end)
    text_of = np.repeat(np.arange(len(texts)), padded + 1)[:length]
    room = ends[text_of] - np.arange(length)  # code points left in the text from here
    valid = room[:, None] >= np.arange(1, max_n + 1)[None, :]
    table = np.zeros((length, max_n), dtype=np.uint32)
    rolling = np.zeros(length, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for n in range(1, max_n + 1):
            span = length - n + 1
            if span <= 0:
                break
            rolling = rolling[:span] * _PRIME + points[n - 1 :]
            table[:span, n - 1] = ((rolling + np.uint64(n) * _SALT) * _MIX) >> np.uint64(32)
    counts = np.zeros(len(texts), dtype=np.int64)
    for n in range(1, max_n + 1):
        counts += np.maximum(padded - n + 1, 0)
    text_ids = np.repeat(np.arange(len(texts), dtype=np.int64), counts)
    return NgramBatch(hashes=table[valid], text_ids=text_ids, counts=counts.astype(np.int64))


def ngram_matrix(batch: NgramBatch, bits: int) -> sp.csr_matrix:
    """The (texts × 2**bits) sparse matrix of scaled n-gram counts, for training."""
    data = batch.scale[batch.text_ids]
    matrix = sp.csr_matrix(
        (data, (batch.text_ids, batch.buckets(bits))), shape=(len(batch.counts), 1 << bits)
    )
    matrix.sum_duplicates()
    return matrix


_SPARSE_FROM_ROWS = 32  # below this, building a CSR matrix costs more than gathering rows


def score_linear(
    batch: NgramBatch, weights: npt.NDArray[np.float32], bits: int
) -> npt.NDArray[np.float32]:
    """``X @ weights`` for weights of shape (2**bits, k), without summing duplicate n-grams."""
    rows = len(batch.counts)
    scale = batch.scale.astype(np.float32)
    if rows < _SPARSE_FROM_ROWS:
        sums = np.add.reduceat(weights[batch.buckets(bits)], batch.offsets, axis=0)
        return sums * scale[:, None]
    indptr = np.concatenate(([0], np.cumsum(batch.counts)))
    data = np.repeat(scale, batch.counts)
    matrix = sp.csr_matrix((data, batch.buckets(bits), indptr), shape=(rows, 1 << bits))
    return np.asarray(matrix @ weights)
