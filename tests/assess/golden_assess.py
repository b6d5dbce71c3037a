"""The assessment golden file: every output of ``assess`` on a fixed set of texts, for proving
that speed work changes nothing.

The texts are the repo's own (the fixed sets, the job ads, the everyday messages, the seed
set, the identifier hard cases of bench/) plus variants that reach the rarer code paths
(upper case, a link or a phone number added, decomposed accents, lower-casing that changes the
length, NUL characters, a lone surrogate, over-long and empty texts); no text comes from
../shared/data. The file holds the texts themselves, so later edits of those sources do not
change what is compared.

Every text is assessed batched (``assess_many``: the sparse-product path), one at a time
(``assess``: the small-batch path) and as a job ad and a report; a few languages are also
passed as ``lang=``. The record of one assessment keeps the outcome, every probability, the
language, the little-evidence mark, and each red flag with its offsets, text, explanation and
weight, the facets and the reasons (``no_ask``).

The file is tied to the model and data it was written with (``fingerprint``): after a new
model or lexicon, write it again *with the code from before your change* and review the diff:

    PYTHONPATH=<checkout of main>/src .venv/bin/python -m tests.assess.golden_assess --write

A change meant to change outputs (a new rule such as the no-ask cap of ``assess/asks.py``)
writes it with the new code instead, and lists the records that changed and why.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import unicodedata
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from tipoff.assess import assess, assess_many
from tipoff.assess.assess import bundled_model
from tipoff.assess.lexicon import DATA_PACKAGE
from tipoff.assess.seeds import seed_examples
from tipoff.assess.taxonomy import LABELS, LEGITIMATE, SCAM, SPAM
from tipoff.model import Assessment

HERE = Path(__file__).parent
GOLDEN = HERE / "golden" / "assess_golden.json"
SEED = 16
OUTCOMES = (SCAM, SPAM, LEGITIMATE)
# Kinds and pinned languages beside the batched and single-message runs: (name, kind, lang,
# every n-th text).
RUNS: tuple[tuple[str, str, str | None, int], ...] = (
    ("job_ad", "job_ad", None, 2),
    ("report", "report", None, 4),
    ("lang_vi", "message", "vi", 11),
    ("lang_en", "message", "en", 11),
)
_ADDITIONS = (
    " http://bit.ly/3xQp9Zk",
    " +855 12 345 678",
    " https://secure-verify-account.top/login",
    " 5% daily",
    " TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE",
    " ₱80,000 monthly",
    " 振込 USDT",
    " age 18-35",
    " contact @hr_recruit_88 on Telegram",
    " 482913",
)


def _data_digest() -> str:
    """SHA-256 over the assessment data files (flags, lexicons, gazetteer, pay, platforms,
    ask words, job-ad-only cues, brands, new-number and per-person words)."""
    digest = hashlib.sha256()
    root = resources.files(DATA_PACKAGE)
    names = ["flags.json", "gazetteer.json", "pay.json", "platforms.json", "asks.json"]
    names += ["job_ad_cues.json", "brands.json", "new_number.json"]
    names += ["shared_expense.json"]
    names += sorted(
        f"lexicons/{entry.name}"
        for entry in root.joinpath("lexicons").iterdir()
        if entry.name.endswith(".json")
    )
    for name in names:
        digest.update(name.encode())
        digest.update(root.joinpath(*name.split("/")).read_bytes())
    return digest.hexdigest()


def fingerprint() -> dict[str, str]:
    """What the golden outputs depend on besides the code."""
    model = bundled_model()
    return {
        "model_version": model.version,
        "weights_sha256": str(model.metadata.get("weights_sha256", "")),
        "data_sha256": _data_digest(),
    }


def _repo_texts() -> list[str]:
    texts: list[str] = []
    for path in sorted((HERE / "fixed_sets").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for part in ("ordinary", "scam"):
            texts.extend(entry["text"] for entry in data.get(part, []))
    for path in sorted((HERE / "job_ads").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        texts.extend(data["ordinary"])
        texts.extend(data["lure"])
    everyday = json.loads((HERE / "everyday_messages.json").read_text(encoding="utf-8"))
    for language, parts in everyday.items():
        if language != "about":
            for values in parts.values():
                texts.extend(values)
    hard = HERE.parent.parent / "bench" / "evalset_hard_cases.jsonl"
    for line in hard.read_text(encoding="utf-8").splitlines():
        if line.strip():
            texts.append(json.loads(line)["text"])
    texts.extend(example.text for example in seed_examples(seed=SEED, per_template=1))
    return list(dict.fromkeys(texts))


def _variants(texts: Sequence[str], rng: random.Random) -> list[str]:
    out: list[str] = []
    for text in rng.sample(list(texts), k=min(len(texts), 400)):
        roll = rng.randrange(6)
        if roll == 0:
            out.append(text.upper())
        elif roll == 1:
            out.append(text + rng.choice(_ADDITIONS))
        elif roll == 2:
            out.append(unicodedata.normalize("NFD", text))
        elif roll == 3:
            out.append("İstanbul " + text)  # lower() makes "İ" two code points
        elif roll == 4:
            out.append(text.replace(" ", "\x00", 1))
        else:
            out.append(text[: rng.randrange(1, max(2, len(text)))])
    out.extend(
        [
            "",
            " ",
            "hello",
            "+44 20 7946 0958",
            "http://bit.ly/3xQp9Zk",
            "Hi Mum",
            "lone \ud800 surrogate",
            "\x00\x00",
            "0123456789 " * 40,
            " ".join(texts[:60]),  # over 2,000 characters, many scripts
        ]
    )
    return out


def golden_texts() -> list[str]:
    """The texts of a new golden file (the file itself keeps the texts it was written with)."""
    texts = _repo_texts()
    return texts + _variants(texts, random.Random(SEED))


def record(result: Assessment, explanations: dict[str, int]) -> list[Any]:
    """Everything ``result`` says, as plain JSON (explanations by index into a shared list)."""
    flags = [
        [
            flag.code,
            flag.start,
            flag.end,
            flag.text,
            explanations.setdefault(flag.explanation, len(explanations)),
            flag.weight,
        ]
        for flag in result.red_flags
    ]
    return [
        result.outcome,
        result.scam_probability,
        result.language,
        result.little_evidence,
        result.model_version == bundled_model().version,
        [result.labels[label] for label in LABELS],
        sorted(result.labels) == sorted(LABELS),
        [result.outcome_probabilities[outcome] for outcome in OUTCOMES],
        sorted(result.outcome_probabilities) == sorted(OUTCOMES),
        flags,
        result.facets,
        list(result.reasons),
    ]


Runner = Callable[[Sequence[str]], list[Assessment]]


def runs(texts: Sequence[str]) -> dict[str, tuple[list[int], Runner]]:
    """name -> (indexes of the texts it assesses, how)."""
    every = list(range(len(texts)))
    table: dict[str, tuple[list[int], Runner]] = {
        "batch": (every, lambda chunk: assess_many(chunk)),
        "single": (every, lambda chunk: [assess(text) for text in chunk]),
    }
    for name, kind, lang, step in RUNS:

        def run(chunk: Sequence[str], kind: Any = kind, lang: str | None = lang) -> Any:
            return assess_many(chunk, kind=kind, lang=lang)

        table[name] = (every[::step], run)
    return table


def outputs(texts: Sequence[str]) -> tuple[dict[str, list[list[Any]]], list[str]]:
    """Records of every run, and the explanation strings they index."""
    explanations: dict[str, int] = {}
    produced: dict[str, list[list[Any]]] = {}
    for name, (indexes, runner) in runs(texts).items():
        results = runner([texts[i] for i in indexes])
        produced[name] = [record(result, explanations) for result in results]
    return produced, list(explanations)


def write(path: Path = GOLDEN) -> None:
    texts = golden_texts()
    produced, explanations = outputs(texts)
    batch = produced["batch"]
    # One-at-a-time records are kept only where they differ from the batched ones.
    single = {str(i): row for i, row in enumerate(produced.pop("single")) if row != batch[i]}
    document = {
        "about": __doc__.split("\n\n")[0],
        "fingerprint": fingerprint(),
        "texts": texts,
        "explanations": explanations,
        "single_differs": single,
        "runs": produced,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"
    # A lone surrogate is written as its JSON escape ("\\ud800"), the rest as UTF-8.
    path.write_bytes(text.encode("utf-8", errors="backslashreplace"))
    print(f"{path}: {len(texts)} texts, {len(single)} single-message records differ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help="write the golden file")
    parser.add_argument("--out", type=Path, default=GOLDEN)
    args = parser.parse_args()
    if args.write:
        write(args.out)
    else:
        parser.print_help()


if __name__ == "__main__":
    main()
