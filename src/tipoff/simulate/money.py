"""Losses in the victims' currencies: heavy-tailed amounts and how people write them."""

from __future__ import annotations

import math
import random

# Victim country -> (currency, units per US dollar, rounding step). Rates are round 2025 figures.
CURRENCY: dict[str, tuple[str, float, int]] = {
    "JP": ("JPY", 150.0, 1000),
    "CN": ("CNY", 7.2, 100),
    "KR": ("KRW", 1380.0, 10000),
    "US": ("USD", 1.0, 10),
    "TH": ("THB", 35.0, 100),
    "VN": ("VND", 25000.0, 100000),
    "SG": ("SGD", 1.35, 10),
    "AU": ("AUD", 1.52, 10),
    "ID": ("IDR", 16000.0, 50000),
    "PH": ("PHP", 57.0, 100),
}
# Median loss in US dollars per scam type (IC3, NPA, SPF orders of magnitude; docs/scale.md).
MEDIAN_LOSS_USD: dict[str, float] = {
    "investment.pig_butchering": 30000,
    "investment.group_teacher": 20000,
    "romance": 8000,
    "gambling": 3000,
    "job.task": 2500,
    "job.mule": 500,
    "impersonation.authority": 25000,
    "impersonation.family": 3000,
    "phishing": 800,
    "tech_support": 2000,
    "advance_fee": 1500,
    "extortion.sextortion": 600,
    "impersonation.bank": 12000,
    "impersonation.service": 4000,
    "investment.recovery": 5000,
}


def draw_loss(rng: random.Random, scam_type: str, country: str, sigma: float) -> float:
    """A log-normal loss in local currency, rounded the way people remember amounts."""
    _, rate, step = CURRENCY[country]
    usd = rng.lognormvariate(math.log(MEDIAN_LOSS_USD.get(scam_type, 2000)), sigma)
    return max(step, round(usd * rate / step) * step)


def split_escalating(rng: random.Random, total: float, parts: int, country: str) -> list[float]:
    """Split a loss into payments that grow step by step (first small, then larger)."""
    step = CURRENCY[country][2]
    growth = rng.uniform(1.2, 2.0)
    weights = [growth**i for i in range(parts)]
    scale = total / sum(weights)
    amounts: list[float] = [max(step, round(w * scale / step) * step) for w in weights]
    return amounts


def _grouped(value: float, sep: str = ",") -> str:
    return f"{int(value):,}".replace(",", sep)


def spell_amount(rng: random.Random, amount: float, country: str, lang: str) -> str:
    """Write an amount as a victim from ``country`` writing ``lang`` would."""
    currency = CURRENCY[country][0]
    n = int(amount)
    if currency == "JPY":
        if n >= 10000 and n % 10000 == 0 and rng.random() < 0.6:
            return f"{n // 10000}万円"
        return (
            rng.choice([f"{_grouped(n)}円", f"¥{_grouped(n)}", f"{n}円"])
            if lang == "ja"
            else f"¥{_grouped(n)}"
        )
    if currency == "CNY":
        return (
            rng.choice([f"{n}元", f"¥{_grouped(n)}", f"人民币{n}元"])
            if lang == "zh"
            else f"CNY {_grouped(n)}"
        )
    if currency == "KRW":
        if n % 10000 == 0 and lang == "ko" and rng.random() < 0.6:
            return f"{n // 10000:,}만원"
        return f"{_grouped(n)}원" if lang == "ko" else f"KRW {_grouped(n)}"
    if currency == "THB":
        return (
            rng.choice([f"{_grouped(n)} บาท", f"{_grouped(n)} บ.", f"฿{_grouped(n)}"])
            if lang == "th"
            else f"THB {_grouped(n)}"
        )
    if currency == "VND":
        if n % 1_000_000 == 0 and lang == "vi" and rng.random() < 0.5:
            return f"{n // 1_000_000} triệu"
        return f"{_grouped(n, '.')}đ" if lang == "vi" else f"VND {_grouped(n)}"
    if currency == "IDR":
        return f"Rp {_grouped(n, '.')}" if lang == "id" else f"IDR {_grouped(n)}"
    if currency == "PHP":
        return rng.choice([f"₱{_grouped(n)}", f"PHP {_grouped(n)}", f"P{_grouped(n)}"])
    symbol = {"USD": "$", "SGD": "S$", "AUD": "A$"}[currency]
    return rng.choice(
        [f"{symbol}{_grouped(n)}", f"{_grouped(n)} {currency}", f"{symbol}{_grouped(n)}.00"]
    )
