"""How the public sets' labels become outcomes where a set contradicts itself (no data needed)."""

from __future__ import annotations

import random
import re
from pathlib import Path

from tipoff.assess.datasets import _reported_message, reconcile_labels
from tipoff.assess.examples import Example
from tipoff.assess.public_asia import _thai, _unsegment
from tipoff.assess.taxonomy import LEGITIMATE, SCAM, SPAM, UNWANTED


def _row(text: str, outcome: str) -> Example:
    return Example(text, outcome == SCAM, "set", outcome=outcome, language="en")


_LEFT_PLACEHOLDER = re.compile(r"URL|DIGIT|NAME|PLACE|PHONE|QQ(?!\d)|WECHAT|HOTLINE|BANK")


def test_copies_labelled_scam_and_promotion_become_unwanted() -> None:
    rows = [
        _row("\tFREE entry into our £250 weekly comp, send ENTER to 84128", SCAM),
        _row("FREE entry into our £250 weekly comp send ENTER to 84199!", SPAM),
        _row("Your parcel is held, pay the fee at http://x.example", SCAM),
    ]
    kept = reconcile_labels(rows)
    assert [row.label for row in kept] == [UNWANTED, UNWANTED, SCAM]
    assert kept[0].text == rows[0].text and kept[0].language == "en"


def test_one_senders_campaign_labelled_scam_and_promotion_is_unwanted() -> None:
    # Mishra-Soni labels 22 texts of one premium-rate sender 20 times smishing and twice spam.
    rows = [
        _row("Do you want a New Nokia 3510i colour phone? Call 08000930705", SCAM),
        _row("Free video camera phones with Half Price line rental, call 0800 093 0705", SPAM),
        _row("FREE message: you are awarded a £500 voucher, txt CLAIM to 87066", SCAM),
        _row("Your parcel is held, pay the fee at http://x.example", SCAM),
        _row("Your Ref 08000930705 is confirmed, see you on Monday", LEGITIMATE),
        _row("New ringtones every week, txt TONE to 87077", SPAM),
    ]
    kept = reconcile_labels(rows)
    assert [row.label for row in kept] == [UNWANTED, UNWANTED, SCAM, SCAM, LEGITIMATE, SPAM]
    assert kept[1].text == rows[1].text and kept[1].language == "en"


def test_copies_labelled_scam_and_legitimate_are_dropped_and_two_names_of_ham_are_kept() -> None:
    rows = [
        _row("Your code is 1234", LEGITIMATE),
        _row("Your code is 9876.", SCAM),
        _row("ok see you at 7", LEGITIMATE),
        _row("OK, see you at 7!", LEGITIMATE),
        _row("Sale today only 50% off", SPAM),
        _row("sale today only: 70% off", LEGITIMATE),
    ]
    kept = reconcile_labels(rows)
    assert [row.text for row in kept] == ["ok see you at 7", "OK, see you at 7!"]


def test_a_report_that_holds_only_the_reported_link_or_a_note_is_no_message() -> None:
    assert not _reported_message("http://fdsv02.site")
    assert not _reported_message("jamesbrannen4@hotmail.com")
    assert not _reported_message("*attached in PROOF tab*")
    assert not _reported_message("short")
    assert _reported_message("Congrats! You won PHP350,000, text your name and address now")


def test_a_thai_scam_label_on_an_operator_ussd_push_is_unwanted(tmp_path: Path) -> None:
    folder = tmp_path / "th-sms-sivakorn"
    folder.mkdir()
    (folder / "scam.txt").write_text(
        "scam|โชคทองหล่นทับ! ลุ้นทองคำ 5 แสนบาทเพียงกด *146# สมัครรับเลขมงคล 3บ/ขค\n"
        "scam|สล็อตเว็บตรง ฝากถอนไม่มีขั้นต่ำ รับโบนัส 100% คลิก bit.ly/x\n"
        "spam|คลิปตลกน่ารัก สมัครวันนี้ลองฟรี7วัน กด*539*39# ปกติ3บ/sms\n",
        encoding="utf-8",
    )
    assert [row.label for row in _thai(tmp_path)] == [UNWANTED, SCAM, SPAM]


def test_every_placeholder_of_the_segmented_chinese_set_is_filled_even_glued() -> None:
    # The CCS'20 authors replaced contacts by capitals, sometimes glued to the text or to each
    # other; a left placeholder hides the account, line or link the message had.
    lines = [
        "急 用钱 免费 详询 HOTLINE",
        "陈总 中行BANK 户主 NAME",
        "瞧URLlxji 看看",
        "加 URLWECHAT 好友",
        "电话 CELLPHONEQQ",
    ]
    for line in lines:
        text = _unsegment(line, random.Random(0))
        assert not _LEFT_PLACEHOLDER.search(text), text
    assert re.search(r"中行62\d{14,17}户主", _unsegment(lines[1], random.Random(0)))
    assert re.search(r"瞧http://[a-z]+\.[a-z]+/lxji看看", _unsegment(lines[2], random.Random(0)))


def test_capitals_that_are_no_placeholder_stay() -> None:
    assert _unsegment("PHONEC 测试 VIP 会员", random.Random(0)) == "PHONEC测试VIP会员"
