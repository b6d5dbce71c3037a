"""Write a world to a directory: JSONL streams, ground truth, optional Parquet copies.

Chunks are made by worker processes (fork) and written by the parent in chunk order,
so the output is byte-identical for any number of workers and memory stays bounded
by a few chunks.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO

import orjson

from tipoff.simulate.config import WorldConfig
from tipoff.simulate.world import Chunk, World

STREAMS = ("reports", "messages", "jobs", "payments", "truth/report_network")
_VARIABLE = ("seconds", "workers", "out_dir")  # left out of manifest.json so it is byte-identical per seed
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


def _serialise(chunk: Chunk) -> tuple[bytes, ...]:
    return (_lines(chunk.reports), _lines(chunk.messages), _lines(chunk.jobs), _lines(chunk.payments), _lines(chunk.truth))


def _make_chunk(args: tuple[int, int]) -> tuple[bytes, ...]:
    index, n_reports = args
    assert _WORLD is not None
    return _serialise(_WORLD.chunk(index, n_reports))


def _chunk_bytes(world: World, n_reports: int, workers: int) -> Iterator[tuple[bytes, ...]]:
    jobs = [(i, n_reports) for i in range(world.chunk_count(n_reports))]
    if workers <= 1 or len(jobs) <= 1:
        for index, n in jobs:
            yield _serialise(world.chunk(index, n))
        return
    global _WORLD
    _WORLD = world
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            yield from pool.imap(_make_chunk, jobs, chunksize=1)
    finally:
        _WORLD = None


def simulate(config: WorldConfig | None, seed: int, out_dir: str | Path, n_reports: int, *,
             workers: int = 1, parquet: bool = False) -> Summary:
    """Generate a world of ``n_reports`` reports into ``out_dir`` and return a summary."""
    began = time.perf_counter()
    out = Path(out_dir)
    (out / "truth").mkdir(parents=True, exist_ok=True)
    world = World(config, seed)
    counts = dict.fromkeys(STREAMS, 0)
    with ExitStack() as stack:
        files: list[IO[bytes]] = [stack.enter_context(open(out / f"{name}.jsonl", "wb")) for name in STREAMS]
        for parts in _chunk_bytes(world, n_reports, workers):
            for name, handle, data in zip(STREAMS, files, parts, strict=True):
                handle.write(data)
                counts[name] += data.count(b"\n")
    n_idents = _write_truth(world, out)
    if parquet:
        from tipoff.simulate.parquet import convert

        convert(out)
    summary = Summary(str(out), seed, counts["reports"], counts["messages"], counts["jobs"], counts["payments"],
                      n_idents, len(world.infra.networks), time.perf_counter() - began, workers)
    manifest = {"seed": seed, "config": _config_json(world.config), **{k: v for k, v in asdict(summary).items() if k not in _VARIABLE}}
    (out / "manifest.json").write_bytes(orjson.dumps(manifest, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS))
    return summary


def _write_truth(world: World, out: Path) -> int:
    with open(out / "truth" / "networks.jsonl", "wb") as handle:
        handle.write(_lines(world.networks_truth()))
    n = 0
    with open(out / "truth" / "identifiers.jsonl", "wb") as handle:
        for record in world.identifiers_truth():
            handle.write(orjson.dumps(record) + b"\n")
            n += 1
    return n


def _config_json(cfg: WorldConfig) -> dict[str, object]:
    data = asdict(cfg)
    data["start"], data["end"] = cfg.start.isoformat(), cfg.end.isoformat()
    return data
