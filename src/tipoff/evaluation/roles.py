"""Role accuracy on a simulated world: are third parties told from the scam's own values?

Every report of ``WORLD_DIR/reports.jsonl`` goes through intake's analysis
(``tipoff.intake.analyse.Analyser``: extraction, then ``tipoff.indicators.roles``); each
sighting whose key the truth knows is scored:

- a **third party** (truth role ``reporting_site``, ``police_line``, ``bank_line``,
  ``support_line`` or ``hotline``) should come out ``reference``;
- a **scam value** (one a crew owns: the truth names its networks) must not.

Per language: recall of third parties (share called ``reference``), the false-reference
rate of scam values (the costly error: a crew's value stops linking), and per value the
share of each third party's reports that call it ``reference`` (what a value-level rule
at relink sees). ``python -m tipoff.evaluation.roles WORLD_DIR [--limit N]``.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pydantic

from tipoff.evaluation.world_links import read_jsonl
from tipoff.intake.analyse import Analyser
from tipoff.intake.schema import ReportIn
from tipoff.model import Role

THIRD_PARTY_ROLES = frozenset(
    {"reporting_site", "police_line", "bank_line", "support_line", "hotline"}
)


@dataclass
class LanguageScores:
    """Counts for one language (or "all")."""

    third: int = 0
    third_reference: int = 0
    scam: int = 0
    scam_reference: int = 0

    @property
    def third_recall(self) -> float:
        return self.third_reference / self.third if self.third else float("nan")

    @property
    def false_reference(self) -> float:
        return self.scam_reference / self.scam if self.scam else float("nan")


@dataclass
class RoleScores:
    """Role accuracy of a world, per language, plus the per-value view of third parties."""

    languages: dict[str, LanguageScores] = field(default_factory=dict)
    # third-party key -> (reports citing it, reports calling it reference)
    values: dict[str, list[int]] = field(default_factory=dict)

    def value_shares(self) -> list[float]:
        return sorted(r / n for n, r in self.values.values() if n)

    def as_json(self) -> dict[str, object]:
        shares = self.value_shares()
        return {
            "languages": {
                lang: {
                    "third_party_sightings": s.third,
                    "third_party_recall": round(s.third_recall, 4),
                    "scam_sightings": s.scam,
                    "false_reference_rate": round(s.false_reference, 6),
                }
                for lang, s in sorted(self.languages.items(), key=lambda item: item[1].third_recall)
            },
            "third_party_values": len(shares),
            "worst_value_share": round(shares[0], 4) if shares else None,
            "values_below_one_third": sum(1 for s in shares if s < 1 / 3),
        }


def _sides(world_dir: Path) -> dict[str, str]:
    """Truth key (and alternative keys) -> "third" or "scam"."""
    sides: dict[str, str] = {}
    for _, record in read_jsonl(world_dir / "truth" / "identifiers.jsonl"):
        if not record:
            continue
        attrs = record.get("attrs") or {}
        role = attrs.get("role") if isinstance(attrs, dict) else None
        side = (
            "third" if role in THIRD_PARTY_ROLES else ("scam" if record.get("networks") else None)
        )
        if side is None:
            continue
        alt = record.get("alt")
        for key in [record.get("key"), *(alt if isinstance(alt, list) else [])]:
            if isinstance(key, str):
                sides.setdefault(key, side)
    return sides


def score_roles(world_dir: Path, limit: int | None = None) -> RoleScores:
    """Role accuracy of intake's analysis on the world's reports (the first ``limit``)."""
    sides = _sides(world_dir)
    analyser = Analyser(with_assessment=False)
    scores = RoleScores()
    total = scores.languages.setdefault("all", LanguageScores())
    for count, (_, line) in enumerate(read_jsonl(world_dir / "reports.jsonl")):
        if limit is not None and count >= limit:
            break
        if line is None:
            continue
        try:
            report = ReportIn.model_validate(line)
        except pydantic.ValidationError:
            continue
        lang = report.language or "?"
        per = scores.languages.setdefault(lang, LanguageScores())
        seen: dict[str, bool] = defaultdict(bool)
        for sighting in analyser.sightings(report):
            key = f"{sighting.kind}:{sighting.value}"
            side = sides.get(key)
            if side is None:
                continue
            is_reference = sighting.role == Role.REFERENCE.value
            for bucket in (per, total):
                if side == "third":
                    bucket.third += 1
                    bucket.third_reference += is_reference
                else:
                    bucket.scam += 1
                    bucket.scam_reference += is_reference
            if side == "third":
                seen[key] |= is_reference
        for key, called in seen.items():
            counts = scores.values.setdefault(key, [0, 0])
            counts[0] += 1
            counts[1] += called
    return scores


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("world", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="Score the first N reports.")
    args = parser.parse_args(argv)
    print(json.dumps(score_roles(args.world, args.limit).as_json(), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
