"""How every listing command prints: a Rich table for people, JSON Lines or CSV for programs.

Tables wrap long cells instead of cutting them (a phone number or an id cut to ``103…`` is
wrong, not short), whatever the terminal width, and in pipes (Rich then assumes 80 columns
unless COLUMNS says otherwise). ``--json`` prints one JSON object per line (JSON Lines: every
listing the same way, so ``jq`` and ``pandas.read_json(lines=True)`` read them all); ``--csv``
prints a header row, then one row per item. In both machine formats stdout carries only the
data: counts and hints go to stderr.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich import box
from rich.console import RenderableType
from rich.style import Style
from rich.table import Table
from rich.text import Text

from tipoff.cli.session import console, error_console

JsonOption = Annotated[
    bool, typer.Option("--json", help="JSON Lines: one JSON object per row, nothing else.")
]
CsvOption = Annotated[bool, typer.Option("--csv", help="CSV with a header row, nothing else.")]


class Format(Enum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"


OutOption = Annotated[Path | None, typer.Option("--out", help="File (default: standard output).")]


def write_out(out: Path | None, chunks: Iterable[bytes]) -> None:
    """Write ``chunks`` to the file ``out``, or to standard output when it is None."""
    if out is None:
        for chunk in chunks:
            sys.stdout.buffer.write(chunk)
        sys.stdout.flush()
    else:
        with out.open("wb") as sink:
            sink.writelines(chunks)


def output_format(as_json: bool, as_csv: bool) -> Format:
    """The format chosen by ``--json`` / ``--csv`` (a table when neither)."""
    if as_json and as_csv:
        raise typer.BadParameter("choose one of --json and --csv", param_hint="--json/--csv")
    return Format.JSON if as_json else Format.CSV if as_csv else Format.TABLE


def plural(count: int, word: str, many: str | None = None) -> str:
    """``1 network``, ``2 networks``, ``1,200 reports`` (``many`` for irregular plurals)."""
    return f"{count:,} {word if count == 1 else many or word + 's'}"


@dataclass(frozen=True, slots=True)
class Column:
    """One table column: its header, the row key it shows, and how the cell reads."""

    header: str
    key: str
    show: Callable[[Any], str] = str
    numeric: bool = False  # right-aligned, and kept whole while the terminal has room
    whole: bool = False  # kept whole while the terminal has room (dates, codes)
    cell: Callable[[Mapping[str, Any]], str] | None = None  # a cell made of several keys

    def text(self, row: Mapping[str, Any]) -> str:
        """What the table shows for ``row`` in this column."""
        return self.cell(row) if self.cell is not None else self.show(row.get(self.key))


class PlainTable(Table):
    """A table whose text cells are shown as written. Cells hold values from reports: Rich
    would read "[/x]" in a URL as a closing tag (a MarkupError) and ":ID:" of an Indonesian
    account or ":x:" of an X handle as an emoji code ("bank_account🆔009:…")."""

    def add_row(
        self,
        *renderables: RenderableType | None,
        style: str | Style | None = None,
        end_section: bool = False,
    ) -> None:
        cells = [Text(cell) if isinstance(cell, str) else cell for cell in renderables]
        super().add_row(*cells, style=style, end_section=end_section)


def table(*headers: str, title: str | None = None) -> Table:
    """A Rich table whose cells wrap (fold) rather than end in an ellipsis; no vertical rules,
    so that more of an 80-column terminal goes to the values. String cells are plain text."""
    grid = PlainTable(title=title, box=box.SIMPLE_HEAD, show_edge=False, padding=0)
    for header in headers:
        grid.add_column(header, overflow="fold", no_wrap=False)
    return grid


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple | list | dict):
        return json.dumps(value, default=_plain, ensure_ascii=False)
    return value


def emit(
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[Column],
    fmt: Format,
    title: str | None = None,
) -> None:
    """Print ``rows``: the table of ``columns``, or every key of each row as JSON Lines / CSV."""
    if fmt is Format.JSON:
        for row in rows:
            sys.stdout.write(json.dumps(dict(row), default=_plain, ensure_ascii=False) + "\n")
        return
    if fmt is Format.CSV:
        keys = list(rows[0]) if rows else [c.key for c in columns]
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(keys)
        for row in rows:
            writer.writerow(["" if row.get(k) is None else _plain(row.get(k)) for k in keys])
        return
    grid = table(*(c.header for c in columns), title=title)
    cells = [[c.text(row) for c in columns] for row in rows]
    for i, (c, column) in enumerate(zip(columns, grid.columns, strict=True)):
        column.justify = "right" if c.numeric else "left"
        if c.numeric or c.whole:
            # A fixed width takes the column out of Rich's first squeeze, so long text
            # columns wrap first; when even these do not fit, Rich folds them all evenly.
            words = [len(w) for w in c.header.split()] + [len(r[i]) for r in cells]
            column.width = max(words)
    for line in cells:
        grid.add_row(*line)
    console.print(grid)


def note(text: str, fmt: Format = Format.TABLE) -> None:
    """A line for people: on stdout under a table, on stderr beside machine output."""
    (console if fmt is Format.TABLE else error_console).print(
        text, highlight=False, markup=False, emoji=False
    )
