"""Regenerate ``fixed_sets/known_misses.json``: the fixed-set messages the bundled model and
the current rules get wrong, with why (strict xfails in test_assess_fixed_sets.py).

    PYTHONPATH=src:. .venv/bin/python -m tests.assess.fixed_set_misses --write [--note TEXT]

Without ``--write`` it prints what would be added and removed. Review the diff by hand.
"""

from __future__ import annotations

import argparse
import json

from tests.assess.test_assess_fixed_sets import (
    FIXED_DIR,
    KNOWN_MISSES,
    LANGUAGES,
    fixed_set,
    unsupported_flags,
)

from tipoff.assess import assess_many
from tipoff.assess.assess import bundled_model

MISSES_FILE = FIXED_DIR / "known_misses.json"


def misses() -> dict[str, str]:
    """Text -> reason for every fixed-set message the bundled model gets wrong, in file order."""
    found: dict[str, str] = {}
    for language in LANGUAGES:
        data = fixed_set(language)
        ordinary = data["ordinary"]
        for entry, result in zip(ordinary, assess_many([e["text"] for e in ordinary]), strict=True):
            problems = unsupported_flags(entry["text"], result, entry.get("flags", ()))
            if result.outcome == "scam":
                found[entry["text"]] = (
                    f"{language}: the model calls this {entry['category']} message a scam "
                    f"(P(scam) {result.scam_probability:.2f})"
                )
            elif problems:
                found[entry["text"]] = f"{language}: {'; '.join(problems)}"
        scams = data["scam"]
        for entry, result in zip(scams, assess_many([e["text"] for e in scams]), strict=True):
            if result.outcome != "scam":
                found[entry["text"]] = (
                    f"{language}: {entry['type']} scam gets {result.outcome} "
                    f"(P(scam) {result.scam_probability:.2f})"
                )
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help="write known_misses.json")
    parser.add_argument("--note", default="", help="what changed, for the file's 'about'")
    args = parser.parse_args()
    now = misses()
    for text in sorted(set(KNOWN_MISSES) - set(now)):
        print(f"fixed: {KNOWN_MISSES[text]}  {text[:60]}")
    for text in [t for t in now if t not in KNOWN_MISSES]:
        print(f"new:   {now[text]}  {text[:60]}")
    if args.write:
        about = (
            "Known misses of the shipped model on the fixed sets (strict xfail in "
            "test_assess_fixed_sets.py), regenerated with `python -m "
            "tests.assess.fixed_set_misses --write` after each cue or model change and "
            f"reviewed by hand. Model: {bundled_model().version}. {args.note}".strip()
        )
        document = {"about": about, "misses": now}
        text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
        MISSES_FILE.write_text(text, encoding="utf-8")
        print(f"{MISSES_FILE}: {len(now)} misses")


if __name__ == "__main__":
    main()
