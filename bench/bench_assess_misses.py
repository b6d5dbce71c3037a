"""The held-out rows a model gets wrong, per language: the error analysis behind docs/assess.md.

    .venv/bin/python bench/bench_assess_misses.py [--data-dir ../shared/data] [--model DIR]
        [--lang th] [--limit 40]

Rows and definitions are bench_assess_languages.py's: the held-out split of every public set
but EMSCAD, de-duplicated across all files, a row's language is its set's; rows labelled only
"unwanted" sit out. A miss is a scam row at P(scam) < 0.5 or a spam or legitimate row at
P(scam) >= 0.5. Each line: the row's label, its set, P(scam), P(spam or scam), the detected
language, the red flags shown and the start of the text. About 20 s.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from tipoff.assess import assess_many, load_model
from tipoff.assess.datasets import PUBLIC_SETS, deduplicate, held_out, load_public
from tipoff.assess.evaluation import unwanted_probability
from tipoff.assess.examples import Example
from tipoff.assess.language import detect_language
from tipoff.model import Assessment

LANGUAGES = ("en", "zh", "vi", "th", "tl")


def held_out_rows(data_dir: Path) -> list[Example]:
    return deduplicate(
        row
        for name in PUBLIC_SETS
        if name != "emscad-fakejobs"
        for row in held_out(load_public(data_dir, name))
        if row.label != "unwanted"
    )


def is_miss(row: Example, result: Assessment) -> bool:
    return (row.label == "scam") != (result.scam_probability >= 0.5)


def miss_line(row: Example, result: Assessment) -> str:
    flags = ",".join(flag.code for flag in result.red_flags) or "-"
    text = " ".join(row.text.split())[:160]
    return (
        f"  {row.label:<10} {row.source:<20} P(scam) {result.scam_probability:.2f} "
        f"P(unwanted) {unwanted_probability(result):.2f} {result.language} [{flags}] {text!r}"
    )


def print_misses(
    rows: Sequence[Example], results: Sequence[Assessment], languages: Sequence[str], limit: int
) -> None:
    for language in languages:
        pairs = [
            (row, result)
            for row, result in zip(rows, results, strict=True)
            if (row.language or str(detect_language(row.text))) == language
        ]
        misses = sorted(
            (pair for pair in pairs if is_miss(*pair)), key=lambda p: p[1].scam_probability
        )
        scams = sum(row.label == "scam" for row, _ in misses)
        print(f"{language}: {len(misses)} misses of {len(pairs)} rows ({scams} scams missed)")
        for row, result in misses[:limit]:
            print(miss_line(row, result))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    parser.add_argument("--model", type=Path, default=None, help="a model directory")
    parser.add_argument("--lang", action="append", choices=LANGUAGES)
    parser.add_argument("--limit", type=int, default=40)
    args = parser.parse_args()
    model = load_model(args.model) if args.model else None
    rows = held_out_rows(args.data_dir)
    results = assess_many([row.text for row in rows], model=model)
    print_misses(rows, results, args.lang or LANGUAGES, args.limit)


if __name__ == "__main__":
    main()
