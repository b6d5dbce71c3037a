"""Score linking on a simulated world with ground truth (``tipoff eval-links WORLD_DIR``).

Reads the world's ``reports.jsonl`` (intake format), extracts indicators exactly as
intake does (``tipoff.intake.analyse.Analyser``), links them with the pure core, and
compares the networks with each report's true network from ``truth/``. Scores are
pair-counting precision/recall and ARI (``evaluation``), for the connected components
(clusters) and for the Leiden sub-networks. Diagnostics say where errors come from:
identifiers whose reports span several true networks, and reports left unlinked.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pydantic

from tipoff.errors import ValidationError
from tipoff.evaluation.pair_scores import PairScores, pair_scores
from tipoff.intake.analyse import Analyser
from tipoff.intake.schema import ReportIn
from tipoff.link.components import Components, Links, make_links
from tipoff.link.evidence import DROPPED_ROLES, NON_LINKING_ROLES
from tipoff.link.hubs import KIND_CODES, HubPolicy
from tipoff.link.pipeline import link_world
from tipoff.link.platform_links import HANDLE_KIND, URL_KIND, handle_of_links, unfolded

TRUTH_NETWORK_FIELDS = ("network", "network_id")


@dataclass(frozen=True, slots=True)
class WorldLinks:
    """The extracted world: one row per report with its truth, and the sightings."""

    external_ids: list[str]
    truth: np.ndarray  # object array of true network names (None: no network)
    keys: list[str]  # indicator key per indicator id
    links: Links
    bad_lines: int


@dataclass(frozen=True, slots=True)
class WorldScores:
    """Quality of one linking run on one world."""

    reports: int
    sightings: int
    indicators: int
    bad_lines: int
    clusters: PairScores
    sub_networks: PairScores
    n_clusters: int
    n_sub_networks: int
    hubs: int
    diagnostics: dict[str, object] = field(default_factory=dict)


def read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any] | None]]:
    """(line number, object) per line (JSON of any shape: Any); None for a line that is not a
    JSON object."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError:
                yield number, None
                continue
            yield number, value if isinstance(value, dict) else None


TRUTH_FILE = "report_network.jsonl"  # what `tipoff simulate` writes


def load_truth(world_dir: Path) -> dict[str, str | None]:
    """external_id → true network name: ``truth/report_network.jsonl``, or else any JSONL
    file under ``truth/`` whose records carry both fields."""
    truth: dict[str, str | None] = {}
    preferred = world_dir / "truth" / TRUTH_FILE
    paths = [preferred] if preferred.is_file() else sorted((world_dir / "truth").glob("*.jsonl"))
    for path in paths:
        for _, record in read_jsonl(path):
            if not record or "external_id" not in record:
                continue
            field_name = next((f for f in TRUTH_NETWORK_FIELDS if f in record), None)
            if field_name is not None:
                value = record[field_name]
                truth[str(record["external_id"])] = None if value in (None, "") else str(value)
    if not truth:
        raise ValidationError(
            f"no report truth (external_id + network) found under {world_dir / 'truth'}"
        )
    return truth


Found = list[tuple[str, bool, bool]]  # per sighting: key, common, a victim's reference


def _sightings_of(line: dict[str, object]) -> tuple[str, Found] | None:
    try:
        report = ReportIn.model_validate(line)
    except pydantic.ValidationError:
        return None
    try:
        found = Analyser(with_assessment=False).sightings(report)
    except (
        Exception
    ):  # an extractor bug on one report must not stop the evaluation; it counts as bad
        return None
    return report.external_id, [
        (f"{s.kind}:{s.value}", s.common, s.role in NON_LINKING_ROLES)
        for s in found
        if s.role not in DROPPED_ROLES  # an earlier scam's value: left out, as the relink does
    ]


def extract_world(
    world_dir: Path, workers: int = 1, progress: Callable[[int], None] | None = None
) -> WorldLinks:
    """Extract every report's indicators (in ``workers`` processes) and join the truth."""
    truth = load_truth(world_dir)
    lines = [record for _, record in read_jsonl(world_dir / "reports.jsonl")]
    bad = sum(1 for r in lines if r is None)
    good = [r for r in lines if r is not None]
    if workers > 1:
        with ProcessPoolExecutor(workers) as pool:
            results = list(pool.map(_sightings_of, good, chunksize=256))
    else:
        results = []
        for done, record in enumerate(good, 1):
            results.append(_sightings_of(record))
            if progress and done % 5000 == 0:
                progress(done)
    return _assemble(results, truth, bad)


def _assemble(
    results: list[tuple[str, Found] | None], truth: dict[str, str | None], bad: int
) -> WorldLinks:
    """The world's links as intake would store them: a sighting the victim cites as a third
    party (``Role.REFERENCE``) or a service they used (``Role.SERVICE``) is marked, so linking
    weighs it as the relink does."""
    ids: dict[str, int] = {}
    common: list[bool] = []
    rows: list[int] = []
    cols: list[int] = []
    reference: list[bool] = []
    external_ids: list[str] = []
    for result in results:
        if result is None:
            bad += 1
            continue
        external_id, found = result
        row = len(external_ids)
        external_ids.append(external_id)
        for key, is_common, is_reference in found:
            index = ids.setdefault(key, len(ids))
            if index == len(common):
                common.append(is_common)
            common[index] = common[index] or is_common
            rows.append(row)
            cols.append(index)
            reference.append(is_reference)
    keys = list(ids)
    kinds = np.array([KIND_CODES.get(k.partition(":")[0], 0) for k in keys], dtype=np.int8)
    present = np.ones(len(external_ids), dtype=bool)
    # A platform link is one value with the handle it names (tipoff.link.platform_links).
    handle_of = handle_of_links(
        {i: k.partition(":")[2] for i, k in enumerate(keys) if k.startswith(f"{URL_KIND}:")},
        {k.partition(":")[2]: i for i, k in enumerate(keys) if k.startswith(f"{HANDLE_KIND}:")},
        len(keys),
    )
    pairs = np.array(rows, np.int64), np.array(cols, np.int64)
    keep = unfolded(*pairs, handle_of)
    links = make_links(
        pairs[0][keep],
        pairs[1][keep],
        kinds,
        np.array(common, bool),
        present,
        np.array(reference, bool)[keep],
    )
    labels = np.array([truth.get(e) for e in external_ids], dtype=object)
    return WorldLinks(external_ids, labels, keys, links, bad)


def _truth_codes(truth: np.ndarray) -> np.ndarray:
    """Dense codes of true networks; reports with no network are each their own singleton."""
    names = [t if t is not None else f"\x00solo{i}" for i, t in enumerate(truth.tolist())]
    return np.unique(np.array(names), return_inverse=True)[1]


def score_world(
    world: WorldLinks, policy: HubPolicy, leiden_min_size: int, seed: int = 0
) -> WorldScores:
    """Link the extracted world and score clusters and sub-networks against the truth."""
    result = link_world(world.links, policy, leiden_min_size, seed)
    components = result.components
    clusters = components.labels
    subnets = result.community_labels()
    truth = _truth_codes(world.truth)
    hubs = int((~components.linkable & ~world.links.common & (components.counts > 0)).sum())
    diagnostics = diagnose(world, components, truth)
    diagnostics["spread_hubs"] = int(result.spread_hubs.sum())
    diagnostics["bridges"] = int(result.bridges.sum()) if result.bridges is not None else 0
    diagnostics["shared_payee_hubs"] = (
        int(result.shared_payees.sum()) if result.shared_payees is not None else 0
    )
    return WorldScores(
        len(world.external_ids),
        int(world.links.report_idx.size),
        len(world.keys),
        world.bad_lines,
        pair_scores(clusters, truth),
        pair_scores(subnets, truth),
        components.n_components,
        int(subnets.max()) + 1 if subnets.size else 0,
        hubs,
        diagnostics,
    )


def diagnose(
    world: WorldLinks, components: Components, truth: np.ndarray, top: int = 10
) -> dict[str, object]:
    """Where the errors come from: cross-network identifiers that link, and unlinked reports."""
    links = world.links
    linking = components.linkable[links.indicator_idx]
    rows, cols = links.report_idx[linking], links.indicator_idx[linking]
    pairs = (
        np.unique(cols * (int(truth.max()) + 1) + truth[rows])
        if rows.size
        else np.zeros(0, np.int64)
    )
    spread = (
        np.bincount(pairs // (int(truth.max()) + 1), minlength=links.n_indicators)
        if pairs.size
        else np.zeros(links.n_indicators, np.int64)
    )
    crossing = np.flatnonzero(spread >= 2)
    order = crossing[np.argsort(-components.counts[crossing], kind="stable")]
    by_kind = Counter(world.keys[i].partition(":")[0] for i in crossing)
    sizes = np.bincount(components.labels)
    return {
        "linking_identifiers_spanning_networks": int(crossing.size),
        "spanning_by_kind": dict(by_kind.most_common()),
        "top_spanning": [
            {
                "key": world.keys[i],
                "reports": int(components.counts[i]),
                "true_networks": int(spread[i]),
            }
            for i in order[:top]
        ],
        "unlinked_reports": int((sizes[components.labels] == 1).sum()),
        "largest_cluster": int(sizes.max()) if sizes.size else 0,
        "true_networks": int(np.unique(truth).size),
    }
