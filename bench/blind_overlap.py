"""How close new text is to the blind sets: the largest character 4-gram Jaccard of each text
against every row of the blind sets named (a check before a cue list, a seed or a test ad is
committed; the project's bar is below 0.3).

    .venv/bin/python bench/blind_overlap.py --texts FILE [--texts FILE ...] --against DIR [...]

``--texts``: a JSON file (a list of strings, or an object whose string values, lists and
nested objects hold the strings) or a text file, one text per line. ``--against``: folders of
``*.jsonl`` rows with a ``text`` field (for example bench/blind_job_ads_3). Name each blind
folder explicitly: a set still held out must not be read.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

N = 4


def grams(text: str, n: int = N) -> frozenset[str]:
    """The character n-grams of ``text`` lower-cased with runs of spaces made one."""
    folded = " ".join(text.lower().split())
    if len(folded) < n:
        return frozenset({folded}) if folded else frozenset()
    return frozenset(folded[i : i + n] for i in range(len(folded) - n + 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def strings(value: Any) -> Iterator[str]:
    """Every string inside a JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)


def read_texts(path: Path) -> list[str]:
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return list(strings(json.loads(raw)))
    return [line for line in raw.splitlines() if line.strip()]


def blind_rows(folders: list[Path]) -> list[tuple[str, str]]:
    rows = []
    for folder in folders:
        for path in sorted(folder.glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    rows.append((f"{folder.name}/{path.name}", json.loads(line)["text"]))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=Path, action="append", required=True)
    parser.add_argument("--against", type=Path, action="append", required=True)
    parser.add_argument("--show", type=int, default=5, help="closest pairs to print")
    args = parser.parse_args()
    texts = [text for path in args.texts for text in read_texts(path)]
    rows = [(where, text, grams(text)) for where, text in blind_rows(args.against)]
    closest = []
    for text in texts:
        mine = grams(text)
        score, where, row = max(((jaccard(mine, g), w, t) for w, t, g in rows), default=(0, "", ""))
        closest.append((score, text, where, row))
    closest.sort(reverse=True)
    print(
        f"{len(texts)} texts against {len(rows)} blind rows: largest 4-gram Jaccard "
        f"{closest[0][0]:.3f}"
        if closest
        else "no texts"
    )
    for score, text, where, row in closest[: args.show]:
        print(f"  {score:.3f}  {text[:70]!r}\n         {where}: {row[:70]!r}")


if __name__ == "__main__":
    main()
