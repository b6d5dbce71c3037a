"""Write the local-forms development corpus (items.jsonl) from items_a.py and items_b.py.

Each line: {"id", "batch" ("dev": written before the fixes, "fresh": written after them,
items_c.py), "language", "country" (the report's victim country or null), "text",
"expected": [{"kind", "value"}]}. An item with no expectation is a negative: nothing in it
may be extracted (a value the bundled warninglists mark common is allowed: the innocent
hotlines and portals victims cite). The expected values were written by hand, from what each
value is (the phone's E.164 form, the bank's national code); the only check made here is that
each expected phone is a valid number for phonenumbers, the library tipoff keys phones by.

    PYTHONPATH=src:. python bench/dev_local_forms/build.py
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import phonenumbers

from bench.dev_local_forms.items_a import ITEMS as ITEMS_A
from bench.dev_local_forms.items_b import ITEMS as ITEMS_B
from bench.dev_local_forms.items_c import ITEMS as ITEMS_C

OUT = Path(__file__).with_name("items.jsonl")


def _expected(values: list[str]) -> list[dict[str, str]]:
    out = []
    for entry in values:
        kind, value = entry.split("|", 1)
        if kind == "phone" and not phonenumbers.is_valid_number(phonenumbers.parse(value)):
            raise ValueError(f"expected phone {value} is not a valid number")
        out.append({"kind": kind, "value": value})
    return out


def main() -> None:
    lines = []
    counts: Counter[str] = Counter()
    batches = [("dev", item) for item in ITEMS_A + ITEMS_B] + [("fresh", i) for i in ITEMS_C]
    for batch, (language, country, text, values) in batches:
        counts[language] += 1
        record = {
            "id": f"{language}-{counts[language]:02d}",
            "batch": batch,
            "language": language,
            "country": country,
            "text": text,
            "expected": _expected(values),
        }
        lines.append(json.dumps(record, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} items -> {OUT}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
