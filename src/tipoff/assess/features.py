"""Character n-gram hashing, vectorised over a whole batch with numpy.

Each text is lower-cased, digits become ``0`` and it is padded with one space on each side;
every n-gram of 1..``max_n`` code points is hashed (a polynomial rolling hash, then a 64-bit
mix) into ``2**bits`` buckets. A text's feature vector is its n-gram counts divided by the
square root of its n-gram total, so a linear score is ``sum(w[bucket]) / sqrt(total)``.
Character n-grams work for scripts written without spaces (Chinese, Japanese, Thai, Khmer),
and the same hashing is used for training and inference, so only the weights are stored.

Inference (``score_texts``) computes bucket numbers straight from the 64-bit mix, in place
and as int32, so the whole batch needs a handful of array passes and no per-text Python.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

from tipoff.assess.fold import codepoint_table

MAX_N = 4
HASH_BITS = 18
_SEPARATOR = "\x00"
_SALT = np.uint64(0x9E3779B97F4A7C15)
_PRIME = np.uint64(0x100000001B3)
_MIX = np.uint64(0xBF58476D1CE4E5B9)
_ZERO = ord("0")
_SALTS = np.arange(1, 33, dtype=np.uint64) * _SALT  # n x salt, for n-grams up to 32 long
_SALT_MIXES = _SALTS * _MIX  # n x salt x mix (modulo 2**64), for the batch path


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


def _codepoints(lowered: Sequence[str], folds: tuple[str, ...]) -> npt.NDArray[np.uint64]:
    joined = f" {f' {_SEPARATOR} '.join(lowered)} "  # each text between spaces, NUL between
    # errors="replace" turns a lone surrogate into one "?" so code points stay aligned.
    raw = np.frombuffer(joined.encode("utf-32-le", errors="replace"), dtype=np.uint32)
    if folds:  # one lookup folds the digits and the characters (fold.py)
        return codepoint_table(folds)[raw].astype(np.uint64)
    points = raw.astype(np.uint64)
    points[(points >= _ZERO) & (points <= _ZERO + 9)] = _ZERO
    return points


def _ngram_table(
    texts: Sequence[str], max_n: int, shift: int, dtype: type, folds: tuple[str, ...] = ()
) -> tuple[np.ndarray, npt.NDArray[np.int64]]:
    """Every n-gram's top ``64 - shift`` mixed hash bits, row-major (position, then n), and
    the n-gram count of each text. NUL characters count as spaces; ``folds`` (fold.py) are
    applied to the lower-cased code points."""
    # Lower-casing first: it can change a text's length ("İ" becomes two code points).
    lowered = [text.replace(_SEPARATOR, " ").lower() for text in texts]
    if len(lowered) == 1 and max_n <= len(_SALTS):
        return _one_text_table(lowered[0], max_n, shift, dtype, folds)
    points = _codepoints(lowered, folds)
    length = len(points)
    # An n-gram starting at p is valid when none of its n code points is a separator or past
    # the end: a running AND over shifted "not a separator" flags.
    inside = np.zeros(length + max_n, dtype=bool)
    inside[:length] = points != 0
    valid = np.empty((length, max_n), dtype=bool)
    valid[:, 0] = inside[:length]
    for n in range(2, max_n + 1):
        np.logical_and(valid[:, n - 2], inside[n - 1 : length + n - 1], out=valid[:, n - 1])
    table: np.ndarray = np.zeros((length, max_n), dtype=dtype)
    # The rolling hash is kept multiplied by _MIX (modulo 2**64 that is the same ring): then
    # ((h + n * SALT) * MIX) is (h * MIX) + n * SALT * MIX, and (h * PRIME + p) * MIX is
    # (h * MIX) * PRIME + p * MIX, so each n-gram length takes four array passes, not six.
    mixed_points = np.multiply(points, _MIX)
    rolling = mixed_points
    mixed = np.empty(length, dtype=np.uint64)
    for n in range(1, max_n + 1):
        span = length - n + 1
        if span <= 0:
            break
        if n == 2:
            rolling = np.multiply(mixed_points[:span], _PRIME)
        elif n > 2:
            np.multiply(rolling[:span], _PRIME, out=rolling[:span])
        head = rolling[:span]
        if n > 1:
            np.add(head, mixed_points[n - 1 :], out=head)
        out = mixed[:span]
        np.add(head, _SALT_MIXES[n - 1], out=out)
        np.right_shift(out, np.uint64(shift), out=table[:span, n - 1], casting="unsafe")
    padded = np.fromiter((len(text) + 2 for text in lowered), dtype=np.int64, count=len(lowered))
    counts = np.zeros(len(lowered), dtype=np.int64)
    for n in range(1, max_n + 1):
        counts += np.maximum(padded - n + 1, 0)
    return table[valid], counts


_DIGITS_TO_ZERO = str.maketrans("123456789", "000000000")


@cache
def _tail(max_n: int) -> npt.NDArray[np.bool_]:
    """Which n-grams of the last ``max_n - 1`` positions of a text end inside it."""
    left = np.arange(max_n - 1, 0, -1)[:, None]  # code points from the position to the end
    return np.asarray(np.arange(max_n)[None, :] < left)


@lru_cache(maxsize=1024)
def _valid_mask(length: int, max_n: int) -> npt.NDArray[np.bool_]:
    """Which n-grams (position, then n) of a padded one-text table of ``length`` code points
    end inside it: all but the last positions' longer ones (kept per length: a single message
    then builds no mask)."""
    valid = np.ones((length, max_n), dtype=bool)
    tail = _tail(max_n)
    if len(tail):  # a text shorter than the tail takes its last rows
        valid[-len(tail) :] = tail[-length:]
    valid.flags.writeable = False
    return valid


def _one_text_table(
    lowered: str, max_n: int, shift: int, dtype: type, folds: tuple[str, ...]
) -> tuple[np.ndarray, npt.NDArray[np.int64]]:
    """``_ngram_table`` of one text (already lower-cased, NUL-free) in a third of the numpy
    calls: with no separator inside, only the last positions' longer n-grams are invalid, and
    the salt, mix and shift run once over all lengths of n-gram."""
    if folds:
        raw = np.frombuffer(f" {lowered} ".encode("utf-32-le", errors="replace"), np.uint32)
        points = codepoint_table(folds)[raw].astype(np.uint64)
    else:
        padded = f" {lowered.translate(_DIGITS_TO_ZERO)} "
        raw = np.frombuffer(padded.encode("utf-32-le", errors="replace"), dtype=np.uint32)
        points = raw.astype(np.uint64)
    length = len(points)
    hashes = np.zeros((max_n, length), dtype=np.uint64)
    # Array arithmetic on unsigned integers wraps modulo 2**64 without a warning (only numpy
    # scalars warn), so no np.errstate block is needed around it.
    for n in range(1, min(max_n, length) + 1):
        span = length - n + 1
        row = hashes[n - 1, :span]
        if n == 1:
            row[:] = points
        else:
            np.multiply(hashes[n - 2, :span], _PRIME, out=row)
            np.add(row, points[n - 1 :], out=row)
    hashes += _SALTS[:max_n, None]
    hashes *= _MIX
    hashes >>= np.uint64(shift)
    table: np.ndarray = hashes.T.astype(dtype)[_valid_mask(length, max_n)]
    counts = np.array([sum(max(length - n + 1, 0) for n in range(1, max_n + 1))], dtype=np.int64)
    return table, counts


def hash_ngrams(
    texts: Sequence[str], *, max_n: int = MAX_N, folds: tuple[str, ...] = ()
) -> NgramBatch:
    """Hash every character 1..max_n-gram of every text (NUL characters count as spaces),
    after the character ``folds`` (fold.py)."""
    hashes, counts = _ngram_table(texts, max_n, 32, np.uint32, folds)
    text_ids = np.repeat(np.arange(len(counts), dtype=np.int64), counts)
    return NgramBatch(hashes=hashes, text_ids=text_ids, counts=counts)


def ngram_matrix(batch: NgramBatch, bits: int) -> sp.csr_matrix:
    """The (texts × 2**bits) sparse matrix of scaled n-gram counts, for training."""
    data = batch.scale[batch.text_ids]
    matrix = sp.csr_matrix(
        (data, (batch.text_ids, batch.buckets(bits))), shape=(len(batch.counts), 1 << bits)
    )
    matrix.sum_duplicates()
    return matrix


_PIECE = 512  # texts hashed at once in a large batch (score_texts)
_SPARSE_FROM_ROWS = 32  # below this, building a CSR matrix costs more than gathering rows
_FIRST_ONLY = np.zeros(1, dtype=np.int64)  # one text's offsets (reduceat only reads them)


def _score(
    buckets: np.ndarray, counts: npt.NDArray[np.int64], weights: npt.NDArray[np.float32], bits: int
) -> npt.NDArray[np.float32]:
    rows = len(counts)
    if rows == 1:  # one text: the same gather, sum and float32 scale in fewer numpy calls
        total = np.add.reduceat(weights.take(buckets, axis=0), _FIRST_ONLY, axis=0)
        total *= np.float32(1.0 / math.sqrt(int(counts[0])))
        return total
    scale = (1.0 / np.sqrt(counts)).astype(np.float32)
    if rows < _SPARSE_FROM_ROWS:
        offsets = (
            _FIRST_ONLY
            if rows == 1
            else np.concatenate(([0], np.cumsum(counts)[:-1])).astype(np.int64)
        )
        return np.add.reduceat(weights[buckets], offsets, axis=0) * scale[:, None]
    # int32 indices: scipy would otherwise scan and copy int64 ones to downcast them.
    indptr = np.zeros(rows + 1, dtype=np.int32)
    np.cumsum(counts, out=indptr[1:])
    data = np.repeat(scale, counts)
    matrix = sp.csr_matrix((data, buckets, indptr), shape=(rows, 1 << bits), copy=False)
    return np.asarray(matrix @ weights)


def score_linear(
    batch: NgramBatch, weights: npt.NDArray[np.float32], bits: int
) -> npt.NDArray[np.float32]:
    """``X @ weights`` for weights of shape (2**bits, k), without summing duplicate n-grams."""
    buckets = batch.buckets(bits)
    if len(batch.counts) >= _SPARSE_FROM_ROWS:
        buckets = buckets.astype(np.int32)
    return _score(buckets, batch.counts, weights, bits)


def score_texts(
    texts: Sequence[str],
    weights: npt.NDArray[np.float32],
    bits: int,
    *,
    max_n: int = MAX_N,
    folds: tuple[str, ...] = (),
) -> npt.NDArray[np.float32]:
    """``score_linear(hash_ngrams(texts, folds=folds), weights, bits)``, computed without the
    32-bit hashes.

    A large batch is hashed and scored in pieces of ``_PIECE`` to ``2 * _PIECE - 1`` texts:
    the hashing's arrays (a few per code point) then stay in the processor's cache. Each row's
    sum is its own in the sparse product, so the scores are those of the whole batch at once;
    every piece has at least ``_SPARSE_FROM_ROWS`` rows, so no row changes path."""
    if len(texts) >= 2 * _PIECE:
        ends = list(range(_PIECE, len(texts) + 1, _PIECE))
        ends[-1] = len(texts)
        return np.concatenate(
            [
                _score(
                    *_ngram_table(texts[start:end], max_n, 64 - bits, np.int32, folds),
                    weights,
                    bits,
                )
                for start, end in zip([0, *ends[:-1]], ends, strict=True)
            ]
        )
    buckets, counts = _ngram_table(texts, max_n, 64 - bits, np.int32, folds)
    return _score(buckets, counts, weights, bits)
