"""A whole synthetic world: its networks, and its records streamed chunk by chunk.

Records are produced in fixed-size chunks, each from its own random stream seeded by
``(seed, chunk number)``. A chunk therefore comes out the same whichever process makes
it and in whatever order, which is what lets several workers write one file byte for
byte identical to a single-process run, in constant memory.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import itemgetter

from tipoff.simulate import crews, kits, victim_mules
from tipoff.simulate.compose import pick_weighted
from tipoff.simulate.config import WorldConfig
from tipoff.simulate.corpus import (
    COUNTRY_OF_LANGUAGE,
    LANGUAGE_MIX,
    job_ad,
    ordinary_message,
    scam_message,
)
from tipoff.simulate.crews import MuleChain
from tipoff.simulate.identity import Ident
from tipoff.simulate.network import Infrastructure, build
from tipoff.simulate.payments import PaymentStream
from tipoff.simulate.reports import Plan, generate

CHUNK_SIZE = 2000


@dataclass
class Chunk:
    """The records of one chunk of reports, with the messages, job ads and payments beside them."""

    index: int
    reports: list[dict[str, object]] = field(default_factory=list)
    truth: list[dict[str, object]] = field(default_factory=list)
    payments: list[dict[str, object]] = field(default_factory=list)
    messages: list[dict[str, object]] = field(default_factory=list)
    jobs: list[dict[str, object]] = field(default_factory=list)
    mentions: Counter[str] = field(default_factory=Counter)  # identifier key -> reports naming it
    raws: dict[str, set[str]] = field(default_factory=dict)  # identifier key -> spellings written
    extra: list[Ident] = field(default_factory=list)  # identifiers of this chunk's one-off crews


class World:
    """Networks built from ``(config, seed)``; records streamed for ``n_reports`` reports."""

    def __init__(self, config: WorldConfig | None = None, seed: int = 0) -> None:
        self.config = config or WorldConfig()
        self.seed = seed
        self.infra: Infrastructure = build(self.config, seed)
        if self.config.markets_per_network[1]:
            crews.assign_markets(self.infra, self.config, seed)
        if self.config.kit_sellers:  # before the scammers, who share their crew's sites
            kits.equip(self.infra, self.config, seed)
        if self.config.scammers_per_network[1]:
            crews.add_scammers(self.infra, self.config, seed)
        self._streams: dict[int, PaymentStream] = {}
        self._mules: dict[int, dict[str, dict[str, MuleChain]]] = {}
        self._recruits: dict[int, victim_mules.Recruits] = {}
        self.plan = Plan.of(self.config)

    def mules(self, n_reports: int) -> dict[str, dict[str, MuleChain]] | None:
        """Mule chains for a world of ``n_reports`` when mules rotate by use (else None)."""
        if not self.config.mule_victims:
            return None
        if n_reports not in self._mules:
            self._mules[n_reports] = crews.mule_chains(
                self.infra, self.config, self.seed, n_reports
            )
        return self._mules[n_reports]

    def recruits(self, n_reports: int) -> victim_mules.Recruits | None:
        """Victims recruited as mules in a world of ``n_reports`` (None when there are none)."""
        if not self.config.victim_mule_share:
            return None
        if n_reports not in self._recruits:
            self._recruits[n_reports] = victim_mules.recruits(
                self.infra, self.config, self.seed, n_reports
            )
        return self._recruits[n_reports]

    def chunk_count(self, n_reports: int) -> int:
        return (n_reports + CHUNK_SIZE - 1) // CHUNK_SIZE

    def chunk(self, index: int, n_reports: int) -> Chunk:
        """Chunk ``index`` of a world with ``n_reports`` reports (same result in any process)."""
        cfg, seed = self.config, self.seed
        lo, hi = index * CHUNK_SIZE, min(n_reports, (index + 1) * CHUNK_SIZE)
        rng = random.Random(f"tipoff-reports:{seed}:{index}")
        stream = self._payment_stream(n_reports)
        mules = self.mules(n_reports)
        recruits = self.recruits(n_reports)
        out = Chunk(index)
        for i in range(lo, hi):
            made = generate(rng, self.infra, cfg, i, self.plan, mules, recruits)
            out.extra.extend(made.extra)
            out.reports.append(made.report)
            out.truth.append(made.truth)
            found = made.truth["identifiers"]
            out.mentions.update({str(f["key"]) for f in found})  # type: ignore[attr-defined]
            for f in found:  # type: ignore[attr-defined]
                out.raws.setdefault(str(f["key"]), set()).add(str(f["raw"]))
            customer = stream.victim_customer(rng, str(made.report["victim_country"]))
            made.truth["customer"] = customer
            out.payments.extend(
                stream.scam_records(rng, made.report, str(made.truth["network"]), customer)
            )
        out.payments.extend(
            stream.ordinary(rng) for _ in range((hi - lo) * cfg.ordinary_payments_per_report)
        )
        out.payments.sort(
            key=itemgetter("ts")
        )  # stable: equal stamps keep their (deterministic) order
        for j, payment in enumerate(out.payments):
            payment["id"] = f"P{index:06d}-{j:05d}"
        self._texts(out, hi - lo)
        return out

    def _payment_stream(self, n_reports: int) -> PaymentStream:
        """The payment stream for a world of ``n_reports`` (customer count scales with it)."""
        if n_reports not in self._streams:
            cfg = self.config
            self._streams[n_reports] = PaymentStream(
                self.seed,
                max(1000, 2 * n_reports),
                cfg.start,
                (cfg.end - cfg.start).days,
                cfg.stamped_until,
            )
        return self._streams[n_reports]

    def _texts(self, out: Chunk, size: int) -> None:
        cfg = self.config
        rng = random.Random(f"tipoff-texts:{self.seed}:{out.index}")
        for j in range(round(size * cfg.messages_per_report_ratio)):
            lang = pick_weighted(rng, LANGUAGE_MIX)
            country = pick_weighted(rng, COUNTRY_OF_LANGUAGE[lang])
            make = ordinary_message if rng.random() < cfg.negative_share else scam_message
            out.messages.append(
                {"id": f"M{out.index:06d}-{j:05d}", **make(rng, self.infra, cfg, lang, country)}
            )
        for j in range(round(size * cfg.jobs_per_report_ratio)):
            lang = pick_weighted(rng, LANGUAGE_MIX)
            ad = job_ad(rng, self.infra, cfg, rng.random() < cfg.lure_share, lang)
            out.jobs.append({"id": f"J{out.index:06d}-{j:05d}", **ad})

    def chunks(self, n_reports: int) -> Iterator[Chunk]:
        for index in range(self.chunk_count(n_reports)):
            yield self.chunk(index, n_reports)

    def reports(self, n_reports: int) -> Iterator[dict[str, object]]:
        """The intake-format reports of the world, one by one."""
        for chunk in self.chunks(n_reports):
            yield from chunk.reports

    def networks_truth(self) -> list[dict[str, object]]:
        return [
            {
                "network": n.id,
                "base_country": n.base,
                "place": n.place,
                "scam_types": list(n.types),
                "brand": n.brand,
                "gambling_brand": n.gambling_brand,
                "services": n.services,
                "identifiers": len(n.identifiers()),
                **({"markets": list(n.markets)} if n.markets else {}),
            }
            for n in self.infra.networks
        ]

    def identifiers_truth(
        self,
        mentions: Counter[str] | None = None,
        raws: dict[str, set[str]] | None = None,
        n_reports: int | None = None,
        extra: list[Ident] | None = None,
    ) -> Iterator[dict[str, object]]:
        """Every identifier of the world; with the reports naming it and the spellings used, when
        known. ``n_reports`` adds the mule chains and recruited victims' accounts of that world
        size, ``extra`` one-off crews' (and victims' own values)."""
        idents = self.infra.all_identifiers()
        chains = self.mules(n_reports) if n_reports is not None else None
        for per_country in (chains or {}).values():
            for chain in per_country.values():
                idents.extend(chain.accounts)
        recruited = self.recruits(n_reports) if n_reports is not None else None
        idents.extend(recruited.accounts() if recruited else ())
        # an operation of several reports lists its values with each (operations.py): once
        listed: set[str] = set()
        for ident in extra or ():
            if "operation" not in ident.attrs or ident.key not in listed:
                listed.add(ident.key)
                idents.append(ident)
        for ident in sorted(idents, key=lambda i: i.key):
            record = ident.truth()
            if mentions is not None:
                record["reports"] = mentions.get(ident.key, 0)
            if raws is not None:
                record["spellings_used"] = sorted(raws.get(ident.key, ()))
            yield record
