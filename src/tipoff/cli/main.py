"""Entry point of the `tipoff` command. Each command group lives in its own module
and adds itself through ``register(app)``; this file only assembles them."""

from __future__ import annotations

import importlib

import typer

COMMAND_MODULES = (
    "tipoff.cli.init",
    "tipoff.cli.db",
    "tipoff.cli.agency",
    "tipoff.cli.ingest",
    "tipoff.cli.reports",
    "tipoff.cli.serve",
    "tipoff.cli.demo",
    "tipoff.cli.simulate",
    "tipoff.cli.indicators",
    "tipoff.cli.assess",
    "tipoff.cli.link",
    "tipoff.cli.link_eval",
    "tipoff.cli.users",
    "tipoff.cli.share",
)


def build_app() -> typer.Typer:
    app = typer.Typer(
        name="tipoff",
        help="tipoff: intake, assess, extract, link and share intelligence on online scams.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(app)
    return app


def run() -> None:
    build_app()()
