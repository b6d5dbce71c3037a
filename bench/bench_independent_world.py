"""Benchmark: linking quality on the independent world (bench/independent_world.py), via the CLI.

Run: PYTHONPATH=src:. .venv/bin/python bench/bench_independent_world.py
     [--configs compounds,small_crews,fake_police,crypto_global] [--seeds 1,2]
     [--reports 3000] [--work DIR] [--json FILE] [--diagnose 3]

For each configuration and seed it writes the world, then runs tipoff's own command line
in a child process (the ``tipoff`` entry point of the ``tipoff`` package this interpreter
imports): ``db upgrade`` and ``agency add`` on a fresh SQLite file, ``ingest`` of
reports.jsonl, ``relink``. It reads back each report's network and sub-network from the
database and scores them against the world's truth (pairwise precision and recall, ARI:
``tipoff.evaluation.pair_scores``), beside a ceiling: connected components over the
identifiers that the truth says belong to the report's own crew.

Then, for the worst rows by sub-network ARI, a diagnosis: which stored values joined
reports of different crews (kind, reports, crews, what the truth says the value is), and
why each crew's reports came apart (the crew's shared value was not extracted from some
reports, came out as different values, was warninglisted or held back as a hub, or the
crew was linked into one network and then split into sub-networks).
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

import numpy as np

from tipoff.evaluation.pair_scores import PairScores, pair_scores
from tipoff.link.hubs import HubPolicy
from tipoff.settings import load_settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from independent_world import CONFIGS, write_world

HUB_POLICY = HubPolicy.from_settings(load_settings())
CLI = [sys.executable, "-c", "from tipoff.cli.main import run; run()"]
AGENCY = "IW"
DIGIT_MAP = str.maketrans("０１２３４５６７８９๐๑๒๓๔๕๖๗๘๙", "01234567890123456789")


# --------------------------------------------------------------------------- running tipoff


def tipoff(args: list[str], database_url: str, cwd: Path) -> str:
    """Run one tipoff command; its output, or an error naming the command."""
    env = {**os.environ, "COLUMNS": "200"}
    done = subprocess.run(
        [*CLI, *args, "--database-url", database_url],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode not in (0, 3):
        raise RuntimeError(f"tipoff {' '.join(args)} failed ({done.returncode}):\n{done.stderr}")
    return done.stdout + done.stderr


def ingest_and_relink(world_dir: Path, db_path: Path) -> tuple[str, str]:
    """Fresh database, one agency, ``tipoff ingest`` then ``tipoff relink``; their last lines."""
    db_path.unlink(missing_ok=True)
    url = f"sqlite:///{db_path}"
    cwd = db_path.parent
    tipoff(["db", "upgrade"], url, cwd)
    tipoff(["agency", "add", AGENCY, "--name", "Independent world"], url, cwd)
    rejects = db_path.with_suffix(".rejects.jsonl")
    ingested = tipoff(
        [
            "ingest",
            str(world_dir / "reports.jsonl"),
            "--agency",
            AGENCY,
            "--reject-file",
            str(rejects),
        ],
        url,
        cwd,
    )
    relinked = tipoff(["relink"], url, cwd)
    return last_line(ingested, "records:"), last_line(relinked, "linked ")


def last_line(text: str, marker: str) -> str:
    lines = [line.strip() for line in text.splitlines() if marker in line]
    return lines[-1] if lines else text.strip().splitlines()[-1]


# --------------------------------------------------------------------------- what tipoff stored


@dataclass
class Sighting:
    indicator_id: int
    kind: str
    value: str
    common: bool
    role: str
    raw: str
    source: str


@dataclass
class Stored:
    """What the database holds after the relink, keyed by external id."""

    network: dict[str, tuple[int, int]]
    sightings: dict[str, list[Sighting]]
    hubs: dict[int, str]  # indicator id -> reason (link_hubs)
    report_count: dict[int, int]


def read_stored(db_path: Path) -> Stored:
    con = sqlite3.connect(db_path)
    try:
        network = {
            e: (n, s)
            for e, n, s in con.execute(
                "SELECT r.external_id, m.network_id, m.sub_network FROM reports r "
                "JOIN network_members m ON m.report_id = r.id"
            )
        }
        sightings: dict[str, list[Sighting]] = defaultdict(list)
        rows = con.execute(
            "SELECT r.external_id, i.id, i.kind, i.value, i.common, s.role, s.raw, s.source "
            "FROM sightings s JOIN reports r ON r.id = s.report_id "
            "JOIN indicators i ON i.id = s.indicator_id"
        )
        for e, iid, kind, value, common, role, raw, source in rows:
            sightings[e].append(Sighting(iid, kind, value, bool(common), role, raw, source))
        hubs = dict(con.execute("SELECT indicator_id, reason FROM link_hubs"))
        report_count = dict(
            con.execute(
                "SELECT indicator_id, COUNT(DISTINCT report_id) FROM sightings "
                "GROUP BY indicator_id"
            )
        )
    finally:
        con.close()
    return Stored(network, dict(sightings), hubs, report_count)


# --------------------------------------------------------------------------- scoring


def load_truth(world_dir: Path) -> list[dict]:
    with (world_dir / "truth.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def ceiling_labels(truth: list[dict]) -> list[str]:
    """Components over the identifiers that belong to the report's own crew."""
    parent = list(range(len(truth)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first: dict[str, int] = {}
    for i, row in enumerate(truth):
        for ident in row["identifiers"]:
            if ident["owner"] == "crew" and ident["owner_id"] == row["crew"]:
                j = first.setdefault(ident["uid"], i)
                parent[find(i)] = find(j)
    return [str(find(i)) for i in range(len(truth))]


@dataclass
class Row:
    config: str
    seed: int
    reports: int
    crews: int
    stored: int
    networks: PairScores
    sub_networks: PairScores
    ceiling: PairScores
    ingest_line: str
    relink_line: str
    seconds: float
    diagnosis: dict = field(default_factory=dict)


def score(truth: list[dict], stored: Stored) -> tuple[PairScores, PairScores, PairScores]:
    ids = [row["external_id"] for row in truth]
    true = np.array([row["crew"] for row in truth])
    nets = np.array([f"{stored.network[e][0]}" if e in stored.network else f"x:{e}" for e in ids])
    subs = np.array(
        [
            f"{stored.network[e][0]}.{stored.network[e][1]}" if e in stored.network else f"x:{e}"
            for e in ids
        ]
    )
    return (
        pair_scores(nets, true),
        pair_scores(subs, true),
        pair_scores(np.array(ceiling_labels(truth)), true),
    )


# --------------------------------------------------------------------------- diagnosis


def squash(text: str) -> str:
    text = text.translate(DIGIT_MAP).lower()
    return "".join(ch for ch in text if ch not in " -.()\n\t/:[]@_+")


def core(ident: dict) -> str:
    """The part of an identifier that any correct stored value of it must contain."""
    kind, value = ident["kind"], ident["value"]
    if ident["owner"] == "innocent":
        return squash(value.replace("https://", "").replace("www.", ""))
    if kind in ("phone", "whatsapp", "zalo"):
        return squash(value.split(":")[-1])[-8:]
    if kind == "bank_account":
        return value.rsplit(":", 1)[1]
    if kind in ("wallet",):
        return squash(value.split(":", 1)[1])
    if kind in ("line", "telegram", "wechat", "kakao"):
        return squash(value.split(":", 1)[1])
    return squash(value)


def map_sightings(truth_row: dict, sightings: list[Sighting]) -> dict[str, list[Sighting]]:
    """Truth uid -> the stored sightings of this report that are that identifier."""
    out: dict[str, list[Sighting]] = defaultdict(list)
    for ident in truth_row["identifiers"]:
        c = core(ident)
        for s in sightings:
            value = squash(s.value)
            if len(c) < 6:
                # a short handle is stored after its platform ("line:cs92"), which is no part of it
                hit = (
                    value == c
                    or (value.endswith(c) and len(value) - len(c) <= 3)
                    or (s.kind == "handle" and squash(s.value.partition(":")[2]) == c)
                )
            else:
                # a platform host (line.me, t.me) around a handle is not the handle
                hit = c in value or (c in squash(s.raw) and not s.common)
            if hit:
                out[ident["uid"]].append(s)
    return out


def linking(s: Sighting, stored: Stored) -> bool:
    """Whether this sighting can join reports after the relink (not common, reference or hub)."""
    return (
        not s.common
        and s.role != "reference"
        and s.indicator_id not in stored.hubs
        and stored.report_count.get(s.indicator_id, 0) <= HUB_POLICY.threshold(s.kind)
    )


def diagnose(truth: list[dict], stored: Stored, top: int = 12) -> dict:
    index = {row["external_id"]: row for row in truth}
    crew_of = {e: row["crew"] for e, row in index.items()}
    label = {e: stored.network.get(e, (-1, 0)) for e in crew_of}
    mapped = {e: map_sightings(row, stored.sightings.get(e, [])) for e, row in index.items()}
    owner_of_indicator: dict[int, Counter] = defaultdict(Counter)
    coverage: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    missed: dict[str, list[str]] = defaultdict(list)
    for e, row in index.items():
        for ident in row["identifiers"]:
            found = mapped[e].get(ident["uid"], [])
            key = f"{ident['owner']}:{ident['kind']}"
            coverage[key][0] += 1
            coverage[key][1] += bool(found)
            if not found and ident["owner"] != "innocent" and len(missed[key]) < 6:
                missed[key].append(ident["written"][0].replace("\n", "⏎"))
            for s in found:
                owner_of_indicator[s.indicator_id][key] += 1
    merges, false_pairs = false_merges(index, stored, label, owner_of_indicator)
    reasons, examples, lost = splits(index, stored, label, mapped)
    return {
        "extraction_found": {k: f"{v[1]}/{v[0]}" for k, v in sorted(coverage.items())},
        "extraction_missed_examples": dict(missed),
        "false_pairs_by_bridge": dict(false_pairs.most_common()),
        "false_merge_values": merges[:top],
        "false_merge_by_truth": dict(Counter(b["truth"] for b in merges)),
        "split_reasons": dict(reasons.most_common()),
        "split_examples": dict(examples),
        "lost_true_pairs": dict(lost),
    }


def false_merges(
    index: dict[str, dict], stored: Stored, label: dict, owner_of_indicator: dict
) -> tuple[list[dict], Counter]:
    """Values that join reports of several crews in one group, and the false pairs per kind
    of bridge (a group's false pairs go to the truth classes of the values that bridge it)."""
    crew_of = {e: row["crew"] for e, row in index.items()}
    members: dict[tuple[int, int], list[str]] = defaultdict(list)
    for e, lab in label.items():
        members[lab].append(e)
    bridges: dict[int, dict] = {}
    false_pairs: Counter = Counter()
    for lab, reps in members.items():
        crews = Counter(crew_of[e] for e in reps)
        if len(crews) < 2 or lab[0] < 0:
            continue
        by_ind: dict[int, set[str]] = defaultdict(set)
        info: dict[int, Sighting] = {}
        for e in reps:
            for s in stored.sightings.get(e, []):
                if linking(s, stored):
                    by_ind[s.indicator_id].add(e)
                    info[s.indicator_id] = s
        classes = set()
        for iid, es in by_ind.items():
            cs = {crew_of[e] for e in es}
            if len(cs) < 2:
                continue
            s = info[iid]
            owner = owner_of_indicator[iid].most_common(1)
            truth_class = owner[0][0] if owner else f"not in truth: {s.kind}"
            classes.add(truth_class)
            bridges[iid] = {
                "kind": s.kind,
                "value": s.value,
                "reports": len(es),
                "crews": len(cs),
                "truth": truth_class,
                "group_reports": len(reps),
            }
        n = len(reps)
        wrong = n * (n - 1) // 2 - sum(k * (k - 1) // 2 for k in crews.values())
        false_pairs[" + ".join(sorted(classes)) or "no single bridging value"] += wrong
    merges = sorted(bridges.values(), key=lambda b: (-b["crews"], -b["reports"]))
    return merges, false_pairs


def splits(
    index: dict[str, dict], stored: Stored, label: dict, mapped: dict
) -> tuple[Counter, dict[str, list[str]], Counter]:
    """Why crews came apart: per crew value cited in several groups, the reason it did not
    hold them; and the true pairs lost, with those the ceiling loses too (nothing shared)."""
    by_crew: dict[str, list[str]] = defaultdict(list)
    for e, row in index.items():
        by_crew[row["crew"]].append(e)
    ceiling = dict(zip(index, ceiling_labels(list(index.values())), strict=True))
    reasons: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    lost: Counter = Counter()
    for crew, reps in by_crew.items():
        parts = Counter(label[e] for e in reps)
        if len(parts) < 2:
            continue
        total = len(reps) * (len(reps) - 1) // 2
        together = sum(n * (n - 1) // 2 for n in parts.values())
        ceil_together = sum(n * (n - 1) // 2 for n in Counter(ceiling[e] for e in reps).values())
        lost["not joined by any crew value (ceiling loses them too)"] += total - ceil_together
        lost["joinable by crew values, split by tipoff"] += ceil_together - together
        uids: dict[str, list[str]] = defaultdict(list)
        for e in reps:
            for ident in index[e]["identifiers"]:
                if ident["owner"] == "crew" and ident["owner_id"] == crew:
                    uids[ident["uid"]].append(e)
        for uid, es in uids.items():
            if len({label[e] for e in es}) < 2:
                continue
            reason = split_reason(uid, es, mapped, stored, label)
            reasons[reason] += 1
            if len(examples[reason]) < 4:
                ident = next(i for i in index[es[0]]["identifiers"] if i["uid"] == uid)
                written = ident["written"][0].replace("\n", "⏎")
                examples[reason].append(f"{crew} {ident['kind']} {written!r} ({len(es)} reports)")
    return reasons, examples, lost


def split_reason(uid: str, reports: list[str], mapped: dict, stored: Stored, label: dict) -> str:
    """Why a crew value cited by reports in different groups did not hold them together."""
    found = [mapped[e].get(uid, []) for e in reports]
    if any(not f for f in found):
        return "not extracted from some of its reports"
    usable = [[s for s in f if linking(s, stored)] for f in found]
    if any(not u for u in usable):
        why = set()
        for f in found:
            for s in f:
                if s.common:
                    why.add("warninglisted")
                elif s.role == "reference":
                    why.add("role reference")
                elif s.indicator_id in stored.hubs:
                    why.add("hub: " + stored.hubs[s.indicator_id])
                elif not linking(s, stored):
                    why.add("hub: over the count threshold")
        return "held back: " + ", ".join(sorted(why))
    shared = set.intersection(*({s.indicator_id for s in u} for u in usable))
    if not shared:
        return "came out as different stored values"
    if len({label[e][0] for e in reports}) == 1:
        return "same network, other sub-network"
    # the value links inside one group; its citations from the crew's other groups were cut
    return "kept in one group, citations from the crew's other groups cut"


# --------------------------------------------------------------------------- driver


def run_world(config: str, seed: int, n_reports: int, work: Path) -> Row:
    started = time.perf_counter()
    world_dir = write_world(work, CONFIGS[config], seed, n_reports)
    ingest_line, relink_line = ingest_and_relink(world_dir, work / f"{config}-s{seed}.db")
    stored = read_stored(work / f"{config}-s{seed}.db")
    truth = load_truth(world_dir)
    networks, subs, ceiling = score(truth, stored)
    row = Row(
        config,
        seed,
        len(truth),
        len({t["crew"] for t in truth}),
        len(stored.network),
        networks,
        subs,
        ceiling,
        ingest_line,
        relink_line,
        time.perf_counter() - started,
    )
    row.diagnosis = diagnose(truth, stored)
    return row


def fmt(p: PairScores) -> str:
    return f"{p.ari:.3f} / {p.precision:.3f} / {p.recall:.3f}"


def table(rows: list[Row]) -> str:
    head = (
        "| config | seed | reports | true groups | networks ARI / P / R "
        "| sub-networks ARI / P / R | ceiling ARI / P / R |"
    )
    lines = [head, "|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(
            f"| {r.config} | {r.seed} | {r.reports} | {r.crews} | {fmt(r.networks)} "
            f"| {fmt(r.sub_networks)} | {fmt(r.ceiling)} |"
        )
    return "\n".join(lines)


def diagnosis_text(row: Row) -> str:
    d = row.diagnosis
    out = [
        f"### {row.config} seed {row.seed}: sub-network ARI {row.sub_networks.ari:.3f}, "
        f"P {row.sub_networks.precision:.3f}, R {row.sub_networks.recall:.3f}",
        f"- ingest: {row.ingest_line}",
        f"- relink: {row.relink_line}",
        f"- true pairs lost: {d['lost_true_pairs']}",
        f"- false pairs by what bridged the group: {d['false_pairs_by_bridge']}",
        f"- mentions found in the stored sightings: {d['extraction_found']}",
        f"- missed (first written form): {d['extraction_missed_examples']}",
        f"- values joining >1 crew in one sub-network, by truth: {d['false_merge_by_truth']}",
        "- top joining values (kind, value, reports, crews, truth):",
    ]
    for b in d["false_merge_values"][:8]:
        out.append(
            f"  - {b['kind']} `{b['value']}`: {b['reports']} reports, {b['crews']} crews, "
            f"{b['truth']} (group of {b['group_reports']})"
        )
    out.append(
        f"- why crew values failed to join the crew's parts (crew values): {d['split_reasons']}"
    )
    for reason, ex in d["split_examples"].items():
        out.append(f"  - {reason}: " + "; ".join(ex[:3]))
    return "\n".join(out)


def row_json(row: Row) -> dict:
    return {
        "config": row.config,
        "seed": row.seed,
        "reports": row.reports,
        "true_groups": row.crews,
        "stored": row.stored,
        "networks": asdict(row.networks),
        "sub_networks": asdict(row.sub_networks),
        "ceiling": asdict(row.ceiling),
        "ingest": row.ingest_line,
        "relink": row.relink_line,
        "seconds": round(row.seconds, 1),
        "diagnosis": row.diagnosis,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--configs", default=",".join(CONFIGS))
    parser.add_argument("--seeds", default="1,2")
    parser.add_argument("--reports", type=int, default=3000)
    parser.add_argument("--work", type=Path)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--diagnose", type=int, default=3, help="worst rows to diagnose")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tipoff-iw-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        rows = []
        for config in args.configs.split(","):
            for seed in (int(s) for s in args.seeds.split(",")):
                row = run_world(config, seed, args.reports, work)
                print(
                    f"{config} s{seed}: sub-networks {fmt(row.sub_networks)}  ceiling "
                    f"{fmt(row.ceiling)}  ({row.seconds:.1f} s)",
                    flush=True,
                )
                rows.append(row)
    print()
    print(table(rows))
    ranked = sorted(rows, key=lambda r: r.sub_networks.ari)
    print(
        f"\nworst row: {ranked[0].config} seed {ranked[0].seed}, sub-network ARI "
        f"{ranked[0].sub_networks.ari:.3f}\n"
    )
    for row in ranked[: args.diagnose]:
        print(diagnosis_text(row))
        print()
    if args.json:
        args.json.write_text(json.dumps([row_json(r) for r in rows], indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
