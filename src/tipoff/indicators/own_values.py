"""The victim's own values: the account they paid from, their own number.

A report names values that are the victim's, not the crew's: "I paid from my account …",
"they promised a refund to my account …", "you can reach me on …". Alone such a value links
nothing, since nobody else names it. But crews take their victims' accounts over (a "refund"
to forward, a job offer to "process payments", an account bought or rented), and the account
then receives the money of later victims, of the crew that scammed its owner or of another
crew (docs/indicators.md, "Roles"; ``tipoff.simulate.victim_mules``). Taken as the crew's, the
owner's citation joins the owner's crew to the crews that use the account. ``Role.OWN`` marks
it; the linker never links through it.

What decides: a phrase of possession in the victim's own words ("my account", "from my
account", "私の口座", "我的账户", "제 계좌", "บัญชีของฉัน", "tài khoản của tôi", "rekening
saya", "account ko", "គណនីរបស់ខ្ញុំ"; "my number", "reach me on", "私の連絡先", "我的手机号",
"제 연락처" …) right before the value, in the same sentence, with nothing between them that
names another party, a direction ("to", "に", "到", "เข้า" …), a platform or another value.
Not where the sentence says the account was lent, rented or used to receive others' money
("let them use my account", "借给", "빌려", "ให้เขาใช้", "pinagamit"): that account is the
crew's mule in this report, and links it to the crew that used it.

Pure, thread-safe, never raises on any string.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from tipoff.indicators.normalize import lower_same_length
from tipoff.model import FoundIndicator, IndicatorKind

K = IndicatorKind
ACCOUNT, CONTACT = 0, 1
_MULE, _NAME = -1, -2  # automaton sorts of a mule phrase and of a mule account's name
# Kinds a possession phrase of each sort may make the victim's.
_KINDS = {
    ACCOUNT: frozenset({K.BANK_ACCOUNT, K.IBAN, K.WALLET, K.PHONE}),  # e-wallets are numbers
    CONTACT: frozenset({K.PHONE, K.EMAIL, K.HANDLE, K.URL}),  # "my number is wa.me/…"
}
_ANY_KIND = _KINDS[ACCOUNT] | _KINDS[CONTACT]
# Characters between the phrase and the value: a bank's and branch's name fit in ("my account
# at Techcombank, số tài khoản …"), a clause does not.
MAX_GAP = {ACCOUNT: 48, CONTACT: 24}
NEAR_GAP = 16  # a number (an e-wallet) after an account phrase

OWN_CUES: dict[str, dict[int, tuple[str, ...]]] = {
    "en": {
        ACCOUNT: (
            "my account",
            "my own account",
            "my bank account",
            "my own bank account",
            "my savings account",
            "my checking account",
            "my card",
            "my debit card",
            "my e-wallet",
            "my ewallet",
            "my gcash",
            "my wallet",
            "my own wallet",
            "our account",
            "our joint account",
            "account in my name",
            "account under my name",
            "paid from",
            "transferred from",
            "sent it from",
            "sent the money from",
            "went out from",
            "refund to my",
        ),
        CONTACT: (
            "my number",
            "my phone",
            "my mobile",
            "my cell",
            "my own number",
            "my contact",
            "my email",
            "my e-mail",
            "reach me",
            "call me back on",
            "call me back at",
            "call me on",
            "call me at",
            "contact me on",
            "contact me at",
        ),
    },
    "ja": {
        ACCOUNT: (
            "私の口座",
            "自分の口座",
            "私名義の口座",
            "本人名義の口座",
            "自分名義の口座",
            "私の銀行口座",
            "自分の銀行口座",
            "私のカード",
            "返金先",
        ),
        CONTACT: (
            "私の連絡先",
            "私の携帯",
            "私の電話番号",
            "私の番号",
            "自分の番号",
            "本人の連絡先",
        ),
    },
    "zh": {
        ACCOUNT: (
            "我的账户",
            "我的帐户",
            "我的账号",
            "我的银行卡",
            "我的卡",
            "我自己的",
            "自己的卡",
            "自己的账户",
            "本人账户",
            "本人银行卡",
            "本人的卡",
            "退款到我的",
            "退到我的",
        ),
        CONTACT: ("我的手机", "我的电话", "我的联系电话", "本人联系电话", "本人手机", "我的号码"),
    },
    "ko": {
        ACCOUNT: (
            "내 계좌",
            "제 계좌",
            "본인 계좌",
            "본인 명의 계좌",
            "제 명의",
            "내 명의",
            "제 통장",
            "내 통장",
            "본인 통장",
            "제 카드",
            "환불받을 계좌",
        ),
        CONTACT: (
            "제 연락처",
            "내 연락처",
            "본인 연락처",
            "제 번호",
            "내 번호",
            "제 휴대폰",
            "본인 휴대폰",
            "제 전화번호",
        ),
    },
    "th": {
        ACCOUNT: (
            "บัญชีของฉัน",
            "บัญชีของผม",
            "บัญชีของดิฉัน",
            "บัญชีของหนู",
            "บัญชีของตัวเอง",
            "บัญชีตัวเอง",
            "บัญชีส่วนตัว",
            "บัญชีฉัน",
            "บัญชีผม",
            "บัญชีดิฉัน",
            "โอนจากบัญชี",
        ),
        CONTACT: (
            "เบอร์ของฉัน",
            "เบอร์ของผม",
            "เบอร์ของดิฉัน",
            "เบอร์ติดต่อของฉัน",
            "เบอร์ติดต่อของผม",
            "เบอร์ติดต่อของดิฉัน",
            "เบอร์ติดต่อของหนู",
            "เบอร์ผม",
            "เบอร์ฉัน",
            "เบอร์ดิฉัน",
            "เบอร์โทรของผม",
            "เบอร์โทรของฉัน",
            "เบอร์โทรของดิฉัน",
            # "contact me back": not "ติดต่อกลับ" alone, which is mostly the crew's callback
            # number ("ให้ติดต่อกลับที่เบอร์ 02-…", "เขาให้เบอร์ติดต่อกลับ …")
            "ติดต่อกลับฉัน",
            "ติดต่อกลับผม",
            "ติดต่อกลับดิฉัน",
            "ติดต่อกลับหนู",
            "ติดต่อกลับมาที่ฉัน",
            "ติดต่อกลับมาที่ผม",
            "ติดต่อกลับมาที่ดิฉัน",
        ),
    },
    "vi": {
        ACCOUNT: (
            "tài khoản của tôi",
            "tài khoản của mình",
            "tài khoản cá nhân",
            "tài khoản riêng",
            "từ tài khoản",
            "thẻ của tôi",
            "ví của tôi",
        ),
        CONTACT: (
            "số điện thoại của tôi",
            "số của tôi",
            "sđt của tôi",
            "liên hệ tôi",
            "liên hệ với tôi",
        ),
    },
    "id": {
        ACCOUNT: (
            "rekening saya",
            "rekening pribadi",
            "rekening milik saya",
            "rekening sendiri",
            "dari rekening",
            "rekening atas nama saya",
            "rekening bank saya",
            "rekening tabungan saya",
            "akun bank saya",
            "kartu saya",
            "e-wallet saya",
            "dompet saya",
        ),
        CONTACT: (
            "nomor saya",
            "nomor hp saya",
            "no hp saya",
            "nomor telepon saya",
            "nomor wa saya",
            "nomor whatsapp saya",
            "hubungi saya",
        ),
    },
    "ms": {
        ACCOUNT: (
            "akaun saya",
            "akaun bank saya",
            "akaun simpanan saya",
            "akaun sendiri",
            "akaun peribadi",
            "akaun milik saya",
            "akaun atas nama saya",
            "dari akaun",
            "daripada akaun",
            "kad saya",
            "kad debit saya",
            "ewallet saya",
        ),
        CONTACT: (
            "nombor saya",
            "nombor telefon saya",
            "no telefon saya",
            "no. telefon saya",
            "no tel saya",
            "nombor hp saya",
            "nombor whatsapp saya",
            "nombor wa saya",
            "telefon bimbit saya",
        ),
    },
    "tl": {
        ACCOUNT: (
            "account ko",
            "aking account",
            "kong account",
            "gcash ko",
            "maya ko",
            "paymaya ko",
            "aking gcash",
            "card ko",
            "mula sa account",
        ),
        CONTACT: (
            "numero ko",
            "aking numero",
            "number ko",
            "tawagan ako",
            "contact ko",
            "cellphone ko",
            "cp ko",
            "telepono ko",
            "viber ko",
            "whatsapp ko",
            "telegram ko",
            "email ko",
        ),
    },
    "km": {
        ACCOUNT: ("គណនីរបស់ខ្ញុំ", "គណនីខ្ញុំ", "ពីគណនី"),
        CONTACT: ("លេខទូរស័ព្ទរបស់ខ្ញុំ", "លេខរបស់ខ្ញុំ", "លេខខ្ញុំ"),
    },
}

# A sentence that says the account was lent, rented or sold, or received others' money for
# someone: the account is a crew's mule there, not merely the victim's. Written from how
# recruited mules and turned victims put it (bank and police warnings, court reports, mule-
# recruitment ads), per language: the account lent, rented, sold or handed over; strangers'
# money coming in and sent on; the "job" of receiving and processing payments.
MULE_CUES: tuple[str, ...] = (
    # en: use, rental, lending, sale of the account
    "use my account",
    "used my account",
    "using my account",
    "let them use my",
    "let him use my",
    "let her use my",
    "allowed them to use my",
    "rent my account",
    "rented my account",
    "rented out my",
    "rent out my",
    "renting out my",
    "renting my account",
    "rented them my",
    "rent them my",
    "account rental",
    "rental of my",
    "sold my account",
    "sell my account",
    "selling my account",
    "sold them my",
    "lend my account",
    "lent my account",
    "lending my account",
    "lend them my",
    "lent them my",
    "lending them my",
    "lend him my",
    "lent him my",
    "lend her my",
    "lent her my",
    "loaned my account",
    "loaned them my",
    # en: receiving others' money and sending it on; the job's duties
    "receive money",
    "receive payments",
    "receive the money",
    "receive funds",
    "receiving money",
    "receiving payments",
    "receiving funds",
    "received money from",
    "received payments from",
    "pass it on",
    "passed it on",
    "passing it on",
    "send it on",
    "sent it on",
    "send them on",
    "sent them on",
    "transfer it on",
    "transferred it on",
    "forward the money",
    "forwarded the money",
    "forwarding the money",
    "forward the funds",
    "forwarded the funds",
    "forward the payments",
    "forwarded the payments",
    "commission",
    "payment agent",
    "collection agent",
    "financial agent",
    "used to receive",
    "to receive money",
    "collect payments",
    "collecting payments",
    "accept payments",
    "accepting payments",
    "payment processing",
    "process payments",
    "processing payments",
    "processed payments",
    "payment processor",
    "process transactions",
    "processing transactions",
    # en: strangers' money coming in
    "money from strangers",
    "payments from strangers",
    "transfers from strangers",
    "deposits from strangers",
    "funds from strangers",
    "strangers' money",
    "strangers sent money",
    "strangers transferred",
    "strangers deposited",
    "money from people i don't know",
    "money from people i do not know",
    "money from people i didn't know",
    "money from people i did not know",
    "money from unknown people",
    "money from unknown senders",
    "payments from people i don't know",
    "payments from unknown",
    "transfers from unknown",
    "people i don't know sent",
    "people i didn't know sent",
    "people i don't know transferred",
    "people i didn't know transferred",
    # ja: lent, rented, sold, handed over; strangers' money in, sent on
    "貸し",
    "貸与",
    "レンタル",
    "買い取",
    "売った",
    "売って",
    "売りました",
    "売り渡",
    "売却",
    "口座を売",
    "口座売買",
    "口座を譲",
    "譲渡",
    "アルバイト",
    "バイト",
    "報酬",
    "受け取り用",
    "知らない人からの入金",
    "知らない人から入金",
    "知らない人からお金",
    "知らない人からの振込",
    "知らない人から振り込",
    "知らない人からの送金",
    "見知らぬ人からの入金",
    "見知らぬ人から入金",
    "見知らぬ人から振り込",
    "知らない名義",
    "他人のお金",
    "他人からの入金",
    "入金を受けて",
    "入金を受け取って",
    "受け取って送金",
    "受け取って転送",
    "転送して",
    "転送しました",
    "決済代行",
    "収納代行",
    "代わりに受け取",
    # zh: lent, rented, sold cards; collecting for others, passing money through
    "借给",
    "出租",
    "出借",
    "借卡",
    "租卡",
    "卖卡",
    "卖了",
    "出售银行卡",
    "代收",
    "跑分",
    "收款用",
    "兼职",
    "佣金",
    "帮别人收款",
    "帮人收款",
    "替人收款",
    "帮他们收款",
    "帮忙收款",
    "过账",
    "走账",
    "刷流水",
    "收款再转",
    "收款后转",
    "收钱再转",
    "收到钱再转",
    "收到钱后转",
    "收到的钱要转",
    "帮他们转账",
    "帮人转账",
    "陌生人转账",
    "陌生人转来",
    "陌生人转入",
    "陌生人汇",
    "陌生人打钱",
    "陌生人打款",
    "陌生人打来的钱",
    "陌生人的钱",
    "陌生人的转账",
    "不认识的人转账",
    "不认识的人转来",
    "不认识的人打钱",
    "不认识的人打款",
    "不认识的人汇",
    "不认识的人的钱",
    "陌生账户转入",
    # ko: lent, rented, handed over, sold; strangers' money received and passed on
    "빌려",
    "대여",
    "알바",
    "판매",
    "매입",
    "수수료",
    "통장 양도",
    "계좌 양도",
    "통장을 양도",
    "계좌를 양도",
    "양도했",
    "양도해",
    "통장을 넘겨",
    "계좌를 넘겨",
    "통장을 팔",
    "계좌를 팔",
    "통장 매매",
    "계좌 매매",
    "모르는 사람들이 입금",
    "모르는 사람이 입금",
    "모르는 사람에게서 입금",
    "모르는 사람한테서 입금",
    "모르는 사람들한테서",
    "모르는 사람들에게서",
    "모르는 사람의 돈",
    "모르는 사람 돈",
    "모르는 사람들의 돈",
    "모르는 이름으로 입금",
    "모르는 돈이 입금",
    "돈을 받아 전달",
    "돈을 받아서 전달",
    "받아서 전달",
    "받아 전달",
    "받아서 송금",
    "받아 송금",
    "받은 돈을 전달",
    "받은 돈을 다시",
    "인출해서 전달",
    "인출책",
    "송금책",
    "결제 대행",
    "결제대행",
    "입금 대행",
    # th: let them use, rented, lent, sold; strangers' money in, sent on
    "ให้เขาใช้",
    "ให้เช่า",
    "ให้ยืม",
    "เช่าบัญชี",
    "ยืมบัญชี",
    "ขายบัญชี",
    "รับจ้างเปิดบัญชี",
    "รับงาน",
    "โอนต่อ",
    "โอนเงินต่อ",
    "ส่งเงินต่อ",
    "รับเงินแล้วโอน",
    "รับเงินแล้วส่งต่อ",
    "ค่าคอม",
    "รับโอนแทน",
    "เงินจากคนที่ไม่รู้จัก",
    "เงินจากคนไม่รู้จัก",
    "เงินจากคนแปลกหน้า",
    "คนที่ไม่รู้จักโอน",
    "คนไม่รู้จักโอน",
    "คนแปลกหน้าโอน",
    # vi: let them use, rented, lent, sold; strangers' money in, sent on
    "cho họ dùng",
    "cho thuê",
    "cho mượn",
    "thuê tài khoản",
    "mượn tài khoản",
    "bán tài khoản",
    "mua lại tài khoản",
    "mở tài khoản hộ",
    "việc làm thêm",
    "hoa hồng",
    "dùng để nhận",
    "nhận tiền hộ",
    "chuyển tiền hộ",
    "thu hộ",
    "nhận tiền rồi chuyển",
    "nhận tiền và chuyển",
    "nhận tiền sau đó chuyển",
    "chuyển tiếp tiền",
    "chuyển tiếp số tiền",
    "xử lý thanh toán",
    "tiền của người lạ",
    "tiền từ người lạ",
    "người lạ chuyển",
    "người lạ gửi tiền",
    "người không quen chuyển",
    "người không quen biết chuyển",
    "tiền từ người không quen",
    # id: lent, rented, sold; strangers' money in, passed on
    "meminjamkan",
    "pinjamkan",
    "pinjam rekening",
    "meminjam rekening",
    "dipinjam",
    "menyewakan",
    "disewa",
    "sewa rekening",
    "jual rekening",
    "menjual rekening",
    "kerja sampingan",
    "menerima uang",
    "komisi",
    "dipakai",
    "digunakan untuk",
    "menampung",
    "penampung",
    "admin pembayaran",
    "memproses pembayaran",
    "pemrosesan pembayaran",
    "meneruskan uang",
    "meneruskannya",
    "teruskan uangnya",
    "uang dari orang yang tidak saya kenal",
    "uang dari orang tak dikenal",
    "uang dari orang tidak dikenal",
    "uang dari orang asing",
    "orang tak dikenal mentransfer",
    "orang tidak dikenal mentransfer",
    "orang yang tidak saya kenal mentransfer",
    "transfer dari orang tak dikenal",
    "transfer dari orang yang tidak saya kenal",
    # ms: rented, lent, sold; strangers' money in, moved on
    "sewa akaun",
    "menyewa akaun",
    "pinjam akaun",
    "meminjam akaun",
    "jual akaun",
    "menjual akaun",
    "wang daripada orang yang tidak dikenali",
    "wang dari orang yang tidak dikenali",
    "wang orang yang tidak dikenali",
    "menerima wang",
    "pindahkan semula wang",
    "memindahkan semula",
    "ejen pembayaran",
    # tl: let use, lent, rented, sold; strangers' money in, passed on
    "pinagamit",
    "ipinagamit",
    "pinahiram",
    "ipinahiram",
    "hiniram ang account",
    "hiniram nila",
    "inupahan",
    "pinaupahan",
    "pinarenta",
    "ipinarenta",
    "ipinaupahan",
    "ipinagbili",
    "ibinenta",
    "binenta",
    "tumanggap ng pera",
    "tumatanggap ng pera",
    "tumanggap ng bayad",
    "pera ng ibang tao",
    "pera ng mga hindi ko kilala",
    "pera mula sa mga hindi ko kilala",
    "pera mula sa hindi ko kilala",
    "ipasa ang pera",
    "ipinasa ko ang pera",
    "ipinapasa ko ang pera",
    "komisyon",
    # km: rent, lend, sell; strangers' money in, transferred on
    "ជួល",
    "ខ្ចី",
    "លក់គណនី",
    "ប្រាក់ពីអ្នកមិនស្គាល់",
    "លុយពីអ្នកមិនស្គាល់",
    "អ្នកមិនស្គាល់ផ្ទេរ",
    "ផ្ទេរបន្ត",
    "បញ្ជូនបន្ត",
)

# Names for a mule account ("mule account", บัญชีม้า, 대포통장, 两卡, "akaun keldai"): the
# account is a crew's mule where the victim says so, not where an impostor claims it (the fake
# police officer's "your account is a mule account used to launder money", "제 통장이
# 대포통장으로 쓰였다고 했습니다"). Such a name counts only in a sentence with no word of
# claim or suspicion (_CLAIM_RE).
MULE_NAMES: tuple[str, ...] = (
    "money mule",
    "mule account",
    "as a mule",
    "บัญชีม้า",
    "대포통장",
    "两卡",
    "rekening bodong",
    "akaun keldai",
    "keldai akaun",
)
_CLAIM_RE = re.compile(
    r"\b(?:said|says|saying|claimed|claiming|claims|accused|alleged|allegedly|suspected"
    r"|suspicion|involved|investigat\w*|flagged|warned)\b"
    r"|と言|といわ|疑い|容疑|関与|说|称|涉嫌|涉及|怀疑|다고|라고|다며|라며|다는|혐의|연루"
    r"|บอกว่า|อ้างว่า|แจ้งว่า|ข้อหา|พัวพัน|เกี่ยวข้อง"
    r"|\b(?:nói|bảo|cho rằng|nghi|liên quan)\b"
    r"|\b(?:katanya|bilang|mengatakan|menuduh|dituduh|terlibat|kata|didakwa)\b"
    r"|\b(?:sinabi|sabi|daw|raw|sangkot|inakusahan)\b|ថា|ចោទ",
    re.IGNORECASE,
)

# Between the phrase and the value: another party ("his", "相手の", "对方"), a direction ("to",
# "に", "到", "เข้า"), a platform ("my account on the platform, address T…": the crew's).
_BLOCKER_RE = re.compile(
    r"\b(?:to|into|onto|towards|his|her|their|them|the scammer|platform|app|site|website)\b"
    r"|→|->|に|へ|相手|業者|到|给|向|转入|对方|他的|平台|에게|으로|상대|플랫폼"
    r"|ไปยัง|ไปที่|เข้า|เขา|แพลตฟอร์ม|\bvào\b|\bcho\b|\bhọ\b|nền tảng|\bsàn\b"
    r"|\bke\b|\bkepada\b|\bmereka\b|\bdia\b|\bpenipu\b|\bpelaku\b|\bscammer\b"
    r"|\bnila\b|\bkay\b|[。！？!?\n;；]|\.(?=\s)"
    # the payee's account named between ("from my account to the destination account …")
    r"|\b(?:recipient|beneficiary|payee|destination)|振込先|送金先|受取人|收款人|收款方"
    r"|수취인|받는 분|ปลายทาง|ผู้รับ|người nhận|thụ hưởng|\bpenerima|\btujuan|tatanggap|អ្នកទទួល",
    re.IGNORECASE,
)
_SENTENCE_END_RE = re.compile(r"[。！？!?\n;；]|\.(?=\s|$)")
_NOUN_RE = re.compile(r"account|acct|card|wallet")
# English names the bank between the possessive and the noun: "my DBS account", "our joint
# Maybank savings account", "my Wells Fargo debit card".
_MY_BANK_ACCOUNT_RE = re.compile(
    r"\b(?:my|our)(?: own)?(?: [a-z0-9&.'-]+){1,3} (?:account|acct|card|e-?wallet|wallet)\b"
)


# Indonesian and Malay name the bank between the noun and the possessive: "rekening BCA saya",
# "akaun Maybank saya", "akaun CIMB peribadi" (not "rekening penipu saya transfer …": a party).
_SAYA_ACCOUNT_RE = re.compile(
    r"\b(?:rekening|akaun|akun)((?: [a-z0-9&.'-]+){1,2}) (?:saya|sendiri|peribadi|pribadi)\b"
)
# Chinese and Korean name the bank between the possessive and the noun: "我的工商银行卡",
# "我自己的建设银行账户", "제 국민은행 계좌", "본인 신한 통장".
_CJK_BANK_ACCOUNT_RE = re.compile(
    r"我(?:自己)?的[^，。,、\s对他她的]{1,10}?(?:卡|账户|帐户|账号)"
    r"|(?<![가-힣])(?:제|내|본인)[ \t]?[가-힣A-Za-z]{1,8}(?:은행|뱅크)?[ \t]?(?:계좌|통장)"
)
_NOT_A_BANK = frozenset(
    [
        "penipu",
        "pelaku",
        "dia",
        "mereka",
        "scammer",
        "sindiket",
        "tujuan",
        "penerima",
        "itu",
        "tersebut",
        "ini",
        "yang",
        "dan",
        "ke",
        "kepada",
        "untuk",
    ]
)


@cache
def _automaton() -> Any:  # an ahocorasick.Automaton: phrase -> (length, sort) (untyped)
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for table in OWN_CUES.values():
        for sort, phrases in table.items():
            for phrase in phrases:
                automaton.add_word(phrase, (len(phrase), sort))
    for sort, phrases in ((_MULE, MULE_CUES), (_NAME, MULE_NAMES)):
        for phrase in phrases:
            automaton.add_word(phrase, (len(phrase), sort))
            if "'" in phrase:  # "don’t", "strangers’" as phones type them
                automaton.add_word(phrase.replace("'", "\u2019"), (len(phrase), sort))
    automaton.make_automaton()
    return automaton


def own_values(text: str, found: Sequence[FoundIndicator]) -> list[int]:
    """Indexes of ``found`` (what ``extract`` returned for ``text``, the victim's own words)
    that the words make the victim's own values."""
    if not isinstance(text, str) or not any(f.kind in _ANY_KIND for f in found):
        return []
    lowered = lower_same_length(text)
    cues, mules, names = _matches(lowered)
    if not cues:
        return []
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(lowered)]
    mules += [start for start in names if not _claimed(lowered, start, ends)]
    starts = sorted(f.start for f in found)
    out = []
    for index, item in enumerate(found):
        cue = _cue_before(cues, item, lowered, starts)
        if cue is not None and not _in_sentence(mules, cue, item.end, ends):
            out.append(index)
    return out


def _matches(lowered: str) -> tuple[list[tuple[int, int, int]], list[int], list[int]]:
    """Possession phrases as (start, end, sort), where the mule phrases start and where the
    names for a mule account start."""
    cues: list[tuple[int, int, int]] = []
    mules: list[int] = []
    names: list[int] = []
    for end, (length, sort) in _automaton().iter(lowered):
        start = end + 1 - length
        if start > 0 and lowered[start - 1].isalpha() and lowered[start].isascii():
            continue  # a Latin phrase starts at a word start ("my card" not in "emmy card")
        if sort == _MULE:
            mules.append(start)
        elif sort == _NAME:
            names.append(start)
        else:
            cues.append((start, end + 1, sort))
    if ("my " in lowered or "our " in lowered) and _NOUN_RE.search(lowered):
        for match in _MY_BANK_ACCOUNT_RE.finditer(lowered):
            if not _BLOCKER_RE.search(match.group()):  # "my account into their account"
                cues.append((match.start(), match.end(), ACCOUNT))
    if "我" in lowered or "제 " in lowered or "내 " in lowered or "본인" in lowered:
        for match in _CJK_BANK_ACCOUNT_RE.finditer(lowered):
            cues.append((match.start(), match.end(), ACCOUNT))
    if "saya" in lowered or "sendiri" in lowered or "pribadi" in lowered or "peribadi" in lowered:
        for match in _SAYA_ACCOUNT_RE.finditer(lowered):
            if _NOT_A_BANK.isdisjoint(match.group(1).split()):
                cues.append((match.start(), match.end(), ACCOUNT))
    return cues, mules, names


def _sentence(start: int, end: int, ends: list[int]) -> tuple[int, int]:
    """The bounds of the sentence that holds ``start`` … ``end``."""
    lo = max((e for e in ends if e <= start), default=0)
    hi = min((e for e in ends if e >= end), default=1 << 30)
    return lo, hi


def _claimed(lowered: str, start: int, ends: list[int]) -> bool:
    """Whether the sentence holding a mule account's name at ``start`` says someone claims or
    suspects it (an impostor's accusation, not the victim's account lent)."""
    lo, hi = _sentence(start, start + 1, ends)
    return _CLAIM_RE.search(lowered, lo, min(hi, len(lowered))) is not None


def _cue_before(
    cues: list[tuple[int, int, int]], item: FoundIndicator, lowered: str, starts: list[int]
) -> tuple[int, int, int] | None:
    """The possession phrase that names ``item``: right before it, of a sort that fits its
    kind, with no blocker and no other value between them."""
    best = None
    for cue in cues:
        _, end, sort = cue
        gap = item.start - end
        if gap < 0 or gap > _max_gap(sort, item) or item.kind not in _KINDS[sort]:
            continue
        if best is None or end > best[1]:
            best = cue
    if best is None:
        return None
    between = lowered[best[1] : item.start]
    if _BLOCKER_RE.search(between) or any(best[1] <= s < item.start for s in starts):
        return None
    return best


def _max_gap(sort: int, item: FoundIndicator) -> int:
    """How far before ``item`` a phrase of ``sort`` may end: a number after "my account" is
    an e-wallet's only right after it (Thai writes no full stop: "บัญชีของฉันเป็นบัญชีม้า
    ให้โอนเงินไปตรวจสอบ ได้โทรแจ้ง 02-…" is a line the victim called)."""
    if sort == ACCOUNT and item.kind == K.PHONE:
        return NEAR_GAP
    return MAX_GAP[sort]


def _in_sentence(mules: list[int], cue: tuple[int, int, int], end: int, ends: list[int]) -> bool:
    """Whether a mule phrase is in the sentence that holds the cue and the value."""
    lo, hi = _sentence(cue[0], end, ends)
    return any(lo <= m < hi for m in mules)
