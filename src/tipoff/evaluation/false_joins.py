"""Which values join reports of different true networks, and what the truth says they are.

A linking run on a simulated world loses precision where a network holds reports of several
true networks. The values that did it are the kept sightings' values whose citing reports
belong to two or more true networks; the simulator's truth (``truth/identifiers.jsonl``)
says what each one is: an innocent value (``common``, with its ``role`` where the world
gives one: an exchange, a police or bank line, a reporting site), a laundering value
(``shared`` or listed for several networks), a crew's own value, or nothing the truth lists
(an extraction artefact: a URL recorded beside its domain, a misread number).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from tipoff.link.components import Links


@dataclass(frozen=True, slots=True)
class JoiningValue:
    """One kept value cited by reports of two or more true networks."""

    key: str
    kind: str  # "innocent:<role>", "laundering", "own:<network>" or "not in truth"
    reports: int  # kept citations
    by_truth: list[tuple[str, int]]  # true network -> citing reports, most first


def truth_identifiers(world: Path) -> dict[str, dict[str, Any]]:
    """``truth/identifiers.jsonl`` by key, each alternative key (``alt``) too."""
    out: dict[str, dict[str, Any]] = {}
    with (world / "truth" / "identifiers.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            out[record["key"]] = record
            for alt in record.get("alt", ()):
                out.setdefault(alt, record)
    return out


def value_kind(record: Mapping[str, Any] | None) -> str:
    """What the truth says a value is (``JoiningValue.kind``)."""
    if record is None:
        return "not in truth"
    if record.get("common"):
        role = record.get("attrs", {}).get("role") or record.get("role") or "common"
        return f"innocent:{role}"
    networks = record.get("networks") or []
    if record.get("shared") or len(networks) > 1:
        return "laundering"
    return f"own:{networks[0]}" if networks else "not in truth"


def joining_values(
    kept: Links,
    truth_of: Mapping[int, str],
    keys: Mapping[int, str],
    identifiers: Mapping[str, Mapping[str, Any]],
) -> list[JoiningValue]:
    """Kept values whose citing reports have two or more true networks, most cited first.

    ``truth_of``: true network per report id (a report of no network is left out);
    ``keys``: ``kind:value`` per indicator id.
    """
    by_value: dict[int, Counter[str]] = {}
    reports = kept.report_idx.tolist()
    for report, value in zip(reports, kept.indicator_idx.tolist(), strict=True):
        network = truth_of.get(report)
        if network is not None:
            by_value.setdefault(value, Counter())[network] += 1
    out = [
        JoiningValue(
            keys.get(value, str(value)),
            value_kind(identifiers.get(keys.get(value, ""))),
            sum(counts.values()),
            counts.most_common(),
        )
        for value, counts in by_value.items()
        if len(counts) >= 2
    ]
    return sorted(out, key=lambda v: (-v.reports, v.key))


def false_pairs(found: np.ndarray, true: np.ndarray) -> int:
    """Report pairs put in one network that belong to different true networks."""
    together = Counter(found.tolist())
    same = Counter(zip(found.tolist(), true.tolist(), strict=True))
    pairs_found = sum(n * (n - 1) // 2 for n in together.values())
    return pairs_found - sum(n * (n - 1) // 2 for n in same.values())
