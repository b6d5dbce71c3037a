"""Double hits: a victim worked by two crews at once names the second crew's values too.

Victims are contacted by several crews (docs/domain.md: repeat victimisation; lists of past
and likely victims are sold). A victim who is being scammed by one crew is, the same weeks,
called or messaged by another one, or offered a "recovery" for a fee. The report is filed
for one scam, the one that took the money; the victim also writes the other crew's phone,
handle, link or account into it ("the same week another person also contacted me from
+84..."). The report is the first crew's; the values of the second contact are the second
crew's. A linker that joins through them welds the two crews together.

``WorldConfig.double_hit_share``: the chance that a report also names a second crew's values;
``double_hit_values``: how many of them, at most (one to that many). The second crew is
drawn among the crews working the victim's country (any other crew where none does), its
values as of the report's own days (the two crews are active at the same time).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tipoff.simulate.compose import Writer
from tipoff.simulate.identity import Ident
from tipoff.simulate.network import Infrastructure, Network

# The second contact, as the victim tells it: {other} is one or more of the second crew's
# values. Contact values (a phone, a handle, a link) and payees (an account, a wallet) are
# told apart: nobody "contacted me from" a bank account.
CONTACTED: dict[str, tuple[str, ...]] = {
    "en": (
        "The same week another person also contacted me from {other}.",
        "Someone else also messaged me at that time, from {other}; a different offer.",
        "Later a different man called me from {other} and said he could help me.",
    ),
    "ja": (
        "同じ週に別の人からも{other}で連絡がありました。",
        "その頃、別の業者からも{other}でメッセージが来ました。",
    ),
    "zh": (
        "同一周还有另外一个人用{other}联系我。",
        "那段时间也有别人通过{other}给我发消息。",
    ),
    "ko": (
        "같은 주에 다른 사람도 {other}(으)로 연락해 왔습니다.",
        "그 무렵 또 다른 사람이 {other}에서 메시지를 보냈습니다.",
    ),
    "th": (
        "ในสัปดาห์เดียวกันมีอีกคนหนึ่งติดต่อมาจาก {other} ด้วย",
        "ช่วงนั้นมีคนอื่นส่งข้อความมาจาก {other} อีก",
    ),
    "vi": (
        "Cùng tuần đó một người khác cũng liên hệ với tôi qua {other}.",
        "Thời gian đó còn có người khác nhắn tin cho tôi từ {other}.",
    ),
    "id": (
        "Di minggu yang sama orang lain juga menghubungi saya dari {other}.",
        "Waktu itu ada orang lain lagi yang mengirim pesan dari {other}.",
    ),
    "tl": (
        "Sa parehong linggo, may ibang tao rin na kumontak sa akin mula sa {other}.",
        "Noon ding iyon, may iba pang nag-message sa akin mula sa {other}.",
    ),
}
ASKED_TO_PAY: dict[str, tuple[str, ...]] = {
    "en": (
        "Later a recovery agent also asked me to pay a fee to {other}.",
        "Another person asked me to send money to {other}, but I did not.",
    ),
    "ja": (
        "その後、回収業者を名乗る別の人物から{other}に手数料を払うよう言われました。",
        "別の人からも{other}に送金するよう求められましたが、払っていません。",
    ),
    "zh": (
        "后来又有一个自称追款的人让我付费到{other}。",
        "另外一个人也让我转钱到{other}，我没有转。",
    ),
    "ko": (
        "나중에 또 다른 사람이 피해금을 찾아 주겠다며 {other}(으)로 수수료를 내라고 했습니다.",
        "다른 사람도 {other}(으)로 돈을 보내라고 했지만 보내지 않았습니다.",
    ),
    "th": (
        "ต่อมามีคนอื่นอ้างว่าช่วยกู้เงินคืนได้ และให้โอนค่าธรรมเนียมไปที่ {other}",
        "มีอีกคนหนึ่งให้โอนเงินไปที่ {other} แต่ฉันไม่ได้โอน",
    ),
    "vi": (
        "Sau đó một người khác tự xưng giúp lấy lại tiền bảo tôi chuyển phí vào {other}.",
        "Một người khác cũng bảo tôi chuyển tiền vào {other} nhưng tôi không chuyển.",
    ),
    "id": (
        "Kemudian orang lain yang mengaku bisa memulihkan dana meminta saya membayar ke {other}.",
        "Ada orang lain juga yang meminta saya transfer ke {other}, tapi tidak saya lakukan.",
    ),
    "tl": (
        "Pagkatapos, may ibang nagpakilalang recovery agent at pinabayad ako sa {other}.",
        "May iba pang humiling na magpadala ako ng pera sa {other}, pero hindi ko ginawa.",
    ),
}
_CONTACT_SLOTS = ("phone", "contact", "url")
_PAYEE_SLOTS = ("account", "wallet")
_JOIN = {"ja": "、", "zh": "、"}


@dataclass
class SecondCrew:
    """What the victim says of the second crew: a sentence, the values in it, and whether it
    comes before the report's own story (otherwise after it)."""

    sentence: str
    used: list[tuple[Ident, str]]
    first: bool


def second_crew(
    rng: random.Random, world: Infrastructure, own: Network, country: str
) -> Network | None:
    """A crew other than ``own``, among those working ``country`` where any does (None if the
    world has no other crew)."""
    others = [n for n in world.networks if n.id != own.id]
    local = [n for n in others if not n.markets or country in n.markets]
    pool = local or others
    return pool[int(rng.random() * len(pool))] if pool else None


def second_contact(
    rng: random.Random, world: Infrastructure, writer: Writer, other: Network, most: int
) -> SecondCrew | None:
    """The second crew's contact as ``writer``'s victim tells it: one to ``most`` of its
    values of the report's days, or None when ``other`` has none of the slots drawn."""
    pays = rng.random() < 0.35
    slots = _PAYEE_SLOTS if pays else _CONTACT_SLOTS
    voice = other.scammers[int(rng.random() * len(other.scammers))] if other.scammers else other
    day = max(0, writer.day + int(rng.random() * 15) - 7)
    told = Writer(rng, world, voice, writer.country, writer.lang, day, writer.noise, "romance")
    count = 1 + int(rng.random() * max(1, most))
    drawn = [slots[int(rng.random() * len(slots))] for _ in range(count)]
    idents = {i.key: i for i in (told.ident(s) for s in drawn) if i is not None}
    if not idents:
        return None
    raws = [told.spell(i) for i in idents.values()]
    templates = (ASKED_TO_PAY if pays else CONTACTED)[writer.lang]
    sentence = templates[int(rng.random() * len(templates))].format(
        other=_JOIN.get(writer.lang, ", ").join(raws)
    )
    return SecondCrew(sentence, list(told.used), rng.random() < 0.3)
