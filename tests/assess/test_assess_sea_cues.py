"""Cue phrases of the scam families written in Khmer, Tagalog and Indonesian (docs/red-flags.md,
"Khmer, Tagalog and Indonesian scam families"), matched in sentences written for this test, not
taken from any message set. Ordinary messages in the same languages that share words with the
scams (a one-time-code notice that says "tell no one", a bank or power notice, family chat about
money) must not gain the request cues or be called scam."""

from __future__ import annotations

import pytest

from tipoff.assess import assess
from tipoff.assess.redflags import find_evidence


def _codes(text: str) -> set[str]:
    """Shown and hidden red-flag codes of ``text`` ("~" taken off)."""
    return {code.removeprefix("~") for code in find_evidence(text).codes}


CUES = [
    # Khmer
    ("ចូលរួមវិនិយោគជាមួយយើង ធានាផលចំណេញប្រចាំថ្ងៃ", {"investment_pitch", "guaranteed_returns"}),
    ("ខ្ញុំជាជំនួយការរបស់គ្រូ សូមចូលក្រុមវិនិយោគ", {"group_teacher"}),
    ("ធ្វើភារកិច្ចចុច like ទទួលកម្រៃរៀងរាល់ថ្ងៃ", {"task_job", "commission"}),
    ("គណនីរបស់អ្នកពាក់ព័ន្ធនឹងករណីលាងលុយ នឹងត្រូវចាប់ខ្លួន", {"crime_accusation", "arrest_threat"}),
    ("សូមផ្ទេរប្រាក់ទៅគណនីសុវត្ថិភាព ហើយកុំប្រាប់ធនាគារ", {"safe_account", "secrecy"}),
    ("សូមផ្ញើកូដដែលទើបទទួលមកខ្ញុំ", {"code_share_request"}),
    ("កម្ចីត្រូវបានអនុម័ត សូមបង់ថ្លៃដំណើរការ ដើម្បីបើកប្រាក់", {"loan_offer", "upfront_fee"}),
    ("ឥវ៉ាន់ត្រូវបានឃាត់នៅគយ", {"customs_fee"}),
    ("ភ្លើងនឹងត្រូវផ្តាច់ ដោយសារមិនបានបង់", {"unpaid_bill"}),
    ("យើងនិយាយតាម telegram វិញ", {"platform_switch"}),
    # Tagalog
    ("Siguradong tubo araw-araw, dodoble ang pera mo", {"guaranteed_returns"}),
    ("May komisyon bawat task, mag-like lang ng mga video", {"task_job", "commission"}),
    (
        "Sangkot sa kaso ang account mo, aarestuhin ka kung hindi ka susunod",
        {"crime_accusation", "arrest_threat"},
    ),
    ("Ilipat ang pera mo sa ibang account, atin-atin lang ito", {"safe_account", "secrecy"}),
    ("Pakisend yung code na natanggap mo", {"code_share_request"}),
    ("Na-hold sa customs ang regalo ko, bayad sa customs muna", {"customs_fee"}),
    ("Magbayad muna ng fee bago ma-release ang loan mo", {"upfront_fee"}),
    ("Sa Telegram na lang tayo mag-usap", {"platform_switch"}),
    # Indonesian
    ("Modal kecil untung besar, dijamin profit setiap hari", {"guaranteed_returns"}),
    ("Gabung grup saham kami, asisten profesor akan membimbing", {"group_teacher"}),
    ("Tugas harian: like video dan review produk, komisi per tugas", {"task_job", "commission"}),
    (
        "Nama Anda dicatut, Anda terlibat kasus dan akan ditangkap",
        {"crime_accusation", "arrest_threat"},
    ),
    ("Kirim kodenya ke aku ya, jangan bilang siapa-siapa", {"code_share_request", "secrecy"}),
    ("Dana Anda wajib membayar pajak penarikan agar dana bisa ditarik", {"withdrawal_fee"}),
    ("Aliran listrik akan diputus hari ini", {"unpaid_bill"}),
    ("Pindah ke Telegram aja ya kak", {"platform_switch"}),
]


@pytest.mark.parametrize(("text", "expected"), CUES)
def test_family_cues(text: str, expected: set[str]) -> None:
    assert expected <= _codes(text)


SCAMS = [
    "នេះជាប៉ូលិស គណនីរបស់អ្នកពាក់ព័ន្ធនឹងករណីលាងលុយ សូមផ្ទេរប្រាក់ទៅគណនីសុវត្ថិភាព កុំប្រាប់ធនាគារ",
    "កម្ចី $3000 ត្រូវបានអនុម័ត សូមផ្ទេរថ្លៃធានា $50 ជាមុនដើម្បីបើកប្រាក់ Tel 012 345 678",
    "Ma, bagong number ko ito. Pakisend yung code na natanggap mo sa text, atin-atin lang",
    "Penarikan dana Anda disetujui, namun wajib membayar pajak 10% terlebih dahulu "
    "ke rekening 123 456 7890",
]


@pytest.mark.parametrize("text", SCAMS)
def test_scams_are_called_scam(text: str) -> None:
    assert assess(text).outcome == "scam"


ORDINARY = [
    # one-time-code notices that say "don't tell anyone"
    "ABA: លេខកូដ OTP របស់អ្នកគឺ 551208 សូមកុំផ្ញើលេខកូដនេះទៅនរណាម្នាក់",
    "GCash: Ang iyong code ay 884213. Huwag ipadala ang code sa kahit kanino",
    "Tokopedia: Kode verifikasi 447120. Jangan berikan kode ini ke siapa pun, "
    "termasuk pihak Tokopedia",
    # bank and utility notices
    "ACLEDA: គណនីរបស់អ្នកបានទទួលប្រាក់ $120.00 នៅថ្ងៃទី០៥",
    "BPI: Natanggap na ang iyong bayad sa Meralco na P2,350. Salamat",
    "PLN: Tagihan listrik bulan Mei Rp 412.000 sudah dibayar. Terima kasih",
    # family chat about money
    "ម៉ាក់ កូនផ្ញើលុយថ្លៃសាលាទៅហើយ ម៉ាក់ពិនិត្យមើលផង",
    "Anak, napadala ko na ang allowance mo sa GCash, kumain ka nang maayos",
    "Bu, uang arisan sudah aku transfer ya, nanti cek saja",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_messages_are_not_scam_and_gain_no_request_cue(text: str) -> None:
    result = assess(text)
    assert result.outcome != "scam"
    assert not _codes(text) & {"code_share_request", "secrecy", "safe_account", "withdrawal_fee"}
