"""Recovery re-scams: a recovery crew's victim quotes the crew that scammed them first.

Recovery crews ("we trace lost crypto", "a lawyer for scam victims") contact the earlier
victims of *other* crews. Such a victim's report tells the first scam as history: the
number that called them then, the account or wallet they paid, the site; some list the old
payment among their payments. The report is the recovery crew's (its contact, its fee
wallet); the values quoted as history are the first crew's. A linker that joins through
them makes every recovery crew one network with each crew whose victims it worked.

``WorldConfig.rescam_share``: the chance that a recovery-scam report (``investment.recovery``)
is such a re-scam; ``rescam_old_payment``: the chance that it also lists the old payment.
The first crew is drawn like any victim's crew, among crews that run another scam type.

A bank's fraud desk or an NGO filing a report for a customer (``tipoff.simulate.spoofing``)
notes the same thing in its own words: the customer's earlier, unrelated case and the account
or wallet paid then (``PRIOR_CASE``, ``WorldConfig.prior_case_share``), whatever the scam type.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tipoff.simulate import money
from tipoff.simulate.clock import DAY, Clock
from tipoff.simulate.compose import Writer
from tipoff.simulate.config import WorldConfig
from tipoff.simulate.identity import Ident
from tipoff.simulate.network import Infrastructure, Network

RECOVERY = "investment.recovery"
# The history sentence: the victim quotes one or two of the first crew's values as {old}.
HISTORY: dict[str, tuple[str, ...]] = {
    "en": (
        "Before this I had already been cheated by another group; they used {old}.",
        "Last year I lost money to a scam ({old}) and reported it.",
        "The recovery agent said they could get back what I had sent to {old}.",
    ),
    "ja": (
        "以前にも別の詐欺で被害に遭っています（相手は{old}）。",
        "去年、{old}の詐欺でお金をだまし取られ、届け出ました。",
    ),
    "zh": (
        "之前我已经被另一个骗局骗过，对方用的是{old}。",
        "去年我被{old}骗了钱，已经报过案。",
    ),
    "ko": (
        "이전에 다른 사기로 피해를 본 적이 있습니다. 그때 상대는 {old}였습니다.",
        "작년에 {old} 사기로 돈을 잃고 신고했습니다.",
    ),
    "th": (
        "ก่อนหน้านี้เคยโดนหลอกมาแล้วครั้งหนึ่ง ตอนนั้นมิจฉาชีพใช้ {old}",
        "ปีที่แล้วเสียเงินให้ {old} และแจ้งความไว้แล้ว",
    ),
    "vi": (
        "Trước đó tôi đã bị lừa một lần, lúc đó bọn chúng dùng {old}.",
        "Năm ngoái tôi bị {old} lừa mất tiền và đã trình báo.",
    ),
    "id": (
        "Sebelumnya saya sudah pernah ditipu, waktu itu penipunya memakai {old}.",
        "Tahun lalu saya kehilangan uang karena penipuan {old} dan sudah melapor.",
    ),
    "tl": (
        "Dati na akong naloko, ang ginamit nila noon ay {old}.",
        "Noong nakaraang taon nawalan ako ng pera sa {old} at nag-report ako.",
    ),
}
_SLOTS = ("phone", "account", "wallet", "url", "contact")
# A bank fraud desk's or NGO's note, under a report it files for a customer, of the
# customer's earlier, unrelated case ({old}: the account or wallet paid then; one phrasing
# per language names no case, as desks also write): ``WorldConfig.prior_case_share``.
PRIOR_CASE: dict[str, tuple[str, ...]] = {
    "en": (
        "Note: the customer also paid {old} in an earlier, unrelated case.",
        "Our records show a separate case last year in which the customer paid {old}.",
        "The customer had previously sent money to {old}.",
    ),
    "ja": (
        "なお、お客さまは以前にも別件で{old}へ送金しています。",
        "お客さまは昨年も{old}へ振り込んでいました。",
    ),
    "zh": ("备注：客户此前在另一起案件中曾向{old}转账。", "客户去年也曾向{old}汇款。"),
    "ko": (
        "참고: 고객은 이전 별건으로 {old}에도 송금했습니다.",
        "고객은 작년에도 {old}로 송금한 적이 있습니다.",
    ),
    "th": (
        "หมายเหตุ ลูกค้าเคยโอนเงินให้ {old} ในคดีอื่นก่อนหน้านี้",
        "ลูกค้าเคยโอนเงินไปที่ {old} เมื่อปีที่แล้ว",
    ),
    "vi": (
        "Ghi chú: khách hàng cũng từng chuyển tiền vào {old} trong một vụ khác trước đây.",
        "Năm ngoái khách hàng cũng đã chuyển tiền vào {old}.",
    ),
    "id": (
        "Catatan: nasabah juga pernah mentransfer ke {old} dalam kasus lain sebelumnya.",
        "Tahun lalu nasabah juga mentransfer ke {old}.",
    ),
    "tl": (
        "Paalala: nagpadala rin ang customer sa {old} sa isang naunang kaso.",
        "Nagpadala rin ang customer sa {old} noong nakaraang taon.",
    ),
}
_PAID = ("account", "wallet")
_JOIN = {"ja": "、", "zh": "、"}


@dataclass
class History:
    """What a re-scammed victim says of the first scam: a sentence, the values in it, and
    maybe the old payment."""

    sentence: str
    used: list[tuple[Ident, str]]
    payment: dict[str, object] | None


def first_crew(rng: random.Random, world: Infrastructure, recovery: Network) -> Network | None:
    """A crew other than ``recovery`` that runs some other scam type (None if there is none)."""
    others = [n for n in world.networks if n.id != recovery.id and RECOVERY not in n.types]
    return others[int(rng.random() * len(others))] if others else None


def history(
    rng: random.Random,
    world: Infrastructure,
    cfg: WorldConfig,
    first: Network,
    writer: Writer,
    clock: Clock,
    *,
    desk_note: bool = False,
) -> History | None:
    """The first scam as the victim of ``writer``'s report tells it (values of ``first``,
    drawn on a day weeks before), or None when ``first`` has none of the slots drawn.
    ``desk_note``: as the desk filing the report notes it (``PRIOR_CASE``: the account or
    wallet paid then)."""
    day = max(0, writer.day - 30 - int(rng.random() * 150))
    old = Writer(rng, world, first, writer.country, writer.lang, day, cfg.noise, "romance")
    kinds = _PAID if desk_note else _SLOTS
    slots = [kinds[int(rng.random() * len(kinds))] for _ in range(1 + int(rng.random() < 0.4))]
    idents = {i.key: i for i in (old.ident(s) for s in slots) if i is not None}
    if not idents:
        return None
    raws = [old.spell(i) for i in idents.values()]
    templates = (PRIOR_CASE if desk_note else HISTORY)[writer.lang]
    sentence = templates[int(rng.random() * len(templates))].format(
        old=_JOIN.get(writer.lang, ", ").join(raws)
    )
    payment = None
    payees = [(i, r) for (i, r) in old.used if i.kind in ("bank_account", "iban", "wallet")]
    if payees and rng.random() < cfg.rescam_old_payment:
        ident, raw = payees[0]
        payment = {
            "amount": money.draw_loss(rng, "investment.pig_butchering", writer.country, 0.8),
            "currency": money.CURRENCY[writer.country][0],
            "paid_at": clock.stamp(day * DAY + int(rng.random() * DAY)),
            "rail": "crypto_usdt_trc20" if ident.kind == "wallet" else "domestic_transfer",
            "payee": raw,
        }
    return History(sentence, list(old.used), payment)
