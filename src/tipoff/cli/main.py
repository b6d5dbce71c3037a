"""Entry point of the `tipoff` command. Each command group lives in its own module
and adds itself through ``register(app)``; this file only assembles them.

A command module imports what its commands need at the top, like any other module, so
``run`` loads only the module of the command asked for: ``tipoff ingest`` does not import the
web server, ``tipoff serve`` not the simulator. With no command (or ``--help``, or a name that
is not a command) every module is loaded, for the full listing or the error.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

import typer

# Each top-level command or command group, and the module that registers it (listing order).
COMMANDS: dict[str, str] = {
    "init": "tipoff.cli.init",
    "db": "tipoff.cli.db",
    "agency": "tipoff.cli.agency",
    "ingest": "tipoff.cli.ingest",
    "reports": "tipoff.cli.reports",
    "serve": "tipoff.cli.serve",
    "demo": "tipoff.cli.demo",
    "simulate": "tipoff.cli.simulate",
    "extract": "tipoff.cli.indicators",
    "eval-extract": "tipoff.cli.indicators",
    "assess": "tipoff.cli.assess",
    "eval": "tipoff.cli.assess",
    "train": "tipoff.cli.assess",
    "reassess": "tipoff.cli.assess",
    "networks": "tipoff.cli.link",
    "network": "tipoff.cli.link",
    "relink": "tipoff.cli.link",
    "eval-links": "tipoff.cli.link",
    "eval-worlds": "tipoff.cli.link_eval",
    "eval-known-groups": "tipoff.cli.link_eval",
    "user": "tipoff.cli.users",
    "share": "tipoff.cli.share",
    "feeds": "tipoff.cli.feeds",
    "export": "tipoff.cli.exports",
    "tipoffs": "tipoff.cli.tipoffs",
    "verdict": "tipoff.cli.verdicts",
    "verdicts": "tipoff.cli.verdicts",
}
COMMAND_MODULES: tuple[str, ...] = tuple(dict.fromkeys(COMMANDS.values()))


def build_app(command: str | None = None) -> typer.Typer:
    """The tipoff app with every command, or only the module registering ``command``."""
    app = typer.Typer(
        name="tipoff",
        help="tipoff: intake, assess, extract, link and share intelligence on online scams.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )
    # Always a group, even with one command loaded: Typer would otherwise run a lone command
    # as the whole program, and read the command's name as its first argument.
    app.callback()(_group)
    modules = (COMMANDS[command],) if command in COMMANDS else COMMAND_MODULES
    for name in modules:
        importlib.import_module(name).register(app)
    return app


def _group() -> None:
    pass


def command_named(args: Sequence[str]) -> str | None:
    """The command the arguments ask for: the first one that is not an option."""
    return next((arg for arg in args if not arg.startswith("-")), None)


def run() -> None:
    build_app(command_named(sys.argv[1:]))()


if __name__ == "__main__":
    run()
