"""`tipoff user add|disable`: dashboard accounts from the command line."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from tipoff.cli.main import build_app


def test_user_add_and_disable_through_the_cli(tmp_path: Path) -> None:
    from tipoff.store.engine import make_engine
    from tipoff.users import authenticate_user

    url = f"sqlite:///{tmp_path / 'cli.db'}"
    runner, app = CliRunner(), build_app()
    assert runner.invoke(app, ["db", "upgrade", "--database-url", url]).exit_code == 0
    assert (
        runner.invoke(
            app, ["agency", "add", "JP-NPA", "--name", "NPA", "--database-url", url]
        ).exit_code
        == 0
    )
    added = runner.invoke(
        app,
        ["user", "add", "JP-NPA", "aiko.tanaka", "--password-stdin", "--database-url", url],
        input="correct horse battery staple\n",
    )
    assert added.exit_code == 0, added.output
    short = runner.invoke(
        app,
        ["user", "add", "JP-NPA", "bob.smith", "--password-stdin", "--database-url", url],
        input="short\n",
    )
    assert short.exit_code != 0 and "12 characters" in short.output
    engine = make_engine(url)
    agency = authenticate_user(engine, "aiko.tanaka", "correct horse battery staple")
    assert agency is not None and agency.code == "JP-NPA"
    assert (
        runner.invoke(app, ["user", "disable", "aiko.tanaka", "--database-url", url]).exit_code == 0
    )
    assert authenticate_user(engine, "aiko.tanaka", "correct horse battery staple") is None
    assert runner.invoke(app, ["user", "disable", "nobody", "--database-url", url]).exit_code != 0
    engine.dispose()
