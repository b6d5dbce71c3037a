"""Accounts written in parts: a Hong Kong account with its bank's code before it, a Taiwan
post-office account with its words between office and account number, a Canadian account
with its transit and institution labelled and no bank name — and the text that is none."""

from __future__ import annotations

import pytest

from tipoff.indicators import extract


def accounts(text: str, country: str | None = None) -> set[str]:
    return {f.value for f in extract(text, country_hint=country) if f.kind.value == "bank_account"}


@pytest.mark.parametrize(
    "text",
    [
        "HSBC 123-456789-001",
        "HSBC 004-123-456789-001",
        "匯豐銀行 (004) 123-456789-001",
        "收款账户：匯豐 004123456789001",
    ],
)
def test_a_hong_kong_account_keys_the_same_with_or_without_its_bank_code(text: str) -> None:
    assert accounts(text, "HK") == {"HK:004:123456789001"}


def test_a_hong_kong_account_may_start_with_a_branch_like_the_bank_code() -> None:
    # 12 digits: branch 004, account 123456, suffix 001 — no bank code to remove
    assert accounts("HSBC 004-123456-001", "HK") == {"HK:004:004123456001"}


@pytest.mark.parametrize(
    "text",
    [
        "中華郵政 局號0001234 帳號1234567",
        "郵局 局號：0001234 帳號：1234567 戶名王小明",
        "郵局 局號 0001234，帳號 1234567",
        "郵局(700) 0001234-1234567",
        "中華郵政 700 00012341234567",
    ],
)
def test_a_taiwan_post_office_account_with_words_between_its_parts(text: str) -> None:
    assert accounts(text, "TW") == {"TW:700:00012341234567"}


def test_the_post_offices_hotline_is_no_account() -> None:
    assert accounts("中華郵政客服 0800-700-365", "TW") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Transit number 12345 Institution 003 Account 1234567",
        "transit 12345, institution 003, account 1234567",
        "RBC transit 12345, institution 003, account 1234567",
        "transit 12345 account 1234567 at Royal Bank of Canada",
        "account 1234567, transit 12345, Royal Bank of Canada",
        "transit #12345 inst. 003 acct 123-4567",
    ],
)
def test_a_canadian_account_with_its_transit(text: str) -> None:
    assert accounts(text, "CA") == {"CA:003:12345:1234567"}


@pytest.mark.parametrize(
    "text",
    [
        # a transit and an account but no institution and no bank: no bank to key it at
        "Transit: 12345, account 1234567",
        # "transit" as a word, dates, amounts, order numbers, a code, a phone
        "the transit was slow on 2024-05-12, I paid 1,234,567 CAD",
        "transit 12345 delayed, order 1234567 refunded",
        "transit pass 2024 12345, verification code 123456",
        "call the transit line 1-800-555-0199 about account",
    ],
)
def test_no_canadian_account_without_its_parts(text: str) -> None:
    assert accounts(text, "CA") == set()
