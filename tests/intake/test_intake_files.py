"""Reading report files as users have them: legacy encodings, broken bytes, own column names."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from tipoff.errors import ValidationError
from tipoff.intake.analyse import Analyser
from tipoff.intake.columns import ColumnMap
from tipoff.intake.encoding import detect, file_encoding
from tipoff.intake.files import read_records
from tipoff.intake.load import RejectLog, ingest_file
from tipoff.intake.pipeline import Intake, Rejected, validate_report
from tipoff.intake.schema import ReportIn
from tipoff.pseudonym import Pseudonymiser
from tipoff.store.memory import MemoryReportStore
from tipoff.visibility import Viewer

NOW = datetime(2026, 5, 1, 9, 30, tzinfo=UTC)

NARRATIVES = {
    "cp932": "警察を名乗る男から電話があり、口座が犯罪に使われたと言われた。",
    "gb18030": "自称公安局的人打电话说我的账户涉嫌洗钱，要求转账到安全账户。",
    "big5": "自稱檢察官的人打電話說我的帳戶涉嫌洗錢，要求轉帳到安全帳戶。",
    "euc_kr": "검찰청 수사관이라며 전화가 와서 계좌가 범죄에 연루되었다고 했다.",
    "cp874": "มีคนโทรมาอ้างว่าเป็นตำรวจ บอกว่าบัญชีของฉันเกี่ยวข้องกับการฟอกเงิน",
    "cp1252": "Un homme se présentant comme conseiller de la Société Générale a appelé.",
}


def _ingest(
    path: Path, **options: object
) -> tuple[object, list[dict[str, object]], MemoryReportStore]:
    store = MemoryReportStore()
    agency = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    intake = Intake(
        store,
        Pseudonymiser(b"k" * 32),
        clock=lambda: NOW,
        analyser=Analyser(with_assessment=False),
        batch_size=100,
    )
    sink = io.StringIO()
    summary = ingest_file(
        path,
        agency,
        intake,
        actor="test",
        rejects=RejectLog(sink),
        **options,  # type: ignore[arg-type]
    )
    return summary, [json.loads(line) for line in sink.getvalue().splitlines()], store


def _csv(narrative: str, rows: int) -> str:
    lines = ["external_id,victim_country,narrative"]
    lines += [f'c{n},JP,"{narrative} +855 12 345 {n:03d}"' for n in range(rows)]
    return "\r\n".join(lines) + "\r\n"


@pytest.mark.parametrize("encoding", sorted(NARRATIVES))
def test_a_legacy_encoded_csv_is_detected_stored_and_reported(
    tmp_path: Path, encoding: str
) -> None:
    path = tmp_path / "reports.csv"
    path.write_bytes(_csv(NARRATIVES[encoding], 20).encode(encoding))
    summary, rejected, store = _ingest(path)
    assert (summary.created, summary.rejected) == (20, 0), rejected  # type: ignore[attr-defined]
    assert summary.encoding.name == encoding  # type: ignore[attr-defined]
    assert f"0 rejected (read as {encoding} (detected))" in summary.line()  # type: ignore[attr-defined]
    stored = store.get_report(1, viewer=_operator())
    assert stored.narrative.startswith(NARRATIVES[encoding])


def test_a_shift_jis_jsonl_file_loads_with_encoding_given(tmp_path: Path) -> None:
    path = tmp_path / "reports.jsonl"
    rows = [{"external_id": f"j{n}", "narrative": NARRATIVES["cp932"]} for n in range(5)]
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    path.write_bytes(text.encode("shift_jis"))
    summary, rejected, _ = _ingest(path, encoding="shift_jis")
    assert (summary.created, summary.rejected, rejected) == (5, 0, [])  # type: ignore[attr-defined]
    assert "(read as shift_jis (--encoding))" in summary.line()  # type: ignore[attr-defined]


@pytest.mark.parametrize("suffix", ["csv", "jsonl"])
def test_a_bad_byte_on_line_701_rejects_that_line_only(tmp_path: Path, suffix: str) -> None:
    # Before: UnicodeDecodeError part-way, no line number, the rest never read.
    lines = []
    for n in range(1, 1001):
        narrative = f"詐欺の電話 +855 12 345 {n % 1000:03d}"
        if suffix == "csv":
            lines.append(f"r{n},{narrative}".encode() if n > 1 else b"external_id,narrative")
        else:
            row = {"external_id": f"r{n}", "narrative": narrative}
            lines.append(json.dumps(row, ensure_ascii=False).encode())
    lines[700] = lines[700].replace("詐欺".encode(), b"\xff\xfe")
    path = tmp_path / f"reports.{suffix}"
    path.write_bytes(b"\n".join(lines) + b"\n")
    summary, rejected, _ = _ingest(path)
    assert summary.encoding.name == "utf-8"  # type: ignore[attr-defined]
    assert summary.rejected == 1  # type: ignore[attr-defined]
    assert summary.created == (999 if suffix == "jsonl" else 998)  # type: ignore[attr-defined]
    [entry] = rejected
    assert entry["line"] == 701
    assert "not valid utf-8" in entry["errors"][0]["message"]  # type: ignore[index]
    assert "\\xff" in entry["record"]  # type: ignore[operator]


def test_detection_prefers_utf8_when_most_non_ascii_lines_are_utf8() -> None:
    good = "詐欺\n".encode() * 50
    assert detect(good + b"bad \xff line\n").name == "utf-8"
    assert detect(NARRATIVES["euc_kr"].encode("euc_kr") + b"\n").name == "euc_kr"


def test_an_unknown_encoding_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("external_id\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="unknown encoding 'klingon'"):
        file_encoding(path, "klingon")


def test_own_column_names_load_with_a_map(tmp_path: Path) -> None:
    # Before: every row rejected as "external_id: Field required".
    path = tmp_path / "cases.csv"
    path.write_text(
        "case_no,description,country,amount,ccy\n"
        "K-1,Caller said he was police +855 12 345 678,JP,500000,JPY\n",
        encoding="utf-8",
    )
    summary, rejected, _ = _ingest(path)
    assert summary.rejected == 1  # type: ignore[attr-defined]
    assert "--map external_id=" in rejected[0]["errors"][0]["message"]  # type: ignore[index]
    assert "case_no" in rejected[0]["errors"][0]["message"]  # type: ignore[index]
    columns = ColumnMap.parse(
        "external_id=case_no, narrative=description,victim_country=country,"
        "loss_amount=amount,loss_currency=ccy"
    )
    summary, rejected, store = _ingest(path, columns=columns)
    assert (summary.created, rejected) == (1, [])  # type: ignore[attr-defined]
    stored = store.get_report(1, viewer=_operator())
    assert (stored.external_id, stored.victim_country, stored.loss_currency) == ("K-1", "JP", "JPY")


def test_a_map_renames_jsonl_keys_and_bad_maps_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text(json.dumps({"case": "A", "text": "call +855 12 345 678"}) + "\n")
    summary, rejected, _ = _ingest(path, columns=ColumnMap.parse("external_id=case,narrative=text"))
    assert (summary.created, rejected) == (1, [])  # type: ignore[attr-defined]
    for spec, words in [
        ("external_id", "INTAKE_NAME=FILE_COLUMN"),
        ("case_id=case_no", "not an intake field"),
        ("narrative=a,narrative=b", "mapped twice"),
    ]:
        with pytest.raises(ValidationError, match=words):
            ColumnMap.parse(spec)


def test_a_map_is_applied_before_the_schema_reads_a_record(tmp_path: Path) -> None:
    assert ColumnMap.parse("external_id=id").apply({" id": "1"}) == {"external_id": "1"}
    path = tmp_path / "r.csv"
    path.write_text("id,narrative\n7,x\n", encoding="utf-8")
    [record] = read_records(path, columns=ColumnMap.parse("external_id=id"))
    assert record.data == {"external_id": "7", "narrative": "x"}


@pytest.mark.parametrize(
    ("amount", "currency", "accepted"),
    [
        ("20000000000", "VND", True),  # about USD 780,000: a real loss; refused before
        ("500000000000", "IDR", True),  # about USD 30 million
        ("50000000000", "KRW", True),
        ("100000000000", "JPY", True),
        ("30000000000000", "VND", False),  # over USD 1,000,000,000
        ("1000000000000000", "JPY", False),
        ("20000000000", "XAU", False),  # no bundled rate: the raw cap of 10^10
        ("9000000000", "XAU", True),
    ],
)
def test_the_amount_cap_is_by_value_in_us_dollars(
    amount: str, currency: str, accepted: bool
) -> None:
    raw = {
        "external_id": "x",
        "narrative": "n",
        "loss": {"amount": amount, "currency": currency},
        "payments": [{"amount": amount, "currency": currency, "payee": "acct 123"}],
    }
    checked = validate_report(raw)
    if accepted:
        assert isinstance(checked, ReportIn) and checked.loss is not None
        assert checked.loss.amount == Decimal(amount)
    else:
        assert isinstance(checked, Rejected)
        assert {e.path for e in checked.errors} == {"loss.amount", "payments.0.amount"}


def test_an_empty_report_is_rejected_naming_it(tmp_path: Path) -> None:
    checked = validate_report({"external_id": "case-1", "victim_country": "JP"})
    assert isinstance(checked, Rejected) and checked.external_id == "case-1"
    assert "'case-1' is empty" in checked.errors[0].message
    path = tmp_path / "r.jsonl"
    path.write_text('{"external_id": "case-1"}\n{"external_id": "case-2", "narrative": "x"}\n')
    summary, rejected, _ = _ingest(path)
    assert (summary.created, [r["line"] for r in rejected]) == (1, [1])  # type: ignore[attr-defined]


def test_field_errors_are_in_words() -> None:
    checked = validate_report({"narative": "typo", "loss": {"amount": "lots", "currency": "JPY"}})
    assert isinstance(checked, Rejected)
    messages = {e.path: e.message for e in checked.errors}
    assert messages["external_id"] == "is required"
    assert "not a field of the intake format" in messages["narative"]
    assert "must be a number" in messages["loss.amount"]


def _operator() -> Viewer:
    return Viewer.operator()
