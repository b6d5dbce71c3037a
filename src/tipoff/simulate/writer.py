"""Write a world to a directory: JSONL streams, ground truth, optional Parquet copies.

Chunks are made by worker processes (fork) and written by the parent in chunk order,
so the output is byte-identical for any number of workers and memory stays bounded
by a few chunks.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO

import orjson

from tipoff.simulate.config import STRUCTURE_FIELDS, WorldConfig
from tipoff.simulate.identity import Ident
from tipoff.simulate.parquet import convert
from tipoff.simulate.reports import agencies
from tipoff.simulate.world import Chunk, World

STREAMS = ("reports", "messages", "jobs", "payments", "truth/report_network")
_VARIABLE = (
    "seconds",
    "workers",
    "out_dir",
)  # left out of manifest.json so it is byte-identical per seed
_WORLD: World | None = None  # set in the parent before forking workers; read-only in them


@dataclass
class Summary:
    """What was written, how much, and how long it took."""

    out_dir: str
    seed: int
    reports: int
    messages: int
    jobs: int
    payments: int
    identifiers: int
    networks: int
    seconds: float
    workers: int

    @property
    def reports_per_second(self) -> float:
        return self.reports / self.seconds if self.seconds else 0.0


def _lines(records: list[dict[str, object]]) -> bytes:
    if not records:
        return b""
    return b"\n".join(orjson.dumps(r) for r in records) + b"\n"


Serialised = tuple[
    tuple[bytes, ...], dict[str, bytes], Counter[str], dict[str, set[str]], list[Ident]
]


def _serialise(chunk: Chunk, by_agency: bool) -> Serialised:
    """A chunk's JSONL blocks, plus its report lines grouped per receiving agency when asked."""
    report_lines = [orjson.dumps(r) for r in chunk.reports]
    per_agency: dict[str, list[bytes]] = {}
    if by_agency:
        for report, line in zip(chunk.reports, report_lines, strict=True):
            per_agency.setdefault(str(report["agency"]), []).append(line)
    reports = b"\n".join(report_lines) + b"\n" if report_lines else b""
    blocks = (
        reports,
        _lines(chunk.messages),
        _lines(chunk.jobs),
        _lines(chunk.payments),
        _lines(chunk.truth),
    )
    return (
        blocks,
        {agency: b"\n".join(lines) + b"\n" for agency, lines in sorted(per_agency.items())},
        chunk.mentions,
        chunk.raws,
        chunk.extra,
    )


def _make_chunk(args: tuple[int, int, bool]) -> Serialised:
    index, n_reports, by_agency = args
    assert _WORLD is not None
    return _serialise(_WORLD.chunk(index, n_reports), by_agency)


def _chunk_bytes(
    world: World, n_reports: int, workers: int, by_agency: bool
) -> Iterator[Serialised]:
    jobs = [(i, n_reports, by_agency) for i in range(world.chunk_count(n_reports))]
    if workers <= 1 or len(jobs) <= 1:
        for index, n, split in jobs:
            yield _serialise(world.chunk(index, n), split)
        return
    global _WORLD
    _WORLD = world
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            yield from pool.imap(_make_chunk, jobs, chunksize=1)
    finally:
        _WORLD = None


def simulate(
    config: WorldConfig | None,
    seed: int,
    out_dir: str | Path,
    n_reports: int,
    *,
    workers: int = 1,
    parquet: bool = False,
    by_agency: bool = False,
) -> Summary:
    """Generate a world of ``n_reports`` reports into ``out_dir`` and return a summary.

    ``by_agency`` also writes ``by_agency/<code>.jsonl``, one file per receiving agency, which
    ``tipoff ingest FILE --agency <code>`` loads as is (ingest checks each record's agency).
    """
    began = time.perf_counter()
    out = Path(out_dir)
    (out / "truth").mkdir(parents=True, exist_ok=True)
    world = World(config, seed)
    counts = dict.fromkeys(STREAMS, 0)
    mentions: Counter[str] = Counter()
    raws: dict[str, set[str]] = {}  # bounded by the world's identifiers x their spellings
    extra: list[Ident] = []  # one-off crews' identifiers (WorldConfig.one_off_share)
    with ExitStack() as stack:
        files: list[IO[bytes]] = [
            stack.enter_context(open(out / f"{name}.jsonl", "wb")) for name in STREAMS
        ]
        agency_files: dict[str, IO[bytes]] = {}
        if by_agency:
            (out / "by_agency").mkdir(exist_ok=True)
        for parts, per_agency, chunk_mentions, chunk_raws, chunk_extra in _chunk_bytes(
            world, n_reports, workers, by_agency
        ):
            extra.extend(chunk_extra)
            mentions.update(chunk_mentions)
            for key, spelled in chunk_raws.items():
                raws.setdefault(key, set()).update(spelled)
            for name, handle, data in zip(STREAMS, files, parts, strict=True):
                handle.write(data)
                counts[name] += data.count(b"\n")
            for agency, data in per_agency.items():
                if agency not in agency_files:
                    agency_files[agency] = stack.enter_context(
                        open(out / "by_agency" / f"{agency}.jsonl", "wb")
                    )
                agency_files[agency].write(data)
    n_idents = _write_truth(world, out, mentions, raws, n_reports, extra)
    if parquet:
        convert(out)
    summary = Summary(
        str(out),
        seed,
        counts["reports"],
        counts["messages"],
        counts["jobs"],
        counts["payments"],
        n_idents,
        len(world.infra.networks),
        time.perf_counter() - began,
        workers,
    )
    manifest = {
        "seed": seed,
        "config": _config_json(world.config),
        **{k: v for k, v in asdict(summary).items() if k not in _VARIABLE},
    }
    (out / "manifest.json").write_bytes(
        orjson.dumps(manifest, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS)
    )
    return summary


def _write_truth(
    world: World,
    out: Path,
    mentions: Counter[str],
    raws: dict[str, set[str]],
    n_reports: int,
    extra: list[Ident],
) -> int:
    with open(out / "truth" / "networks.jsonl", "wb") as handle:
        handle.write(_lines(world.networks_truth()))
    with open(out / "truth" / "agencies.jsonl", "wb") as handle:
        handle.write(_lines(agencies()))
    n = 0
    with open(out / "truth" / "identifiers.jsonl", "wb") as handle:
        for record in world.identifiers_truth(mentions, raws, n_reports, extra):
            handle.write(orjson.dumps(record) + b"\n")
            n += 1
    return n


def _config_json(cfg: WorldConfig) -> dict[str, object]:
    data = asdict(cfg)
    defaults = WorldConfig()
    for name in STRUCTURE_FIELDS:
        if getattr(cfg, name) == getattr(defaults, name):
            del data[name]
    data["start"], data["end"] = cfg.start.isoformat(), cfg.end.isoformat()
    return data
