"""tipoff verdict / verdicts, and where tipoff train may write (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

import tipoff
from tipoff.cli.main import build_app
from tipoff.store import migrate
from tipoff.store.engine import make_engine
from tipoff.store.records import NewReport
from tipoff.store.sql import SqlReportStore
from tipoff.visibility import Viewer

T0 = datetime(2026, 12, 1, tzinfo=UTC)
runner = CliRunner()


@pytest.fixture
def judged_db(database_url: str) -> tuple[str, dict[str, int]]:
    """JP owns an AMBER report with one message and a RED one; KH exists."""
    engine = make_engine(database_url)
    migrate.upgrade(engine)
    store = SqlReportStore(engine)
    jp = store.add_agency("JP-NPA", "NPA", "JP", at=T0)
    store.add_agency("KH-ACD", "ACD", "KH", at=T0)
    messages = [{"text": "Your card is blocked, call 03-1234-5678", "sender": "scammer"}]
    saved = store.save_reports(
        jp,
        [
            NewReport("amber", T0, "amber", narrative="A caller", messages=messages),
            NewReport("red", T0, "red", narrative="Another caller"),
        ],
        at=T0,
        actor="t",
    )
    engine.dispose()
    return database_url, {s.external_id: s.id for s in saved}


def _run(*args: str) -> tuple[int, str]:
    result = runner.invoke(build_app(), list(args))
    return result.exit_code, result.output


def test_verdicts_are_recorded_and_listed(judged_db: tuple[str, dict[str, int]]) -> None:
    url, ids = judged_db
    code, out = _run(
        "verdict", str(ids["amber"]), "scam", "--type", "impersonation.bank",
        "--note", "bank script", "--database-url", url,
    )  # fmt: skip
    assert code == 0 and "scam confirmed" in out and "JP-NPA" in out, out
    code, out = _run(
        "verdict", str(ids["amber"]), "spam", "--message", "0", "--agency", "KH-ACD",
        "--database-url", url,
    )  # fmt: skip
    assert code == 0 and "message 0 of report" in out and "KH-ACD" in out, out
    listed = runner.invoke(
        build_app(), ["verdicts", str(ids["amber"]), "--json", "--database-url", url]
    )
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [(r["verdict"], r["agency_code"], r["message_index"]) for r in rows] == [
        ("scam", "JP-NPA", None),
        ("spam", "KH-ACD", 0),
    ]
    assert rows[0]["scam_type"] == "impersonation.bank" and rows[0]["actor"].startswith("cli:")
    engine = make_engine(url)
    audit = SqlReportStore(engine).audit_entries(limit=1)[0]
    engine.dispose()
    assert (audit.action, audit.object_ref) == ("verdict", str(ids["amber"]))


def test_bad_or_hidden_verdicts_are_refused(judged_db: tuple[str, dict[str, int]]) -> None:
    url, ids = judged_db
    for args in (
        [str(ids["red"]), "not_scam", "--agency", "KH-ACD"],  # RED: KH may not see it
        ["999999", "scam"],
        [str(ids["amber"]), "maybe"],
        [str(ids["amber"]), "not_scam", "--type", "phishing"],
        [str(ids["amber"]), "scam", "--type", "not-a-type"],
        [str(ids["amber"]), "scam", "--message", "3"],
    ):
        code, out = _run("verdict", *args, "--database-url", url)
        assert code == 1 and "error:" in out and "Traceback" not in out, (args, out)
    engine = make_engine(url)
    assert SqlReportStore(engine).list_verdicts(viewer=Viewer.operator()) == []
    engine.dispose()
    code, out = _run("verdicts", str(ids["red"]), "--agency", "KH-ACD", "--database-url", url)
    assert code == 1 and "no report" in out


def test_train_refuses_to_write_into_the_installed_package(tmp_path: Path) -> None:
    package_dir = Path(tipoff.__file__).parent / "assess" / "data" / "model"
    before = {p.name: p.stat().st_mtime_ns for p in package_dir.iterdir()}
    code, out = _run("train", "--data-dir", str(tmp_path), "--out", str(package_dir))
    assert code == 1 and "inside the installed tipoff package" in out
    assert {p.name: p.stat().st_mtime_ns for p in package_dir.iterdir()} == before
