"""A model release: train, score every public set's held-out rows, record the figures.

``tipoff train`` is a thin layer over ``release_model``: the held-out rows of the public
sets are never trained on (``tipoff.assess.examples``), so the figures written into the
model's metadata (``held_out``) are the ones docs/assess.md reports. A model is written to
``models/<version>`` unless another directory is named, never inside the installed package
(the shipped model is replaced only by a reviewed change to the package, not by a command).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import tipoff
from tipoff.assess.assess import assess_many
from tipoff.assess.datasets import PUBLIC_FILES, PUBLIC_SETS, load_public, read_labelled_file
from tipoff.assess.evaluation import evaluate
from tipoff.assess.examples import Example, held_out
from tipoff.assess.linear_model import LinearModel
from tipoff.assess.model_info import training_languages
from tipoff.assess.training import TrainingConfig, TrainingData, train_model
from tipoff.errors import ConfigError

DEFAULT_MODELS_DIR = Path("models")
HELD_OUT_KEY = "held_out"  # metadata key of the held-out figures


@dataclass(frozen=True, slots=True)
class HeldOutFigures:
    """How a model does on one public set's held-out rows."""

    rows: int
    accuracy: float
    scam_f1: float
    roc_auc: float | None

    def as_record(self) -> dict[str, int | float | None]:
        return {
            "rows": self.rows,
            "accuracy": self.accuracy,
            "scam_f1": self.scam_f1,
            "roc_auc": self.roc_auc,
        }


@dataclass(frozen=True, slots=True)
class ExtraFile:
    """What one user-supplied labelled file gave."""

    path: Path
    examples: list[Example]
    problems: list[str]


def training_data_root(data_dir: Path | None, shared_data: Path) -> Path:
    """The folder of the public labelled sets (``data_dir``, else ``shared_data``)."""
    root = data_dir or shared_data
    if not root.is_dir():
        raise ConfigError(
            f"training data {root} not found; pass --data-dir or set TIPOFF_SHARED_DATA "
            "(README: 'Training data')"
        )
    return root


def read_extra_files(
    paths: Sequence[Path], *, text_col: str, label_col: str, mapping: dict[str, str]
) -> list[ExtraFile]:
    """Every extra labelled file, read with the same columns and label map."""
    files = []
    for path in paths:
        examples, problems = read_labelled_file(
            path, text_col=text_col, label_col=label_col, mapping=mapping
        )
        files.append(ExtraFile(path, examples, problems))
    return files


def held_out_figures(model: LinearModel, data_root: Path) -> dict[str, HeldOutFigures]:
    """The model's figures on the held-out rows of every public set found, by set name."""
    figures: dict[str, HeldOutFigures] = {}
    for name in PUBLIC_SETS:
        if not all((data_root / rel).is_file() for rel in PUBLIC_FILES[name]):
            continue  # not under this data root (training skipped it too)
        rows = held_out(load_public(data_root, name))
        result = evaluate(rows, assess_many([r.text for r in rows], model=model))
        figures[name] = HeldOutFigures(
            rows=result.rows,
            accuracy=round(result.accuracy, 4),
            scam_f1=round(result.f1("scam"), 4),
            roc_auc=None if result.roc_auc is None else round(result.roc_auc, 4),
        )
    return figures


def release_model(
    data: TrainingData,
    config: TrainingConfig,
    data_root: Path,
    *,
    training_date: str,
    command: str = "",
) -> tuple[LinearModel, dict[str, HeldOutFigures]]:
    """Train on ``data`` and record the held-out figures in the model's metadata."""
    model = train_model(data, config, training_date=training_date, command=command)
    model.metadata["languages"] = training_languages(data.examples)
    figures = held_out_figures(model, data_root)
    model.metadata[HELD_OUT_KEY] = {name: f.as_record() for name, f in figures.items()}
    return model, figures


def inside_package(path: Path) -> bool:
    """Whether ``path`` is inside the installed tipoff package (the shipped files)."""
    package = Path(tipoff.__file__).resolve().parent
    return path.resolve().is_relative_to(package)


def release_dir(model: LinearModel, out: Path | None) -> Path:
    """Where a release is written: ``out``, else ``models/<version>`` here."""
    return writable_release_dir(out or DEFAULT_MODELS_DIR / model.version)


def writable_release_dir(target: Path) -> Path:
    """``target``, or ConfigError when it is inside the installed package."""
    if inside_package(target):
        raise ConfigError(
            f"{target} is inside the installed tipoff package; write the model elsewhere "
            "(--out DIR) and select it with TIPOFF_MODEL_DIR"
        )
    return target
