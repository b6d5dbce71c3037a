"""Bank-branch codes written beside an account number: US ABA routing numbers, Australian
BSBs, British sort codes, Canadian transit and institution numbers.

A US account is unique only with its routing number ("Chase routing 021000021 account
1234567890"), an Australian one with its BSB ("BSB 062-000 account 12345678") and a British
one with its sort code ("sort code 20-00-00 account 12345678"), so all are keyed by that
code: ``US:<routing>:<number>``, ``AU:<bsb>:<number>``, ``GB:<sort code>:<number>``. A routing
number is never itself the account, and "ABA 021000021" names a routing number, not an
account at Cambodia's ABA Bank. All patterns run on lower-cased, folded text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Protocol

# US toll-free prefixes: "1-800-772-1213" next to a bank name is its hotline, not an account.
_TOLL_FREE = frozenset({"800", "833", "844", "855", "866", "877", "888"})
_ROUTING_RE = re.compile(
    r"(?:routing|aba|rtn)(?:[ \t]+(?:number|no\.?|#))?[ \t]*[:#]?[ \t]*([0-9]{9})(?![0-9])"
)
_BSB_RE = re.compile(
    r"bsb(?:[ \t]+(?:number|no\.?))?[ \t]*[:#]?[ \t]*([0-9]{3})[- ]?([0-9]{3})(?![0-9])"
)
# After a BSB: the account number within a few words ("account 12345678", "Acc: 1234 5678").
_AU_ACCOUNT_RE = re.compile(
    r"[ \t,;]*(?:(?:acc(?:ount|t)?|a/c)\.?(?:[ \t]+(?:number|no\.?))?)?[ \t]*[:#]?[ \t]*"
    r"([0-9](?:[0-9]| (?=[0-9])){4,11})(?![0-9])"
)
# A sort code: labelled ("sort code 20-00-00", "sort code: 200000"), or after a British bank's
# name as NN-NN-NN right before an 8-digit account ("Barclays 20-00-00 12345678").
_SORT_CODE_RE = re.compile(
    r"sort[ -]?code(?:[ \t]+(?:number|no\.?))?[ \t]*(?:is[ \t]+)?[:#]?[ \t]*"
    r"([0-9]{2})([- ]?)([0-9]{2})\2([0-9]{2})(?![0-9])"
)
_UNLABELLED_SORT_RE = re.compile(
    r"(?<![0-9-])([0-9]{2})([- ])([0-9]{2})\2([0-9]{2})[ \t,;]+"
    r"(?=(?:(?:acc(?:ount|t)?|a/c)\.?(?:[ \t]+(?:number|no\.?))?[ \t]*[:#]?[ \t]*)?"
    r"[0-9]{8}(?![0-9]))"
)
# The account right after a sort code, or labelled right before it ("account 12345678, sort
# code 20-00-00"); a bare number before it may be anything (a reference, an amount).
_GB_ACCOUNT_AFTER_RE = re.compile(
    r"[ \t,;.]*(?:and[ \t]+)?(?:(?:acc(?:ount|t)?|a/c)\.?(?:[ \t]+(?:number|no\.?|#))?)?[ \t]*"
    r"(?:is[ \t]+)?[:#]?[ \t]*([0-9]{8}|[0-9]{4} [0-9]{4})(?![0-9])"
)
_GB_ACCOUNT_BEFORE_RE = re.compile(
    r"(?:acc(?:ount|t)?|a/c)\.?(?:[ \t]+(?:number|no\.?|#))?[ \t]*(?:is[ \t]+)?[:#]?[ \t]*"
    r"([0-9]{8}|[0-9]{4} [0-9]{4})[ \t,;.]*(?:(?:and|with)[ \t]+)?(?:the[ \t]+)?$"
)
# Canada: the transit (branch, 5 digits), the institution (the bank, 3 digits) and the
# account, each after its word and in any order ("transit 12345, institution 003, account
# 1234567"); a victim copying a void cheque or a payee form writes them so, often with no
# bank name ("Transit number 12345 Institution 003 Account 1234567").
_CA_TRANSIT_RE = re.compile(
    r"(?<![a-z])transit(?:[ \t]+(?:number|no\.?|#|code))?[ \t]*[:#]?[ \t]*([0-9]{5})(?![0-9])"
)
_CA_INSTITUTION_RE = re.compile(
    r"(?<![a-z])(?:institution|inst\.|fi)(?:[ \t]+(?:number|no\.?|#|code))?[ \t]*[:#]?[ \t]*"
    r"([0-9]{3})(?![0-9])"
)
_CA_ACCOUNT_RE = re.compile(
    r"(?<![a-z])(?:acc(?:oun)?t|acc|a/c)\.?(?:[ \t]+(?:number|no\.?|#))?[ \t]*[:#]?[ \t]*"
    r"([0-9](?:[0-9]|[- ](?=[0-9])){6,13})(?![0-9])"
)
CA_PARTS_CONTEXT = 60
_NON_DIGIT_RE = re.compile(r"[^0-9]+")
_GROUPED_PHONE_RE = re.compile(r"[0-9]{3}[-. ][0-9]{3}[-. ][0-9]{4}")
ROUTING_CONTEXT = 80


class _Named(Protocol):
    @property
    def country(self) -> str: ...


def aba_checksum_ok(digits: str) -> bool:
    """The ABA routing number check: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10)."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    d = [int(c) for c in digits]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def routing_number_near(lowered: str, start: int, end: int) -> str | None:
    """A checksum-valid routing number named ("routing", "ABA", "RTN") around ``start:end``."""
    window = lowered[max(0, start - ROUTING_CONTEXT) : end + ROUTING_CONTEXT]
    for match in _ROUTING_RE.finditer(window):
        if aba_checksum_ok(match.group(1)):
            return match.group(1)
    return None


def labelled_routing_spans(lowered: str) -> list[tuple[int, int]]:
    """Spans of the checksum-valid routing numbers labelled in ``lowered`` ("routing
    021000021", "ABA 021000021", "RTN: 021000021"): a bank's code, never a phone. A victim
    outside the US copies the payee's "Bank of America routing 026009593 account …", and the
    nine digits dial as a landline in several countries (02-600-9593 in Bangkok and Seoul):
    read as a phone, the bank's code joined every crew paid through that bank."""
    return [
        match.span(1) for match in _ROUTING_RE.finditer(lowered) if aba_checksum_ok(match.group(1))
    ]


def branch_code_near(country: str, lowered: str, start: int, end: int) -> str | None:
    """The code that keys an account of a bank of ``country`` named at ``start:end``: a US
    routing number or a British sort code written near the name, else None."""
    if country == "US":
        return routing_number_near(lowered, start, end)
    if country == "GB":
        return sort_code_near(lowered, start, end)
    return None


def sort_code_near(lowered: str, start: int, end: int) -> str | None:
    """A sort code labelled around ``start:end``, or NN-NN-NN before an account right after it."""
    window = lowered[max(0, start - ROUTING_CONTEXT) : end + ROUTING_CONTEXT]
    if "sort" in window:
        match = _SORT_CODE_RE.search(window)
        if match is not None:
            return match.group(1) + match.group(3) + match.group(4)
    match = _UNLABELLED_SORT_RE.search(lowered, end, end + ROUTING_CONTEXT)
    return match.group(1) + match.group(3) + match.group(4) if match is not None else None


# The shape of a sort code and its account written with no label ("47-99-20 48777940"): a
# cheap test (it starts with a digit class) before the full search outside British reports.
_SORT_ACCOUNT_SHAPE_RE = re.compile(r"[0-9]{2}-[0-9]{2}-[0-9]{2}[ \t,;]+[0-9]{8}(?![0-9])")
_CALLING_CODE_BEFORE_RE = re.compile(r"\+[0-9]{1,3}[ -]?$")


def has_unlabelled_sort_code(lowered: str) -> bool:
    """Whether ``lowered`` may hold "NN-NN-NN 12345678" (a British account with its sort code)."""
    return "-" in lowered and _SORT_ACCOUNT_SHAPE_RE.search(lowered) is not None


def _date_like(first: str, middle: str, last: str) -> bool:
    """Whether pairs NN-NN-NN may be a date (day-month-year or year-month-day): outside a
    British report such a run is read as one before a number, not as a sort code."""
    return 1 <= int(middle) <= 12 and (1 <= int(first) <= 31 or 1 <= int(last) <= 31)


def find_sort_code_accounts(
    lowered: str, country_hint: str | None = None
) -> Iterator[tuple[str, int, int]]:
    """Yield (``GB:<sort code>:<number>``, start, end of the number) for each labelled sort
    code with its account right after it or labelled right before it, and NN-NN-NN right
    before an 8-digit account ("20-00-00 12345678": British mule accounts are cited in reports
    of every country); outside a British report not where the pairs may be a date
    ("12-05-24 12345678") or follow a calling code ("+49 40-22-33 …")."""
    british = country_hint == "GB"
    if british or has_unlabelled_sort_code(lowered):
        for match in _UNLABELLED_SORT_RE.finditer(lowered):
            if not british and (
                _date_like(match.group(1), match.group(3), match.group(4))
                or _CALLING_CODE_BEFORE_RE.search(lowered, max(0, match.start() - 6), match.start())
            ):
                continue
            if match.group(2) == "-":
                account = _GB_ACCOUNT_AFTER_RE.match(lowered, match.end(4))
                if account is not None:
                    sort_code = match.group(1) + match.group(3) + match.group(4)
                    number = account.group(1).replace(" ", "")
                    yield f"GB:{sort_code}:{number}", account.start(1), account.end(1)
    if "sort" not in lowered:
        return
    for match in _SORT_CODE_RE.finditer(lowered):
        if (
            match.start()
            and lowered[match.start() - 1].isascii()
            and lowered[match.start() - 1].isalnum()
        ):
            continue
        sort_code = match.group(1) + match.group(3) + match.group(4)
        account = _GB_ACCOUNT_AFTER_RE.match(lowered, match.end())
        if account is None:
            account = _GB_ACCOUNT_BEFORE_RE.search(
                lowered, max(0, match.start() - 48), match.start()
            )
        if account is not None:
            number = account.group(1).replace(" ", "")
            yield f"GB:{sort_code}:{number}", account.start(1), account.end(1)


def is_toll_free(written: str) -> bool:
    """A North American toll-free number written as one ("1-800-772-1213", "18007721213",
    "888-772-1213"): a hotline, never an account. Ten digits run together
    ("8779181791") are an account number that happens to start with 877."""
    digits = _NON_DIGIT_RE.sub("", written)
    if len(digits) == 11 and digits.startswith("1"):
        return digits[1:4] in _TOLL_FREE
    return (
        len(digits) == 10
        and _GROUPED_PHONE_RE.fullmatch(written) is not None
        and digits[:3] in _TOLL_FREE
    )


def is_nanp_grouped(written: str) -> bool:
    """Whether a number is written in a North American phone's groups ("205-725-4672")."""
    return _GROUPED_PHONE_RE.fullmatch(written) is not None


def find_bsb_accounts(lowered: str) -> Iterator[tuple[str, int, int]]:
    """Yield (``AU:<bsb>:<number>``, start, end of the number) for each "BSB … account …"."""
    if "bsb" not in lowered:
        return
    for match in _BSB_RE.finditer(lowered):
        if (
            match.start()
            and lowered[match.start() - 1].isascii()
            and lowered[match.start() - 1].isalnum()
        ):
            continue
        account = _AU_ACCOUNT_RE.match(lowered, match.end())
        if account is None:
            continue
        number = account.group(1).replace(" ", "")
        if 5 <= len(number) <= 10:
            yield f"AU:{match.group(1)}{match.group(2)}:{number}", account.start(1), account.end(1)


# An Australian account written after its bank's name with the BSB and no "BSB" label, or
# with one: "Westpac 032-001 123456", "CommBank 062-000 1234 5678", "NAB BSB 083 004 account
# 123456789", "CBA account 062-000 12345678", "Westpac, BSB 032-001, acc 123456". The BSB's
# six digits (3-3, with "-", a space or nothing between) come first, then the account.
_AU_AFTER_NAME_RE = re.compile(
    r"[ \t]*[(,:-]?[ \t]*(?:(?:acc(?:ount|t)?|a/c)\.?[ \t]*[:#]?[ \t]*)?"
    r"(?:bsb(?:[ \t]+(?:number|no\.?))?[ \t]*[:#]?[ \t]*)?"
    r"([0-9]{3})[- ]?([0-9]{3})(?![0-9])"
)
# The BSB-and-account pair with no label and no name: "062-000 1234 5678" (an Australian
# report), or before the bank's name in brackets ("062-000 12345678 (CommBank)"). The dash
# is required: six digits run together or spaced are too many other things.
_AU_PAIR_RE = re.compile(r"(?<![0-9+.,-])([0-9]{3})-([0-9]{3})(?=[ \t,;])")
_AU_PAIR_BEFORE_NAME_RE = re.compile(r"[ \t]*[(（,:-]?[ \t]*$")
# Words before a number that make it something other than an account ("Ref 123-456 789012",
# "order no. 123-456 7890123", "case 123-456 654321").
_OTHER_NUMBER_BEFORE_RE = re.compile(
    r"(?:ref|reference|order|invoice|tracking|receipt|case|ticket|policy|abn|acn|tfn|medicare"
    r"|licen[cs]e|phone|mobile|tel|call|fax)\b[^0-9\n]{0,12}$"
)
_CALLING_CODE_NEAR_RE = re.compile(r"\+[0-9]{1,3}[ \t-]*(?:\([0-9]{1,4}\)[ \t-]*)?$")


def _au_account(lowered: str, bsb: re.Match[str], shortest: int) -> tuple[str, int, int] | None:
    """The account right after the BSB of ``bsb``, as (``AU:<bsb>:<number>``, start, end)."""
    account = _AU_ACCOUNT_RE.match(lowered, bsb.end())
    if account is None:
        return None
    number = account.group(1).replace(" ", "")
    if not shortest <= len(number) <= 10:
        return None
    return f"AU:{bsb.group(1)}{bsb.group(2)}:{number}", account.start(1), account.end(1)


def au_account_after_name(lowered: str, end: int) -> tuple[str, int, int] | None:
    """The account an Australian bank's name ending at ``end`` names with its BSB (an account
    of 6-10 digits), or None.

    An Australian account number is unique only with its BSB, and the BSB is how Australians
    write an account ("BSB 062-000 Acc 12345678"), so a name with a number and no BSB names
    no account here: keyed by the bank alone it could never meet the same account written
    with its BSB (``AU:<bsb>:<number>``, the one key form)."""
    bsb = _AU_AFTER_NAME_RE.match(lowered, end)
    return _au_account(lowered, bsb, 6) if bsb is not None else None


def au_account_before_name(lowered: str, start: int) -> tuple[str, int, int] | None:
    """A BSB-and-account pair right before an Australian bank's name starting at ``start``
    ("062-000 12345678 (CommBank)", "032-001 123456, Westpac"), or None."""
    low = max(0, start - 40)
    found = None
    for bsb in _AU_PAIR_RE.finditer(lowered, low, start):
        account = _au_account(lowered, bsb, 6)
        if account is not None and _AU_PAIR_BEFORE_NAME_RE.match(lowered[account[2] : start]):
            found = account
    return found


def find_unlabelled_bsb_accounts(lowered: str) -> Iterator[tuple[str, int, int]]:
    """In an Australian report: (``AU:<bsb>:<number>``, start, end of the number) for each
    "NNN-NNN" followed by an account of 6-10 digits ("062-000 1234 5678", "032-001, acc
    123456"), not after a calling code ("+61 412-345 678" has too short a tail anyway)."""
    if "-" not in lowered:
        return
    for bsb in _AU_PAIR_RE.finditer(lowered):
        if _CALLING_CODE_NEAR_RE.search(
            lowered, max(0, bsb.start() - 12), bsb.start()
        ) or _OTHER_NUMBER_BEFORE_RE.search(lowered, max(0, bsb.start() - 24), bsb.start()):
            continue
        account = _au_account(lowered, bsb, 6)
        if account is not None:
            yield account


def find_transit_accounts(
    lowered: str, institution_near: Callable[[int, int], str | None]
) -> Iterator[tuple[str, int, int]]:
    """Yield (``CA:<institution>:<transit>:<number>``, start, end of the number) for each
    labelled transit with an account beside it. The institution is the labelled one, else the
    one ``institution_near(start, end)`` gives (a Canadian bank named nearby); with
    neither the account is left to the bank-name reading."""
    if "transit" not in lowered:
        return
    for transit in _CA_TRANSIT_RE.finditer(lowered):
        low = max(0, transit.start() - CA_PARTS_CONTEXT)
        high = min(len(lowered), transit.end() + CA_PARTS_CONTEXT)
        line_start = lowered.rfind("\n", low, transit.start()) + 1
        line_end = lowered.find("\n", transit.end(), high)
        low, high = line_start, (high if line_end < 0 else line_end)
        account = _CA_ACCOUNT_RE.search(lowered, low, high)
        if account is None:
            continue
        labelled = _CA_INSTITUTION_RE.search(lowered, low, high)
        institution = labelled.group(1) if labelled else institution_near(low, high)
        if institution is None:
            continue
        number = _NON_DIGIT_RE.sub("", account.group(1))
        if 7 <= len(number) <= 12:
            yield (
                f"CA:{institution}:{transit.group(1)}:{number}",
                account.start(1),
                account.end(1),
            )


def routing_read_as_aba_bank(
    name: str,
    digits: str,
    lowered: str,
    names: Sequence[tuple[int, int, _Named]],
    country_hint: str | None,
) -> bool:
    """Whether ABA Bank (Cambodia), named as ``name``, before ``digits`` is really "ABA
    021000021", a US routing number: one named beside a US bank of ``names``, or a valid
    one in a US report. Rare (only after ABA Bank matches), so the routings are read here."""
    if name != "aba":
        return False
    if country_hint == "US" and aba_checksum_ok(digits):
        return True
    return any(
        bank.country == "US" and routing_number_near(lowered, start, end) == digits
        for start, end, bank in names
    )
