"""CLI commands: ``tipoff feeds import NAME PATH`` and ``tipoff feeds list`` (docs/feeds.md).

Thin layer over tipoff.share.feeds: the library reads, canonicalises and records; this module
reads options and prints what was done (with the rows skipped and why).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from tipoff.cli.output import Column, emit, note, output_format, plural
from tipoff.cli.session import (
    DatabaseOption,
    cli_actor,
    cli_errors,
    open_store,
    settings_with,
    utc_now,
)
from tipoff.errors import ValidationError
from tipoff.share.feeds.catalogue import FORMATS, KNOWN_FEEDS, custom_feed, feed_spec
from tipoff.share.feeds.importing import import_feed
from tipoff.share.feeds.store import SqlFeedStore

feeds_app = typer.Typer(help="Import public feeds of scam identifiers (provenance, expiry).")


@feeds_app.command("import")
def import_command(
    name: Annotated[str, typer.Argument(help=f"Feed: {', '.join(KNOWN_FEEDS)}, or your own.")],
    path: Annotated[Path, typer.Argument(help="The feed's file (or folder, where it has many).")],
    fmt: Annotated[
        str | None,
        typer.Option("--format", help=f"For your own feed: {' or '.join(FORMATS)}."),
    ] = None,
    kind: Annotated[
        str | None, typer.Option("--kind", help="Plain list: kind of every value.")
    ] = None,
    confidence: Annotated[int, typer.Option(help="Own feed: 0-100.")] = 50,
    half_life: Annotated[float, typer.Option("--half-life", help="Own feed: days.")] = 90.0,
    url: Annotated[str | None, typer.Option("--url", help="Own feed: where it comes from.")] = None,
    private: Annotated[
        bool, typer.Option("--private", help="Own feed: never shown on the public check.")
    ] = False,
    columns: Annotated[
        str, typer.Option("--columns", help="misp-csv: the value columns, 1-based (e.g. 2,3).")
    ] = "1",
    delimiter: Annotated[str, typer.Option("--delimiter", help="misp-csv: one character.")] = ",",
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
    database_url: DatabaseOption = None,
) -> None:
    """Import a feed file: new values added, known ones refreshed, bad rows counted (audited)."""
    with cli_errors():
        if not path.exists():
            raise ValidationError(f"{path} does not exist")
        if fmt is None:
            spec = feed_spec(name)
        else:
            spec = custom_feed(
                name,
                fmt,
                kind=kind,
                url=url or str(path.resolve()),
                confidence=confidence,
                half_life_days=half_life,
                public=not private,
                columns=_columns(columns),
                delimiter=delimiter,
            )
        reports = open_store(settings_with(database_url))
        result = import_feed(
            SqlFeedStore(reports.engine), spec, path, at=utc_now(), audit=reports, actor=cli_actor()
        )
    if as_json:
        sys.stdout.write(json.dumps(result.as_json(), ensure_ascii=False) + "\n")
        return
    note(
        f"{spec.name}: {plural(result.rows, 'row')} read, {plural(result.added, 'value')} added, "
        f"{result.refreshed:,} refreshed, {sum(result.skipped.values()):,} skipped "
        f"({result.rows_per_second:,.0f} rows/s)"
    )
    for reason, count in result.skipped.most_common():
        note(f"  skipped {count:,}: {reason}")


def _columns(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in text.split(","))
    except ValueError as error:
        raise ValidationError(
            "--columns: numbers from 1, comma-separated", path="columns"
        ) from error


@feeds_app.command("list")
def list_command(
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines.")] = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="CSV.")] = False,
    database_url: DatabaseOption = None,
) -> None:
    """The feeds imported: entries, confidence, half-life, last import."""
    fmt = output_format(as_json, as_csv)
    with cli_errors():
        store = SqlFeedStore(open_store(settings_with(database_url)).engine)
        rows = [
            {
                "name": s.name,
                "title": s.title,
                "entries": s.entries,
                "confidence": s.confidence,
                "half_life_days": s.half_life_days,
                "public": s.public,
                "last_import_at": s.last_import_at,
                "last_import_file": s.last_import_file,
                "url": s.url,
            }
            for s in store.sources()
        ]
    emit(
        rows,
        [
            Column("Feed", "name", whole=True),
            Column("Entries", "entries", lambda n: f"{n:,}", numeric=True),
            Column("Confidence", "confidence", numeric=True),
            Column("Half-life (days)", "half_life_days", lambda d: f"{d:g}", numeric=True),
            Column("Last import", "last_import_at", lambda t: t.isoformat(timespec="seconds")),
            Column("Source", "url"),
        ],
        fmt,
    )


def register(app: typer.Typer) -> None:
    """Add ``tipoff feeds`` to the tipoff app."""
    app.add_typer(feeds_app, name="feeds")
