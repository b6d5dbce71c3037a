"""`make bench` / `python -m bench`: run every benchmark in turn, each in its own process.

Each bench script runs tipoff and the named peer on the same input in one run and prints
absolute figures, the ratio, the input size and the core count. Pass names to run a subset:
``python -m bench extract link``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCHES = ("simulate", "extract", "assess", "ingest", "link", "link_worlds", "pages")


def main(argv: list[str]) -> int:
    chosen = argv or list(BENCHES)
    unknown = sorted(set(chosen) - set(BENCHES))
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; choose from {', '.join(BENCHES)}")
        return 2
    failed = []
    for name in chosen:
        script = Path(__file__).with_name(f"bench_{name}.py")
        print(f"\n=== bench_{name} ===", flush=True)
        if subprocess.call([sys.executable, str(script)]) != 0:
            failed.append(name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
