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
            "เบอร์ติดต่อของ",
            "เบอร์ผม",
            "เบอร์ฉัน",
            "เบอร์ดิฉัน",
            "เบอร์โทรของผม",
            "เบอร์โทรของฉัน",
            "ติดต่อกลับ",
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
            "e-wallet saya",
            "dompet saya",
        ),
        CONTACT: (
            "nomor saya",
            "nomor hp saya",
            "no hp saya",
            "nomor telepon saya",
            "hubungi saya",
        ),
    },
    "tl": {
        ACCOUNT: (
            "account ko",
            "aking account",
            "kong account",
            "gcash ko",
            "aking gcash",
            "card ko",
            "mula sa account",
        ),
        CONTACT: ("numero ko", "aking numero", "number ko", "tawagan ako", "contact ko"),
    },
    "km": {
        ACCOUNT: ("គណនីរបស់ខ្ញុំ", "គណនីខ្ញុំ", "ពីគណនី"),
        CONTACT: ("លេខទូរស័ព្ទរបស់ខ្ញុំ", "លេខរបស់ខ្ញុំ", "លេខខ្ញុំ"),
    },
}

# A sentence that says the account was lent, rented or sold, or received others' money for
# someone: the account is a crew's mule there, not merely the victim's.
MULE_CUES: tuple[str, ...] = (
    "use my account",
    "used my account",
    "using my account",
    "rent my account",
    "rented my account",
    "rented out my",
    "sold my account",
    "lend my account",
    "lent my account",
    "receive money",
    "receive payments",
    "receive the money",
    "received money from",
    "pass it on",
    "forward the money",
    "forwarded the money",
    "commission",
    "payment agent",
    "used to receive",
    "to receive money",
    "collect payments",
    "貸し",
    "貸与",
    "レンタル",
    "買い取",
    "売った",
    "売却",
    "アルバイト",
    "バイト",
    "報酬",
    "受け取り用",
    "借给",
    "出租",
    "出借",
    "卖卡",
    "卖了",
    "代收",
    "跑分",
    "收款用",
    "兼职",
    "佣金",
    "빌려",
    "대여",
    "알바",
    "판매",
    "매입",
    "수수료",
    "ให้เขาใช้",
    "ให้เช่า",
    "ให้ยืม",
    "ขายบัญชี",
    "รับงาน",
    "โอนต่อ",
    "ค่าคอม",
    "รับโอนแทน",
    "cho họ dùng",
    "cho thuê",
    "cho mượn",
    "bán tài khoản",
    "việc làm thêm",
    "hoa hồng",
    "dùng để nhận",
    "nhận tiền hộ",
    "meminjamkan",
    "pinjamkan",
    "menyewakan",
    "disewa",
    "menjual rekening",
    "kerja sampingan",
    "menerima uang",
    "komisi",
    "dipakai",
    "digunakan untuk",
    "menampung",
    "admin pembayaran",
    "pinagamit",
    "pinahiram",
    "inupahan",
    "pinaupahan",
    "ibinenta",
    "tumanggap ng pera",
    "komisyon",
    "ជួល",
    "ខ្ចី",
)

# Between the phrase and the value: another party ("his", "相手の", "对方"), a direction ("to",
# "に", "到", "เข้า"), a platform ("my account on the platform, address T…": the crew's).
_BLOCKER_RE = re.compile(
    r"\b(?:to|into|onto|towards|his|her|their|them|the scammer|platform|app|site|website)\b"
    r"|→|->|に|へ|相手|業者|到|给|向|转入|对方|他的|平台|에게|으로|상대|플랫폼"
    r"|ไปยัง|ไปที่|เข้า|เขา|แพลตฟอร์ม|\bvào\b|\bcho\b|\bhọ\b|nền tảng|\bsàn\b"
    r"|\bke\b|\bmereka\b|\bnila\b|\bkay\b|[。！？!?\n;；]|\.(?=\s)"
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


@cache
def _automaton() -> Any:  # an ahocorasick.Automaton: phrase -> (length, sort) (untyped)
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for table in OWN_CUES.values():
        for sort, phrases in table.items():
            for phrase in phrases:
                automaton.add_word(phrase, (len(phrase), sort))
    for phrase in MULE_CUES:
        automaton.add_word(phrase, (len(phrase), -1))
    automaton.make_automaton()
    return automaton


def own_values(text: str, found: Sequence[FoundIndicator]) -> list[int]:
    """Indexes of ``found`` (what ``extract`` returned for ``text``, the victim's own words)
    that the words make the victim's own values."""
    if not isinstance(text, str) or not any(f.kind in _ANY_KIND for f in found):
        return []
    lowered = lower_same_length(text)
    cues, mules = _matches(lowered)
    if not cues:
        return []
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(lowered)]
    starts = sorted(f.start for f in found)
    out = []
    for index, item in enumerate(found):
        cue = _cue_before(cues, item, lowered, starts)
        if cue is not None and not _in_sentence(mules, cue, item.end, ends):
            out.append(index)
    return out


def _matches(lowered: str) -> tuple[list[tuple[int, int, int]], list[int]]:
    """Possession phrases as (start, end, sort), and where the mule phrases start."""
    cues, mules = [], []
    for end, (length, sort) in _automaton().iter(lowered):
        start = end + 1 - length
        if start > 0 and lowered[start - 1].isalpha() and lowered[start].isascii():
            continue  # a Latin phrase starts at a word start ("my card" not in "emmy card")
        if sort < 0:
            mules.append(start)
        else:
            cues.append((start, end + 1, sort))
    if ("my " in lowered or "our " in lowered) and _NOUN_RE.search(lowered):
        for match in _MY_BANK_ACCOUNT_RE.finditer(lowered):
            if not _BLOCKER_RE.search(match.group()):  # "my account into their account"
                cues.append((match.start(), match.end(), ACCOUNT))
    return cues, mules


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
    lo = max((e for e in ends if e <= cue[0]), default=0)
    hi = min((e for e in ends if e >= end), default=1 << 30)
    return any(lo <= m < hi for m in mules)
