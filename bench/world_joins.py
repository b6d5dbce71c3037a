"""Which values join reports of different operations on a stored independent world (3 or 4).

``bench/bench_independent_world_3.py --work W`` and ``bench/bench_independent_world_4.py
--work W`` keep each world's database (``W/<config>-<seed>.db``) and truth
(``W/<config>-<seed>/truth.jsonl``, each mention with its ``owner``: an operation,
``svc:...``, ``innocent:...``, ``victim``). This relinks the stored sightings in memory
(``tipoff.link.pipeline.link_world``, what ``tipoff relink`` runs) and, for every value that
still joins reports, counts the pairs of its citing reports that belong to different
operations (*cross pairs*: an upper bound on the false pairs it makes), summed by what the
truth says the value is; then the operations' own values held back, by the reason.
Diagnosis of development worlds only; never run on a held-out world.

    PYTHONPATH=src:. .venv/bin/python bench/world_joins.py W --only long_tail-2 [--top 20] \\
        [--rule name=value ...]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from sqlalchemy import select

from bench.link_worlds_stored import _rule, relink_stored
from tipoff.evaluation.scenario_links import LinkSetup
from tipoff.settings import load_settings
from tipoff.store.engine import make_engine
from tipoff.store.tables import indicators


def _norm(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def owner_of(value: str, mentions: list[dict]) -> str | None:
    """The owner of the report's truth mention that a stored value is (normalised match)."""
    stored = _norm(value)
    if not stored:
        return None
    for mention in mentions:
        if mention["key"].startswith("bank:"):
            # The world keys an account as bank:CC:BANKNAME:digits, tipoff as CC:code:digits:
            # the digits decide.
            digits = _norm(mention["key"].rpartition(":")[2])
            if digits and digits == _norm(value.rpartition(":")[2]):
                return str(mention["owner"])
            continue
        key = _norm(mention["key"].partition(":")[2])
        if key and (key == stored or key.endswith(stored) or stored.endswith(key)):
            return str(mention["owner"])
    return None


def owner_class(owner: str | None) -> str:
    if owner is None:
        return "?"
    if owner == "?" or owner.startswith(("svc:", "innocent:")):
        return owner.rstrip("0123456789")
    return owner if owner == "victim" else "own"


def diagnose(database: Path, world: Path, rule_args: list[str], top: int) -> None:
    setup = LinkSetup.from_settings(load_settings())
    stored, external, result, _ = relink_stored(database, _rule(rule_args), setup)
    truth = {}
    with (world / "truth.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            truth[row["external_id"]] = row
    engine = make_engine(f"sqlite:///{database}")
    with engine.connect() as connection:
        keys = {
            int(i): (str(k), str(v))
            for i, k, v in connection.execute(
                select(indicators.c.id, indicators.c.kind, indicators.c.value)
            )
        }
    engine.dispose()
    op_of = {
        int(r): truth[external[int(r)]].get("operation", truth[external[int(r)]].get("crew"))
        for r in stored.report_ids
    }
    mentions = {int(r): truth[external[int(r)]]["mentions"] for r in stored.report_ids}
    links = stored.links
    owners: dict[int, Counter[str]] = defaultdict(Counter)
    for r, i in zip(links.report_idx.tolist(), links.indicator_idx.tolist(), strict=True):
        owners[i][owner_of(keys[i][1], mentions[r]) or "?"] += 1

    def owner(i: int) -> str:
        named = [(n, o) for o, n in owners[i].items() if o != "?"]
        return max(named)[1] if named else "?"

    labels = result.components.labels
    found = Counter()
    per_net: dict[int, Counter[str]] = defaultdict(Counter)
    for r in stored.report_ids.tolist():
        if labels[r] >= 0:
            per_net[int(labels[r])][op_of[r]] += 1
    false_pairs = sum(
        (sum(c.values()) ** 2 - sum(n * n for n in c.values())) // 2 for c in per_net.values()
    )
    assert result.links is not None
    kept = result.links.only(~result.excluded[result.links.indicator_idx])
    by_value: dict[int, Counter[str]] = defaultdict(Counter)
    for r, i in zip(kept.report_idx.tolist(), kept.indicator_idx.tolist(), strict=True):
        by_value[i][op_of[r]] += 1
    rows = []
    for i, ops in by_value.items():
        n = sum(ops.values())
        cross = (n * n - sum(c * c for c in ops.values())) // 2
        if cross:
            rows.append((cross, i, ops))
            found[owner_class(owner(i))] += cross
    ops_array = np.array([op_of.get(r, "") for r in range(links.n_reports)], dtype=object)

    def pairs_without(drop: np.ndarray) -> tuple[int, int]:
        """False and true pairs of the components of the kept sightings less ``drop``."""
        use = ~drop[kept.indicator_idx]
        n = links.n_reports
        graph = coo_matrix(
            (np.ones(int(use.sum())), (kept.report_idx[use], n + kept.indicator_idx[use])),
            shape=(n + links.n_indicators, n + links.n_indicators),
        )
        comp = connected_components(graph, directed=False)[1][:n]
        nets: dict[int, Counter[str]] = defaultdict(Counter)
        for r in stored.report_ids.tolist():
            nets[int(comp[r])][ops_array[r]] += 1
        false = sum(
            (sum(c.values()) ** 2 - sum(k * k for k in c.values())) // 2 for c in nets.values()
        )
        true = sum(sum(k * (k - 1) // 2 for k in c.values()) for c in nets.values())
        return false, true

    none = np.zeros(links.n_indicators, dtype=bool)
    base_false, base_true = pairs_without(none)
    print(
        f"== {world.name}: false pairs {false_pairs:,} (kept graph {base_false:,},"
        f" true {base_true:,}); by owner class: cross pairs, and false / true pairs gone"
        " when the class stops linking:"
    )
    classes: dict[str, list[int]] = defaultdict(list)
    for _, i, _ in rows:
        classes[owner_class(owner(i))].append(i)
    for name, n in found.most_common():
        drop = none.copy()
        drop[classes[name]] = True
        f, t = pairs_without(drop)
        print(f"   {n:>9,} {name:24} -{base_false - f:>9,} false  -{base_true - t:>9,} true")
    drop = none.copy()
    for name, members in classes.items():
        if name != "own":
            drop[members] = True
    f, t = pairs_without(drop)
    print(f"   {'':>9} {'all but own':24} -{base_false - f:>9,} false  -{base_true - t:>9,} true")
    scored = []
    for cross, i, ops in rows:
        drop = none.copy()
        drop[i] = True
        f, t = pairs_without(drop)
        scored.append((base_false - f, base_true - t, cross, i, ops))
    for gone, lost_true, cross, i, ops in (
        sorted(scored, key=lambda s: (-s[0], -s[2]))[:top]
        + [row for row in scored if owner_class(owner(row[3])) == "own"][:top]
    ):
        kind, value = keys[i]
        print(
            f"   -{gone:>8,} false -{lost_true:>7,} true | {cross:>6,} {kind}:{value}"
            f" [{owner(i)}] {sum(ops.values())} reports {len(ops)} ops {ops.most_common(3)}"
        )
    reasons = {
        "spread": result.spread_hubs,
        "reference": result.references,
        "shared_payee": result.shared_payees,
        "bridge": result.bridges,
    }
    cited = np.bincount(links.indicator_idx, minlength=links.n_indicators)
    held: Counter[tuple[str, str]] = Counter()
    lost = []
    for name, mask in reasons.items():
        if mask is None:
            continue
        for i in np.flatnonzero(mask & (cited >= 3)).tolist():
            who = owner(i)
            if owner_class(who) == "own":
                held[(name, keys[i][0])] += 1
                lost.append((int(cited[i]), name, keys[i], who))
    print("   own values held back (3+ citing reports), by reason and kind:", dict(held))
    for n, name, key, who in sorted(lost, reverse=True)[:top]:
        print(f"     {n:>4} {name} {key[0]}:{key[1]} [{who}]")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("work", type=Path)
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--rule", nargs="*", default=[], help="SpreadRule field=value")
    args = parser.parse_args(argv)
    for database in sorted(args.work.glob("*-[0-9]*.db")):
        world = args.work / database.stem
        if args.only and world.name not in args.only:
            continue
        diagnose(database, world, args.rule, args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
