"""What the model in use is: version, training date, data and languages, from its metadata.

The dashboard's model page and ``GET /api/v1/model`` show this, so an analyst can tell which
model judged a report and whether analysts' verdicts went into it. Everything comes from
``metadata.json`` (written by ``tipoff train``); nothing here reads the weights.

A held-out set with no scam rows has no scam F1: the trainer records 0.0 for it (the F1 of a
class that never occurs), which would read as a total failure. Such a set is shown with
``scam_f1`` None and ``scam_f1_note`` "n/a (no scam rows)"; the metadata file is left as it is.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from tipoff.assess.assess import ModelLoader, bundled_model_path
from tipoff.assess.examples import Example
from tipoff.assess.language import detect_language
from tipoff.assess.linear_model import LinearModel


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """A model as people need to know it (no weights, no file paths)."""

    version: str
    trained_on: str | None
    bundled: bool
    directory: str  # the model directory's name ("model" for the bundled one)
    # Training rows per language, when the trainer recorded them (older models did not).
    languages: dict[str, int] = field(default_factory=dict)
    # Languages whose P(scam) has a calibration of its own (LinearModel.calibrated_languages)
    calibrated_languages: tuple[str, ...] = ()
    examples: dict[str, dict[str, int]] = field(default_factory=dict)  # per source, per label
    analyst_verdicts: dict[str, Any] = field(default_factory=dict)  # what came from the DB
    held_out: dict[str, Any] = field(default_factory=dict)  # figures measured at training

    @property
    def total_examples(self) -> int:
        return sum(sum(per.values()) for per in self.examples.values())

    def as_record(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "trained_on": self.trained_on,
            "bundled": self.bundled,
            "directory": self.directory,
            "languages": dict(self.languages),
            "calibrated_languages": list(self.calibrated_languages),
            "examples": {source: dict(per) for source, per in self.examples.items()},
            "analyst_verdicts": dict(self.analyst_verdicts),
            "held_out": dict(self.held_out),
        }


def model_info(model: LinearModel, *, bundled: bool, directory: str) -> ModelInfo:
    """The ``ModelInfo`` of a loaded model."""
    meta = model.metadata
    # The languages whose P(scam) has its own scaling: the ones whose verdicts do not say
    # "little evidence". The unwanted head's table does not count (Vietnamese has one).
    calibrated = sorted(model.calibrated_languages)
    return ModelInfo(
        version=model.version,
        trained_on=meta.get("trained_on"),
        bundled=bundled,
        directory=directory,
        languages={str(k): int(v) for k, v in (meta.get("languages") or {}).items()},
        calibrated_languages=tuple(calibrated),
        examples={
            str(source): {str(label): int(n) for label, n in per.items()}
            for source, per in (meta.get("examples") or {}).items()
        },
        analyst_verdicts=dict(meta.get("analyst_verdicts") or {}),
        held_out={
            str(name): held_out_shown(figures)
            for name, figures in (meta.get("held_out") or {}).items()
        },
    )


NO_SCAM_ROWS = "n/a (no scam rows)"


def held_out_shown(figures: dict[str, Any]) -> dict[str, Any]:
    """One set's held-out figures as shown: without a scam F1 where the set has no scam rows."""
    if not has_no_scam_rows(figures):
        return dict(figures)
    return {**figures, "scam_f1": None, "scam_f1_note": NO_SCAM_ROWS}


def has_no_scam_rows(figures: dict[str, Any]) -> bool:
    """Whether the figures are those of a set without scam rows. Its ROC AUC is undefined (one
    class only) and its scam F1 is 0.0; of such sets, one of scam rows only that scored 0.0
    missed every row, so its accuracy is 0, whereas a set without scam rows has some accuracy
    unless every row was called a scam (then the two cannot be told apart and 0.0 stays)."""
    return (
        figures.get("roc_auc") is None
        and figures.get("scam_f1") == 0.0
        and bool(figures.get("accuracy"))
    )


def loaded_model_info(loader: ModelLoader) -> ModelInfo:
    """The ``ModelInfo`` of the model ``loader`` serves (loading it if needed)."""
    location = loader.path
    return model_info(
        loader.get(), bundled=location == bundled_model_path(), directory=location.name
    )


def training_languages(examples: Iterable[Example]) -> dict[str, int]:
    """Training rows per language: the source's language, else the detected one."""
    counts: Counter[str] = Counter()
    for example in examples:
        counts[
            example.language or detect_language(example.text, use_lingua=False) or "unknown"
        ] += 1
    return dict(counts.most_common())
