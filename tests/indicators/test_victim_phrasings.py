"""Identifiers as victims write them in reports (issue 12), written from how people in each
market name their banks, chat accounts and numbers, not from any world generator.

Australian accounts by short bank names and with a BSB but no "BSB"; LINE IDs after "ID" with
words between, LINE official accounts ("@fx-support", "@566tacfw"); WeChat IDs by WeChat's own
rules; prose that is no account ("Subject line: Invoice", "WeChat: please add me"); Malay and
Indonesian possession ("akaun saya" vs "akaun dia"); Thai "ติดต่อกลับ" (the crew's callback
number); and 40+ report sentences across en/ja/zh/ko/th/vi/id/ms/tl.
"""

from __future__ import annotations

import pytest

from tipoff.indicators import extract
from tipoff.indicators.roles import Field, text_roles
from tipoff.model import Role


def _values(text: str, country: str | None) -> set[str]:
    return {f.value for f in extract(text, country_hint=country)}


def _kind_values(text: str, country: str | None, kind: str) -> set[str]:
    return {f.value for f in extract(text, country_hint=country) if f.kind.value == kind}


# --- 1. Australian bank accounts -----------------------------------------------------------

AU_ACCOUNTS: tuple[tuple[str | None, str, str], ...] = (
    ("AU", "I paid to CommBank 062-000 1234 5678 on Monday.", "AU:062000:12345678"),
    ("AU", "He said move it to Westpac 032-001 123456 as a safe account.", "AU:032001:123456"),
    ("AU", "BSB 062000 acc 12345678", "AU:062000:12345678"),
    ("AU", "062-000 1234 5678", "AU:062000:12345678"),
    ("AU", "He told me to pay into NAB BSB 083 004 account 1234 5678 9.", "AU:083004:123456789"),
    ("AU", "Paid to ANZ 013-226 4567 8901 on 3 May.", "AU:013226:45678901"),
    ("AU", "Transfer went to ING 923-100 12345678 (Orange Everyday).", "AU:923100:12345678"),
    ("AU", "the scammer's Macquarie 182-512 963852741", "AU:182512:963852741"),
    ("AU", "They gave me Bendigo Bank 633-000 123456789.", "AU:633000:123456789"),
    ("AU", "and St.George 112-879 456123789 the next day", "AU:112879:456123789"),
    ("AU", "Suncorp 484-799 123456789", "AU:484799:123456789"),
    ("AU", "then BOQ 124-001 12345678", "AU:124001:12345678"),
    ("AU", "payment to ubank 082-991 123456789", "AU:082991:123456789"),
    ("AU", "CBA account 062-000 12345678", "AU:062000:12345678"),
    ("AU", "Commonwealth Bank BSB: 062-000 Acc: 1234 5678", "AU:062000:12345678"),
    # in a report of another country, with the bank's name
    (None, "transfer to CBA 062-000 12345678", "AU:062000:12345678"),
    ("SG", "062-000 12345678 (CommBank)", "AU:062000:12345678"),
    (None, "Westpac, BSB 032-001, acc 123456", "AU:032001:123456"),
)


@pytest.mark.parametrize(("country", "text", "value"), AU_ACCOUNTS)
def test_australian_accounts_by_short_names_and_bare_bsb(
    country: str | None, text: str, value: str
) -> None:
    assert _kind_values(text, country, "bank_account") == {value}


AU_NOT_ACCOUNTS: tuple[tuple[str | None, str], ...] = (
    # no BSB: an Australian account is keyed by its BSB only
    ("AU", "CommBank account 12345678"),
    # a reference, a phone's tail, an amount, a lower-case word
    ("AU", "Ref 123-456 789012 for the parcel"),
    ("AU", "Call CommBank on +61 412-345 678"),
    ("AU", "Ref 123-456 7890 for the parcel"),
    ("US", "the nab 062-000 12345678"),
    # NNN-NNN without a bank's name outside an Australian report
    ("KR", "예약번호 110-123 456789"),
)


@pytest.mark.parametrize(("country", "text"), AU_NOT_ACCOUNTS)
def test_no_australian_account_without_its_bsb_or_in_other_numbers(
    country: str | None, text: str
) -> None:
    assert not any(v.startswith("AU:") for v in _kind_values(text, country, "bank_account"))


def test_st_george_is_a_bank_not_a_host() -> None:
    assert _kind_values("Paid to St.George 112-879 456123789", "AU", "domain") == set()
    assert _kind_values("see shop.george for details", None, "domain") == {"shop.george"}


# --- 2. LINE and WeChat IDs -------------------------------------------------------------------

HANDLES: tuple[tuple[str | None, str, str], ...] = (
    ("TH", "แอดไลน์มา ID: somchai_88 แล้วคุยกัน", "line:somchai_88"),
    ("TH", "LINE ID：somchai_88", "line:somchai_88"),
    ("TH", "เขาให้แอดไลน์ไอดี somchai88", "line:somchai88"),
    ("JP", "ラインID yuki_0707 を追加しました", "line:yuki_0707"),
    (None, "Contact on LINE, ID: tanaka.0707", "line:tanaka.0707"),
    (None, "They added me on LINE (ID: yuki_88)", "line:yuki_88"),
    ("JP", "LINEアカウントID：yuki_0707", "line:yuki_0707"),
    ("JP", "LINE公式アカウントのID：yuki_0707", "line:yuki_0707"),
    ("TH", "line: @abc1234", "line:@abc1234"),
    ("JP", "LINEで @fx-support という公式アカウントから連絡が来ました。", "line:@fx-support"),
    ("JP", "LINE公式アカウント @fx_support", "line:@fx_support"),
    (None, "LINE official account @fxsupport", "line:@fxsupport"),
    ("TH", "แอดไลน์มาที่ @566tacfw", "line:@566tacfw"),
    ("TH", "ไลน์ร้าน @shop-gold", "line:@shop-gold"),
    ("TH", "แอดไลน์ไปที่ @goldvip", "line:@goldvip"),
    ("CN", "微信号：wxid_ab12cd34ef", "wechat:wxid_ab12cd34ef"),
    ("CN", "他的微信是 zhang_san-99", "wechat:zhang_san-99"),
    (None, "WeChat ID: jenny-88", "wechat:jenny-88"),
    (None, "WeChat, ID: jenny_88", "wechat:jenny_88"),
    (None, "Telegram (ID: crypto_king88)", "telegram:crypto_king88"),
    (None, "WeChat: scammer01", "wechat:scammer01"),
    (None, "LINE: tanaka", "line:tanaka"),
    (None, "WeChat ID: jennylee add me", "wechat:jennylee"),
)


@pytest.mark.parametrize(("country", "text", "value"), HANDLES)
def test_line_and_wechat_ids_as_victims_write_them(
    country: str | None, text: str, value: str
) -> None:
    assert _kind_values(text, country, "handle") == {value}


NOT_HANDLES: tuple[tuple[str | None, str], ...] = (
    # WeChat IDs: 6-20 letters, digits, "_" and "-", a letter first; no "."
    (None, "vx: li.ming-88"),
    ("SG", "WeChat ID: jenny_88.sg"),
    (None, "WeChat ID: 8jenny88"),
    (None, "WeChat ID: _jenny88"),
    (None, "微信号: a1234"),
    # English prose after a platform's name
    (None, "Line: Call me later"),
    (None, "The line: busy all day"),
    (None, "Subject line: Invoice"),
    (None, "Bottom line: scammers"),
    (None, "WeChat: please add me"),
    (None, "My WeChat: blocked now"),
    (None, "WhatsApp: call me"),
    (None, "Instagram: follow me there"),
)


@pytest.mark.parametrize(("country", "text"), NOT_HANDLES)
def test_no_handle_from_prose_or_a_value_the_platform_forbids(
    country: str | None, text: str
) -> None:
    assert _kind_values(text, country, "handle") == set()


def test_online_is_not_line() -> None:
    assert _kind_values("Found them online @cryptoking99", None, "handle") == {
        "telegram:cryptoking99"
    }


# --- 3 and 4. Whose value: Malay / Indonesian possession, Thai callback ------------------------


def _role_of(text: str, country: str, wanted: str) -> Role:
    found = extract(text, country_hint=country)
    roles = text_roles(text, found, Field.NARRATIVE)
    hits = [role for item, role in zip(found, roles, strict=True) if wanted in item.value]
    assert hits, f"{wanted!r} not extracted from {text!r}: {[f.value for f in found]}"
    return hits[0]


OWN: tuple[tuple[str, str, str], ...] = (
    ("MY", "Saya pindahkan wang dari akaun saya Maybank 1122 3344 5566 ke akaun mereka.", "1122"),
    ("MY", "Nombor telefon saya 012-987 6543, sila hubungi jika perlu.", "+60129876543"),
    ("MY", "Ini akaun bank saya Maybank 1122 3344 5566 sahaja.", "112233445566"),
    ("MY", "Mereka janji pulangkan duit ke akaun saya CIMB 7012345678.", "7012345678"),
    ("MY", "Akaun Maybank saya 1122 3344 5566 telah dibekukan.", "112233445566"),
    ("ID", "Rekening BCA saya 1234567890 diblokir.", "1234567890"),
    ("ID", "Rekening bank saya BNI 0123456789 dibekukan.", "0123456789"),
    ("ID", "nomor WA saya 0812-3333-4444", "+6281233334444"),
    ("TH", "ถ้ามีอะไรให้ติดต่อกลับที่เบอร์ของฉัน 081-234-5678", "+66812345678"),
    ("TH", "กรุณาติดต่อกลับดิฉันที่ 081-234-5678", "+66812345678"),
    ("TH", "เบอร์ติดต่อของดิฉัน 081-234-5678", "+66812345678"),
    ("PH", "Viber ko 0917 123 4567", "+639171234567"),
    # Chinese and Korean name the bank between the possessive and the noun
    ("CN", "我从我的工商银行卡 6222 0212 3456 7890 128 转到对方的建设银行", "6222021234567890128"),
    ("KR", "제 국민은행 계좌 123456-01-234567 에서 이체했습니다.", "12345601234567"),
)


@pytest.mark.parametrize(("country", "text", "wanted"), OWN)
def test_the_victims_own_values_in_malay_indonesian_thai_tagalog(
    country: str, text: str, wanted: str
) -> None:
    assert _role_of(text, country, wanted) is Role.OWN


SCAMS: tuple[tuple[str, str, str, Role], ...] = (
    (
        "MY",
        "Wang dimasukkan ke akaun dia CIMB 7012345678 seperti diarah.",
        "70123",
        Role.PAYEE_ACCOUNT,
    ),
    ("MY", "Dia suruh saya hubungi nombor mereka 012-345 6789.", "+60123456789", Role.CONTACT),
    ("MY", "Saya bank in ke akaun Maybank 5140 1234 5678.", "514012345678", Role.PAYEE_ACCOUNT),
    ("MY", "Penipu minta bayar ke akaun RHB 21234500012345", "2123450", Role.PAYEE_ACCOUNT),
    ("ID", "Uang saya transfer ke rekening penipu BCA 1234567890.", "12345", Role.PAYEE_ACCOUNT),
    ("ID", "Saya dihubungi nomor pelaku 0812-1111-2222.", "+6281211112222", Role.CONTACT),
    ("ID", "Saya kirim ke rekening dia BNI 0123456789.", "0123456789", Role.PAYEE_ACCOUNT),
    ("TH", "เขาให้ติดต่อกลับที่เบอร์ 02-123-4567", "+6621234567", Role.CONTACT),
    ("TH", "มิจฉาชีพบอกให้ติดต่อกลับที่เบอร์ 02-123-4567 เพื่อยืนยันตัวตน", "+6621234567", Role.CONTACT),
    ("TH", "ได้รับ SMS ให้ติดต่อกลับ 02-123-4567", "+6621234567", Role.CONTACT),
    ("TH", "เขาให้เบอร์ติดต่อกลับ 089-123-4567", "+66891234567", Role.CONTACT),
    ("TH", "เบอร์ติดต่อของมิจฉาชีพ 089-123-4567", "+66891234567", Role.CONTACT),
    ("PH", "Tinawagan ako ng 0998 765 4321 na nagpapanggap na taga-BPI.", "+6399876", Role.CONTACT),
)


def test_a_friends_card_is_not_the_victims() -> None:
    assert _role_of("我的朋友的卡 6222 0212 3456 7890 128", "CN", "62220212") is not Role.OWN


def test_one_number_belongs_to_one_bank_name() -> None:
    # the number the first name took is not the second's too: Rakuten's account is 7654321
    text = (
        "私の口座（三菱UFJ銀行 新宿支店 普通 1234567）から、"
        "相手の口座（楽天銀行 第一営業支店 普通 7654321）に振り込みました。"
    )
    assert _kind_values(text, "JP", "bank_account") == {"JP:0005:1234567", "JP:0036:7654321"}


@pytest.mark.parametrize(("country", "text", "wanted", "role"), SCAMS)
def test_the_scammers_values_are_not_the_victims(
    country: str, text: str, wanted: str, role: Role
) -> None:
    assert _role_of(text, country, wanted) is role


# --- 5. Report sentences across the nine languages ------------------------------------------

TRON = "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7"
SENTENCES: tuple[tuple[str | None, str, set[str]], ...] = (
    (
        "AU",
        "The caller said he was from CommBank fraud team and I moved $8,000 to Westpac "
        "032-001 123456 as instructed.",
        {"AU:032001:123456"},
    ),
    (
        "AU",
        "I sent it from my CBA account 062-000 1234 5678 to the scammer's Macquarie 182-512 "
        "963852741.",
        {"AU:062000:12345678", "AU:182512:963852741"},
    ),
    (
        "AU",
        "Suncorp 484-799 123456789 then BOQ 124-001 12345678",
        {"AU:484799:123456789", "AU:124001:12345678"},
    ),
    (
        "US",
        "She had me wire $20,000 to Chase routing 021000021 account 483920175.",
        {"US:021000021:483920175"},
    ),
    (
        "JP",
        f"LINE ID「fx_master_77」から連絡があり、USDTを {TRON} に送りました",
        {"line:fx_master_77", f"tron:{TRON}"},
    ),
    ("JP", "犯人から「ソニー銀行 001 1234567 に振り込め」と言われた", {"JP:0035:1234567"}),
    (
        "JP",
        "090-1234-5678から電話があり、ゆうちょ銀行 10120-12345678に送金しました。",
        {"+819012345678", "JP:9900:10120:12345678"},
    ),
    ("JP", "LINEで @fx-support という公式アカウントから連絡が来ました。", {"line:@fx-support"}),
    ("JP", "相手の番号は 81 80-4693-7908 でした", {"+818046937908"}),
    (
        "CN",
        "对方微信号：wxid_ab12cd34ef，让我转账到建设银行 6217 0012 3456 7890 123。",
        {"wechat:wxid_ab12cd34ef", "CN:105:6217001234567890123"},
    ),
    (
        "CN",
        "客服让我加vx：li_ming-88，然后下载 app.gold-fx.top 的APP。",
        {"wechat:li_ming-88", "gold-fx.top"},
    ),
    (
        "CN",
        "他让我下载安全卫士，链接是 hxxps://safe-guard[.]cc/download",
        {"safe-guard.cc", "https://safe-guard.cc/download"},
    ),
    ("CN", "对方让我往浦发银行 6217 9200 1234 5678 转账", {"CN:310:6217920012345678"}),
    (
        "KR",
        "카톡 아이디 money_king77 로 연락이 왔고 국민은행 123456-01-234567로 입금했습니다.",
        {"kakaotalk:money_king77", "KR:004:12345601234567"},
    ),
    ("KR", "신한 110-123-456789 로 300만원 보냈어요", {"KR:088:110123456789"}),
    (
        "KR",
        "010-9876-5432에서 문자가 왔는데 링크 http://kbstar-secure.xyz/login 을 눌렀습니다.",
        {"+821098765432", "kbstar-secure.xyz", "https://kbstar-secure.xyz/login"},
    ),
    (
        "TH",
        "มิจฉาชีพให้แอดไลน์ไอดี @thai-gold99 แล้วให้โอนเข้าบัญชีกสิกรไทย 123-4-56789-0",
        {"line:@thai-gold99", "TH:004:1234567890"},
    ),
    ("TH", "โอนเข้า ธ.ไทยพาณิชย์ ๑๒๓-๔-๕๖๗๘๙-๐", {"TH:014:1234567890"}),
    (
        "TH",
        "แอดไลน์มา ID: somchai_88 แล้วให้โทรกลับเบอร์ 092-345-6789",
        {"line:somchai_88", "+66923456789"},
    ),
    (
        "VN",
        "Đối tượng kết bạn Zalo 0912 345 678 rồi bảo tôi chuyển vào Vietcombank 0071001234567.",
        {"zalo:+84912345678", "+84912345678", "VN:970436:0071001234567"},
    ),
    (
        "VN",
        "Họ gửi link https://shopee-hoantien.vip/claim qua Telegram @hoantien_cskh.",
        {"shopee-hoantien.vip", "https://shopee-hoantien.vip/claim", "telegram:hoantien_cskh"},
    ),
    ("VN", "STK 0123456789 ngân hàng MB, chủ tài khoản NGUYEN VAN A", {"VN:970422:0123456789"}),
    (
        "ID",
        "Pelaku menghubungi saya lewat WA 0812-9876-5432 dan meminta transfer ke BCA 8720123456.",
        {"whatsapp:+6281298765432", "+6281298765432", "ID:014:8720123456"},
    ),
    (
        "ID",
        f"Saya diminta mengirim USDT ke alamat {TRON} lewat Telegram @cs_invest88.",
        {f"tron:{TRON}", "telegram:cs_invest88"},
    ),
    (
        "ID",
        "Pelaku pakai nomor +62 812 3456 7890 dan akun IG @investasi.aman",
        {"+6281234567890", "instagram:investasi.aman"},
    ),
    (
        "MY",
        "Scammer minta saya bank in ke Maybank 5140 1234 5678 atas nama syarikat.",
        {"MY:MBBEMYKL:514012345678"},
    ),
    (
        "MY",
        "Penipu guna Telegram @pelaburan_my dan akaun CIMB 7012345678.",
        {"telegram:pelaburan_my", "MY:CIBBMYKL:7012345678"},
    ),
    (
        "MY",
        "Dia WhatsApp saya dari nombor +60 12-345 6789 dan suruh muat turun apk di bit.ly/3abcXYZ.",
        {"+60123456789", "bit.ly", "https://bit.ly/3abcXYZ"},
    ),
    (
        "PH",
        "Nag-message sa akin sa Telegram @crypto_mentor_ph at pinadala ko sa GCash 0917 123 4567.",
        {"telegram:crypto_mentor_ph", "+639171234567"},
    ),
    (
        "PH",
        "Pinadala ko ang pera sa BDO account 0012 3456 7890 ng scammer.",
        {"PH:BNORPHMM:001234567890"},
    ),
    (
        "PH",
        "Scammer's FB: facebook.com/juan.delacruz.5473",
        {"facebook.com", "facebook:juandelacruz5473", "https://facebook.com/juan.delacruz.5473"},
    ),
    (
        None,
        "The scammer's WhatsApp was +44 7911 123456 and he asked for BTC to "
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
        {
            "whatsapp:+447911123456",
            "+447911123456",
            "btc:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
        },
    ),
    ("GB", "Paid to Monzo 04-00-04 12345678 (J Smith)", {"GB:040004:12345678"}),
    (
        "SG",
        "Scammer gave me OCBC 501-123456-001 and Telegram t.me/sg_jobs_hr",
        {"SG:7339:501123456001", "t.me", "telegram:sg_jobs_hr", "https://t.me/sg_jobs_hr"},
    ),
    ("HK", "騙徒叫我轉賬到滙豐 123-456789-001", {"HK:004:123456789001"}),
    ("TW", "對方要我匯款到中國信託 822-1234-5678-9012", {"TW:822:123456789012"}),
    (
        None,
        "WeChat: jenny_88, LINE: yuki.88, Telegram: @crypto88",
        {"wechat:jenny_88", "line:yuki.88", "telegram:crypto88"},
    ),
    (
        "TH",
        "ไลน์ร้าน @shop-gold บอกให้โอนเข้ากรุงเทพ 123-4-56789-0",
        {"line:@shop-gold", "TH:002:1234567890"},
    ),
    # what must stay out: prose after a platform's name, a saint's name, a WeChat ID with a dot
    (
        None,
        "Subject line: Invoice overdue. Pay to Chase routing 021000021 account 483920175.",
        {"US:021000021:483920175"},
    ),
    (
        "AU",
        "They gave me Bendigo Bank 633-000 123456789 and St.George 112-879 456123789.",
        {"AU:633000:123456789", "AU:112879:456123789"},
    ),
    ("CN", "他说微信号是 li.ming-88，让我打电话 138 0013 8000", {"+8613800138000"}),
    (None, "Line: Call me later on +1 415 555 2671", {"+14155552671"}),
)


@pytest.mark.parametrize(("country", "text", "values"), SENTENCES)
def test_report_sentences_across_languages(
    country: str | None, text: str, values: set[str]
) -> None:
    assert _values(text, country) == values
