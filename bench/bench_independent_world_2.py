"""Benchmark: tipoff's linking on the second independent world (bench/independent_world_2.py).

Run: PYTHONPATH=src:. .venv/bin/python bench/bench_independent_world_2.py
     [--configs compounds,mule_herders,phone_farms,mirror_platforms,romance_lone] [--seeds 1,2]
     [--reports 3000] [--work DIR] [--json FILE] [--diagnose 2]

For each configuration and seed it writes the world, then runs tipoff's own command line in a
child process: ``db upgrade`` and ``agency add`` on a fresh SQLite file, ``ingest`` of
reports.jsonl, ``relink``. It reads each report's network and sub-network back from the
database and scores them against the world's truth (pairwise precision, recall and adjusted
Rand index, computed here), beside a CEILING: union-find over the identifiers that the truth
says belong to the report's own crew and are written recoverably (no typo, OCR slip or
truncation), which shows the world can be linked.

The diagnosis (``--diagnose N``, worst N rows by sub-network ARI) looks at the truth side
only: which true crews ended in one sub-network and through which kind of true value their
reports are connected (a service shared by crews, an innocent value), and which crews were
split over several sub-networks.

Written blind to the linker (see bench/independent_world_2.py); evaluation data, not to be
tuned to.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from independent_world_2 import CONFIGS, write_world

CLI = [sys.executable, "-c", "from tipoff.cli.main import run; run()"]
AGENCY = "W2"

# --------------------------------------------------------------------------- scores


@dataclass
class Scores:
    precision: float
    recall: float
    ari: float
    clusters: int


def pairs(n: int) -> int:
    return n * (n - 1) // 2


def pair_scores(predicted: list[str], truth: list[str]) -> Scores:
    """Pairwise precision and recall, and the adjusted Rand index, of two labellings."""
    both = Counter(zip(predicted, truth, strict=True))
    agree = sum(pairs(n) for n in both.values())
    p_pairs = sum(pairs(n) for n in Counter(predicted).values())
    t_pairs = sum(pairs(n) for n in Counter(truth).values())
    total = pairs(len(truth))
    expected = p_pairs * t_pairs / total if total else 0.0
    top = 0.5 * (p_pairs + t_pairs) - expected
    ari = (agree - expected) / top if top else 1.0
    return Scores(
        precision=agree / p_pairs if p_pairs else 1.0,
        recall=agree / t_pairs if t_pairs else 1.0,
        ari=ari,
        clusters=len(set(predicted)),
    )


def ceiling_labels(truth: list[dict], group: str = "crew") -> list[str]:
    """Connected components over each report's own crew's recoverable identifiers (``group``:
    the truth field naming the report's crew; the third world calls it "operation")."""
    parent = list(range(len(truth)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first: dict[str, int] = {}
    for i, row in enumerate(truth):
        for m in row["mentions"]:
            if m["owner"] != row[group] or not m["recoverable"]:
                continue
            j = first.setdefault(m["key"], i)
            parent[find(i)] = find(j)
    return [str(find(i)) for i in range(len(truth))]


# --------------------------------------------------------------------------- running tipoff


def tipoff(args: list[str], url: str, cwd: Path) -> str:
    """One tipoff command in a child process; its output, or an error naming it."""
    done = subprocess.run(
        [*CLI, *args, "--database-url", url],
        cwd=cwd,
        env={**os.environ, "COLUMNS": "200"},
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode not in (0, 3):
        raise RuntimeError(f"tipoff {' '.join(args)} failed ({done.returncode}):\n{done.stderr}")
    return done.stdout + done.stderr


def last_line(text: str, marker: str) -> str:
    lines = [line.strip() for line in text.splitlines() if marker in line]
    return lines[-1] if lines else (text.strip().splitlines() or [""])[-1]


def ingest_and_relink(world: Path, db: Path) -> tuple[str, str]:
    db.unlink(missing_ok=True)
    url = f"sqlite:///{db}"
    tipoff(["db", "upgrade"], url, db.parent)
    tipoff(["agency", "add", AGENCY, "--name", "Independent world 2"], url, db.parent)
    reject = db.with_suffix(".rejects.jsonl")
    ingested = tipoff(
        ["ingest", str(world / "reports.jsonl"), "--agency", AGENCY, "--reject-file", str(reject)],
        url,
        db.parent,
    )
    relinked = tipoff(["relink"], url, db.parent)
    return last_line(ingested, "records:"), last_line(relinked, "link")


def read_networks(db: Path) -> dict[str, tuple[int, int]]:
    con = sqlite3.connect(db)
    try:
        return {
            e: (n, s)
            for e, n, s in con.execute(
                "SELECT r.external_id, m.network_id, m.sub_network FROM reports r "
                "JOIN network_members m ON m.report_id = r.id"
            )
        }
    finally:
        con.close()


# --------------------------------------------------------------------------- one world


@dataclass
class Row:
    config: str
    seed: int
    reports: int
    crews: int
    networks: Scores
    sub_networks: Scores
    ceiling: Scores
    ingest: str
    relink: str
    seconds: float
    diagnosis: dict = field(default_factory=dict)


def load_truth(world: Path) -> list[dict]:
    with (world / "truth.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def labels(truth: list[dict], net: dict[str, tuple[int, int]], sub: bool) -> list[str]:
    out = []
    for row in truth:
        e = row["external_id"]
        if e not in net:
            out.append(f"x:{e}")
        else:
            out.append(f"{net[e][0]}.{net[e][1]}" if sub else str(net[e][0]))
    return out


def run_world(config: str, seed: int, n_reports: int, work: Path) -> tuple[Row, list, list]:
    started = time.perf_counter()
    world = work / f"{config}-{seed}"
    write_world(config, seed, n_reports, world)
    ingest_line, relink_line = ingest_and_relink(world, work / f"{config}-{seed}.db")
    net = read_networks(work / f"{config}-{seed}.db")
    truth = load_truth(world)
    true = [row["crew"] for row in truth]
    subs = labels(truth, net, sub=True)
    row = Row(
        config=config,
        seed=seed,
        reports=len(truth),
        crews=len(set(true)),
        networks=pair_scores(labels(truth, net, sub=False), true),
        sub_networks=pair_scores(subs, true),
        ceiling=pair_scores(ceiling_labels(truth), true),
        ingest=ingest_line,
        relink=relink_line,
        seconds=time.perf_counter() - started,
    )
    return row, truth, subs


# --------------------------------------------------------------------------- truth-side diagnosis


def pair_budget(truth: list[dict], predicted: list[str]) -> dict:
    """Where the pairs went: false pairs by what the truth says joins the crews in a
    sub-network (innocent values only, services only, both, nothing shared); true pairs
    missed, and how many of those the ceiling keeps (linkable on the crew's own values)."""
    crew_of = [row["crew"] for row in truth]
    ceiling = ceiling_labels(truth)
    members: dict[str, list[int]] = defaultdict(list)
    for i, label in enumerate(predicted):
        members[label].append(i)
    false_by: Counter[str] = Counter()
    for idx in members.values():
        crews = Counter(crew_of[i] for i in idx)
        if len(crews) < 2:
            continue
        wrong = pairs(len(idx)) - sum(pairs(n) for n in crews.values())
        seen: dict[str, set[str]] = defaultdict(set)
        types: dict[str, str] = {}
        for i in idx:
            for m in truth[i]["mentions"]:
                seen[m["key"]].add(crew_of[i])
                types[m["key"]] = m["owner_type"]
        shared = {types[k] for k, cs in seen.items() if len(cs) > 1}
        if not shared:
            cause = "nothing shared in the truth"
        elif shared == {"innocent"}:
            cause = "innocent values only"
        elif shared == {"service"}:
            cause = "services only"
        else:
            cause = "innocent values and services"
        false_by[cause] += wrong
    missed = Counter()
    same_crew = Counter(zip(crew_of, predicted, strict=True))
    same_crew_ceiling = Counter(zip(crew_of, ceiling, strict=True))
    both = Counter(zip(crew_of, predicted, ceiling, strict=True))
    true_pairs = sum(pairs(n) for n in Counter(crew_of).values())
    missed["true pairs"] = true_pairs
    missed["missed by tipoff"] = true_pairs - sum(pairs(n) for n in same_crew.values())
    missed["missed by the ceiling"] = true_pairs - sum(pairs(n) for n in same_crew_ceiling.values())
    # pairs the ceiling links but tipoff does not: same crew and ceiling part, different label
    by_part: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for (crew, label, part), n in both.items():
        by_part[(crew, part)][label] += n
    missed["linkable but missed"] = sum(
        pairs(sum(c.values())) - sum(pairs(n) for n in c.values()) for c in by_part.values()
    )
    return {"false_pairs_by_cause": false_by.most_common(), "recall_budget": dict(missed)}


def diagnose(truth: list[dict], predicted: list[str], top: int = 6) -> dict:
    """Merged crews and the true values joining them; split crews and their sizes."""
    crew_of = [row["crew"] for row in truth]
    ceiling = ceiling_labels(truth)
    members: dict[str, list[int]] = defaultdict(list)
    for i, label in enumerate(predicted):
        members[label].append(i)
    crew_size = Counter(crew_of)
    merged = []
    lost_pairs: Counter[str] = Counter()
    for label, idx in members.items():
        crews = Counter(crew_of[i] for i in idx)
        if len(crews) < 2:
            continue
        wrong = sum(pairs(n) for n in [len(idx)]) - sum(pairs(n) for n in crews.values())
        by_value: dict[str, set[str]] = defaultdict(set)
        kind_of: dict[str, tuple[str, str, str]] = {}
        for i in idx:
            for m in truth[i]["mentions"]:
                by_value[m["key"]].add(crew_of[i])
                kind_of[m["key"]] = (m["kind"], m["owner_type"], m["role"])
        bridges = Counter()
        for key, cs in by_value.items():
            if len(cs) > 1:
                kind, owner_type, role = kind_of[key]
                bridges[f"{owner_type}/{kind}/{role}"] += len(cs) - 1
                lost_pairs[f"{owner_type}/{kind}/{role}"] += len(cs) - 1
        examples = sorted(
            ((len(cs), key) for key, cs in by_value.items() if len(cs) > 1), reverse=True
        )[:4]
        merged.append(
            {
                "sub_network": label,
                "reports": len(idx),
                "crews": len(crews),
                "largest_crews": crews.most_common(3),
                "false_pairs": wrong,
                "bridging_value_types": bridges.most_common(5),
                "bridging_values": [f"{key} ({n} crews)" for n, key in examples],
            }
        )
    merged.sort(key=lambda m: -m["false_pairs"])
    splits = []
    for crew, n in crew_size.items():
        if n < 2:
            continue
        parts = Counter(predicted[i] for i in range(len(truth)) if crew_of[i] == crew)
        if len(parts) < 2:
            continue
        missed = pairs(n) - sum(pairs(k) for k in parts.values())
        kinds = Counter(
            m["kind"]
            for i in range(len(truth))
            if crew_of[i] == crew
            for m in truth[i]["mentions"]
            if m["owner"] == crew
        )
        splits.append(
            {
                "crew": crew,
                "kind": next(t["kind"] for t in truth if t["crew"] == crew),
                "reports": n,
                "parts": len(parts),
                "ceiling_parts": len({ceiling[i] for i in range(len(truth)) if crew_of[i] == crew}),
                "largest_parts": [k for _, k in parts.most_common(4)],
                "missed_pairs": missed,
                "own_value_kinds": kinds.most_common(),
            }
        )
    splits.sort(key=lambda s: -s["missed_pairs"])
    return {
        **pair_budget(truth, predicted),
        "merged": merged[:top],
        "merged_by_bridge_type": lost_pairs.most_common(8),
        "split": splits[:top],
    }


# --------------------------------------------------------------------------- output


def fmt(s: Scores) -> str:
    return f"{s.ari:5.2f} {s.precision:5.2f} {s.recall:5.2f}"


def table(rows: list[Row]) -> str:
    head = (
        f"{'config':17} {'seed':>4} {'reports':>7} {'crews':>5} | "
        f"{'sub-network ARI  P     R':24} | {'network ARI  P     R':21} | "
        f"{'ceiling ARI  P     R':21} | {'s':>4}"
    )
    lines = [head, "-" * len(head)]
    for r in rows:
        lines.append(
            f"{r.config:17} {r.seed:>4} {r.reports:>7} {r.crews:>5} | {fmt(r.sub_networks):24} | "
            f"{fmt(r.networks):21} | {fmt(r.ceiling):21} | {r.seconds:4.0f}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--configs", default=",".join(CONFIGS))
    parser.add_argument("--seeds", default="1,2")
    parser.add_argument("--reports", type=int, default=3000)
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--diagnose", type=int, default=2)
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="world2-"))
    work.mkdir(parents=True, exist_ok=True)
    rows: list[Row] = []
    kept: dict[tuple[str, int], tuple[list, list]] = {}
    for config in args.configs.split(","):
        for seed in (int(s) for s in args.seeds.split(",")):
            row, truth, subs = run_world(config, seed, args.reports, work)
            rows.append(row)
            kept[(config, seed)] = (truth, subs)
            print(table([row]).splitlines()[-1], flush=True)
    print()
    print(table(rows))
    for row in sorted(rows, key=lambda r: r.sub_networks.ari)[: args.diagnose]:
        truth, subs = kept[(row.config, row.seed)]
        row.diagnosis = diagnose(truth, subs)
        print(f"\n== diagnosis (truth side): {row.config} seed {row.seed}")
        print(json.dumps(row.diagnosis, indent=1, ensure_ascii=False, default=str))
    if args.json:
        args.json.write_text(
            json.dumps([asdict(r) for r in rows], indent=1, ensure_ascii=False, default=str),
            encoding="utf-8",
        )
    print(f"\nworlds and databases under {work}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
