"""Innocent values victims cite that no warninglist holds: where they reported, whom they called.

Victims write "I reported it to the cyber police site", "I called my bank's hotline",
"the victim-support line helped me". Those values recur across hundreds of unrelated
reports, so a linker that trusts every shared value joins unrelated crews through them.

Nothing here is a list of real institutions (a linker tuned on a list would only learn
the list). Every world draws its own, per victim country, from patterns:

- reporting sites: a name from word roots ("scam" + "shield", "cyber" + "report" …) under
  the country's government suffix (``.go.jp``, ``.gov.sg`` …) or, as often, under an
  ordinary suffix (``.cn``, ``.id``, ``.or.jp``, ``.org``) as real ones are
  ("cyberpolice.cn", "patrolisiber.id"), written bare, with ``www.``, a scheme or a path;
- police lines: one to three stations or units of generated places, fixed-line numbers;
- bank lines: hotlines of the country's banks, fixed-line or toll-free numbers;
- victim-support lines: services with made-up names (some with no telling word at all,
  like "IDCARE"), fixed-line, toll-free or shared-cost numbers.

They are cited in victim sentences generated per language (en, ja, zh, ko, th, vi, id, tl)
from an opener, a frame for the kind of institution and sometimes a purpose, including
frames with no word saying who the number belongs to. Each value is truth-labelled
``common`` with a ``role`` (``reporting_site``, ``police_line``, ``bank_line``,
``support_line``): they are never network infrastructure.

``REPORTING_SITES`` (real public sites) is kept for ``tipoff.evaluation.known_groups``;
worlds do not use it.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

import phonenumbers
from phonenumbers import PhoneNumberType

from tipoff.simulate import phones
from tipoff.simulate.accounts import BANKS
from tipoff.simulate.identity import Ident

# Real public reporting sites (registrable domain, as written): known_groups cites them.
REPORTING_SITES: dict[str, tuple[tuple[str, str], ...]] = {
    "US": (("ic3.gov", "https://www.ic3.gov"), ("ftc.gov", "reportfraud.ftc.gov")),
    "SG": (("scamshield.gov.sg", "www.scamshield.gov.sg"),),
    "AU": (("scamwatch.gov.au", "www.scamwatch.gov.au"),),
}

# Government suffix and ordinary suffixes official sites use, per country.
_GOV_SUFFIX = {
    "US": "gov",
    "JP": "go.jp",
    "KR": "go.kr",
    "CN": "gov.cn",
    "TH": "go.th",
    "VN": "gov.vn",
    "SG": "gov.sg",
    "AU": "gov.au",
    "ID": "go.id",
    "PH": "gov.ph",
}
_OTHER_SUFFIXES = {
    "US": ("org", "us"),
    "JP": ("or.jp", "jp"),
    "KR": ("or.kr", "kr"),
    "CN": ("cn", "org.cn"),
    "TH": ("or.th", "in.th"),
    "VN": ("vn", "org.vn"),
    "SG": ("org.sg", "sg"),
    "AU": ("org.au", "com.au"),
    "ID": ("id", "or.id"),
    "PH": ("org.ph", "ph"),
}
_ROOTS_A = ("scam", "fraud", "cyber", "report", "safe", "anti", "stop", "check", "e", "net")
_ROOTS_B = ("shield", "report", "watch", "alert", "guard", "desk", "portal", "help", "line", "aid")
_LOCAL_ROOTS = {
    "JP": ("sagi", "hanzai", "soudan", "anshin"),
    "KR": ("ecrm", "sinGo", "boho", "anjeon"),
    "CN": ("fanzha", "jubao", "anquan", "12377"),
    "TH": ("chaiyo", "plodphai", "kwamplod"),
    "VN": ("canhbao", "antoan", "tinnhiem"),
    "ID": ("lapor", "aduan", "siber", "cek"),
    "PH": ("sumbong", "bantay", "ligtas"),
}
_PLACES = {
    "US": ("Fairview", "Riverside", "Oakland", "Madison", "Springfield", "Greenville"),
    "JP": ("北浜", "緑ヶ丘", "中央", "西町", "港南", "桜台"),
    "KR": ("중부", "강서", "해운대", "수성", "남동", "동래"),
    "CN": ("天河", "海淀", "浦东", "福田", "江北", "武侯"),
    "TH": ("บางรัก", "ลาดพร้าว", "หาดใหญ่", "เมืองเชียงใหม่", "ปากเกร็ด"),
    "VN": ("Hoàn Kiếm", "Quận 3", "Hải Châu", "Ninh Kiều", "Cầu Giấy"),
    "SG": ("Tanglin", "Bedok", "Ang Mo Kio", "Clementi", "Jurong"),
    "AU": ("Parramatta", "Fremantle", "Geelong", "Ipswich", "Ballarat"),
    "ID": ("Jakarta Selatan", "Bekasi", "Sleman", "Medan Kota", "Denpasar"),
    "PH": ("Quezon City", "Makati", "Cebu City", "Davao", "Pasig"),
}
# Names of a police unit, per language ({place}).
_POLICE_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("{place} Police Station", "the {place} police", "{place} Police Cybercrime Unit"),
    "ja": ("{place}警察署", "{place}署の生活安全課", "県警の{place}相談窓口"),
    "zh": ("{place}派出所", "{place}公安分局", "{place}反诈中心"),
    "ko": ("{place}경찰서", "{place}경찰서 사이버팀", "{place} 지구대"),
    "th": ("สถานีตำรวจ{place}", "ตำรวจ{place}", "สภ.{place}"),
    "vi": ("Công an {place}", "công an phường {place}", "Cảnh sát {place}"),
    "id": ("Polsek {place}", "Polres {place}", "kantor polisi {place}"),
    "tl": ("{place} Police Station", "PNP {place}", "presinto ng {place}"),
}
# Victim-support services: made-up acronyms (no telling word) or descriptive names.
_SUPPORT_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("{acronym}", "{acronym} Victim Support", "the {acronym} helpline"),
    "ja": ("{acronym}", "被害者支援センター{acronym}", "{acronym}相談室"),
    "zh": ("{acronym}", "{acronym}受害人援助中心", "{acronym}热线"),
    "ko": ("{acronym}", "{acronym} 피해자지원센터", "{acronym} 상담소"),
    "th": ("{acronym}", "ศูนย์ช่วยเหลือผู้เสียหาย {acronym}", "มูลนิธิ{acronym}"),
    "vi": ("{acronym}", "Trung tâm hỗ trợ {acronym}", "đường dây {acronym}"),
    "id": ("{acronym}", "Yayasan {acronym}", "layanan korban {acronym}"),
    "tl": ("{acronym}", "{acronym} Foundation", "ang {acronym}"),
}


@dataclass(frozen=True)
class Innocents:
    """A country's innocent values: reporting sites, police lines, bank lines, support lines."""

    sites: tuple[Ident, ...]
    police: tuple[Ident, ...]
    banks: tuple[Ident, ...]
    support: tuple[Ident, ...]

    def all(self) -> list[Ident]:
        return [*self.sites, *self.police, *self.banks, *self.support]


_PHONE_TYPES = {
    "fixed": PhoneNumberType.FIXED_LINE,
    "toll_free": PhoneNumberType.TOLL_FREE,
    "shared_cost": PhoneNumberType.SHARED_COST,
}


def institution_number(
    rng: random.Random, country: str, kinds: tuple[str, ...]
) -> phonenumbers.PhoneNumber:
    """A valid number of one of ``kinds`` (fixed line where the region has none of them)."""
    for kind in rng.sample(kinds, len(kinds)):
        if kind == "fixed":
            return phones.random_phone(rng, country, "fixed")
        example = phonenumbers.example_number_for_type(country, _PHONE_TYPES[kind])
        if example is None:
            continue
        national = str(example.national_number)
        for _ in range(200):
            keep = national[: max(2, len(national) // 3)]
            digits = keep + "".join(
                rng.choice("0123456789") for _ in range(len(national) - len(keep))
            )
            number = phonenumbers.PhoneNumber(
                country_code=example.country_code, national_number=int(digits)
            )
            if phonenumbers.number_type(number) == _PHONE_TYPES[kind]:
                return number
    return phones.random_phone(rng, country, "fixed")


def _line(
    rng: random.Random, country: str, role: str, names: dict[str, str], kinds: tuple[str, ...]
) -> Ident:
    """An institution's line: a valid number of ``country``; ``names`` per language."""
    ident = phones.phone_ident(institution_number(rng, country, kinds), country)
    ident.common = True
    ident.attrs.update({"role": role, **{f"name_{lang}": n for lang, n in names.items()}})
    return ident


def _site(rng: random.Random, country: str) -> Ident:
    roots_a = _ROOTS_A + _LOCAL_ROOTS.get(country, ())
    name = rng.choice(roots_a) + rng.choice(("", "-")) * (rng.random() < 0.3) + rng.choice(_ROOTS_B)
    if rng.random() < 0.3:
        name += str(rng.randrange(1, 999))
    suffix = _GOV_SUFFIX[country] if rng.random() < 0.5 else rng.choice(_OTHER_SUFFIXES[country])
    domain = f"{name.lower()}.{suffix}"
    sub = rng.choice(("", "www.", "report.", "portal."))
    path = rng.choice(("", "/", "/report", "/complaint", "/lapor" if country == "ID" else "/help"))
    forms = (domain, f"www.{domain}", f"https://{sub}{domain}{path}", f"{sub}{domain}")
    return Ident(
        "domain",
        domain,
        country,
        {"*": tuple(dict.fromkeys(forms))},
        attrs={"role": "reporting_site"},
        common=True,
    )


def _acronym(rng: random.Random) -> str:
    letters = "ABCDEFGHIKLMNOPRSTUVW"
    return "".join(rng.choice(letters) for _ in range(rng.randint(3, 6)))


def _names(rng: random.Random, table: dict[str, tuple[str, ...]], **values: str) -> dict[str, str]:
    return {lang: rng.choice(frames).format(**values) for lang, frames in table.items()}


def build(seed: int, countries: tuple[str, ...]) -> dict[str, Innocents]:
    """The innocent values of a world, per victim country (deterministic for ``seed``)."""
    rng = random.Random(f"tipoff-innocent:{seed}")
    out: dict[str, Innocents] = {}
    for country in countries:
        sites = {s.key: s for s in (_site(rng, country) for _ in range(rng.randint(2, 4)))}
        police = tuple(
            _line(
                rng,
                country,
                "police_line",
                _names(rng, _POLICE_NAMES, place=rng.choice(_PLACES[country])),
                ("fixed",),
            )
            for _ in range(rng.randint(1, 3))
        )
        banks = tuple(
            _line(
                rng,
                country,
                "bank_line",
                {"*": local, "en": english},
                ("fixed", "toll_free"),
            )
            for local, english, _ in rng.sample(BANKS[country], min(3, len(BANKS[country])))
        )
        support = tuple(
            _line(
                rng,
                country,
                "support_line",
                _names(rng, _SUPPORT_NAMES, acronym=_acronym(rng)),
                ("fixed", "toll_free", "shared_cost"),
            )
            for _ in range(rng.randint(1, 2))
        )
        out[country] = Innocents(tuple(sites.values()), police, banks, support)
    return out


def name_of(ident: Ident, lang: str) -> str:
    """What a writer of ``lang`` calls the institution behind a line."""
    attrs = ident.attrs
    return attrs.get(f"name_{lang}") or attrs.get("name_*") or attrs.get("name_en", "")


# Sentence frames per language and kind: ({name}, {number}) or ({site}). An opener may
# precede them; some frames carry no word saying whose the number is.
OPENERS: dict[str, tuple[str, ...]] = {
    "en": ("", "Afterwards ", "The next day ", "When I realised, ", "Later "),
    "ja": ("", "その後、", "翌日、", "気づいてすぐ", ""),
    "zh": ("", "后来", "第二天", "发现被骗后", ""),
    "ko": ("", "그 후 ", "다음 날 ", "사기인 걸 알고 ", ""),
    "th": ("", "หลังจากนั้น", "วันรุ่งขึ้น", "พอรู้ตัวก็", ""),
    "vi": ("", "Sau đó ", "Hôm sau ", "Khi biết bị lừa, ", ""),
    "id": ("", "Setelah itu ", "Besoknya ", "Begitu sadar, ", ""),
    "tl": ("", "Pagkatapos ", "Kinabukasan ", "Nang malaman ko, ", ""),
}
FRAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "site": (
            "I reported it to {site}.",
            "I filed a complaint on {site} the same day.",
            "I submitted the details at {site}.",
            "I made a report through {site}.",
        ),
        "police": (
            "I called {name} on {number} and they told me to file a report.",
            "I went to {name} ({number}).",
            "{name} can be reached at {number}; I called them.",
            "I phoned the police at {number}.",
        ),
        "bank": (
            "I called my bank ({name}) on {number} to stop the transfer.",
            "I rang the {name} hotline {number} to freeze my card.",
            "I told {name} what happened by calling {number}.",
        ),
        "support": (
            "{name} ({number}) helped me afterwards.",
            "I got counselling from {name} on {number}.",
            "A friend gave me the number of {name}, {number}.",
        ),
    },
    "ja": {
        "site": (
            "{site}に被害を届け出ました。",
            "{site}から相談を送りました。",
            "{site}で通報しました。",
        ),
        "police": (
            "{name}（{number}）に電話しました。",
            "{name}に相談しました。電話番号は{number}です。",
            "{number}の{name}へ行きました。",
        ),
        "bank": (
            "{name}の窓口{number}に電話して振込を止めてもらおうとしました。",
            "{name}（{number}）に連絡して口座を凍結してもらいました。",
        ),
        "support": ("{name}（{number}）に相談しました。", "{name}の{number}を紹介されました。"),
    },
    "zh": {
        "site": ("我在{site}上报了案。", "我通过{site}提交了举报。", "我去{site}登记了。"),
        "police": (
            "我打了{name}的电话{number}。",
            "我去{name}报警，电话{number}。",
            "我联系了{name}（{number}）。",
        ),
        "bank": ("我打{name}客服{number}想拦截转账。", "我给{name}打电话{number}冻结了卡。"),
        "support": ("{name}（{number}）帮了我。", "我找了{name}，电话{number}。"),
    },
    "ko": {
        "site": (
            "{site}에 신고했습니다.",
            "{site}에서 피해 접수를 했어요.",
            "{site}로 민원을 넣었습니다.",
        ),
        "police": (
            "{name}({number})에 전화했습니다.",
            "{name}에 갔습니다. 번호는 {number}.",
            "{number}로 {name}에 연락했어요.",
        ),
        "bank": (
            "{name} 고객센터 {number}에 지급정지를 요청했습니다.",
            "{name}({number})에 전화해서 계좌를 막았어요.",
        ),
        "support": ("{name}({number})에서 도움을 받았습니다.", "{name} {number} 상담을 받았어요."),
    },
    "th": {
        "site": ("แจ้งความออนไลน์ที่ {site}", "ร้องเรียนผ่าน {site}", "กรอกข้อมูลใน {site}"),
        "police": ("โทรหา{name} {number}", "ไปที่{name} เบอร์ {number}", "ติดต่อ{name} ที่ {number}"),
        "bank": ("โทรหาธนาคาร {name} ที่ {number} เพื่ออายัดบัญชี", "ติดต่อ {name} {number} ให้ระงับการโอน"),
        "support": ("{name} ({number}) ช่วยเหลือหลังจากนั้น", "ได้คำปรึกษาจาก{name} {number}"),
    },
    "vi": {
        "site": (
            "Tôi đã báo cáo trên {site}.",
            "Tôi gửi đơn qua {site}.",
            "Tôi khai báo tại {site}.",
        ),
        "police": (
            "Tôi gọi {name} số {number}.",
            "Tôi đến {name} ({number}) trình báo.",
            "Tôi liên hệ {name} qua số {number}.",
        ),
        "bank": (
            "Tôi gọi ngân hàng {name} số {number} để chặn giao dịch.",
            "Tôi báo {name} qua {number} để khóa thẻ.",
        ),
        "support": ("{name} ({number}) đã hỗ trợ tôi.", "Tôi được {name} tư vấn qua số {number}."),
    },
    "id": {
        "site": (
            "Saya sudah lapor ke {site}.",
            "Saya mengisi aduan di {site}.",
            "Saya kirim laporan lewat {site}.",
        ),
        "police": (
            "Saya menelepon {name} di {number}.",
            "Saya datang ke {name} ({number}).",
            "Saya hubungi {name} lewat {number}.",
        ),
        "bank": (
            "Saya menelepon Halo {name} di {number} untuk blokir transfer.",
            "Saya hubungi {name} di {number} supaya rekening dibekukan.",
        ),
        "support": (
            "{name} ({number}) membantu saya.",
            "Saya konsultasi dengan {name} di {number}.",
        ),
    },
    "tl": {
        "site": (
            "Nag-report ako sa {site}.",
            "Nagsampa ako ng reklamo sa {site}.",
            "Nag-fill up ako sa {site}.",
        ),
        "police": (
            "Tumawag ako sa {name} sa {number}.",
            "Pumunta ako sa {name} ({number}).",
            "Kinontak ko ang {name} sa {number}.",
        ),
        "bank": (
            "Tumawag ako sa bangko ko ({name}) sa {number}.",
            "Tinawagan ko ang {name} sa {number} para i-block ang transfer.",
        ),
        "support": (
            "Tinulungan ako ng {name} ({number}).",
            "Nakipag-usap ako sa {name} sa {number}.",
        ),
    },
}
KINDS = ("site", "site", "police", "bank", "support")  # reporting sites are cited most


def sentence(
    rng: random.Random, values: Innocents, lang: str, spell: Callable[[Ident], str]
) -> str:
    """A victim sentence in ``lang`` citing one of ``values``; ``spell`` writes an Ident."""
    kind = KINDS[int(rng.random() * len(KINDS))]
    frames = FRAMES[lang][kind]
    frame = frames[int(rng.random() * len(frames))]
    openers = OPENERS[lang]
    opener = openers[int(rng.random() * len(openers))]
    if frame.startswith("{") and lang == "en":
        opener = (
            ""  # "Afterwards {name} …" reads oddly; English frames that open on a name stand alone
        )
    if kind == "site":
        return opener + frame.format(
            site=spell(values.sites[int(rng.random() * len(values.sites))])
        )
    pool = {"police": values.police, "bank": values.banks, "support": values.support}[kind]
    line = pool[int(rng.random() * len(pool))]
    return opener + frame.format(name=name_of(line, lang), number=spell(line))
