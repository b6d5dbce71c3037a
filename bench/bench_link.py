"""Benchmark: full linking of 1,000,000 reports and incremental adds, side by side with peers.

Run: .venv/bin/python bench/bench_link.py [--reports 1000000] [--seed 7] [--nx-reports 200000]

The link arrays are synthesised directly (no text extraction): networks with a
heavy-tailed (Pareto) size distribution, each with a pool of shared identifiers, plus
per-report one-off identifiers, warninglisted values and hub values, about 5 links per
report. Every measured part runs in a child process pinned to one core, so its peak
memory (ru_maxrss) and time are its own.

Printed: ours (tipoff.link full relink: dedupe, hub/common filter, components, stable
ids, index) vs scipy.sparse.csgraph.connected_components and networkx.connected_components
on the same report–identifier edges, with ratios; networkx runs on the first
--nx-reports reports only (it needs several GB for the full edge list), and ours and
scipy are also timed on exactly that subset. Then adds of new reports one at a time to
the linked world (p50/p99/max), the index's memory per sighting, and the Leiden split.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HUB_THRESHOLD = 1000
LEIDEN_MIN_SIZE = 50  # settings.leiden_min_size


def synthesise(n_reports: int, seed: int, payee_share: float = 0.0) -> dict[str, np.ndarray]:
    """Report–indicator pairs of a world with heavy-tailed network sizes; ``payee_share`` of
    the networks' shared identifiers are bank accounts (the rest, and every other value, have
    no kind the payee rules look at)."""
    rng = np.random.default_rng(seed)
    sizes = np.minimum((rng.pareto(1.2, size=n_reports) + 1).astype(np.int64), 20_000)
    sizes = sizes[: int(np.searchsorted(np.cumsum(sizes), n_reports)) + 1]
    sizes[-1] -= int(sizes.sum()) - n_reports
    network = rng.permutation(np.repeat(np.arange(sizes.size), sizes))  # arrival order is random
    pool = np.maximum(1, np.ceil(sizes * 0.3)).astype(np.int64)
    pool_start = np.concatenate(([0], np.cumsum(pool)[:-1]))
    n_pool = int(pool.sum())
    shared_per_report = 1 + rng.binomial(3, 0.5, n_reports)
    rep = np.repeat(np.arange(n_reports), shared_per_report)
    net = network[rep]
    shared = pool_start[net] + (rng.random(rep.size) * pool[net]).astype(np.int64)
    unique_per_report = rng.poisson(2.4, n_reports)
    rep_u = np.repeat(np.arange(n_reports), unique_per_report)
    unique = n_pool + np.arange(rep_u.size)
    n_common, n_hubs = 100, 20
    rep_c = np.flatnonzero(rng.random(n_reports) < 0.10)
    common_ids = n_pool + rep_u.size + rng.integers(0, n_common, rep_c.size)
    rep_h = rng.integers(
        0, n_reports, n_hubs * 3000
    )  # ~3,000 reports each: over the count threshold
    hub_ids = n_pool + rep_u.size + n_common + rng.integers(0, n_hubs, rep_h.size)
    reports = np.concatenate((rep, rep_u, rep_c, rep_h))
    indicators = np.concatenate((shared, unique, common_ids, hub_ids))
    n_indicators = n_pool + rep_u.size + n_common + n_hubs
    common = np.zeros(n_indicators, dtype=bool)
    common[n_pool + rep_u.size : n_pool + rep_u.size + n_common] = True
    kinds = np.zeros(n_indicators, dtype=np.int8)
    if payee_share > 0:
        from tipoff.link.hubs import KIND_CODES

        # A generator of its own, so that the links are the same with and without payees.
        accounts = np.random.default_rng(seed + 1).random(n_pool) < payee_share
        kinds[:n_pool][accounts] = KIND_CODES["bank_account"]
    # The scam-type family each report states (tipoff.link.payee_types): one of six per
    # network, stated by 80% of its reports; a generator of its own, links unchanged.
    typed = np.random.default_rng(seed + 2)
    families = typed.integers(0, 6, sizes.size)[network]
    families[typed.random(n_reports) >= 0.8] = -1
    # The victim's country (step 7c): each network works one or two of ten markets, each
    # report is from one of them; a generator of its own, links unchanged.
    placed = np.random.default_rng(seed + 3)
    first = placed.integers(0, 10, sizes.size)
    second = np.where(placed.random(sizes.size) < 0.5, placed.integers(0, 10, sizes.size), first)
    markets = np.where(placed.random(n_reports) < 0.5, first[network], second[network])
    # The field each sighting came in (tipoff.link.components.mention_only): 60 % of the
    # networks' and one-off values' sightings in the scam's messages, payments or identifiers,
    # the rest in the narrative; 2 % of the shared values (a brand the crews impersonate) and
    # every common or hub value only ever in the narrative. A generator of its own, links
    # unchanged.
    fields = np.random.default_rng(seed + 4)
    narrated = np.zeros(n_indicators, dtype=bool)
    narrated[:n_pool] = fields.random(n_pool) < 0.02
    narrated[n_pool + rep_u.size :] = True
    structured = (fields.random(reports.size) < 0.6) & ~narrated[indicators]
    return {
        "reports": reports,
        "indicators": indicators,
        "common": common,
        "kinds": kinds,
        "truth": network,
        "families": families,
        "markets": markets,
        "structured": structured,
    }


def subset(world: dict[str, np.ndarray], n_reports: int) -> dict[str, np.ndarray]:
    keep = world["reports"] < n_reports
    return {
        **world,
        "reports": world["reports"][keep],
        "indicators": world["indicators"][keep],
        "structured": world["structured"][keep],
    }


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- parts, each run in its own child process ---------------------------------------------


def part_ours(data: dict[str, np.ndarray], n_reports: int) -> dict[str, float]:
    from tipoff.link.components import make_links
    from tipoff.link.hubs import HubPolicy
    from tipoff.link.index import NetworkIndex
    from tipoff.link.pipeline import link_world

    kinds = data["kinds"]
    present = np.ones(n_reports, dtype=bool)
    start = time.perf_counter()
    links = make_links(
        data["reports"],
        data["indicators"],
        kinds,
        data["common"],
        present,
        attributed=data["structured"],
    )
    _, _, components = NetworkIndex.build(links, HubPolicy(HUB_THRESHOLD))
    components_seconds = time.perf_counter() - start
    result = link_world(
        links,
        HubPolicy(HUB_THRESHOLD),
        leiden_min_size=LEIDEN_MIN_SIZE,
        seed=1,
        families=data["families"][:n_reports],
        markets=data["markets"][:n_reports],
    )
    NetworkIndex.build(
        result.links if result.links is not None else links,
        HubPolicy(HUB_THRESHOLD),
        excluded=result.excluded,
    )
    pipeline_seconds = time.perf_counter() - start
    sizes = np.bincount(components.labels)
    return {
        "seconds": components_seconds,
        "pipeline_seconds": pipeline_seconds,
        "spread_hubs": int(result.excluded.sum()),
        "peak_rss_mb": peak_rss_mb(),
        "components": components.n_components,
        "networks_2plus": int((sizes >= 2).sum()),
        "largest": int(sizes.max()),
        "hubs": int((~components.linkable & ~links.common & (components.counts > 0)).sum()),
        "sightings": int(links.report_idx.size),
    }


def part_scipy(data: dict[str, np.ndarray], n_reports: int) -> dict[str, float]:
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    n = n_reports + data["common"].size
    start = time.perf_counter()
    rows, cols = data["reports"], data["indicators"] + n_reports
    graph = coo_matrix((np.ones(rows.size, np.int8), (rows, cols)), shape=(n, n)).tocsr()
    _count, labels = connected_components(graph, directed=False)
    seconds = time.perf_counter() - start
    report_components = np.unique(labels[:n_reports]).size
    return {"seconds": seconds, "peak_rss_mb": peak_rss_mb(), "components": report_components}


def part_networkx(data: dict[str, np.ndarray], n_reports: int) -> dict[str, float]:
    import networkx as nx

    start = time.perf_counter()
    graph = nx.Graph()
    graph.add_nodes_from(range(n_reports))
    graph.add_edges_from(
        zip(data["reports"].tolist(), (data["indicators"] + n_reports).tolist(), strict=True)
    )
    components = sum(1 for c in nx.connected_components(graph) if min(c) < n_reports)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "peak_rss_mb": peak_rss_mb(), "components": components}


def part_incremental(data: dict[str, np.ndarray], n_reports: int, n_adds: int) -> dict[str, float]:
    from tipoff.link.communities import split_oversized
    from tipoff.link.components import make_links
    from tipoff.link.hubs import HubPolicy
    from tipoff.link.index import NetworkIndex

    world = n_reports - n_adds
    keep = data["reports"] < world
    kinds = data["kinds"]
    links = make_links(
        data["reports"][keep], data["indicators"][keep], kinds, data["common"], np.ones(world, bool)
    )
    index, _, components = NetworkIndex.build(links, HubPolicy(HUB_THRESHOLD))
    memory = sum(
        a.nbytes
        for a in (
            index.parent,
            index.size,
            index.network,
            index.anchor,
            index.count,
            index.kind,
            index.common,
        )
    )
    later = ~keep
    order = np.argsort(data["reports"][later], kind="stable")
    reports, indicators = data["reports"][later][order], data["indicators"][later][order]
    bounds = np.searchsorted(reports, np.arange(world, n_reports + 1))
    common = data["common"]
    timings, merges = [], 0
    for k, report_id in enumerate(range(world, n_reports)):
        ids = indicators[bounds[k] : bounds[k + 1]].tolist()
        start = time.perf_counter_ns()
        result = index.add_report(report_id, [(i, 0, bool(common[i])) for i in ids], at=float(k))
        timings.append(time.perf_counter_ns() - start)
        merges += len(result.merged)
    micros = np.array(timings) / 1000
    start = time.perf_counter()
    sub = split_oversized(links, components, min_size=500, seed=1)
    leiden_seconds = time.perf_counter() - start
    sizes = np.bincount(components.labels)
    return {
        "world": world,
        "adds": n_adds,
        "p50_us": float(np.percentile(micros, 50)),
        "p99_us": float(np.percentile(micros, 99)),
        "max_us": float(micros.max()),
        "merges": merges,
        "index_bytes": memory,
        "sightings": int(links.report_idx.size),
        "leiden_seconds": leiden_seconds,
        "split_networks": int((sizes > 500).sum()),
        "split_reports": int(sizes[sizes > 500].sum()),
        "sub_networks": int(
            np.unique(components.labels[sub > 0] * (int(sub.max()) + 1) + sub[sub > 0]).size
        ),
    }


def part_persisted(data: dict[str, np.ndarray], n_reports: int, n_adds: int) -> dict[str, float]:
    """Adds through the store (SQLite file, one transaction per report) after a relink."""
    from datetime import UTC, datetime

    from tipoff.link.hubs import HubPolicy
    from tipoff.link.persistence import LinkUpdater, relink
    from tipoff.store import migrate
    from tipoff.store.engine import make_engine
    from tipoff.store.records import NewReport, NewSighting
    from tipoff.store.sql import SqlReportStore

    order = np.argsort(data["reports"], kind="stable")
    reports, indicators = data["reports"][order], data["indicators"][order]
    bounds = np.searchsorted(reports, np.arange(n_reports + 1))
    now = datetime(2026, 1, 1, tzinfo=UTC)

    def report(k: int) -> NewReport:
        found = tuple(
            NewSighting(
                "phone",
                f"+{10**11 + i}",
                "caller",
                f"+{10**11 + i}",
                "narrative",
                None,
                None,
                1.0,
                bool(data["common"][i]),
            )
            for i in sorted(set(indicators[bounds[k] : bounds[k + 1]].tolist()))
        )
        return NewReport(
            external_id=f"r{k}", received_at=now, tlp="amber", loss_usd=100.0, sightings=found
        )

    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{tmp}/bench.db")
        migrate.upgrade(engine)
        store = SqlReportStore(engine)
        agency = store.add_agency("BENCH", "bench", None, at=now)
        world = n_reports - n_adds
        for start in range(0, world, 2000):
            store.save_reports(
                agency,
                [report(k) for k in range(start, min(world, start + 2000))],
                at=now,
                actor="bench",
            )
        started = time.perf_counter()
        relink(engine, HubPolicy(HUB_THRESHOLD), 500, now)
        relink_seconds = time.perf_counter() - started
        updater = LinkUpdater(engine, HubPolicy(HUB_THRESHOLD))
        updater.add([], now)  # loads the index once
        timings = []
        for k in range(world, n_reports):
            [saved] = store.save_reports(agency, [report(k)], at=now, actor="bench")
            start = time.perf_counter_ns()
            updater.add([saved.id], now)
            timings.append(time.perf_counter_ns() - start)
        engine.dispose()
    millis = np.array(timings) / 1e6
    return {
        "world": world,
        "adds": n_adds,
        "relink_seconds": relink_seconds,
        "p50_ms": float(np.percentile(millis, 50)),
        "p99_ms": float(np.percentile(millis, 99)),
        "max_ms": float(millis.max()),
    }


def run_part(name: str, path: Path, n_reports: int, extra: int = 0) -> dict[str, float]:
    """Run one part in a fresh interpreter pinned to one core; return its JSON result."""
    env = {
        **os.environ,
        "OMP_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
    }
    out = subprocess.run(
        [
            sys.executable,
            __file__,
            "--part",
            name,
            "--data",
            str(path),
            "--reports",
            str(n_reports),
            "--adds",
            str(extra),
        ],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def child(args: argparse.Namespace) -> None:
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    loaded = np.load(args.data)
    data = {k: loaded[k] for k in loaded.files}
    parts = {"ours": part_ours, "scipy": part_scipy, "networkx": part_networkx}
    if args.part == "incremental":
        result = part_incremental(data, args.reports, args.adds)
    elif args.part == "persisted":
        result = part_persisted(data, args.reports, args.adds)
    else:
        result = parts[args.part](data, args.reports)
    print(json.dumps(result))


def line(label: str, result: dict[str, float], reference: float | None = None) -> str:
    ratio = f"  ({result['seconds'] / reference:.1f}× ours)" if reference else ""
    return (
        f"  {label:<10} {result['seconds']:8.2f} s   peak RSS {result['peak_rss_mb']:7.0f} "
        f"MB   components {int(result['components']):>9,}{ratio}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--nx-reports", type=int, default=200_000)
    parser.add_argument("--adds", type=int, default=10_000)
    parser.add_argument(
        "--persisted-reports",
        type=int,
        default=20_000,
        help="Size of the stored world for the persisted adds.",
    )
    parser.add_argument(
        "--payee-share",
        type=float,
        default=0.0,
        help="Share of the networks' shared identifiers that are bank accounts (payee rules).",
    )
    parser.add_argument("--part")
    parser.add_argument("--data")
    args = parser.parse_args()
    if args.part:
        child(args)
        return
    print(
        f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; each part pinned "
        "to 1 core in its own process"
    )
    world = synthesise(args.reports + args.adds, args.seed, args.payee_share)
    full = subset(world, args.reports)
    small = subset(world, args.nx_reports)
    with tempfile.TemporaryDirectory() as tmp:
        full_path, small_path, all_path = (Path(tmp) / f"{n}.npz" for n in ("full", "small", "all"))
        np.savez(full_path, **full)
        np.savez(small_path, **small)
        np.savez(all_path, **world)
        sizes = np.bincount(world["truth"][: args.reports])
        print(
            f"input: {args.reports:,} reports, {full['reports'].size:,} report–identifier links, "
            f"{sizes.size:,} planted networks (largest {sizes.max():,}, median "
            f"{int(np.median(sizes))}); {args.payee_share:.0%} of shared identifiers are bank "
            "accounts"
        )
        print(f"\nfull linking, {args.reports:,} reports:")
        ours = run_part("ours", full_path, args.reports)
        print(line("tipoff", ours))
        print(line("scipy", run_part("scipy", full_path, args.reports), ours["seconds"]))
        print(
            f"  tipoff: {int(ours['networks_2plus']):,} networks of ≥2 reports, largest "
            f"{int(ours['largest']):,}, "
            f"{int(ours['hubs'])} count hubs excluded; scipy/networkx link through hubs and "
            "warninglisted values (no filter)"
        )
        print(
            "  tipoff full relink pipeline (components + Leiden spread-hub rounds + groups, "
            "bridges + index): "
            f"{ours['pipeline_seconds']:.2f} s, {int(ours['spread_hubs'])} spread hubs and "
            "bridges; peak RSS above is for all of it"
        )
        print(
            f"\nsubset for networkx: first {args.nx_reports:,} reports, {small['reports'].size:,} "
            "links:"
        )
        ours_small = run_part("ours", small_path, args.nx_reports)
        print(line("tipoff", ours_small))
        print(line("scipy", run_part("scipy", small_path, args.nx_reports), ours_small["seconds"]))
        print(
            line(
                "networkx", run_part("networkx", small_path, args.nx_reports), ours_small["seconds"]
            )
        )
        inc = run_part("incremental", all_path, args.reports + args.adds, args.adds)
        stored = run_part("persisted", all_path, args.persisted_reports + 200, 200)
    print(
        f"\nincremental: {int(inc['adds']):,} new reports added one at a time to a linked world of "
        f"{int(inc['world']):,}:"
    )
    print(
        f"  p50 {inc['p50_us']:.1f} µs   p99 {inc['p99_us']:.1f} µs   max {inc['max_us']:.1f} µs   "
        f"({int(inc['merges'])} merges)"
    )
    print(
        f"  index memory {inc['index_bytes'] / 1e6:.1f} MB for {int(inc['sightings']):,} sightings "
        f"({inc['index_bytes'] / inc['sightings']:.1f} bytes per sighting; no pairwise rows)"
    )
    print(
        f"\npersisted: relink of {int(stored['world']):,} stored reports (SQLite) "
        f"{stored['relink_seconds']:.2f} s; "
        f"{int(stored['adds'])} adds through the store: p50 {stored['p50_ms']:.2f} ms  p99 "
        f"{stored['p99_ms']:.2f} ms  max {stored['max_ms']:.2f} ms"
    )
    print(
        f"\nLeiden split (>500 reports): {int(inc['split_networks'])} networks, "
        f"{int(inc['split_reports']):,} reports "
        f"→ {int(inc['sub_networks'])} sub-networks in {inc['leiden_seconds']:.2f} s"
    )


if __name__ == "__main__":
    main()
