"""Invariants of a simulated world: intake format, determinism, truth consistent with the text,
distributions inside the configured ranges, payments labelled and converging on mule accounts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

import pytest

from tipoff.intake.schema import ReportIn
from tipoff.simulate import WorldConfig, simulate
from tipoff.simulate.money import CURRENCY

N = 1500


@pytest.fixture(scope="module")
def world_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("world")
    simulate(WorldConfig(networks=12), 11, out, N, workers=1)
    return out


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _report_text(report: dict) -> str:
    parts = [report["narrative"]]
    for m in report["messages"]:
        parts += [m["text"], m.get("from_id") or ""]
    parts += [p["payee"] for p in report["payments"]]
    parts += [i["value"] for i in report.get("identifiers", [])]
    return "\n".join(parts)


def test_every_report_line_validates_as_intake(world_dir: Path) -> None:
    lines = (world_dir / "reports.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == N
    agencies = set()
    for line in lines:
        report = ReportIn.model_validate_json(line)
        assert report.agency and report.agency.startswith(report.victim_country or "??")
        agencies.add(report.agency)
    assert len(agencies) == 10


def test_same_seed_same_bytes_any_worker_count(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    simulate(WorldConfig(networks=8), 5, a, 4100, workers=1)
    simulate(WorldConfig(networks=8), 5, b, 4100, workers=2)
    simulate(WorldConfig(networks=8), 6, c, 4100, workers=1)
    for name in (
        "reports.jsonl",
        "messages.jsonl",
        "jobs.jsonl",
        "payments.jsonl",
        "manifest.json",
        "truth/report_network.jsonl",
        "truth/identifiers.jsonl",
        "truth/networks.jsonl",
    ):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
        assert (a / name).read_bytes() != (c / name).read_bytes(), name


def test_truth_identifiers_appear_in_their_report(world_dir: Path) -> None:
    reports = {r["external_id"]: r for r in _read(world_dir / "reports.jsonl")}
    idents = {i["key"]: i for i in _read(world_dir / "truth" / "identifiers.jsonl")}
    with_ids = 0
    for truth in _read(world_dir / "truth" / "report_network.jsonl"):
        text = _report_text(reports[truth["external_id"]])
        with_ids += bool(truth["identifiers"])
        for found in truth["identifiers"]:
            assert found["raw"] in text, (truth["external_id"], found)
            ident = idents[found["key"]]
            assert ident["common"] or truth["network"] in ident["networks"]
            assert (
                found["raw"].translate(_HALFWIDTH)
                in [s.translate(_HALFWIDTH) for s in ident["spellings"]]
                or "[.]" in found["raw"]
                or "hxxp" in found["raw"]
            )
    assert with_ids > 0.95 * N


_HALFWIDTH = str.maketrans("０１２３４５６７８９－＋（）", "0123456789-+()")


def test_distributions_stay_in_configured_ranges(world_dir: Path) -> None:
    cfg = WorldConfig(networks=12)
    reports = _read(world_dir / "reports.jsonl")
    truths = _read(world_dir / "truth" / "report_network.jsonl")
    types = Counter(t["scam_type"] for t in truths)
    assert set(types) <= set(cfg.type_mix) and len(types) == len(cfg.type_mix)
    for scam_type, weight in cfg.type_mix.items():
        assert abs(types[scam_type] / N - weight) < 0.04, scam_type
    countries = Counter(r["victim_country"] for r in reports)
    for country, weight in cfg.country_mix.items():
        assert abs(countries[country] / N - weight) < 0.04, country
    lo, hi = cfg.start.isoformat(), cfg.end.isoformat()
    losses = []
    for report in reports:
        assert lo <= report["occurred_at"] <= hi
        assert report["received_at"] >= report["occurred_at"]
        scammer = [m for m in report["messages"] if m["sender"] == "scammer"]
        assert cfg.messages_per_report[0] <= len(scammer) <= cfg.messages_per_report[1]
        assert len(report["payments"]) <= cfg.payments_per_report[1]
        currency = CURRENCY[report["victim_country"]][0]
        assert all(p["currency"] == currency for p in report["payments"])
        if "loss" in report:
            assert report["loss"]["currency"] == currency
            losses.append(report["loss"]["amount"] / CURRENCY[report["victim_country"]][1])
    losses.sort()
    assert losses[-1] > 20 * losses[len(losses) // 2]  # heavy tail
    months = Counter(r["occurred_at"][:7] for r in reports)
    assert len(months) == 12


def test_infrastructure_rotates_is_shared_and_has_common_values(world_dir: Path) -> None:
    idents = _read(world_dir / "truth" / "identifiers.jsonl")
    assert any(i["shared"] for i in idents)
    assert all(i["common"] for i in idents if not i["networks"] and "service" not in i["attrs"])
    windows = [tuple(i["active_days"]) for i in idents if not i["common"]]
    assert len(set(windows)) > len(windows) // 3
    truths = _read(world_dir / "truth" / "report_network.jsonl")
    common_reports = sum(any(f["common"] for f in t["identifiers"]) for t in truths)
    assert common_reports > 0.1 * N
    per_report = [len({f["key"] for f in t["identifiers"] if not f["common"]}) for t in truths]
    assert sum(1 for n in per_report if n <= 2) > 0.2 * N  # partial information is common


def test_payment_stream_is_labelled_and_converges_on_mules(world_dir: Path) -> None:
    payments = _read(world_dir / "payments.jsonl")
    reports = {r["external_id"] for r in _read(world_dir / "reports.jsonl")}
    scam = [p for p in payments if p["is_scam"]]
    assert 0.1 < len(scam) / len(payments) < 0.6
    assert all(p["report_id"] in reports and p["network"] for p in scam)
    assert all(
        p["report_id"] is None and p["network"] is None for p in payments if not p["is_scam"]
    )
    assert any(p["payee_type"] == "vasp" for p in scam)
    assert len({p["id"] for p in payments}) == len(payments)
    truths = _read(world_dir / "truth" / "report_network.jsonl")
    victims_per_account: dict[str, set[str]] = defaultdict(set)
    for truth in truths:
        for found in truth["identifiers"]:
            if found["key"].startswith("bank_account:"):
                victims_per_account[found["key"]].add(truth["customer"])
    assert max(len(v) for v in victims_per_account.values()) >= 5
    by_report: dict[str, list[dict]] = defaultdict(list)
    for p in scam:
        by_report[p["report_id"]].append(p)
    escalating = sum(
        1 for ps in by_report.values() if len(ps) >= 3 and ps[-1]["amount"] > ps[0]["amount"]
    )
    assert escalating > 0.8 * sum(1 for ps in by_report.values() if len(ps) >= 3)


def test_texts_have_noise(world_dir: Path) -> None:
    text = (world_dir / "reports.jsonl").read_text(encoding="utf-8")
    assert "hxxps://" in text or "[.]" in text
    assert any(ch in text for ch in "０１２３４５６７８９")
    assert datetime.fromisoformat(json.loads(text.splitlines()[0])["occurred_at"].rstrip("Z"))


def test_identifier_truth_counts_reports_and_agency_files_ingest_as_is(tmp_path: Path) -> None:
    summary = simulate(WorldConfig(networks=6), 2, tmp_path, 600, by_agency=True)
    idents = _read(tmp_path / "truth" / "identifiers.jsonl")
    truths = _read(tmp_path / "truth" / "report_network.jsonl")
    counted = Counter(k for t in truths for k in {f["key"] for f in t["identifiers"]})
    assert {i["key"]: i["reports"] for i in idents if i["reports"]} == dict(counted)
    used = defaultdict(set)
    for t in truths:
        for f in t["identifiers"]:
            used[f["key"]].add(f["raw"])
    assert {i["key"]: set(i["spellings_used"]) for i in idents if i["spellings_used"]} == dict(used)
    total = 0
    for path in sorted((tmp_path / "by_agency").glob("*.jsonl")):
        lines = [
            ReportIn.model_validate_json(line)
            for line in path.read_text(encoding="utf-8").splitlines()
        ]
        assert {r.agency for r in lines} == {path.stem}
        total += len(lines)
    assert total == summary.reports == 600
    assert {a["code"] for a in _read(tmp_path / "truth" / "agencies.jsonl")} == {
        p.stem for p in (tmp_path / "by_agency").glob("*.jsonl")
    }


def test_output_does_not_depend_on_string_hash_seed(tmp_path: Path) -> None:
    code = (
        "import sys; from tipoff.simulate import WorldConfig, simulate; "
        "simulate(WorldConfig(networks=5), 4, sys.argv[1], 300)"
    )
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        subprocess.run([sys.executable, "-c", code, str(tmp_path / hash_seed)], check=True, env=env)
    for name in (
        "reports.jsonl",
        "payments.jsonl",
        "messages.jsonl",
        "truth/identifiers.jsonl",
        "truth/report_network.jsonl",
    ):
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes(), name
