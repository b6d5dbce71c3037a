"""The eleventh independent world's generator alone (bench/independent_world_11.py): no linking.

These tests never run tipoff's linker, so they reveal no score; they check that the world is
valid intake, reproducible, passable (ceiling) and that its traps are really in it.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from tipoff.intake.schema import ReportIn

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from bench_independent_world_2 import pair_scores  # noqa: E402
from bench_independent_world_3 import ceiling_labels  # noqa: E402
from independent_world_11 import CONFIGS, build, write_world  # noqa: E402

World = tuple[list[dict], list[dict], dict]


@pytest.fixture(scope="module")
def worlds() -> dict[str, World]:
    return {config: build(config, 1, 800) for config in CONFIGS}


def _text(report: dict, where: str) -> str:
    part, *rest = where.split(".")
    if part == "narrative":
        return report["narrative"]
    item = report[part][int(rest[0])]
    return " ".join(str(v) for v in item.values())


def _owners(truth: list[dict]) -> dict[str, set[str]]:
    owners: dict[str, set[str]] = {}
    for row in truth:
        for m in row["mentions"]:
            owners.setdefault(m["key"], set()).add(m["owner"])
    return owners


def test_every_report_is_valid_intake_and_mentions_are_in_it(worlds: dict[str, World]) -> None:
    for reports, truth, world in worlds.values():
        assert len(reports) == 800
        assert len({r["external_id"] for r in reports}) == 800
        ops = {o["id"] for o in world["operations"]}
        for report, row in zip(reports, truth, strict=True):
            ReportIn.model_validate(report)
            assert report["external_id"] == row["external_id"]
            assert row["operation"] in ops
            assert row["mentions"]
            for m in row["mentions"]:
                assert m["owner"] in ops or m["owner"].startswith("innocent:")
                assert m["written"] in _text(report, m["where"])


def test_same_seed_same_world_other_seed_other_world(tmp_path: Path) -> None:
    one = write_world("qr_stickers", 3, 200, tmp_path / "a")
    again = write_world("qr_stickers", 3, 200, tmp_path / "b")
    other = write_world("qr_stickers", 4, 200, tmp_path / "c")
    for name in ("reports.jsonl", "truth.jsonl", "world.json"):
        assert (one / name).read_bytes() == (again / name).read_bytes()
    assert (one / "reports.jsonl").read_bytes() != (other / "reports.jsonl").read_bytes()
    assert json.loads((one / "world.json").read_text(encoding="utf-8"))["reports"] == 200


@pytest.mark.parametrize("config", CONFIGS)
def test_ceiling_is_passable_and_every_value_would_collapse(config: str) -> None:
    _, truth, _ = build(config, 2, 3000)
    true = [row["operation"] for row in truth]
    assert pair_scores(ceiling_labels(truth), true).ari >= 0.95
    everything = [dict(row, operation="all") for row in truth]
    for row in everything:
        row["mentions"] = [dict(m, owner="all", recoverable=True) for m in row["mentions"]]
    assert pair_scores(ceiling_labels(everything), true).ari < 0.5


def test_no_value_is_shared_by_two_operations(worlds: dict[str, World]) -> None:
    for config, (_, truth, _) in worlds.items():
        for key, owners in _owners(truth).items():
            crews = {o for o in owners if not o.startswith("innocent:")}
            assert len(crews) <= 1, (config, key)


def test_the_structures_are_there(worlds: dict[str, World]) -> None:
    # mule jobs: recruits report the job and name their own account, which the crew's
    # shop-front victims paid into
    _, truth, _ = worlds["mule_jobs"]
    own = {
        m["key"]
        for r in truth
        for m in r["mentions"]
        if m["how"].startswith("employee-own-account") and m["recoverable"]
    }
    paid = {m["key"] for r in truth if r["side"] == "victim" for m in r["mentions"]}
    assert len(own) > 10 and len(own & paid) > 5
    # BEC: rotating invoice accounts, real suppliers cited in several crews' reports
    _, truth, world = worlds["bec_invoices"]
    assert max(len(o["values"].get("invoice_acct", [])) for o in world["operations"]) >= 5
    users: dict[str, set[str]] = {}
    for row in truth:
        for m in row["mentions"]:
            if m["owner"].startswith("innocent:supplier"):
                users.setdefault(m["owner"], set()).add(row["operation"])
    assert max(len(u) for u in users.values()) >= 3
    # rentals: listing pages on real platforms, copied agents' phones
    _, truth, _ = worlds["rental_deposits"]
    owners = Counter(m["owner"].split("-")[0] for r in truth for m in r["mentions"])
    assert owners["innocent:agent"] > 20 and owners["innocent:platform"] > 20
    assert sum(m["key"].startswith("url:") for r in truth for m in r["mentions"]) > 50
    # QR stickers: an aggregator's collection account paid by victims of several crews
    _, truth, _ = worlds["qr_stickers"]
    agg: dict[str, set[str]] = {}
    for row in truth:
        for m in row["mentions"]:
            if m["how"] == "shared-aggregator":
                agg.setdefault(m["key"], set()).add(row["operation"])
    assert max(len(u) for u in agg.values()) >= 5
    # charity appeals: one appeal template, many crews
    reports, truth, _ = worlds["charity_appeals"]
    first = Counter(
        r["narrative"][:20]
        for r, t in zip(reports, truth, strict=True)
        if t["theme"] == "charity_appeals"
    )
    template = first.most_common(1)[0][0]
    crews = {
        t["operation"]
        for r, t in zip(reports, truth, strict=True)
        if r["narrative"].startswith(template)
    }
    assert len(crews) >= 10


def test_unrecoverable_forms_languages_countries_and_innocents(worlds: dict[str, World]) -> None:
    languages: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    hows: Counter[str] = Counter()
    for reports, truth, _ in worlds.values():
        languages.update(r["language"] for r in reports)
        countries.update(r["victim_country"] for r in reports)
        hows.update(m["how"] for row in truth for m in row["mentions"])
        assert sum(not m["recoverable"] for row in truth for m in row["mentions"]) > 10
        users: dict[str, set[str]] = {}  # an innocent value cited in several crews' reports
        for row in truth:
            for m in row["mentions"]:
                if m["owner"].startswith("innocent:"):
                    users.setdefault(m["key"], set()).add(row["operation"])
        assert sum(len(u) > 2 for u in users.values()) >= 3
    assert len(languages) == 9
    assert len(countries) >= 14
    for how in ("fullwidth", "elided", "typo", "masked", "shortened", "spoofed-caller-id"):
        assert hows[how] > 5, how
