"""Red flags: spans and codes in several languages, word boundaries, structural patterns, facets."""

from __future__ import annotations

import random

import pytest

from tipoff.assess.redflags import _DOTTED, _URLISH, _link_candidates, find_evidence, rule_score


def _flags(text: str, kind: str = "message") -> dict[str, list[str]]:
    evidence = find_evidence(text, kind=kind)  # type: ignore[arg-type]
    for flag in evidence.red_flags:
        assert text[flag.start : flag.end] == flag.text  # every span points at its text
        assert flag.explanation and 0 < flag.weight <= 1
    found: dict[str, list[str]] = {}
    for flag in evidence.red_flags:
        found.setdefault(flag.code, []).append(flag.text)
    return found


@pytest.mark.parametrize(
    ("text", "code", "matched"),
    [
        (
            "URGENT: your account will be suspended today",
            "account_threat",
            "account will be suspended",
        ),
        ("こちらは大阪府警です。誰にも言わないでください", "secrecy", "誰にも言わないで"),
        ("我是公安局民警，请转到安全账户", "safe_account", "安全账户"),
        ("투자 리딩방에 초대합니다 원금 보장", "guaranteed_returns", "원금 보장"),
        ("ขอโทษค่ะ ทักผิดคน", "wrong_number_opener", "ทักผิดคน"),
        ("Việc nhẹ lương cao, rảnh làm bận nghỉ", "easy_money_job", "Việc nhẹ lương cao"),
        ("Rekening akan diblokir hari ini juga", "account_threat", "Rekening akan diblokir"),
        ("ប៉ូលិសជូនដំណឹង កុំប្រាប់អ្នកណា", "secrecy", "កុំប្រាប់អ្នកណា"),
        ("Libreng bonus! Nanalo ka ng 5000", "prize_won", "Nanalo ka"),
    ],
)
def test_cue_spans_in_nine_languages(text: str, code: str, matched: str) -> None:
    assert matched in _flags(text)[code]


def test_span_offsets_are_exact() -> None:
    text = "Hello! Please share your screen with AnyDesk now."
    flag = next(
        f
        for f in find_evidence(text).red_flags
        if f.code == "remote_access" and f.text == "AnyDesk"
    )
    assert (flag.start, flag.end) == (text.index("AnyDesk"), text.index("AnyDesk") + 7)


def test_latin_cues_need_word_boundaries() -> None:
    assert "otp_request" not in _flags("We had hotpot for dinner")
    assert "otp_request" in _flags("Send me the OTP now")


def test_structural_links_wallets_and_returns() -> None:
    text = (
        "Download https://x-app.top/pay.apk, chat t.me/vip_teacher, see bit.ly/3abcD "
        "pay TJRyWwFs9wTFGZg3JbrVriFbNfCug5tDeC earn 5% daily at 3.5 kg e.g. fine"
    )
    flags = _flags(text)
    assert flags["apk_link"] == ["https://x-app.top/pay.apk"]
    assert flags["messenger_link"] == ["t.me/vip_teacher"]
    assert flags["short_link"] == ["bit.ly/3abcD"]
    assert flags["crypto_address"] == ["TJRyWwFs9wTFGZg3JbrVriFbNfCug5tDeC"]
    assert flags["percent_return"] == ["5% daily"]
    assert "link" not in flags  # "3.5" and "e.g." are not links
    facets = find_evidence(text).facets
    assert "telegram" in facets["channel_switch_to"]
    assert "crypto_usdt_trc20" in facets["payment_rail"]


def test_hotspots_count_only_in_job_context() -> None:
    assert "hotspot_place" not in _flags("We had a lovely holiday in Sihanoukville")
    job = _flags("Typist job in 西港, free flight and visa provided", kind="job_ad")
    assert job["hotspot_place"] == ["西港"]
    assert find_evidence("Typist in Poipet", kind="job_ad").facets["place"] == ["Poipet"]


def test_platform_switch_and_stage_facets() -> None:
    evidence = find_evidence(
        "Sorry, wrong number! Let's move to WhatsApp. I'll teach you to invest"
    )
    assert evidence.facets["channel_switch_to"] == ["whatsapp"]
    assert {"contact", "platform_switch", "pitch"} <= set(evidence.facets["stage"])


def test_rule_score_combines_distinct_codes() -> None:
    assert rule_score(frozenset()) == 0.0
    one = rule_score(frozenset({"secrecy"}))
    two = rule_score(frozenset({"secrecy", "safe_account"}))
    assert 0 < one < two < 1


def test_odd_input_gives_flags_inside_the_text() -> None:
    assert not find_evidence("").red_flags
    for text in ["\x00\x00", "\ud800 lone surrogate", "İİİ istanbul", "a" * 50_000, "🙂" * 100]:
        evidence = find_evidence(text)
        assert all(0 <= f.start < f.end <= len(text) for f in evidence.red_flags), text[:20]


def test_ascii_text_finds_the_same_cues_as_with_a_non_ascii_tail() -> None:
    # ASCII text is scanned with the automaton of ASCII phrases only; a non-ASCII character
    # at the end switches to the full automaton, which must find the same cues before it.
    text = (
        "urgent: your account is frozen, verify your otp at bit.ly/x and pay via usdt on telegram"
    )
    ascii_flags = [(f.code, f.start, f.end) for f in find_evidence(text).red_flags]
    full_flags = [(f.code, f.start, f.end) for f in find_evidence(text + " é").red_flags]
    assert ascii_flags == full_flags and len(ascii_flags) >= 4


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "Your parcel is held at our depot: http://redeliver-post.top/x",
            "x:notice_link",
            "x:login_link",
        ),
        (
            "Please verify your account now at https://secure-login-check.xyz",
            "x:login_link",
            "x:notice_link",
        ),
    ],
)
def test_a_pretext_beside_an_unknown_link_is_a_hidden_signal(
    text: str, present: str, absent: str
) -> None:
    evidence = find_evidence(text)
    assert present in evidence.codes and absent not in evidence.codes
    assert not any(flag.code.startswith("x:") for flag in evidence.red_flags)


def test_a_pretext_beside_a_well_known_link_is_no_conjunction() -> None:
    codes = find_evidence("Your parcel is on its way, track it at https://www.google.com").codes
    assert "x:notice_link" not in codes and "x:login_link" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "Your parcel is held at the depot, track it at https://ghn.vn/track",
        "Lazada: โปรดยืนยันตัวตนการทำรายการบนบัญชี ที่นี่ https://s.lazada.co.th/s.abc",
        "【工商银行】您的账户有一笔退款，详情 https://www.icbc.com.cn/refund",
    ],
)
def test_a_brands_own_domain_is_a_known_domain_and_no_conjunction(text: str) -> None:
    # The warninglist holds global domains; a regional brand's real notice links to its own.
    codes = find_evidence(text).codes
    assert "x:domain_known" in codes and "x:domain_unknown" not in codes
    assert codes.isdisjoint({"x:notice_link", "x:login_link", "x:domain_odd"})


def test_unaccented_vietnamese_matches_the_accented_cue() -> None:
    accented = {f.code for f in find_evidence("Tài khoản của quý khách bị tạm khóa").red_flags}
    bare = {f.code for f in find_evidence("Tai khoan cua quy khach bi tam khoa").red_flags}
    assert "account_threat" in accented and accented == bare


@pytest.mark.parametrize(
    ("text", "odd"),
    [
        ("Update your address: https://sf-express.cn-redeliver.top/a", True),
        ("Claim at http://kr-parcel.xyz/s/77", True),
        ("Track it at https://www.tiemhoaminhanh.com/track", False),
        ("Your order is at https://www.kmutt.ac.th", False),
    ],
)
def test_unknown_domains_shaped_as_phishing_domains_are_a_hidden_signal(
    text: str, odd: bool
) -> None:
    codes = find_evidence(text).codes
    assert "x:domain_unknown" in codes and ("x:domain_odd" in codes) is odd


def test_japanese_bank_call_words_are_not_read_as_gift_cards_or_arrest() -> None:
    # "Tell me the number" and "don't hang up" name no gift card and no arrest.
    found = _flags("全国銀行協会の者です。番号を教えてください。電話を切らないでください。")
    assert "pay_gift_card" not in found
    assert "arrest_threat" not in found
    assert "code_share_request" not in found
    assert found["urgency"] == ["電話を切らないで"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Google Playカードを5万円分買って、裏の番号を教えてください", "pay_gift_card"),
        ("コンビニで電子マネーを買って番号を送って", "pay_gift_card"),
        ("警察です。逮捕状が出ています", "arrest_threat"),
        ("画面に表示された番号を教えてください", "code_share_request"),
    ],
)
def test_japanese_payment_arrest_and_code_cues_need_their_evidence(text: str, code: str) -> None:
    assert code in _flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "母さん、携帯なくしたから新しい番号。お金振り込んでほしい",
        "お母さん、携帯を落として番号が変わりました。50万円を振り込んでほしい",
        "妈，我手机丢了，这是我的新号码，急需用钱，先转我五千",
    ],
)
def test_a_lost_phone_and_a_money_ask_is_family_impersonation(text: str) -> None:
    found = _flags(text)
    assert "family_emergency" in found and "new_number" in found


def test_a_pin_asked_by_a_caller_claiming_bank_staff_is_shown() -> None:
    # Shown before only through the misread "番号を教えてください" (code_share_request).
    found = _flags("全国銀行協会の者です。担当者が取りに伺いますので暗証番号を教えてください")
    assert found["otp_request"] == ["暗証番号"]


def test_link_candidates_are_the_url_patterns_matches() -> None:
    """The dot-to-dot scan finds what ``_URLISH.finditer`` does from the first dot's word, on
    random mixes of link parts, words, dots and separators."""
    rng = random.Random(5)
    parts = [
        "a", "B", "0", ".", " ", "-", "_", "/", ":", "http://", "https://", "www.", "é", "中",
        ",", "..", "x.y", "\n", "@", ".com", "bit.ly/", "(", ")",
    ]  # fmt: skip
    for _ in range(50_000):
        text = "".join(rng.choice(parts) for _ in range(rng.randrange(0, 25)))
        if _DOTTED.search(text):
            found = [m.span() for m in _link_candidates(text)]
            assert found == [m.span() for m in _URLISH.finditer(text)], repr(text)
