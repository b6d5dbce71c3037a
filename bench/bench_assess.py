"""Benchmark: tipoff.assess against a plain scikit-learn TF-IDF word-unigram logistic regression.

Both are trained on the same data (what ``tipoff train`` gathers: public sets minus their
held-out rows, simulator messages, seed set) and evaluated on the same de-duplicated held-out
splits of every labelled set in ../shared/data, plus simulator messages from another seed.
Speed is measured in one process on one core: batches of messages, and single messages.

    .venv/bin/python bench/bench_assess.py [--data-dir ../shared/data] [--quick]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, roc_auc_score

from tipoff.assess import assess, assess_many, current_model
from tipoff.assess.datasets import PUBLIC_SETS, Example, deduplicate, held_out, load_public
from tipoff.assess.training import TrainingConfig, gather_training_data, simulator_examples


def _quality(truth: list[bool], scores: np.ndarray) -> tuple[float, float, float | None]:
    predicted = scores >= 0.5
    accuracy = float(np.mean(predicted == np.array(truth)))
    f1 = float(f1_score(truth, predicted, zero_division=0))
    auc = float(roc_auc_score(truth, scores)) if len(set(truth)) == 2 else None
    return accuracy, f1, auc


def _fmt(figures: tuple[float, float, float | None]) -> str:
    accuracy, f1, auc = figures
    return f"{accuracy:.4f} {f1:.4f} {'  n/a ' if auc is None else f'{auc:.4f}'}"


def _per_second(function, items: list[str], repeat: int = 3) -> tuple[float, float]:
    """(messages per CPU second, messages per wall second), best of ``repeat`` runs.

    CPU seconds are what "per core" means on a shared machine; wall time is shown beside.
    """
    best_cpu = best_wall = float("inf")
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        function(items)
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    return len(items) / best_cpu, len(items) / best_wall


def _latencies_us(function, items: list[str]) -> tuple[float, float]:
    times = []
    for item in items:
        start = time.perf_counter()
        function(item)
        times.append((time.perf_counter() - start) * 1e6)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.99) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=Path(os.environ.get("TIPOFF_SHARED_DATA", "../shared/data")),
    )
    parser.add_argument("--quick", action="store_true", help="Fewer timing repeats.")
    args = parser.parse_args()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()

    config = TrainingConfig()
    data = gather_training_data(config, data_root=args.data_dir)
    texts = [e.text for e in data.examples]
    truth = [e.is_scam for e in data.examples]
    weights = [e.weight for e in data.examples]
    start = time.perf_counter()
    peer_vectorizer = TfidfVectorizer(analyzer="word", ngram_range=(1, 1))
    peer = LogisticRegression(max_iter=2000)
    peer.fit(peer_vectorizer.fit_transform(texts), truth, sample_weight=weights)
    peer_train_s = time.perf_counter() - start

    def peer_scores(items: list[str]) -> np.ndarray:
        return peer.predict_proba(peer_vectorizer.transform(items))[:, 1]

    def ours_scores(items: list[str]) -> np.ndarray:
        return np.array([a.scam_probability for a in assess_many(items)])

    model = current_model()
    print(
        f"tipoff.assess model {model.version} vs scikit-learn TfidfVectorizer(word 1-gram) + LogisticRegression"
    )
    print(
        f"training data: {len(texts):,} distinct texts (peer fit in {peer_train_s:.1f} s); cores available: {cores}; timing uses one process, one core"
    )
    print()
    print(
        f"{'held-out set':<34}{'rows':>6}{'scam':>6}   {'ours acc   F1     AUC':<24}{'peer acc   F1     AUC':<24}"
    )
    eval_sets: dict[str, list[Example]] = {
        name: held_out(load_public(args.data_dir, name)) for name in PUBLIC_SETS
    }
    eval_sets["simulator (seed 99, in-distribution)"] = deduplicate(simulator_examples(3000, 99))
    for name, rows in eval_sets.items():
        if not rows:
            continue
        items = [r.text for r in rows]
        labels = [r.is_scam for r in rows]
        print(
            f"{name:<34}{len(rows):>6}{sum(labels):>6}   {_fmt(_quality(labels, ours_scores(items))):<24}"
            f"{_fmt(_quality(labels, peer_scores(items))):<24}"
        )

    # Speed is measured on messages: the UCI held-out SMS alone, and every held-out text except
    # the EMSCAD job ads (pages long), each repeated to 20,000 messages.
    mixed = [r.text for name, rows in eval_sets.items() if name != "emscad-fakejobs" for r in rows]
    uci = [r.text for r in eval_sets["uci-sms-spam"]]
    repeat = 1 if args.quick else 3
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print()
    print(
        f"speed, one process on one core (CPU time; wall time in brackets); load average {load:.1f} on {cores} cores"
    )
    for label, corpus in (("UCI held-out SMS", uci), ("all held-out messages + simulator", mixed)):
        batch = (corpus * (1 + 20_000 // len(corpus)))[:20_000]
        mean_chars = sum(map(len, batch)) / len(batch)
        ours_rate, ours_wall = _per_second(assess_many, batch, repeat)
        model_rate, _ = _per_second(
            lambda items: [
                model.probabilities(items[i : i + 4096], [frozenset()] * len(items[i : i + 4096]))
                for i in range(0, len(items), 4096)
            ],
            batch,
            repeat,
        )
        peer_rate, peer_wall = _per_second(peer_scores, batch, repeat)
        print(f"  {label}: {len(batch):,} messages, mean {mean_chars:.0f} characters")
        print(
            f"    batch, full assessment (red flags, language, labels): ours {ours_rate:,.0f} msg/s ({ours_wall:,.0f})"
            f"   peer, probability only: {peer_rate:,.0f} msg/s ({peer_wall:,.0f})   ours/peer {ours_rate / peer_rate:.2f}"
        )
        print(
            f"    batch, model only (hashing + all 18 heads): ours {model_rate:,.0f} msg/s   ours/peer {model_rate / peer_rate:.2f}"
        )
        singles = batch[:2000]
        assess(singles[0])
        ours_p50, ours_p99 = _latencies_us(assess, singles)
        peer_p50, peer_p99 = _latencies_us(lambda t: peer_scores([t]), singles)
        print(
            f"    single message in-process, p50 / p99 wall: ours {ours_p50:.0f} / {ours_p99:.0f} µs"
            f"   peer {peer_p50:.0f} / {peer_p99:.0f} µs   peer/ours p50 {peer_p50 / ours_p50:.2f}"
        )


if __name__ == "__main__":
    main()
