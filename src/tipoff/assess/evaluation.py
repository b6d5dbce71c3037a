"""Quality figures for labelled texts: per-label precision/recall/F1, ROC AUC, confusion matrix."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from tipoff.assess.assess import assess_many
from tipoff.assess.datasets import Example, read_labelled_file
from tipoff.assess.examples import deduplicate, held_out
from tipoff.assess.linear_model import LinearModel
from tipoff.assess.redflags import Kind
from tipoff.assess.taxonomy import LEGITIMATE, NOT_SCAM, SCAM_TYPES, UNWANTED
from tipoff.model import Assessment

SCAM = "scam"
THRESHOLD = 0.5


@dataclass(frozen=True)
class LabelScores:
    label: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class Evaluation:
    """Scam-vs-not figures, plus scam-type figures for rows labelled with a type."""

    rows: int
    accuracy: float
    roc_auc: float | None
    binary: list[LabelScores]
    binary_confusion: list[list[int]]  # rows: true not_scam, scam; columns: predicted
    types: list[LabelScores] = field(default_factory=list)
    type_labels: list[str] = field(default_factory=list)
    type_confusion: list[list[int]] = field(default_factory=list)

    def f1(self, label: str) -> float:
        return next(score.f1 for score in self.binary if score.label == label)


def _scores(
    truth: Sequence[str], predicted: Sequence[str], labels: Sequence[str]
) -> list[LabelScores]:
    # scikit-learn takes seconds to import: only evaluating needs it, not assessing.
    from sklearn.metrics import precision_recall_fscore_support

    precision, recall, f1, support = precision_recall_fscore_support(
        truth, predicted, labels=list(labels), zero_division=0
    )
    return [
        LabelScores(label, float(p), float(r), float(f), int(s))
        for label, p, r, f, s in zip(labels, precision, recall, f1, support, strict=True)
    ]


def top_type(assessment: Assessment) -> str:
    return max(SCAM_TYPES, key=lambda label: assessment.labels.get(label, 0.0))


def unwanted_probability(assessment: Assessment) -> float:
    """P(spam or scam): one minus the probability that the message is legitimate."""
    legitimate = assessment.outcome_probabilities.get(LEGITIMATE)
    return assessment.scam_probability if legitimate is None else 1.0 - legitimate


def evaluate(
    examples: Sequence[Example],
    assessments: Sequence[Assessment],
    *,
    threshold: float = THRESHOLD,
    positive: str = SCAM,
) -> Evaluation:
    """Compare assessments with the examples' labels (same order).

    ``positive="scam"`` scores scam against spam and legitimate (rows labelled only "unwanted"
    are left out, and a set of such rows only is scored as below); ``positive="unwanted"``
    scores spam-or-scam against legitimate, the old binary task of sets such as UCI.
    """
    from sklearn.metrics import roc_auc_score  # slow to import: see _scores

    if len(examples) != len(assessments):
        raise ValueError("need one assessment per example")
    if all(example.label == UNWANTED for example in examples):
        positive = UNWANTED  # a set labelled only spam-or-not is scored on spam-or-not
    if positive == UNWANTED:
        truth = [SCAM if example.label != LEGITIMATE else NOT_SCAM for example in examples]
        scores = np.array([unwanted_probability(assessment) for assessment in assessments])
    else:
        pairs = [(e, a) for e, a in zip(examples, assessments, strict=True) if e.label != UNWANTED]
        examples = [e for e, _ in pairs]
        assessments = [a for _, a in pairs]
        truth = [SCAM if example.label == SCAM else NOT_SCAM for example in examples]
        scores = np.array([assessment.scam_probability for assessment in assessments])
    if not examples:
        raise ValueError("need at least one example with a usable label")
    predicted = [SCAM if score >= threshold else NOT_SCAM for score in scores]
    both = [NOT_SCAM, SCAM]
    auc = float(roc_auc_score([t == SCAM for t in truth], scores)) if len(set(truth)) == 2 else None
    typed = [
        (example, assessment)
        for example, assessment in zip(examples, assessments, strict=True)
        if example.types
    ]
    evaluation = Evaluation(
        rows=len(examples),
        accuracy=float(np.mean([t == p for t, p in zip(truth, predicted, strict=True)])),
        roc_auc=auc,
        binary=_scores(truth, predicted, both),
        binary_confusion=confusion(truth, predicted, both),
    )
    if not typed:
        return evaluation
    # A row labelled with several types (pig butchering is also investment) counts as its most
    # specific one, the longest label name.
    type_truth = [max(example.types, key=len) for example, _ in typed]
    type_predicted = [top_type(assessment) for _, assessment in typed]
    present = [label for label in SCAM_TYPES if label in set(type_truth) | set(type_predicted)]
    return Evaluation(
        rows=evaluation.rows,
        accuracy=evaluation.accuracy,
        roc_auc=evaluation.roc_auc,
        binary=evaluation.binary,
        binary_confusion=evaluation.binary_confusion,
        types=_scores(type_truth, type_predicted, present),
        type_labels=present,
        type_confusion=confusion(type_truth, type_predicted, present),
    )


def confusion(
    truth: Sequence[str], predicted: Sequence[str], labels: Sequence[str]
) -> list[list[int]]:
    """Counts of (true row, predicted column) over ``labels``; pairs naming another label are
    left out. (scikit-learn's confusion_matrix warned on the terminal whenever the rows held
    a single type, as a file of smishing and ham does.)"""
    index = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for true, guess in zip(truth, predicted, strict=True):
        if true in index and guess in index:
            matrix[index[true]][index[guess]] += 1
    return matrix


def format_evaluation(evaluation: Evaluation) -> str:
    """A plain-text report: tables a person can read in a terminal or paste into an issue."""
    lines = [
        f"rows: {evaluation.rows}   accuracy: {evaluation.accuracy:.4f}   "
        "ROC AUC (scam vs not): "
        f"{'n/a' if evaluation.roc_auc is None else f'{evaluation.roc_auc:.4f}'}",
        "",
        f"{'label':<28}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}",
    ]
    for score in [*evaluation.binary, *evaluation.types]:
        lines.append(
            f"{score.label:<28}{score.precision:>10.4f}{score.recall:>10.4f}{score.f1:>10.4f}{score.support:>10}"
        )
    lines += ["", "confusion (rows true, columns predicted): not_scam, scam"]
    for name, row in zip((NOT_SCAM, SCAM), evaluation.binary_confusion, strict=True):
        lines.append(f"  {name:<10}" + "".join(f"{value:>8}" for value in row))
    if evaluation.type_labels:
        lines += [
            "",
            "scam-type confusion (rows true, columns predicted):",
            "  " + " | ".join(f"{i}={label}" for i, label in enumerate(evaluation.type_labels)),
        ]
        for i, row in enumerate(evaluation.type_confusion):
            lines.append(f"  {i:>3}" + "".join(f"{value:>6}" for value in row))
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class FileEvaluation:
    """A labelled file's figures, with what was used and why rows were skipped."""

    evaluation: Evaluation | None  # None: no usable row
    rows: int  # distinct rows used
    problems: list[str]  # one line per skipped row


def evaluate_file(
    path: Path,
    *,
    text_col: str,
    label_col: str,
    mapping: dict[str, str],
    kind: Kind = "message",
    columns: Sequence[str] | None = None,
    held_out_only: bool = False,
    model: LinearModel | None = None,
) -> FileEvaluation:
    """Figures of ``model`` (default: the bundled one) on a labelled CSV, TSV or JSONL file.

    Rows are de-duplicated; with ``held_out_only`` only the held-out split is used, the rows
    no model of this package was trained on (docs/assess.md).
    """
    examples, problems = read_labelled_file(
        path, text_col=text_col, label_col=label_col, mapping=mapping, columns=columns
    )
    examples = held_out(examples) if held_out_only else deduplicate(examples)
    if not examples:
        return FileEvaluation(None, 0, problems)
    assessments = assess_many([e.text for e in examples], kind=kind, model=model)
    return FileEvaluation(evaluate(examples, assessments), len(examples), problems)
