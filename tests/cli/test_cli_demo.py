"""`tipoff demo` builds a demo instance through the real path (simulate → intake → link)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select
from typer.testing import CliRunner

from tipoff.cli import demo as demo_command
from tipoff.cli.main import build_app
from tipoff.link.network_tables import network_members
from tipoff.store.tables import reports, sightings


def test_demo_builds_a_linked_database_and_prints_a_key(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        build_app(), ["demo", "--dir", str(tmp_path), "--reports", "300", "--no-serve"]
    )
    assert result.exit_code == 0, result.output
    key = (tmp_path / "demo-key.txt").read_text(encoding="utf-8").strip()
    assert key.startswith("tpk_") and key in result.output
    assert "127.0.0.1" in result.output
    engine = create_engine(f"sqlite:///{tmp_path / 'tipoff.db'}")
    with engine.connect() as connection:
        stored = connection.execute(select(func.count()).select_from(reports)).scalar_one()
        found = connection.execute(select(func.count()).select_from(sightings)).scalar_one()
        assessed = connection.execute(
            select(func.count()).select_from(reports).where(reports.c.model_version.is_not(None))
        ).scalar_one()
        linked = connection.execute(select(func.count()).select_from(network_members)).scalar_one()
    assert stored == 300 and found > 300 and assessed == 300 and linked > 0


def test_demo_rebuilds_when_the_size_changes_and_reuses_otherwise(tmp_path: Path) -> None:
    app = build_app()
    first = CliRunner().invoke(
        app, ["demo", "--dir", str(tmp_path), "--reports", "40", "--no-serve"]
    )
    assert first.exit_code == 0, first.output
    same = CliRunner().invoke(
        app, ["demo", "--dir", str(tmp_path), "--reports", "40", "--no-serve"]
    )
    assert "reusing the demo database" in same.output
    bigger = CliRunner().invoke(
        app, ["demo", "--dir", str(tmp_path), "--reports", "60", "--no-serve"]
    )
    assert bigger.exit_code == 0, bigger.output
    assert (
        "built with 40 reports" in bigger.output and "rebuilding with 60 reports" in bigger.output
    )
    engine = create_engine(f"sqlite:///{tmp_path / 'tipoff.db'}")
    with engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(reports)).scalar_one() == 60


def test_demo_serves_on_tipoff_port_as_its_busy_port_message_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "cannot listen on 127.0.0.1:8000 ... choose another with --port or TIPOFF_PORT":
    # `TIPOFF_PORT=8001 make demo` is the way out when `make demo` finds 8000 taken.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free = probe.getsockname()[1]
    served: list[int] = []
    monkeypatch.setattr(demo_command, "_serve", lambda settings: served.append(settings.port))
    result = CliRunner().invoke(
        build_app(),
        ["demo", "--dir", str(tmp_path), "--reports", "10"],
        env={"TIPOFF_PORT": str(free)},
    )
    assert result.exit_code == 0, result.output
    assert served == [free] and f"127.0.0.1:{free}/" in result.output
