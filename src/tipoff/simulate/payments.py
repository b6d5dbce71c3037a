"""The payment stream a bank sees: customers' ordinary payments and victims' scam payments.

Scam payments come from the reports (same amounts, escalating, to the same mule
accounts, so several victims pay one account); crypto payments show up at the bank as
transfers to an exchange (the on-ramp). Ordinary payments go to each customer's usual,
mostly domestic payees, with a few legitimate overseas and exchange payments as hard negatives.
"""

from __future__ import annotations

import math
import random
from datetime import datetime

from tipoff.simulate import accounts, money
from tipoff.simulate.clock import DAY, Clock
from tipoff.simulate.common import EXCHANGES
from tipoff.simulate.network import VICTIM_COUNTRIES

_MERCHANTS: dict[str, tuple[str, ...]] = {
    "JP": (
        "東京電力エナジーパートナー",
        "NTTドコモ",
        "イオンリテール",
        "セブン-イレブン",
        "Amazon.co.jp",
        "楽天市場",
    ),
    "CN": ("国家电网", "中国移动", "京东商城", "美团", "滴滴出行"),
    "KR": ("한국전력공사", "SK텔레콤", "쿠팡", "이마트"),
    "US": ("Con Edison", "Verizon", "Walmart", "Amazon.com", "Netflix", "Costco"),
    "TH": ("การไฟฟ้านครหลวง", "AIS", "7-Eleven", "Lazada"),
    "VN": ("EVN", "Viettel", "Shopee", "Bách Hóa Xanh"),
    "SG": ("SP Group", "Singtel", "FairPrice", "Grab"),
    "AU": ("AGL Energy", "Telstra", "Woolworths", "Coles"),
    "ID": ("PLN", "Telkomsel", "Tokopedia", "Indomaret"),
    "PH": ("Meralco", "Globe Telecom", "SM Supermarket", "Shopee"),
}
_LOG_60 = math.log(60)  # median ordinary payment, US dollars
_OVERSEAS = (
    "Booking.com (NL)",
    "University of Melbourne tuition",
    "Airbnb Ireland",
    "Apple Distribution International",
)


class PaymentStream:
    """Builds payment records; innocent payees are drawn once per world from ``seed``."""

    def __init__(
        self,
        seed: int,
        customers: int,
        start: datetime,
        span_days: int,
        until: datetime | None = None,
    ) -> None:
        rng = random.Random(f"tipoff-payees:{seed}")
        self.customers = max(len(VICTIM_COUNTRIES), customers)
        self.clock, self.span = Clock(start, span_days, until), span_days
        self.payees: dict[str, list[str]] = {}
        for country in VICTIM_COUNTRIES:
            people = [accounts.national_account(rng, country).forms("", None)[0] for _ in range(30)]
            self.payees[country] = list(_MERCHANTS[country]) + people

    def victim_customer(self, rng: random.Random, country: str) -> str:
        """A customer id of ``country`` (the country is the id modulo the country count)."""
        n = len(VICTIM_COUNTRIES)
        return f"C{rng.randrange(self.customers // n) * n + VICTIM_COUNTRIES.index(country):09d}"

    def scam_records(
        self, rng: random.Random, report: dict[str, object], network: str, customer: str
    ) -> list[dict[str, object]]:
        """The bank-side view of a report's payments (labelled scam)."""
        country = str(report["victim_country"])
        out = []
        for p in report["payments"]:  # type: ignore[attr-defined]
            rail, payee, payee_country, payee_type = p["rail"], p["payee"], country, "individual"
            if rail.startswith("crypto"):
                name, _ = rng.choice(EXCHANGES[country])
                payee, payee_type, rail = name, "vasp", "domestic_transfer"
            elif rail == "gift_card":
                payee, payee_type, rail = (
                    f"{rng.choice(_MERCHANTS[country])} ({p['payee']})",
                    "merchant",
                    "card",
                )
            elif rail == "cash_courier":
                payee, payee_type, rail = "ATM cash withdrawal", "cash", "cash"
            elif rail == "international_wire":
                payee_country = (
                    payee.replace(" ", "").replace("IBAN:", "").replace("IBAN", "")[:2].upper()
                )
            out.append(
                {
                    "customer": customer,
                    "ts": p["paid_at"],
                    "amount": p["amount"],
                    "currency": p["currency"],
                    "payee": payee,
                    "payee_country": payee_country,
                    "payee_type": payee_type,
                    "rail": rail,
                    "is_scam": True,
                    "network": network,
                    "report_id": report["external_id"],
                }
            )
        return out

    def ordinary(self, rng: random.Random) -> dict[str, object]:
        """One ordinary payment of a random customer to one of its usual payees."""
        cid = int(rng.random() * self.customers)
        country = VICTIM_COUNTRIES[cid % len(VICTIM_COUNTRIES)]
        currency, rate, _ = money.CURRENCY[country]
        payees = self.payees[country]
        roll = rng.random()
        payee_country, payee_type, rail = country, "merchant", "domestic_transfer"
        if roll < 0.02:
            payee, payee_country, rail = (
                _OVERSEAS[int(roll * 1000) % len(_OVERSEAS)],
                "NL",
                "international_wire",
            )
        elif roll < 0.035:
            payee, payee_type = rng.choice(EXCHANGES[country])[0], "vasp"
        else:
            # A customer pays a handful of fixed payees (rent, utilities, family).
            payee = payees[(cid * 2654435761 + int(rng.random() * 5) * 40503) % len(payees)]
            payee_type = "merchant" if payee in _MERCHANTS[country] else "individual"
        usd = math.exp(_LOG_60 + 1.1 * rng.gauss())
        amount = round(usd * rate, 0 if rate > 20 else 2)
        ts = self.clock.stamp(int(rng.random() * self.span * DAY))
        return {
            "customer": f"C{cid:09d}",
            "ts": ts,
            "amount": amount,
            "currency": currency,
            "payee": payee,
            "payee_country": payee_country,
            "payee_type": payee_type,
            "rail": rail,
            "is_scam": False,
            "network": None,
            "report_id": None,
        }
