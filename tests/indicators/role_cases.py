"""Held-out sentences for identifier roles, written apart from the cue lists in
``tipoff.indicators.roles`` (other wording, other institutions, other numbers).

Each case: (language, country, text, the identifier's raw spelling, expected side).
Side "third" (a third party the victim cites: must come out ``reference``) or "scam"
(the scam's own: must not come out ``reference``).
"""

from __future__ import annotations

# fmt: off
CASES: tuple[tuple[str, str, str, str, str], ...] = (
    # --- English -----------------------------------------------------------------------
    ("en", "AU", "Afterwards I rang the Queensland Police on 07 3364 6464 for advice.", "07 3364 6464", "third"),
    ("en", "SG", "My bank's fraud hotline 6339 6666 said the money was gone.", "6339 6666", "third"),
    ("en", "US", "I have since reported the whole thing to reportfraud.ftc.gov and my local sheriff.", "reportfraud.ftc.gov", "third"),
    ("en", "AU", "A counsellor from the victim support service (+61 2 9261 2345) called me back.", "+61 2 9261 2345", "third"),
    ("en", "PH", "I also emailed the authorities at complaints@cicc.gov.ph.", "complaints@cicc.gov.ph", "third"),
    ("en", "US", "The fraudster gave me his number +1 646 555 0199 to call back.", "+1 646 555 0199", "scam"),
    ("en", "SG", "She asked me to pay to DBS 072-123456-7 before the weekend.", "072-123456-7", "scam"),
    ("en", "AU", "Someone posing as a police officer phoned me from 0412 345 678.", "0412 345 678", "scam"),
    ("en", "US", "I want to report the number +1 213 555 0147 that scammed my mother.", "+1 213 555 0147", "scam"),
    ("en", "PH", "The recruiter texted me from 0917 123 4567 about the job.", "0917 123 4567", "scam"),
    # --- Japanese ------------------------------------------------------------------------
    ("ja", "JP", "最寄りの警察署（03-3501-0110）へ相談に行きました。", "03-3501-0110", "third"),
    ("ja", "JP", "取引銀行のコールセンター 0120-104-694 に連絡して口座を止めてもらいました。", "0120-104-694", "third"),
    ("ja", "JP", "消費生活センター（03-3446-0999）に相談しました。", "03-3446-0999", "third"),
    ("ja", "JP", "税務署を名乗る人から 080-2345-6789 で電話がありました。", "080-2345-6789", "scam"),
    ("ja", "JP", "振込先として指定されたのは みずほ銀行 1234567 でした。", "1234567", "scam"),
    ("ja", "JP", "相手のLINE IDは money_jp88 でした。", "money_jp88", "scam"),
    # --- Chinese -------------------------------------------------------------------------
    ("zh", "CN", "我马上到派出所报警，民警给了我反诈专线 020-83113110。", "020-83113110", "third"),
    ("zh", "CN", "我向网警在 www.cyberpolice.cn 上举报了。", "www.cyberpolice.cn", "third"),
    ("zh", "CN", "我打银行官方客服热线 010-6659 5588 想冻结。", "010-6659 5588", "third"),
    ("zh", "CN", "冒充客服的人用 138 1234 5678 给我打电话。", "138 1234 5678", "scam"),
    ("zh", "CN", "对方让我把钱转到工商银行 6222 0212 3456 7890 123。", "6222 0212 3456 7890 123", "scam"),
    # --- Korean --------------------------------------------------------------------------
    ("ko", "KR", "가까운 경찰서(02-700-5000)에 방문해서 신고했어요.", "02-700-5000", "third"),
    ("ko", "KR", "은행 콜센터 02-3702-5000에 전화해서 지급정지를 했습니다.", "02-3702-5000", "third"),
    ("ko", "KR", "검사를 사칭한 남자가 010-2345-6789로 연락해 왔습니다.", "010-2345-6789", "scam"),
    ("ko", "KR", "그 사람이 알려준 카톡 아이디는 invest_kr77 이었습니다.", "invest_kr77", "scam"),
    # --- Thai ----------------------------------------------------------------------------
    ("th", "TH", "ไปแจ้งความที่สถานีตำรวจ โทร 02 282 3151 ไว้แล้ว", "02 282 3151", "third"),
    ("th", "TH", "โทรสายด่วนธนาคาร 02 888 8888 ให้ช่วยอายัดบัญชี", "02 888 8888", "third"),
    ("th", "TH", "มิจฉาชีพแอบอ้างเป็นเจ้าหน้าที่ โทรมาจาก 081 234 5678", "081 234 5678", "scam"),
    ("th", "TH", "เขาบอกให้โอนเข้าบัญชีกสิกรไทย 123-4-56789-0", "123-4-56789-0", "scam"),
    # --- Vietnamese ----------------------------------------------------------------------
    ("vi", "VN", "Tôi đã đến trình báo công an phường, số trực ban 024 3942 4242.", "024 3942 4242", "third"),
    ("vi", "VN", "Tôi gọi tổng đài ngân hàng của tôi 028 3821 0000 để phong tỏa tài khoản.", "028 3821 0000", "third"),
    ("vi", "VN", "Kẻ gian giả danh cán bộ thuế gọi cho tôi từ số 0912 345 678.", "0912 345 678", "scam"),
    ("vi", "VN", "Họ yêu cầu tôi chuyển tiền vào Vietcombank 0011004123456.", "0011004123456", "scam"),
    # --- Indonesian ----------------------------------------------------------------------
    ("id", "ID", "Saya sudah membuat laporan ke Polres setempat di nomor 021 7218 144.", "021 7218 144", "third"),
    ("id", "ID", "Saya mengadu ke layanan konsumen OJK di 157 dan ke situs aduankonten.id.", "aduankonten.id", "third"),
    ("id", "ID", "Pelaku mengaku petugas bank dan menelepon saya dari 0812 3456 7890.", "0812 3456 7890", "scam"),
    ("id", "ID", "Saya diminta kirim uang ke rekening BRI 0123 0100 1234 567.", "0123 0100 1234 567", "scam"),
    # --- Tagalog -------------------------------------------------------------------------
    ("tl", "PH", "Nagsumbong ako sa PNP Anti-Cybercrime Group sa (02) 8723 0401.", "(02) 8723 0401", "third"),
    ("tl", "PH", "Nag-report din ako sa cicc.gov.ph kinabukasan.", "cicc.gov.ph", "third"),
    ("tl", "PH", "Nagpanggap siyang taga-bangko at tumawag mula sa 0917 555 1234.", "0917 555 1234", "scam"),
    ("tl", "PH", "Inutusan niya akong magpadala sa GCash 0918 765 4321.", "0918 765 4321", "scam"),
    # --- Khmer ---------------------------------------------------------------------------
    ("km", "KH", "ខ្ញុំបានទៅប្ដឹងប៉ូលិស លេខ 023 726 158", "023 726 158", "third"),
    ("km", "KH", "អ្នកបោកប្រាស់ប្រាប់ខ្ញុំឲ្យផ្ទេរទៅលេខ 012 345 678", "012 345 678", "scam"),
)
# fmt: on
