"""Openers and tails that scammers wrap around their scripted lines, per language.

They multiply the variety of the core templates (an opener x a core line x a tail) and
carry the urgency and secrecy cue families of docs/red-flags.md, added where a stage calls for it.
"""

from __future__ import annotations

OPENERS: dict[str, tuple[str, ...]] = {
    "en": (
        "Hi dear,",
        "Hello,",
        "Good morning!",
        "Hey,",
        "Dear customer,",
        "Hi, hope you're well.",
        "Listen,",
        "Honey,",
    ),
    "ja": (
        "こんにちは。",
        "お疲れ様です。",
        "おはようございます！",
        "ねえ、",
        "お客様へ",
        "突然のご連絡失礼します。",
        "もしもし、",
    ),
    "zh": ("亲，", "你好，", "早上好！", "在吗？", "尊敬的用户：", "宝贝，", "打扰一下，"),
    "ko": ("안녕하세요,", "고객님,", "좋은 아침이에요!", "자기야,", "실례합니다,", "저기요,"),
    "th": ("สวัสดีค่ะ", "สวัสดีครับ", "เรียนลูกค้า", "ที่รัก", "ขอโทษที่รบกวนนะคะ"),
    "vi": ("Chào anh,", "Chào chị,", "Kính gửi quý khách,", "Em ơi,", "Anh yêu,", "Xin chào,"),
    "id": ("Halo kak,", "Selamat pagi,", "Pak/Bu,", "Sayang,", "Yth. nasabah,", "Permisi,"),
    "tl": (
        "Hi po,",
        "Hello,",
        "Magandang umaga!",
        "Mahal,",
        "Dear customer,",
        "Pasensya na sa abala,",
    ),
}
URGENCY: dict[str, tuple[str, ...]] = {
    "en": (
        "Act now, this offer is time-sensitive.",
        "Within 24 hours please!",
        "Last chance today.",
        "Don't hang up.",
        "Hurry, limited slots.",
    ),
    "ja": (
        "本日中にお願いします。",
        "至急対応してください。",
        "今がチャンスです！",
        "電話を切らないでください。",
        "最終通告です。",
    ),
    "zh": (
        "今天之内必须完成！",
        "马上处理。",
        "机会难得，名额有限！",
        "不要挂电话。",
        "限时优惠。",
    ),
    "ko": (
        "오늘 중으로 해주세요.",
        "긴급합니다!",
        "즉시 처리하세요.",
        "전화를 끊지 마세요.",
        "마감 임박!",
    ),
    "th": ("ด่วนนะคะ", "ภายในวันนี้เท่านั้น", "อย่าวางสายนะ", "โอกาสสุดท้าย"),
    "vi": ("Khẩn cấp!", "Trong hôm nay nhé.", "Không được tắt máy.", "Cơ hội cuối cùng."),
    "id": ("Segera ya!", "Hari ini juga.", "Jangan tutup telepon.", "Kesempatan terakhir."),
    "tl": (
        "Ngayon na po!",
        "Bago matapos ang araw.",
        "Huwag ibaba ang telepono.",
        "Last chance na ito.",
    ),
}
SECRECY: dict[str, tuple[str, ...]] = {
    "en": (
        "Don't tell anyone, including your bank.",
        "Keep this confidential.",
        "If the bank asks, say it's for family.",
    ),
    "ja": (
        "誰にも言わないでください。",
        "家族にも秘密にしてね。",
        "銀行で聞かれたら「家族への送金」と答えて。",
    ),
    "zh": ("不要告诉任何人。", "要保密。", "银行问起就说是给家人的。"),
    "ko": (
        "아무에게도 말하지 마세요.",
        "비밀 유지 부탁드려요.",
        "은행에서 물으면 가족 송금이라고 하세요.",
    ),
    "th": ("ห้ามบอกใครนะ", "เป็นความลับนะคะ"),
    "vi": ("Không được nói với ai.", "Giữ bí mật nhé."),
    "id": ("Jangan beri tahu siapa pun.", "Rahasiakan ya."),
    "tl": ("Huwag mong sabihin kahit kanino.", "Sikreto lang natin ito."),
}
# Stages whose lines tend to carry a tail, and which family of tail.
TAIL_OF_STAGE: dict[str, tuple[str, ...]] = {
    "pitch": ("urgency",),
    "first_payment": ("urgency", "secrecy"),
    "escalation": ("urgency",),
    "withdrawal_block": ("urgency",),
    "grooming": ("secrecy",),
}
