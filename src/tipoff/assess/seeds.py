"""A small multilingual seed set of scam and ordinary messages, generated from data files.

Templates (``data/seeds/<lang>.json``) are written from the cue families of docs/red-flags.md; each
is filled with random names, amounts, links and handles, and some are extended with further cue
phrases from the same language's lexicon. Ordinary messages in every language keep the model
from learning "this script means scam". This is training data beside the public sets and the
simulator, never a replacement for them.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from importlib import resources
from typing import Any

from tipoff.assess.datasets import Example
from tipoff.assess.lexicon import DATA_PACKAGE, LEXICON_LANGUAGES, flag_codes, lexicon
from tipoff.assess.taxonomy import expand_label

SOURCE = "seed"

_FILLERS: dict[str, list[str]] = {
    "name": [
        "Anna",
        "Tanaka",
        "Li Wei",
        "Kim",
        "Somchai",
        "Minh",
        "Budi",
        "Maria",
        "John",
        "Sokha",
    ],
    "amount": [
        "$500",
        "$1,200",
        "¥50,000",
        "₱5,000",
        "฿3,000",
        "Rp 2.000.000",
        "1,000,000 VND",
        "£250",
        "300 USDT",
        "₩500,000",
        "3000元",
        "$49.99",
    ],
    "amount2": ["$50", "£25", "$120", "₱1,000", "100 USDT"],
    "link": [
        "http://bit.ly/3xQp9Zk",
        "https://secure-verify-account.top/login",
        "www.parcel-redelivery.xyz",
        "https://app-invest.vip/download",
        "http://192.168.44.10/pay",
        "track-post.cc/id=8812",
        "https://line-coin.asia/app.apk",
        "t.me/vipsignals88",
    ],
    "phone": [
        "+1 888 555 0142",
        "0120-444-881",
        "+855 12 345 678",
        "+63 917 555 1234",
        "1-800-555-0199",
    ],
    "handle": [
        "@hr_recruit_88",
        "@vip_teacher",
        "t.me/jobs_asia",
        "wa.me/85512345678",
        "@assist_lin",
    ],
    "code": ["482913", "118204", "CX-2291", "773190"],
    "pct": ["3", "5", "8", "12", "30"],
    "brand": ["DHL", "Japan Post", "USPS", "Royal Mail", "J&T Express", "Kerry"],
    "bank": ["HSBC", "Chase", "SMBC", "Bank of America", "BDO", "Vietcombank"],
    "company": ["Amazon", "Shopee", "Lazada", "Indeed", "Robert Walters"],
}


def _seed_file(language: str) -> dict[str, Any]:
    path = resources.files(DATA_PACKAGE).joinpath("seeds", f"{language}.json")
    return dict(json.loads(path.read_text(encoding="utf-8")))


def _fill(template: str, rng: random.Random) -> str:
    text = template
    for key, values in _FILLERS.items():
        token = "{" + key + "}"
        while token in text:
            text = text.replace(token, rng.choice(values), 1)
    return text


def _type_cues(language: str, scam_type: str) -> list[str]:
    """Cue phrases of this language whose red-flag code points at ``scam_type``."""
    codes = {code for code, meta in flag_codes().items() if scam_type in meta.types}
    return [
        phrase for code, phrases in lexicon(language).items() if code in codes for phrase in phrases
    ]


def _vary(text: str, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.15:
        return text.upper()
    if roll < 0.3:
        return text.lower()
    return text


def seed_examples(*, seed: int, per_template: int = 6) -> Iterator[Example]:
    """Scam and ordinary messages in every lexicon language, reproducible from ``seed``."""
    rng = random.Random(seed)
    for language in LEXICON_LANGUAGES:
        data = _seed_file(language)
        hams: list[str] = data["ham"]
        for template in hams:
            for _ in range(per_template):
                text = _fill(template, rng)
                if rng.random() < 0.3:
                    text = f"{text} {_fill(rng.choice(hams), rng)}"
                yield Example(_vary(text, rng), False, f"{SOURCE}-{language}")
        for scam_type, templates in data["scam"].items():
            cues = _type_cues(language, scam_type)
            for template in templates:
                for _ in range(per_template):
                    text = _fill(template, rng)
                    if cues and rng.random() < 0.5:
                        extra = rng.sample(cues, k=min(len(cues), rng.randint(1, 2)))
                        text = f"{text} {' '.join(extra)}"
                    yield Example(
                        _vary(text, rng), True, f"{SOURCE}-{language}", expand_label(scam_type)
                    )
