"""The shipped assessment on the blind message set (bench/blind_messages, written before the
model was looked at): per language, how often ordinary messages and promotions are called
scam, how many scams are caught, what the public check page would say, and every miss.

    .venv/bin/python bench/bench_assess_blind.py [--model DIR] [--given-lang] [--json OUT]

Each row is assessed as a message (``assess_many``, language detected unless --given-lang)
and put through the public check's verdict (``tipoff.check.verdict.check_text``) with the
bundled warninglists and no reported identifiers (an empty world: the verdict rests on the
wording alone). "Called scam" is the assessment's outcome ``scam``; "suspicious or scam" is
the page's verdict *suspicious* or *likely scam* (P(scam) >= 0.35). The page's outcome is
*likely scam*, *suspicious*, *spam* (no known signs, outcome spam: the page says it is
advertising) or *legitimate* (no known signs otherwise, too little text included).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sklearn.metrics import roc_auc_score

from tipoff.assess import LinearModel, assess_many, bundled_model, load_model
from tipoff.check.verdict import CheckKind, CheckResult, check_text
from tipoff.indicators import extract
from tipoff.model import Assessment

SET_DIR = Path(__file__).with_name("blind_messages")
LABELS = ("legitimate", "spam", "scam")
PRODUCT_LANGUAGES = frozenset({"en", "ja", "ko", "zh", "th", "vi", "id", "km", "tl"})
PAGE_OUTCOMES = ("likely_scam", "suspicious", "spam", "legitimate")
PAGE_RIGHT = {"legitimate": "legitimate", "spam": "spam", "scam": "likely_scam"}


@dataclass(frozen=True, slots=True)
class Row:
    text: str
    lang: str
    label: str
    type: str


@dataclass(frozen=True, slots=True)
class Judged:
    row: Row
    assessment: Assessment
    check: CheckResult

    @property
    def called_scam(self) -> bool:
        return self.assessment.outcome == "scam"

    @property
    def called_spam(self) -> bool:
        return self.assessment.outcome == "spam"

    @property
    def flagged(self) -> bool:
        """The page would say suspicious or likely scam."""
        return self.check.verdict != "no_known_signs"

    @property
    def page_outcome(self) -> str:
        if self.check.verdict != "no_known_signs":
            return self.check.verdict
        return "spam" if self.assessment.outcome == "spam" else "legitimate"

    @property
    def miss(self) -> bool:
        if self.row.label == "scam":
            return not self.called_scam
        return self.flagged or self.assessment.outcome != self.row.label


def read_rows(directory: Path) -> list[Row]:
    """Every row of every ``<lang>.jsonl`` in ``directory``, in file order."""
    files = sorted(directory.glob("*.jsonl"))
    if not files:
        raise SystemExit(f"no *.jsonl files in {directory}")
    rows = []
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            item = json.loads(line)
            if item.get("label") not in LABELS:
                raise SystemExit(f"{path.name}:{number}: label must be one of {LABELS}")
            rows.append(Row(item["text"], item["lang"], item["label"], item.get("type", "")))
    return rows


def judge(rows: list[Row], model: LinearModel, given_lang: bool) -> list[Judged]:
    """Assess every row (batched per language) and give the check page's verdict for it."""
    judged: dict[int, Judged] = {}
    for lang in sorted({row.lang for row in rows}):
        picked = [i for i, row in enumerate(rows) if row.lang == lang]
        texts = [rows[i].text for i in picked]
        found = assess_many(texts, lang=lang if given_lang else None, model=model)
        for i, assessment in zip(picked, found, strict=True):
            judged[i] = Judged(rows[i], assessment, _check(rows[i].text, assessment))
    return [judged[i] for i in range(len(rows))]


def _check(text: str, assessment: Assessment) -> CheckResult:
    def assessed(_: str, __: CheckKind) -> Assessment:
        return assessment

    return check_text(text, "message", assessed, lambda t: list(extract(t)), lambda keys: set())


def _groups(judged: list[Judged]) -> list[tuple[str, list[Judged]]]:
    """Each language, then the product's nine languages, the two without data, and all."""
    langs = sorted({item.row.lang for item in judged})
    groups = [(lang, [item for item in judged if item.row.lang == lang]) for lang in langs]
    product = [item for item in judged if item.row.lang in PRODUCT_LANGUAGES]
    others = [item for item in judged if item.row.lang not in PRODUCT_LANGUAGES]
    if product and others:
        groups += [("9 product", product), ("+".join(sorted({i.row.lang for i in others})), others)]
    return [*groups, ("all", judged)]


def _share(items: list[Judged], test: str) -> str:
    if not items:
        return "-"
    hits = sum(bool(getattr(item, test)) for item in items)
    return f"{hits / len(items):.0%} ({hits}/{len(items)})"


def _pct(items: list[Judged], hits: int) -> str:
    return f"{hits / len(items):.0%}" if items else "-"


def _auc(items: list[Judged]) -> str:
    """ROC AUC of P(scam), scam rows against the rest (threshold-free)."""
    truth = [item.row.label == "scam" for item in items]
    if all(truth) or not any(truth):
        return "-"
    return f"{roc_auc_score(truth, [item.assessment.scam_probability for item in items]):.2f}"


def language_rows(judged: list[Judged]) -> list[dict[str, str]]:
    """The per-language table: one dict of printable cells a language, then 'all'."""
    table = []
    for lang, mine in _groups(judged):
        by = {label: [item for item in mine if item.row.label == label] for label in LABELS}
        right = sum(item.page_outcome == PAGE_RIGHT[item.row.label] for item in mine)
        outcome_right = sum(item.assessment.outcome == item.row.label for item in mine)
        table.append(
            {
                "lang": lang,
                "detected as set": _pct(
                    mine, sum(i.assessment.language == i.row.lang for i in mine)
                ),
                "legit→scam": _share(by["legitimate"], "called_scam"),
                "legit flagged": _share(by["legitimate"], "flagged"),
                "legit→spam": _share(by["legitimate"], "called_spam"),
                "spam→scam": _share(by["spam"], "called_scam"),
                "spam flagged": _share(by["spam"], "flagged"),
                "scam recall": _share(by["scam"], "called_scam"),
                "scam flagged": _share(by["scam"], "flagged"),
                "scam AUC": _auc(mine),
                "3-way outcome acc": _pct(mine, outcome_right),
                "page right": _pct(mine, right),
                "little_evidence": _pct(mine, sum(i.assessment.little_evidence for i in mine)),
                "flags on legit/spam": _pct(
                    by["legitimate"] + by["spam"],
                    sum(bool(i.check.red_flags) for i in by["legitimate"] + by["spam"]),
                ),
            }
        )
    return table


def page_matrix(judged: list[Judged]) -> list[dict[str, str]]:
    """Per language and true label, how many rows land in each of the page's outcomes."""
    out = []
    for lang, mine in _groups(judged):
        for label in LABELS:
            counts = Counter(item.page_outcome for item in mine if item.row.label == label)
            out.append({"lang": lang, "label": label} | {o: str(counts[o]) for o in PAGE_OUTCOMES})
    return out


def markdown(rows: Iterable[dict[str, str]]) -> str:
    rows = list(rows)
    head = list(rows[0])
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(row[key] for key in head) + " |" for row in rows]
    return "\n".join(lines)


def miss_lines(judged: list[Judged]) -> list[str]:
    """One line per miss: a scam not called scam, or a legitimate message or promotion that the
    page flags or whose outcome is not its label."""
    lines = []
    for item in judged:
        if not item.miss:
            continue
        a = item.assessment
        flags = ",".join(f.code for f in item.check.red_flags) or "-"
        text = item.row.text.replace("\n", " ")
        lines.append(
            f"{item.row.lang} {item.row.label:<10} {item.row.type[:28]:<28} -> {a.outcome:<17} "
            f"p={a.scam_probability:.2f} page={item.page_outcome:<11} det={a.language} "
            f"flags={flags} | {text[:90]}"
        )
    return lines


def as_json(judged: list[Judged]) -> list[dict[str, object]]:
    return [
        {
            "lang": item.row.lang,
            "label": item.row.label,
            "type": item.row.type,
            "text": item.row.text,
            "outcome": item.assessment.outcome,
            "scam_probability": round(float(item.assessment.scam_probability), 4),
            "page": item.page_outcome,
            "detected": item.assessment.language,
            "little_evidence": item.assessment.little_evidence,
            "flags": [flag.code for flag in item.check.red_flags],
        }
        for item in judged
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set-dir",
        type=Path,
        default=SET_DIR,
        help="folder of <lang>.jsonl rows (default bench/blind_messages; "
        "the second blind set is bench/blind_messages_2)",
    )
    parser.add_argument("--model", type=Path, help="a model directory (default: the bundled one)")
    parser.add_argument(
        "--given-lang", action="store_true", help="pass each row's language instead of detecting"
    )
    parser.add_argument("--json", type=Path, help="write every row's answer here")
    args = parser.parse_args(argv)
    model = load_model(args.model) if args.model else bundled_model()
    rows = read_rows(args.set_dir)
    judged = judge(rows, model, args.given_lang)
    print(f"model {model.version}; {len(rows)} rows from {args.set_dir}")
    print(f"language {'given' if args.given_lang else 'detected'}; no reported identifiers\n")
    print(markdown(language_rows(judged)))
    print("\nPage outcome by true label (likely_scam / suspicious / spam / legitimate):\n")
    print(markdown(page_matrix(judged)))
    misses = miss_lines(judged)
    print(f"\nMisses ({len(misses)}):")
    print("\n".join(misses))
    if args.json:
        args.json.write_text(json.dumps(as_json(judged), ensure_ascii=False, indent=0) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
