"""The twelfth independent world (bench/independent_world_12.py): it writes deterministically,
its truth matches its reports, every value the truth names is in its report as written, and
linking on the true recoverable identifiers (the harness's ceiling) recovers the operations."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from bench_independent_world_2 import pair_scores  # noqa: E402
from bench_independent_world_3 import ceiling_labels, load_truth  # noqa: E402
from independent_world_12 import CONFIGS, write_world  # noqa: E402
from world12_phrases import CONFIG_NAMES, PHRASES  # noqa: E402


def test_five_new_configs_and_eight_languages() -> None:
    assert len(CONFIGS) == 5 and tuple(CONFIGS) == CONFIG_NAMES
    assert {"en", "ja", "zh", "ko", "th", "vi", "id", "tl"} <= set(PHRASES)
    for lang in PHRASES.values():
        assert set(lang["open"]) == set(CONFIGS)


@pytest.mark.parametrize("config", CONFIGS)
def test_world_is_deterministic_consistent_and_passable(config: str, tmp_path: Path) -> None:
    a = write_world(config, 7, 400, tmp_path / "a")
    b = write_world(config, 7, 400, tmp_path / "b")
    for name in ("reports.jsonl", "truth.jsonl", "world.json"):
        assert (a / name).read_bytes() == (b / name).read_bytes()
    reports = [json.loads(line) for line in (a / "reports.jsonl").open(encoding="utf-8")]
    truth = load_truth(a)
    assert len(reports) == len(truth) == 400
    assert [r["external_id"] for r in reports] == [t["external_id"] for t in truth]
    assert len({r["external_id"] for r in reports}) == 400
    world = json.loads((a / "world.json").read_text(encoding="utf-8"))
    assert sum(world["sizes"].values()) == 400
    assert {t["operation"] for t in truth} == set(world["sizes"])
    owners: dict[str, str] = {}
    for report, row in zip(reports, truth, strict=True):
        text = json.dumps(report, ensure_ascii=False)
        for m in row["mentions"]:
            assert json.dumps(m["written"], ensure_ascii=False)[1:-1] in text
            # one identifier, one controller
            assert owners.setdefault(m["key"], m["owner"]) == m["owner"] or m["owner"] == "victim"
    # shared services exist and are used by more than one crew
    by_service: dict[str, set[str]] = {}
    for row in truth:
        for m in row["mentions"]:
            if m["owner"].startswith("svc:"):
                by_service.setdefault(m["owner"], set()).add(row["operation"])
    assert any(len(ops) > 1 for ops in by_service.values())
    # every record is valid intake input (the format's own model, used as a black box)
    from tipoff.intake.schema import ReportIn

    for report in reports:
        ReportIn.model_validate(report)
    ceiling = pair_scores(ceiling_labels(truth), [t["operation"] for t in truth])
    assert ceiling.precision == 1.0
    assert ceiling.ari >= 0.9
