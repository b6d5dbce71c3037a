"""Chinese bank-card numbers given without the bank's name, keyed by their issuer number.

Payees in mainland China are paid to a debit card: the card number is the account a
transfer goes to ("收款账户：6222 0212 3456 7890 123"). Victims copy it from the chat and
often leave the bank's name out. A UnionPay card number (16 to 19 digits from 62) begins
with a six-digit issuer identification number (BIN) that names the bank, so the number is
keyed exactly as it is when the bank is named ("中国工商银行 6222…" → ``CN:102:6222…``) and
the two mentions link.

Only issuers in the bundled bank table (``data/banks.json``'s mainland banks) are read. A
number counts as a card when its check digit is right (Luhn) or an account word stands just
before it ("卡号", "账户", "收款", "account"): a random 16-digit order number passes neither
one time in ten, and one whose first six digits are not a listed issuer is never read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

# Debit-card BINs of the mainland banks in data/banks.json, by their CNAPS code (the code
# the table keys a named bank's account with). UnionPay (62…) issuers only: a Visa or
# Mastercard number is a card, not the account a transfer is paid to.
_BINS_BY_BANK = {
    "102": "622202 622203 622208 621226 621225 622200 621558 621559 621281 621288 620058 "
    "621670 622230 622235 622210 622215",  # 中国工商银行
    "103": "622848 622845 622846 622841 622849 622823 622826 622827 622828 622836 622837 "
    "622840 622844 622847 621282 621336 621619 623052",  # 中国农业银行
    "104": "621661 621663 621667 621668 621669 621666 621756 621757 621758 621785 621786 "
    "621787 621788 621789 621790 621256 621212 621283 620061 621725 621330 621331 621332 "
    "621333 621297 621568 621569 621672 623208 622760 622761 622762 622763 622752 622753 "
    "622755 622756 622757 622758 622759 622788",  # 中国银行
    "105": "621700 622280 622700 621284 621081 621467 621598 623094 623211 621673 622966 "
    "622988 622381 622382 622725 622728",  # 中国建设银行
    "301": "622260 622262 621069 621436 621335 622258 622259 622261",  # 交通银行
    "302": "622690 622691 622692 622696 622698 621768 621767 621770 621771 621773 622998 "
    "622999",  # 中信银行
    "305": "622615 622617 622618 622622 622616 622619 622620 621691",  # 中国民生银行
    "307": "622155 622156 622157 622525 622526 621626 623058 622986 622989 622298",  # 平安银行
    "308": "622588 622575 622576 622577 622578 622579 622580 622581 622582 621483 621485 "
    "621486 621299 622609",  # 招商银行
    "309": "622909 622908 622901 622902 622922 625960 625961 625962 625963",  # 兴业银行
    "310": "622521 622522 622523 621792 621791 622516 622517 622518 622519 622520",  # 浦发银行
    "403": "621098 622150 622151 622181 622188 621095 620062 621285 621798 621799 621797 "
    "620529 622199 621096 621622 623218 623219",  # 中国邮政储蓄银行
}
_BANK_BY_BIN = {bin_: code for code, bins in _BINS_BY_BANK.items() for bin_ in bins.split()}

# 16 to 19 digits from 62, bare or in groups of four ("6222 0212 3456 7890 123"), not the
# middle of a longer number or of a phone ("+62 …" is an Indonesian number).
_CARD_RE = re.compile(r"(?<![0-9A-Za-z+.\-])62[0-9]{2}(?:[ -]?[0-9]){12,15}(?![0-9])")
_ACCOUNT_WORD_BEFORE = re.compile(
    r"(?:卡号|卡號|账号|賬號|帳號|账户|賬戶|帳戶|户口|戶口|收款|转账|轉賬|转入|打款|汇款|匯款"
    r"|银行卡|銀行卡|储蓄卡|借记卡|account|acct|acc|a/c|card|no\.?)[^0-9\n]{0,12}$",
    re.IGNORECASE,
)
_WINDOW_BEFORE = 24


def luhn_valid(digits: str) -> bool:
    """Whether ``digits`` ends with its Luhn check digit (every payment card does)."""
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if index % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def bank_code_for_card(digits: str) -> str | None:
    """The CNAPS code of the mainland bank that issued a card number, if it is listed."""
    if not 16 <= len(digits) <= 19 or not digits.startswith("62"):
        return None
    return _BANK_BY_BIN.get(digits[:6])


def find_card_accounts(
    text: str, taken: Callable[[int, int], bool] | None = None
) -> Iterator[tuple[str, str, int, int]]:
    """Yield ``(bank code, digits, start, end)`` for each listed-issuer card number in
    ``text`` (folded: ASCII digits) that is not inside a span ``taken`` already holds."""
    if "62" not in text:
        return
    for match in _CARD_RE.finditer(text):
        start, end = match.span()
        if taken is not None and taken(start, end):
            continue
        digits = match.group().replace(" ", "").replace("-", "")
        code = bank_code_for_card(digits)
        if code is None:
            continue
        if luhn_valid(digits) or _ACCOUNT_WORD_BEFORE.search(
            text, max(0, start - _WINDOW_BEFORE), start
        ):
            yield code, digits, start, end
