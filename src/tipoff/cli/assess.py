"""CLI commands: train, eval, assess and reassess (scam assessment)."""

from __future__ import annotations

import json
import os
import shlex
import sys
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer

from tipoff.cli.output import Column, CsvOption, Format, JsonOption, emit, note, output_format
from tipoff.cli.session import DatabaseOption, cli_errors, console, error_console, settings_with

KindOption = Annotated[str, typer.Option("--kind", help="message, report or job_ad.")]
ModelOption = Annotated[
    Path | None,
    typer.Option(
        "--model",
        help="Model directory (weights.npz + metadata.json); default TIPOFF_MODEL_PATH or the bundled model.",
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


def _default_data_dir() -> Path:
    return Path(os.environ.get("TIPOFF_SHARED_DATA", "../shared/data"))


def _use_model(model: Path | None) -> None:
    from tipoff.assess import use_model_path

    use_model_path(model or settings_with(None).model_path)


def _assessment_dict(assessment: Any) -> dict[str, Any]:
    return dict(assessment.as_record())


def register(app: typer.Typer) -> None:
    """Add this module's commands to the tipoff app."""

    @app.command("assess")
    def assess_command(
        text: Annotated[
            str, typer.Argument(help="The text to assess, or - to read it from stdin.")
        ],
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
        from tipoff.assess import assess

        with cli_errors():
            _use_model(model)
            body = sys.stdin.read() if text == "-" else text
            result = assess(body, lang=lang, kind=kind)  # type: ignore[arg-type]
        if as_json:
            typer.echo(json.dumps(_assessment_dict(result), ensure_ascii=False, indent=2))
            return
        top = sorted(
            ((p, label) for label, p in result.labels.items() if label != "not_scam"), reverse=True
        )[:3]
        console.print(
            f"scam probability: [bold]{result.scam_probability:.3f}[/bold]   language: {result.language}   model: {result.model_version}"
        )
        console.print(
            "likely types: " + ", ".join(f"{label} {p:.2f}" for p, label in top), highlight=False
        )
        for flag in result.red_flags:
            console.print(
                f'  [{flag.code}] "{flag.text}" ({flag.start}-{flag.end}, weight {flag.weight}): {flag.explanation}',
                highlight=False,
                markup=False,
                soft_wrap=True,
            )
        for name, values in result.facets.items():
            console.print(f"  {name}: {', '.join(values)}", highlight=False, markup=False)

    @app.command("eval")
    def eval_command(
        file: Annotated[
            Path,
            typer.Argument(help="Labelled CSV, TSV or JSONL file.", exists=True, dir_okay=False),
        ],
        text_col: TextColumn = "text",
        label_col: LabelColumn = "label",
        label_map: LabelMap = "",
        kind: KindOption = "message",
        columns: Annotated[
            str | None,
            typer.Option(
                "--columns", help="Column names of a file without a header row, e.g. label,text."
            ),
        ] = None,
        held_out_only: Annotated[
            bool,
            typer.Option(
                "--held-out-only",
                help="Only rows in the held-out split (de-duplicated), as in docs/assess.md.",
            ),
        ] = False,
        model: ModelOption = None,
        as_json: JsonOption = False,
        as_csv: CsvOption = False,
    ) -> None:
        """Per-label precision, recall and F1, ROC AUC and confusion matrix on a labelled file."""
        fmt = output_format(as_json, as_csv)
        from tipoff.assess import assess_many
        from tipoff.assess.datasets import (
            deduplicate,
            held_out,
            parse_label_map,
            read_labelled_file,
        )
        from tipoff.assess.evaluation import evaluate, format_evaluation

        with cli_errors():
            _use_model(model)
            try:
                mapping = parse_label_map(label_map)
            except ValueError as error:
                raise typer.BadParameter(str(error), param_hint="--map") from error
            names = [name.strip() for name in columns.split(",")] if columns else None
            examples, problems = read_labelled_file(
                file, text_col=text_col, label_col=label_col, mapping=mapping, columns=names
            )
            for problem in problems[:10]:
                error_console.print(f"skipped {problem}", highlight=False)
            if len(problems) > 10:
                error_console.print(
                    f"... and {len(problems) - 10} more rows skipped", highlight=False
                )
            examples = held_out(examples) if held_out_only else deduplicate(examples)
            if not examples:
                error_console.print(
                    "[red]error:[/red] no usable rows (check --text-col, --label-col and --map)"
                )
                raise typer.Exit(1)
            result = evaluate(examples, assess_many([e.text for e in examples], kind=kind))  # type: ignore[arg-type]
        if fmt is not Format.TABLE:  # one row per (head, label): scam-vs-not, then types
            heads = [("scam", result.binary), ("type", result.types)]
            rows = [{"head": h, **asdict(score)} for h, scores in heads for score in scores]
            emit(rows, (), fmt)
            return
        typer.echo(f"{file}: {len(examples)} distinct rows used, {len(problems)} skipped")
        typer.echo(format_evaluation(result))

    @app.command("train")
    def train_command(
        data_dir: Annotated[
            Path | None,
            typer.Option(
                "--data-dir",
                help="The public labelled sets (see README, 'Training data'); "
                "default: $TIPOFF_SHARED_DATA, else ../shared/data.",
                show_default=False,
            ),
        ] = None,
        out: Annotated[
            Path | None,
            typer.Option(
                "--out",
                help="Directory to write the model into (default: models/<version> in the "
                "working directory; never the package's bundled model unless named here). "
                "Use it with TIPOFF_MODEL_PATH=<dir>.",
            ),
        ] = None,
        seed: Annotated[
            int, typer.Option("--seed", help="Same seed and data, same weights.")
        ] = 20261128,
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
        simulator_messages: Annotated[
            int,
            typer.Option(
                "--simulator-messages", min=0, help="Synthetic messages from tipoff.simulate."
            ),
        ] = 6000,
        as_json: JsonOption = False,
    ) -> None:
        """Train the assessment model (held-out rows of the public sets are never used)."""
        from tipoff.assess import assess_many
        from tipoff.assess.datasets import (
            PUBLIC_SETS,
            held_out,
            load_public,
            parse_label_map,
            read_labelled_file,
        )
        from tipoff.assess.evaluation import evaluate
        from tipoff.assess.linear_model import save_model
        from tipoff.assess.training import TrainingConfig, gather_training_data, train_model

        fmt = output_format(as_json, False)
        root = data_dir or _default_data_dir()
        if not root.is_dir():
            error_console.print(
                f"[red]error:[/red] training data {root} not found; pass --data-dir or set "
                "TIPOFF_SHARED_DATA (README: 'Training data')"
            )
            raise typer.Exit(1)
        mapping = parse_label_map(label_map)
        user: list[Any] = []
        for path in extra or []:
            rows, problems = read_labelled_file(
                path, text_col=text_col, label_col=label_col, mapping=mapping
            )
            user.extend(rows)
            note(f"{path}: {len(rows)} rows, {len(problems)} skipped", fmt)
        config = TrainingConfig(seed=seed, simulator_messages=simulator_messages)
        trained_on = date or datetime.now(UTC).date().isoformat()
        data = gather_training_data(config, data_root=root, extra=user)
        counts = data.counts()
        note(f"training on {len(data.examples):,} distinct texts", fmt)
        if fmt is Format.TABLE:
            labels = sorted({label for per in counts.values() for label in per})
            shown = [Column(label, label, _count, numeric=True) for label in labels]
            emit([{"source": s, **n} for s, n in counts.items()], [SOURCE, *shown], fmt)
        command = "tipoff " + " ".join(shlex.quote(arg) for arg in sys.argv[1:])
        model = train_model(data, config, training_date=trained_on, command=command)
        figures: dict[str, Any] = {}
        for name in PUBLIC_SETS:
            rows = held_out(load_public(root, name))
            result = evaluate(rows, assess_many([r.text for r in rows], model=model))
            figures[name] = {
                "rows": result.rows,
                "accuracy": round(result.accuracy, 4),
                "scam_f1": round(result.f1("scam"), 4),
                "roc_auc": None if result.roc_auc is None else round(result.roc_auc, 4),
            }
        model.metadata["held_out"] = figures
        target = out or Path("models") / model.version
        save_model(model, target)
        if fmt is Format.JSON:
            summary = {"model": model.version, "path": str(target), "texts": counts}
            emit([{**summary, "held_out": figures}], (), fmt)
        else:
            emit([{"set": n, **f} for n, f in figures.items()], HELD_OUT, fmt)
        note(
            f"model {model.version} written to {target}; use it with TIPOFF_MODEL_PATH={target}",
            fmt,
        )

    @app.command("reassess")
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
        from tipoff.assess import assess_many, current_model
        from tipoff.intake.reassess import reassess_reports
        from tipoff.store.engine import make_engine

        with cli_errors():
            _use_model(model)
            engine = make_engine(settings_with(database_url).database_url)
            try:
                summary = reassess_reports(
                    engine,
                    assess_many,
                    current_model().version,
                    only_outdated=not everything,
                    batch_size=batch_size,
                )
            finally:
                engine.dispose()
        console.print(
            f"re-assessed {summary.updated:,} of {summary.examined:,} reports with model {summary.model_version}"
        )
