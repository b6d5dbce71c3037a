"""Another crew's values, read from the victim's words (``tipoff.indicators.other_crew_words``
through ``tipoff.indicators.roles.text_roles``).

A victim worked by two crews names the second one in passing ("another gang also scammed
me, they used X"): X is ``other_crew``, never this report's crew's. A crew's own values
beside it, a crew moving its victim into "another group", other victims scammed too, and a
value in a later sentence about the crew reported are not.
"""

from __future__ import annotations

import pytest

from tipoff.indicators.extract import extract
from tipoff.indicators.roles import text_roles
from tipoff.model import Role

# (country, text, a part of the other crew's value's canonical form, a part of the reported
# crew's value's or ""), in the nine languages intake reads.
OTHER_CREW: tuple[tuple[str, str, str, str], ...] = (
    (
        "PH",
        "He called me from 0917 123 4567. A separate gang also scammed me that month, "
        "they were on @quick_loan_ph.",
        "quick_loan_ph",
        "+639171234567",
    ),
    (
        "US",
        "I was also conned by another group of scammers at the time: they used +1 646 555 0142.",
        "+16465550142",
        "",
    ),
    (
        "JP",
        "相手は090-1234-5678から電話してきました。その頃、別の詐欺グループからも被害を受けました。"
        "相手はLINE ID: kaito_777でした。",
        "kaito_777",
        "+819012345678",
    ),
    (
        "CN",
        "骗子用138 0013 8000联系我。同一时期另一个团伙也骗了我，对方用的是@fast_usdt88。",
        "fast_usdt88",
        "+8613800138000",
    ),
    (
        "KR",
        "상대방은 010-1234-5678로 연락했습니다. 그 무렵 또 다른 사기 조직에게도 당했습니다. "
        "상대는 텔레그램 @won_invest를 썼습니다.",
        "won_invest",
        "+821012345678",
    ),
    (
        "TH",
        "มิจฉาชีพโทรมาจาก 081-234-5678 ตอนนั้นมีมิจฉาชีพอีกกลุ่มหลอกฉันด้วย พวกมันใช้ @bkk_profit",
        "bkk_profit",
        "+66812345678",
    ),
    (
        "VN",
        "Họ gọi cho tôi từ 0912 345 678. Cùng lúc đó, một băng nhóm khác cũng lừa tôi, "
        "chúng dùng @vn_kiemtien.",
        "vn_kiemtien",
        "+84912345678",
    ),
    (
        "ID",
        "Mereka menghubungi saya dari 0812-3456-7890. Saya juga tertipu oleh sindikat lain, "
        "mereka memakai @cuan_harian.",
        "cuan_harian",
        "+6281234567890",
    ),
    (
        "PH",
        "Tinawagan nila ako mula sa 0917 123 4567. May isa pang sindikato rin na nanloko sa akin, "
        "gamit nila ang @easy_pera.",
        "easy_pera",
        "+639171234567",
    ),
    (
        "US",
        "Someone else also scammed me around then, they used +1 646 555 0142.",
        "+16465550142",
        "",
    ),
    (
        "TH",
        "ในช่วงเดียวกันโดนแก๊งมิจฉาชีพอื่นโกงด้วย มันใช้เบอร์ 081-234-5678",
        "+66812345678",
        "",
    ),
    (
        "ID",
        "Di waktu yang sama, orang lain juga menipu saya lewat 0812-3456-7890.",
        "+6281234567890",
        "",
    ),
    (
        "KH",
        "ក្រុមផ្សេងទៀតក៏បានបោកខ្ញុំដែរ ពួកគេប្រើ @kh_money88។",
        "kh_money88",
        "",
    ),
)


def _roles(text: str, country: str) -> dict[str, Role]:
    found = extract(text, country_hint=country)
    return {f.value: r for f, r in zip(found, text_roles(text, found), strict=True)}


@pytest.mark.parametrize(("country", "text", "other", "own"), OTHER_CREW)
def test_a_value_of_another_crew_that_also_scammed_the_victim_is_other_crew(
    country: str, text: str, other: str, own: str
) -> None:
    roles = _roles(text, country)
    assert [r for v, r in roles.items() if other in v] == [Role.OTHER_CREW] * sum(
        other in v for v in roles
    )
    assert any(other in v for v in roles)
    if own:
        assert all(r is not Role.OTHER_CREW for v, r in roles.items() if own in v)


@pytest.mark.parametrize(
    ("country", "text"),
    [
        # the crew moves its victim into "another group": the same crew
        ("PH", "They added me to another group where they scammed me into paying 0917 123 4567."),
        ("CN", "他们把我拉进另一个群，让我转账到工商银行 6222021234567890128。"),
        # other victims, not another crew
        ("PH", "Other people were also scammed by 0917 123 4567."),
        ("CN", "其他人也被骗了，骗子的号码是138 0013 8000。"),
        ("VN", "Nhiều người khác cũng bị lừa bởi số 0912 345 678."),
        ("KR", "다른 사람도 당했다고 합니다. 사기꾼 번호는 010-1234-5678입니다."),
        ("ID", "Orang lain juga ditipu oleh nomor 0812-3456-7890."),
        # a later sentence about the crew reported, with no word referring to the other crew
        ("PH", "Another gang also tried to scam me. I paid my scammer at BDO 0012 3456 7890."),
        # another group named, but not as one that scammed the victim
        ("US", "I joined another group on Telegram, @daily_signals, to check reviews."),
    ],
)
def test_a_group_alone_or_other_victims_name_no_other_crew(country: str, text: str) -> None:
    assert Role.OTHER_CREW not in _roles(text, country).values()


@pytest.mark.parametrize(
    ("country", "text", "value"),
    [
        (
            "GB",
            "Before this I had already been cheated by another group; they used +44 7911 123456.",
            "+447911123456",
        ),
        ("JP", "以前にも別のグループに騙されました。相手は090-1234-5678でした。", "+819012345678"),
        ("VN", "Trước đó một nhóm khác cũng lừa tôi, họ dùng 0912 345 678.", "+84912345678"),
        # the loss told as money lost to the other group, the value named by the time of it
        (
            "GB",
            "Two years ago I lost my savings to a different gang, they used @old_desk77.",
            "old_desk77",
        ),
        (
            "AU",
            "I had already lost $8,000 to another scam group. At the time it was @fx_mentor21.",
            "fx_mentor21",
        ),
        ("CN", "前年我也被另一伙骗子骗过，当时对方用的是@hk_profit8。", "hk_profit8"),
        ("KR", "예전에 다른 곳에서도 사기를 당했는데 그때는 @seoul_vip3이었습니다.", "seoul_vip3"),
        ("TH", "ปีก่อนฉันเคยโดนโกงจากแก๊งอื่นมาแล้ว ตอนนั้นใช้ @siam_gold5", "siam_gold5"),
        (
            "ID",
            "Tahun lalu saya sudah pernah ditipu komplotan lain, saat itu pakai @jkt_cuan9.",
            "jkt_cuan9",
        ),
        (
            "PH",
            "Noong nakaraang taon naloko na rin ako ng ibang grupo, gamit nila ang @mnl_earn4.",
            "mnl_earn4",
        ),
    ],
)
def test_another_crew_of_an_earlier_scam_is_an_earlier_scams(
    country: str, text: str, value: str
) -> None:
    # An earlier scam's crew (a victim robbed before, a recovery crew's victim quoting the
    # first one) is not a second crew at the same time: its value is an earlier scam's.
    roles = _roles(text, country)
    assert [r for v, r in roles.items() if value in v] == [Role.EARLIER]


@pytest.mark.parametrize(
    ("country", "text"),
    [
        ("GB", "I lost access to another group chat, @daily_signals, yesterday."),
        ("GB", "Last year I joined another group on Telegram; they used @daily_signals for tips."),
    ],
)
def test_other_words_near_a_past_tense_name_no_earlier_crew(country: str, text: str) -> None:
    assert Role.EARLIER not in _roles(text, country).values()
