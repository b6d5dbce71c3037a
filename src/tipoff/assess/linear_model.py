"""The trained model: weights in a numpy ``.npz`` (no pickle) plus a JSON metadata file.

Heads: ``scam`` (scam vs not) and one per scam type (probability of the type given a scam).
Each head is linear over hashed character n-grams (features.py) and red-flag indicators, so
scoring a batch is one sparse product; inference needs only numpy and scipy.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from tipoff.assess.calibration import calibrate
from tipoff.assess.features import MAX_N, score_texts
from tipoff.assess.fold import FOLDS
from tipoff.errors import ModelError

WEIGHTS_FILE = "weights.npz"
METADATA_FILE = "metadata.json"
FORMAT = "tipoff-assess/2"
SCAM_HEAD = "scam"  # P(scam): deceives into paying, revealing credentials or installing
UNWANTED_HEAD = "unwanted"  # P(spam or scam)
_SCORED_COLUMNS_MULTIPLE = 4  # the n-gram weight rows the batch product reads (logits)


@dataclass(frozen=True)
class LinearModel:
    """Weights of every head and what is needed to reproduce its features."""

    heads: tuple[str, ...]
    flag_codes: tuple[str, ...]
    hash_bits: int
    max_n: int
    ngram_weights: npt.NDArray[np.float32]  # (2**hash_bits, heads)
    flag_weights: npt.NDArray[np.float32]  # (flag_codes, heads)
    bias: npt.NDArray[np.float32]  # (heads,)
    metadata: dict[str, Any]
    # Character folds applied before hashing (fold.py); () for models trained without them.
    text_fold: tuple[str, ...] = ()

    @property
    def version(self) -> str:
        return str(self.metadata.get("version", ""))

    @cached_property
    def calibrated_languages(self) -> frozenset[str]:
        """Languages whose P(scam) has a calibration of its own (enough labelled scam and
        not-scam rows); others get the pooled one and little evidence. The unwanted head's
        table does not count: Vietnamese has spam and legitimate rows but no fraud label."""
        table = self.metadata.get("calibration") or {}
        return frozenset(lang for lang in table.get("scam", {}) if lang != "*")

    @cached_property
    def _flag_column(self) -> dict[str, int]:
        return {code: i for i, code in enumerate(self.flag_codes)}

    @cached_property
    def _scored_ngram_weights(self) -> npt.NDArray[np.float32]:
        """``ngram_weights`` with zero columns up to a multiple of four heads (19 -> 20).

        scipy's sparse product adds each n-gram's row of weights in a loop over the columns,
        which the compiler runs four floats at a time: with 20 columns every row goes through
        those lanes, with 19 the last column of each of the ~480 rows a message reads falls
        out (the batch product took 4.8 instead of 7.0 us a message). Each head's column is
        summed by the same additions in the same order, so its scores are unchanged."""
        rows, heads = self.ngram_weights.shape
        columns = -(-heads // _SCORED_COLUMNS_MULTIPLE) * _SCORED_COLUMNS_MULTIPLE
        if columns == heads:
            return self.ngram_weights
        padded = np.zeros((rows, columns), dtype=np.float32)
        padded[:, :heads] = self.ngram_weights
        return padded

    def flag_scores(self, codes: Sequence[frozenset[str]]) -> npt.NDArray[np.float32]:
        """(texts × heads) sum of the weights of the red-flag codes each text shows.

        The weights are added one code at a time in column order, in float32, for one text as
        for many: the same sums on every machine. A BLAS product of the 0/1 indicator matrix
        depends on the kernel OpenBLAS picks for the CPU (a single text's sums differed by 1e-6
        between two kernels), and for large batches it runs on every core, whose spinning
        threads cost more CPU than all the other model arithmetic.
        """
        column = self._flag_column
        rows_by_rank: list[list[int]] = []
        columns_by_rank: list[list[int]] = []
        known: dict[frozenset[str], list[int]] = {}  # most texts share a handful of code sets
        for row, present in enumerate(codes):
            if not present:
                continue
            found = known.get(present)
            if found is None:
                found = known[present] = sorted(column[code] for code in present if code in column)
            for rank, col in enumerate(found):
                if rank == len(rows_by_rank):
                    rows_by_rank.append([])
                    columns_by_rank.append([])
                rows_by_rank[rank].append(row)
                columns_by_rank[rank].append(col)
        total = np.zeros((len(codes), len(self.heads)), dtype=np.float32)
        for rows, columns in zip(rows_by_rank, columns_by_rank, strict=True):
            total[rows] += self.flag_weights[columns]  # a row occurs once per rank
        return total

    def logits(
        self, texts: Sequence[str], codes: Sequence[frozenset[str]]
    ) -> npt.NDArray[np.float32]:
        """(texts × heads) raw scores."""
        scores = score_texts(
            texts,
            self._scored_ngram_weights,
            self.hash_bits,
            max_n=self.max_n,
            folds=self.text_fold,
        )
        return scores[:, : len(self.heads)] + self.flag_scores(codes) + self.bias

    def probabilities(
        self,
        texts: Sequence[str],
        codes: Sequence[frozenset[str]],
        languages: Sequence[str | None] | None = None,
    ) -> npt.NDArray[np.float64]:
        """(texts × heads) probabilities: P(scam), P(spam or scam), then P(type | scam).

        With ``languages`` the first two are calibrated for each text's language (the
        metadata's table); without, they are the raw sigmoid of the linear score.
        """
        logits = self.logits(texts, codes).astype(np.float64)
        table = self.metadata.get("calibration")
        if languages is not None and table:
            return calibrate(logits, self.heads, languages, table)
        return 1.0 / (1.0 + np.exp(-np.clip(logits, -30.0, 30.0)))


def save_model(model: LinearModel, directory: Path) -> None:
    """Write weights.npz and metadata.json into ``directory`` (created if needed)."""
    directory.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        directory / WEIGHTS_FILE,
        ngram_weights=model.ngram_weights.astype(np.float16),
        flag_weights=model.flag_weights.astype(np.float32),
        bias=model.bias.astype(np.float32),
    )
    metadata = {
        **model.metadata,
        "format": FORMAT,
        "heads": list(model.heads),
        "flag_codes": list(model.flag_codes),
        "hash_bits": model.hash_bits,
        "max_n": model.max_n,
        "text_fold": list(model.text_fold),
        "weights_sha256": _sha256(directory / WEIGHTS_FILE),
    }
    (directory / METADATA_FILE).write_text(
        json.dumps(metadata, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8"
    )


def load_model(directory: Path) -> LinearModel:
    """Read a model written by :func:`save_model`; ModelError when missing, corrupt or foreign."""
    try:
        metadata = json.loads((directory / METADATA_FILE).read_text(encoding="utf-8"))
        if metadata.get("format") != FORMAT:
            raise ModelError(f"{directory}: unknown model format {metadata.get('format')!r}")
        if metadata.get("weights_sha256") != _sha256(directory / WEIGHTS_FILE):
            raise ModelError(f"{directory}: weights do not match their metadata checksum")
        with np.load(directory / WEIGHTS_FILE, allow_pickle=False) as arrays:
            ngram = arrays["ngram_weights"].astype(np.float32)
            flags = arrays["flag_weights"].astype(np.float32)
            bias = arrays["bias"].astype(np.float32)
    except ModelError:
        raise
    except (OSError, ValueError, KeyError) as error:
        raise ModelError(f"cannot load assessment model from {directory}: {error}") from error
    heads = tuple(metadata["heads"])
    codes = tuple(metadata["flag_codes"])
    bits = int(metadata["hash_bits"])
    if ngram.shape != (1 << bits, len(heads)) or flags.shape != (len(codes), len(heads)):
        raise ModelError(f"{directory}: weight shapes do not match the metadata")
    if heads[:2] != (SCAM_HEAD, UNWANTED_HEAD) or bias.shape != (len(heads),):
        raise ModelError(f"{directory}: heads must start with {SCAM_HEAD!r}, {UNWANTED_HEAD!r}")
    return LinearModel(
        heads=heads,
        flag_codes=codes,
        hash_bits=bits,
        max_n=int(metadata.get("max_n", MAX_N)),
        ngram_weights=np.ascontiguousarray(ngram),
        flag_weights=flags,
        bias=bias,
        metadata=metadata,
        text_fold=_text_fold(directory, metadata),
    )


def _text_fold(directory: Path, metadata: dict[str, Any]) -> tuple[str, ...]:
    folds = tuple(metadata.get("text_fold", ()))
    unknown = set(folds) - set(FOLDS)
    if unknown:
        raise ModelError(f"{directory}: unknown text folds {sorted(unknown)}")
    return folds


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
