"""Fixed message sets and job ads: the per-language figures of docs/assess.md and
docs/trafficking-lures.md (a measurement, not a timing; about 20 s).

    .venv/bin/python bench/bench_assess_content.py [--data-dir ../shared/data]

Fixed sets (tests/assess/fixed_sets): ordinary messages passing (no scam outcome, no red flag
the text does not support) and scams called scam, per language, worst first. Job ads: share of
ordinary ads flagged (scam probability >= 0.35, the check's "suspicious") and of lures or fake
jobs flagged, on the held-out ads (tests/assess/job_ads), on the simulator's job ads (the set
the sign weights were set on) and on EMSCAD when --data-dir holds it.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterable
from pathlib import Path

from tipoff.assess import assess_many
from tipoff.assess.lexicon import flag_codes
from tipoff.check.verdict import SUSPICIOUS_AT
from tipoff.model import Assessment, RedFlag
from tipoff.simulate import job_ads

TESTS = Path(__file__).resolve().parent.parent / "tests" / "assess"
LANGUAGES = ("en", "ja", "zh", "ko", "th", "vi", "id", "km", "tl")
Row = tuple[str, bool, str]  # language, is a lure or fake job, text


def _grounded(flags: Iterable[RedFlag]) -> set[str]:
    meta = flag_codes()
    shown = {flag.code for flag in flags}
    ok = {code for code in shown if not meta[code].requires}
    while True:
        more = {c for c in shown - ok if ok.intersection(meta[c].requires)}
        if not more:
            return ok
        ok |= more


def _ordinary_passes(entry: dict[str, object], result: Assessment) -> bool:
    allowed = {"link", *entry.get("flags", ())}  # type: ignore[misc]
    ok = _grounded(result.red_flags)
    return result.outcome != "scam" and all(
        flag.code in ok and flag.code in allowed for flag in result.red_flags
    )


def fixed_sets() -> None:
    lines = []
    for language in LANGUAGES:
        data = json.loads((TESTS / "fixed_sets" / f"{language}.json").read_text("utf-8"))
        ordinary, scams = data["ordinary"], data["scam"]
        results = assess_many([e["text"] for e in ordinary])
        passed = sum(_ordinary_passes(e, r) for e, r in zip(ordinary, results, strict=True))
        caught = sum(r.outcome == "scam" for r in assess_many([e["text"] for e in scams]))
        rate = (passed + caught) / (len(ordinary) + len(scams))
        lines.append((rate, language, passed, len(ordinary), caught, len(scams)))
    print("fixed sets: language, ordinary passing, scams called scam (worst first)")
    for rate, language, passed, n_ord, caught, n_scam in sorted(lines):
        print(f"  {language}: {passed}/{n_ord}  {caught}/{n_scam}  ({rate:.1%} of all)")


def _job_figures(title: str, rows: list[Row]) -> None:
    results = assess_many([text for _, _, text in rows], kind="job_ad")
    per: dict[str, list[int]] = {}
    for (language, lure, _), result in zip(rows, results, strict=True):
        counts = per.setdefault(language, [0, 0, 0, 0])
        flagged = result.scam_probability >= SUSPICIOUS_AT
        counts[2 if lure else 0] += 1
        counts[3 if lure else 1] += flagged
    print(f"{title}: language, ordinary ads flagged, lures / fake jobs flagged (worst first)")
    worst = sorted(
        per.items(), key=lambda kv: (-kv[1][1] / max(kv[1][0], 1), kv[1][3] / max(kv[1][2], 1))
    )
    for language, (n, false, lures, caught) in worst:
        recall = f"{caught}/{lures} = {caught / lures:.1%}" if lures else "n/a"
        print(f"  {language}: {false}/{n} = {false / max(n, 1):.1%}   {recall}")


def held_out_ads() -> list[Row]:
    rows: list[Row] = []
    for language in LANGUAGES:
        data = json.loads((TESTS / "job_ads" / f"{language}.json").read_text("utf-8"))
        rows += [(language, False, text) for text in data["ordinary"]]
        rows += [(language, True, text) for text in data["lure"]]
    return rows


def emscad(data_dir: Path) -> list[Row]:
    path = data_dir / "emscad-fakejobs" / "fj_small.csv"
    parts = ("title", "location", "company_profile", "description", "requirements", "benefits")
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            ("en", row["fraudulent"] == "1", "\n".join((row.get(p) or "").strip() for p in parts))
            for row in csv.DictReader(handle)
        ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=None)
    args = parser.parse_args(argv)
    fixed_sets()
    _job_figures("job ads, held out", held_out_ads())
    simulated = [(a["lang"], a["label"] != "not_scam", a["text"]) for a in job_ads(600, seed=11)]
    _job_figures("job ads, simulator (tuning set)", simulated)  # type: ignore[arg-type]
    if args.data_dir and (args.data_dir / "emscad-fakejobs" / "fj_small.csv").is_file():
        _job_figures("job ads, EMSCAD (fake jobs, not lures)", emscad(args.data_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
