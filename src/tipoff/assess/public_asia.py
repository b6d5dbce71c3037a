"""Loaders for the Vietnamese, Thai and Chinese SMS sets in ../shared/data, with honest outcomes.

Each set's labels are mapped to scam / spam / legitimate as its README describes them
(docs/assess.md has the table): Thai ``scam`` is scam (unwanted when it is an operator USSD
subscription push, which the set mostly labels promotion) and ``spam`` is promotion; Vietnamese and
mudou "spam" are advertising (operators' own promotions among them) and so spam; the CCS'20
fake-base-station files are named by category, fraud (``FR:``) is scam, advertising (``AD:``)
is spam, and of the illegal (``IL:``) files gambling and escort lures count as scam (they take
deposits) while fake invoices and political propaganda count as spam.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from tipoff.assess.examples import Example
from tipoff.assess.taxonomy import LEGITIMATE, SCAM, SPAM, UNWANTED, expand_label

_TH_LABELS = {"ok": LEGITIMATE, "otp": LEGITIMATE, "scam": SCAM, "spam": SPAM}
# An operator USSD code ("*146#", "*539*33#"): the author labelled 169 distinct subscription
# pushes of this kind (horoscopes, lucky draws, stickers, billed per message) promotion and 18
# scam, so a Thai "scam" with one is unwanted (spam or scam, the set does not say which).
_USSD = re.compile(r"\*\d{3,}(?:\*\d+)*#")


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8", errors="replace").splitlines()


def _example(text: str, outcome: str, source: str, language: str, types: str = "") -> Example:
    return Example(
        text,
        outcome == SCAM,
        source,
        expand_label(types) if types else frozenset(),
        outcome=outcome,
        language=language,
    )


def _thai(root: Path) -> Iterator[Example]:
    folder = root / "th-sms-sivakorn"
    for path in sorted(folder.glob("*.txt")):
        for line in _lines(path):
            label, sep, text = line.partition("|")
            outcome = _TH_LABELS.get(label.strip().lower())
            if sep and outcome and text.strip():
                if outcome == SCAM and _USSD.search(text):
                    outcome = UNWANTED
                yield _example(text.strip(), outcome, "th-sms-sivakorn", "th")


def _vietnamese(root: Path) -> Iterator[Example]:
    for line in _lines(root / "vi-sms-pham2017" / "corpus.txt"):
        label, sep, text = line.partition("\t")
        if sep and label in ("ham", "spam") and text.strip():
            outcome = SPAM if label == "spam" else LEGITIMATE
            yield _example(text.strip(), outcome, "vi-sms-pham2017", "vi")


def _mudou(root: Path) -> Iterator[Example]:
    for name in ("mudou_spam.train", "mudou_spam.test"):
        for line in _lines(root / "zh-sms-mudou" / name):
            parts = line.split("\t")
            if len(parts) >= 2 and parts[0] in ("0", "1") and parts[1].strip():
                outcome = SPAM if parts[0] == "1" else LEGITIMATE
                yield _example(parts[1].strip(), outcome, "zh-sms-mudou", "zh")


_MASKED_X = re.compile(r"(?<![A-Za-z])x+(?![A-Za-z])")


def _zh_800k(root: Path) -> Iterator[Example]:
    # Digits are masked as "x"; features fold every digit to 0, so turn them back into digits.
    for line in _lines(root / "zh-sms-800k-sample" / "data_set.txt"):
        label, sep, text = line.partition("\t")
        if sep and label in ("0", "1") and text.strip():
            text = _MASKED_X.sub(lambda m: "0" * len(m.group()), text.strip())
            outcome = SPAM if label == "1" else LEGITIMATE
            yield _example(text, outcome, "zh-sms-800k-sample", "zh")


FBS_CATEGORIES: dict[str, tuple[str, str]] = {
    "AD:Loan": (SPAM, ""),
    "AD:Network_service": (SPAM, ""),
    "AD:Other": (SPAM, ""),
    "AD:Real_estate": (SPAM, ""),
    "AD:Retail": (SPAM, ""),
    "FR:Financial": (SCAM, ""),
    "FR:Other": (SCAM, ""),
    "FR:Phishing(Bank)": (SCAM, "impersonation.bank"),
    "FR:Phishing(Other)": (SCAM, "phishing"),
    "IL:Escort_service": (SCAM, ""),
    "IL:Gambling": (SCAM, "gambling"),
    "IL:Fake_ID_and_invoice": (SPAM, ""),
    "IL:Political_propaganda": (SPAM, ""),
}

_CJK_GAP = re.compile(r"(?<=[^\x00-\x7f]) (?=\S)|(?<=\S) (?=[^\x00-\x7f])")
# The authors' placeholders, also glued to each other or to the text beside them
# ("中行BANK", "瞧URLlxji", "URLWECHAT"): a run of them between non-capitals.
_PLACEHOLDER_TOKEN = re.compile(r"URL|DIGIT|NAME|PLACE|CELLPHONE|PHONE|QQ|WECHAT|HOTLINE|BANK")
_PLACEHOLDER = re.compile(rf"(?<![A-Z])(?:{_PLACEHOLDER_TOKEN.pattern})+(?![A-Z])")
_PLACES = ("北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "南京")
_NAMES = ("王先生", "李小姐", "张经理", "刘女士", "陈总", "小雪", "晓丽")


def _unsegment(text: str, rng: random.Random) -> str:
    """Undo the authors' pre-processing as far as it goes: join the word-segmented Chinese and
    put plausible values where they wrote placeholders, so its n-grams look like raw SMS."""

    def fill_run(match: re.Match[str]) -> str:
        tokens = _PLACEHOLDER_TOKEN.findall(match.group())
        filled = " ".join(fill(token) for token in tokens)
        glued = match.string[match.end() : match.end() + 1]
        # A link glued to letters ("URLlxji") keeps them as its path, not as its domain.
        return (
            filled + "/" if tokens[-1] == "URL" and glued.isascii() and glued.isalpha() else filled
        )

    def fill(kind: str) -> str:
        if kind == "URL":
            host = "".join(rng.choice("abcdefghkmnpqrstwxyz") for _ in range(rng.randint(4, 8)))
            return f"http://{host}.{rng.choice(('com', 'cn', 'cc', 'net'))}"
        if kind == "DIGIT":
            return str(rng.randint(1, 9999))
        if kind in ("PHONE", "CELLPHONE"):
            return "1" + "".join(str(rng.randint(0, 9)) for _ in range(10))
        if kind == "QQ":
            return "QQ" + str(rng.randint(10_000_000, 999_999_999))
        if kind == "WECHAT":
            return "微信" + "".join(rng.choice("abcdefgh123456") for _ in range(8))
        if kind == "BANK":  # a bank card or account number (UnionPay cards start 62)
            return "62" + "".join(str(rng.randint(0, 9)) for _ in range(rng.choice((14, 17))))
        if kind == "HOTLINE":  # a service line: 400 numbers or five-digit 95 lines
            if rng.random() < 0.5:
                return f"400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
            return f"95{rng.randint(100, 999)}"
        return rng.choice(_PLACES if kind == "PLACE" else _NAMES)

    filled = _PLACEHOLDER.sub(fill_run, " ".join(text.split()))
    return _CJK_GAP.sub("", filled)


def _fbs(root: Path) -> Iterator[Example]:
    folder = root / "zh-fbs-spam-ccs20"
    for name, (outcome, scam_type) in FBS_CATEGORIES.items():
        for line in _lines(folder / name):
            if not line.strip():
                continue
            seed = int.from_bytes(hashlib.sha1(line.encode("utf-8")).digest()[:8], "big")
            text = _unsegment(line, random.Random(seed))
            if len(text) >= 6:
                yield _example(text, outcome, "zh-fbs-spam-ccs20", "zh", scam_type)


ASIAN_SETS: dict[str, Callable[[Path], Iterator[Example]]] = {
    "th-sms-sivakorn": _thai,
    "vi-sms-pham2017": _vietnamese,
    "zh-sms-mudou": _mudou,
    "zh-fbs-spam-ccs20": _fbs,
    "zh-sms-800k-sample": _zh_800k,
}

ASIAN_FILES: dict[str, tuple[str, ...]] = {
    "th-sms-sivakorn": tuple(
        f"th-sms-sivakorn/{name}.txt"
        for name in (
            "ok",
            "otp",
            "scam",
            "spam",
            "2022",
            "20220301",
            "20220412",
            "20220413",
            "20220417",
            "20220430",
            "20220521",
            "20220522",
            "20220601",
            "20220615",
            "20220620",
            "20220621",
            "202212",
        )
    ),
    "vi-sms-pham2017": ("vi-sms-pham2017/corpus.txt",),
    "zh-sms-mudou": ("zh-sms-mudou/mudou_spam.train", "zh-sms-mudou/mudou_spam.test"),
    "zh-fbs-spam-ccs20": tuple(f"zh-fbs-spam-ccs20/{name}" for name in FBS_CATEGORIES),
    "zh-sms-800k-sample": ("zh-sms-800k-sample/data_set.txt",),
}

ASIAN_LANGUAGES: dict[str, str] = {name: name.split("-", 1)[0] for name in ASIAN_SETS}
