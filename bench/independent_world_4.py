"""A fourth independent synthetic world of scam operations, for measuring report linking.

Author: the "world4" engineer session of 2026-12-06; generator written 11:17-12:00 UTC. Written
BLIND to the linker: its author did not open src/tipoff/link/, src/tipoff/indicators/,
src/tipoff/simulate/, src/tipoff/evaluation/, src/tipoff/assess/, docs/networks.md,
docs/link-evaluation.md, docs/benchmarks.md, tests/link, tests/indicators, or the generators
of the other independent worlds (bench/independent_world*.py: only the header docstring of
bench/independent_world_3.py, for the structures it already models and its style;
bench/world*_phrases.py not opened). It was written from /work/shared/docs/domain.md,
/work/shared/docs/DESIGN.md, docs/intake.md and docs/identifiers.md, the output of
``tipoff --help`` / ``tipoff ingest --help`` / ``tipoff relink --help``, the field and enum
names of src/tipoff/intake/schema.py, and in bench/bench_independent_world_2.py and
bench/bench_independent_world_3.py only the functions that drive the CLI, read networks back,
compute the ceiling and score (bench_independent_world_4.py imports them). Its author ran no
tipoff linking (ingest or relink) on this world before it was merged to main; the only
linking figures the author had seen are those quoted in issue 12 and in world 3's header.

EVALUATION DATA: this world exists so that a linking figure can be measured on structures
the linker was not written around. Never tune tipoff to it (its phrases, spellings, numbers,
sizes); fix the general behaviour and report the figure as a held-out check.

What it models (structures that world 3 does not have). One operation (a report's truth
label) controls its own contacts, sites, wallets and accounts; services rented by several
operations, and values any victim may mention, are nobody's operation:

- ``kit``: smishing crews running a FRANCHISED phishing kit (parcel redelivery, unpaid toll):
  SMS sender numbers (or iMessage Apple-ID addresses) that change every day, several in
  parallel; a short link whose path changes daily on a public shortener (the shortener's
  host is nobody's); lookalike landing domains living about three days. The kit vendor's
  Telegram bot that receives the stolen cards, and the merchant descriptor the cards are
  cashed out through, are SERVICES shared by many unrelated crews. Victims name the real
  carrier or toll operator's site and their bank's card line.
- ``techsupport``: Indian-style tech-support / refund call centres: pop-up domains living a
  couple of days, toll-free numbers on the pop-up, agents' VoIP call-back lines, a remote
  access tool whose session CODE is the victim's own machine (never the centre's) and whose
  vendor domain is innocent; payment in gift cards (no identifier), bitcoin at a crypto ATM,
  or Zelle to mules, some of them mules rented to several operations over time.
- ``boiler``: European call-centre investment fraud: a fake broker brand with clone domains
  rotating monthly, a "desk" per target country with spoofed local numbers, account managers
  on WhatsApp (Ukrainian, Georgian, Cypriot, ... mobiles), IBANs of shell companies in other
  EU countries that take about eight victims each, USDT or ETH after buying at a real
  exchange; lead-generation funnels (fake news pages) that sell leads to several brands, and
  payment processors, are services; regulators' warning pages are innocent. One brand's
  reports come from several countries, in several languages and number formats.
- ``recovery``: recovery rooms ("lawyers", "cyber investigators") that re-target victims of
  the other operations: their own domains, e-mails, WhatsApp lines, fee wallets and IBANs;
  most victims also name values of the ORIGINAL scam (owned by that other operation, so
  they must not join the two), and the authorities the recovery firm claimed to work with.
  Some victims reported the original scam earlier (same victim, two operations).
- ``sextortion``: bulk "I hacked your webcam" mail campaigns (a bitcoin address per wave,
  sender addresses rotating, often the victim's OWN address spoofed) and social-media
  sextortion crews targeting teenagers (Instagram/Snapchat personas banned and replaced
  every week or two, Cash App tags, gift cards), reported by parents.
- ``romance``: West African romance crews and lone scammers: personas with a free-mail
  address and a WhatsApp number each, a crew-level "diplomat"/"customs" contact for the
  advance-fee stage, crypto ATM wallets, Zelle/Cash App or UK mule accounts (some mules
  serve several crews one after the other), Western Union transfers (the MTCN is per
  transfer, nobody's link).

Every operation rotates: values have a life span and the next one overlaps the last for a
few days; rotation is by time (domains, numbers) or by use (mule accounts, deposit wallets).
Crews migrate: old values retire, new ones take over, and only reports from the overlap
carry both.

Owners in the truth: the operation's id (``op0042``), ``svc:<kind>:<n>`` for services rented
by several operations (kit vendors, payment descriptors, lead funnels, mules), and
``innocent:<what>`` for values anyone may mention (police and reporting sites, police and
bank lines, regulators, real brands impersonated, exchanges, ATM operators, remote-tool
vendors, shorteners, news, dating sites), and ``victim`` for the victim's own phone, e-mail,
account, remote-tool code, MTCN and police case number.

Noise: nine languages (en, de, fr, es, it, nl, pl, pt, ja) over 20 victim countries;
structured forms (payments, identifiers with or without kind hint and role, scammer messages
with ``from_id``), mixed, and narrative-only reports; phone numbers in E.164, international
with spaces or dashes, ``00``, without ``+`` and national (only in the number's own country);
IBANs compact, grouped or lower-case; links with and without scheme, ``www.``, defanged;
Telegram/Instagram handles with ``@`` or as profile links. Mentions that are NOT recoverable
are marked so: a digit typo, a truncated wallet, a misspelt domain, a national number
written for a foreign country. Some reports are duplicates (the same victim again, maybe to
another agency in another language, with fewer details) or second-hand (a relative).

Files: ``reports.jsonl`` (intake format), ``truth.jsonl`` (per report ``external_id``,
``operation``, ``structure``, ``country``, ``language``, ``duplicate_of``, ``second_hand``,
``mentions``: ``key``, ``kind``, ``owner``, ``recoverable``, ``where``), ``world.json``.

Configurations (each a mixture of all six structures): ``kits``, ``recovery_rooms``,
``tech_support``, ``boiler_rooms``, ``long_tail`` (many small romance and sextortion crews,
heavy use of shared mules).

Run alone: ``python bench/independent_world_4.py --config kits --seed 1 --reports 3000 --out
DIR``; the benchmark (and ``--ceiling-only``) is bench/bench_independent_world_4.py.

Generator-side facts (truth only, no tipoff code; 3,000 reports, seeds 1 and 2, measured
11:31 UTC): 221-1,316 operations a world, 98-869 of them one-off; the largest operation
140-871 reports; 9 languages in every world; 1.2-1.7 % of mentions unrecoverable. Ceiling
(``bench_independent_world_4.py --ceiling-only``): ARI 0.965-0.989, precision 1.00, recall
0.932-0.978 (lowest tech_support seed 1). Union-find on every recoverable value collapses
every world (ARI <= 0.008); on operations' and services' values, innocent and victim ones
excluded, ARI 0.035-0.725 (the services, and recovery rooms' mentions of the original scam,
are the trap). ``tests/evaluation/test_world4.py`` checks validity, determinism per seed,
one owner per value, mentions pointing at report parts, and the noise promised.

No tipoff linking was run on this world by its author; first contact is the lead's, after
the merge.
"""

from __future__ import annotations

import argparse
import json
import random
import string
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from hashlib import sha256
from pathlib import Path
from typing import Any

import phonenumbers
from world4_phrases import MESSAGES, OPENERS, SENTENCES

START = datetime(2026, 1, 5, tzinfo=UTC)
DAYS = 280
Json = dict[str, Any]
STRUCTURES = ("kit", "techsupport", "boiler", "recovery", "sextortion", "romance")


@dataclass(frozen=True)
class Config:
    name: str
    mixture: dict[str, float]
    tail: float  # Pareto exponent of operation sizes: larger, more small crews
    max_size: int
    shared_mule_share: float  # share of mule payments that go to a rented (service) mule


CONFIGS: dict[str, Config] = {
    "kits": Config(
        "kits",
        {
            "kit": 0.5,
            "techsupport": 0.1,
            "boiler": 0.1,
            "recovery": 0.08,
            "sextortion": 0.1,
            "romance": 0.12,
        },
        1.0,
        700,
        0.25,
    ),
    "recovery_rooms": Config(
        "recovery_rooms",
        {
            "recovery": 0.35,
            "boiler": 0.25,
            "romance": 0.15,
            "techsupport": 0.1,
            "sextortion": 0.05,
            "kit": 0.1,
        },
        1.1,
        500,
        0.3,
    ),
    "tech_support": Config(
        "tech_support",
        {
            "techsupport": 0.5,
            "romance": 0.15,
            "kit": 0.1,
            "boiler": 0.1,
            "recovery": 0.1,
            "sextortion": 0.05,
        },
        1.0,
        800,
        0.35,
    ),
    "boiler_rooms": Config(
        "boiler_rooms",
        {
            "boiler": 0.5,
            "recovery": 0.15,
            "kit": 0.1,
            "techsupport": 0.1,
            "romance": 0.1,
            "sextortion": 0.05,
        },
        0.9,
        900,
        0.2,
    ),
    "long_tail": Config(
        "long_tail",
        {
            "romance": 0.35,
            "sextortion": 0.3,
            "kit": 0.1,
            "techsupport": 0.1,
            "boiler": 0.05,
            "recovery": 0.1,
        },
        1.6,
        250,
        0.5,
    ),
}


@dataclass(frozen=True)
class Country:
    code: str
    languages: tuple[str, ...]
    currency: str
    police: tuple[str, ...]  # reporting sites and police numbers (innocent)
    regulator: str
    banks: tuple[str, ...]  # bank names; hotlines are made per bank
    brands: tuple[tuple[str, str], ...]  # real carrier / toll sites impersonated by kits
    news: str


COUNTRIES: dict[str, Country] = {
    c.code: c
    for c in (
        Country(
            "US",
            ("en",),
            "USD",
            ("ic3.gov", "reportfraud.ftc.gov", "+1 877 382 4357"),
            "sec.gov",
            ("Chase", "Wells Fargo", "Bank of America"),
            (("usps.com", "parcel"), ("e-zpassny.com", "toll"), ("fedex.com", "parcel")),
            "nbcnews.com",
        ),
        Country(
            "GB",
            ("en",),
            "GBP",
            ("actionfraud.police.uk", "0300 123 2040"),
            "fca.org.uk",
            ("Barclays", "NatWest", "Lloyds"),
            (("royalmail.com", "parcel"), ("evri.com", "parcel")),
            "bbc.co.uk",
        ),
        Country(
            "CA",
            ("en", "fr"),
            "CAD",
            ("antifraudcentre-centreantifraude.ca", "1-888-495-8501"),
            "securities-administrators.ca",
            ("RBC", "TD", "Scotiabank"),
            (("canadapost-postescanada.ca", "parcel"), ("407etr.com", "toll")),
            "cbc.ca",
        ),
        Country(
            "AU",
            ("en",),
            "AUD",
            ("cyber.gov.au", "scamwatch.gov.au"),
            "asic.gov.au",
            ("Commonwealth Bank", "Westpac", "ANZ"),
            (("auspost.com.au", "parcel"), ("linkt.com.au", "toll")),
            "abc.net.au",
        ),
        Country(
            "IE",
            ("en",),
            "EUR",
            ("garda.ie",),
            "centralbank.ie",
            ("AIB", "Bank of Ireland"),
            (("anpost.com", "parcel"),),
            "rte.ie",
        ),
        Country(
            "DE",
            ("de",),
            "EUR",
            ("onlinewache.polizei.de", "110"),
            "bafin.de",
            ("Sparkasse", "Deutsche Bank", "Commerzbank"),
            (("dhl.de", "parcel"), ("hermesworld.com", "parcel")),
            "tagesschau.de",
        ),
        Country(
            "AT",
            ("de",),
            "EUR",
            ("bundeskriminalamt.at", "133"),
            "fma.gv.at",
            ("Erste Bank", "Raiffeisen"),
            (("post.at", "parcel"), ("asfinag.at", "toll")),
            "orf.at",
        ),
        Country(
            "CH",
            ("de", "fr", "it"),
            "CHF",
            ("cybercrimepolice.ch", "117"),
            "finma.ch",
            ("UBS", "PostFinance"),
            (("post.ch", "parcel"),),
            "srf.ch",
        ),
        Country(
            "FR",
            ("fr",),
            "EUR",
            ("cybermalveillance.gouv.fr", "0 805 805 817", "17"),
            "amf-france.org",
            ("Crédit Agricole", "BNP Paribas", "Société Générale"),
            (("laposte.fr", "parcel"), ("bipandgo.com", "toll")),
            "lemonde.fr",
        ),
        Country(
            "BE",
            ("fr", "nl"),
            "EUR",
            ("police.be", "101"),
            "fsma.be",
            ("KBC", "Belfius"),
            (("bpost.be", "parcel"),),
            "rtbf.be",
        ),
        Country(
            "ES",
            ("es",),
            "EUR",
            ("policia.es", "091"),
            "cnmv.es",
            ("Santander", "BBVA", "CaixaBank"),
            (("correos.es", "parcel"),),
            "elpais.com",
        ),
        Country(
            "MX",
            ("es",),
            "MXN",
            ("gob.mx/policiacibernetica", "088"),
            "cnbv.gob.mx",
            ("BBVA México", "Banorte"),
            (("correosdemexico.gob.mx", "parcel"),),
            "eluniversal.com.mx",
        ),
        Country(
            "IT",
            ("it",),
            "EUR",
            ("commissariatodips.it", "113"),
            "consob.it",
            ("Intesa Sanpaolo", "UniCredit", "Poste Italiane"),
            (("poste.it", "parcel"), ("autostrade.it", "toll")),
            "corriere.it",
        ),
        Country(
            "NL",
            ("nl",),
            "EUR",
            ("politie.nl", "0900-8844", "fraudehelpdesk.nl"),
            "afm.nl",
            ("ING", "Rabobank", "ABN AMRO"),
            (("postnl.nl", "parcel"),),
            "nos.nl",
        ),
        Country(
            "PL",
            ("pl",),
            "PLN",
            ("cert.pl", "997"),
            "knf.gov.pl",
            ("PKO BP", "mBank", "Pekao"),
            (("inpost.pl", "parcel"), ("e-toll.gov.pl", "toll")),
            "tvn24.pl",
        ),
        Country(
            "PT",
            ("pt",),
            "EUR",
            ("policiajudiciaria.pt", "112"),
            "cmvm.pt",
            ("Caixa Geral de Depósitos", "Millennium bcp"),
            (("ctt.pt", "parcel"), ("viaverde.pt", "toll")),
            "publico.pt",
        ),
        Country(
            "BR",
            ("pt",),
            "BRL",
            ("gov.br/pf", "190"),
            "cvm.gov.br",
            ("Itaú", "Bradesco", "Nubank"),
            (("correios.com.br", "parcel"),),
            "g1.globo.com",
        ),
        Country(
            "JP",
            ("ja",),
            "JPY",
            ("npa.go.jp", "#9110", "03-3581-4321"),
            "fsa.go.jp",
            ("三菱UFJ銀行", "三井住友銀行", "楽天カード"),
            (
                ("sagawa-exp.co.jp", "parcel"),
                ("post.japanpost.jp", "parcel"),
                ("etc-meisai.jp", "toll"),
            ),
            "nhk.or.jp",
        ),
        Country(
            "NZ",
            ("en",),
            "NZD",
            ("netsafe.org.nz", "105"),
            "fma.govt.nz",
            ("ASB", "Kiwibank"),
            (("nzpost.co.nz", "parcel"),),
            "rnz.co.nz",
        ),
        Country(
            "SG",
            ("en",),
            "SGD",
            ("police.gov.sg", "1799"),
            "mas.gov.sg",
            ("DBS", "OCBC"),
            (("singpost.com", "parcel"),),
            "straitstimes.com",
        ),
    )
}

LANGUAGE_COUNTRIES = {
    "en": ("US", "GB", "CA", "AU", "IE", "NZ", "SG"),
    "de": ("DE", "AT", "CH"),
    "fr": ("FR", "BE", "CA", "CH"),
    "es": ("ES", "MX"),
    "it": ("IT", "CH"),
    "nl": ("NL", "BE"),
    "pl": ("PL",),
    "pt": ("PT", "BR"),
    "ja": ("JP",),
}

# Where each structure's victims live (weights), and where its own numbers come from.
TARGETS: dict[str, tuple[tuple[str, float], ...]] = {
    "kit": (
        ("US", 5),
        ("GB", 2),
        ("AU", 1),
        ("CA", 1),
        ("DE", 1),
        ("FR", 1),
        ("ES", 1),
        ("IT", 1),
        ("NL", 1),
        ("PL", 1),
        ("PT", 1),
        ("JP", 2),
        ("NZ", 0.5),
        ("SG", 0.5),
        ("BR", 0.5),
    ),
    "techsupport": (
        ("US", 6),
        ("GB", 2),
        ("CA", 1.5),
        ("AU", 1.5),
        ("DE", 1),
        ("FR", 1),
        ("JP", 1.5),
        ("NL", 0.5),
        ("IE", 0.5),
        ("NZ", 0.5),
    ),
    "boiler": (
        ("DE", 3),
        ("AT", 1),
        ("CH", 1),
        ("FR", 2),
        ("BE", 1),
        ("ES", 1.5),
        ("IT", 2),
        ("NL", 1.5),
        ("PL", 1.5),
        ("PT", 1),
        ("GB", 2),
        ("IE", 0.5),
        ("AU", 1),
        ("CA", 1),
    ),
    "recovery": (
        ("US", 2),
        ("GB", 2),
        ("DE", 2),
        ("FR", 1),
        ("NL", 1),
        ("IT", 1),
        ("ES", 1),
        ("AU", 1),
        ("CA", 1),
        ("PL", 0.5),
        ("JP", 0.5),
        ("BE", 0.5),
    ),
    "sextortion": (
        ("US", 4),
        ("GB", 2),
        ("CA", 1),
        ("AU", 1),
        ("DE", 1.5),
        ("FR", 1.5),
        ("NL", 1),
        ("ES", 1),
        ("IT", 1),
        ("PL", 0.5),
        ("PT", 0.5),
        ("JP", 0.5),
    ),
    "romance": (
        ("US", 5),
        ("GB", 2),
        ("CA", 1),
        ("AU", 1.5),
        ("DE", 1),
        ("NZ", 0.5),
        ("IE", 0.5),
        ("NL", 0.5),
        ("FR", 0.5),
        ("ES", 0.5),
    ),
}

FIRST = (
    "james",
    "david",
    "michael",
    "robert",
    "william",
    "anna",
    "grace",
    "linda",
    "mark",
    "peter",
    "daniel",
    "sarah",
    "helen",
    "thomas",
    "richard",
    "kevin",
    "lucas",
    "marie",
    "jennifer",
    "paul",
)
LAST = (
    "walker",
    "anderson",
    "miller",
    "brown",
    "wilson",
    "taylor",
    "moore",
    "martin",
    "clark",
    "lewis",
    "scott",
    "young",
    "king",
    "wright",
    "hill",
    "green",
    "baker",
    "adams",
    "nelson",
)
WORDS = (
    "secure",
    "track",
    "pay",
    "redeliver",
    "portal",
    "online",
    "service",
    "verify",
    "center",
    "help",
    "fee",
    "update",
    "id",
    "info",
    "home",
    "care",
    "my",
    "go",
    "now",
    "parcel",
)
TLDS = ("top", "xyz", "icu", "cc", "vip", "online", "shop", "site", "info", "com", "live", "club")
BROKER = (
    "capital",
    "trade",
    "invest",
    "markets",
    "fx",
    "prime",
    "global",
    "asset",
    "crypto",
    "wealth",
    "finance",
    "alpha",
    "apex",
    "royal",
    "vertex",
    "nova",
    "summit",
    "crest",
)
LAW = (
    "legal",
    "recovery",
    "lawgroup",
    "chargeback",
    "funds",
    "claims",
    "cyber",
    "trace",
    "asset",
    "justice",
    "refund",
    "partners",
    "associates",
    "intel",
    "forensic",
)
SHORTENERS = ("bit.ly", "tinyurl.com", "is.gd", "rb.gy", "cutt.ly")
TOOLS = (
    ("AnyDesk", "anydesk.com"),
    ("TeamViewer", "teamviewer.com"),
    ("UltraViewer", "ultraviewer.net"),
)
EXCHANGES = ("coinbase.com", "kraken.com", "bitpanda.com", "binance.com", "bitvavo.com")
ATMS = ("bitcoindepot.com", "coinflip.tech", "athenabitcoin.com")
AUTHORITIES = ("ic3.gov", "interpol.int", "europol.europa.eu", "fca.org.uk", "fbi.gov")
DATING = ("match.com", "facebook.com", "tinder.com", "plentyoffish.com", "words with friends")
SEXT_HELP = ("takeitdown.ncmec.org", "report.cybertip.org", "+1 800 843 5678")
FREEMAIL = ("gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "proton.me", "icloud.com")
MULE_ORIGINS = ("UA", "GE", "CY", "BG", "GB", "IL", "RS", "AL")
IBAN_SPEC = {  # country: (length, bank letters?, digits after check)
    "LT": 16,
    "EE": 16,
    "PT": 21,
    "ES": 20,
    "DE": 18,
    "CY": 24,
    "BG": 18,
    "FR": 23,
    "IE": 18,
    "NL": 14,
    "PL": 24,
    "IT": 23,
    "SK": 20,
    "LV": 17,
}


# ---------------------------------------------------------------------------- values


@dataclass(frozen=True)
class Val:
    """One real-world value: its truth key, kind, owner, and how it is written (``fmt``)."""

    key: str
    kind: str
    owner: str
    raw: str
    fmt: str
    region: str = ""


@dataclass
class Asset:
    val: Val
    start: float
    end: float


def phone_number(rng: random.Random, region: str, kind: str = "mobile") -> str:
    """A valid E.164 number of ``region`` of the given line type (mobile, fixed, toll_free)."""
    types = {
        "mobile": phonenumbers.PhoneNumberType.MOBILE,
        "fixed": phonenumbers.PhoneNumberType.FIXED_LINE,
        "toll_free": phonenumbers.PhoneNumberType.TOLL_FREE,
    }
    example = phonenumbers.example_number_for_type(region, types[kind]) or (
        phonenumbers.example_number_for_type(region, types["mobile"])
    )
    assert example is not None
    national = phonenumbers.national_significant_number(example)
    for keep in (1, max(1, min(4, len(national) - 6)), len(national) - 5, len(national) - 4):
        for _ in range(100):
            digits = national[:keep] + "".join(rng.choice(string.digits) for _ in national[keep:])
            number = phonenumbers.parse(f"+{example.country_code}{digits}")
            if phonenumbers.is_valid_number(number):
                return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    raise ValueError(f"no valid {kind} number for {region}")


def iban(rng: random.Random, country: str) -> str:
    body = "".join(rng.choice(string.digits) for _ in range(IBAN_SPEC[country]))
    if country == "GB":
        body = rng.choice(("BARC", "NWBK", "LOYD", "MONZ")) + body[:14]
    numeric = "".join(str(int(c, 36)) for c in body + country + "00")
    check = 98 - int(numeric) % 97
    return f"{country}{check:02d}{body}"


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def tron_address(rng: random.Random) -> str:
    payload = b"\x41" + bytes(rng.getrandbits(8) for _ in range(20))
    data = payload + sha256(sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    return out


def _bech32_polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def btc_address(rng: random.Random) -> str:
    program = bytes(rng.getrandbits(8) for _ in range(20))
    acc, bits, five = 0, 0, []
    for b in program:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            five.append((acc >> bits) & 31)
    if bits:
        five.append((acc << (5 - bits)) & 31)
    data = [0, *five]
    hrp = [ord(c) >> 5 for c in "bc"] + [0] + [ord(c) & 31 for c in "bc"]
    poly = _bech32_polymod(hrp + data + [0] * 6) ^ 1
    checksum = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return "bc1" + "".join(_BECH[d] for d in data + checksum)


def eth_address(rng: random.Random) -> str:
    return "0x" + "".join(rng.choice("0123456789abcdef") for _ in range(40))


def slug(rng: random.Random, words: tuple[str, ...], n: int = 2) -> str:
    parts = rng.sample(words, n)
    if rng.random() < 0.5:
        parts.append(str(rng.randint(1, 99)))
    return rng.choice(("-", "")).join(parts)


class Maker:
    """Makes values of an owner, never the same key twice in one world."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def _unique(self, make: object) -> Val:
        for _ in range(100):
            val = make()  # type: ignore[operator]
            if val.key not in self.used:
                self.used.add(val.key)
                return val  # type: ignore[no-any-return]
        raise RuntimeError("no fresh value")

    def phone(self, owner: str, region: str, kind: str = "mobile") -> Val:
        def make() -> Val:
            e164 = phone_number(self.rng, region, kind)
            return Val(f"phone:{e164}", "phone", owner, e164, "phone", region)

        return self._unique(make)

    def domain(self, owner: str, words: tuple[str, ...], stem: str = "") -> Val:
        def make() -> Val:
            name = (stem + "-" if stem else "") + slug(self.rng, words)
            host = f"{name}.{self.rng.choice(TLDS)}"
            return Val(f"domain:{host}", "domain", owner, host, "domain")

        return self._unique(make)

    def email(self, owner: str, host: str | None = None) -> Val:
        def make() -> Val:
            user = self.rng.choice(FIRST) + self.rng.choice((".", "_", "")) + self.rng.choice(LAST)
            user += str(self.rng.randint(1, 9999)) if host is None else ""
            addr = f"{user}@{host or self.rng.choice(FREEMAIL)}"
            return Val(f"email:{addr}", "email", owner, addr, "email")

        return self._unique(make)

    def short(self, owner: str) -> Val:
        def make() -> Val:
            host = self.rng.choice(SHORTENERS)
            path = "".join(self.rng.choice(string.ascii_letters + string.digits) for _ in range(7))
            return Val(f"url:https://{host}/{path}", "url", owner, f"{host}/{path}", "short")

        return self._unique(make)

    def wallet(self, owner: str, chain: str) -> Val:
        def make() -> Val:
            addr = {"btc": btc_address, "tron": tron_address, "eth": eth_address}[chain](self.rng)
            return Val(f"wallet:{chain}:{addr}", "wallet", owner, addr, "wallet")

        return self._unique(make)

    def iban(self, owner: str, country: str) -> Val:
        def make() -> Val:
            value = iban(self.rng, country)
            return Val(f"iban:{value}", "iban", owner, value, "iban")

        return self._unique(make)

    def uk_account(self, owner: str) -> Val:
        def make() -> Val:
            sort = (
                f"{self.rng.randint(10, 99)}-{self.rng.randint(10, 99)}-{self.rng.randint(10, 99)}"
            )
            acct = "".join(self.rng.choice(string.digits) for _ in range(8))
            return Val(
                f"bank_account:GB:{sort.replace('-', '')}:{acct}",
                "bank_account",
                owner,
                f"{sort} {acct}",
                "ukacct",
            )

        return self._unique(make)

    def handle(self, owner: str, platform: str) -> Val:
        def make() -> Val:
            name = (
                self.rng.choice(FIRST)
                + self.rng.choice(("_", "", "."))
                + self.rng.choice(
                    ("x", "love", "official", "xo", "baby", "real", str(self.rng.randint(1, 999)))
                )
            )
            if platform in ("telegram", "cashapp"):
                name = name.replace(".", "_")
            if platform == "telegram":
                name += "_bot" if owner.startswith("svc:kit") else str(self.rng.randint(1, 99))
            return Val(f"{platform}:{name.lower()}", "handle", owner, name, platform)

        return self._unique(make)

    def code(self, owner: str, what: str, digits: int) -> Val:
        def make() -> Val:
            value = str(self.rng.randint(1, 9)) + "".join(
                self.rng.choice(string.digits) for _ in range(digits - 1)
            )
            return Val(f"{what}:{value}", "other", owner, value, what)

        return self._unique(make)


# ---------------------------------------------------------------- the shared values


@dataclass
class Commons:
    """Innocent values and rented services of one world."""

    maker: Maker
    bank_lines: dict[str, list[Val]] = field(default_factory=dict)
    kits: list[Val] = field(default_factory=list)
    descriptors: list[Val] = field(default_factory=list)
    funnels: list[Val] = field(default_factory=list)
    mules: dict[str, list[Val]] = field(default_factory=dict)
    known: dict[str, Val] = field(default_factory=dict)

    def innocent(self, raw: str, what: str) -> Val:
        """A value anyone may mention; its owner is named by its first use (ic3.gov is the
        police's whether the victim reported there or a recovery room cited it)."""
        if raw not in self.known:
            if raw.startswith("+") or raw[:1].isdigit() or raw.startswith("#"):
                self.known[raw] = Val(f"line:{raw}", "phone", f"innocent:{what}", raw, "verbatim")
            else:
                kind = "url" if "/" in raw else "domain"
                self.known[raw] = Val(
                    f"{kind}:{raw.lower()}", kind, f"innocent:{what}", raw, "verbatim"
                )
        return self.known[raw]

    def bank_line(self, country: str) -> Val:
        if country not in self.bank_lines:
            rng = random.Random(f"banks-{country}")
            fixed = Maker(rng)
            self.bank_lines[country] = [
                Val(v.key, v.kind, "innocent:bank", v.raw, v.fmt, v.region)
                for v in (
                    fixed.phone(
                        "innocent:bank",
                        country,
                        "toll_free"
                        if country in ("US", "CA", "GB", "AU", "FR", "ES", "IT", "NL", "PT", "JP")
                        else "fixed",
                    )
                    for _ in COUNTRIES[country].banks
                )
            ]
        return self.maker.rng.choice(self.bank_lines[country])

    def mule(self, kind: str, n: int) -> Val:
        pool = self.mules.setdefault(kind, [])
        while len(pool) <= n:
            owner = f"svc:mule:{kind}{len(pool)}"
            if kind == "zelle":
                pool.append(
                    self.maker.email(owner)
                    if self.maker.rng.random() < 0.5
                    else self.maker.phone(owner, "US")
                )
            elif kind == "uk":
                pool.append(self.maker.uk_account(owner))
            else:
                pool.append(
                    self.maker.iban(owner, self.maker.rng.choice(("LT", "EE", "CY", "BG", "LV")))
                )
        return pool[n]


# ---------------------------------------------------------------------------- operations


@dataclass
class Operation:
    id: str
    structure: str
    size: int
    start: float
    end: float
    countries: list[tuple[str, float]]
    slots: dict[str, list[Asset]]
    extra: dict[str, object] = field(default_factory=dict)

    def pick(self, rng: random.Random, slot: str, t: float) -> Val | None:
        assets = self.slots.get(slot) or []
        if not assets:
            return None
        live = [a for a in assets if a.start <= t < a.end]
        if not live:
            live = [min(assets, key=lambda a: min(abs(a.start - t), abs(a.end - t)))]
        return rng.choice(live).val


def rotation(
    rng: random.Random,
    make: object,
    start: float,
    end: float,
    period: float,
    lanes: int,
    overlap: float,
) -> list[Asset]:
    """``lanes`` parallel values, each replaced every ~``period`` days, overlapping the next."""
    out: list[Asset] = []
    for _ in range(lanes):
        t = start - rng.uniform(0, period)
        while t < end:
            life = period * rng.uniform(0.6, 1.4)
            out.append(Asset(make(), max(start, t), t + life + overlap))  # type: ignore[operator]
            t += life
    return out


def by_use(size: int, lifetime: float, uses: float) -> float:
    """The time a value rotated after ``uses`` victims lives, at this operation's pace."""
    return max(0.5, lifetime * uses / max(size, 1))


def build_operation(
    rng: random.Random, oid: str, structure: str, size: int, commons: Commons, cfg: Config
) -> Operation:
    m = commons.maker
    targets = TARGETS[structure]
    n_countries = {
        "boiler": rng.randint(2, 4),
        "recovery": rng.randint(1, 3),
        "sextortion": rng.randint(1, 4),
    }.get(structure, 1 if rng.random() < 0.8 else 2)
    codes = [c for c, _ in targets]
    weights = [w for _, w in targets]
    chosen: list[str] = []
    while len(chosen) < min(n_countries, len(codes)):
        c = rng.choices(codes, weights)[0]
        if c not in chosen:
            chosen.append(c)
    countries = [(c, rng.uniform(0.5, 2)) for c in chosen]
    lifetime = {
        "kit": min(45.0, max(3.0, size / 8)),
        "techsupport": min(300.0, max(20.0, size / 2)),
        "boiler": min(360.0, max(60.0, size / 1.5)),
        "recovery": min(360.0, max(40.0, size)),
        "sextortion": min(200.0, max(10.0, size / 3)),
        "romance": min(300.0, max(30.0, size * 4)),
    }[structure] * rng.uniform(0.8, 1.2)
    start = rng.uniform(0, max(1.0, DAYS - lifetime))
    end = min(float(DAYS), start + lifetime)
    op = Operation(oid, structure, size, start, end, countries, {})
    main = chosen[0]
    s = op.slots

    def rot(name: str, make: object, period: float, lanes: int = 1, overlap: float = 0.0) -> None:
        # a small crew does not burn a value on one victim: each serves a few before it goes
        period = max(period, (end - start) * 8 * lanes / max(size, 1))
        s[name] = rotation(rng, make, start, end, period, lanes, overlap)

    if structure == "kit":
        imessage = main == "US" and rng.random() < 0.5
        rot(
            "sender",
            (lambda: m.email(oid)) if imessage else (lambda: m.phone(oid, main)),
            rng.uniform(1, 2),
            rng.randint(1, 3),
            0.5,
        )
        rot("short", lambda: m.short(oid), rng.uniform(1, 2), 1, 0.5)
        kind = rng.choice(COUNTRIES[main].brands)
        stem = kind[0].split(".")[0].split("-")[0]
        op.extra["brand"] = kind[0]
        rot("domain", lambda: m.domain(oid, WORDS, stem), rng.uniform(3, 6), 1, 2.0)
        op.extra["kit"] = rng.randrange(len(commons.kits))
        op.extra["descriptor"] = rng.randrange(len(commons.descriptors))
    elif structure == "techsupport":
        rot(
            "popup",
            lambda: m.domain(oid, (*WORDS, "microsoft", "windows", "defender", "alert")),
            2.0,
            2,
        )
        tf_region = main if main in ("US", "CA", "GB", "AU", "JP", "DE", "FR") else "US"
        rot("tollfree", lambda: m.phone(oid, tf_region, "toll_free"), 14, 2, 4)
        rot("agent", lambda: m.phone(oid, "US", "fixed"), 40, rng.randint(2, 8), 5)
        rot("wallet", lambda: m.wallet(oid, "btc"), by_use(size, lifetime, 10), 1, 2)
        rot(
            "zelle",
            lambda: m.email(oid) if rng.random() < 0.5 else m.phone(oid, "US"),
            by_use(size, lifetime, 6),
            1,
            2,
        )
        host = m.domain(oid, (*WORDS, "tech", "support", "desk")).raw
        rot("email", lambda: m.email(oid, host), 60, 1)
    elif structure == "boiler":
        brand = rng.choice(BROKER)
        rot("site", lambda: m.domain(oid, BROKER, brand), 35, 1, 12)
        for c, _ in countries:
            rot(f"desk:{c}", lambda c=c: m.phone(oid, c, "fixed"), 20, 2, 5)
        origin = rng.choice(MULE_ORIGINS)
        rot(
            "agent",
            lambda: m.phone(oid, origin if rng.random() < 0.7 else rng.choice(MULE_ORIGINS)),
            60,
            max(2, min(20, size // 25)),
            10,
        )
        rot("email", lambda: m.email(oid, f"{brand}-{rng.choice(BROKER)}.com"), 50, 1, 10)
        shell = rng.choice(("LT", "EE", "PT", "ES", "CY", "BG", "DE", "SK", "LV"))
        rot("iban", lambda: m.iban(oid, shell), by_use(size, lifetime, 8), 1, 3)
        chain = rng.choice(("tron", "eth"))
        rot("wallet", lambda: m.wallet(oid, chain), by_use(size, lifetime, 15), 1, 3)
        op.extra["funnel"] = rng.randrange(len(commons.funnels))
        op.extra["descriptor"] = rng.randrange(len(commons.descriptors))
        op.extra["clone"] = f"{brand}{rng.choice(('-am.com', 'securities.com', 'bank.de', '.fr'))}"
    elif structure == "recovery":
        word = rng.choice(LAW)
        rot("site", lambda: m.domain(oid, LAW, word), 50, 1, 15)
        host = f"{word}-{rng.choice(LAW)}.com"
        rot("email", lambda: m.email(oid, host), 80, 1, 15)
        region = rng.choice(("GB", "US", "CA", "AU"))
        rot("contact", lambda: m.phone(oid, region), 90, rng.randint(1, 4), 15)
        rot(
            "wallet",
            lambda: m.wallet(oid, rng.choice(("btc", "tron"))),
            by_use(size, lifetime, 12),
            1,
            3,
        )
        shell = rng.choice(("LT", "EE", "CY", "BG"))
        rot("iban", lambda: m.iban(oid, shell), by_use(size, lifetime, 10), 1, 3)
    elif structure == "sextortion":
        bulk = rng.random() < 0.6
        op.extra["bulk"] = bulk
        if bulk:
            rot("wallet", lambda: m.wallet(oid, "btc"), 10, 1, 3)
            rot("sender", lambda: m.email(oid), 7, 1, 3)
        else:
            rot("insta", lambda: m.handle(oid, "instagram"), 12, 1, 3)
            rot("snap", lambda: m.handle(oid, "snapchat"), 15, 1, 3)
            rot("tag", lambda: m.handle(oid, "cashapp"), 20, 1, 4)
    elif structure == "romance":
        personas = max(1, min(8, size // 12))
        rot(
            "persona_wa",
            lambda: m.phone(oid, rng.choice(("US", "US", "GB", "CA", "NG", "GH"))),
            90,
            personas,
            10,
        )
        rot("persona_mail", lambda: m.email(oid), 120, personas, 10)
        rot("diplomat", lambda: m.email(oid), 150, 1, 20)
        rot(
            "diplomat_phone", lambda: m.phone(oid, rng.choice(("NG", "GH", "GB", "ZA"))), 150, 1, 20
        )
        rot("wallet", lambda: m.wallet(oid, "btc"), by_use(size, lifetime, 10), 1, 5)
        rot(
            "zelle",
            lambda: m.email(oid) if rng.random() < 0.5 else m.phone(oid, "US"),
            by_use(size, lifetime, 5),
            1,
            3,
        )
        rot("ukacct", lambda: m.uk_account(oid), by_use(size, lifetime, 6), 1, 3)
    return op


# ---------------------------------------------------------------------------- what one report says


@dataclass
class Fact:
    purpose: str  # a SENTENCES key
    val: Val | None  # None: a purpose without an identifier (gift cards)
    tool: str = ""


def innocent_facts(rng: random.Random, commons: Commons, country: str, p: float) -> list[Fact]:
    c = COUNTRIES[country]
    facts: list[Fact] = []
    if rng.random() < p:
        facts.append(Fact("police", commons.innocent(rng.choice(c.police), "police")))
    if rng.random() < p * 0.8:
        facts.append(Fact("bank", commons.bank_line(country)))
    if rng.random() < p * 0.5:
        facts.append(Fact("case", commons.maker.code("victim", "case", rng.choice((6, 8, 10)))))
    if rng.random() < p * 0.25:
        facts.append(Fact("news", commons.innocent(c.news, "news")))
    return facts


def mule_fact(
    rng: random.Random, commons: Commons, cfg: Config, op: Operation, kind: str, own: Val | None
) -> Fact:
    """A payment to the operation's own mule, or to a mule rented to several operations."""
    if own is None or rng.random() < cfg.shared_mule_share:
        base = op.extra.setdefault(f"mule_{kind}", rng.randrange(40))
        assert isinstance(base, int)
        # a rented mule serves an operation for a while, then the next operation
        return Fact(
            "pay_account" if kind != "zelle" else "pay_tag",
            commons.mule(kind, base + rng.randrange(2)),
        )
    return Fact("pay_account" if kind != "zelle" else "pay_tag", own)


def operation_facts(
    rng: random.Random,
    op: Operation,
    t: float,
    country: str,
    commons: Commons,
    cfg: Config,
    ops: list[Operation],
) -> list[Fact]:
    f: list[Fact] = []
    c = COUNTRIES[country]

    def pick(slot: str, purpose: str, p: float) -> None:
        if rng.random() < p:
            v = op.pick(rng, slot, t)
            if v is not None:
                f.append(Fact(purpose, v))

    if op.structure == "kit":
        pick("sender", "sms_from", 0.8)
        if rng.random() < 0.55:
            pick("short", "link", 1.0)
            pick("domain", "landing", 0.6)
        else:
            pick("domain", "link", 1.0)
        brand = op.extra["brand"]
        assert isinstance(brand, str)
        if rng.random() < 0.35:
            f.append(Fact("real", commons.innocent(brand, "brand")))
        if rng.random() < 0.05:
            kit = op.extra["kit"]
            assert isinstance(kit, int)
            f.append(Fact("bot", commons.kits[kit]))
        if rng.random() < 0.15:
            d = op.extra["descriptor"]
            assert isinstance(d, int)
            f.append(Fact("descriptor", commons.descriptors[d]))
    elif op.structure == "techsupport":
        pick("tollfree", "callnumber", 0.85)
        pick("popup", "link", 0.3)
        pick("agent", "caller", 0.45)
        pick("email", "email", 0.15)
        if rng.random() < 0.65:
            name, host = rng.choice(TOOLS)
            f.append(
                Fact("tool", commons.maker.code("victim", "remote", rng.choice((9, 10))), name)
            )
            if rng.random() < 0.4:
                f.append(Fact("tool_site", commons.innocent(host, "remote_tool")))
        r = rng.random()
        if r < 0.35:
            f.append(Fact("giftcards", None))
        elif r < 0.65:
            pick("wallet", "pay_wallet", 1.0)
            if rng.random() < 0.4:
                f.append(Fact("real", commons.innocent(rng.choice(ATMS), "crypto_atm")))
        elif country == "US":
            f.append(mule_fact(rng, commons, cfg, op, "zelle", op.pick(rng, "zelle", t)))
        if rng.random() < 0.4:
            f.append(
                Fact(
                    "real",
                    commons.innocent(
                        rng.choice(
                            ("microsoft.com", "norton.com", "support.apple.com", "paypal.com")
                        ),
                        "brand",
                    ),
                )
            )
    elif op.structure == "boiler":
        pick("site", "site", 0.8)
        pick(
            f"desk:{country}" if f"desk:{country}" in op.slots else f"desk:{op.countries[0][0]}",
            "caller",
            0.5,
        )
        pick("agent", "contact", 0.4)
        pick("email", "email", 0.25)
        if rng.random() < 0.55:
            f.append(mule_fact(rng, commons, cfg, op, "iban", op.pick(rng, "iban", t)))
        if rng.random() < 0.35:
            pick("wallet", "pay_wallet", 1.0)
            if rng.random() < 0.5:
                f.append(Fact("exchange", commons.innocent(rng.choice(EXCHANGES), "exchange")))
        for key, purpose, p, store in (
            ("descriptor", "descriptor", 0.15, commons.descriptors),
            ("funnel", "funnel", 0.25, commons.funnels),
        ):
            if rng.random() < p:
                i = op.extra[key]
                assert isinstance(i, int)
                f.append(Fact(purpose, store[i]))
        if rng.random() < 0.3:
            f.append(Fact("regulator", commons.innocent(c.regulator, "regulator")))
        if rng.random() < 0.2:
            name, _ = rng.choice(TOOLS)
            f.append(Fact("tool", commons.maker.code("victim", "remote", 9), name))
        if rng.random() < 0.1:
            clone = op.extra["clone"]
            assert isinstance(clone, str)
            f.append(
                Fact(
                    "real",
                    Val(f"domain:{clone}", "domain", "innocent:cloned_firm", clone, "verbatim"),
                )
            )
    elif op.structure == "recovery":
        pick("site", "site", 0.8)
        pick("email", "email", 0.4)
        pick("contact", "contact", 0.55)
        pick("wallet", "pay_wallet", 0.4)
        if rng.random() < 0.3:
            f.append(mule_fact(rng, commons, cfg, op, "iban", op.pick(rng, "iban", t)))
        if rng.random() < 0.5:
            f.append(
                Fact(
                    "authority",
                    commons.innocent(rng.choice((*AUTHORITIES, c.regulator)), "authority"),
                )
            )
        prior = op.extra.get("prior")
        if isinstance(prior, Operation) and rng.random() < 0.75:
            for _ in range(rng.choice((1, 1, 2))):
                slot = rng.choice(sorted(prior.slots))
                v = prior.pick(rng, slot, rng.uniform(prior.start, prior.end))
                if v is not None:
                    f.append(Fact("prior", v))
    elif op.structure == "sextortion":
        if op.extra["bulk"]:
            pick("wallet", "extort", 0.92)
            if rng.random() < 0.3:  # the extortion mail spoofs the victim's own address
                f.append(Fact("email", commons.maker.email("victim")))
            else:
                pick("sender", "email", 0.75)
        else:
            pick("insta", "handle", 0.85)
            pick("snap", "handle", 0.45)
            r = rng.random()
            if r < 0.45:
                pick("tag", "pay_tag", 1.0)
            elif r < 0.75:
                f.append(Fact("giftcards", None))
            if rng.random() < 0.3:
                f.append(Fact("real", commons.innocent(rng.choice(SEXT_HELP), "child_safety")))
    elif op.structure == "romance":
        pick("persona_wa", "contact", 0.8)
        pick("persona_mail", "email", 0.55)
        pick("diplomat", "email", 0.35)
        pick("diplomat_phone", "contact", 0.2)
        r = rng.random()
        if r < 0.25:
            pick("wallet", "pay_wallet", 1.0)
            if rng.random() < 0.5:
                f.append(Fact("real", commons.innocent(rng.choice(ATMS), "crypto_atm")))
        elif r < 0.5 and country == "US":
            f.append(mule_fact(rng, commons, cfg, op, "zelle", op.pick(rng, "zelle", t)))
        elif r < 0.5 and country == "GB":
            f.append(mule_fact(rng, commons, cfg, op, "uk", op.pick(rng, "ukacct", t)))
        elif r < 0.7:
            f.append(Fact("mtcn", commons.maker.code("victim", "mtcn", 10)))
        else:
            f.append(Fact("giftcards", None))
        if rng.random() < 0.3:
            site = rng.choice(DATING)
            if "." in site:
                f.append(Fact("real", commons.innocent(site, "dating_site")))
    return f


# ---------------------------------------------------------------------------- writing values


def write_value(rng: random.Random, v: Val, country: str, sloppy: float) -> tuple[str, bool]:
    """The value as a victim writes it, and whether it can still be read back exactly."""
    raw = v.raw
    if v.fmt == "verbatim":
        return raw, True
    if v.fmt == "phone":
        num = phonenumbers.parse(raw)
        intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        forms = [
            intl,
            raw,
            "00" + raw[1:],
            intl[1:],
            intl.replace(" ", "-"),
            intl.replace(" ", "."),
        ]
        if v.region == country:
            forms += [phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)] * 3
        text = rng.choice(forms)
        ok = True
        if v.region != country and rng.random() < sloppy * 0.3:
            text = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
            ok = False  # a foreign number written nationally: its country is lost
        return _typo(rng, text, sloppy, ok)
    if v.fmt == "domain":
        text = rng.choice(
            (
                raw,
                raw,
                f"www.{raw}",
                f"https://{raw}/",
                f"https://{raw}/login",
                f"http://{raw}/track",
                raw.replace(".", "[.]"),
                raw.upper(),
            )
        )
        if rng.random() < sloppy:
            i = rng.randrange(len(raw.split(".")[0]))
            return text.replace(raw, raw[:i] + raw[i + 1 :], 1) if raw in text else text, False
        return text, True
    if v.fmt == "short":
        return rng.choice((raw, f"https://{raw}", f"http://{raw}")), rng.random() > sloppy * 0.5
    if v.fmt == "email":
        return _typo(rng, rng.choice((raw, raw, raw.capitalize())), sloppy * 0.5, True)
    if v.fmt == "wallet":
        if rng.random() < sloppy:
            return f"{raw[:6]}…{raw[-4:]}", False
        return raw, True
    if v.fmt == "iban":
        grouped = " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return _typo(rng, rng.choice((raw, grouped, grouped, grouped.lower())), sloppy, True)
    if v.fmt == "ukacct":
        sort, acct = raw.split()
        text = rng.choice(
            (
                f"sort code {sort} account {acct}",
                f"{sort} {acct}",
                f"account {acct} sort code {sort.replace('-', '')}",
            )
        )
        return _typo(rng, text, sloppy, True)
    if v.fmt in ("instagram", "snapchat", "telegram", "cashapp"):
        handle_forms = {
            "instagram": (f"@{raw}", f"instagram.com/{raw}", f"@{raw} on Instagram"),
            "snapchat": (f"Snapchat: {raw}", f"snap {raw}", f"snapchat.com/add/{raw}"),
            "telegram": (f"@{raw}", f"t.me/{raw}"),
            "cashapp": (f"${raw}", f"Cash App ${raw}", f"cash.app/${raw}"),
        }[v.fmt]
        return rng.choice(handle_forms), True
    if v.fmt == "remote":
        return rng.choice((" ".join(raw[i : i + 3] for i in range(0, len(raw), 3)), raw)), True
    return raw, True


def _typo(rng: random.Random, text: str, p: float, ok: bool) -> tuple[str, bool]:
    if rng.random() < p:
        digits = [i for i, ch in enumerate(text) if ch.isdigit()]
        if digits:
            i = rng.choice(digits)
            return text[:i] + str((int(text[i]) + rng.randint(1, 9)) % 10) + text[i + 1 :], False
    return text, ok


HINTS = {
    "phone": "phone",
    "email": "email",
    "domain": "url",
    "short": "url",
    "wallet": "wallet",
    "iban": "iban",
    "ukacct": "bank_account",
    "instagram": "instagram",
    "snapchat": "snapchat",
    "telegram": "telegram",
    "cashapp": "cashapp",
}
ROLES = {
    "sms_from": "sender",
    "caller": "caller",
    "callnumber": "contact",
    "contact": "contact",
    "handle": "contact",
    "email": "contact",
    "link": "link",
    "landing": "link",
    "site": "link",
    "pay_account": "payee_account",
    "pay_wallet": "payee_wallet",
    "pay_tag": "payee_account",
    "extort": "payee_wallet",
}
PURPOSE_OF_SLOT = {
    "sender": "sms_from",
    "short": "link",
    "domain": "link",
    "popup": "link",
    "tollfree": "callnumber",
    "agent": "caller",
    "wallet": "pay_wallet",
    "zelle": "pay_tag",
    "email": "email",
    "site": "site",
    "desk": "caller",
    "iban": "pay_account",
    "contact": "contact",
    "insta": "handle",
    "snap": "handle",
    "tag": "pay_tag",
    "persona_wa": "contact",
    "persona_mail": "email",
    "diplomat": "email",
    "diplomat_phone": "contact",
    "ukacct": "pay_account",
}
FROM_ID_BODY = {"sms_from": "kit", "caller": "call", "email": "contact", "handle": "contact"}
PRIMARY_SLOTS = {
    "kit": ("domain",),
    "techsupport": ("tollfree",),
    "boiler": ("site",),
    "recovery": ("site",),
    "sextortion": ("wallet", "insta"),
    "romance": ("persona_wa",),
}
GIFT = {
    "en": "I paid with gift cards.",
    "de": "Ich habe mit Gutscheinkarten bezahlt.",
    "fr": "J'ai payé en cartes cadeaux.",
    "es": "Pagué con tarjetas regalo.",
    "it": "Ho pagato con gift card.",
    "nl": "Ik betaalde met cadeaukaarten.",
    "pl": "Zapłaciłem kartami podarunkowymi.",
    "pt": "Paguei com cartões-presente.",
    "ja": "電子マネーのカードで支払った。",
}


@dataclass
class Draft:
    narrative: list[str] = field(default_factory=list)
    messages: list[Json] = field(default_factory=list)
    payments: list[Json] = field(default_factory=list)
    identifiers: list[Json] = field(default_factory=list)
    mentions: list[Json] = field(default_factory=list)

    def mention(self, v: Val, ok: bool, where: str) -> None:
        self.mentions.append(
            {"key": v.key, "kind": v.kind, "owner": v.owner, "recoverable": ok, "where": where}
        )


def money(rng: random.Random, currency: str) -> str:
    scale = {"JPY": 150, "PLN": 4, "MXN": 18, "BRL": 5}.get(currency, 1)
    return str(
        int(rng.choice((50, 200, 500, 1500, 4000, 12000, 40000)) * rng.uniform(0.5, 1.5) * scale)
    )


def render(
    rng: random.Random,
    facts: list[Fact],
    structure: str,
    lang: str,
    country: str,
    currency: str,
    style: str,
    sloppy: float,
) -> Draft:
    d = Draft()
    d.narrative.append(rng.choice(OPENERS[lang][structure]))
    sentences = SENTENCES[lang]
    for fact in facts:
        if fact.val is None:
            d.narrative.append(GIFT[lang])
            continue
        text, ok = write_value(rng, fact.val, country, sloppy)
        role = ROLES.get(fact.purpose)
        place = "narrative"
        if (
            style != "narrative"
            and role is not None
            and rng.random() < (0.8 if style == "form" else 0.45)
        ):
            place = rng.choice(
                ("payment",) if role.startswith("payee") else ("message", "identifier")
            )
        if place == "payment":
            assert role is not None
            amt = money(rng, currency)
            rail = {"payee_wallet": "crypto_other", "payee_account": "domestic_transfer"}[role]
            d.payments.append({"amount": amt, "currency": currency, "rail": rail, "payee": text})
            d.mention(fact.val, ok, f"payments.{len(d.payments) - 1}")
        elif place == "message":
            assert role is not None
            i = len(d.messages)
            channel = {
                "sms_from": "sms",
                "caller": "voice",
                "extort": "email",
                "email": "email",
                "handle": fact.val.fmt,
            }.get(fact.purpose, "whatsapp")
            msg_key = {
                "sms_from": "kit",
                "link": "kit",
                "landing": "site",
                "site": "site",
                "caller": "call",
                "callnumber": "call",
                "extort": "extort",
            }.get(fact.purpose)
            if fact.purpose in ("sms_from", "caller") or (
                fact.purpose in ("email", "handle") and rng.random() < 0.6
            ):
                body = (
                    rng.choice(MESSAGES[lang][FROM_ID_BODY.get(fact.purpose, "contact")])
                    .replace("{v}", "")
                    .strip()
                )
                d.messages.append(
                    {"text": body, "sender": "scammer", "channel": channel, "from_id": text}
                )
                d.mention(fact.val, ok, f"messages.{i}.from_id")
            else:
                body = rng.choice(
                    MESSAGES[lang][msg_key or ("pay" if role.startswith("payee") else "contact")]
                )
                d.messages.append(
                    {"text": body.replace("{v}", text), "sender": "scammer", "channel": channel}
                )
                d.mention(fact.val, ok, f"messages.{i}.text")
        elif place == "identifier":
            entry: dict[str, str] = {"value": text, "role": role or "mentioned"}
            if rng.random() < 0.6 and fact.val.fmt in HINTS:
                entry["kind"] = HINTS[fact.val.fmt]
            d.identifiers.append(entry)
            d.mention(fact.val, ok, f"identifiers.{len(d.identifiers) - 1}")
        else:
            key = "pay_wallet" if fact.purpose == "extort" else fact.purpose
            template = rng.choice(sentences[key])
            d.narrative.append(
                template.format(v=text, amt=f"{money(rng, currency)} {currency}", tool=fact.tool)
            )
            d.mention(fact.val, ok, "narrative")
    return d


# ---------------------------------------------------------------------------- the world


def sizes_for(rng: random.Random, total: int, cfg: Config) -> list[int]:
    """Operation sizes with a heavy tail (Pareto), summing to ``total``."""
    out: list[int] = []
    while sum(out) < total:
        size = int(1 / (1 - rng.random()) ** (1 / cfg.tail))
        out.append(min(size, cfg.max_size, total - sum(out)))
    return out


def build(config: str, seed: int, n_reports: int) -> tuple[list[Json], list[Json], Json]:
    cfg = CONFIGS[config]
    rng = random.Random(f"world4-{config}-{seed}")
    maker = Maker(rng)
    commons = Commons(maker)
    commons.kits = [maker.handle(f"svc:kit:{i}", "telegram") for i in range(6)]
    commons.descriptors = [
        maker.domain(
            f"svc:psp:{i}", ("pay", "checkout", "billing", "secure", "gateway", "merchant")
        )
        for i in range(8)
    ]
    commons.funnels = [
        maker.domain(f"svc:funnel:{i}", ("news", "daily", "finance", "report", "today", "insider"))
        for i in range(6)
    ]
    ops: list[Operation] = []
    for structure in STRUCTURES:
        share = cfg.mixture.get(structure, 0.0)
        for size in sizes_for(rng, max(1, round(share * n_reports)), cfg):
            oid = f"op{len(ops):04d}"
            ops.append(build_operation(rng, oid, structure, size, commons, cfg))
    earlier = [o for o in ops if o.structure != "recovery"]
    for op in ops:
        if op.structure == "recovery":
            op.extra["prior"] = rng.choices(earlier, [o.size for o in earlier])[0]

    slots = [op for op in ops for _ in range(op.size)]
    rng.shuffle(slots)
    slots = slots[:n_reports]
    reports: list[Json] = []
    truth: list[Json] = []
    by_op: dict[str, list[int]] = {}
    for n, op in enumerate(slots):
        dup_of = None
        second = rng.random() < (
            0.25 if op.structure == "sextortion" and not op.extra.get("bulk") else 0.07
        )
        earlier_reports = by_op.get(op.id, [])
        if earlier_reports and rng.random() < 0.05:
            dup_of = rng.choice(earlier_reports)
        report, row = make_report(rng, n, op, ops, commons, cfg, second, dup_of, reports, truth)
        by_op.setdefault(op.id, []).append(n)
        reports.append(report)
        truth.append(row)
    world = {
        "config": config,
        "seed": seed,
        "reports": len(reports),
        "mixture": cfg.mixture,
        "operations": [
            {
                "id": o.id,
                "structure": o.structure,
                "size": sum(1 for s in slots if s is o),
                "countries": [c for c, _ in o.countries],
                "start_day": round(o.start, 1),
                "end_day": round(o.end, 1),
                "prior": prior_id(o),
            }
            for o in ops
            if any(s is o for s in slots)
        ],
    }
    return reports, truth, world


def prior_id(op: Operation) -> str | None:
    prior = op.extra.get("prior")
    return prior.id if isinstance(prior, Operation) else None


def make_report(
    rng: random.Random,
    n: int,
    op: Operation,
    ops: list[Operation],
    commons: Commons,
    cfg: Config,
    second: bool,
    dup_of: int | None,
    reports: list[Json],
    truth: list[Json],
) -> tuple[Json, Json]:
    if dup_of is not None:
        base = truth[dup_of]
        country = base["country"]
        t = base["_t"] + rng.uniform(3, 40)
    else:
        country = rng.choices([c for c, _ in op.countries], [w for _, w in op.countries])[0]
        t = rng.uniform(op.start, op.end)
    langs = COUNTRIES[country].languages
    lang = langs[0] if rng.random() < 0.8 else rng.choice(langs)
    if dup_of is not None and rng.random() < 0.3:
        lang = rng.choice(sorted(SENTENCES))  # forwarded by another agency, translated
    currency = COUNTRIES[country].currency
    facts = operation_facts(rng, op, t, country, commons, cfg, ops)
    if not any(f.val is not None and f.val.owner == op.id for f in facts) and rng.random() < 0.93:
        # what a victim remembers first: the number, the site, the address they paid
        slot = next(s for s in PRIMARY_SLOTS[op.structure] if s in op.slots)
        v = op.pick(rng, slot, t)
        if v is not None:
            facts.append(Fact(PURPOSE_OF_SLOT[slot], v))
    facts += innocent_facts(rng, commons, country, 0.3)
    if rng.random() < 0.15:
        own = (
            commons.maker.phone("victim", country)
            if rng.random() < 0.6
            else (commons.maker.email("victim"))
        )
        facts.append(Fact("own", own))
    if second or dup_of is not None:  # less recall, but the scammer's number is remembered
        kept = [f for f in facts if rng.random() < 0.6]
        theirs = [f for f in facts if f.val is not None and f.val.owner == op.id]
        if theirs and not any(f in theirs for f in kept) and rng.random() < 0.95:
            kept.append(rng.choice(theirs))
        facts = kept
    rng.shuffle(facts)
    sloppy = 0.06 if second else 0.02
    style = rng.choices(("form", "mixed", "narrative"), (0.35, 0.35, 0.3))[0]
    d = render(rng, facts, op.structure, lang, country, currency, style, sloppy)
    occurred = START + timedelta(days=min(t, DAYS - 1))
    received = occurred + timedelta(days=rng.uniform(0.2, 20))
    eid = f"W4-{country}-{n:06d}"
    report: Json = {
        "external_id": eid,
        "received_at": received.isoformat(timespec="seconds"),
        "occurred_at": occurred.isoformat(timespec="seconds"),
        "victim_country": country,
        "language": lang,
        "channel": {
            "kit": "sms",
            "techsupport": "voice",
            "boiler": "social_ad",
            "recovery": "email",
            "sextortion": "email" if op.extra.get("bulk") else "social_dm",
            "romance": "dating_app",
        }[op.structure],
        "narrative": " ".join(d.narrative),
    }
    if d.messages:
        report["messages"] = d.messages
    if d.payments:
        report["payments"] = d.payments
        total = sum(int(p["amount"]) for p in d.payments)
        report["loss"] = {"amount": str(total), "currency": currency}
    if d.identifiers:
        report["identifiers"] = d.identifiers
    victim = victim_block(rng, op, country, dup_of, reports, truth)
    if victim is not None:
        report["victim"] = victim
    row = {
        "external_id": eid,
        "operation": op.id,
        "structure": op.structure,
        "country": country,
        "language": lang,
        "duplicate_of": truth[dup_of]["external_id"] if dup_of is not None else None,
        "second_hand": second,
        "mentions": d.mentions,
        "_t": t,
    }
    return report, row


def victim_block(
    rng: random.Random,
    op: Operation,
    country: str,
    dup_of: int | None,
    reports: list[Json],
    truth: list[Json],
) -> Json | None:
    """The victim's identity (pseudonymised by tipoff, never a link): the same person when a
    duplicate, or when a recovery room's victim had reported the original scam before."""
    prior = op.extra.get("prior")
    if dup_of is None and isinstance(prior, Operation) and rng.random() < 0.3:
        before = [i for i, row in enumerate(truth) if row["operation"] == prior.id]
        if before:
            dup_of = rng.choice(before)
    if dup_of is not None and "victim" in reports[dup_of]:
        return dict(reports[dup_of]["victim"])
    if rng.random() < 0.5:
        return None
    return {
        "name": f"{rng.choice(FIRST).title()} {rng.choice(LAST).title()}",
        "phone": phone_number(rng, country),
        "age_band": rng.choice(("20-29", "30-39", "40-49", "50-59", "60-69", "70+")),
        "keep": ["age_band"],
    }


def write_world(config: str, seed: int, reports: int, out_dir: Path) -> Path:
    rows, truth, world = build(config, seed, reports)
    out_dir.mkdir(parents=True, exist_ok=True)
    with (out_dir / "reports.jsonl").open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with (out_dir / "truth.jsonl").open("w", encoding="utf-8") as fh:
        for t in truth:
            fh.write(
                json.dumps(
                    {k: v for k, v in t.items() if not k.startswith("_")}, ensure_ascii=False
                )
                + "\n"
            )
    (out_dir / "world.json").write_text(
        json.dumps(world, indent=1, ensure_ascii=False), encoding="utf-8"
    )
    return out_dir


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the fourth independent world.")
    parser.add_argument("--config", default="kits", choices=sorted(CONFIGS))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reports", type=int, default=3000)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    print(write_world(args.config, args.seed, args.reports, args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
