"""Values written the local way, with no country code and often no report country.

Each case is a form main read as nothing or as another key before the local-forms change
(sentences written for this test; the development corpus is bench/dev_local_forms/):
a national number in a Latin-script Tagalog, Indonesian or Malay report, one named by the
e-wallet that is keyed by it, one in Burmese digits, one in Thai digits in a Latin text,
"account" after an e-wallet, a Wing wallet's mobile, local words for Telegram and WhatsApp.
"""

from __future__ import annotations

import pytest

from tipoff.indicators import extract

# (country or None, sentence, "kind:value" that must come out)
CASES: list[tuple[str | None, str, str]] = [
    # Latin-script text, no report country: the words around the number name the region.
    (None, "Padala daw sa GCash 0917 482 9173 ang bayad", "phone:+639174829173"),
    (None, "Yung number niya ay 09174829173 po", "phone:+639174829173"),
    (None, "Transfer ke DANA 0812-7394-2206 a.n. Rina", "phone:+6281273942206"),
    (None, "Nomor HP pelaku 0812 7394 2206, dia mengaku kurir", "phone:+6281273942206"),
    (None, "hubungi WA 0812-7394-2206 untuk klaim hadiah", "handle:whatsapp:+6281273942206"),
    (None, "No tel 012 748 2916 mengaku polis", "phone:+60127482916"),
    (None, "no hp nya 0821 4455 6677 sudah diblokir", "phone:+6282144556677"),
    (None, "Pay with MoMo: 0912 738 465", "phone:+84912738465"),
    (None, "I transferred to his PromptPay 081-947-2263", "phone:+66819472263"),
    (None, "He called from 081-947-2263 pretending to be from Kasikorn bank", "phone:+66819472263"),
    # Scripts: Burmese letters and digits, Thai digits in a Latin text, Vietnamese "số"/"ví".
    (None, "ဖုန်း ၀၉၄၂၀၁၈၃၇၂၉ မှ ခေါ်သည်", "phone:+959420183729"),
    (None, "PromptPay ๐๘๑๙๔๗๒๒๖๓", "phone:+66819472263"),
    (None, "ví ZaloPay số 0912738465", "phone:+84912738465"),
    # "account" after an e-wallet keyed by its owner's mobile is that mobile.
    ("CN", "支付宝账号 13827419065 转了五万", "phone:+8613827419065"),
    (None, "Alipay account 13827419065", "phone:+8613827419065"),
    ("PH", "Maya account 0917 482 9173", "phone:+639174829173"),
    # A Wing wallet is its owner's mobile.
    (None, "ផ្ញើលុយតាម Wing ទៅលេខ ០១២ ៧៨៣ ៤៩១", "phone:+85512783491"),
    # Local words for Telegram and WhatsApp.
    (None, "纸飞机 huione_kefu01 上的客服", "handle:telegram:huione_kefu01"),
    (None, "텔레 아이디 kr_coin_master", "handle:telegram:kr_coin_master"),
    (None, "วอทส์แอพ +855 96 781 2245", "handle:whatsapp:+855967812245"),
    (None, "វ៉ាត់សាប់ +84 912 738 465", "handle:whatsapp:+84912738465"),
]


@pytest.mark.parametrize(("country", "sentence", "key"), CASES)
def test_local_form_gives_its_key(country: str | None, sentence: str, key: str) -> None:
    found = {f"{f.kind.value}:{f.value}" for f in extract(sentence, country_hint=country)}
    assert key in found


def test_wing_mobile_is_no_account() -> None:
    found = {f.kind.value for f in extract("Transfer to Wing 012 783 491")}
    assert found == {"phone"}


# Numbers in the same languages that are no phone: the cues must not make them one.
NEGATIVES: list[tuple[str | None, str]] = [
    (None, "Kode OTP 482913 jangan diberikan ke siapa pun"),
    (None, "Tanggal 12-05-2024 saya transfer Rp 5.000.000"),
    (None, "Nomor pesanan 2405129876543210 di marketplace"),
    (None, "Nagpadala ako ng P5,000 noong 05/12/2024"),
    (None, "Order no. 240512987654321 sa Shopee"),
    (None, "Jumlah RM 12,500.00 pada 12/05/2024"),
    (None, "GCash Ref No. 0012 345 678901 po"),
    (None, "Alipay 订单号 2024051298765432"),
    # National ID and tax numbers in the cue languages.
    (None, "SSS number 03-4567890-1 ang hiningi nila"),
    ("PH", "TIN ko ay 012-345-678-000 at hindi ko ibinigay"),
    (None, "NIK saya 3174012345678901 diminta oleh pelaku"),
]


@pytest.mark.parametrize(("country", "sentence"), NEGATIVES)
def test_local_numbers_that_are_no_phone(country: str | None, sentence: str) -> None:
    assert [f.value for f in extract(sentence, country_hint=country) if not f.common] == []
