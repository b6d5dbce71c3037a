"""One victim report in tipoff's intake format (``ReportIn``), with its ground truth.

A report is a victim's narrative in their own language, a few quoted messages from
the conversation, the payments they remember, sometimes a list of identifiers, and the
loss. Which identifiers appear, and how they are spelled, is recorded for the truth files.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from tipoff.simulate import (
    crews,
    flourish,
    innocent,
    kits,
    money,
    operations,
    rescam,
    spoofing,
    victim_mules,
)
from tipoff.simulate.clock import DAY, Clock
from tipoff.simulate.common import HOTLINES
from tipoff.simulate.compose import Writer, pick_weighted, template_fields
from tipoff.simulate.config import WorldConfig
from tipoff.simulate.crews import MuleChain
from tipoff.simulate.identity import Ident
from tipoff.simulate.network import Infrastructure, Network
from tipoff.simulate.phrases import language

LANGUAGE_OF: dict[str, tuple[tuple[str, float], ...]] = {
    "JP": (("ja", 1.0),),
    "CN": (("zh", 1.0),),
    "KR": (("ko", 1.0),),
    "US": (("en", 1.0),),
    "TH": (("th", 1.0),),
    "VN": (("vi", 1.0),),
    "SG": (("en", 0.75), ("zh", 0.25)),
    "AU": (("en", 1.0),),
    "ID": (("id", 1.0),),
    "PH": (("tl", 0.55), ("en", 0.45)),
}
AGENCY = {
    "JP": "JP-NPA",
    "CN": "CN-MPS",
    "KR": "KR-KNPA",
    "US": "US-IC3",
    "TH": "TH-CIB",
    "VN": "VN-MPS",
    "SG": "SG-SPF",
    "AU": "AU-NASC",
    "ID": "ID-POLRI",
    "PH": "PH-PNP",
}
AGENCY_NAMES = {
    "JP-NPA": "National Police Agency",
    "CN-MPS": "Ministry of Public Security",
    "KR-KNPA": "Korean National Police Agency",
    "US-IC3": "FBI Internet Crime Complaint Center",
    "TH-CIB": "Central Investigation Bureau",
    "VN-MPS": "Ministry of Public Security (Viet Nam)",
    "SG-SPF": "Singapore Police Force",
    "AU-NASC": "National Anti-Scam Centre",
    "ID-POLRI": "Indonesian National Police",
    "PH-PNP": "Philippine National Police",
}


def agencies() -> list[dict[str, object]]:
    """The receiving agencies of a world (code, name, country), e.g. for `tipoff agency add`."""
    return [
        {"code": code, "name": AGENCY_NAMES[code], "country": country}
        for country, code in sorted(AGENCY.items())
    ]


CHANNELS: dict[str, tuple[str, ...]] = {
    "romance": ("dating_app", "social_dm", "social_dm"),
    "investment.pig_butchering": ("sms", "social_dm", "messaging_app", "dating_app"),
    "investment.group_teacher": ("social_ad", "social_ad", "search_ad"),
    "gambling": ("social_ad", "search_ad", "social_dm"),
    "job.task": ("sms", "messaging_app", "recruitment_site"),
    "job.mule": ("social_dm", "recruitment_site"),
    "impersonation.authority": ("voice", "voice_spoofed_cli", "sms"),
    "impersonation.family": ("sms", "voice"),
    "phishing": ("sms", "email"),
    "tech_support": ("search_ad", "other"),
    "advance_fee": ("sms", "social_ad", "email"),
    "extortion.sextortion": ("social_dm", "email", "dating_app"),
    "impersonation.bank": ("voice", "voice_spoofed_cli", "sms"),
    "impersonation.service": ("voice", "sms", "messaging_app"),
    "investment.recovery": ("social_dm", "email", "search_ad"),
}
STAGE_ORDER = (
    "contact",
    "platform_switch",
    "grooming",
    "pitch",
    "first_payment",
    "test_withdrawal",
    "escalation",
    "withdrawal_block",
    "exit",
)
CRYPTO_TYPES = frozenset(
    {
        "investment.pig_butchering",
        "investment.group_teacher",
        "investment.recovery",
        "job.task",
        "gambling",
        "extortion.sextortion",
    }
)
COMMON_SENTENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "hotline": ("Afterwards I called {hotline}.",),
        "spoof": ("The caller ID showed {spoof}, the real police number.",),
        "exchange": ("I bought the USDT on {exchange}.",),
    },
    "ja": {
        "hotline": ("後で{hotline}に電話して相談しました。",),
        "spoof": ("着信表示は{spoof}で、本物の警察の番号でした。",),
        "exchange": ("USDTは{exchange}で購入しました。",),
    },
    "zh": {
        "hotline": ("之后我拨打了{hotline}。",),
        "spoof": ("来电显示是{spoof}。",),
        "exchange": ("我在{exchange}买的USDT。",),
    },
    "ko": {
        "hotline": ("이후 {hotline}에 신고했습니다.",),
        "spoof": ("발신 번호 표시: {spoof}",),
        "exchange": ("{exchange}에서 USDT를 샀습니다.",),
    },
    "th": {
        "hotline": ("หลังจากนั้นโทรแจ้ง {hotline}",),
        "spoof": ("เบอร์ที่โทรมาขึ้นว่า {spoof}",),
        "exchange": ("ซื้อ USDT ที่ {exchange}",),
    },
    "vi": {
        "hotline": ("Sau đó tôi gọi {hotline}.",),
        "spoof": ("Số gọi đến hiện {spoof}.",),
        "exchange": ("Tôi mua USDT trên {exchange}.",),
    },
    "id": {
        "hotline": ("Setelah itu saya menghubungi {hotline}.",),
        "spoof": ("Nomor yang menelepon tampil {spoof}.",),
        "exchange": ("Saya beli USDT di {exchange}.",),
    },
    "tl": {
        "hotline": ("Tumawag ako sa {hotline} pagkatapos.",),
        "spoof": ("Ang lumabas na caller ID ay {spoof}.",),
        "exchange": ("Bumili ako ng USDT sa {exchange}.",),
    },
}
REPLIES = {
    "en": ("ok", "Really?", "I'll try", "Done, sent"),
    "ja": ("わかりました", "本当ですか？", "振り込みました"),
    "zh": ("好的", "真的吗？", "已经转了"),
    "ko": ("네", "정말요?", "보냈어요"),
    "th": ("ได้ค่ะ", "จริงเหรอ", "โอนแล้วค่ะ"),
    "vi": ("Vâng", "Thật không?", "Em chuyển rồi"),
    "id": ("Oke", "Beneran?", "Sudah saya transfer"),
    "tl": ("Sige po", "Talaga?", "Naipadala ko na"),
}
ROLE_OF = {
    "bank_account": "payee_account",
    "iban": "payee_account",
    "wallet": "payee_wallet",
    "phone": "caller",
    "handle": "contact",
    "url": "link",
    "domain": "link",
    "email": "contact",
}
_MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "id": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
    "tl": (
        "Enero",
        "Pebrero",
        "Marso",
        "Abril",
        "Mayo",
        "Hunyo",
        "Hulyo",
        "Agosto",
        "Setyembre",
        "Oktubre",
        "Nobyembre",
        "Disyembre",
    ),
}


def _gap(lang: str) -> str:
    """What separates two sentences: nothing in Japanese and Chinese, a space elsewhere."""
    return "" if lang in ("ja", "zh") else " "


def dress(rng: random.Random, text: str, lang: str, stage: str) -> str:
    """Sometimes wrap a scripted line in an opener and an urgency or secrecy tail."""
    roll = rng.random()
    if roll < 0.25:
        openers = flourish.OPENERS[lang]
        text = openers[int(roll * 1000) % len(openers)] + _gap(lang) + text
    tails = flourish.TAIL_OF_STAGE.get(stage)
    if tails and rng.random() < 0.4:
        family = (
            flourish.URGENCY
            if tails[int(rng.random() * len(tails))] == "urgency"
            else flourish.SECRECY
        )
        options = family[lang]
        text = text + _gap(lang) + options[int(rng.random() * len(options))]
    return text


@dataclass
class GeneratedReport:
    """A report (intake JSON shape), its truth record and the victim's payments."""

    report: dict[str, object]
    truth: dict[str, object]
    payments: list[dict[str, object]] = field(default_factory=list)
    extra: list[Ident] = field(default_factory=list)  # a one-off crew's identifiers


@dataclass(frozen=True)
class Plan:
    """What every report of a world shares, computed once: mixes as tuples and the clock."""

    countries: tuple[tuple[str, float], ...]
    types: tuple[tuple[str, float], ...]
    span_days: int
    clock: Clock
    received_by: int | None  # seconds from the start: the world's last moment, if it has one

    @classmethod
    def of(cls, cfg: WorldConfig) -> Plan:
        span = (cfg.end - cfg.start).days
        return cls(
            tuple(sorted(cfg.country_mix.items())),
            tuple((t, w) for t, w in sorted(cfg.type_mix.items()) if w > 0),
            span,
            Clock(cfg.start, span, cfg.stamped_until),
            None
            if cfg.stamped_until is None
            else int((cfg.stamped_until - cfg.start).total_seconds()),
        )


def _received(rng: random.Random, start: int, last: int, received_by: int | None) -> int:
    """When the victim reported: days to a month after the last payment. In a world that ends
    today, a report that would come after today came earlier, while the scam still ran (some
    victims report before they stop paying), so the last days hold no pile of reports."""
    received = last + int(rng.uniform(0.2, 30) * DAY)
    if received_by is None or received <= received_by:
        return received
    return max(start, received_by - int(rng.uniform(0, 30) * DAY))


def spell_date(when: date, lang: str) -> str:
    y, m, d = when.year, when.month, when.day
    if lang in ("ja", "zh"):
        return f"{y}年{m}月{d}日"
    if lang == "ko":
        return f"{y}년 {m}월 {d}일"
    if lang == "th":
        return f"{d}/{m}/{y + 543}"
    if lang == "vi":
        return f"{d}/{m}/{y}"
    if lang in _MONTHS:
        return (
            f"{d} {_MONTHS[lang][m - 1]} {y}"
            if lang != "en"
            else f"{_MONTHS['en'][m - 1]} {d}, {y}"
        )
    return when.isoformat()


def _pick_network(
    rng: random.Random, world: Infrastructure, scam_type: str, alpha: float = 1.2
) -> Network:
    nets = world.by_type[scam_type]
    # A few big networks produce most reports (heavy-tailed network sizes).
    return nets[min(len(nets) - 1, int(rng.paretovariate(alpha)) - 1)]


def _messages(
    rng: random.Random, writer: Writer, scam_type: str, start: int, cfg: WorldConfig, clock: Clock
) -> list[dict[str, object]]:
    stages = writer.phrases.SCAM[scam_type]
    names = [s for s in STAGE_ORDER if s in stages]
    lo, hi = cfg.messages_per_report
    k = min(len(names), lo + int(rng.random() * (hi - lo + 1)))
    chosen = _sample_indices(rng, len(names), k)
    out: list[dict[str, object]] = []
    when = start
    for idx in chosen:
        stage = names[idx]
        templates = stages[stage]
        msg: dict[str, object] = {
            "text": dress(
                rng,
                writer.render(templates[int(rng.random() * len(templates))]),
                writer.lang,
                stage,
            ),
            "sender": "scammer",
            "sent_at": clock.stamp(when),
        }
        when += int(rng.random() * 4 * DAY) + 60
        if rng.random() < 0.25 and (contact := writer.ident("contact")) is not None:
            msg["from_id"] = writer.spell(contact)
            msg["channel"] = contact.attrs.get("platform", "phone")
        out.append(msg)
        if rng.random() < 0.15:
            out.append({"text": rng.choice(REPLIES[writer.lang]), "sender": "victim"})
    return out


def _payment_rail(rng: random.Random, scam_type: str, country: str) -> str:
    if scam_type in CRYPTO_TYPES and rng.random() < 0.55:
        return "crypto_usdt_trc20"
    if scam_type in ("tech_support", "extortion.sextortion", "romance") and rng.random() < 0.35:
        return "gift_card"
    if (
        scam_type in ("impersonation.authority", "impersonation.bank", "impersonation.family")
        and country in ("JP", "KR")
        and rng.random() < 0.2
    ):
        return "cash_courier"
    return (
        "instant_qr"
        if country in ("TH", "VN", "ID", "SG") and rng.random() < 0.3
        else "domestic_transfer"
    )


def _payments(
    rng: random.Random,
    writer: Writer,
    scam_type: str,
    loss: float,
    start: int,
    cfg: WorldConfig,
    clock: Clock,
) -> tuple[list[dict[str, object]], int]:
    country = writer.country
    lo, hi = cfg.payments_per_report
    n = lo + int(rng.random() * (hi - lo + 1))
    if scam_type in ("phishing", "impersonation.family", "extortion.sextortion"):
        n = min(n, 2)
    if n == 0:
        return [], start
    currency = money.CURRENCY[country][0]
    when = start + int(rng.uniform(1, 20) * DAY)
    out = []
    for amount in money.split_escalating(rng, loss, n, country):
        rail = _payment_rail(rng, scam_type, country)
        payment: dict[str, object] = {
            "amount": amount,
            "currency": currency,
            "paid_at": clock.stamp(when),
            "rail": rail,
        }
        if rail == "crypto_usdt_trc20":
            wallet = writer.ident("wallet")
            payment["payee"] = writer.spell(wallet) if wallet else "USDT"
            payment["rail"] = (
                "crypto_other" if wallet and wallet.attrs.get("chain") != "tron" else rail
            )
        elif rail == "gift_card":
            payment["payee"] = rng.choice(
                ("Apple gift card", "Google Play card", "Amazon gift card", "Steam card")
            )
        elif rail == "cash_courier":
            payment["payee"] = "cash handed to courier"
        else:
            account = writer.ident("account")
            payment["payee"] = writer.spell(account) if account else "unknown"
            if account is not None and account.kind == "iban":
                payment["rail"] = "international_wire"
            if account is not None and "holder" in account.attrs and rng.random() < 0.5:
                payment["payee_name"] = account.attrs["holder"]
        out.append(payment)
        last = when
        when += int(rng.uniform(0.5, 12) * DAY)
    return out, last


# Identifier fields a victim of each type plausibly mentions in the narrative's contact sentences.
NARRATIVE_FIELDS: dict[str, frozenset[str]] = {
    "impersonation.family": frozenset({"phone"}),
    "impersonation.authority": frozenset({"phone", "contact"}),
    "tech_support": frozenset({"phone"}),
    "romance": frozenset({"contact", "phone"}),
    "job.mule": frozenset({"contact", "phone"}),
    "extortion.sextortion": frozenset({"contact"}),
    "impersonation.bank": frozenset({"phone"}),
    "impersonation.service": frozenset({"phone", "url"}),
    "investment.recovery": frozenset({"contact", "url"}),
}
_ALL_FIELDS = frozenset({"phone", "contact", "url"})


# Countries whose hotline list has a real switchboard number that scammers spoof as caller ID.
SWITCHBOARD_COUNTRIES = frozenset(
    c for c, lines in HOTLINES.items() if any(v.startswith("+") for _, v in lines)
)
_CRYPTO_RAILS = frozenset({"crypto_usdt_trc20", "crypto_other"})
_ACCOUNT_RAILS = frozenset({"domestic_transfer", "instant_qr", "international_wire"})


@cache
def _paid_templates(lang: str, wanted: str) -> tuple[str, ...]:
    """The narrative's payment sentences that name ``wanted`` ("{wallet}", "{account}" or
    neither)."""
    templates = language(lang).NARRATIVE["paid"]
    neither = tuple(t for t in templates if "{account}" not in t and "{wallet}" not in t)
    fitting = tuple(t for t in templates if wanted in t) if wanted else neither
    return fitting or neither


@cache
def _contact_templates(lang: str, scam_type: str) -> tuple[str, ...]:
    allowed = NARRATIVE_FIELDS.get(scam_type, _ALL_FIELDS)
    return tuple(t for t in language(lang).NARRATIVE["contact"] if template_fields(t) <= allowed)


@cache
def _common_kinds(scam_type: str, has_switchboard: bool) -> tuple[str, ...]:
    kinds = ("hotline",) + (("exchange",) if scam_type in CRYPTO_TYPES else ())
    return kinds + (("spoof",) if scam_type.startswith("impersonation") and has_switchboard else ())


def _pick(rng: random.Random, options: tuple[str, ...] | list[str]) -> str:
    return options[int(rng.random() * len(options))]


def _sample_indices(rng: random.Random, n: int, k: int) -> list[int]:
    """``k`` distinct indices of ``range(n)`` in increasing order (a partial Fisher-Yates shuffle).

    ``random.sample`` would do, but its Sequence check costs more than the draw for tiny inputs.
    """
    pool = list(range(n))
    for i in range(k):
        j = i + int(rng.random() * (n - i))
        pool[i], pool[j] = pool[j], pool[i]
    return sorted(pool[:k])


def _narrative(
    rng: random.Random,
    writer: Writer,
    scam_type: str,
    payments: list[dict[str, object]],
    want_ids: int,
    cfg: WorldConfig,
) -> str:
    narr, lang = writer.phrases.NARRATIVE, writer.lang
    parts = [writer.render(_pick(rng, narr["intro"])), _pick(rng, narr[scam_type])]
    have = len({ident.key for ident, _ in writer.used})
    contact = _contact_templates(lang, scam_type)
    for i in _sample_indices(rng, len(contact), min(len(contact), max(0, want_ids - have))):
        parts.append(writer.render(contact[i]))
    if payments or rng.random() < 0.3:
        rails = {p["rail"] for p in payments}
        wanted = (
            "{wallet}" if rails & _CRYPTO_RAILS else ("{account}" if rails & _ACCOUNT_RAILS else "")
        )
        parts.append(writer.render(_pick(rng, _paid_templates(lang, wanted))))
    if rng.random() < cfg.common_value_probability:
        kind = _pick(rng, _common_kinds(scam_type, writer.country in SWITCHBOARD_COUNTRIES))
        parts.append(writer.render(_pick(rng, COMMON_SENTENCES[lang][kind])))
    if cfg.innocent_probability and rng.random() < cfg.innocent_probability:
        parts.append(_innocent_sentence(rng, writer))
    if rng.random() < 0.5:
        parts.append(_pick(rng, narr["lost_contact"]))
    parts.append(_pick(rng, narr["close"]))
    return _gap(lang).join(parts)


def _innocent_sentence(rng: random.Random, writer: Writer) -> str:
    """The victim names where they reported or whom they called (innocent.py)."""
    return innocent.sentence(rng, writer.world.innocents[writer.country], writer.lang, writer.spell)


def _explicit(
    rng: random.Random, writer: Writer, own: str | None = None
) -> list[dict[str, object]]:
    """One or two of the report's values listed with the role their kind has in a scam
    (never the victim's own value, key ``own``)."""
    idents: dict[str, Ident] = {}
    for ident, _ in writer.used:
        if not ident.common and ident.key != own:
            idents.setdefault(ident.key, ident)
    chosen = rng.sample(list(idents.values()), min(len(idents), rng.randint(1, 2)))
    return [
        {"value": writer.spell(i), "kind": i.kind, "role": ROLE_OF.get(i.kind, "mentioned")}
        for i in chosen
    ]


def generate(
    rng: random.Random,
    world: Infrastructure,
    cfg: WorldConfig,
    index: int,
    plan: Plan | None = None,
    mules: dict[str, dict[str, MuleChain]] | None = None,
    recruits: victim_mules.Recruits | None = None,
) -> GeneratedReport:
    """Report number ``index`` of the world, drawn from ``rng``; ``mules``: the world's mule
    chains per crew when its mule accounts rotate by use (``crews.mule_chains``);
    ``recruits``: its victims recruited as mules (``victim_mules.recruits``)."""
    plan = plan or Plan.of(cfg)
    clock = plan.clock
    country = pick_weighted(rng, plan.countries)
    lang = pick_weighted(rng, LANGUAGE_OF[country])
    scam_type = pick_weighted(rng, plan.types)
    network = _pick_network(rng, world, scam_type, cfg.network_size_alpha)
    extra: list[Ident] = []
    one_off = bool(cfg.one_off_share) and rng.random() < cfg.one_off_share
    forced = victim_mules.forced(recruits, index) if recruits else None
    if forced is not None:  # a recruited victim's own report, or their report of being used
        network, scam_type, country = forced.network, forced.scam_type, forced.country
        lang = pick_weighted(rng, LANGUAGE_OF[country])
    elif one_off and cfg.operation_reports[1]:
        network, extra = operations.operation(world, cfg, index, plan.countries, plan.span_days)
    elif one_off:
        network = crews.one_off(rng, country, scam_type, index, plan.span_days)
        if world.kits:
            kits.one_off_sites(rng, network, world.kits, cfg, plan.span_days, index)
            extra = [i for i in network.identifiers() if "kit" not in i.attrs]
        else:
            extra = network.identifiers()
    if network.markets and country not in network.markets:
        # The crew works other markets: the victim is one of theirs.
        country = pick_weighted(
            rng, tuple((c, w) for c, w in plan.countries if c in network.markets)
        )
        lang = pick_weighted(rng, LANGUAGE_OF[country])
    voice = (
        network.scammers[int(rng.random() * len(network.scammers))] if network.scammers else network
    )
    day = int(rng.random() * plan.span_days)
    if forced is not None:
        day = forced.day
    start = day * DAY + int(rng.random() * DAY)
    writer = Writer(
        rng,
        world,
        voice,
        country,
        lang,
        day,
        cfg.noise,
        scam_type,
        mules=mules.get(network.id) if mules else None,
        launder=cfg.laundering_weight,
        respelled=cfg.spelling_variants,
        recruited=recruits.active(network.id, country, day) if recruits and not forced else (),
        recruited_weight=cfg.victim_mule_weight,
    )
    writer.values["date"] = spell_date(clock.date(start), lang)
    want_ids = rng.randint(*cfg.identifiers_per_report)
    messages = _messages(rng, writer, scam_type, start, cfg, clock)
    loss = money.draw_loss(rng, scam_type, country, cfg.loss_sigma)
    payments, last = _payments(rng, writer, scam_type, loss, start, cfg, clock)
    if payments:
        loss = sum(p["amount"] for p in payments)  # type: ignore[misc]
    writer.values["amount"] = money.spell_amount(rng, loss, country, lang)
    narrative = _narrative(rng, writer, scam_type, payments, want_ids, cfg)
    listed: list[dict[str, object]] = []
    filed = False
    if cfg.spoof_share or cfg.reporter_share:
        shares = (cfg.spoof_share, cfg.reporter_share)
        officials = world.officials[country]
        spoofed = spoofing.tell(rng, writer, officials, scam_type, shares, clock.stamp(start))
        messages[:0] = spoofed.messages
        narrative = _gap(lang).join([narrative, *spoofed.sentences])
        listed = spoofed.identifiers
        filed = spoofed.filed
    told = None
    if cfg.rescam_share and scam_type == rescam.RECOVERY and rng.random() < cfg.rescam_share:
        told = _history(rng, world, cfg, network, writer, clock)
        if told is not None:
            narrative = told.sentence + _gap(lang) + narrative
            if told.payment is not None:
                payments.insert(0, told.payment)
    if told is None and filed and cfg.prior_case_share and rng.random() < cfg.prior_case_share:
        # The filing desk notes the customer's earlier, unrelated case (another crew's payee).
        told = _history(rng, world, cfg, network, writer, clock, desk_note=True)
        if told is not None:
            narrative = narrative + _gap(lang) + told.sentence
    own = victim_mules.tell(rng, writer, cfg, recruits, index)
    if own is not None:
        narrative = _gap(lang).join([narrative, own.sentence])
        listed = listed + own.listed
        extra = extra + own.fresh
    agency = AGENCY[country]
    report: dict[str, object] = {
        "external_id": f"{agency}-{index:08d}",
        "agency": agency,
        "received_at": clock.stamp(_received(rng, start, last, plan.received_by)),
        "occurred_at": clock.stamp(start),
        "victim_country": country,
        "language": lang,
        "channel": rng.choice(CHANNELS[scam_type]),
        "narrative": narrative,
        "messages": messages,
        "payments": payments,
    }
    if rng.random() < 0.85:
        report["loss"] = {"amount": loss, "currency": money.CURRENCY[country][0]}
    explicit: list[dict[str, object]] | None = None
    if writer.used and rng.random() < cfg.explicit_identifier_probability:
        explicit = _explicit(rng, writer, own.key if own else None)
    if explicit is not None or listed:
        report["identifiers"] = (explicit or []) + listed
    if rng.random() < 0.5:
        report["victim"] = {
            "age_band": rng.choice(("20-29", "30-39", "40-49", "50-59", "60-69", "70+")),
            "gender": rng.choice(("female", "male", "undisclosed")),
        }
    if cfg.reported_type_share and rng.random() < cfg.reported_type_share:
        report["scam_type"] = rng.choice(stated_types(scam_type))
    truth = _truth(report, writer, network.id, scam_type, loss, told, own.key if own else None)
    return GeneratedReport(report, truth, payments, extra)


def _history(
    rng: random.Random,
    world: Infrastructure,
    cfg: WorldConfig,
    network: Network,
    writer: Writer,
    clock: Clock,
    *,
    desk_note: bool = False,
) -> rescam.History | None:
    """A recovery crew's victim tells the first scam (``tipoff.simulate.rescam``), or the desk
    filing a report notes the customer's earlier case (``desk_note``); its values are written
    into the report like the others (and may be listed among its identifiers)."""
    first = rescam.first_crew(rng, world, network)
    if first is None:
        return None
    told = rescam.history(rng, world, cfg, first, writer, clock, desk_note=desk_note)
    if told is not None:
        writer.used.extend(told.used)
    return told


def stated_types(scam_type: str) -> list[str]:
    """The scam types a victim of ``scam_type`` may name it (pig butchering: also romance)."""
    return [scam_type, "romance"] if scam_type == "investment.pig_butchering" else [scam_type]


def _truth(
    report: dict[str, object],
    writer: Writer,
    network: str,
    scam_type: str,
    loss: float,
    told: rescam.History | None = None,
    own: str | None = None,
) -> dict[str, object]:
    """The report's truth record; a value quoted as an earlier crew's (``told``) is marked
    ``history`` (it belongs to that crew, not to ``network``), the victim's own value (key
    ``own``) ``own`` (it is no crew's in this report)."""
    seen: dict[tuple[str, str], dict[str, object]] = {}
    # by key: the victim may also list a quoted value among the report's identifiers
    old = {ident.key for ident, _ in told.used} if told is not None else set()
    for ident, raw in writer.used:
        record: dict[str, object] = {"key": ident.key, "raw": raw, "common": ident.common}
        if ident.key in old:
            record["history"] = True
        if ident.key == own:
            record["own"] = True
        seen.setdefault((ident.key, raw), record)
    types = stated_types(scam_type)
    return {
        "external_id": report["external_id"],
        "network": network,
        "scam_type": scam_type,
        "scam_types": types,
        "victim_country": report["victim_country"],
        "language": report["language"],
        "loss": loss,
        "currency": money.CURRENCY[str(report["victim_country"])][0],
        "identifiers": list(seen.values()),
    }
