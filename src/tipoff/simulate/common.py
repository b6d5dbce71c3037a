"""Innocent values that appear in many reports and must never link them.

Police and bank hotlines (often spoofed as caller ID), platform hosts, exchanges and the
USDT token contracts. Each is flagged ``common`` in the ground truth.
"""

from __future__ import annotations

from tipoff.simulate.identity import Ident

# Country -> (hotline as written, canonical value). Short codes keep their digits as value.
HOTLINES: dict[str, list[tuple[str, str]]] = {
    "JP": [
        ("110", "110"),
        ("#9110", "#9110"),
        ("03-3581-4321", "+81335814321"),
        ("06-6943-1234", "+81669431234"),
    ],
    "CN": [("110", "110"), ("96110", "96110")],
    "KR": [("112", "112"), ("1332", "1332"), ("182", "182")],
    "US": [("911", "911"), ("1-800-772-1213", "+18007721213")],
    "TH": [("1441", "1441"), ("1599", "1599")],
    "VN": [("113", "113")],
    "SG": [("999", "999"), ("1799", "1799")],
    "AU": [("000", "000"), ("1300 292 371", "+611300292371")],
    "ID": [("110", "110")],
    "PH": [("911", "911"), ("1326", "1326")],
}
# Exchanges victims buy USDT on (country -> name, registrable domain).
EXCHANGES: dict[str, list[tuple[str, str]]] = {
    "JP": [("bitFlyer", "bitflyer.com"), ("Coincheck", "coincheck.com")],
    "CN": [("OKX", "okx.com"), ("Binance", "binance.com")],
    "KR": [("Upbit", "upbit.com"), ("Bithumb", "bithumb.com")],
    "US": [("Coinbase", "coinbase.com"), ("Kraken", "kraken.com")],
    "TH": [("Bitkub", "bitkub.com")],
    "VN": [("Binance", "binance.com")],
    "SG": [("Coinbase", "coinbase.com")],
    "AU": [("CoinSpot", "coinspot.com.au")],
    "ID": [("Indodax", "indodax.com")],
    "PH": [("Coins.ph", "coins.ph")],
}
PLATFORM_HOSTS = (
    "t.me",
    "wa.me",
    "line.me",
    "zalo.me",
    "open.kakao.com",
    "facebook.com",
    "instagram.com",
    "apps.apple.com",
    "play.google.com",
    "testflight.apple.com",
)
USDT_CONTRACTS = (
    ("tron", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"),
    ("eth", "0xdAC17F958D2ee523a2206206994597C13D831ec7"),
)


def hotline_idents() -> dict[str, list[Ident]]:
    """Hotline Idents per country; phone numbers in E.164, short codes as dialled.

    A short code used in several countries (110) is one Ident, as its key is one value.
    """
    made: dict[str, Ident] = {}
    out: dict[str, list[Ident]] = {}
    for country, lines in HOTLINES.items():
        out[country] = [
            made.setdefault(
                value,
                Ident(
                    "phone", value, country, {"*": (raw,)}, attrs={"role": "hotline"}, common=True
                ),
            )
            for raw, value in lines
        ]
    return out


def exchange_idents() -> dict[str, list[Ident]]:
    made: dict[str, Ident] = {}
    return {
        country: [
            made.setdefault(
                domain,
                Ident(
                    "domain",
                    domain,
                    None,
                    {"*": (f"{name} ({domain})", domain, f"https://{domain}")},
                    attrs={"role": "exchange", "name": name},
                    common=True,
                ),
            )
            for name, domain in items
        ]
        for country, items in EXCHANGES.items()
    }


def contract_idents() -> list[Ident]:
    return [
        Ident(
            "wallet",
            f"{chain}:{addr.lower() if chain == 'eth' else addr}",
            None,
            {"*": (addr,)},
            attrs={"role": "token_contract", "chain": chain},
            common=True,
        )
        for chain, addr in USDT_CONTRACTS
    ]


def platform_host_idents() -> list[Ident]:
    return [
        Ident("domain", host, None, {"*": (host,)}, attrs={"role": "platform"}, common=True)
        for host in PLATFORM_HOSTS
    ]


# Real brands' own sites: ordinary (non-scam) messages and job ads link to these.
LEGIT_LINKS: dict[str, tuple[str, ...]] = {
    "JP": (
        "https://www.yamato-hd.co.jp",
        "https://www.smbc.co.jp",
        "https://www.rakuten.co.jp",
        "https://www.post.japanpost.jp",
    ),
    "CN": ("https://www.sf-express.com", "https://www.icbc.com.cn", "https://www.jd.com"),
    "KR": ("https://www.cjlogistics.com", "https://www.kbstar.com", "https://www.coupang.com"),
    "US": ("https://www.usps.com", "https://www.chase.com", "https://www.indeed.com"),
    "TH": ("https://www.kasikornbank.com", "https://th.kerryexpress.com", "https://www.jobsdb.com"),
    "VN": ("https://vietcombank.com.vn", "https://ghn.vn", "https://www.topcv.vn"),
    "SG": (
        "https://www.dbs.com.sg",
        "https://www.singpost.com",
        "https://www.mycareersfuture.gov.sg",
    ),
    "AU": ("https://auspost.com.au", "https://www.commbank.com.au", "https://www.seek.com.au"),
    "ID": ("https://www.bca.co.id", "https://jet.co.id", "https://www.jobstreet.co.id"),
    "PH": ("https://www.bdo.com.ph", "https://www.lbcexpress.com", "https://www.jobstreet.com.ph"),
}
