"""Victims' own values, and victims recruited as mules.

A victim's report names values that are the victim's, not the crew's: the account they paid
from ("I paid from my account …"), the account a "refund" was promised to, their own number
("you can reach me on …"). Alone such a value links nothing: nobody else names it. It does
once the victim is *recruited*: crews take over their victims' accounts (a "refund" that has
to be forwarded, a job offer to "process payments", an account bought or rented), and the
account then receives the money of later victims, of the crew that scammed its owner or of
another crew that rents it, one crew after another. The owner's report (a victim of the first
crew) and the payers' reports (victims of the crews using it) then share the account, and a
linker that takes the owner's citation as a payee joins crews that have nothing else in
common.

``WorldConfig.victim_own_share``: the chance that a report names a value of the victim's own
(a fresh account or phone; linked to nothing). ``victim_mule_share``: the share of reports
whose victim is recruited afterwards; the account their report names as their own serves
``victim_mule_crews`` (lo, hi) crews in turn (the first one the victim's own crew with chance
``victim_mule_same``), ``MULE_WINDOW`` days each, and a payment of a crew to an account goes to
one of its recruited accounts of the moment with chance ``victim_mule_weight``. With chance
``victim_mule_self`` the recruit also reports being used (a report of the crew that used the
account first, which names the account as the crew's mule: "they used my account … to receive
payments").

Truth: the owner's report marks the account ``"own": true`` (the victim's value, linking
nothing there); a payer's report lists it as its crew's (truth ``networks``: the crews that
used it; ``attrs.victim_mule``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from functools import partial

from tipoff.simulate import accounts, crews, phones
from tipoff.simulate.compose import Writer, pick_weighted
from tipoff.simulate.config import WorldConfig
from tipoff.simulate.identity import Ident
from tipoff.simulate.network import VICTIM_COUNTRIES, Infrastructure, Network

MULE_WINDOW = 45  # days one crew uses a recruited account before the next takes it over
MULE_TYPE = "job.mule"

# The victim's own account, in their report: where they paid from, where a refund was promised.
OWN_ACCOUNT: dict[str, tuple[str, ...]] = {
    "en": (
        "I paid everything from my own account {own}.",
        "The transfers went out from my account {own}.",
        "They promised to send a refund to my account {own}.",
        "I sent the money from my bank account {own}.",
    ),
    "ja": (
        "私の口座{own}から振り込みました。",
        "自分の口座（{own}）から送金しました。",
        "返金は私の口座{own}に振り込むと言われました。",
    ),
    "zh": (
        "钱都是从我的账户{own}转出的。",
        "我用自己的卡{own}转的账。",
        "对方说会退款到我的账户{own}。",
    ),
    "ko": (
        "제 계좌 {own}에서 송금했습니다.",
        "본인 계좌 {own}에서 이체했습니다.",
        "환불은 제 계좌 {own}로 해 준다고 했습니다.",
    ),
    "th": (
        "ดิฉันโอนจากบัญชีของดิฉัน {own}",
        "โอนเงินออกจากบัญชีของผมเอง {own}",
        "เขาบอกว่าจะคืนเงินเข้าบัญชีของฉัน {own}",
    ),
    "vi": (
        "Tôi chuyển tiền từ tài khoản của tôi {own}.",
        "Họ hứa sẽ hoàn tiền vào tài khoản của tôi {own}.",
    ),
    "id": (
        "Saya transfer dari rekening saya sendiri {own}.",
        "Mereka janji refund ke rekening saya {own}.",
    ),
    "tl": (
        "Nagpadala ako mula sa sarili kong account {own}.",
        "Sabi nila ire-refund daw sa account ko {own}.",
    ),
}
# The victim's own number: how to reach them.
OWN_PHONE: dict[str, tuple[str, ...]] = {
    "en": ("You can reach me on {own}.", "My phone number is {own}."),
    "ja": ("私の連絡先は{own}です。", "私の携帯番号：{own}"),
    "zh": ("我的手机号是{own}。", "本人联系电话：{own}"),
    "ko": ("제 연락처는 {own}입니다.", "본인 휴대폰 {own}"),
    "th": ("เบอร์ติดต่อของดิฉัน {own}", "เบอร์โทรของผม {own}"),
    "vi": ("Số điện thoại của tôi là {own}.", "Liên hệ với tôi qua số {own}."),
    "id": ("Nomor HP saya {own}.", "Hubungi saya di nomor {own}."),
    "tl": ("Ang numero ko ay {own}.", "Tawagan ninyo ako sa {own}."),
}
# A recruit reporting being used: the account is the crew's mule in this report.
MULE_SELF: dict[str, tuple[str, ...]] = {
    "en": (
        "I answered a job ad and let them use my account {own} to receive payments; "
        "I forwarded the money as told and now the account is frozen.",
        "They paid me a commission to receive money in my account {own} and pass it on.",
    ),
    "ja": ("アルバイトとして自分の口座{own}を貸し、入金されたお金を指示どおり送金しました。",),
    "zh": ("我应聘兼职，把我的账户{own}借给他们收款，再按指示转出，现在卡被冻结了。",),
    "ko": ("알바 제안을 받고 제 계좌 {own}를 빌려줘서 입금된 돈을 지시대로 보냈습니다.",),
    "th": ("รับงานเสริม ให้เขาใช้บัญชีของฉัน {own} รับเงินแล้วโอนต่อตามที่สั่ง",),
    "vi": (
        "Tôi nhận việc làm thêm, cho họ dùng tài khoản của tôi {own} để nhận tiền rồi chuyển đi.",
    ),
    "id": ("Saya terima kerja sampingan dan meminjamkan rekening saya {own} untuk menerima uang.",),
    "tl": (
        "Tumanggap ako ng trabaho at pinagamit ko ang account ko {own} para tumanggap ng pera.",
    ),
}


@dataclass
class Recruit:
    """A victim whose account crews take over: their own report, the crews using it when."""

    own_report: int  # report number of the victim's own report (a victim of ``first``)
    first: str  # the crew that scammed the victim
    scam_type: str  # the scam of the victim's own report
    country: str
    day: int  # the day of the victim's own scam
    account: Ident  # networks: the crews that used it
    users: list[tuple[str, int, int]] = field(default_factory=list)  # crew, first, last day
    self_report: int | None = None  # report number of the recruit's report of being used


@dataclass
class Recruits:
    """A world's recruited victims, found by report number and by crew, country and day."""

    crews: dict[str, Network] = field(default_factory=dict)  # the world's crews by id
    by_own: dict[int, Recruit] = field(default_factory=dict)
    by_self: dict[int, Recruit] = field(default_factory=dict)
    serving: dict[tuple[str, str], list[tuple[int, int, Ident]]] = field(default_factory=dict)

    def active(self, crew: str, country: str, day: int) -> tuple[Ident, ...]:
        """The recruited accounts ``crew`` uses in ``country`` on ``day``."""
        spans = self.serving.get((crew, country), ())
        return tuple(ident for lo, hi, ident in spans if lo <= day <= hi)

    def accounts(self) -> list[Ident]:
        return [r.account for r in self.by_own.values()]


def recruits(infra: Infrastructure, cfg: WorldConfig, seed: int, n_reports: int) -> Recruits:
    """The recruited victims of a world of ``n_reports`` (``cfg.victim_mule_share`` of its
    reports), drawn from their own stream."""
    rng = random.Random(f"tipoff-victim-mules:{seed}")
    shares = crews.crew_shares(infra, cfg)
    weighted = tuple((c.id, shares[c.id]) for c in infra.networks if shares[c.id] > 0)
    crew_of = {c.id: c for c in infra.networks}
    span = (cfg.end - cfg.start).days
    reg = crews.registry(infra)
    n = min(n_reports // 2, round(n_reports * cfg.victim_mule_share))
    numbers = rng.sample(range(n_reports), 2 * n)
    out = Recruits(crew_of)
    for own, mule in zip(numbers[:n], numbers[n:], strict=True):
        first = crew_of[pick_weighted(rng, weighted)]
        country = _market(rng, first, cfg)
        day = int(rng.random() * max(1, span - 30))
        account = reg.fresh(partial(accounts.national_account, rng, country))
        account.attrs["victim_mule"] = "true"
        recruit = Recruit(own, first.id, _type_of(rng, first, cfg), country, day, account)
        _users(rng, recruit, first, weighted, crew_of, cfg, span)
        if recruit.users and rng.random() < cfg.victim_mule_self:
            recruit.self_report = mule
            out.by_self[mule] = recruit
        out.by_own[own] = recruit
        for crew, lo, hi in recruit.users:
            out.serving.setdefault((crew, country), []).append((lo, hi, account))
    return out


def _market(rng: random.Random, crew: Network, cfg: WorldConfig) -> str:
    markets = crew.markets or VICTIM_COUNTRIES
    return pick_weighted(rng, tuple((c, cfg.country_mix.get(c, 0.0) + 1e-9) for c in markets))


def _type_of(rng: random.Random, crew: Network, cfg: WorldConfig) -> str:
    types = [t for t in crew.types if cfg.type_mix.get(t, 0) > 0] or list(crew.types)
    return types[int(rng.random() * len(types))]


def _users(
    rng: random.Random,
    recruit: Recruit,
    first: Network,
    weighted: tuple[tuple[str, float], ...],
    crew_of: dict[str, Network],
    cfg: WorldConfig,
    span: int,
) -> None:
    """The crews that use the recruit's account, one after another from a few days after
    the victim's own scam: the victim's own crew first with chance ``victim_mule_same``,
    else crews working the account's country."""
    lo, hi = cfg.victim_mule_crews
    local = tuple(
        (c, w)
        for c, w in weighted
        if c != first.id and (not crew_of[c].markets or recruit.country in crew_of[c].markets)
    )
    chosen: list[str] = [first.id] if rng.random() < cfg.victim_mule_same else []
    for _ in range(lo + int(rng.random() * (hi - lo + 1)) - len(chosen)):
        left = tuple((c, w) for c, w in local if c not in chosen)
        if left:
            chosen.append(pick_weighted(rng, left))
    start = recruit.day + 3 + int(rng.random() * 20)
    for k, crew in enumerate(chosen):
        begin = start + k * MULE_WINDOW
        if begin >= span:
            break
        recruit.users.append((crew, begin, min(span, begin + MULE_WINDOW - 1)))
        recruit.account.networks.append(crew)


def own_value(rng: random.Random, country: str) -> Ident:
    """A value of a victim's own (their account, or their phone), drawn per report."""
    if rng.random() < 0.6:
        ident = accounts.national_account(rng, country)
    else:
        ident = phones.phone_ident(phones.random_phone(rng, country), country)
    ident.attrs["victim_own"] = "true"
    return ident


def own_sentence(rng: random.Random, lang: str, ident: Ident, raw: str) -> str:
    """The victim's sentence naming their own ``ident`` (spelled ``raw``)."""
    table = OWN_ACCOUNT if ident.kind in ("bank_account", "iban") else OWN_PHONE
    options = table[lang]
    return options[int(rng.random() * len(options))].format(own=raw)


def mule_sentence(rng: random.Random, lang: str, raw: str) -> str:
    """A recruit's sentence about the crew using their account (spelled ``raw``)."""
    options = MULE_SELF[lang]
    return options[int(rng.random() * len(options))].format(own=raw)


# Spellings that call an account the payee's ("收款账户", "입금계좌"): not how a victim writes
# their own.
_PAYEE_WORDS = ("收款", "입금", "振込先")
LISTED_SHARE = 0.25  # chance the victim also lists their own value among the identifiers


@dataclass(frozen=True)
class Forced:
    """What a recruit's report is: its crew, scam type, country and day."""

    network: Network
    scam_type: str
    country: str
    day: int


@dataclass(frozen=True)
class Told:
    """The victim-side sentence of a report: the victim's own value (``key``; None when the
    account named is the crew's mule), a listing of it, and a fresh value to list in the
    world's truth."""

    sentence: str
    key: str | None
    listed: list[dict[str, object]]
    fresh: list[Ident]


def forced(recruits: Recruits, index: int) -> Forced | None:
    """Report ``index`` as a recruit's own report (a victim of their first crew, on the day
    they were scammed) or their report of being used (the first crew using the account)."""
    crew_of = recruits.crews
    own = recruits.by_own.get(index)
    if own is not None:
        return Forced(crew_of[own.first], own.scam_type, own.country, own.day)
    used = recruits.by_self.get(index)
    if used is None:
        return None
    crew_id, lo, hi = used.users[0]
    crew = crew_of[crew_id]
    scam_type = MULE_TYPE if MULE_TYPE in crew.types else crew.types[0]
    return Forced(crew, scam_type, used.country, (lo + hi) // 2)


def tell(
    rng: random.Random,
    writer: Writer,
    cfg: WorldConfig,
    recruits: Recruits | None,
    index: int,
) -> Told | None:
    """The victim's sentence naming a value of their own, if the report has one: the
    recruited account (their own report, or their report of being used), else with chance
    ``cfg.victim_own_share`` a fresh account or phone."""
    used = recruits.by_self.get(index) if recruits else None
    if used is not None:
        return Told(mule_sentence(rng, writer.lang, writer.spell(used.account)), None, [], [])
    recruit = recruits.by_own.get(index) if recruits else None
    fresh: list[Ident] = []
    if recruit is not None:
        ident = recruit.account
    elif cfg.victim_own_share and rng.random() < cfg.victim_own_share:
        ident = own_value(rng, writer.country)
        fresh.append(ident)
    else:
        return None
    forms = [
        f for f in ident.forms(writer.lang, writer.country) if not any(w in f for w in _PAYEE_WORDS)
    ]
    raw = forms[int(rng.random() * len(forms))]
    writer.used.append((ident, raw))
    listed: list[dict[str, object]] = []
    if rng.random() < LISTED_SHARE:
        listed.append({"value": raw, "kind": ident.kind, "role": "mentioned"})
    return Told(own_sentence(rng, writer.lang, ident, raw), ident.key, listed, fresh)
