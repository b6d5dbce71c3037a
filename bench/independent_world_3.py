"""A third independent synthetic world of scam operations, for measuring report linking.

Author: the "world3" engineer session of 2026-12-06; generator written 08:58-09:10 UTC. Written
BLIND to the linker: its author did not open src/tipoff/link/, src/tipoff/indicators/,
src/tipoff/simulate/, src/tipoff/evaluation/, the generators of bench/independent_world.py and
bench/independent_world_2.py (only the header docstring of the latter, for its style),
docs/networks.md, docs/link-evaluation.md, docs/benchmarks.md or tests/link, and ran tipoff's
linker on this world only after it was committed (the only linking figures its author had
seen are those quoted in issue 12, on the first independent world). It was written from
/work/shared/docs/domain.md, /work/shared/docs/DESIGN.md, docs/intake.md and
docs/identifiers.md (the intake format, the identifier kinds), the CLI's --help, the field and
enum names of src/tipoff/intake/schema.py, and in bench/bench_independent_world_2.py only the
functions that drive the CLI, read networks back and score (bench_independent_world_3.py
imports them); the rest is the author's own knowledge of how scam operations work.

EVALUATION DATA: this world exists so that a linking figure can be measured on structures
the linker was not written around. Never tune tipoff to it (its phrases, spellings, numbers,
sizes); fix the general behaviour and report the figure as a held-out check.

What it models. One operation (the truth label of a report) controls its own contacts,
sites, wallets and mule accounts; services that several operations use, and values any
victim may mention, are not an operation's and must not join operations:

- ``compound``: pig-butchering compounds aimed at several countries at once: one agent per
  victim (each agent its own SIM and messenger account, 8-25 victims each, many in parallel),
  one fake trading platform whose mirror domain changes every few weeks (some on free hosting
  subdomains such as ``*.pages.dev``, whose parent is nobody's), a customer-service Telegram
  account, USDT deposit addresses that rotate by use, local mule accounts per victim country;
- ``teacher``: investment "teacher" groups: a social ad, a messenger group per cohort (LINE
  group, Kakao open chat, WhatsApp or Zalo group invite links), the teacher's official
  account, assistants, a fake broker app (own domain or a path on a white-label download host
  shared by several operations), mule accounts; they name a real securities firm;
- ``police``: fake police / prosecutor / bank-staff call centres: the caller ID is often a
  REAL police or bank switchboard (spoofed; the same real numbers in many operations'
  reports), otherwise the centre's VoIP lines; an "officer" messenger account for the video
  "interrogation", a fake warrant site, "safe accounts" that each take a few victims, and
  cash couriers (no identifier); victims then call the real police and their bank;
- ``task``: task / job scams with escalating deposits: recruiters on WhatsApp whose numbers
  rotate fast, a "reception" Telegram account, a task platform domain, e-wallet and USDT
  deposits; victims name the real shop or booking site whose products they "rated";
- ``loan``: loan-app extortion: an APK download domain, debt collectors whose numbers last a
  few victims each, repayment to e-wallets or to a payment processor's per-victim virtual
  accounts (the processor's site and support address are shared by several operations);
- ``romance``: small romance crews and lone scammers: persona e-mail and WhatsApp number,
  bitcoin addresses the victim paid at a crypto ATM (the ATM operator is innocent), Zelle or
  PayID mule addresses, gift cards (no identifier).

Shared services (owner ``svc:...`` in the truth; never an operation's): payment "runner"
accounts (跑分) rented per transaction to several operations, OTC brokers that sell USDT to
victims of many operations (their Telegram and bank accounts), white-label app download
hosts, payment processors. Innocent values (owner ``innocent:...``): police lines and
switchboards, police and government reporting sites, non-government anti-scam sites
(``cekrekening.id``, ``chongluadao.vn``, ``scamadviser.com``, ``idcare.org``), bank hotlines,
exchanges where the victim bought USDT, app stores, news sites, impersonated real brands,
crypto ATM operators, dating and job sites; and each victim's own account or phone (owner
``victim``).

Noise: eight languages (ja, zh, ko, th, vi, id, en, tl); report styles from a form with
structured payments, identifiers (with or without a ``kind`` hint and ``role``) and scammer
messages (with ``from_id``), to free-text narrative only; identifiers written as victims
write them (national or international, no ``+``, ``00``, spaces and dashes, full-width and
Thai digits, bank short names, branch forms, ``t.me/`` or ``@``, messenger words in the
local language, mixed case, a phone cut by a line break, defanged links). Some mentions are
not recoverable and marked so in the truth: a digit typo, a truncated wallet
(``TXa8…k9Pq``), an OCR slip in a screenshot's transcription, a misspelt domain. Reports
carry timestamps, payments and losses in the local currency; some are duplicates (the same
victim again, weeks later, with fewer details) or second-hand (a relative, with less recall).

Files: ``reports.jsonl`` (intake format, one report a line), ``truth.jsonl`` (per report:
``external_id``, ``operation``, ``structure``, ``country``, ``language``, ``duplicate_of``,
``second_hand``, ``mentions``: ``key``, ``kind``, ``owner``, ``recoverable``, ``where``),
``world.json`` (the configuration and each operation's structure and size).

Configurations (each a mixture, so every world has every structure): ``compounds`` (big
multi-country compounds), ``teachers`` (mid-size teacher groups), ``call_centres`` (spoofing
call centres, heavy use of runner accounts), ``tasks_loans`` (fast-rotating task and loan
crews, shared processors and OTC brokers), ``long_tail`` (hundreds of small crews and lone
scammers, many innocent mentions).

Run alone: ``python bench/independent_world_3.py --config compounds --seed 1 --reports 3000
--out DIR``; the benchmark is bench/bench_independent_world_3.py.

Generator-side facts (truth only, no tipoff code; 3,000 reports, seeds 1 and 2): 210-710
operations a world, 120-380 of them one-off; the largest crew 740-910 reports (compounds);
ceiling ARI 0.977-0.995 (precision 1.00, recall 0.956-0.991). Linking on every shared value
collapses every world (ARI <= 0.006); linking on operations' and services' values alone,
innocent ones excluded, still gives ARI 0.015-0.117: the services are the trap, the crews
the signal. ``tests/evaluation/test_world3.py`` checks validity, determinism, the ceiling and
the promised noise.

First contact (run once, after the world was committed as 85ad39d and merged, on main 85ad39d:
``PYTHONPATH=/work/main/src:/work/main nice -n 5 .venv/bin/python
bench/bench_independent_world_3.py --work DIR --json FILE``, 5 configurations x 2 seeds x 3,000
reports; every report stored, none rejected; 271 s in all on the shared 2-core machine, load
average 8-12). ARI, pairwise precision and recall; ceiling = union-find on each report's own
operation's recoverable identifiers:

    config        seed reports  ops | sub-network ARI  P     R | ceiling ARI  P     R  |   s
    ----------------------------------------------------------------------------------------
    compounds        1    3000  214 |  0.96  0.94  0.99        |  0.99  1.00  0.99     |  26
    compounds        2    3000  215 |  0.97  0.96  0.99        |  0.99  1.00  0.99     |  28
    teachers         1    3000  226 |  0.67  0.53  0.97        |  0.99  1.00  0.97     |  30
    teachers         2    3000  229 |  0.75  0.62  0.98        |  0.99  1.00  0.98     |  30
    call_centres     1    3000  268 |  0.72  0.59  0.95        |  0.98  1.00  0.96     |  28
    call_centres     2    3000  243 |  0.55  0.41  0.93        |  0.98  1.00  0.96     |  22
    tasks_loans      1    3000  301 |  0.53  0.38  0.98        |  0.98  1.00  0.97     |  23
    tasks_loans      2    3000  269 |  0.63  0.48  0.98        |  0.99  1.00  0.98     |  27
    long_tail        1    3000  711 |  0.65  0.50  0.97        |  0.99  1.00  0.98     |  29
    long_tail        2    3000  698 |  0.50  0.35  0.97        |  0.99  1.00  0.97     |  29

Worst row: long_tail seed 2, sub-network ARI 0.50 (precision 0.35, recall 0.97), ceiling 0.99.
Networks (before sub-network splitting) scored the same as sub-networks in every world. The
world was not changed after this run.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from world3_phrases import (
    CLOSING,
    DUPLICATE,
    FACT,
    HANDLE_FORMS,
    INTRO,
    RELATIVES,
    SCAMMER,
    SECOND_HAND,
)

# --------------------------------------------------------------------------- configurations

STRUCTURES = ("compound", "teacher", "police", "task", "loan", "romance")


@dataclass(frozen=True)
class Config:
    """How one world is built: each structure's share of the reports and its crew sizes."""

    shares: dict[str, float]
    sizes: dict[str, tuple[int, int]]  # (smallest, largest) crew, Pareto-like in between
    lone_share: float  # reports by one-off scammers (operation of one report)
    runner_use: float  # chance that an operation pays through shared runner accounts
    otc_use: float  # chance per crypto-paying victim of buying USDT through an OTC broker
    innocent_rate: float  # scales how often victims mention innocent values


DEFAULT_SIZES = {
    "compound": (120, 700),
    "teacher": (20, 220),
    "police": (8, 140),
    "task": (5, 120),
    "loan": (10, 160),
    "romance": (2, 25),
}

CONFIGS: dict[str, Config] = {
    "compounds": Config(
        {
            "compound": 0.55,
            "teacher": 0.1,
            "police": 0.1,
            "task": 0.1,
            "loan": 0.05,
            "romance": 0.05,
        },
        {**DEFAULT_SIZES, "compound": (250, 900)},
        0.05,
        0.25,
        0.25,
        1.0,
    ),
    "teachers": Config(
        {
            "compound": 0.15,
            "teacher": 0.5,
            "police": 0.1,
            "task": 0.1,
            "loan": 0.05,
            "romance": 0.05,
        },
        DEFAULT_SIZES,
        0.05,
        0.3,
        0.2,
        1.0,
    ),
    "call_centres": Config(
        {
            "compound": 0.1,
            "teacher": 0.1,
            "police": 0.55,
            "task": 0.1,
            "loan": 0.05,
            "romance": 0.05,
        },
        DEFAULT_SIZES,
        0.05,
        0.55,
        0.2,
        1.2,
    ),
    "tasks_loans": Config(
        {
            "compound": 0.1,
            "teacher": 0.05,
            "police": 0.05,
            "task": 0.4,
            "loan": 0.3,
            "romance": 0.05,
        },
        DEFAULT_SIZES,
        0.05,
        0.35,
        0.4,
        1.0,
    ),
    "long_tail": Config(
        {
            "compound": 0.1,
            "teacher": 0.15,
            "police": 0.15,
            "task": 0.2,
            "loan": 0.1,
            "romance": 0.3,
        },
        {
            **DEFAULT_SIZES,
            "compound": (60, 200),
            "teacher": (5, 80),
            "police": (3, 60),
            "task": (2, 50),
            "loan": (3, 60),
        },
        0.15,
        0.3,
        0.25,
        1.5,
    ),
}

TARGETS = {
    "compound": ["JP", "CN", "SG", "KR", "TH", "VN", "ID", "PH", "US", "AU"],
    "teacher": ["JP", "TH", "KR", "VN", "ID", "SG"],
    "police": ["JP", "CN", "KR", "TH", "SG", "AU"],
    "task": ["ID", "PH", "VN", "TH", "US", "JP"],
    "loan": ["ID", "PH", "TH", "VN"],
    "romance": ["US", "AU", "PH", "JP"],
}

START = datetime(2026, 1, 5, tzinfo=UTC)
LAST = datetime(2026, 11, 28, tzinfo=UTC)

# --------------------------------------------------------------------------- countries

USD_RATE = {
    "JPY": 150,
    "CNY": 7.2,
    "SGD": 1.35,
    "KRW": 1380,
    "THB": 35,
    "VND": 25000,
    "IDR": 16000,
    "USD": 1,
    "AUD": 1.5,
    "PHP": 57,
}


@dataclass(frozen=True)
class Country:
    code: str
    langs: tuple[tuple[str, float], ...]
    cc: str  # calling code
    trunk: str  # national trunk prefix ("0" or "")
    currency: str
    tz: int
    mobile: tuple[str, ...]  # national significant number prefixes
    nsn_len: int
    groups: tuple[int, ...]  # how the national number is grouped


COUNTRIES = {
    "JP": Country("JP", (("ja", 1.0),), "81", "0", "JPY", 9, ("90", "80", "70"), 10, (2, 4, 4)),
    "CN": Country(
        "CN",
        (("zh", 1.0),),
        "86",
        "",
        "CNY",
        8,
        ("138", "139", "150", "152", "177", "186", "189"),
        11,
        (3, 4, 4),
    ),
    "SG": Country("SG", (("en", 0.6), ("zh", 0.4)), "65", "", "SGD", 8, ("8", "9"), 8, (4, 4)),
    "KR": Country("KR", (("ko", 1.0),), "82", "0", "KRW", 9, ("10",), 10, (2, 4, 4)),
    "TH": Country(
        "TH",
        (("th", 1.0),),
        "66",
        "0",
        "THB",
        7,
        ("81", "82", "86", "89", "92", "95", "61", "63"),
        9,
        (2, 3, 4),
    ),
    "VN": Country(
        "VN",
        (("vi", 1.0),),
        "84",
        "0",
        "VND",
        7,
        ("90", "91", "93", "97", "98", "32", "35", "86", "88"),
        9,
        (3, 3, 3),
    ),
    "ID": Country(
        "ID",
        (("id", 1.0),),
        "62",
        "0",
        "IDR",
        7,
        ("812", "813", "821", "852", "857", "877", "878", "896", "819"),
        11,
        (3, 4, 4),
    ),
    "PH": Country(
        "PH",
        (("tl", 0.5), ("en", 0.5)),
        "63",
        "0",
        "PHP",
        8,
        ("917", "918", "927", "945", "956", "966", "977", "995", "998"),
        10,
        (3, 3, 4),
    ),
    "US": Country(
        "US",
        (("en", 1.0),),
        "1",
        "",
        "USD",
        -5,
        ("213", "347", "469", "646", "702", "786", "917", "929"),
        10,
        (3, 3, 4),
    ),
    "AU": Country("AU", (("en", 1.0),), "61", "0", "AUD", 10, ("4",), 9, (3, 3, 3)),
    "KH": Country(
        "KH",
        (("en", 1.0),),
        "855",
        "0",
        "USD",
        7,
        ("10", "12", "15", "16", "17", "70", "77", "78", "85", "88", "96", "97"),
        8,
        (2, 3, 3),
    ),
    "MM": Country("MM", (("en", 1.0),), "95", "0", "USD", 6, ("9",), 10, (1, 3, 3, 3)),
}

# bank id -> (aliases as victims write them, digit count(s), grouping)
BANKS: dict[str, dict[str, tuple[tuple[str, ...], int, tuple[int, ...]]]] = {
    "JP": {
        "0005": (("三菱UFJ銀行", "三菱UFJ", "MUFG", "三菱ＵＦＪ銀行"), 7, (7,)),
        "0009": (("三井住友銀行", "三井住友", "SMBC"), 7, (7,)),
        "0001": (("みずほ銀行", "みずほ"), 7, (7,)),
        "0036": (("楽天銀行", "楽天"), 7, (7,)),
        "0038": (("住信SBIネット銀行", "住信SBI"), 7, (7,)),
        "0033": (("PayPay銀行", "ペイペイ銀行"), 7, (7,)),
    },
    "TH": {
        "KBANK": (("ธนาคารกสิกรไทย", "กสิกร", "KBank", "Kasikorn"), 10, (3, 1, 5, 1)),
        "SCB": (("ธนาคารไทยพาณิชย์", "ไทยพาณิชย์", "SCB"), 10, (3, 6, 1)),
        "BBL": (("ธนาคารกรุงเทพ", "กรุงเทพ", "Bangkok Bank", "BBL"), 10, (3, 1, 5, 1)),
        "KTB": (("ธนาคารกรุงไทย", "กรุงไทย", "KTB"), 10, (3, 1, 5, 1)),
    },
    "VN": {
        "VCB": (("Vietcombank", "VCB", "Ngân hàng Vietcombank"), 13, (4, 4, 5)),
        "TCB": (("Techcombank", "TCB"), 14, (4, 4, 6)),
        "MB": (("MB Bank", "MBBank", "Ngân hàng Quân đội MB"), 12, (4, 4, 4)),
        "ACB": (("ACB", "Ngân hàng ACB"), 9, (9,)),
    },
    "ID": {
        "BCA": (("BCA", "Bank BCA", "Bank Central Asia"), 10, (3, 3, 4)),
        "BRI": (("BRI", "Bank BRI"), 15, (4, 2, 6, 2, 1)),
        "MANDIRI": (("Mandiri", "Bank Mandiri"), 13, (3, 2, 7, 1)),
        "BNI": (("BNI", "Bank BNI"), 10, (10,)),
    },
    "PH": {
        "BDO": (("BDO", "BDO Unibank", "Banco de Oro"), 12, (4, 4, 4)),
        "BPI": (("BPI", "Bank of the Philippine Islands"), 10, (4, 4, 2)),
        "UBP": (("UnionBank", "Unionbank"), 12, (4, 4, 4)),
    },
    "KR": {
        "KB": (("국민은행", "KB국민은행", "국민"), 14, (6, 2, 6)),
        "SH": (("신한은행", "신한"), 12, (3, 3, 6)),
        "WR": (("우리은행", "우리"), 13, (4, 3, 6)),
        "KAKAO": (("카카오뱅크", "카뱅"), 13, (4, 2, 7)),
        "NH": (("농협", "NH농협은행"), 13, (3, 4, 4, 2)),
    },
    "CN": {
        "ICBC": (("中国工商银行", "工商银行", "工行"), 19, (4, 4, 4, 4, 3)),
        "CCB": (("中国建设银行", "建设银行", "建行"), 19, (4, 4, 4, 4, 3)),
        "ABC": (("中国农业银行", "农业银行", "农行"), 19, (4, 4, 4, 4, 3)),
        "CMB": (("招商银行", "招行"), 16, (4, 4, 4, 4)),
    },
    "SG": {
        "DBS": (("DBS", "DBS Bank", "星展银行"), 10, (3, 6, 1)),
        "OCBC": (("OCBC", "华侨银行"), 12, (3, 6, 3)),
        "UOB": (("UOB", "大华银行"), 10, (3, 3, 4)),
    },
}
CARD_BIN = {"ICBC": "622202", "CCB": "621700", "ABC": "622848", "CMB": "621483"}

# e-wallets whose account is the holder's phone number
EWALLETS = {
    "ID": ("DANA", "OVO", "GoPay"),
    "PH": ("GCash", "Maya"),
    "TH": ("พร้อมเพย์", "PromptPay", "TrueMoney"),
    "VN": ("MoMo", "ví MoMo"),
    "CN": ("支付宝", "Alipay"),
    "SG": ("PayNow",),
    "AU": ("PayID",),
    "US": ("Zelle",),
}

JP_BRANCHES = ["渋谷", "新宿", "梅田", "難波", "名古屋駅前", "札幌", "博多", "横浜駅前", "池袋"]
SURNAMES = {
    "JP": ["ヤマダ", "サトウ", "スズキ", "タナカ", "ワタナベ", "イトウ", "グエン", "チャン", "レ"],
    "TH": ["นายสมชาย", "นางสาวสุดา", "นายอนุชา", "นางมาลี", "นายวิชัย"],
    "VN": ["NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "VU"],
    "ID": ["BUDI", "SITI", "AGUS", "DEWI", "RINA", "ANDI"],
    "PH": ["DELA CRUZ", "REYES", "SANTOS", "GARCIA", "MENDOZA"],
    "KR": ["김", "이", "박", "최", "정"],
    "CN": ["王", "李", "张", "刘", "陈"],
    "SG": ["TAN", "LIM", "LEE", "NG", "WONG"],
    "US": ["SMITH", "JOHNSON", "BROWN", "DAVIS", "MILLER"],
    "AU": ["SMITH", "JONES", "WILLIAMS", "TAYLOR"],
}
GIVEN = {
    "JP": ["タロウ", "ケンジ", "ミキ", "ヒロシ", "ユウコ", "ヴァン アン", "ティ ラン"],
    "TH": ["ใจดี", "แก้วมา", "ศรีสุข", "บุญมา", "ทองดี"],
    "VN": ["VAN AN", "THI BICH", "MINH TUAN", "THI HOA", "DUC ANH"],
    "ID": ["SANTOSO", "AMINAH", "SETIAWAN", "LESTARI", "PRATAMA"],
    "PH": ["JUAN", "MARIA", "MARK ANTHONY", "JOHN PAUL", "KRISTINE"],
    "KR": ["민수", "지은", "서준", "영희", "동현"],
    "CN": ["伟", "娜", "敏", "静", "强"],
    "SG": ["WEI MING", "SIEW LING", "KAH HOE", "MEI LIN"],
    "US": ["JOHN", "MARY", "ROBERT", "LINDA"],
    "AU": ["JACK", "OLIVIA", "NOAH", "CHLOE"],
}

# --------------------------------------------------------------------------- innocent values

# (category, value as written, key, kind) per country; "*" applies to every country
INNOCENT: dict[str, list[tuple[str, str, str, str]]] = {
    "JP": [
        ("police", "警視庁 03-3581-4321", "phone:+81335814321", "phone"),
        ("police", "大阪府警察本部 06-6943-1234", "phone:+81669431234", "phone"),
        ("police", "神奈川県警 045-211-1212", "phone:+81452111212", "phone"),
        ("police", "愛知県警察 052-951-1611", "phone:+81529511611", "phone"),
        ("police", "#9110", "short:#9110", "phone"),
        ("police", "https://www.npa.go.jp/", "domain:npa.go.jp", "domain"),
        ("bank", "三菱UFJ銀行 0120-860-777", "phone:+81120860777", "phone"),
        ("bank", "三井住友銀行 0120-56-3143", "phone:+81120563143", "phone"),
        ("bank", "みずほ銀行 0120-324-555", "phone:+81120324555", "phone"),
        ("site", "消費者ホットライン188", "short:188", "phone"),
        ("site", "https://www.kokusen.go.jp/", "domain:kokusen.go.jp", "domain"),
        ("site", "金融庁 fsa.go.jp", "domain:fsa.go.jp", "domain"),
        ("news", "nhk.or.jp", "domain:nhk.or.jp", "domain"),
        ("news", "news.yahoo.co.jp", "domain:yahoo.co.jp", "domain"),
        ("exchange", "bitFlyer", "name:bitflyer", "name"),
        ("exchange", "coincheck.com", "domain:coincheck.com", "domain"),
        ("brand", "野村證券 nomura.co.jp", "domain:nomura.co.jp", "domain"),
        ("brand", "SBI証券 https://www.sbisec.co.jp", "domain:sbisec.co.jp", "domain"),
        ("brand", "amazon.co.jp", "domain:amazon.co.jp", "domain"),
    ],
    "CN": [
        ("police", "110", "short:110", "phone"),
        ("police", "96110", "short:96110", "phone"),
        ("police", "广州市公安局 020-83113110", "phone:+862083113110", "phone"),
        ("police", "北京市公安局 010-84022110", "phone:+861084022110", "phone"),
        ("bank", "工商银行客服 95588", "short:95588", "phone"),
        ("bank", "建设银行 95533", "short:95533", "phone"),
        ("site", "国家反诈中心APP", "name:fanzha", "name"),
        ("site", "https://www.12321.cn", "domain:12321.cn", "domain"),
        ("news", "news.qq.com", "domain:qq.com", "domain"),
        ("exchange", "okx.com", "domain:okx.com", "domain"),
        ("exchange", "binance.com", "domain:binance.com", "domain"),
        ("brand", "中信证券 citics.com", "domain:citics.com", "domain"),
        ("brand", "淘宝 taobao.com", "domain:taobao.com", "domain"),
    ],
    "SG": [
        ("police", "Police hotline 1800-255-0000", "phone:+6518002550000", "phone"),
        ("police", "999", "short:999", "phone"),
        ("site", "ScamShield helpline 1799", "short:1799", "phone"),
        ("site", "scamalert.sg", "domain:scamalert.sg", "domain"),
        ("site", "https://eservices.police.gov.sg", "domain:police.gov.sg", "domain"),
        ("bank", "DBS hotline 1800 111 1111", "phone:+6518001111111", "phone"),
        ("bank", "OCBC 6363 3333", "phone:+6563633333", "phone"),
        ("news", "straitstimes.com", "domain:straitstimes.com", "domain"),
        ("exchange", "coinhako.com", "domain:coinhako.com", "domain"),
        ("brand", "Lazada lazada.sg", "domain:lazada.sg", "domain"),
    ],
    "KR": [
        ("police", "112", "short:112", "phone"),
        ("police", "경찰청 182", "short:182", "phone"),
        ("police", "ecrm.police.go.kr", "domain:police.go.kr", "domain"),
        ("site", "금융감독원 1332", "short:1332", "phone"),
        ("site", "counterscam112.go.kr", "domain:counterscam112.go.kr", "domain"),
        ("bank", "국민은행 1588-9999", "phone:+8215889999", "phone"),
        ("bank", "신한은행 1599-8000", "phone:+8215998000", "phone"),
        ("police", "서울중앙지검 02-530-3114", "phone:+8225303114", "phone"),
        ("news", "yna.co.kr", "domain:yna.co.kr", "domain"),
        ("exchange", "upbit.com", "domain:upbit.com", "domain"),
        ("exchange", "bithumb.com", "domain:bithumb.com", "domain"),
        ("brand", "미래에셋증권 securities.miraeasset.com", "domain:miraeasset.com", "domain"),
        ("brand", "쿠팡 coupang.com", "domain:coupang.com", "domain"),
    ],
    "TH": [
        ("police", "1441", "short:1441", "phone"),
        ("police", "191", "short:191", "phone"),
        ("police", "thaipoliceonline.go.th", "domain:thaipoliceonline.go.th", "domain"),
        ("police", "สน.ลุมพินี 02-251-3600", "phone:+6622513600", "phone"),
        ("bank", "KBank 02-888-8888", "phone:+6628888888", "phone"),
        ("bank", "SCB 02-777-7777", "phone:+6627777777", "phone"),
        ("bank", "ธนาคารกรุงเทพ 1333", "short:1333", "phone"),
        ("news", "thairath.co.th", "domain:thairath.co.th", "domain"),
        ("exchange", "bitkub.com", "domain:bitkub.com", "domain"),
        ("brand", "Shopee shopee.co.th", "domain:shopee.co.th", "domain"),
        ("brand", "Agoda agoda.com", "domain:agoda.com", "domain"),
    ],
    "VN": [
        ("police", "113", "short:113", "phone"),
        ("police", "Công an TP.HCM 069.3187.644", "phone:+84693187644", "phone"),
        ("site", "chongluadao.vn", "domain:chongluadao.vn", "domain"),
        ("site", "canhbao.ncsc.gov.vn", "domain:ncsc.gov.vn", "domain"),
        ("bank", "Vietcombank 1900 545413", "phone:+841900545413", "phone"),
        ("bank", "Techcombank 1800 588 822", "phone:+841800588822", "phone"),
        ("news", "vnexpress.net", "domain:vnexpress.net", "domain"),
        ("exchange", "binance.com", "domain:binance.com", "domain"),
        ("brand", "Shopee shopee.vn", "domain:shopee.vn", "domain"),
        ("brand", "Tiki tiki.vn", "domain:tiki.vn", "domain"),
    ],
    "ID": [
        ("police", "110", "short:110", "phone"),
        ("police", "patrolisiber.id", "domain:patrolisiber.id", "domain"),
        ("site", "cekrekening.id", "domain:cekrekening.id", "domain"),
        ("site", "OJK 157", "short:157", "phone"),
        ("site", "aduankonten.id", "domain:aduankonten.id", "domain"),
        ("site", "ojk.go.id", "domain:ojk.go.id", "domain"),
        ("bank", "Halo BCA 1500888", "short:1500888", "phone"),
        ("bank", "Mandiri Call 14000", "short:14000", "phone"),
        ("news", "kompas.com", "domain:kompas.com", "domain"),
        ("news", "detik.com", "domain:detik.com", "domain"),
        ("exchange", "indodax.com", "domain:indodax.com", "domain"),
        ("brand", "Tokopedia tokopedia.com", "domain:tokopedia.com", "domain"),
        ("brand", "Shopee shopee.co.id", "domain:shopee.co.id", "domain"),
    ],
    "PH": [
        ("police", "PNP ACG (02) 8723-0401", "phone:+63287230401", "phone"),
        ("site", "CICC hotline 1326", "short:1326", "phone"),
        ("site", "cicc.gov.ph", "domain:cicc.gov.ph", "domain"),
        ("bank", "BDO (02) 8631-8000", "phone:+63286318000", "phone"),
        ("bank", "GCash hotline 2882", "short:2882", "phone"),
        ("news", "rappler.com", "domain:rappler.com", "domain"),
        ("news", "inquirer.net", "domain:inquirer.net", "domain"),
        ("exchange", "coins.ph", "domain:coins.ph", "domain"),
        ("brand", "Lazada lazada.com.ph", "domain:lazada.com.ph", "domain"),
        ("brand", "jobstreet.com.ph", "domain:jobstreet.com.ph", "domain"),
    ],
    "US": [
        ("site", "ic3.gov", "domain:ic3.gov", "domain"),
        ("site", "reportfraud.ftc.gov", "domain:ftc.gov", "domain"),
        ("site", "AARP Fraud Watch 877-908-3360", "phone:+18779083360", "phone"),
        ("police", "911", "short:911", "phone"),
        ("bank", "Chase 1-800-935-9935", "phone:+18009359935", "phone"),
        ("bank", "Wells Fargo 800-869-3557", "phone:+18008693557", "phone"),
        ("news", "cnbc.com", "domain:cnbc.com", "domain"),
        ("exchange", "coinbase.com", "domain:coinbase.com", "domain"),
        ("atm", "Bitcoin Depot (bitcoindepot.com)", "domain:bitcoindepot.com", "domain"),
        ("atm", "CoinFlip coinflip.tech", "domain:coinflip.tech", "domain"),
        ("brand", "amazon.com", "domain:amazon.com", "domain"),
        ("brand", "match.com", "domain:match.com", "domain"),
    ],
    "AU": [
        ("site", "scamwatch.gov.au", "domain:scamwatch.gov.au", "domain"),
        ("site", "IDCARE 1800 595 160", "phone:+611800595160", "phone"),
        ("site", "idcare.org", "domain:idcare.org", "domain"),
        ("site", "cyber.gov.au", "domain:cyber.gov.au", "domain"),
        ("police", "Police Assistance Line 131 444", "short:131444", "phone"),
        ("bank", "CommBank 13 22 21", "short:132221", "phone"),
        ("news", "abc.net.au", "domain:abc.net.au", "domain"),
        ("exchange", "coinspot.com.au", "domain:coinspot.com.au", "domain"),
        ("atm", "Localcoin localcoin.com.au", "domain:localcoin.com.au", "domain"),
        ("brand", "tinder.com", "domain:tinder.com", "domain"),
    ],
    "*": [
        ("site", "scamadviser.com", "domain:scamadviser.com", "domain"),
        ("store", "Google Play", "name:googleplay", "name"),
        ("store", "play.google.com", "domain:play.google.com", "domain"),
        ("store", "App Store apps.apple.com", "domain:apps.apple.com", "domain"),
        ("exchange", "binance.com", "domain:binance.com", "domain"),
        ("news", "bbc.com", "domain:bbc.com", "domain"),
    ],
}
CATEGORY_FACT = {
    "police": "ref_police",
    "bank": "ref_bank",
    "site": "ref_site",
    "news": "news",
    "exchange": "exchange",
    "brand": "brand",
    "atm": "atm",
    "store": "store",
}

# --------------------------------------------------------------------------- values


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def b58check(payload: bytes) -> str:
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def _polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def bech32_p2wpkh(program: bytes) -> str:
    bits, acc, data = 0, 0, [0]
    for byte in program:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hrp = "bc"
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = _polymod(expanded + data + [0] * 6) ^ 1
    data += [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data)


@dataclass
class Asset:
    """One real identifier: its kind, truth key, owner, and what is needed to write it."""

    kind: str  # phone, handle, bank, wallet, domain, url, email, ewallet
    key: str
    owner: str
    data: dict = field(default_factory=dict)


class Maker:
    """Makes fresh identifiers, never the same twice in one world."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.seen: set[str] = set()

    def _fresh(self, make: Callable[[], Asset]) -> Asset:
        for _ in range(1000):
            asset = make()
            if asset.key not in self.seen:
                self.seen.add(asset.key)
                return asset
        raise RuntimeError("could not make a fresh identifier")

    def phone(self, country: str, owner: str, platform: str = "") -> Asset:
        c = COUNTRIES[country]

        def make() -> Asset:
            prefix = self.rng.choice(c.mobile)
            rest = "".join(self.rng.choice("0123456789") for _ in range(c.nsn_len - len(prefix)))
            if country == "US":
                rest = self.rng.choice("23456789") + rest[1:]
            nsn = prefix + rest
            return Asset(
                "phone",
                f"phone:+{c.cc}{nsn}",
                owner,
                {"country": country, "nsn": nsn, "platform": platform},
            )

        return self._fresh(make)

    def ewallet(self, country: str, owner: str) -> Asset:
        if country in ("AU", "US") and self.rng.random() < 0.6:
            mail = self.email(owner, free=True)
            mail.data["wallet"] = self.rng.choice(EWALLETS[country])
            mail.kind = "ewallet_email"
            return mail
        asset = self.phone(country, owner)
        asset.kind = "ewallet"
        asset.data["wallet"] = self.rng.choice(EWALLETS.get(country, ("e-wallet",)))
        return asset

    def handle(self, platform: str, owner: str, style: str = "person") -> Asset:
        rng = self.rng
        first = [
            "amy",
            "lisa",
            "kevin",
            "jason",
            "emma",
            "anna",
            "mika",
            "yuki",
            "sakura",
            "minji",
            "linda",
            "nana",
            "david",
            "eric",
            "ken",
            "sophia",
            "ryan",
            "mei",
            "jenny",
            "alex",
            "vivian",
            "leo",
            "chloe",
            "hana",
            "tom",
            "grace",
        ]
        roles = {
            "person": ["", "", "love", "x", "official", "real"],
            "cs": ["cs", "support", "service", "kefu", "help", "desk"],
            "teacher": ["teacher", "prof", "sensei", "mentor", "coach", "analyst"],
        }[style]

        def make() -> Asset:
            a = rng.choice(first)
            b = rng.choice(roles)
            brand = rng.choice(
                ["fx", "gold", "coin", "trade", "win", "vip", "btc", "jp", "th", "asia", "", ""]
            )
            sep = rng.choice(["_", "", "_", "."]) if platform != "telegram" else "_"
            parts = [p for p in (a, b, brand) if p]
            if style != "person":
                rng.shuffle(parts)
            name = sep.join(parts) + str(rng.randint(1, 9999))
            if platform == "telegram":
                name = name.replace(".", "_")
            name = name if name[0].isalpha() else "a" + name
            return Asset(
                "handle", f"{platform}:{name.lower()}", owner, {"platform": platform, "id": name}
            )

        return self._fresh(make)

    def line_official(self, owner: str) -> Asset:
        def make() -> Asset:
            oid = (
                "@"
                + "".join(self.rng.choice("0123456789") for _ in range(3))
                + "".join(self.rng.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(5))
            )
            return Asset("handle", f"line:{oid}", owner, {"platform": "line", "id": oid})

        return self._fresh(make)

    def group_link(self, country: str, owner: str) -> Asset:
        rng = self.rng
        hosts = {
            "JP": "line",
            "TH": "line",
            "KR": "kakao",
            "VN": "zalo",
            "ID": "whatsapp",
            "SG": "whatsapp",
            "PH": "telegram",
            "CN": "telegram",
        }
        kind = hosts.get(country, "telegram")

        def make() -> Asset:
            code = "".join(
                rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789")
                for _ in range(rng.choice([10, 12, 22]))
            )
            url = {
                "line": f"https://line.me/R/ti/g/{code[:10]}",
                "kakao": f"https://open.kakao.com/o/g{code[:7]}",
                "zalo": f"https://zalo.me/g/{code[:10].lower()}",
                "whatsapp": f"https://chat.whatsapp.com/{code}",
                "telegram": f"https://t.me/+{code[:16]}",
            }[kind]
            return Asset("url", f"url:{url}", owner, {"url": url})

        return self._fresh(make)

    def bank(self, country: str, owner: str) -> Asset:
        rng = self.rng
        if country not in BANKS:
            return self.ewallet(country, owner)

        def make() -> Asset:
            bank = rng.choice(sorted(BANKS[country]))
            _, digits, _ = BANKS[country][bank]
            if country == "CN":
                body = CARD_BIN[bank] + "".join(rng.choice("0123456789") for _ in range(digits - 7))
                number = body + _luhn(body)
            else:
                number = "".join(rng.choice("0123456789") for _ in range(digits))
                if country == "JP":
                    number = rng.choice("123456") + number[1:]
            data = {
                "country": country,
                "bank": bank,
                "number": number,
                "holder": f"{rng.choice(SURNAMES[country])} {rng.choice(GIVEN[country])}",
            }
            if country == "JP":
                data["branch"] = f"{rng.randint(100, 899)}"
                data["branch_name"] = rng.choice(JP_BRANCHES)
            return Asset("bank", f"bank:{country}:{bank}:{number}", owner, data)

        return self._fresh(make)

    def wallet(self, owner: str, chain: str = "tron") -> Asset:
        rng = self.rng

        def make() -> Asset:
            if chain == "tron":
                addr = b58check(b"\x41" + rng.randbytes(20))
                return Asset("wallet", f"wallet:tron:{addr}", owner, {"chain": chain, "addr": addr})
            if chain == "eth":
                addr = "0x" + rng.randbytes(20).hex()
                return Asset("wallet", f"wallet:eth:{addr}", owner, {"chain": chain, "addr": addr})
            if rng.random() < 0.6:
                addr = bech32_p2wpkh(rng.randbytes(20))
            else:
                addr = b58check(b"\x00" + rng.randbytes(20))
            return Asset("wallet", f"wallet:btc:{addr}", owner, {"chain": "btc", "addr": addr})

        return self._fresh(make)

    def domain(self, owner: str, theme: str, free_host: bool = False) -> Asset:
        rng = self.rng
        words = {
            "trade": (
                [
                    "bit",
                    "coin",
                    "apex",
                    "nova",
                    "zen",
                    "gold",
                    "star",
                    "ever",
                    "prime",
                    "quant",
                    "aurum",
                    "vertex",
                    "lumen",
                    "okb",
                    "hash",
                ],
                [
                    "vex",
                    "trade",
                    "ex",
                    "pro",
                    "chain",
                    "mark",
                    "gain",
                    "fx",
                    "dex",
                    "global",
                    "capital",
                    "market",
                ],
            ),
            "task": (
                ["shop", "mall", "opti", "rank", "boost", "click", "hotel", "travel", "star", "ad"],
                ["task", "work", "mission", "hub", "rate", "review", "agent", "pro"],
            ),
            "loan": (
                [
                    "kilat",
                    "dana",
                    "rupiah",
                    "peso",
                    "cash",
                    "quick",
                    "easy",
                    "sabai",
                    "tien",
                    "uang",
                ],
                ["loan", "pinjam", "credit", "lend", "kredit", "money", "go", "now"],
            ),
            "police": (
                ["npa", "keisatsu", "spp", "police", "gov", "mps", "court", "anti", "fss", "cib"],
                [
                    "check",
                    "case",
                    "verify",
                    "warrant",
                    "secure",
                    "notice",
                    "portal",
                    "online",
                    "info",
                ],
            ),
        }[theme]
        tlds = [
            "com",
            "vip",
            "cc",
            "top",
            "net",
            "xyz",
            "app",
            "co",
            "live",
            "site",
            "shop",
            "online",
            "asia",
            "info",
            "pro",
        ]
        frees = ["pages.dev", "vercel.app", "web.app", "netlify.app", "github.io"]

        def make() -> Asset:
            name = rng.choice(words[0]) + rng.choice(["", "-", ""]) + rng.choice(words[1])
            if rng.random() < 0.4:
                name += str(rng.randint(1, 99))
            if free_host:
                host = f"{name}.{rng.choice(frees)}"
                return Asset("domain", f"domain:{host}", owner, {"host": host, "free": True})
            host = f"{name}.{rng.choice(tlds)}"
            return Asset("domain", f"domain:{host}", owner, {"host": host})

        return self._fresh(make)

    def email(self, owner: str, free: bool = True, host: str = "") -> Asset:
        rng = self.rng

        def make() -> Asset:
            user = rng.choice(
                [
                    "james",
                    "william",
                    "david",
                    "michael",
                    "richard",
                    "anna",
                    "sophie",
                    "daniel",
                    "george",
                    "helen",
                    "support",
                    "service",
                ]
            )
            user += rng.choice([".", "_", ""]) + rng.choice(
                ["wong", "lee", "smith", "miller", "walker", "cs", "help", ""]
            )
            user += str(rng.randint(1, 9999))
            dom = host or rng.choice(
                ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "proton.me"]
            )
            addr = f"{user}@{dom}"
            return Asset("email", f"email:{addr}", owner, {"addr": addr})

        return self._fresh(make)


def _luhn(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return str((10 - total % 10) % 10)


# --------------------------------------------------------------------------- rotation


class UsePool:
    """Identifiers in use in parallel; each is dropped and replaced after a few uses."""

    def __init__(
        self, rng: random.Random, make: Callable[[], Any], cap: tuple[int, int], parallel: int
    ) -> None:
        self.rng, self.make, self.cap = rng, make, cap
        self.active = [self._new() for _ in range(max(1, parallel))]

    def _new(self) -> list:
        return [self.make(), self.rng.randint(*self.cap)]

    def draw(self) -> Asset:
        i = self.rng.randrange(len(self.active))
        slot = self.active[i]
        slot[1] -= 1
        if slot[1] <= 0:
            self.active[i] = self._new()
        return slot[0]


class TimePool:
    """One identifier at a time, replaced every few weeks (mirror domains, official accounts)."""

    def __init__(
        self, make: Callable[[], Asset], days: tuple[int, int], start: datetime, rng: random.Random
    ) -> None:
        self.make, self.rng, self.days = make, rng, days
        self.edges: list[datetime] = [start]
        self.assets: list[Asset] = [make()]
        self.next_edge = start + timedelta(days=rng.randint(*days))

    def at(self, when: datetime) -> tuple[Asset, Asset | None]:
        """The identifier in use at `when` and the one before it (None for the first)."""
        while when >= self.next_edge:
            self.edges.append(self.next_edge)
            self.assets.append(self.make())
            self.next_edge += timedelta(days=self.rng.randint(*self.days))
        i = max(0, bisect.bisect_right(self.edges, when) - 1)
        return self.assets[i], (self.assets[i - 1] if i else None)


# --------------------------------------------------------------------------- services


class Services:
    """Shared by several operations: runner accounts, OTC brokers, app hosts, processors."""

    def __init__(self, rng: random.Random, maker: Maker) -> None:
        self.rng, self.maker = rng, maker
        self.runners: dict[str, UsePool] = {}
        self.brokers = []
        for i in range(4):
            owner = f"svc:otc{i}"
            handle = maker.handle("telegram", owner, "cs")
            pools = {
                c: UsePool(rng, lambda c=c, o=owner: maker.bank(c, o), (15, 40), 2) for c in BANKS
            }
            self.brokers.append((handle, pools))
        self.app_hosts = [maker.domain(f"svc:apphost{i}", "trade") for i in range(2)]
        self.processors = []
        for i in range(2):
            dom = maker.domain(f"svc:processor{i}", "loan")
            mail = maker.email(f"svc:processor{i}", host=dom.data["host"])
            self.processors.append((dom, mail))

    def runner(self, country: str) -> Asset:
        if country not in self.runners:
            owner = f"svc:runners-{country}"
            self.runners[country] = UsePool(
                self.rng, lambda: self.maker.bank(country, owner), (3, 9), 12
            )
        return self.runners[country].draw()


# --------------------------------------------------------------------------- operations


@dataclass
class Victim:
    """One victim's case: what the operation used against them, before anything is written."""

    op: str
    structure: str
    country: str
    when: datetime
    facts: list[tuple[str, Asset]]  # (fact, asset)
    payments: list[tuple[str, Asset, float]]  # (fact, asset, USD)
    channel: str
    extra_usd: float = 0.0  # paid without an identifier (cash courier, gift cards)
    app_path: str = ""  # the operation's path on a shared download host


def _messenger(country: str, rng: random.Random) -> str:
    return {
        "JP": "line",
        "TH": "line",
        "KR": rng.choice(["kakaotalk", "telegram"]),
        "CN": rng.choice(["wechat", "telegram"]),
        "SG": rng.choice(["whatsapp", "telegram"]),
        "VN": rng.choice(["zalo", "telegram"]),
        "ID": "whatsapp",
        "PH": "whatsapp",
        "US": rng.choice(["whatsapp", "telegram"]),
        "AU": "whatsapp",
    }.get(country, "telegram")


class Operation:
    """One crew: its identifiers by role and how they rotate; victims() writes its cases."""

    def __init__(
        self,
        oid: str,
        structure: str,
        size: int,
        cfg: Config,
        rng: random.Random,
        maker: Maker,
        svc: Services,
    ) -> None:
        self.oid, self.structure, self.size, self.rng = oid, structure, size, rng
        self.maker, self.svc, self.cfg = maker, svc, cfg
        spread = {
            "compound": (3, 6),
            "teacher": (1, 2),
            "police": (1, 1),
            "task": (1, 2),
            "loan": (1, 1),
            "romance": (1, 2),
        }[structure]
        k = min(len(TARGETS[structure]), rng.randint(*spread))
        self.countries = rng.sample(TARGETS[structure], k)
        days = {
            "compound": (150, 320),
            "teacher": (60, 200),
            "police": (40, 160),
            "task": (30, 150),
            "loan": (60, 200),
            "romance": (30, 200),
        }[structure]
        length = timedelta(days=rng.randint(*days) * (1 if size > 3 else 0.3))
        span = (LAST - timedelta(days=20)) - START - length
        self.start = START + timedelta(seconds=rng.random() * max(span.total_seconds(), 0))
        self.end = self.start + length
        self.uses_runners = rng.random() < cfg.runner_use
        self.pools: dict[str, Any] = {}
        self.agents: dict[str, UsePool] = {}
        self.mules: dict[str, UsePool] = {}
        self._setup()

    # identifiers -----------------------------------------------------------
    def _agent(self, country: str) -> tuple[Asset, Asset]:
        m = self.maker
        platform = _messenger(country, self.rng)
        abroad = self.structure in ("compound", "police") and self.rng.random() < 0.5
        phone_country = self.rng.choice(["KH", "MM", "PH", "VN"]) if abroad else country
        phone = m.phone(phone_country, self.oid, platform)
        if platform in ("whatsapp", "zalo"):
            return phone, phone
        return phone, m.handle(platform, self.oid)

    def _setup(self) -> None:
        rng, m, o = self.rng, self.maker, self.oid
        s = self.structure
        for c in self.countries:
            agent_cap = {
                "compound": (8, 25),
                "teacher": (15, 50),
                "police": (10, 35),
                "task": (3, 10),
                "loan": (2, 6),
                "romance": (4, 14),
            }[s]
            parallel = {
                "compound": 6,
                "teacher": 2,
                "police": 3,
                "task": 6,
                "loan": 6,
                "romance": 1,
            }[s]
            self.agents[c] = UsePool(
                rng, lambda c=c: self._agent(c), agent_cap, max(1, min(parallel, self.size // 6))
            )
            mule_cap = {
                "compound": (3, 8),
                "teacher": (3, 8),
                "police": (2, 6),
                "task": (4, 10),
                "loan": (4, 12),
                "romance": (2, 6),
            }[s]
            if (s in ("task", "loan", "romance") and c not in BANKS) or (
                s in ("task", "loan") and rng.random() < 0.5
            ):
                make = lambda c=c: m.ewallet(c, o)  # noqa: E731
            else:
                make = lambda c=c: m.bank(c, o)  # noqa: E731
            self.mules[c] = UsePool(rng, make, mule_cap, max(1, min(3, self.size // 8)))
        theme = {
            "compound": "trade",
            "teacher": "trade",
            "police": "police",
            "task": "task",
            "loan": "loan",
            "romance": "trade",
        }[s]
        free = rng.random() < 0.25
        self.pools["site"] = TimePool(lambda: m.domain(o, theme, free), (20, 45), self.start, rng)
        self.pools["cs"] = TimePool(
            lambda: m.handle("telegram", o, "cs"), (60, 140), self.start, rng
        )
        self.pools["wallet"] = UsePool(
            rng, lambda: m.wallet(o, rng.choice(["tron"] * 5 + ["eth"])), (10, 40), 2
        )
        self.pools["btc"] = UsePool(rng, lambda: m.wallet(o, "btc"), (2, 6), 1)
        self.pools["group"] = TimePool(
            lambda: m.group_link(self.countries[0], o), (10, 30), self.start, rng
        )
        if self.countries[0] in ("JP", "TH"):
            self.pools["teacher"] = TimePool(lambda: m.line_official(o), (90, 200), self.start, rng)
        else:
            plat = {"KR": "kakaotalk", "CN": "wechat"}.get(self.countries[0], "telegram")
            self.pools["teacher"] = TimePool(
                lambda: m.handle(plat, o, "teacher"), (90, 200), self.start, rng
            )
        self.app_host = rng.choice(self.svc.app_hosts) if rng.random() < 0.4 else None
        self.app_code = "".join(rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(6))
        self.processor = (
            rng.choice(self.svc.processors) if s == "loan" and rng.random() < 0.6 else None
        )
        self.persona_mail = m.email(o) if s == "romance" else None

    # one victim -------------------------------------------------------------
    def victim(self, when: datetime) -> Victim:
        rng, s = self.rng, self.structure
        country = rng.choice(self.countries)
        facts: list[tuple[str, Asset]] = []
        pays: list[tuple[str, Asset, float]] = []
        phone, handle = self.agents[country].draw()
        site, old_site = self.pools["site"].at(when)
        cs, _ = self.pools["cs"].at(when)
        total = {
            "compound": 40000,
            "teacher": 30000,
            "police": 25000,
            "task": 3000,
            "loan": 400,
            "romance": 12000,
        }[s] * rng.lognormvariate(0, 1.0)
        n_pay = rng.randint(1, 5) if s != "loan" else rng.randint(1, 3)
        steps = [2**i for i in range(n_pay)]
        amounts = [total * x / sum(steps) for x in steps]
        channel = "messaging_app"
        extra = 0.0

        def pay_local(amount: float) -> None:
            if self.uses_runners and country in BANKS and rng.random() < 0.7:
                pays.append(("payee_bank", self.svc.runner(country), amount))
            else:
                mule = self.mules[country].draw()
                fact = "payee_ewallet" if mule.kind.startswith("ewallet") else "payee_bank"
                pays.append((fact, mule, amount))

        def pay_crypto(amount: float, chain_pool: str = "wallet") -> None:
            wallet = self.pools[chain_pool].draw()
            pays.append(("payee_wallet", wallet, amount))
            if country in BANKS and rng.random() < self.cfg.otc_use:
                broker, accounts = rng.choice(self.svc.brokers)
                facts.append(("otc", broker))
                pays.append(("otc_bank", accounts[country].draw(), amount))

        if s == "compound":
            channel = rng.choice(["social_dm", "dating_app", "sms", "messaging_app"])
            facts += [("contact", handle), ("contact", phone), ("site", site), ("cs", cs)]
            if old_site is not None and rng.random() < 0.3:
                facts.append(("site", old_site))
            if self.app_host is not None and rng.random() < 0.4:
                facts.append(("app", self.app_host))
            crypto = rng.random() < (0.5 if country in BANKS else 0.95)
            for a in amounts:
                if crypto or rng.random() < 0.3:
                    pay_crypto(a)
                else:
                    pay_local(a)
        elif s == "teacher":
            channel = rng.choice(["social_ad", "search_ad", "social_dm"])
            teacher, _ = self.pools["teacher"].at(when)
            group, _ = self.pools["group"].at(when)
            facts += [("contact", teacher), ("group", group), ("contact", handle)]
            if self.app_host is not None:
                facts.append(("app", self.app_host))
            else:
                facts.append(("site", site))
            for a in amounts:
                if rng.random() < 0.2:
                    pay_crypto(a)
                else:
                    pay_local(a)
        elif s == "police":
            channel = rng.choice(["voice", "voice_spoofed_cli", "voice"])
            if rng.random() < 0.4:
                spoof = _innocent(rng, country, ("police", "bank"), phones_only=True)
                if spoof is not None:
                    facts.append(("spoofed", spoof))
            else:
                facts.append(("caller", phone))
            facts.append(("contact", handle))
            if rng.random() < 0.5:
                facts.append(("site", site))
            for a in amounts:
                if rng.random() < 0.15:
                    extra += a  # handed to a cash courier
                else:
                    pay_local(a)
        elif s == "task":
            channel = rng.choice(["messaging_app", "sms", "recruitment_site", "social_dm"])
            facts += [("contact", phone), ("cs", cs), ("site", site)]
            if rng.random() < 0.5:
                facts.append(("contact", self.agents[country].draw()[0]))
            for a in amounts:
                if rng.random() < 0.35:
                    pay_crypto(a)
                else:
                    pay_local(a)
        elif s == "loan":
            channel = rng.choice(["social_ad", "search_ad", "sms"])
            facts.append(("app", self.app_host or site))
            for _ in range(rng.randint(1, 3)):
                facts.append(("caller", self.agents[country].draw()[0]))
            for a in amounts:
                if self.processor is not None and rng.random() < 0.6:
                    dom, mail = self.processor
                    facts.append(("site", dom))
                    if rng.random() < 0.4:
                        facts.append(("email", mail))
                    va = (
                        self.maker.bank(country, f"victim:{self.oid}:{when.timestamp()}")
                        if country in BANKS
                        else self.maker.ewallet(country, "victim")
                    )
                    va.owner = "svc:va"
                    pays.append(("payee_bank", va, a))
                else:
                    pay_local(a)
        else:  # romance
            channel = rng.choice(["dating_app", "social_dm"])
            assert self.persona_mail is not None
            facts += [("contact", phone), ("email", self.persona_mail)]
            if handle is not phone:
                facts.append(("contact", handle))
            for a in amounts:
                r = rng.random()
                if r < 0.45:
                    pay_crypto(a, "btc")
                    atm = _innocent(rng, country, ("atm",))
                    if atm is not None:
                        facts.append(("atm", atm))
                elif r < 0.8:
                    pay_local(a)
                else:
                    extra += a  # gift cards
        if rng.random() < 0.1:  # the victim names their own account
            facts.append(("victim_own", self.maker.bank(country, "victim")))
        seen: set[tuple[str, str]] = set()
        facts = [
            f for f in facts if (f[0], f[1].key) not in seen and not seen.add((f[0], f[1].key))
        ]
        return Victim(self.oid, s, country, when, facts, pays, channel, extra, self.app_code)


def _innocent(
    rng: random.Random, country: str, cats: tuple[str, ...], phones_only: bool = False
) -> Asset | None:
    rows = [
        r
        for r in INNOCENT.get(country, [])
        if r[0] in cats and (not phones_only or r[3] == "phone")
    ]
    if not rows:
        return None
    cat, text, key, kind = rng.choice(rows)
    return Asset("innocent", key, f"innocent:{cat}", {"text": text, "kind": kind})


# --------------------------------------------------------------------------- writing values

FULL = str.maketrans("0123456789-", "０１２３４５６７８９－")
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def _group(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    out, i = [], 0
    for n in sizes:
        if i >= len(digits):
            break
        out.append(digits[i : i + n])
        i += n
    if i < len(digits):
        out[-1] += digits[i:]
    return sep.join(out)


def write_phone(rng: random.Random, a: Asset, lang: str, report_country: str) -> str:
    c = COUNTRIES[a.data["country"]]
    nsn = a.data["nsn"]
    national = c.trunk + nsn
    g = (c.groups[0] + len(c.trunk), *c.groups[1:])
    local = a.data["country"] == report_country
    forms = [
        f"+{c.cc} {_group(nsn, c.groups, rng.choice([' ', '-']))}",
        f"+{c.cc}{nsn}",
        f"{c.cc} {_group(nsn, c.groups, ' ')}",
        f"00{c.cc} {nsn}",
    ]
    if local:
        forms += [
            _group(national, g, "-"),
            _group(national, g, "-"),
            national,
            _group(national, g, " "),
        ]
        if lang in ("ja", "zh"):
            forms.append(_group(national, g, "-").translate(FULL))
        if c.trunk:
            forms.append(f"+{c.cc} ({c.trunk}){_group(nsn, c.groups, '-')}")
    return rng.choice(forms)


def write_bank(rng: random.Random, a: Asset, lang: str) -> str:
    d = a.data
    country, bank, number = d["country"], d["bank"], d["number"]
    aliases, _, groups = BANKS[country][bank]
    alias = rng.choice(aliases)
    if country == "JP":
        num = number.translate(FULL) if rng.random() < 0.15 else number
        return rng.choice(
            [
                f"{alias} {d['branch_name']}支店 普通 {num}",
                f"{alias} {d['branch_name']}支店（{d['branch']}）普通預金 {num}",
                f"{alias} 店番{d['branch']} 口座番号{num}",
                f"{alias} {d['branch']}-{num}",
                f"{alias} {num}",
            ]
        )
    sep = rng.choice(["-", " ", "", ""])
    num = _group(number, groups, sep) if sep else number
    if country == "TH" and rng.random() < 0.1:
        num = num.translate(THAI)
    return rng.choice(
        [
            f"{alias} {num}",
            f"{alias} {num}",
            f"{num} ({alias})",
            f"{alias} acc {num}" if lang in ("en", "tl") else f"{alias} {num}",
        ]
    )


def write_ewallet(rng: random.Random, a: Asset, lang: str, report_country: str) -> str:
    if a.kind == "ewallet_email":
        return f"{a.data['wallet']} {a.data['addr']}"
    return f"{a.data['wallet']} {write_phone(rng, a, lang, report_country)}"


def write_handle(rng: random.Random, a: Asset, lang: str) -> str:
    platform, ident = a.data["platform"], a.data["id"]
    if platform == "line" and ident.startswith("@"):
        return rng.choice(
            [
                f"LINE {ident}",
                f"https://line.me/R/ti/p/{ident}",
                f"LINE公式 {ident}" if lang == "ja" else f"LINE OA {ident}",
            ]
        )
    forms = HANDLE_FORMS[platform]
    if rng.random() < 0.15:
        ident = ident.upper() if platform == "telegram" else ident
    return rng.choice(forms.get(lang, forms["*"])).format(x=ident)


def write_domain(rng: random.Random, a: Asset, code: str) -> str:
    host = a.data["host"]
    return rng.choice(
        [
            host,
            f"https://{host}/",
            f"https://www.{host}" if not a.data.get("free") else f"https://{host}",
            f"https://{host}/#/register?code={code}",
            f"http://{host}",
            host.capitalize(),
            f"https://h5.{host}/login" if not a.data.get("free") else host,
        ]
    )


def write_value(rng: random.Random, a: Asset, lang: str, country: str, code: str) -> str:
    if a.kind == "phone":
        return write_phone(rng, a, lang, country)
    if a.kind == "bank":
        return write_bank(rng, a, lang)
    if a.kind.startswith("ewallet"):
        return write_ewallet(rng, a, lang, country)
    if a.kind == "handle":
        if a.data["platform"] in ("whatsapp", "zalo"):
            return write_phone(rng, a, lang, country)
        return write_handle(rng, a, lang)
    if a.kind == "wallet":
        return a.data["addr"]
    if a.kind == "domain":
        return write_domain(rng, a, code)
    if a.kind == "url":
        return a.data["url"]
    if a.kind == "email":
        addr = a.data["addr"]
        return addr if rng.random() < 0.8 else addr[0].upper() + addr[1:]
    return a.data["text"]


CALL = {
    "ja": "（通話）",
    "zh": "（来电）",
    "ko": "(통화)",
    "th": "(โทรเข้า)",
    "vi": "(cuộc gọi đến)",
    "id": "(panggilan masuk)",
    "en": "(incoming call)",
    "tl": "(tawag)",
}


def spoil(rng: random.Random, a: Asset, text: str) -> str:
    """An unrecoverable slip: a digit typo, a truncated wallet, an OCR confusion, a misspelling."""
    if a.kind == "wallet":
        addr = a.data["addr"]
        if rng.random() < 0.5:
            return f"{addr[:6]}...{addr[-4:]}"
        i = rng.randrange(3, len(addr) - 1)
        return (
            addr[:i]
            + {"o": "0", "l": "1", "I": "l", "B": "8", "S": "5"}.get(addr[i], "O")
            + addr[i + 1 :]
        )
    if a.kind == "domain":
        host = a.data["host"]
        i = rng.randrange(1, host.index(".") if "." in host else 2)
        return host[:i] + host[i + 1 :] if i < len(host) - 1 else host + "s"
    if a.kind.startswith(("email", "ewallet_email")) and "@" in text:
        at = text.index("@")
        i = rng.randrange(max(1, at - 6), at)
        return text[:i] + text[i + 1 :]
    digits = [i for i, ch in enumerate(text) if ch.isdigit()]
    if len(digits) >= 6:
        i = rng.choice(digits[-6:])
        new = str((int(text[i]) + rng.randint(1, 9)) % 10)
        return text[:i] + new + text[i + 1 :]
    return text + "x"


def money(usd: float, currency: str) -> str:
    value = usd * USD_RATE[currency]
    if currency in ("JPY", "KRW", "VND", "IDR"):
        step = {"JPY": 1000, "KRW": 10000, "VND": 100000, "IDR": 10000}[currency]
        return str(max(step, round(value / step) * step))
    return f"{max(10.0, round(value, -1)):.2f}"


def say_money(amount: str, currency: str, lang: str) -> str:
    n = float(amount)
    whole = f"{int(n):,}"
    return {
        "ja": f"{whole}円" if currency == "JPY" else f"{whole} {currency}",
        "zh": f"{whole}元" if currency == "CNY" else f"{whole} {currency}",
        "ko": f"{whole}원" if currency == "KRW" else f"{whole} {currency}",
        "th": f"{whole} บาท" if currency == "THB" else f"{whole} {currency}",
        "vi": f"{whole.replace(',', '.')} đồng" if currency == "VND" else f"{whole} {currency}",
        "id": f"Rp{whole.replace(',', '.')}" if currency == "IDR" else f"{whole} {currency}",
    }.get(lang, f"{currency} {whole}" if currency != "USD" else f"${whole}")


# --------------------------------------------------------------------------- writing reports

KIND_HINT = {
    "phone": "phone",
    "bank": "bank_account",
    "wallet": "wallet",
    "domain": "url",
    "url": "url",
    "email": "email",
    "ewallet": "phone",
    "ewallet_email": "email",
}
ROLE_OF = {
    "contact": "contact",
    "cs": "contact",
    "caller": "caller",
    "site": "link",
    "app": "link",
    "group": "link",
    "email": "contact",
    "otc": "contact",
    "payee_bank": "payee_account",
    "payee_wallet": "payee_wallet",
    "payee_ewallet": "payee_account",
    "otc_bank": "payee_account",
    "spoofed": "caller",
}
RAIL = {
    "payee_bank": "domestic_transfer",
    "otc_bank": "domestic_transfer",
    "payee_ewallet": "e_wallet",
}


class Writer:
    """Turns a victim's case into one intake report and its truth row."""

    def __init__(self, rng: random.Random, cfg: Config) -> None:
        self.rng, self.cfg = rng, cfg

    def language(self, country: str) -> str:
        langs = COUNTRIES[country].langs
        return self.rng.choices([lang for lang, _ in langs], [w for _, w in langs])[0]

    def write(
        self, v: Victim, ext: str, received: datetime, lang: str, recall: float, prefix: str = ""
    ) -> tuple[dict, dict]:
        rng = self.rng
        c = COUNTRIES[v.country]
        style = rng.choices(["form", "narrative", "mixed"], [0.35, 0.3, 0.35])[0]
        code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        sentences = [prefix] if prefix else []
        sentences.append(rng.choice(INTRO[lang][v.structure]))
        messages: list[dict] = []
        identifiers: list[dict] = []
        payments: list[dict] = []
        mentions: list[dict] = []

        def mention(a: Asset, where: str, ok: bool) -> None:
            mentions.append(
                {"key": a.key, "kind": a.kind, "owner": a.owner, "recoverable": ok, "where": where}
            )
            if a.kind == "domain" and a.owner.startswith("svc:apphost"):
                url_key = f"url:https://{a.data['host']}/d/{v.app_path}"
                mentions.append(
                    {
                        "key": url_key,
                        "kind": "url",
                        "owner": v.op,
                        "recoverable": ok,
                        "where": where,
                    }
                )

        def text_of(a: Asset) -> tuple[str, bool]:
            if a.kind == "innocent":
                return a.data["text"], True
            if a.kind == "domain" and a.owner.startswith("svc:apphost"):
                return f"https://{a.data['host']}/d/{v.app_path}", True
            raw = write_value(rng, a, lang, v.country, code)
            if rng.random() < 0.06:
                return spoil(rng, a, raw), False
            return raw, True

        def narrate(fact: str, a: Asset, amount: str = "", holder: str = "") -> None:
            raw, ok = text_of(a)
            if ok and a.kind in ("phone", "ewallet") and style != "form" and rng.random() < 0.05:
                cut = raw.rfind(" ") if " " in raw[3:] else -1
                raw = raw[:cut] + "\n" + raw[cut + 1 :] if cut > 3 else raw
            sentences.append(rng.choice(FACT[lang][fact]).format(x=raw, amt=amount, holder=holder))
            mention(a, "narrative", ok)

        def scammer_says(fact: str, a: Asset, sender: Asset | None) -> None:
            raw, ok = text_of(a)
            screenshot = rng.random() < 0.1
            if screenshot and ok and a.kind in ("wallet", "domain", "bank"):
                raw, ok = spoil(rng, a, raw), False
            msg: dict = {
                "text": SCAMMER[lang][fact].format(
                    x=raw, code=code, holder=a.data.get("holder", "")
                ),
                "sender": "scammer",
            }
            if sender is not None and rng.random() < 0.6:
                msg["from_id"] = write_value(rng, sender, lang, v.country, code)
                mention(sender, "from_id", True)
            messages.append(msg)
            mention(a, "message", ok)

        def listed(fact: str, a: Asset) -> None:
            if a.kind == "innocent":
                item: dict = {"value": a.data["text"]}
                if rng.random() < 0.5:
                    item["role"] = "reference" if fact.startswith("ref") else "mentioned"
                identifiers.append(item)
                mention(a, "identifiers", True)
                return
            hint = rng.random() < 0.5
            if hint and a.kind == "handle" and a.data["platform"] not in ("whatsapp", "zalo"):
                item = {"value": a.data["id"], "kind": a.data["platform"]}
                ok = True
            elif hint and a.kind in KIND_HINT:
                raw, ok = text_of(a)
                item = {"value": raw, "kind": KIND_HINT[a.kind]}
            else:
                raw, ok = text_of(a)
                item = {"value": raw}
            if fact in ROLE_OF and rng.random() < 0.6:
                item["role"] = ROLE_OF[fact]
            identifiers.append(item)
            mention(a, "identifiers", ok)

        sender = next((a for f, a in v.facts if f == "contact" and a.kind == "phone"), None)
        for fact, a in v.facts:
            if rng.random() > recall * (0.55 if fact == "contact" and a.kind == "phone" else 0.8):
                continue
            if fact == "spoofed" or (fact == "caller" and rng.random() < 0.5):
                messages.append(
                    {
                        "text": CALL[lang],
                        "sender": "scammer",
                        "from_id": bare_number(a.data["text"])
                        if a.kind == "innocent"
                        else write_phone(rng, a, lang, v.country),
                        "channel": "voice",
                    }
                )
                mention(a, "from_id", True)
                if rng.random() < 0.5:
                    narrate(fact, a)
                continue
            where = rng.random()
            if style == "narrative" or (style == "mixed" and where < 0.5):
                narrate(fact, a)
            elif fact in SCAMMER[lang] and where < 0.7:
                scammer_says(fact, a, sender if fact != "contact" else None)
            else:
                listed(fact, a)
                if rng.random() < 0.3:
                    narrate(fact, a)
        loss_usd = v.extra_usd
        for i, (fact, a, usd) in enumerate(v.payments):
            loss_usd += usd if fact != "otc_bank" else 0.0
            if rng.random() > recall * 0.9:
                continue
            cur = c.currency
            amount = money(usd, cur)
            paid = v.when + timedelta(days=2 * i, seconds=rng.randrange(86400))
            if style != "narrative" and rng.random() < 0.85:
                raw, ok = text_of(a)
                pay: dict = {
                    "amount": amount,
                    "currency": cur,
                    "payee": raw,
                    "paid_at": _stamp(paid, c.tz),
                }
                if fact == "payee_wallet":
                    pay["rail"] = (
                        "crypto_usdt_trc20"
                        if a.data["chain"] == "tron"
                        else ("crypto_atm" if a.data["chain"] == "btc" else "crypto_other")
                    )
                else:
                    pay["rail"] = RAIL.get(fact, "other")
                    if a.data.get("holder") and rng.random() < 0.7:
                        pay["payee_name"] = a.data["holder"]
                payments.append(pay)
                mention(a, "payments", ok)
                if rng.random() < 0.25:
                    narrate(fact, a, say_money(amount, cur, lang), a.data.get("holder", ""))
            elif fact == "payee_wallet" and style == "mixed" and rng.random() < 0.4:
                scammer_says("payee_wallet", a, sender)
            else:
                narrate(fact, a, say_money(amount, cur, lang), a.data.get("holder", ""))
        # innocent mentions: after the scam, the victim turns to someone
        rate = self.cfg.innocent_rate
        for cats, p in (
            (("police",), 0.35),
            (("bank",), 0.15),
            (("site",), 0.3),
            (("news",), 0.08),
            (("exchange",), 0.2 if v.structure in ("compound", "task") else 0.03),
            (("brand",), 0.45 if v.structure in ("task", "teacher") else 0.05),
            (("store",), 0.1 if v.structure in ("loan", "compound") else 0.0),
        ):
            if rng.random() < min(0.9, p * rate):
                inn = _innocent(rng, v.country if rng.random() < 0.85 else "*", cats)
                if inn is None:
                    continue
                fact = CATEGORY_FACT[cats[0]]
                if style == "form" and rng.random() < 0.5:
                    listed(fact, inn)
                else:
                    narrate(fact, inn)
        sentences.append(rng.choice(CLOSING[lang]))
        joiner = "" if lang in ("ja", "zh") else " "
        if lang in ("ja", "zh"):  # a sentence ending in a value still gets its full stop
            sentences = [x if not x or x[-1] in "。！？" else x + "。" for x in sentences]
        report: dict = {
            "external_id": ext,
            "received_at": _stamp(received, c.tz),
            "occurred_at": _stamp(v.when, c.tz),
            "victim_country": v.country,
            "language": lang,
            "channel": v.channel,
            "narrative": joiner.join(s for s in sentences if s)
            if style != "form" or rng.random() < 0.6
            else "",
            "tlp": rng.choice(["amber", "amber", "green", "amber+strict"]),
        }
        if messages:
            report["messages"] = messages
        if payments:
            report["payments"] = payments
        if identifiers:
            report["identifiers"] = identifiers
        if loss_usd > 0 and rng.random() < 0.8:
            report["loss"] = {"amount": money(loss_usd, c.currency), "currency": c.currency}
        if rng.random() < 0.5:
            report["scam_type"] = {
                "compound": "investment",
                "teacher": "investment",
                "police": "impersonation",
                "task": "job",
                "loan": "loan",
                "romance": "romance",
            }[v.structure]
        if rng.random() < 0.4:
            report["victim"] = {
                "age_band": rng.choice(["20-29", "30-39", "40-49", "50-59", "60-69", "70+"]),
                "gender": rng.choice(["female", "male", "undisclosed"]),
            }
        if not (report["narrative"] or messages or payments or identifiers):
            report["narrative"] = " ".join(sentences)
        truth = {
            "external_id": ext,
            "operation": v.op,
            "structure": v.structure,
            "country": v.country,
            "language": lang,
            "mentions": mentions,
        }
        return report, truth


def bare_number(text: str) -> str:
    """The number in an innocent value's text ("警視庁 03-3581-4321" -> "03-3581-4321")."""
    found = re.search(r"[#(+]?\d[\d\s().-]*\d", text)
    return found.group(0) if found else text


def _stamp(when: datetime, hours: int) -> str:
    local = (when + timedelta(hours=hours)).replace(tzinfo=None)
    return local.isoformat(timespec="seconds") + _tzs(hours)


def _tzs(hours: int) -> str:
    sign = "+" if hours >= 0 else "-"
    return f"{sign}{abs(hours):02d}:00"


# --------------------------------------------------------------------------- a world


def crew_sizes(rng: random.Random, total: int, lo: int, hi: int) -> list[int]:
    """Crew sizes, heavy-tailed between lo and hi, summing to total."""
    sizes: list[int] = []
    while sum(sizes) < total:
        size = int(lo * (1 - rng.random()) ** (-1 / 1.2))
        sizes.append(min(hi, max(lo, size)))
    over = sum(sizes) - total
    if sizes and over:
        sizes[-1] -= over
        if sizes[-1] < 1:
            sizes.pop()
    return sizes


def build(config: str, seed: int, n_reports: int) -> tuple[list[dict], list[dict], dict]:
    """The world's reports (intake format), truth rows and a summary, in received order."""
    cfg = CONFIGS[config]
    rng = random.Random(f"world3:{config}:{seed}")
    maker = Maker(rng)
    svc = Services(rng, maker)
    n_cases = int(n_reports / 1.04)  # duplicates and second-hand reports fill the rest
    n_lone = int(n_cases * cfg.lone_share)
    ops: list[Operation] = []
    for structure in STRUCTURES:
        lo, hi = cfg.sizes[structure]
        share = int((n_cases - n_lone) * cfg.shares[structure] / sum(cfg.shares.values()))
        for size in crew_sizes(rng, share, lo, hi):
            ops.append(Operation(f"op{len(ops):04d}", structure, size, cfg, rng, maker, svc))
    weights = [cfg.shares[s] + 0.05 for s in STRUCTURES]
    while sum(o.size for o in ops) < n_cases:
        structure = rng.choices(STRUCTURES, weights)[0]
        ops.append(Operation(f"op{len(ops):04d}", structure, 1, cfg, rng, maker, svc))
    victims: list[Victim] = []
    for op in ops:
        span = (op.end - op.start).total_seconds()
        times = sorted(op.start + timedelta(seconds=rng.random() * span) for _ in range(op.size))
        victims += [op.victim(t) for t in times]
    writer = Writer(rng, cfg)
    rows: list[tuple[datetime, dict, dict]] = []
    for v in victims:
        lang = writer.language(v.country)
        received = min(LAST, v.when + timedelta(days=rng.expovariate(1 / 12)))
        report, truth = writer.write(v, "", received, lang, recall=1.0)
        truth.update(duplicate_of=None, second_hand=False)
        rows.append((received, report, truth))
        r = rng.random()
        if r < 0.05:  # the same victim again, later, with less detail
            again = min(LAST, received + timedelta(days=rng.randint(3, 40)))
            rep2, tr2 = writer.write(v, "", again, lang, recall=0.6, prefix=DUPLICATE[lang])
            tr2.update(duplicate_of=id(truth), second_hand=False)
            rows.append((again, rep2, tr2))
        elif r < 0.09:  # a relative reports, knowing less
            lang2 = "en" if rng.random() < 0.3 else lang
            rel = rng.choice(RELATIVES[lang2])
            again = min(LAST, v.when + timedelta(days=rng.randint(1, 60)))
            rep2, tr2 = writer.write(
                v, "", again, lang2, recall=0.5, prefix=SECOND_HAND[lang2].format(rel=rel)
            )
            tr2.update(duplicate_of=id(truth), second_hand=True)
            rows.append((again, rep2, tr2))
    rows.sort(key=lambda r: r[0])
    rows = rows[:n_reports]
    agency_ids: dict[int, str] = {}
    reports, truths = [], []
    for i, (_, report, truth) in enumerate(rows):
        ext = f"W3-{report['victim_country']}-{i + 1:06d}"
        agency_ids[id(truth)] = ext
        report["external_id"] = truth["external_id"] = ext
        reports.append(report)
        truths.append(truth)
    for truth in truths:
        if truth["duplicate_of"] is not None:
            truth["duplicate_of"] = agency_ids.get(truth["duplicate_of"])
    summary = {
        "config": config,
        "seed": seed,
        "reports": len(reports),
        "operations": [
            {
                "id": o.oid,
                "structure": o.structure,
                "size": o.size,
                "countries": o.countries,
                "runners": o.uses_runners,
            }
            for o in ops
        ],
        "services": {
            "otc_brokers": [h.key for h, _ in svc.brokers],
            "app_hosts": [a.key for a in svc.app_hosts],
            "processors": [d.key for d, _ in svc.processors],
        },
    }
    return reports, truths, summary


def write_world(config: str, seed: int, n_reports: int, out: Path) -> Path:
    """Write reports.jsonl, truth.jsonl and world.json under out."""
    reports, truths, summary = build(config, seed, n_reports)
    out.mkdir(parents=True, exist_ok=True)
    with (out / "reports.jsonl").open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in reports)
    with (out / "truth.jsonl").open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(t, ensure_ascii=False) + "\n" for t in truths)
    (out / "world.json").write_text(
        json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", default="compounds", choices=sorted(CONFIGS))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reports", type=int, default=3000)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    write_world(args.config, args.seed, args.reports, args.out)
    print(f"wrote {args.reports} reports under {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
