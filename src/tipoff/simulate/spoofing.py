"""Official numbers crews show as caller ID, and the desks that report on victims' behalf.

Authority- and bank-impersonation crews spoof their caller ID: the victim's phone shows a
real police switchboard or a bank's main or toll-free line (Japan's NPA reported a
prefectural police headquarters' switchboard on such calls). Every crew that impersonates
the same police force shows the same few numbers, and the victims, suspicious, call those
numbers back to check. A second kind of recurring innocent number: bank fraud teams,
victim-support NGOs and relatives file reports for the victim and sign with their own desk
line, whatever crew the victim met.

Neither is any crew's infrastructure, yet both recur in hundreds of reports of unrelated
crews, as the caller of a voice call (a message's ``from_id``, an identifier the reporter
lists with the role ``caller``) or in the victim's words. The crews keep their own values
too (the LINE or Telegram account of the "investigator", the "safe account", the callback
number they ask to be called on), which is what should link each crew.

Nothing here is a real institution's number unless ``listed`` asks for it: every world draws
its own, per victim country, as valid numbers of the country's plans (police headquarters:
fixed lines; banks: a fixed main line and a toll-free line; desks: fixed, toll-free,
shared-cost or, for a relative, a mobile), named in each language. With ``listed`` a share of
the police and bank lines are instead numbers a public hotline list holds (``LISTED``). Truth
marks each ``common`` with a ``role`` (``spoofed_police``, ``spoofed_bank``,
``reporter_desk``).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

import phonenumbers

from tipoff.simulate import phones
from tipoff.simulate.accounts import BANKS
from tipoff.simulate.identity import Ident
from tipoff.simulate.innocent import institution_number, name_of

if TYPE_CHECKING:  # compose imports the network module, which builds these officials
    from tipoff.simulate.compose import Writer

_T = TypeVar("_T")

# Real institutions' numbers that public hotline lists hold (as written locally, English
# name): the ``listed`` variant shows some of them as caller ID. None is one of
# ``tipoff.simulate.common.HOTLINES`` (a world draws those as Idents of their own).
LISTED: dict[str, tuple[tuple[str, str], ...]] = {
    "JP": (("0570-016-811", "Police consultation line"),),
    "US": (("1-800-225-5324", "Federal helpline"), ("1-877-382-4357", "Fraud hotline")),
    "SG": (("1800 255 0000", "Police hotline"), ("1800 722 6688", "Anti-scam helpline")),
    "AU": (("13 14 44", "Police assistance line"),),
    "PH": (("(02) 8708 7087", "Police headquarters"),),
}
_CITIES: dict[str, tuple[str, ...]] = {
    "US": ("Lakewood", "Brookfield", "Ashton", "Cedar Falls", "Kingsport"),
    "JP": ("南葉", "東浜", "北沢", "青葉", "山城"),
    "KR": ("서해", "동한", "남강", "청주", "한산"),
    "CN": ("江城", "北川", "东岭", "海安", "南屏"),
    "TH": ("นครเหนือ", "บางปลา", "ท่าทอง", "เมืองใหม่"),
    "VN": ("Bắc Hà", "Đông Sơn", "Nam Giang", "Tây Ninh"),
    "SG": ("Central", "Eastern", "Northern", "Western"),
    "AU": ("Northbridge", "Eastwood", "Kingsbury", "Seaford"),
    "ID": ("Kota Barat", "Sungai Utara", "Tanjung Raya", "Bukit Timur"),
    "PH": ("San Isidro", "Santa Cruz", "Bagong Silang", "Malaya"),
}
# The name of a police headquarters, per language ({city}).
_POLICE_HQ: dict[str, tuple[str, ...]] = {
    "en": ("{city} Police HQ", "the {city} Metropolitan Police", "{city} police switchboard"),
    "ja": ("{city}県警察本部", "{city}警察署", "{city}県警"),
    "zh": ("{city}市公安局", "{city}公安局总机", "{city}派出所"),
    "ko": ("{city}지방경찰청", "{city}경찰서", "{city}경찰청 대표번호"),
    "th": ("กองบัญชาการตำรวจ{city}", "สถานีตำรวจ{city}", "ตำรวจภูธร{city}"),
    "vi": ("Công an thành phố {city}", "Công an tỉnh {city}", "Phòng cảnh sát {city}"),
    "id": ("Polda {city}", "Polres {city}", "Kepolisian {city}"),
    "tl": ("{city} Police District", "PNP {city}", "himpilan ng pulis sa {city}"),
}
# A report filer's signature, per language ({name}, {number}): a bank's fraud team or an NGO.
_DESK_NAMES: dict[str, tuple[str, ...]] = {
    "en": (
        "{bank} Fraud Operations",
        "{acronym} Scam Victim Support",
        "{bank} customer protection",
    ),
    "ja": ("{bank} 不正対策室", "被害者支援{acronym}", "{bank}お客さま保護センター"),
    "zh": ("{bank}反欺诈中心", "{acronym}受害人援助协会", "{bank}风险管理部"),
    "ko": ("{bank} 금융사기대응팀", "{acronym} 피해자지원센터", "{bank} 소비자보호부"),
    "th": ("ฝ่ายป้องกันการทุจริต {bank}", "มูลนิธิ{acronym}", "ศูนย์ดูแลลูกค้า {bank}"),
    "vi": ("Phòng chống gian lận {bank}", "Tổ chức {acronym}", "Bộ phận bảo vệ khách hàng {bank}"),
    "id": ("Tim Anti-Fraud {bank}", "Yayasan {acronym}", "Unit Perlindungan Nasabah {bank}"),
    "tl": ("{bank} Fraud Team", "{acronym} Foundation", "{bank} customer protection"),
}


@dataclass(frozen=True)
class Officials:
    """A country's numbers crews spoof (police, banks) and the desks that file reports."""

    police: tuple[Ident, ...]
    banks: tuple[Ident, ...]
    desks: tuple[Ident, ...]

    def all(self) -> list[Ident]:
        return [*self.police, *self.banks, *self.desks]


def _official(
    ident: Ident, role: str, names: dict[str, str], number_type: str | None = None
) -> Ident:
    ident.common = True
    ident.attrs.update({"role": role, **{f"name_{lang}": n for lang, n in names.items()}})
    if number_type:
        ident.attrs["number_type"] = number_type
    return ident


def _listed(country: str, written: str, drawn: dict[str, Ident]) -> Ident:
    """The Ident of a listed number (one per number in a world: police and banks may both
    draw it)."""
    if written not in drawn:
        number = phonenumbers.parse(written, country)
        drawn[written] = phones.phone_ident(number, country)
    return drawn[written]


def _police(
    rng: random.Random, country: str, listed: float, drawn: dict[str, Ident]
) -> tuple[Ident, ...]:
    out = []
    for city in rng.sample(_CITIES[country], 2):
        names = {lang: rng.choice(frames).format(city=city) for lang, frames in _POLICE_HQ.items()}
        if country in LISTED and rng.random() < listed:
            written, english = rng.choice(LISTED[country])
            ident = _listed(country, written, drawn)
            out.append(_official(ident, "spoofed_police", {"en": english}))
            continue
        number = phones.random_phone(rng, country, "fixed")
        ident = phones.phone_ident(number, country)
        out.append(_official(ident, "spoofed_police", names, "fixed"))
    return tuple(out)


def _banks(
    rng: random.Random, country: str, listed: float, drawn: dict[str, Ident]
) -> tuple[Ident, ...]:
    out = []
    for local, english, _ in rng.sample(BANKS[country], min(2, len(BANKS[country]))):
        for kinds in (("fixed",), ("toll_free", "fixed")):
            if country in LISTED and rng.random() < listed / 2:
                written, _name = rng.choice(LISTED[country])
                ident = _listed(country, written, drawn)
            else:
                ident = phones.phone_ident(institution_number(rng, country, kinds), country)
            out.append(_official(ident, "spoofed_bank", {"*": local, "en": english}, kinds[0]))
    return tuple(dict.fromkeys(out))  # a listed number drawn twice is one line


def _desks(rng: random.Random, country: str) -> tuple[Ident, ...]:
    out = []
    for _ in range(3):
        local, english, _ = rng.choice(BANKS[country])
        acronym = "".join(rng.choice("ABCDEFGHKLMNPRSTUVW") for _ in range(rng.randint(3, 5)))
        names = {
            lang: rng.choice(frames).format(
                bank=english if lang == "en" else local, acronym=acronym
            )
            for lang, frames in _DESK_NAMES.items()
        }
        kinds = ("fixed", "toll_free", "shared_cost")
        ident = phones.phone_ident(institution_number(rng, country, kinds), country)
        out.append(_official(ident, "reporter_desk", names))
    return tuple(out)


def build(seed: int, countries: tuple[str, ...], listed: float = 0.0) -> dict[str, Officials]:
    """The official numbers of a world, per victim country (deterministic for ``seed``)."""
    rng = random.Random(f"tipoff-spoofing:{seed}")
    out = {}
    for country in countries:
        drawn: dict[str, Ident] = {}
        police = _police(rng, country, listed, drawn)
        out[country] = Officials(police, _banks(rng, country, listed, drawn), _desks(rng, country))
    return out


def spoofed_line(rng: random.Random, officials: Officials, scam_type: str) -> Ident:
    """The number a crew of ``scam_type`` shows: the police for authority impersonation, a
    bank for bank impersonation (one time in five the other)."""
    police = scam_type == "impersonation.authority"
    if rng.random() < 0.2:
        police = not police
    return _pick(rng, officials.police if police else officials.banks)


# The spoofed call as the scammer's first message (text; the number is the from_id).
CALL_TEXTS: dict[str, tuple[str, ...]] = {
    "en": (
        "This is {name}. Your account has been linked to a fraud case.",
        "Hello, {name} calling. We need to verify your identity today.",
        "Your bank card was used in a crime. Stay on the line.",
    ),
    "ja": (
        "{name}です。あなたの口座が犯罪に使われています。",
        "こちら{name}、本人確認が必要です。",
    ),
    "zh": ("这里是{name}，你的账户涉嫌洗钱。", "{name}通知：你的银行卡涉案。"),
    "ko": ("{name}입니다. 고객님 계좌가 범죄에 연루되었습니다.", "{name}에서 연락드렸습니다."),
    "th": ("ติดต่อจาก{name} บัญชีของคุณเกี่ยวข้องกับคดี", "{name}แจ้งว่าบัญชีถูกใช้ฟอกเงิน"),
    "vi": (
        "Đây là {name}. Tài khoản của bạn liên quan đến vụ án.",
        "{name} cần xác minh danh tính.",
    ),
    "id": (
        "Ini {name}. Rekening Anda terkait kasus penipuan.",
        "{name} perlu verifikasi data Anda.",
    ),
    "tl": ("Ito ang {name}. Ang account mo ay sangkot sa kaso.", "Tawag mula sa {name}."),
}
# Victim sentences about the spoofed call ({number}, {name}); some say nothing of whose it is.
CALLER_SENTENCES: dict[str, tuple[str, ...]] = {
    "en": (
        "I got a call from {number}.",
        "The call came from {number}, and the screen said {name}.",
        "A man called me from {number} saying he was from {name}.",
        "Caller: {number}",
    ),
    "ja": (
        "{number}から電話がありました。",
        "着信は{number}、表示は{name}でした。",
        "発信者番号: {number}",
    ),
    "zh": ("{number}给我打电话。", "来电号码是{number}，显示{name}。", "来电：{number}"),
    "ko": (
        "{number}에서 전화가 왔습니다.",
        "{number}, {name}라고 뜨는 전화를 받았어요.",
        "발신번호 {number}",
    ),
    "th": ("มีเบอร์ {number} โทรมา", "เบอร์ {number} โทรมาอ้างว่าเป็น{name}"),
    "vi": ("Số {number} gọi cho tôi.", "Số {number} gọi đến, xưng là {name}."),
    "id": ("Saya ditelepon dari nomor {number}.", "Nomor {number} menelepon, mengaku dari {name}."),
    "tl": ("Tumawag sa akin ang {number}.", "Tumawag ang {number}, nagpakilalang {name}."),
}
# The victim calls the shown number back to check ({number}, {name}).
CHECK_SENTENCES: dict[str, tuple[str, ...]] = {
    "en": (
        "I called {number} back and {name} said they never called me.",
        "When I rang {number} myself, they knew nothing about it.",
    ),
    "ja": ("{number}にかけ直すと、{name}はそんな電話はしていないと言いました。",),
    "zh": ("我回拨{number}，{name}说没有给我打过电话。",),
    "ko": ("{number}로 다시 걸어 보니 {name}에서는 전화한 적이 없다고 했습니다.",),
    "th": ("โทรกลับไปที่ {number} {name}บอกว่าไม่ได้โทรมา",),
    "vi": ("Tôi gọi lại {number}, {name} nói họ không hề gọi.",),
    "id": ("Saya telepon balik {number}, {name} bilang tidak pernah menelepon.",),
    "tl": ("Tinawagan ko pabalik ang {number} at sabi ng {name} hindi sila tumawag.",),
}
# The crew's own callback number, which the scammer asks to be called on ({phone}).
CALLBACK_SENTENCES: dict[str, tuple[str, ...]] = {
    "en": ("He told me to call the investigator back on {phone}.",),
    "ja": ("捜査担当の{phone}に折り返すよう言われました。",),
    "zh": ("他让我回拨办案人员的电话{phone}。",),
    "ko": ("수사관 번호 {phone}로 다시 전화하라고 했습니다.",),
    "th": ("เขาให้โทรกลับหาเจ้าหน้าที่ที่เบอร์ {phone}",),
    "vi": ("Anh ta bảo tôi gọi lại cho điều tra viên số {phone}.",),
    "id": ("Dia menyuruh saya menelepon penyidik di {phone}.",),
    "tl": ("Sinabi niyang tawagan ko ang imbestigador sa {phone}.",),
}
# A third party's signature under the report ({name}, {number}).
SIGNATURES: dict[str, tuple[str, ...]] = {
    "en": (
        "Reported on behalf of our customer by {name}, tel {number}.",
        "Filed by {name} ({number}).",
        "Contact for this report: {number}",
    ),
    "ja": (
        "本届出は{name}（{number}）がお客さまに代わって提出しました。",
        "連絡先：{name} {number}",
    ),
    "zh": ("本报告由{name}代客户提交，电话{number}。", "联系人：{name} {number}"),
    "ko": ("본 신고는 {name}({number})에서 고객을 대신해 접수했습니다.", "담당: {name} {number}"),
    "th": ("แจ้งแทนลูกค้าโดย{name} โทร {number}", "ผู้แจ้ง: {name} {number}"),
    "vi": ("Báo cáo thay khách hàng bởi {name}, ĐT {number}.", "Liên hệ: {name} {number}"),
    "id": ("Dilaporkan atas nama nasabah oleh {name}, telp {number}.", "Kontak: {name} {number}"),
    "tl": ("Isinumite para sa customer ng {name}, tel {number}.", "Kontak: {name} {number}"),
}


def _pick(rng: random.Random, options: Sequence[_T]) -> _T:
    """One of ``options``, with a single draw (the stream ``rng.choice`` would not keep)."""
    return options[int(rng.random() * len(options))]


def call_message(
    rng: random.Random, line: Ident, lang: str, spell: Callable[[Ident], str], stamp: str
) -> dict[str, object]:
    """The spoofed call as the scammer's first message: the official number as its from_id."""
    return {
        "text": _pick(rng, CALL_TEXTS[lang]).format(name=name_of(line, lang)),
        "sender": "scammer",
        "sent_at": stamp,
        "from_id": spell(line),
        "channel": "voice" if rng.random() < 0.7 else "voice_spoofed_cli",
    }


def caller_sentence(
    rng: random.Random, line: Ident, lang: str, spell: Callable[[Ident], str], *, check: bool
) -> str:
    """The victim's sentence about the call, or about calling the number back (``check``)."""
    frames = CHECK_SENTENCES if check else CALLER_SENTENCES
    return _pick(rng, frames[lang]).format(number=spell(line), name=name_of(line, lang))


def signature(
    rng: random.Random, officials: Officials, lang: str, spell: Callable[[Ident], str]
) -> str:
    """A third party's signature: one of the country's desks, with its own number."""
    desk = _pick(rng, officials.desks)
    return _pick(rng, SIGNATURES[lang]).format(name=name_of(desk, lang), number=spell(desk))


@dataclass
class Told:
    """What a report of a spoofing crew, or filed by a desk, adds: a first message, narrative
    sentences, identifiers the reporter lists."""

    messages: list[dict[str, object]]
    sentences: list[str]
    identifiers: list[dict[str, object]]
    filed: bool = False  # filed by a third party (signed with its desk number)


IMPERSONATION = frozenset({"impersonation.authority", "impersonation.bank"})


def tell(
    rng: random.Random,
    writer: Writer,
    officials: Officials,
    scam_type: str,
    shares: tuple[float, float],
    stamp: str,
) -> Told:
    """The spoofed call of an impersonation report (with chance ``shares[0]``) and a third
    party's signature (``shares[1]``), in the writer's language and spellings."""
    spoof, reporter = shares
    lang, spell = writer.lang, writer.spell
    told = Told([], [], [])
    if scam_type in IMPERSONATION and rng.random() < spoof:
        line = spoofed_line(rng, officials, scam_type)
        if rng.random() < 0.6:
            told.messages.append(call_message(rng, line, lang, spell, stamp))
        if rng.random() < 0.6:
            told.sentences.append(caller_sentence(rng, line, lang, spell, check=False))
        if rng.random() < 0.3:
            told.sentences.append(caller_sentence(rng, line, lang, spell, check=True))
        if rng.random() < 0.25:
            told.identifiers.append({"value": spell(line), "kind": "phone", "role": "caller"})
        own = writer.ident("phone")
        if own is not None and rng.random() < 0.5:
            phone = spell(own)
            told.sentences.append(_pick(rng, CALLBACK_SENTENCES[lang]).format(phone=phone))
    if rng.random() < reporter:
        told.sentences.append(signature(rng, officials, lang, spell))
        told.filed = True
    return told
