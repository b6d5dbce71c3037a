"""Every output of the assessment on the development corpora, as JSON lines, to compare trees.

    PYTHONPATH=<tree>/src:<tree> .venv/bin/python bench/assess_outputs_digest.py \\
        --data-dir ../shared/data --out /tmp/tree.jsonl
    .venv/bin/python bench/assess_outputs_digest.py --compare /tmp/main.jsonl /tmp/tree.jsonl

A change that must not move any answer (a speed-up, a refactor) is checked by running this
on both trees and comparing: zero differences. Each line is one text of one corpus through
one path, with the outcome, its probabilities and the type probabilities (rounded to 1e-9),
the language, red flags (code, span, text, explanation, weight), facets, reasons, little
evidence, and the identifiers ``tipoff.indicators.extract`` finds (kind, value, span, raw,
confidence, common, attributes). Paths: ``assess_many`` over the whole corpus (the batch
path), ``assess`` one text at a time (the single-text path, whose model sums differ in
order), and for job ads the public check in job mode (``check_text``).

Corpora: the held-out rows of every public set (as bench_assess.py and
bench_assess_languages.py load them), bench/blind_messages .. blind_messages_6,
bench/dev_local_forms (extraction with each item's country too), bench/convo_dev_9,
bench/legit_dev_9 and bench/jobads_dev_8. No held-out set (common notes) is read.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from tipoff.assess import assess, assess_many
from tipoff.assess.datasets import PUBLIC_SETS, deduplicate, held_out, load_public
from tipoff.check.service import default_assess, default_extract
from tipoff.check.verdict import check_text
from tipoff.indicators import extract
from tipoff.model import Assessment, FoundIndicator

BENCH = Path(__file__).resolve().parent
MESSAGE_SETS = (
    *(f"blind_messages{suffix}" for suffix in ("", "_2", "_3", "_4", "_5", "_6")),
    "convo_dev_9",
    "legit_dev_9",
)
JOB_AD_SET = "jobads_dev_8"
LOCAL_FORMS = BENCH / "dev_local_forms" / "items.jsonl"
SINGLE_PUBLIC = 2000  # public rows also assessed one at a time (bench_assess.py's latency loop)


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 9)
    if isinstance(value, dict):
        return {key: _rounded(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_rounded(item) for item in value]
    return value


def assessment_record(result: Assessment) -> dict[str, Any]:
    """Every field of an assessment, probabilities rounded to 1e-9."""
    return _rounded(result.as_record())


def identifier_records(found: Iterable[FoundIndicator]) -> list[dict[str, Any]]:
    return [
        _rounded(
            {
                "kind": item.kind.value,
                "value": item.value,
                "start": item.start,
                "end": item.end,
                "raw": item.raw,
                "confidence": item.confidence,
                "common": item.common,
                "attributes": [list(pair) for pair in item.attributes],
            }
        )
        for item in found
    ]


def _jsonl_texts(directory: Path) -> list[str]:
    texts: list[str] = []
    for path in sorted(directory.glob("*.jsonl")):
        texts.extend(
            json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line
        )
    return texts


def _message_lines(name: str, texts: list[str], *, single: int) -> Iterator[dict[str, Any]]:
    for index, result in enumerate(assess_many(texts)):
        yield {"set": name, "i": index, "path": "batch", "out": assessment_record(result)}
    for index, text in enumerate(texts[:single]):
        yield {"set": name, "i": index, "path": "single", "out": assessment_record(assess(text))}
    for index, text in enumerate(texts[:single]):
        yield {"set": name, "i": index, "path": "extract", "out": identifier_records(extract(text))}


def digest(data_dir: Path) -> Iterator[dict[str, Any]]:
    """The lines of every corpus, in a fixed order."""
    rows = deduplicate(row for name in PUBLIC_SETS for row in held_out(load_public(data_dir, name)))
    yield from _message_lines("public_held_out", [row.text for row in rows], single=SINGLE_PUBLIC)
    for name in MESSAGE_SETS:
        texts = _jsonl_texts(BENCH / name)
        yield from _message_lines(name, texts, single=len(texts))
    ads = _jsonl_texts(BENCH / JOB_AD_SET)
    for index, result in enumerate(assess_many(ads, kind="job_ad")):
        yield {"set": JOB_AD_SET, "i": index, "path": "batch", "out": assessment_record(result)}
    for index, text in enumerate(ads):
        checked = check_text(text, "job_ad", default_assess, default_extract, lambda keys: set())
        yield {
            "set": JOB_AD_SET,
            "i": index,
            "path": "check",
            "out": _rounded(dataclasses.asdict(checked)),
        }
    for index, line in enumerate(LOCAL_FORMS.read_text("utf-8").splitlines()):
        item = json.loads(line)
        yield {
            "set": "dev_local_forms",
            "i": index,
            "path": "extract_country",
            "out": identifier_records(extract(item["text"], country_hint=item["country"])),
        }
        yield {
            "set": "dev_local_forms",
            "i": index,
            "path": "single",
            "out": assessment_record(assess(item["text"])),
        }


def compare(left: Path, right: Path) -> int:
    """Print the lines that differ (at most 20) and the counts; the number of differences."""
    old = left.read_text("utf-8").splitlines()
    new = right.read_text("utf-8").splitlines()
    differences = [(a, b) for a, b in zip(old, new, strict=False) if a != b]
    for a, b in differences[:20]:
        print("-", a[:400])
        print("+", b[:400])
    counts: dict[str, int] = {}
    for line in old:
        key = json.loads(line)["set"]
        counts[key] = counts.get(key, 0) + 1
    for key, count in counts.items():
        print(f"{key}: {count} lines")
    print(f"lines {len(old)} vs {len(new)}; differing {len(differences)}")
    return len(differences) + abs(len(old) - len(new))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, help="write the digest here (JSON lines)")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("OLD", "NEW"))
    args = parser.parse_args()
    if args.compare:
        sys.exit(1 if compare(*args.compare) else 0)
    if args.out is None:
        parser.error("--out or --compare is required")
    with args.out.open("w", encoding="utf-8") as handle:
        for line in digest(args.data_dir):
            handle.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
