"""tipoff assess / eval / reassess from the command line."""

from __future__ import annotations

import json
import warnings
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert, select
from typer.testing import CliRunner

from tipoff.assess.evaluation import confusion
from tipoff.cli.main import build_app
from tipoff.store import migrate
from tipoff.store.engine import make_engine
from tipoff.store.tables import agencies, reports

runner = CliRunner()


def test_assess_prints_flags_and_json() -> None:
    app = build_app()
    plain = runner.invoke(
        app, ["assess", "Your account will be suspended, verify at http://bit.ly/x1"]
    )
    assert plain.exit_code == 0, plain.output
    assert "scam probability" in plain.output and "account_threat" in plain.output
    as_json = runner.invoke(app, ["assess", "--json", "-"], input="投资群 稳赚不赔 USDT")
    assert as_json.exit_code == 0, as_json.output
    record = json.loads(as_json.output)
    assert record["language"] == "zh" and record["scam_probability"] > 0.5


def test_eval_on_a_small_csv(tmp_path: Path) -> None:
    csv_file = tmp_path / "mine.csv"
    csv_file.write_text(
        "body,kind\n"
        '"Congratulations! You won a $1000 gift card, claim now at bit.ly/win",spam\n'
        '"URGENT: your bank account is suspended, verify your identity http://x.top/login",spam\n'
        '"See you at dinner tonight",ham\n'
        '"Can you pick up the kids at 5?",ham\n'
        '"row with a label nobody mapped",maybe\n',
        encoding="utf-8",
    )
    result = runner.invoke(
        build_app(),
        [
            "eval",
            str(csv_file),
            "--text-col",
            "body",
            "--label-col",
            "kind",
            "--map",
            "spam=scam,ham=not_scam",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "4 distinct rows used, 1 skipped" in result.output
    assert (
        "ROC AUC" in result.output and "precision" in result.output and "confusion" in result.output
    )


def test_eval_of_one_scam_type_prints_no_library_warning(tmp_path: Path) -> None:
    # The README's Mishra-Soni run: smishing (one type) and ham. scikit-learn's confusion
    # matrix printed "UserWarning: A single label was found ..." above the figures.
    csv_file = tmp_path / "smishing.csv"
    csv_file.write_text(
        "LABEL,TEXT\n"
        "smishing,Your parcel is held: pay the fee at http://post-jp.top/pay\n"
        "smishing,Bank alert: verify your account at http://x.top/login now\n"
        "ham,See you at dinner tonight\n",
        encoding="utf-8",
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = runner.invoke(
            build_app(),
            [
                "eval",
                str(csv_file),
                *("--text-col", "TEXT", "--label-col", "LABEL"),
                *("--map", "smishing=phishing,ham=not_scam"),
            ],
        )
    assert result.exit_code == 0, result.output
    assert "scam-type confusion" in result.output
    assert [str(w.message) for w in caught] == []


def test_confusion_counts_rows_by_truth_and_columns_by_prediction() -> None:
    labels = ["phishing", "romance"]
    truth = ["phishing", "phishing", "romance", "phishing"]
    predicted = ["phishing", "romance", "romance", "not_scam"]
    assert confusion(truth, predicted, labels) == [[1, 1], [0, 1]]
    assert confusion(["phishing"], ["phishing"], ["phishing"]) == [[1]]


def test_eval_reads_headerless_tsv_with_quotes(tmp_path: Path) -> None:
    tsv = tmp_path / "sms.tsv"
    tsv.write_text(
        'spam\tWINNER!! "Claim" your £900 prize now, call 09061701461\nham\tI said "ok" lol\n',
        encoding="utf-8",
    )
    result = runner.invoke(
        build_app(),
        ["eval", str(tsv), "--columns", "label,text", "--map", "spam=scam,ham=not_scam"],
    )
    assert result.exit_code == 0, result.output
    assert "2 distinct rows used, 0 skipped" in result.output


def test_eval_rejects_a_bad_map(tmp_path: Path) -> None:
    csv_file = tmp_path / "x.csv"
    csv_file.write_text("text,label\nhello,ham\n", encoding="utf-8")
    result = runner.invoke(build_app(), ["eval", str(csv_file), "--map", "spam"])
    assert result.exit_code != 0


def test_eval_reads_jsonl(tmp_path: Path) -> None:
    jsonl = tmp_path / "x.jsonl"
    jsonl.write_text(
        '{"text": "Win cash now, call 09061701461", "label": "scam"}\n'
        '{"text": "ok see you", "label": "not_scam"}\nnot json\n',
        encoding="utf-8",
    )
    result = runner.invoke(build_app(), ["eval", str(jsonl)])
    assert result.exit_code == 0, result.output
    assert "2 distinct rows used, 1 skipped" in result.output


def test_reassess_updates_stored_reports(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'tipoff.db'}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    now = datetime(2026, 1, 1, tzinfo=UTC)
    with engine.begin() as connection:
        connection.execute(
            insert(agencies).values(id=1, code="TEST", name="Test", country="JP", created_at=now)
        )
        connection.execute(
            insert(reports),
            [
                {
                    "id": 1,
                    "agency_id": 1,
                    "external_id": "r1",
                    "received_at": now,
                    "narrative": "",
                    "messages": [
                        {
                            "sender": "scammer",
                            "text": "こちらは警視庁です。口座がマネーロンダリングに使われています",
                        },
                        {"sender": "victim", "text": "本当ですか"},
                    ],
                    "payments": [],
                    "identifiers": [],
                    "victim_attrs": {},
                    "tlp": "amber",
                    "created_at": now,
                    "model_version": "old",
                },
                {
                    "id": 2,
                    "agency_id": 1,
                    "external_id": "r2",
                    "received_at": now,
                    "narrative": "",
                    "messages": [],
                    "payments": [],
                    "identifiers": [],
                    "victim_attrs": {},
                    "tlp": "amber",
                    "created_at": now,
                    "model_version": None,
                },
            ],
        )
    result = runner.invoke(build_app(), ["reassess", "--database-url", url])
    assert result.exit_code == 0, result.output
    assert "re-assessed 1 of 2 reports" in result.output
    with engine.connect() as connection:
        row = connection.execute(select(reports).where(reports.c.id == 1)).one()
    assert row.scam_type == "impersonation.authority" and row.scam_probability > 0.5
    assert row.model_version != "old" and row.assessment["red_flags"]
    engine.dispose()
