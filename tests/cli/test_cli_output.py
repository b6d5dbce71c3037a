"""Listings at 80 columns and in pipes: tables wrap instead of cutting values; --json
(JSON Lines) and --csv on every listing; counts pluralised; a network's reports findable."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from typer.testing import CliRunner

from tipoff.assess.examples import Example
from tipoff.cli.main import build_app
from tipoff.cli.output import plural
from tipoff.link.network_tables import network_members
from tipoff.store.records import NewReport, NewSighting
from tipoff.store.sql import SqlReportStore

NOW = datetime(2026, 5, 1, tzinfo=UTC)
NARROW = {"COLUMNS": "80"}  # CliRunner is not a terminal: this is a pipe 80 columns wide
runner = CliRunner()


def phone(number: str) -> NewSighting:
    return NewSighting("phone", number, "caller", number, "narrative", None, None, 1.0, False)


@pytest.fixture
def linked(engine: Engine) -> tuple[list[str], list[int], int]:
    """Four linked reports with a large loss, victims in five countries; relinked by the CLI."""
    store = SqlReportStore(engine)
    jp = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    saved = store.save_reports(
        jp,
        [
            NewReport(
                external_id=f"case-{i}",
                received_at=NOW - timedelta(days=i),
                tlp="amber",
                victim_country=country,
                loss_usd=12_345_678.0 if i == 0 else 10.0 * i,
                scam_type="investment",
                sightings=(phone("+85511111111"),),
            )
            for i, country in enumerate(["JP", "TH", "VN", "KR"])
        ],
        at=NOW,
        actor="t",
    )
    url = ["--database-url", engine.url.render_as_string(hide_password=False)]
    assert runner.invoke(build_app(), ["relink", *url]).exit_code == 0
    with engine.connect() as connection:
        network = connection.execute(
            select(network_members.c.network_id).where(network_members.c.report_id == saved[0].id)
        ).scalar_one()
    return url, [s.id for s in saved], int(network)


def test_plural() -> None:
    assert [plural(n, "network") for n in (0, 1, 2, 1200)] == [
        "0 networks",
        "1 network",
        "2 networks",
        "1,200 networks",
    ]
    assert plural(1, "entity", "entities") == "1 entity" and plural(3, "entity", "entities") == (
        "3 entities"
    )


def test_networks_at_80_columns_wrap_and_never_cut_values(linked: tuple) -> None:
    url, _, _ = linked
    shown = runner.invoke(build_app(), ["networks", *url], env=NARROW)
    assert shown.exit_code == 0, shown.output
    assert "…" not in shown.output
    assert "12,345,738" in shown.output  # the total loss, whole
    assert max(len(line) for line in shown.output.splitlines()) <= 80
    assert "1 network found" in shown.output  # not "1 networks"


def test_networks_json_lines_and_csv(linked: tuple) -> None:
    url, _, network = linked
    as_json = runner.invoke(build_app(), ["networks", "--json", *url], env=NARROW)
    assert as_json.exit_code == 0, as_json.output
    rows = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert [(r["id"], r["reports"], r["loss_usd"]) for r in rows] == [(network, 4, 12_345_738.0)]
    as_csv = runner.invoke(build_app(), ["networks", "--csv", *url], env=NARROW)
    assert as_csv.exit_code == 0, as_csv.output
    table = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert [(int(r["id"]), r["reports"]) for r in table] == [(network, "4")]
    both = runner.invoke(build_app(), ["networks", "--json", "--csv", *url])
    assert both.exit_code == 2


def test_network_reports_lists_ids_that_explain_accepts(linked: tuple) -> None:
    url, ids, network = linked
    app = build_app()
    listed = runner.invoke(
        app, ["network", str(network), "--reports", "--limit", "2", *url], env=NARROW
    )
    assert listed.exit_code == 0, listed.output
    assert "case-3" in listed.output and "case-2" in listed.output  # oldest first
    assert "case-0" not in listed.output and "--offset 2" in listed.output
    assert "4 reports" in listed.output
    by_loss = runner.invoke(
        app,
        ["network", str(network), "--reports", "--sort", "loss_usd", "--desc", "--json", *url],
    )
    rows = [json.loads(line) for line in by_loss.stdout.splitlines()]
    assert [r["id"] for r in rows] == [ids[0], ids[3], ids[2], ids[1]]
    first, last = rows[0]["id"], rows[-1]["id"]
    explained = runner.invoke(
        app, ["network", str(network), "--from", str(first), "--to", str(last), *url], env=NARROW
    )
    assert explained.exit_code == 0, explained.output
    assert f"report {first} → phone:+85511111111 → report {last}" in explained.output
    bad = runner.invoke(app, ["network", str(network), "--reports", "--sort", "tlp", *url])
    assert bad.exit_code == 1 and "sort must be one of" in bad.output
    half = runner.invoke(app, ["network", str(network), "--from", str(first), *url])
    assert half.exit_code == 2 and "--to" in half.output  # not silently ignored


def test_reports_list_json_and_csv(linked: tuple) -> None:
    url, ids, _ = linked
    as_json = runner.invoke(build_app(), ["reports", "list", "--json", *url])
    assert as_json.exit_code == 0, as_json.output
    rows = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert sorted(r["id"] for r in rows) == sorted(ids)
    assert {r["external_id"] for r in rows} == {f"case-{i}" for i in range(4)}
    as_csv = runner.invoke(build_app(), ["reports", "list", "--csv", *url])
    table = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert len(table) == 4 and "received_at" in table[0]


def test_reports_list_names_the_outcome_not_only_not_scam(engine: Engine) -> None:
    """A promotion and an OTP are both scam type "not_scam"; the listing says spam or
    legitimate (audit of 2026-12-07: the CLI showed "not_scam" alone)."""
    store = SqlReportStore(engine)
    agency = store.add_agency("TH-CCIB", "CCIB", "TH", at=NOW)
    store.save_reports(
        agency,
        [
            NewReport(
                external_id=f"msg-{outcome}",
                received_at=NOW,
                tlp="amber",
                scam_type="not_scam",
                scam_probability=0.05,
                assessment={"outcome": outcome, "scam_probability": 0.05},
            )
            for outcome in ("spam", "legitimate")
        ],
        at=NOW,
        actor="t",
    )
    url = ["--database-url", engine.url.render_as_string(hide_password=False)]
    as_json = runner.invoke(build_app(), ["reports", "list", "--json", *url])
    assert as_json.exit_code == 0, as_json.output
    rows = {r["external_id"]: r for r in map(json.loads, as_json.stdout.splitlines())}
    assert rows["msg-spam"]["outcome"] == "spam"
    assert rows["msg-legitimate"]["outcome"] == "legitimate"
    # At 80 columns (a pipe; also what an earlier import may have fixed the console at) the
    # one-word outcome and the type code stay whole: "legitima / te" wrapped before.
    shown = runner.invoke(build_app(), ["reports", "list", *url], env=NARROW)
    words = shown.output.split()
    assert "outcome" in words and "spam" in words and "legitimate" in words
    assert "not_scam" in words


def test_extract_at_80_columns_keeps_whole_values() -> None:
    text = "送金先 三井住友銀行 新宿支店 普通 4821903、LINE ID: yuki_88 https://example-scam-shop.top/pay/x"
    shown = runner.invoke(build_app(), ["extract", text, "--country", "JP"], env=NARROW)
    assert shown.exit_code == 0, shown.output
    assert "…" not in shown.output
    assert "JP:0009:4821903" in shown.output
    assert shown.output.rstrip().endswith(" indicators")  # a count, pluralised
    as_csv = runner.invoke(build_app(), ["extract", text, "--country", "JP", "--csv"])
    values = {r["value"] for r in csv.DictReader(io.StringIO(as_csv.stdout))}
    assert "JP:0009:4821903" in values


def test_eval_links_prints_tables_not_python_dicts(tmp_path: Path) -> None:
    (tmp_path / "truth").mkdir()
    lines = [{"external_id": f"r{i}", "narrative": f"call +8551111111{i // 3}"} for i in range(6)]
    (tmp_path / "reports.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    (tmp_path / "truth" / "reports.jsonl").write_text(
        "\n".join(json.dumps({"external_id": f"r{i}", "network": f"N{i // 3}"}) for i in range(6))
    )
    shown = runner.invoke(build_app(), ["eval-links", str(tmp_path), "--workers", "1"], env=NARROW)
    assert shown.exit_code == 0, shown.output
    assert "{'" not in shown.output and "…" not in shown.output
    assert "6 reports" in shown.output and "sub-networks" in shown.output
    as_json = runner.invoke(build_app(), ["eval-links", str(tmp_path), "--workers", "1", "--json"])
    levels = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert [r["level"] for r in levels] == ["clusters", "sub-networks"]
    assert levels[0]["precision"] == 1.0


def test_eval_json_and_csv_give_one_row_per_label(tmp_path: Path) -> None:
    labelled = tmp_path / "labelled.csv"
    labelled.write_text(
        "text,label\n"
        '"Your parcel is held, pay the fee at hxxp://post-jp[.]top today",scam\n'
        '"See you at dinner tonight, I will bring the wine",not_scam\n'
        '"Your bank account is locked, verify now at http://bank-secure-login.top",scam\n',
        encoding="utf-8",
    )
    as_json = runner.invoke(build_app(), ["eval", str(labelled), "--json"])
    assert as_json.exit_code == 0, as_json.output
    rows = [json.loads(line) for line in as_json.stdout.splitlines()]
    scam = {r["label"]: r for r in rows if r["head"] == "scam"}
    assert set(scam) == {"not_scam", "scam"} and scam["scam"]["support"] == 2
    as_csv = runner.invoke(build_app(), ["eval", str(labelled), "--csv"])
    header = as_csv.stdout.splitlines()[0]
    assert header == "head,label,precision,recall,f1,support"


class _FakeData:
    examples = [Example("hello", False, "seed")] * 3

    def counts(self) -> dict[str, dict[str, int]]:
        return {"uci-sms-spam": {"legitimate": 2}, "seed": {"scam": 1}}


class _FakeModel:
    def __init__(self) -> None:
        self.version = "test-model"
        self.metadata: dict[str, object] = {}


def test_train_prints_tables_not_python_dicts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Training itself is stubbed (minutes, and tested in tests/assess): only the output is."""
    monkeypatch.setattr("tipoff.cli.assess.gather_training_data", lambda *a, **k: _FakeData())
    monkeypatch.setattr("tipoff.assess.release.train_model", lambda *a, **k: _FakeModel())
    monkeypatch.setattr("tipoff.assess.release.PUBLIC_SETS", ())
    monkeypatch.setattr("tipoff.cli.assess.save_model", lambda *a, **k: None)
    args = ["train", "--data-dir", str(tmp_path), "--out", str(tmp_path / "model")]
    shown = runner.invoke(build_app(), args, env=NARROW)
    assert shown.exit_code == 0, shown.output
    assert "{'" not in shown.output and "uci-sms-spam" in shown.output
    assert "training on 3 distinct texts" in shown.output and "test-model" in shown.output
    as_json = runner.invoke(build_app(), [*args, "--json"])
    summary = json.loads(as_json.stdout)
    assert summary["texts"]["seed"] == {"scam": 1} and summary["model"] == "test-model"


def test_train_never_writes_into_the_package_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written: list[Path] = []
    monkeypatch.setattr("tipoff.cli.assess.gather_training_data", lambda *a, **k: _FakeData())
    monkeypatch.setattr("tipoff.assess.release.train_model", lambda *a, **k: _FakeModel())
    monkeypatch.setattr("tipoff.assess.release.PUBLIC_SETS", ())
    monkeypatch.setattr("tipoff.cli.assess.save_model", lambda _m, target: written.append(target))
    monkeypatch.chdir(tmp_path)
    shown = runner.invoke(build_app(), ["train", "--data-dir", str(tmp_path)], env=NARROW)
    assert shown.exit_code == 0, shown.output
    assert written == [Path("models") / "test-model"]
    assert "TIPOFF_MODEL_DIR=models" in shown.output.replace("\n", "")


def test_a_long_path_stays_on_one_line_in_a_narrow_pipe(tmp_path: Path) -> None:
    deep = tmp_path / ("d" * 100)
    deep.mkdir()
    result = runner.invoke(
        build_app(), ["db", "upgrade", "--database-url", f"sqlite:///{deep / 't.db'}"], env=NARROW
    )
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if "secrets" in line]
    assert lines and str(deep / ".tipoff-secrets") in lines[0]


def test_table_cells_are_shown_as_written_not_as_rich_markup_or_emoji() -> None:
    """Values come from reports: "[/x]" in a URL is no Rich closing tag (tipoff extract ended in
    a MarkupError traceback) and ":ID:" of an Indonesian account or ":x:" of an X handle is
    no emoji code (tipoff network printed 'bank_account🆔009:…')."""
    from tipoff.cli.output import Column, Format, emit, table
    from tipoff.cli.session import console

    shown = runner.invoke(build_app(), ["extract", "see https://evil.top/p[/x]y now"], env=NARROW)
    assert shown.exit_code == 0, shown.output
    assert "[/x]" in shown.output

    keys = ["bank_account:ID:009:7682156045", "handle:x:elon_fx", "phone:[bold]+1[/bold]"]
    with console.capture() as captured:
        emit([{"indicator": k} for k in keys], [Column("indicator", "indicator")], Format.TABLE)
        grid = table("agency")
        grid.add_row("[/red] :ok: agency")
        console.print(grid)
    printed = captured.get()
    for key in keys:
        assert key in printed, printed
    assert "[/red] :ok: agency" in printed
