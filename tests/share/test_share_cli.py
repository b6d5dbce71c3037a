"""tipoff share export / import on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from share_world import new_reports
from sqlalchemy import Engine
from typer.testing import CliRunner

from tipoff.cli.main import build_app
from tipoff.store.sql import SqlReportStore

runner = CliRunner()


def test_export_then_import_through_the_cli(
    engine: Engine, database_url: str, tmp_path: Path
) -> None:
    store = SqlReportStore(engine)
    now = datetime(2026, 12, 5, tzinfo=UTC)
    store.add_agency("JP-NPA", "National Police Agency", "JP", at=now)
    store.add_agency("KH-POL", "Cambodian National Police", "KH", at=now)
    store.save_reports(store.get_agency("JP-NPA"), new_reports(), at=now, actor="test")
    out = tmp_path / "bundle.json"
    db = ["--database-url", database_url]
    args = ["share", "export", "--agency", "JP-NPA", "--out", str(out), "--to", "green", *db]
    result = runner.invoke(build_app(), args)
    assert result.exit_code == 0, result.output
    bundle = json.loads(out.read_text())
    assert len([o for o in bundle["objects"] if o["type"] == "report"]) == 3  # 2 GREEN, 1 CLEAR
    result = runner.invoke(build_app(), ["share", "import", str(out), "--agency", "KH-POL", *db])
    assert result.exit_code == 0, result.output
    assert "3 new reports" in result.output
    bad = runner.invoke(
        build_app(),
        ["share", "export", "--agency", "JP-NPA", "--out", str(out), "--to", "everyone", *db],
    )
    assert bad.exit_code == 1 and "unknown receiver" in bad.output
