# ruff: noqa: E501  (a table of messages: one message a line)
"""A typing table: scam messages of many types in eight languages, each with the scam types
that are right for it (written for bugs16, 2026-12-07, from the typology in docs/typology.md;
no text comes from ../shared/data or a held-out set).

Delivery-fee scams ("your parcel is held at customs, pay the clearance fee") are phishing, a
courier's impersonation or an advance fee, never romance: romance needs a relationship.
"""

from __future__ import annotations

DELIVERY = ("phishing", "impersonation.service", "advance_fee")

# (language, text, acceptable top types)
TYPING_TABLE: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # customs and parcel fees, eight languages
    (
        "en",
        "Your parcel is held at customs. Pay the 2.99 clearance fee at hxxp://post-jp[.]top "
        "within 24h or it will be returned.",
        DELIVERY,
    ),
    (
        "ja",
        "お客様の荷物は税関で保留されています。通関手数料300円を24時間以内にお支払いください: http://jp-post-fee.top",
        DELIVERY,
    ),
    ("zh", "您的包裹被海关扣留，请在24小时内支付清关费28元：http://ems-cn.vip/pay", DELIVERY),
    (
        "ko",
        "고객님의 택배가 세관에 보류되었습니다. 통관비 3,000원을 24시간 내 결제하세요: http://kr-post.xyz",
        DELIVERY,
    ),
    (
        "th",
        "พัสดุของคุณถูกกักที่ศุลกากร กรุณาชำระค่าธรรมเนียมผ่านพิธีการ 50 บาท ภายใน 24 ชม. ที่ http://th-post.top",
        DELIVERY,
    ),
    (
        "vi",
        "Bưu kiện của bạn đang bị giữ tại hải quan. Vui lòng thanh toán phí thông quan 25.000đ trong 24 giờ tại http://vnpost-vn.top",
        DELIVERY,
    ),
    (
        "id",
        "Paket Anda ditahan di bea cukai. Bayar biaya bea masuk Rp 25.000 dalam 24 jam di http://pos-id.top",
        DELIVERY,
    ),
    (
        "tl",
        "Ang iyong parcel ay naka-hold sa customs. Bayaran ang clearance fee na P99 sa loob ng 24 oras sa http://phlpost-ph.top",
        DELIVERY,
    ),
    (
        "en",
        "Your package is held at customs. Transfer the 45 USD customs duty to account 123456789 today to release it.",
        DELIVERY,
    ),
    (
        "ja",
        "【日本郵便】お届け物をお預かりしましたが宛先不明です。こちらで確認してください http://jp-post.top",
        DELIVERY,
    ),
    (
        "ja",
        "お荷物が税関で止まっています。関税5,000円を本日中に下記口座へお振込みください。三井住友銀行 普通 1234567",
        DELIVERY,
    ),
    (
        "vi",
        "Bưu phẩm của bạn bị hải quan giữ lại. Chuyển khoản phí thông quan 2 triệu vào tài khoản 0123456789 Vietcombank để nhận hàng.",
        DELIVERY,
    ),
    (
        "ko",
        "택배가 세관 통관 보류 중입니다. 관세 5만원을 국민은행 123-45-678901 계좌로 입금하시면 바로 배송됩니다.",
        DELIVERY,
    ),
    (
        "en",
        "Final notice from Customs: a parcel in your name containing illegal items was seized. Press 1 to speak to an officer.",
        ("impersonation.authority",),
    ),
    # romance, with and without a parcel
    (
        "en",
        "My love, I miss you so much. I sent you a gift box with gold but customs is holding it, "
        "please pay the $500 clearance fee so it reaches you darling",
        ("romance", "advance_fee"),
    ),
    (
        "en",
        "Darling the parcel with the gold I sent you is held at customs. Pay the $850 clearance fee to the agent and it will be released today",
        ("romance",),
    ),
    (
        "zh",
        "亲爱的，我好想你，我在叙利亚执行任务，需要你帮我付机票钱五千元我们就能见面了",
        ("romance",),
    ),
    # investment
    (
        "en",
        "Join our VIP stock group, our teacher guarantees 30% daily returns. Add WhatsApp +44 7700 900123",
        ("investment", "investment.group_teacher"),
    ),
    (
        "en",
        "Hi dear, I made 200% last month on this crypto platform my uncle showed me, let me teach you, register at https://okx-pro.vip",
        ("investment", "investment.pig_butchering"),
    ),
    (
        "ja",
        "株式投資の先生が無料で銘柄を教えます。LINEグループに参加してください",
        ("investment", "investment.group_teacher"),
    ),
    (
        "en",
        "We can recover the money you lost to the crypto scam. Pay a 10% fee to our lawyers first.",
        ("investment.recovery", "investment"),
    ),
    ("th", "สมัครวันนี้ รับโบนัส 100% บาคาร่าออนไลน์ ฝากถอนไม่มีขั้นต่ำ คลิก http://ufa888.bet", ("gambling",)),
    # jobs
    (
        "en",
        "Part-time job: like YouTube videos and earn 500-1000 per day. Contact us on Telegram @taskjob88",
        ("job.task",),
    ),
    (
        "vi",
        "Tuyển CTV làm việc tại nhà, like sản phẩm trên Shopee, thu nhập 500k-1tr/ngày, liên hệ Zalo 0912345678",
        ("job.task",),
    ),
    (
        "en",
        "Earn $500 a week: receive payments into your bank account and forward them to our partners.",
        ("job.mule",),
    ),
    (
        "en",
        "Customer service job in Cambodia, salary $2000/month, no experience needed, free flight and housing, contact Telegram @hrjobs",
        ("job.trafficking_lure",),
    ),
    # impersonation
    (
        "ja",
        "警視庁です。あなたの口座が犯罪に使われています。逮捕状が出ています。至急この番号に電話してください 03-1234-5678",
        ("impersonation.authority",),
    ),
    (
        "zh",
        "这里是公安局，你的身份证涉嫌洗钱案件，请立即将资金转入安全账户配合调查",
        ("impersonation.authority",),
    ),
    (
        "ko",
        "[KB국민은행] 고객님의 계좌가 정지되었습니다. 본인확인을 위해 http://kb-bank.xyz 에서 인증하세요",
        ("impersonation.bank", "phishing"),
    ),
    (
        "en",
        "Hi Mum, I dropped my phone, this is my new number. Can you pay a bill for me today? I'll pay you back",
        ("impersonation.family",),
    ),
    (
        "id",
        "Ma, ini nomor baru aku. HP rusak. Tolong transfer 2 juta ke rekening teman aku ya, penting",
        ("impersonation.family",),
    ),
    (
        "en",
        "Amazon: your account was charged $499 for an iPhone. If you did not order, call 0800 123 4567 for a refund",
        ("impersonation.service", "tech_support"),
    ),
    # phishing, tech support, advance fee, sextortion
    (
        "en",
        "Your Apple ID has been locked. Confirm your identity at https://appleid-verify.top",
        ("phishing",),
    ),
    (
        "tl",
        "GCash: Your account will be suspended. Verify now at http://gcash-ph.top",
        ("phishing", "impersonation.service", "impersonation.bank"),
    ),
    (
        "en",
        "Microsoft alert: your computer is infected with a virus. Call our technician at 1-800-123-4567 now.",
        ("tech_support",),
    ),
    (
        "en",
        "Congratulations! You have won $1,000,000 in the lottery. Pay a processing fee of $200 to claim your prize.",
        ("advance_fee",),
    ),
    (
        "id",
        "Pinjaman cepat tanpa jaminan Rp 50 juta, cukup bayar biaya admin Rp 500.000 dulu",
        ("advance_fee",),
    ),
    (
        "en",
        "I have recorded you through your webcam. Pay $1000 in bitcoin or I will send the video to all your contacts.",
        ("extortion.sextortion",),
    ),
)
