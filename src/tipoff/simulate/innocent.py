"""Innocent values victims cite that no warninglist holds: where they reported, whom they called.

Victims write "I reported it to ic3.gov", "I called my bank on 1500 888", "IDCARE helped me".
Those values recur across hundreds of unrelated reports, so a linker that trusts every shared
value joins unrelated crews through them. tipoff's bundled warninglists hold the emergency
short codes and platform hosts; the values here are deliberately *not* on them (a test checks):
government reporting sites (real public domains), and police, bank and victim-support lines
drawn per world as valid numbers of each country. Each is truth-labelled ``common`` with a
``role``: they are never network infrastructure.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tipoff.simulate import phones
from tipoff.simulate.accounts import BANKS
from tipoff.simulate.identity import Ident

# Country -> public government or non-profit sites where victims report scams
# (registrable domain, as written).
REPORTING_SITES: dict[str, tuple[tuple[str, str], ...]] = {
    "US": (("ic3.gov", "https://www.ic3.gov"), ("ftc.gov", "reportfraud.ftc.gov")),
    "JP": (("npa.go.jp", "https://www.npa.go.jp"), ("kokusen.go.jp", "www.kokusen.go.jp")),
    "KR": (("police.go.kr", "ecrm.police.go.kr"), ("counterscam112.go.kr", "counterscam112.go.kr")),
    "CN": (("12321.cn", "www.12321.cn"), ("cyberpolice.cn", "www.cyberpolice.cn")),
    "TH": (("thaipoliceonline.go.th", "https://www.thaipoliceonline.go.th"),),
    "VN": (("khonggianmang.vn", "canhbao.khonggianmang.vn"),),
    "SG": (
        ("scamshield.gov.sg", "www.scamshield.gov.sg"),
        ("police.gov.sg", "eservices.police.gov.sg"),
    ),
    "AU": (
        ("scamwatch.gov.au", "www.scamwatch.gov.au"),
        ("cyber.gov.au", "https://www.cyber.gov.au/report"),
    ),
    "ID": (("patrolisiber.id", "patrolisiber.id"), ("cekrekening.id", "https://cekrekening.id")),
    "PH": (("cicc.gov.ph", "cicc.gov.ph"), ("pnp.gov.ph", "acg.pnp.gov.ph")),
}
# Country -> (police anti-fraud desk, victim-support service) names the narratives cite.
SERVICES: dict[str, tuple[str, str]] = {
    "US": ("the FBI field office", "AARP Fraud Watch"),
    "JP": ("警察相談専用窓口", "消費者ホットライン"),
    "KR": ("경찰청 사이버수사대", "금융감독원 콜센터"),
    "CN": ("反诈中心", "消费者协会"),
    "TH": ("ศูนย์ต่อต้านข่าวปลอม", "ศูนย์ช่วยเหลือผู้เสียหาย"),
    "VN": ("Cục An ninh mạng", "Trung tâm hỗ trợ nạn nhân"),
    "SG": ("the Anti-Scam Centre", "the ScamShield helpline"),
    "AU": ("ReportCyber", "IDCARE"),
    "ID": ("Direktorat Siber Polri", "layanan pengaduan OJK"),
    "PH": ("PNP Anti-Cybercrime Group", "the CICC victim desk"),
}


@dataclass(frozen=True)
class Innocents:
    """A country's innocent values: reporting sites, police line, bank lines, support line."""

    sites: tuple[Ident, ...]
    police: Ident
    banks: tuple[Ident, ...]
    support: Ident

    def all(self) -> list[Ident]:
        return [*self.sites, self.police, *self.banks, self.support]


def _line(rng: random.Random, country: str, role: str, name: str) -> Ident:
    """A valid fixed-line number of ``country`` standing for an institution's line."""
    ident = phones.phone_ident(phones.random_phone(rng, country, "fixed"), country)
    ident.common = True
    ident.attrs.update({"role": role, "name": name})
    return ident


def _site(country: str, domain: str, written: str) -> Ident:
    forms = tuple(dict.fromkeys((written, domain, f"www.{domain}")))
    return Ident(
        "domain", domain, country, {"*": forms}, attrs={"role": "reporting_site"}, common=True
    )


def build(seed: int, countries: tuple[str, ...]) -> dict[str, Innocents]:
    """The innocent values of a world, per victim country (deterministic for ``seed``)."""
    rng = random.Random(f"tipoff-innocent:{seed}")
    out: dict[str, Innocents] = {}
    for country in countries:
        police_name, support_name = SERVICES[country]
        out[country] = Innocents(
            tuple(_site(country, d, w) for d, w in REPORTING_SITES[country]),
            _line(rng, country, "police_line", police_name),
            tuple(_line(rng, country, "bank_line", local) for local, _, _ in BANKS[country][:3]),
            _line(rng, country, "support_line", support_name),
        )
    return out


# Narrative sentences naming an innocent value ({site}, {number}, {name}), per language.
SENTENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "site": ("I reported it to {site}.", "I filed a complaint on {site} the same day."),
        "police": ("I called {name} on {number} and they told me to file a report.",),
        "bank": ("I called my bank ({name}) on {number} to stop the transfer.",),
        "support": ("{name} ({number}) helped me afterwards.",),
    },
    "ja": {
        "site": ("{site}に被害を届け出ました。",),
        "police": ("{name}（{number}）に電話しました。",),
        "bank": ("{name}の窓口{number}に電話して振込を止めてもらおうとしました。",),
        "support": ("{name}（{number}）に相談しました。",),
    },
    "zh": {
        "site": ("我在{site}上报了案。",),
        "police": ("我打了{name}的电话{number}。",),
        "bank": ("我打{name}客服{number}想拦截转账。",),
        "support": ("{name}（{number}）帮了我。",),
    },
    "ko": {
        "site": ("{site}에 신고했습니다.",),
        "police": ("{name}({number})에 전화했습니다.",),
        "bank": ("{name} 고객센터 {number}에 지급정지를 요청했습니다.",),
        "support": ("{name}({number})에서 도움을 받았습니다.",),
    },
    "th": {
        "site": ("แจ้งความออนไลน์ที่ {site}",),
        "police": ("โทรหา{name} {number}",),
        "bank": ("โทรหาธนาคาร {name} ที่ {number} เพื่ออายัดบัญชี",),
        "support": ("{name} ({number}) ช่วยเหลือหลังจากนั้น",),
    },
    "vi": {
        "site": ("Tôi đã báo cáo trên {site}.",),
        "police": ("Tôi gọi {name} số {number}.",),
        "bank": ("Tôi gọi ngân hàng {name} số {number} để chặn giao dịch.",),
        "support": ("{name} ({number}) đã hỗ trợ tôi.",),
    },
    "id": {
        "site": ("Saya sudah lapor ke {site}.",),
        "police": ("Saya menelepon {name} di {number}.",),
        "bank": ("Saya menelepon Halo {name} di {number} untuk blokir transfer.",),
        "support": ("{name} ({number}) membantu saya.",),
    },
    "tl": {
        "site": ("Nag-report ako sa {site}.",),
        "police": ("Tumawag ako sa {name} sa {number}.",),
        "bank": ("Tumawag ako sa bangko ko ({name}) sa {number}.",),
        "support": ("Tinulungan ako ng {name} ({number}).",),
    },
}
KINDS = ("site", "site", "police", "bank", "support")  # reporting sites are cited most
