"""Speed of the full assessment, batched and one message at a time, beside a TF-IDF baseline.

    .venv/bin/python bench/bench_assess.py [--data-dir ../shared/data] [--n 20000] [--speed-only]

Corpus: the held-out rows of every public set (de-duplicated, all languages), repeated to
``--n`` messages. CPU time of this process (one core) is what "per core" means on a shared
machine; single-message latency is wall time. Run it with ``PYTHONPATH=<old checkout>/src``
to measure older code on the same corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from tipoff.assess import assess, assess_many
from tipoff.assess.datasets import PUBLIC_SETS, deduplicate, held_out, load_public


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--corpus", type=Path, help="JSON list of texts (to compare code versions)")
    parser.add_argument("--speed-only", action="store_true")
    args = parser.parse_args()
    rows = deduplicate(
        row for name in PUBLIC_SETS for row in held_out(load_public(args.data_dir, name))
    )
    texts = [row.text for row in rows if len(row.text) < 2000]
    if args.corpus:
        texts = json.loads(args.corpus.read_text(encoding="utf-8"))
    corpus = (texts * (args.n // len(texts) + 1))[: args.n]
    print("load average at start {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    assess_many(corpus[:100])
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        assess_many(corpus)
        best = min(best, time.process_time() - start)
    latencies = []
    for text in texts[:2000]:
        start = time.perf_counter()
        assess(text)
        latencies.append((time.perf_counter() - start) * 1e6)
    latencies.sort()
    mean_chars = statistics.mean(len(t) for t in corpus)
    print(f"corpus {len(corpus)} messages, mean {mean_chars:.0f} chars")
    print(
        f"ours: full assessment {len(corpus) / best:,.0f} msg/s (CPU), single p50 "
        f"{latencies[len(latencies) // 2]:.0f} us, p99 {latencies[int(len(latencies) * 0.99)]:.0f} "
        "us"
    )
    vectorizer = TfidfVectorizer()
    model = LogisticRegression(max_iter=500)
    labels = [row.is_scam for row in rows]
    model.fit(vectorizer.fit_transform([row.text for row in rows]), labels)
    start = time.process_time()
    model.predict_proba(vectorizer.transform(corpus))
    rate = len(corpus) / (time.process_time() - start)
    peer = []
    for text in texts[:2000]:
        start = time.perf_counter()
        model.predict_proba(vectorizer.transform([text]))
        peer.append((time.perf_counter() - start) * 1e6)
    peer.sort()
    print(
        f"baseline TF-IDF+LR: probability only {rate:,.0f} msg/s (CPU), single p50 "
        f"{peer[len(peer) // 2]:.0f} us, p99 {peer[int(len(peer) * 0.99)]:.0f} us"
    )
    print("load average at end {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    if not args.speed_only:
        script = Path(__file__).with_name("bench_assess_languages.py")
        subprocess.call(
            [sys.executable, str(script), "--data-dir", str(args.data_dir), "--no-lolo"]
        )


if __name__ == "__main__":
    main()
