"""CLI commands: train, eval, assess and reassess (scam assessment)."""

from __future__ import annotations

import json
import shlex
import sys
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from tipoff.assess import ModelLoader, assess, release, text_kind
from tipoff.assess.asks import NO_ASK, NO_ASK_EXPLANATION
from tipoff.assess.datasets import parse_label_map
from tipoff.assess.evaluation import evaluate_file, format_evaluation
from tipoff.assess.linear_model import save_model
from tipoff.assess.new_number import NEW_NUMBER_EXPLANATION, NEW_NUMBER_ONLY
from tipoff.assess.notices import TRANSACTIONAL_NOTICE, TRANSACTIONAL_NOTICE_EXPLANATION
from tipoff.assess.offers import COMMERCIAL_OFFER, COMMERCIAL_OFFER_EXPLANATION
from tipoff.assess.own_channel import OWN_CHANNEL, OWN_CHANNEL_EXPLANATION
from tipoff.assess.promotion import PROMOTION_MARKER, PROMOTION_MARKER_EXPLANATION
from tipoff.assess.regulated import REGULATED_OFFER, REGULATED_OFFER_EXPLANATION
from tipoff.assess.scam_warning import SCAM_WARNING, SCAM_WARNING_EXPLANATION
from tipoff.assess.shared_expense import SHARED_EXPENSE, SHARED_EXPENSE_EXPLANATION
from tipoff.assess.training import TrainingConfig, gather_training_data
from tipoff.assess.usual_account import USUAL_ACCOUNT, USUAL_ACCOUNT_EXPLANATION
from tipoff.assess.wrong_number import WRONG_NUMBER_REPLY, WRONG_NUMBER_REPLY_EXPLANATION
from tipoff.cli.output import Column, CsvOption, Format, JsonOption, emit, note, output_format
from tipoff.cli.reports import viewer_of
from tipoff.cli.session import (
    DatabaseOption,
    cli_errors,
    console,
    error_console,
    open_store,
    settings_with,
)
from tipoff.intake.reassess import reassess_reports
from tipoff.store.engine import make_engine
from tipoff.verdict_examples import VerdictExamples, verdict_examples

if TYPE_CHECKING:  # the assessment stack loads only for the commands that use it
    from tipoff.assess import LinearModel
    from tipoff.model import Assessment

KindOption = Annotated[str, typer.Option("--kind", help="message, report or job_ad.")]
ModelOption = Annotated[
    Path | None,
    typer.Option(
        "--model",
        help="Model directory (weights.npz + metadata.json); "
        "default TIPOFF_MODEL_DIR or the bundled model.",
    ),
]
TextColumn = Annotated[
    str, typer.Option("--text-col", help="Column (or JSONL key) holding the text.")
]
LabelColumn = Annotated[
    str, typer.Option("--label-col", help="Column (or JSONL key) holding the label.")
]
LabelMap = Annotated[
    str,
    typer.Option(
        "--map", help="Raw label → tipoff label, e.g. spam=scam,ham=not_scam,smishing=phishing."
    ),
]
HeaderlessColumns = Annotated[
    str | None,
    typer.Option("--columns", help="Column names of a file without a header row, e.g. label,text."),
]
HeldOutOnly = Annotated[
    bool,
    typer.Option(
        "--held-out-only",
        help="Only rows in the held-out split (de-duplicated), as in docs/assess.md.",
    ),
]
DataDirOption = Annotated[
    Path | None,
    typer.Option(
        "--data-dir",
        help="The public labelled sets (see README, 'Training data'); "
        "default: $TIPOFF_SHARED_DATA, else ../shared/data.",
        show_default=False,
    ),
]
OutOption = Annotated[
    Path | None,
    typer.Option(
        "--out",
        help="Directory to write the model into (default: models/<version> in the "
        "working directory; never inside the installed package). "
        "Use it with TIPOFF_MODEL_DIR=<dir>.",
    ),
]
SimulatorMessages = Annotated[
    int,
    typer.Option("--simulator-messages", min=0, help="Synthetic messages from tipoff.simulate."),
]

# Why a rule bounded the verdict (Assessment.reasons), as `tipoff assess` prints it.
REASON_EXPLANATIONS = {
    NO_ASK: NO_ASK_EXPLANATION,
    NEW_NUMBER_ONLY: NEW_NUMBER_EXPLANATION,
    SHARED_EXPENSE: SHARED_EXPENSE_EXPLANATION,
    OWN_CHANNEL: OWN_CHANNEL_EXPLANATION,
    USUAL_ACCOUNT: USUAL_ACCOUNT_EXPLANATION,
    WRONG_NUMBER_REPLY: WRONG_NUMBER_REPLY_EXPLANATION,
    SCAM_WARNING: SCAM_WARNING_EXPLANATION,
    PROMOTION_MARKER: PROMOTION_MARKER_EXPLANATION,
    COMMERCIAL_OFFER: COMMERCIAL_OFFER_EXPLANATION,
    REGULATED_OFFER: REGULATED_OFFER_EXPLANATION,
    TRANSACTIONAL_NOTICE: TRANSACTIONAL_NOTICE_EXPLANATION,
}


def _count(value: int | None) -> str:
    return f"{value or 0:,}"


def _figure(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.4f}"


SOURCE = Column("source", "source")
HELD_OUT = (
    Column("held-out set", "set"),
    Column("rows", "rows", _count, numeric=True),
    Column("accuracy", "accuracy", _figure, numeric=True),
    Column("scam F1", "scam_f1", _figure, numeric=True),
    Column("ROC AUC", "roc_auc", _figure, numeric=True),
)


def _model(model: Path | None) -> LinearModel:
    """The model --model names, else TIPOFF_MODEL_DIR's, else the bundled one."""
    return ModelLoader.from_settings(settings_with(None), model).get()


def _print_assessment(result: Assessment) -> None:
    top = sorted(
        ((p, label) for label, p in result.labels.items() if label != "not_scam"), reverse=True
    )[:3]
    console.print(
        f"scam probability: [bold]{result.scam_probability:.3f}[/bold]   "
        f"language: {result.language}   model: {result.model_version}"
    )
    console.print(
        "likely types: " + ", ".join(f"{label} {p:.2f}" for p, label in top), highlight=False
    )
    for flag in result.red_flags:
        console.print(
            f'  [{flag.code}] "{flag.text}" ({flag.start}-{flag.end}, weight {flag.weight}): '
            f"{flag.explanation}",
            highlight=False,
            markup=False,
            soft_wrap=True,
        )
    for name, values in result.facets.items():
        console.print(f"  {name}: {', '.join(values)}", highlight=False, markup=False)
    for reason in result.reasons:
        explanation = REASON_EXPLANATIONS.get(reason, "")
        console.print(f"  ({reason}) {explanation}", highlight=False, markup=False)


def assess_command(
    text: Annotated[str, typer.Argument(help="The text to assess, or - to read it from stdin.")],
    kind: KindOption = "message",
    lang: Annotated[
        str | None, typer.Option("--lang", help="Language code, to skip detection.")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the full assessment as JSON.")
    ] = False,
    model: ModelOption = None,
) -> None:
    """Is this text a scam, of which type, and why (red flags with their spans)."""
    with cli_errors():
        body = sys.stdin.read() if text == "-" else text
        result = assess(body, lang=lang, kind=text_kind(kind), model=_model(model))
    if as_json:
        typer.echo(json.dumps(result.as_record(), ensure_ascii=False, indent=2))
    else:
        _print_assessment(result)


def _print_problems(problems: list[str]) -> None:
    for problem in problems[:10]:
        error_console.print(f"skipped {problem}", highlight=False)
    if len(problems) > 10:
        error_console.print(f"... and {len(problems) - 10} more rows skipped", highlight=False)


def _label_map(spec: str) -> dict[str, str]:
    try:
        return parse_label_map(spec)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--map") from error


def eval_command(
    file: Annotated[
        Path, typer.Argument(help="Labelled CSV, TSV or JSONL file.", exists=True, dir_okay=False)
    ],
    text_col: TextColumn = "text",
    label_col: LabelColumn = "label",
    label_map: LabelMap = "",
    kind: KindOption = "message",
    columns: HeaderlessColumns = None,
    held_out_only: HeldOutOnly = False,
    model: ModelOption = None,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """Per-label precision, recall and F1, ROC AUC and confusion matrix on a labelled file."""
    fmt = output_format(as_json, as_csv)
    with cli_errors():
        names = [name.strip() for name in columns.split(",")] if columns else None
        scored = evaluate_file(
            file,
            text_col=text_col,
            label_col=label_col,
            mapping=_label_map(label_map),
            kind=text_kind(kind),
            columns=names,
            held_out_only=held_out_only,
            model=_model(model),
        )
        _print_problems(scored.problems)
        if scored.evaluation is None:
            error_console.print(
                "[red]error:[/red] no usable rows (check --text-col, --label-col and --map)"
            )
            raise typer.Exit(1)
    result = scored.evaluation
    if fmt is not Format.TABLE:  # one row per (head, label): scam-vs-not, then types
        heads = [("scam", result.binary), ("type", result.types)]
        emit([{"head": h, **asdict(s)} for h, scores in heads for s in scores], (), fmt)
        return
    typer.echo(f"{file}: {scored.rows} distinct rows used, {len(scored.problems)} skipped")
    typer.echo(format_evaluation(result))


def train_command(
    data_dir: DataDirOption = None,
    out: OutOption = None,
    seed: Annotated[int, typer.Option("--seed", help="Same seed and data, same weights.")] = (
        20261128
    ),
    date: Annotated[
        str | None,
        typer.Option(
            "--date", help="Training date recorded in the metadata (default: today, UTC)."
        ),
    ] = None,
    extra: Annotated[
        list[Path] | None,
        typer.Option("--extra", help="Extra labelled CSV/TSV/JSONL files (repeatable)."),
    ] = None,
    text_col: TextColumn = "text",
    label_col: LabelColumn = "label",
    label_map: LabelMap = "",
    simulator_messages: SimulatorMessages = 6000,
    from_db: Annotated[
        bool,
        typer.Option(
            "--from-db",
            help="Also learn from analysts' verdicts in the database (`tipoff verdict`), "
            "on the redacted texts the database holds.",
        ),
    ] = False,
    agency: Annotated[
        str | None,
        typer.Option(
            "--agency",
            help="With --from-db: only verdicts on reports this agency may see (TLP); "
            "default: every verdict (the operator).",
        ),
    ] = None,
    database_url: DatabaseOption = None,
    as_json: JsonOption = False,
) -> None:
    """Train the assessment model (held-out rows of the public sets are never used)."""
    fmt = output_format(as_json, False)
    with cli_errors():
        root = release.training_data_root(data_dir, settings_with(None).shared_data)
        if out is not None:  # refuse before minutes of training, not after
            release.writable_release_dir(out)
        analyst = _analyst_examples(database_url, agency) if from_db else None
    files = release.read_extra_files(
        extra or [], text_col=text_col, label_col=label_col, mapping=parse_label_map(label_map)
    )
    for item in files:
        note(f"{item.path}: {len(item.examples)} rows, {len(item.problems)} skipped", fmt)
    config = TrainingConfig(seed=seed, simulator_messages=simulator_messages)
    user = [example for item in files for example in item.examples]
    if analyst is not None:
        note(f"analysts' verdicts: {len(analyst.examples)} judged texts", fmt)
        user.extend(analyst.examples)
    data = gather_training_data(config, data_root=root, extra=user)
    _print_training_data(data.counts(), len(data.examples), fmt)
    command = "tipoff " + " ".join(shlex.quote(arg) for arg in sys.argv[1:])
    trained_on = date or datetime.now(UTC).date().isoformat()
    model, figures = release.release_model(
        data, config, root, training_date=trained_on, command=command
    )
    if analyst is not None:
        model.metadata["analyst_verdicts"] = analyst.summary
    with cli_errors():
        target = release.release_dir(model, out)
    save_model(model, target)
    held = {name: f.as_record() for name, f in figures.items()}
    if fmt is Format.JSON:
        summary = {"model": model.version, "path": str(target), "texts": data.counts()}
        emit([{**summary, "held_out": held}], (), fmt)
    else:
        emit([{"set": n, **f} for n, f in held.items()], HELD_OUT, fmt)
    note(f"model {model.version} written to {target}; use it with TIPOFF_MODEL_DIR={target}", fmt)


def _analyst_examples(database_url: str | None, agency: str | None) -> VerdictExamples:
    """Examples from analysts' verdicts, read as the operator or as ``agency``."""
    store = open_store(settings_with(database_url))
    try:
        return verdict_examples(store, viewer=viewer_of(store, agency))
    finally:
        store.engine.dispose()


def _print_training_data(counts: dict[str, dict[str, int]], texts: int, fmt: Format) -> None:
    note(f"training on {texts:,} distinct texts", fmt)
    if fmt is Format.TABLE:
        labels = sorted({label for per in counts.values() for label in per})
        shown = [Column(label, label, _count, numeric=True) for label in labels]
        emit([{"source": s, **n} for s, n in counts.items()], [SOURCE, *shown], fmt)


def reassess_command(
    database_url: DatabaseOption = None,
    everything: Annotated[
        bool,
        typer.Option(
            "--all", help="Re-assess every report, not only those of another model version."
        ),
    ] = False,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1)] = 2000,
    model: ModelOption = None,
) -> None:
    """Re-run the assessment on stored reports after a model update."""
    with cli_errors():
        engine = make_engine(settings_with(database_url).database_url)
        try:
            summary = reassess_reports(
                engine, _model(model), only_outdated=not everything, batch_size=batch_size
            )
        finally:
            engine.dispose()
    console.print(
        f"re-assessed {summary.updated:,} of {summary.examined:,} reports "
        f"with model {summary.model_version}"
    )


def register(app: typer.Typer) -> None:
    """Add this module's commands to the tipoff app."""
    app.command("assess")(assess_command)
    app.command("eval")(eval_command)
    app.command("train")(train_command)
    app.command("reassess")(reassess_command)
