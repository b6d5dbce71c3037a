"""Linking scored on real, independently labelled groups of wallet addresses.

Ground truth that tipoff did not write: CryptoScamDB lists scam sites with the wallet
addresses each collected; sites that list the same address are one operator, so an
*entity* is a connected group of listings joined by a shared address. The OFAC SDN
extract (0xB10C's lists) holds sanctioned addresses per asset but no owner names, so it
cannot give groups; each of its addresses is its own entity (a distractor that must not
join anything). Reports are synthesised from these groups: each cites one address of its
entity (a victim who paid twice cites two), sometimes the scam site, and innocent values
victims really write (a reporting site, the exchange they bought on). They go through
the real path (``link_eval.link_through_store``: ingest, relink) and are scored per
entity: precision says whether entities were merged, recall whether they were found whole.

Data is read at run time from ``shared/data`` (never copied into the repository):
``python -m tipoff.evaluation.known_groups --data ../shared/data --work DIR``.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import orjson

from tipoff.errors import ConfigError
from tipoff.evaluation.pair_scores import PairScores
from tipoff.evaluation.scenario_links import LinkSetup, link_through_store, score_stored
from tipoff.settings import load_settings
from tipoff.simulate.innocent import REPORTING_SITES

# CryptoScamDB coins whose addresses tipoff's extractor reads, and their payment rail.
COINS = {
    "ETH": "crypto_other",
    "BTC": "crypto_other",
    "LTC": "crypto_other",
    "TRX": "crypto_usdt_trc20",
}
OFAC_ASSETS = ("XBT", "ETH", "USDT", "TRX", "LTC")
EXCHANGES = ("binance.com", "coinbase.com", "kraken.com", "okx.com", "bybit.com")
AGENCY: dict[str, object] = {
    "code": "US-IC3",
    "name": "FBI Internet Crime Complaint Center",
    "country": "US",
}


@dataclass(frozen=True)
class Entity:
    """One labelled owner of addresses (and the sites that showed them)."""

    id: str
    addresses: tuple[str, ...]
    sites: tuple[str, ...]


def _scamdb_records(path: Path) -> list[dict[str, object]]:
    try:
        import yaml  # only this check reads YAML here (a runtime dependency: feeds read it)
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ConfigError("reading CryptoScamDB needs PyYAML (pip install pyyaml)") from error
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as handle:
        return list(yaml.load(handle, Loader=loader) or [])


def scamdb_entities(records: Sequence[dict[str, object]]) -> list[Entity]:
    """Listings joined by shared addresses (union-find), with every address and site."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    listings: list[tuple[str, list[str]]] = []
    for record in records:
        coins = record.get("addresses") or {}
        found = [
            str(a).strip()
            for coin, values in coins.items()  # type: ignore[attr-defined]
            if coin in COINS
            for a in values or ()
        ]
        if found:
            listings.append((str(record.get("name") or ""), found))
            for address in found[1:]:
                parent[find(address)] = find(found[0])
    groups: dict[str, tuple[dict[str, None], dict[str, None]]] = {}
    for site, found in listings:
        addresses, sites = groups.setdefault(find(found[0]), ({}, {}))
        addresses.update(dict.fromkeys(found))
        if site:
            sites[site] = None
    ordered = sorted(groups.values(), key=lambda g: sorted(g[0])[0])
    return [
        Entity(f"CSDB-{i:05d}", tuple(addresses), tuple(sites))
        for i, (addresses, sites) in enumerate(ordered)
    ]


def ofac_entities(directory: Path) -> list[Entity]:
    """Each sanctioned address alone (the extract names no owners)."""
    out = []
    for asset in OFAC_ASSETS:
        path = directory / f"sanctioned_addresses_{asset}.json"
        if path.is_file():
            for i, address in enumerate(json.loads(path.read_text(encoding="utf-8"))):
                out.append(Entity(f"OFAC-{asset}-{i:04d}", (str(address),), ()))
    return out


def _sentence(rng: random.Random, entity: Entity, cited: list[str]) -> str:
    parts = [f"I was told to deposit USDT and sent it to {cited[0]}."]
    if len(cited) > 1:
        parts.append(f"Then they gave me a new address, {cited[1]}, and I paid again.")
    if entity.sites and rng.random() < 0.3:
        parts.append(f"The platform was {rng.choice(entity.sites)}.")
    if rng.random() < 0.3:
        parts.append(f"I bought the coins on {rng.choice(EXCHANGES)}.")
    if rng.random() < 0.3:
        site = rng.choice([w for c in ("US", "AU", "SG") for _, w in REPORTING_SITES[c]])
        parts.append(f"I reported it to {site}.")
    return " ".join(parts)


def reports_of(entities: Sequence[Entity], seed: int) -> Iterator[tuple[dict[str, object], str]]:
    """(intake record, entity id): 1-3 reports per address, a third citing a second address."""
    rng = random.Random(f"tipoff-known-groups:{seed}")
    n = 0
    for entity in entities:
        for address in entity.addresses:
            for _ in range(rng.randint(1, 3)):
                cited = [address]
                others = [a for a in entity.addresses if a != address]
                if others and rng.random() < 0.35:
                    cited.append(rng.choice(others))
                day = 1 + rng.randrange(28)
                record: dict[str, object] = {
                    "external_id": f"KG-{n:07d}",
                    "agency": AGENCY["code"],
                    "received_at": f"2024-03-{day:02d}T12:00:00Z",
                    "victim_country": "US",
                    "language": "en",
                    "narrative": _sentence(rng, entity, cited),
                    "payments": [
                        {"amount": rng.randrange(200, 20000), "currency": "USD", "payee": a}
                        for a in cited
                    ],
                }
                n += 1
                yield record, entity.id


@dataclass(frozen=True)
class KnownGroupsResult:
    """Scores per entity, and the sizes behind them."""

    entities: int
    grouped_entities: int  # with two or more addresses
    reports: int
    rejected: int
    clusters: PairScores
    sub_networks: PairScores


def run(
    data: Path,
    work: Path,
    setup: LinkSetup,
    seed: int = 0,
    max_entities: int = 600,
) -> KnownGroupsResult:
    """Build the reports of up to ``max_entities`` entities and score the real path on them."""
    scamdb = scamdb_entities(_scamdb_records(data / "cryptoscamdb" / "urls.yaml"))
    grouped = [e for e in scamdb if len(e.addresses) >= 2]
    rng = random.Random(f"tipoff-known-groups-sample:{seed}")
    chosen = rng.sample(grouped, min(len(grouped), max_entities // 2))
    singles = [e for e in scamdb if len(e.addresses) == 1] + ofac_entities(
        data / "ofac-crypto-addresses"
    )
    chosen += rng.sample(singles, min(len(singles), max_entities - len(chosen)))
    return score_entities(chosen, work, setup, seed)


def score_entities(
    entities: Sequence[Entity], work: Path, setup: LinkSetup, seed: int = 0
) -> KnownGroupsResult:
    """Write reports for ``entities``, ingest and relink them, score per entity."""
    work.mkdir(parents=True, exist_ok=True)
    truth: dict[str, str | None] = {}
    with (work / "reports.jsonl").open("wb") as handle:
        for record, entity_id in reports_of(entities, seed):
            handle.write(orjson.dumps(record) + b"\n")
            truth[str(record["external_id"])] = entity_id
    stored, rejected = link_through_store(work / "reports.jsonl", [AGENCY], work / "kg.db", setup)
    clusters, subs = score_stored(stored, truth)
    return KnownGroupsResult(
        len(entities),
        sum(1 for e in entities if len(e.addresses) >= 2),
        len(truth),
        rejected,
        clusters,
        subs,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m tipoff.evaluation.known_groups``: one line of scores."""
    parser = argparse.ArgumentParser(prog="python -m tipoff.evaluation.known_groups")
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--entities", type=int, default=600)
    args = parser.parse_args(argv)
    result = run(
        args.data, args.work, LinkSetup.from_settings(load_settings()), args.seed, args.entities
    )
    s, c = result.sub_networks, result.clusters
    print(
        f"{result.entities} entities ({result.grouped_entities} with 2+ addresses), "
        f"{result.reports} reports ({result.rejected} rejected): sub-networks ARI {s.ari:.2f} "
        f"precision {s.precision:.2f} recall {s.recall:.2f}; networks ARI {c.ari:.2f} "
        f"precision {c.precision:.2f} recall {c.recall:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
