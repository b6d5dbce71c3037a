"""The blind job-ad set (bench/blind_job_ads): the public check's job-ad path on ads written
before the job-ad check was read (a measurement, not a timing; a few seconds).

    .venv/bin/python bench/bench_jobads_blind.py [--misses] [--lang km] [--set-dir DIR]

Per language: ordinary ads flagged (the check's *suspicious* or worse, scam probability
>= 0.35), lures flagged, lures whose outcome is ``scam``, and how often each lure sign is
named on a flagged lure's verdict (the API's ``lure_signs``). ``--misses`` lists the lures
not flagged and the ordinary ads flagged, with the signs the check found.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tipoff.check.service import default_assess, default_extract
from tipoff.check.verdict import SUSPICIOUS_AT, CheckResult, check_text

SET_DIR = Path(__file__).resolve().parent / "blind_job_ads"
LANGUAGES = ("en", "ja", "zh", "ko", "th", "vi", "id", "km", "tl", "ms", "my")


@dataclass(frozen=True, slots=True)
class Checked:
    """One ad of the set and the public check's answer to it in job mode."""

    ad: dict[str, str]
    result: CheckResult

    @property
    def is_lure(self) -> bool:
        return self.ad["label"] == "lure"

    @property
    def flagged(self) -> bool:
        return self.result.scam_probability >= SUSPICIOUS_AT

    @property
    def signs(self) -> list[str]:
        return [sign.sign for sign in self.result.lure_signs]


def load_set(languages: Iterable[str], directory: Path = SET_DIR) -> list[dict[str, str]]:
    """The ads of ``languages`` in ``directory``, in file order."""
    ads: list[dict[str, str]] = []
    for language in languages:
        path = directory / f"{language}.jsonl"
        ads.extend(json.loads(line) for line in path.read_text("utf-8").splitlines() if line)
    return ads


def check_ad(text: str) -> CheckResult:
    """The public check in job mode, with no identifier known to the store."""
    return check_text(text, "job_ad", default_assess, default_extract, lambda keys: set())


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({part / whole:.0%})" if whole else "0/0"


def table(checked: list[Checked], languages: Iterable[str]) -> None:
    """Print the per-language table and the signs named on flagged lures."""
    print("| language | ordinary ads flagged | lures flagged | lures called scam |")
    print("|---|---|---|---|")
    totals = [0, 0, 0, 0, 0]
    for language in languages:
        rows = [c for c in checked if c.ad["lang"] == language]
        ordinary = [c for c in rows if not c.is_lure]
        lures = [c for c in rows if c.is_lure]
        counts = (
            sum(c.flagged for c in ordinary),
            len(ordinary),
            sum(c.flagged for c in lures),
            len(lures),
            sum(c.result.outcome == "scam" for c in lures),
        )
        totals = [t + n for t, n in zip(totals, counts, strict=True)]
        print(
            f"| {language} | {_share(counts[0], counts[1])} | {_share(counts[2], counts[3])} "
            f"| {_share(counts[4], counts[3])} |"
        )
    print(
        f"| all | {_share(totals[0], totals[1])} | {_share(totals[2], totals[3])} "
        f"| {_share(totals[4], totals[3])} |"
    )
    named = Counter(s for c in checked if c.is_lure and c.flagged for s in c.signs)
    flagged = sum(c.is_lure and c.flagged for c in checked)
    print(f"\nlure signs named on the {flagged} flagged lures' verdicts:")
    print(", ".join(f"{sign} {n}" for sign, n in named.most_common()))


def misses(checked: list[Checked]) -> None:
    """List lures not flagged and ordinary ads flagged, with the signs found."""
    print("\nmisses (lures not flagged):")
    for c in checked:
        if c.is_lure and not c.flagged:
            print(f"  {c.ad['lang']} p={c.result.scam_probability:.3f} {c.signs} {c.ad['text']}")
    print("\nfalse alarms (ordinary ads flagged):")
    for c in checked:
        if not c.is_lure and c.flagged:
            print(f"  {c.ad['lang']} p={c.result.scam_probability:.3f} {c.signs} {c.ad['text']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", action="append", choices=LANGUAGES)
    parser.add_argument("--misses", action="store_true")
    parser.add_argument(
        "--set-dir",
        type=Path,
        default=SET_DIR,
        help="folder of <lang>.jsonl ads (default bench/blind_job_ads; "
        "the second and third blind sets are bench/blind_job_ads_2 and _3)",
    )
    args = parser.parse_args()
    # Without --lang: every language the set has a file for (the third set has no ms or my).
    languages = tuple(
        args.lang or (lang for lang in LANGUAGES if (args.set_dir / f"{lang}.jsonl").exists())
    )
    checked = [Checked(ad, check_ad(ad["text"])) for ad in load_set(languages, args.set_dir)]
    table(checked, languages)
    if args.misses:
        misses(checked)


if __name__ == "__main__":
    main()
