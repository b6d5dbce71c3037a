"""Learning from analysts at full size: ``tipoff train --from-db`` on every public set (a
measurement, not a timing; two full trainings, about 10 minutes on the shared 2-core machine).

    .venv/bin/python bench/bench_from_db.py [--data-dir ../shared/data] [--work DIR]

The case of tests/assess/test_assess_from_db.py (Korean obituary smishing and Vietnamese
power-cut threats judged scam, the ordinary messages they resemble judged not_scam, stored
through intake with a victim's number that redaction removes) with the real training data
instead of the seed set alone: the shipped model, the same full training without the verdicts
(control) and with them (``--from-db``) are scored on messages of the same kinds none of them
trained on, and the public held-out figures of control and taught are printed side by side, so
a verdict that helps the agency's messages and hurts the public sets would show.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from typer.testing import CliRunner

from tipoff.assess import assess_many, bundled_model, load_model
from tipoff.assess.examples import normalise_for_split
from tipoff.cli.main import build_app

CASE = Path(__file__).resolve().parent.parent / "tests" / "assess" / "test_assess_from_db.py"


def _case() -> ModuleType:
    spec = importlib.util.spec_from_file_location("from_db_case", CASE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score(model: Any, scams: list[str], ordinary: list[str]) -> tuple[int, int]:
    called = [a.outcome == "scam" for a in assess_many(scams, model=model)]
    spared = [a.outcome != "scam" for a in assess_many(ordinary, model=model)]
    return sum(called), sum(spared)


def _train(args: list[str]) -> float:
    started = time.monotonic()
    result = CliRunner().invoke(build_app(), args)
    if result.exit_code != 0:
        raise SystemExit(result.output)
    return time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    parser.add_argument("--work", type=Path, default=None, help="keep the models here")
    parser.add_argument("--judged", type=int, default=16, help="verdicts per kind of message")
    options = parser.parse_args()
    work = options.work or Path(tempfile.mkdtemp(prefix="from-db-"))
    work.mkdir(parents=True, exist_ok=True)
    case = _case()
    judged = case._messages(seed=1, per_family=options.judged)
    unseen = case._messages(seed=2, per_family=12)
    trained = {normalise_for_split(t) for texts in judged.values() for t in texts}
    unseen = {
        f: [t for t in ts if normalise_for_split(t) not in trained] for f, ts in unseen.items()
    }
    url = f"sqlite:///{work / 'agency.db'}"
    if not (work / "agency.db").exists():
        case._store_judged(url, judged)
    scams = unseen["ko_scam"] + unseen["vi_scam"]
    ordinary = unseen["ko_ordinary"] + unseen["vi_ordinary"]
    common = ["train", "--data-dir", str(options.data_dir), "--date", "2026-12-06"]
    seconds = {
        "control": _train([*common, "--out", str(work / "control")]),
        "taught": _train(
            [*common, "--from-db", "--database-url", url, "--out", str(work / "taught")]
        ),
    }
    rows = {"shipped": _score(bundled_model(), scams, ordinary)}
    held: dict[str, dict[str, Any]] = {}
    for name in ("control", "taught"):
        model = load_model(work / name)
        rows[name] = _score(model, scams, ordinary)
        held[name] = model.metadata.get("held_out", {})
    load = os.getloadavg()[0]
    print(
        f"judged texts: {sum(len(t) for t in judged.values())}; unseen: {len(scams)} scams, "
        f"{len(ordinary)} ordinary; load average {load:.1f}; {os.cpu_count()} cores"
    )
    print("| model | scams called scam | ordinary not called scam | training s |")
    print("|---|---|---|---|")
    for name, (called, spared) in rows.items():
        took = f"{seconds[name]:.0f}" if name in seconds else "–"
        print(f"| {name} | {called} / {len(scams)} | {spared} / {len(ordinary)} | {took} |")
    print("\n| public held-out set | control acc | taught acc | control scam F1 | taught scam F1 |")
    print("|---|---|---|---|---|")
    for name in sorted(held["control"]):
        c, t = held["control"][name], held["taught"].get(name, {})
        print(
            f"| {name} | {c['accuracy']} | {t.get('accuracy')} | {c['scam_f1']} | "
            f"{t.get('scam_f1')} |"
        )
    (work / "figures.json").write_text(json.dumps({"rows": rows, "held_out": held}, indent=2))
    print(f"\nmodels and figures in {work}")


if __name__ == "__main__":
    main()
