"""CLI commands: ``tipoff extract`` (indicators in a text) and ``tipoff eval-extract``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from tipoff.cli.output import (
    Column,
    CsvOption,
    JsonOption,
    emit,
    note,
    output_format,
    plural,
    table,
)
from tipoff.cli.session import cli_errors, console
from tipoff.indicators import extract, load_warninglist
from tipoff.indicators.evaluation import evaluate, load_evalset
from tipoff.settings import load_settings

EXTRACT_COLUMNS = (
    Column("kind", "kind", whole=True),
    Column("value", "value"),
    Column("as written", "raw"),
    Column("span", "start", cell=lambda r: f"{r['start']}-{r['end']}", whole=True),
    Column("common", "common", lambda v: "yes" if v else "", whole=True),
    Column("attributes", "attributes", lambda v: ", ".join(f"{k}={x}" for k, x in v.items())),
)


def extract_command(
    text: Annotated[str, typer.Argument(help="Text to scan, or '-' to read standard input.")],
    country: Annotated[
        str | None,
        typer.Option("--country", "-c", help="Report country (ISO alpha-2) for national numbers."),
    ] = None,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
    warninglist_dir: Annotated[
        Path | None,
        typer.Option(help="Extra warninglist files (defaults to TIPOFF_WARNINGLIST_DIR)."),
    ] = None,
) -> None:
    """Print every indicator found in TEXT, canonicalised."""
    fmt = output_format(as_json, as_csv)
    body = sys.stdin.read() if text == "-" else text
    with cli_errors():  # bad settings or a malformed warninglist: one line, exit 1
        extra = warninglist_dir or load_settings().warninglist_dir
        warninglist = load_warninglist(extra)
    found = extract(body, country_hint=country, warninglist=warninglist)
    rows = [
        {
            "kind": item.kind.value,
            "value": item.value,
            "start": item.start,
            "end": item.end,
            "raw": item.raw,
            "confidence": item.confidence,
            "common": item.common,
            "attributes": dict(item.attributes),
        }
        for item in found
    ]
    emit(rows, EXTRACT_COLUMNS, fmt)
    note(plural(len(rows), "indicator"), fmt)


def eval_extract_command(
    evalset: Annotated[
        Path | None, typer.Option(help="Labelled JSONL set (defaults to the bundled one).")
    ] = None,
    show_errors: Annotated[
        int, typer.Option(help="Print up to N misses and false hits per kind.")
    ] = 0,
) -> None:
    """Precision and recall per indicator kind on the labelled extraction test set."""
    snippets = load_evalset(evalset)
    scores = evaluate(evalset)
    grid = table(
        "kind", "precision", "recall", "TP", "FP", "FN", title=plural(len(snippets), "snippet")
    )
    for kind, entry in scores.items():
        grid.add_row(
            kind,
            f"{entry.precision:.3f}",
            f"{entry.recall:.3f}",
            str(entry.tp),
            str(entry.fp),
            str(entry.fn),
        )
    console.print(grid)
    if show_errors:
        by_id = {snippet.id: snippet.text for snippet in snippets}
        for kind, entry in scores.items():
            for label, errors in (
                ("false hit", entry.false_positives),
                ("miss", entry.false_negatives),
            ):
                for snippet_id, value in errors[:show_errors]:
                    console.print(
                        f"{kind} {label}: {value}  [{snippet_id}] {by_id[snippet_id][:120]}",
                        highlight=False,
                    )


def register(app: typer.Typer) -> None:
    """Add this module's commands to the tipoff app."""
    app.command("extract")(extract_command)
    app.command("eval-extract")(eval_extract_command)
