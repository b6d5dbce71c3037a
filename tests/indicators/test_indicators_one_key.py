"""One real identifier, every way a victim writes it, one linking key.

Reports link only through values they share, so each spelling of one identifier must
come out as the same value, and as that value alone: a second value for the same account
(with and without its branch, with and without "http://") splits the reports that name it.
Each family below is one identifier written the ways victims write it in ja, zh, ko, th,
vi, id, tl, km and en (sentences written for this test, not taken from the simulator);
every sentence must yield exactly the family's key among the values of its kind.
"""

from __future__ import annotations

import pytest

from tipoff.indicators import canonicalize, extract
from tipoff.intake.analyse import Analyser
from tipoff.intake.schema import ReportIn

# (key "kind:value", [(country, sentence), ...])
FAMILIES: dict[str, list[tuple[str | None, str]]] = {
    # A Japanese account with its branch, without it, branch-account, in full-width digits.
    "bank_account:JP:0009:1234567": [
        ("JP", "振込先は三井住友銀行 渋谷支店（242） 普通 1234567 です。"),
        ("JP", "三井住友銀行 普通 1234567 に30万円を送金しました。"),
        ("JP", "言われた口座は三井住友銀行 242-1234567 でした"),
        ("JP", "口座：三井住友銀行 店番242 口座番号1234567"),
        ("JP", "三井住友銀行　２４２－１２３４５６７ へ振込"),
        ("JP", "I sent the money to SMBC, branch 242, futsu account 1234567."),
    ],
    # A Japanese mobile: national, international with and without "+", the trunk "(0)",
    # "00", brackets, full-width, cut by a line break.
    "phone:+819012345678": [
        ("JP", "犯人の電話は090-1234-5678でした。"),
        ("JP", "電話番号：０９０－１２３４－５６７８"),
        ("JP", "着信 +81 90-1234-5678 から"),
        ("JP", "相手の番号 81 90-1234-5678 に折り返した"),
        ("JP", "連絡先 (+81) 90 1234 5678"),
        ("US", "He texted me from +81 (0)90-1234-5678 every night."),
        ("US", "The caller ID showed 0081 90 1234 5678."),
        ("JP", "電話 +81 90-1234-\n5678 まで"),
    ],
    "phone:+66812345678": [
        ("TH", "มีคนโทรมาจากเบอร์ 081-234-5678 บอกว่าเป็นตำรวจ"),
        ("TH", "เบอร์มิจฉาชีพ ๐๘๑-๒๓๔-๕๖๗๘"),
        ("TH", "โทรมาจาก +66 81 234 5678"),
        ("TH", "เบอร์ 66 81 234 5678 โทรมาหลายครั้ง"),
        ("US", "A Thai number, +66 (0)81 234 5678, kept calling."),
    ],
    "phone:+84912345678": [
        ("VN", "Kẻ gian gọi cho tôi từ số 0912 345 678."),
        ("VN", "Số điện thoại: 0912.345.678"),
        ("VN", "Họ nhắn tin từ +84 912 345 678"),
        ("VN", "Số của nó 84 912 345 678"),
    ],
    "phone:+821012345678": [
        ("KR", "사기범 번호는 010-1234-5678 입니다"),
        ("KR", "+82 10-1234-5678 에서 전화가 왔어요"),
        ("KR", "발신번호 82 10 1234 5678"),
        ("KR", "전화번호 +82 (0)10 1234 5678"),
    ],
    "phone:+6281234567890": [
        ("ID", "Penipu menelepon dari nomor 0812-3456-7890."),
        ("ID", "Nomornya +62 812-3456-7890"),
        ("ID", "Dia pakai nomor 62 812 3456 7890"),
    ],
    "phone:+639171234567": [
        ("PH", "Tumawag sa akin ang scammer gamit ang 0917 123 4567."),
        ("PH", "Ang number niya ay +63 917 123 4567"),
        ("PH", "Nag-text siya mula sa 63 917 123 4567"),
    ],
    "phone:+85512345678": [
        ("KH", "ជនល្មើសបានហៅពីលេខ 012 345 678"),
        ("KH", "លេខទូរស័ព្ទ +855 12 345 678"),
        ("KH", "លេខ 855 12 345 678 បានហៅមកខ្ញុំ"),
        ("US", "Call +855 12\n345 678 now"),
    ],
    "phone:+8613800138000": [
        ("CN", "骗子的电话是138 0013 8000。"),
        ("CN", "他用+86 138 0013 8000给我打电话"),
        ("CN", "来电显示0086 13800138000"),
        ("CN", "对方号码 86 138 0013 8000"),
    ],
    # A Myanmar number in an American report: not a US number that happens to fit.
    "phone:+9592054335": [
        ("US", "They called from (+95) 9 205 4335."),
        ("US", "The number was 95 9 205 4335, a Myanmar code."),
        ("US", "Caller: +95 9 205 4335"),
    ],
    # International numbers without "+" in a country whose own numbers fit inside them:
    # the Cambodian number is not the Singapore number "9113 3104" behind its code, and a
    # Lao number whose digits pass Luhn is no card.
    "phone:+85591133104": [
        ("SG", "He called me from 855 91 133 104 yesterday"),
        ("SG", "caller +855 91 133 104"),
    ],
    "phone:+8562030579099": [
        ("KR", "번호 856 20 30 579 099 로 연락이 왔어요"),
        ("KR", "+856 20 30 579 099"),
    ],
    # A fake platform's link with and without its scheme, http or https, a trailing "/",
    # capitals, defanged, the default port.
    "url:https://fx-gold-vip.top/login": [
        ("JP", "このサイト https://fx-gold-vip.top/login に登録しました"),
        ("CN", "他让我在 http://fx-gold-vip.top/login 注册"),
        ("KR", "fx-gold-vip.top/login 사이트에서 투자했어요"),
        ("TH", "ให้ลงทะเบียนที่ fx-gold-vip.top/login/ เพื่อรับงาน"),
        ("VN", "Trang web: Https://FX-GOLD-VIP.top/login"),
        ("ID", "Link: hxxps://fx-gold-vip[.]top/login"),
        ("PH", "Pinapunta ako sa https://fx-gold-vip.top:443/login para mag-invest."),
        ("US", "The platform was HTTP://fx-gold-vip.top/login/."),
    ],
    # A Telegram account: @name, t.me, telegram.me, a stated name, letters in another script.
    "handle:telegram:kenji_fx88": [
        ("JP", "テレグラムで@Kenji_FX88から連絡が来た"),
        ("US", "Add me: t.me/kenji_fx88"),
        ("US", "https://t.me/Kenji_FX88 is the teacher"),
        ("TH", "ทักมาที่ telegram.me/kenji_fx88"),
        ("KR", "텔레그램 아이디 kenji_fx88"),
        ("VN", "Telegram: kenji_fx88"),
        ("ID", "Telegram name kenji_fx88"),
        ("PH", "TG @kenji_fx88 ang contact niya"),
    ],
    "handle:telegram:wangjobs": [
        ("JP", "Telegram wangjobs で連絡してと言われた"),
        ("CN", "他说加电报 @wangjobs"),
        ("TH", "ติดต่อ Telegram wangjobs ได้เลย"),
    ],
    # A WeChat account: 微信号, vx, V信, glued, English.
    "handle:wechat:leo_1823": [
        ("CN", "微信号：leo_1823"),
        ("CN", "请加vx leo_1823 领取福利"),
        ("CN", "加V信 leo_1823 谢谢"),
        ("CN", "加我微信leo_1823"),
        ("US", "WeChat: leo_1823"),
    ],
    "handle:wechat:naminvest": [
        ("CN", "老师让我加vx naminvest进群"),
        ("CN", "微信号：naminvest"),
    ],
    # A LINE ID: "LINE ID", "line id", "ID LINE" (Thai, Indonesian), ไลน์ไอดี, ラインID, line.me.
    "handle:line:yuki.88": [
        ("JP", "ラインID：yuki.88 を追加しました"),
        ("TH", "ไลน์ไอดี yuki.88"),
        ("TH", "แอด ID LINE yuki.88 นะคะ"),
        ("ID", "ID LINE: yuki.88"),
        ("US", "his line id yuki.88"),
        ("US", "https://line.me/ti/p/~yuki.88"),
    ],
    # A KakaoTalk ID with and without 아이디, letters only after 카톡 in Korean.
    "handle:kakaotalk:money77": [
        ("KR", "카톡 아이디: money77"),
        ("KR", "카톡 money77 로 연락하래요"),
        ("KR", "카톡ID money77"),
        ("KR", "카카오톡: money77"),
    ],
    "handle:kakaotalk:moneyking": [("KR", "카톡 moneyking 으로 연락했어요")],
    # A WhatsApp account: a link, national, international, "WA".
    "handle:whatsapp:+6281234567890": [
        ("ID", "Hubungi WA 0812-3456-7890"),
        ("ID", "WhatsApp: +62 812-3456-7890"),
        ("ID", "wa.me/6281234567890"),
        ("US", "WA: +6281234567890"),
    ],
    # An Ethereum address: EIP-55, lower case, upper case, a payment URI.
    "wallet:eth:0x52908400098527886e0f7030069857d2e4169ee7": [
        ("US", "Send ETH to 0x52908400098527886E0F7030069857D2E4169EE7"),
        ("JP", "ERC20アドレス 0x52908400098527886e0f7030069857d2e4169ee7"),
        ("CN", "收款地址 0X52908400098527886E0F7030069857D2E4169EE7"),
        ("KR", "ethereum:0x52908400098527886E0F7030069857D2E4169EE7 로 보냈어요"),
    ],
    "wallet:tron:TN3W4H6rK2ce4vX9YnFQHwKENnHjoxb3m9": [
        ("CN", "USDT TRC20 地址 TN3W4H6rK2ce4vX9YnFQHwKENnHjoxb3m9"),
        ("VN", "Ví tron:TN3W4H6rK2ce4vX9YnFQHwKENnHjoxb3m9"),
        ("TH", "โอน USDT TRC-20: TN3W4H6rK2ce4vX9YnFQHwKENnHjoxb3m9"),
    ],
    "wallet:btc:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq": [
        ("US", "BTC bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"),
        ("JP", "ビットコイン BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ に送金"),
        ("US", "bitcoin:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq?amount=0.01"),
    ],
    # National accounts with and without separators, in groups of four, in Thai digits.
    "bank_account:TH:004:1234567890": [
        ("TH", "โอนเข้าบัญชีกสิกรไทย 123-4-56789-0"),
        ("TH", "กสิกรไทย เลขบัญชี 1234567890"),
        ("TH", "บัญชี กสิกรไทย ๑๒๓-๔-๕๖๗๘๙-๐"),
        ("TH", "กสิกรไทย 1234 5678 90"),
    ],
    "bank_account:VN:970436:0123456789": [
        ("VN", "Chuyển khoản Vietcombank STK 0123456789"),
        ("VN", "Vietcombank STK 0123 456 789"),
        ("VN", "Vietcombank 0123 4567 89"),
    ],
    "bank_account:ID:014:1234567890": [
        ("ID", "Transfer ke rekening BCA 1234567890 a.n. Budi"),
        ("ID", "BCA no rek 123-456-7890"),
        ("ID", "rek BCA 1234 5678 90"),
    ],
    "bank_account:KR:088:110123456789": [
        ("KR", "신한은행 110-123-456789 로 입금했습니다"),
        ("KR", "입금계좌: 신한 110123456789"),
        ("KR", "신한은행 1101 2345 6789"),
    ],
    "bank_account:PH:BNORPHMM:001234567890": [
        ("PH", "Nagpadala ako sa BDO account 0012-3456-7890"),
        ("PH", "BDO account 001234567890"),
        ("PH", "BDO 0012 3456 7890 ang account"),
    ],
    "bank_account:SG:7171:2309177919": [
        ("SG", "I transferred to DBS 230-917791-9"),
        ("SG", "DBS 2309 1779 19"),
        ("SG", "DBS account 2309177919"),
    ],
    # Cut by a line break before a short tail, after a country code written with "(0)" or
    # without "+": the whole number, never its head alone.
    "phone:+959781234567": [
        ("TH", "เบอร์พม่า +95 9-781-234\n567 โทรมาทุกวัน"),
        ("US", "The broker's Myanmar line was +95 9 781 234 567."),
        ("CN", "缅甸号码 0095 9781 234567 给我打电话"),
    ],
    "phone:+66891234567": [
        ("US", "She called from +66 (0)89-123\n4567 twice."),
        ("TH", "โทรมาจาก 089-123-4567"),
        ("US", "Thai number: +66 89 123 4567"),
    ],
    "phone:+8562055512345": [
        ("TH", "เบอร์ลาว 856 20-5551\n2345 โทรมา"),
        ("US", "His Laos WhatsApp was +856 20 5551 2345."),
        ("TH", "โทรมาจาก +856 20 5551 2345"),
    ],
    # A French mobile in pairs with dashes, dots, spaces, and cut before its last pair.
    "phone:+33612345678": [
        ("FR", "Il m'a appelé du 06-12-34-56-78."),
        ("FR", "Numéro : 06.12.34.56.78"),
        ("FR", "Numéro : 06 12 34 56 78"),
        ("US", "The seller's number was +33 6 12 34 56 78."),
        ("FR", "appelez le 06-12-34-56\n78 svp"),
    ],
    # Korean accounts named by a short bank name before an account word or in brackets.
    "bank_account:KR:071:61234501234567": [
        ("KR", "우체국 계좌 612345-01-234567 로 보냈어요"),
        ("KR", "612345-01-234567 (우체국) 에 입금"),
        ("KR", "우체국예금 61234501234567"),
    ],
    "bank_account:KR:020:1002123456789": [
        ("KR", "1002-123-456789 (우리) 로 이체했습니다"),
        ("KR", "우리 1002-123-456789"),
        ("KR", "우리은행 계좌 1002123456789"),
    ],
    "bank_account:KR:090:3333011234567": [
        ("KR", "카뱅 3333-01-1234567 으로 송금"),
        ("KR", "카카오뱅크 3333011234567"),
        ("KR", "3333-01-1234567 (카뱅)"),
    ],
    # Cambodian payment accounts: Huione Pay by its English and Chinese names, ACLEDA in threes.
    "bank_account:KH:HUIONEPAY:0123456789": [
        ("KH", "Paid into Huione Pay 012 345 678 9."),
        ("CN", "转到汇旺账户 0123456789"),
        ("TH", "โอนเข้า Huione Pay account 0123456789"),
    ],
    "bank_account:KH:ACLBKHPP:000123456789012": [
        ("KH", "ACLEDA 000 123 456 789012"),
        ("US", "I wired it to ACLEDA account 000123456789012."),
    ],
    # LINE IDs in Japanese quoting, KakaoTalk and Telegram named in full or in Hangul.
    "handle:line:sora_77": [
        ("JP", "LINEのID「sora_77」を追加してと言われた"),
        ("JP", "ラインのID『sora_77』"),
        ("JP", "LINE ID: sora_77"),
    ],
    "handle:kakaotalk:minsu_88": [
        ("KR", "KakaoTalk minsu_88 로 대화했어요"),
        ("US", "He moved us to KakaoTalk minsu_88."),
        ("KR", "카카오톡 minsu_88"),
    ],
    "handle:telegram:minsu_88": [
        ("KR", "텔레그램 minsu_88 으로 오라고 했어요"),
        ("KR", "텔레그램: @minsu_88"),
    ],
}

CASES = [(key, country, text) for key, spellings in FAMILIES.items() for country, text in spellings]


@pytest.mark.parametrize(("key", "country", "text"), CASES)
def test_every_spelling_gives_the_one_key(key: str, country: str | None, text: str) -> None:
    kind = key.partition(":")[0]
    values = {f.key for f in extract(text, country_hint=country) if f.kind.value == kind}
    assert values == {key}


@pytest.mark.parametrize("key", sorted(FAMILIES))
def test_each_family_key_is_canonical(key: str) -> None:
    kind, _, value = key.partition(":")
    assert canonicalize(kind, value) == value  # the key is canonical: canonical in, out


def test_families_cover_nine_languages() -> None:
    countries = {country for spellings in FAMILIES.values() for country, _ in spellings}
    assert {"JP", "CN", "KR", "TH", "VN", "ID", "PH", "KH", "US"} <= countries


@pytest.mark.parametrize(
    ("value", "kind", "expected"),
    [
        ("JP:0009:242:1234567", "bank_account", "JP:0009:1234567"),  # stored before: branch
        ("https://fx-gold-vip.top/login/", "url", "https://fx-gold-vip.top/login"),
        ("http://fx-gold-vip.top/login", "url", "https://fx-gold-vip.top/login"),
        ("(+95) 9 205 4335", "phone", "+9592054335"),
        ("Telegram wangjobs", "handle", "telegram:wangjobs"),
        ("ID LINE yuki.88", "handle", "line:yuki.88"),
        ("V信 leo_1823", "handle", "wechat:leo_1823"),
        ("LINE Pay", "handle", None),  # a product of the platform, not an account
    ],
)
def test_typed_values_reach_the_same_key(value: str, kind: str, expected: str | None) -> None:
    assert canonicalize(kind, value, country_hint="US") == expected


def test_identifier_fields_that_are_one_handle_with_a_space() -> None:
    report = ReportIn.model_validate(
        {
            "external_id": "one-key-1",
            "agency": "JP-NPA",
            "victim_country": "JP",
            "narrative": "知らない人から投資の勧誘がありました。",
            "messages": [
                {"text": "先生です。", "sender": "scammer", "from_id": "Telegram kenji_fx88"},
                {"text": "こんにちは", "sender": "scammer", "from_id": "ID LINE yuki.88"},
            ],
            "identifiers": [{"value": "vx naminvest"}, {"value": "LINE Pay"}],
        }
    )
    keys = {f"{s.kind}:{s.value}" for s in Analyser(with_assessment=False).sightings(report)}
    assert keys == {"handle:telegram:kenji_fx88", "handle:line:yuki.88", "handle:wechat:naminvest"}
