"""`tipoff simulate` on the command line, and the Parquet copies."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from tipoff.cli.main import build_app
from tipoff.simulate import WorldConfig, simulate


def test_cli_writes_a_world(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        build_app(),
        [
            "simulate",
            "--reports",
            "120",
            "--seed",
            "3",
            "--networks",
            "5",
            "--workers",
            "1",
            "--out",
            str(tmp_path),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "wrote 120 reports" in result.output
    assert len((tmp_path / "reports.jsonl").read_text(encoding="utf-8").splitlines()) == 120
    assert (tmp_path / "truth" / "report_network.jsonl").exists()


def test_cli_rejects_a_negative_report_count(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        build_app(), ["simulate", "--reports", "-5", "--out", str(tmp_path)]
    )
    assert result.exit_code != 0


def test_parquet_copies_match_the_jsonl_files(tmp_path: Path) -> None:
    import pyarrow.parquet as pq  # a dev dependency: this test must run, not skip, in CI

    simulate(WorldConfig(networks=5), 9, tmp_path, 700, parquet=True)
    for name in ("reports", "messages", "jobs", "payments", "truth/report_network"):
        lines = (tmp_path / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        table = pq.read_table(tmp_path / f"{name}.parquet")
        assert table.num_rows == len(lines), name
    payments = pq.read_table(tmp_path / "payments.parquet").to_pydict()
    assert set(payments["is_scam"]) == {True, False}
