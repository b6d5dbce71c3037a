"""tipoff db / agency / ingest / reports / serve, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tipoff.api.bind import check_bind, is_loopback
from tipoff.cli.main import build_app
from tipoff.errors import ConfigError

runner = CliRunner()
KEY = re.compile(r"tpk_[0-9a-f]{8}_\S+")


def tipoff(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = runner.invoke(build_app(), list(args), env=env)
    return result.exit_code, result.output


@pytest.fixture
def db(database_url: str) -> str:
    """A migrated database with agency JP-NPA, as --database-url."""
    code, output = tipoff("db", "upgrade", "--database-url", database_url)
    assert code == 0 and "revision" in output
    code, output = tipoff(
        "agency",
        "add",
        "JP-NPA",
        "--name",
        "National Police Agency",
        "--country",
        "jp",
        "--database-url",
        database_url,
    )
    assert code == 0 and KEY.search(output)
    return database_url


def test_every_command_has_help() -> None:
    for command in (
        ["db", "upgrade"],
        ["agency", "add"],
        ["agency", "list"],
        ["agency", "key"],
        ["ingest"],
        ["reports", "list"],
        ["reports", "show"],
        ["serve"],
    ):
        code, output = tipoff(*command, "--help")
        assert code == 0 and "Usage" in output and len(output) > 200


def test_agencies_and_keys(db: str) -> None:
    code, output = tipoff("agency", "list", "--database-url", db)
    assert code == 0 and "JP-NPA" in output and "National Police Agency" in output
    code, first = tipoff("agency", "key", "JP-NPA", "--database-url", db)
    _, second = tipoff("agency", "key", "JP-NPA", "--database-url", db)
    assert code == 0 and KEY.search(first).group(0) != KEY.search(second).group(0)  # type: ignore[union-attr]
    code, output = tipoff("agency", "add", "JP-NPA", "--name", "again", "--database-url", db)
    assert code == 1 and "already exists" in output
    code, output = tipoff("agency", "key", "NOPE", "--database-url", db)
    assert code == 1 and "tipoff agency add" in output


def test_commands_on_an_unmigrated_database_say_how_to_fix_it(tmp_path: Path) -> None:
    code, output = tipoff("agency", "list", "--database-url", f"sqlite:///{tmp_path / 'empty.db'}")
    assert code == 1 and "tipoff db upgrade" in output and "Traceback" not in output


JSONL = [
    {"external_id": "a1", "victim_country": "JP", "narrative": "LINE me, call +855 12 345 678"},
    {"external_id": "a2", "messages": [{"text": "hi"}, {"sender": "scammer"}]},
    "not json at all",
    {
        "external_id": "a3",
        "narrative": "paid as told",  # a report with nothing to analyse is rejected
        "loss": {"amount": "5000", "currency": "JPY"},
        "victim": {"name": "Ichiro Tanaka"},
    },
    {"external_id": "a4", "colour": "red"},
]


def _write_jsonl(path: Path) -> Path:
    lines = [row if isinstance(row, str) else json.dumps(row) for row in JSONL]
    path.write_text("\n".join(lines[:2]) + "\n\n" + "\n".join(lines[2:]) + "\n", encoding="utf-8")
    return path


def test_ingest_jsonl_stores_good_rows_and_rejects_bad_ones_with_line_and_field(
    db: str, tmp_path: Path
) -> None:
    source, rejects = _write_jsonl(tmp_path / "reports.jsonl"), tmp_path / "rejects.jsonl"
    code, output = tipoff(
        "ingest",
        str(source),
        "--agency",
        "JP-NPA",
        "--reject-file",
        str(rejects),
        "--database-url",
        db,
    )
    assert code == 3, output
    assert "5 records: 2 stored, 0 already stored, 3 rejected" in output.replace("\n", " ")
    rejected = [json.loads(line) for line in rejects.read_text(encoding="utf-8").splitlines()]
    assert [(r["line"], r["errors"][0]["path"]) for r in rejected] == [
        (2, "messages.1.text"),
        (4, ""),
        (6, "colour"),
    ]
    assert rejected[1]["record"] == "not json at all"
    code, output = tipoff("ingest", str(source), "--agency", "JP-NPA", "--database-url", db)
    assert code == 3 and "0 stored, 2 already stored" in output.replace("\n", " ")
    code, output = tipoff("reports", "list", "--agency", "JP-NPA", "--database-url", db)
    assert code == 0 and "a1" in output and "a3" in output and "a2" not in output
    code, output = tipoff("reports", "list", "--database-url", db)
    assert code == 0 and "a1" in output and "a3" in output
    code, output = tipoff("reports", "show", "1", "--agency", "JP-NPA", "--database-url", db)
    shown = json.loads(output)
    assert shown["external_id"] == "a1" and "+85512345678" in {
        s["value"] for s in shown["sightings"]
    }
    _, output = tipoff("reports", "show", "2", "--agency", "JP-NPA", "--database-url", db)
    assert "Ichiro" not in output and "Tanaka" not in output


def test_ingest_csv_with_text_and_json_columns(db: str, tmp_path: Path) -> None:
    source = tmp_path / "reports.csv"
    source.write_text(
        "external_id,victim_country,channel,narrative,messages,loss_amount,loss_currency,payments,victim_name\n"
        'c1,JP,sms,"Invest with us","Hello dear\nSend USDT to '
        'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",100,USD,,Yuki Sato\n'
        'c2,JP,sms,x,"[{""text"": ""hi"", ""sender"": ""victim""}]",,,"[{""amount"": 5, '
        '""currency"": ""USD"", ""payee"": ""DE89370400440532013000""}]",\n'
        "c3,JP,carrier_pigeon,x,,,,,\n"
        "c4,JP,sms,x,,,,[oops,\n",
        encoding="utf-8",
    )
    rejects = tmp_path / "rejects.jsonl"
    code, output = tipoff(
        "ingest",
        str(source),
        "--agency",
        "JP-NPA",
        "--reject-file",
        str(rejects),
        "--database-url",
        db,
    )
    assert code == 3 and "2 stored" in output and "2 rejected" in output.replace("\n", " ")
    rejected = [json.loads(line) for line in rejects.read_text(encoding="utf-8").splitlines()]
    assert [(r["line"], r["errors"][0]["path"]) for r in rejected] == [
        (5, "channel"),
        (6, "payments"),
    ]
    _, output = tipoff("reports", "show", "1", "--agency", "JP-NPA", "--database-url", db)
    shown = json.loads(output)
    assert [m["text"] for m in shown["messages"]] == [
        "Hello dear",
        "Send USDT to TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
    ]
    assert shown["loss_currency"] == "USD"
    assert "Yuki" not in output


def test_ingest_refuses_unknown_agency_and_format(db: str, tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "r.jsonl")
    code, output = tipoff("ingest", str(source), "--agency", "XX", "--database-url", db)
    assert code == 1 and "no agency" in output
    other = tmp_path / "r.xml"
    other.write_text("<r/>")
    code, output = tipoff("ingest", str(other), "--agency", "JP-NPA", "--database-url", db)
    assert code == 1 and ".jsonl or .csv" in output


def test_serve_refuses_public_bind_without_permission_or_keys(tmp_path: Path) -> None:
    empty = f"sqlite:///{tmp_path / 's.db'}"
    tipoff("db", "upgrade", "--database-url", empty)
    code, output = tipoff("serve", "--host", "0.0.0.0", "--database-url", empty)
    assert code == 1 and "TIPOFF_ALLOW_PUBLIC_BIND" in output
    code, output = tipoff(
        "serve",
        "--host",
        "0.0.0.0",
        "--database-url",
        empty,
        env={"TIPOFF_ALLOW_PUBLIC_BIND": "true"},
    )
    assert code == 1 and "no agency API key" in output.replace("\n", " ")


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.0.0.2", "[::1]"])
def test_loopback_addresses_are_always_allowed(host: str) -> None:
    assert is_loopback(host)
    check_bind(host, allow_public_bind=False, has_api_keys=False)


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "example.org", "::"])
def test_public_addresses_need_permission_and_keys(host: str) -> None:
    assert not is_loopback(host)
    for allow, keys in ((False, True), (True, False)):
        with pytest.raises(ConfigError):
            check_bind(host, allow_public_bind=allow, has_api_keys=keys)
    check_bind(host, allow_public_bind=True, has_api_keys=True)


def test_ingest_with_worker_processes_matches_in_process_ingest(db: str, tmp_path: Path) -> None:
    source, rejects = _write_jsonl(tmp_path / "reports.jsonl"), tmp_path / "rejects.jsonl"
    code, output = tipoff(
        "ingest",
        str(source),
        "--agency",
        "JP-NPA",
        "--workers",
        "2",
        "--batch-size",
        "2",
        "--reject-file",
        str(rejects),
        "--database-url",
        db,
    )
    assert code == 3 and "2 stored, 0 already stored, 3 rejected" in output.replace("\n", " ")
    lines = [json.loads(line)["line"] for line in rejects.read_text(encoding="utf-8").splitlines()]
    assert lines == [2, 4, 6]
    _, output = tipoff("reports", "show", "1", "--agency", "JP-NPA", "--database-url", db)
    assert "+85512345678" in output


def test_ingest_without_agency_option_uses_each_records_agency(db: str, tmp_path: Path) -> None:
    tipoff("agency", "add", "SG-SPF", "--name", "Singapore Police Force", "--database-url", db)
    said = {"narrative": "a call"}  # a report with nothing to analyse is rejected
    rows = [
        {"external_id": "j1", "agency": "JP-NPA"} | said,
        {"external_id": "s1", "agency": "SG-SPF"} | said,
        {"external_id": "x1", "agency": "XX-NONE"} | said,
        {"external_id": "n1"} | said,
        "{broken",
    ]
    source, rejects = tmp_path / "mixed.jsonl", tmp_path / "rejects.jsonl"
    source.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8"
    )
    code, output = tipoff(
        "ingest", str(source), "--reject-file", str(rejects), "--database-url", db
    )
    assert code == 3 and "2 stored" in output and "3 rejected" in output.replace("\n", " ")
    rejected = sorted(
        (r["line"], r["errors"][0]["path"], r["errors"][0]["message"][:16])
        for r in map(json.loads, rejects.read_text(encoding="utf-8").splitlines())
    )
    assert rejected == [
        (3, "agency", "unknown agency '"),
        (4, "agency", "no receiving age"),
        (5, "", "not valid JSON: "),
    ]
    _, listed = tipoff("reports", "list", "--owner", "SG-SPF", "--database-url", db)
    assert "s1" in listed and "j1" not in listed


def test_ingest_prints_a_rejected_record_as_written(db: str, tmp_path: Path) -> None:
    """A rejection line quotes the record's external id: "[/x]" in it is no Rich closing tag
    (ingest ended in a MarkupError traceback) and ":ok:" no emoji code."""
    source = tmp_path / "odd.jsonl"
    source.write_text(json.dumps({"external_id": "case-[/x] :ok:"}) + "\n", encoding="utf-8")
    code, output = tipoff("ingest", str(source), "--agency", "JP-NPA", "--database-url", db)
    assert code == 3, output
    assert "report 'case-[/x] :ok:' is empty" in output.replace("\n", " ")
