"""Whose is it? The role of each identifier a report names, decided from evidence.

A report names two kinds of identifiers: the scam's own (the number that called, the
account the victim paid, the site, the chat account) and third parties the victim cites
(the police line they called, their bank's hotline, the site they reported to, a
victim-support line). Only the first kind is evidence that two reports share a crew.
``Role.REFERENCE`` marks the second; the linker gives it no weight (docs/indicators.md,
"Roles").

What decides, strongest first:

1. **The value itself.** A domain, URL or e-mail address on an official host
   (``tipoff.indicators.official``: government, police, military, ``.bank`` suffixes of
   the Public Suffix List) is a reference wherever it appears: nobody in a crew controls
   ``ic3.gov``, even when a "recovery agent" cites it.
2. **The field.** A payee, a message's sender id, a value the scammer wrote in a chat,
   an explicit identifier with a role the reporter gave: the field says whose it is, and
   words cannot overrule it (a scammer posing as the police writes police words around
   his own number).
3. **The words around it**, only in the victim's own text (narrative, victim messages):
   cues of a third party the victim turned to ("I called the police at", "reported to",
   "my bank's hotline", "警察", "报案", "경찰", "แจ้งความ", "công an", "lapor polisi",
   "nagsumbong", "ប៉ូលិស" …) against cues of the scam ("he told me to pay to", "his
   WhatsApp", "claiming to be from the police", "名乗る", "冒充", "사칭", "แอบอ้าง",
   "giả danh", "mengaku" …). Each cue counts for the identifier nearest to it in the
   same sentence (so "transfer to BCA 123, then I called the BCA hotline 1500 888" gives
   each number its own cue). A cue of impersonation or direction ("called me from",
   "told me to") outweighs a bare institution word, so "a man claiming to be police
   called me from 090-…" stays the scammer's.
4. **The number type** (phonenumbers): toll-free, shared-cost, UAN and hotline short
   codes are how institutions publish lines; that tips a phone whose words already lean
   to a third party, never one on its own (technical-support crews run toll-free lines).
   A landline whose words lean that way tips the same way (a police switchboard, a
   branch), while a mobile number needs twice the words: institutions rarely publish
   mobiles, and a scammer posing as the police writes police words around his own.
5. **Who did what**, read from the words right next to the value: the value as the
   source of a call or message ("+86 138 … called me", "090-… から電話", "X给我打电话",
   "X โทรมา", "Số X gọi cho tôi", "a call from X") is the scam's whatever institution
   the sentence names; the value asserted to be an institution's real number ("which is
   the real police number", "警察署の代表番号と同じ", "是真的公安局号码", "เหมือนเบอร์
   ตำรวจจริง") is that institution's, even when it showed on the scammer's call (a
   spoofed caller id is the institution's line, shared by every crew that spoofs it).
6. **The real party the scam borrowed** (``tipoff.indicators.genuine_parties``): a value the
   victim gives as the real company's, agent's or owner's ("the real company's contact is
   …", "… and they knew nothing about it", "本物の会社の連絡先は…", "…，对方说根本没有这回事")
   is that party's, a mobile too (agents and landlords publish mobiles; contacts only, not
   sites), unless words of disguise or direction make it the scam's.

Everything here is pure, thread-safe and never raises on any string.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from enum import StrEnum
from functools import cache, lru_cache
from typing import Any

import phonenumbers

from tipoff.indicators import earlier_words, service_words
from tipoff.indicators.genuine_parties import genuine_parties
from tipoff.indicators.normalize import lower_same_length
from tipoff.indicators.official import official_value
from tipoff.indicators.other_crew_words import other_crew_cues, other_crew_indexes
from tipoff.indicators.own_values import own_values
from tipoff.indicators.reissued_numbers import reissued_numbers
from tipoff.model import FoundIndicator, IndicatorKind, Role

K = IndicatorKind


class Field(StrEnum):
    """Where in a report an identifier was found."""

    NARRATIVE = "narrative"  # the victim's account: words decide
    VICTIM_MESSAGE = "victim_message"  # a message the victim sent: words decide
    SCAMMER_MESSAGE = "scammer_message"  # a message the scammer sent: his words, his values
    SENDER = "sender"  # who sent or called: the scammer (or a number he spoofed)
    PAYEE = "payee"  # where the money went
    EXPLICIT = "explicit"  # an identifier the reporter listed, with the role they gave


_WORD_FIELDS = frozenset({Field.NARRATIVE, Field.VICTIM_MESSAGE})
_MONEY_KINDS = frozenset({K.BANK_ACCOUNT, K.IBAN, K.WALLET})
_CONTACT_KINDS = frozenset({K.PHONE, K.EMAIL, K.HANDLE})
_LINK_KINDS = frozenset({K.URL, K.DOMAIN})
# Number types institutions publish their lines as (phonenumbers' names, lower case).
INSTITUTIONAL_NUMBER_TYPES = frozenset({"toll_free", "shared_cost", "uan"})

# --- cue words -------------------------------------------------------------------------
# (strength, phrases). Matched on the lower-cased text; phrases in Latin script must start
# at a word boundary. STRONG cues decide alone; WEAK ones (0.5) need company: another
# weak cue, or an institutional number type. A third-party cue and a scam cue on the
# same identifier cancel out, except that scam cues of impersonation and direction are
# strong and institution words alone weak where both are usual ("customer service").
STRONG = 1.0
WEAK = 0.5

THIRD_PARTY_CUES: dict[str, tuple[tuple[float, tuple[str, ...]], ...]] = {
    "en": (
        (
            STRONG,
            (
                "police",
                "cyber crime",
                "cybercrime",
                "anti-scam",
                "anti scam",
                "antiscam",
                "anti-fraud",
                "anti fraud",
                "scam centre",
                "scam center",
                "fraud hotline",
                "fraud line",
                "fraud department",
                "fraud team",
                "my bank",
                "our bank",
                "my own bank",
                "bank's",
                "government",
                "authorities",
                "ministry",
                "embassy",
                "consulate",
                "regulator",
                "ombudsman",
                "victim support",
                "victim services",
                "support line",
                "support service",
                "counselling",
                "counseling",
                "consumer",
                "reported to",
                "reported it to",
                "reported this to",
                "reported the scam to",
                "report it to",
                "report to",
                "reported on",
                "reported it on",
                "reported via",
                "report via",
                "report at",
                "reported at",
                "reported it at",
                "reported this at",
                "reported the scam at",
                "found a warning",
                "warning about this",
                "warnings about this",
                "on behalf of",
                "filed by",
                "fraud operations",
                "fraud desk",
                "fraud detection",
                "customer protection",
                "contact for this report",
                "report with",
                "complaint with",
                "complaint to",
                "complaint on",
                "complaint at",
                "lodged with",
                "filed with",
                "official site",
                "official website",
                "official number",
                "official line",
                "genuine",
                "freeze",
                "block the transfer",
                "stop the transfer",
                "recall the",
                "fbi",
                "interpol",
            ),
        ),
        (
            WEAK,
            (
                "customer service",
                "customer care",
                "hotline",
                "helpline",
                "help line",
                "switchboard",
                "call centre",
                "call center",
                "i called",
                "i rang",
                "i phoned",
                "i dialled",
                "i dialed",
                "i contacted",
                "helped me",
                "advised me",
                "bank",
                "centre",
                "center",
                "office",
            ),
        ),
    ),
    "ja": (
        (
            STRONG,
            (
                "警察",
                "警視庁",
                "県警",
                "府警",
                "道警",
                "交番",
                "相談窓口",
                "相談専用",
                "専用窓口",
                "消費者",
                "消費生活",
                "生活センター",
                "届け出",
                "届出",
                "被害届",
                "通報",
                "情報提供",
                "に代わって",
                "の代わりに報告",
                "代理報告",
                "不正対策",
                "不正検知",
                "お客さま保護",
                "公式",
                "本物の",
                "行政",
                "役所",
                "大使館",
                "領事館",
                "支援センター",
                "被害者支援",
                "組戻し",
                "凍結",
                "止めて",
                "止めよう",
                "ホットライン",
                "金融庁",
                "省",
                "庁",
            ),
        ),
        (WEAK, ("窓口", "コールセンター", "カスタマー", "相談", "銀行", "センター", "に電話し")),
    ),
    "zh": (
        (
            STRONG,
            (
                "警察",
                "公安",
                "派出所",
                "报警",
                "报案",
                "举报",
                "反诈",
                "官方",
                "政府",
                "消费者协会",
                "消协",
                "热线",
                "大使馆",
                "领事馆",
                "拦截",
                "冻结",
                "止付",
                "网警",
                "银保监",
                "金管会",
                "警局",
                "警署",
                "上报",
                "报了案",
                "代客户",
                "反欺诈",
                "援助协会",
                "风险管理部",
            ),
        ),
        (WEAK, ("客服", "求助", "咨询", "中心", "银行", "我打了", "我打")),
    ),
    "ko": (
        (
            STRONG,
            (
                "경찰",
                "사이버수사",
                "사이버 수사",
                "신고",
                "금융감독원",
                "금감원",
                "지급정지",
                "지급 정지",
                "피해자 지원",
                "지원센터",
                "공식",
                "정부",
                "대사관",
                "영사관",
                "민원",
                "대신하여",
                "대신해 접수",
                "대신 신고",
                "금융사기대응",
                "이상거래대응",
                "소비자보호",
            ),
        ),
        (WEAK, ("고객센터", "콜센터", "상담", "센터", "은행")),
    ),
    "th": (
        (
            STRONG,
            (
                "ตำรวจ",
                "แจ้งความ",
                "ร้องเรียน",
                "สายด่วน",
                "อายัด",
                "หน่วยงาน",
                "ราชการ",
                "รัฐบาล",
                "สถานทูต",
                "ทางการ",
                "ปปง",
                "ดีเอสไอ",
                "ผู้เสียหาย",
                "ช่วยเหลือ",
                "แจ้งแทน",
                "ป้องกันการทุจริต",
                "มูลนิธิ",
            ),
        ),
        (WEAK, ("คอลเซ็นเตอร์", "ศูนย์", "ธนาคาร", "บริการลูกค้า", "โทรหา", "โทรไป")),
    ),
    "vi": (
        (
            STRONG,
            (
                "công an",
                "cảnh sát",
                "trình báo",
                "tố giác",
                "tố cáo",
                "báo cáo",
                "báo án",
                "khiếu nại",
                "hỗ trợ nạn nhân",
                "nạn nhân",
                "chính phủ",
                "chính thức",
                "đại sứ quán",
                "chặn giao dịch",
                "phong tỏa",
                "phong toả",
                "ngân hàng của tôi",
                "an ninh mạng",
                "cục ",
                "báo cáo thay",
                "thay khách hàng",
                "chống gian lận",
                "bảo vệ khách hàng",
            ),
        ),
        (WEAK, ("tổng đài", "chăm sóc khách hàng", "trung tâm", "ngân hàng", "hỗ trợ", "tôi gọi")),
    ),
    "id": (
        (
            STRONG,
            (
                "polisi",
                "polda",
                "polres",
                "polsek",
                "polri",
                "kepolisian",
                "lapor",
                "pengaduan",
                "aduan",
                "ojk",
                "kominfo",
                "pemerintah",
                "resmi",
                "kedutaan",
                "blokir",
                "bank saya",
                "korban",
                "siber",
                "atas nama nasabah",
                "perlindungan nasabah",
                "yayasan",
            ),
        ),
        (WEAK, ("call center", "layanan", "halo ", "bantuan", "saya menelepon", "menghubungi")),
    ),
    "tl": (
        (
            STRONG,
            (
                "pulis",
                "pnp",
                "nbi",
                "cicc",
                "nireport",
                "nag-report",
                "nagreport",
                "i-report",
                "ireport",
                "nagsumbong",
                "sumbong",
                "reklamo",
                "bangko ko",
                "ahensya",
                "gobyerno",
                "opisyal",
                "embahada",
                "para sa customer",
                "foundation",
            ),
        ),
        (WEAK, ("tinulungan", "tumulong", "tumawag ako", "bangko")),
    ),
    "km": (
        (
            STRONG,
            (
                "ប៉ូលិស",
                "នគរបាល",
                "ប្ដឹង",
                "ប្តឹង",
                "រាយការណ៍",
                "ធនាគាររបស់ខ្ញុំ",
                "ក្រសួង",
                "រដ្ឋាភិបាល",
                "ផ្លូវការ",
                "ជនរងគ្រោះ",
                "ស្ថានទូត",
            ),
        ),
        (WEAK, ("ធនាគារ", "មជ្ឈមណ្ឌល", "ជួយ")),
    ),
    # Malay (Malaysian victims write it, and Indonesian cues share many words)
    "ms": (
        (
            STRONG,
            (
                "polis",
                "pdrm",
                "balai polis",
                "laporan polis",
                "buat laporan",
                "nsrc",
                "ccid",
                "mcmc",
                "bank saya",
                "talian rasmi",
            ),
        ),
        (WEAK, ("khidmat pelanggan", "talian", "pusat panggilan")),
    ),
}

SCAM_CUES: dict[str, tuple[tuple[float, tuple[str, ...]], ...]] = {
    "en": (
        (
            STRONG,
            (
                "claiming",
                "claimed to be",
                "claims to be",
                "pretending",
                "pretended",
                "posing as",
                "posed as",
                "impersonat",
                "fake",
                "fraudster",
                "scammer",
                "con man",
                "conman",
                "told me to",
                "asked me to",
                "instructed me",
                "transfer to",
                "transferred to",
                "transfer the money to",
                "pay to",
                "paid to",
                "payment to",
                "paid into",
                "deposit to",
                "deposited to",
                "deposit into",
                "deposited into",
                "send money",
                "sent money",
                "sent the money",
                "wire",
                "called me",
                "texted me",
                "messaged me",
                "contacted me",
                "add me",
                "added me",
                "add him",
                "add her",
                "contact him",
                "contact her",
                "his number",
                "her number",
                "his whatsapp",
                "her whatsapp",
                "his line",
                "her line",
                "his telegram",
                "her telegram",
                "his account",
                "her account",
                "their account",
                "from the number",
                "from number",
                "gave me",
                "sent me",
                "recruiter",
                "the agent",
                "mentor",
                "investment",
                "the number",
                "this number",
                "that number",
                "the account",
                "this account",
                "that account",
                "scam number",
            ),
        ),
        (WEAK, ("his ", "her ", "their ", "they ", "he ", "she ", "the man", "the woman")),
    ),
    "ja": (
        (
            STRONG,
            (
                "名乗る",
                "名乗り",
                "名乗っ",
                "自称",
                "装っ",
                "偽の",
                "偽物",
                "詐欺師",
                "犯人",
                "振込先",
                "振り込み先",
                "振込み先",
                "送金先",
                "入金先",
                "指定され",
                "指示され",
                "言われ",
                "から電話",
                "から着信",
                "から連絡",
                "からライン",
                "からline",
                "彼の",
                "彼女の",
                "登録して",
                "追加して",
                "教えられ",
                "案内され",
                "振り込むよう",
                "振り込んで",
                "送金して",
            ),
        ),
        (WEAK, ("相手", "男", "女")),
    ),
    "zh": (
        (
            STRONG,
            (
                "冒充",
                "假冒",
                "自称",
                "骗子",
                "诈骗分子",
                "转账到",
                "转到",
                "转入",
                "汇到",
                "汇入",
                "打到",
                "收款",
                "他的",
                "她的",
                "加我",
                "加他",
                "加她",
                "让我",
                "叫我",
                "要求我",
                "打来",
                "来电",
                "给我打",
                "联系我",
            ),
        ),
        (WEAK, ("对方", "男子", "女子")),
    ),
    "ko": (
        (
            STRONG,
            (
                "사칭",
                "자칭",
                "가짜",
                "라며",
                "알려줬",
                "알려 줬",
                "알려주었",
                "주소로",
                "사기꾼",
                "범인",
                "입금하라",
                "입금해",
                "송금하라",
                "송금해",
                "이체하라",
                "이체해",
                "보내라",
                "계좌로",
                "에게서 전화",
                "에서 전화가",
                "전화가 왔",
                "그의",
                "그녀의",
                "추가하라",
                "친구 추가",
                "연락이 왔",
            ),
        ),
        (WEAK, ("상대방", "남자", "여자")),
    ),
    "th": (
        (
            STRONG,
            (
                "แอบอ้าง",
                "อ้างว่า",
                "อ้างตัว",
                "ปลอม",
                "มิจฉาชีพ",
                "คนร้าย",
                "โอนเข้า",
                "โอนไป",
                "ให้โอน",
                "บอกให้",
                "สั่งให้",
                "โทรมาจาก",
                "โทรมา",
                "ของเขา",
                "แอดไลน์",
                "ทักมา",
                "ให้ติดต่อกลับ",
                "เบอร์ติดต่อกลับ",
            ),
        ),
        (WEAK, ("เขา", "ผู้ชาย", "ผู้หญิง")),
    ),
    "vi": (
        (
            STRONG,
            (
                "giả danh",
                "mạo danh",
                "giả mạo",
                "tự xưng",
                "đối tượng",
                "kẻ gian",
                "chuyển vào",
                "chuyển khoản vào",
                "chuyển tiền vào",
                "chuyển đến",
                "chuyển cho",
                "bảo tôi",
                "yêu cầu tôi",
                "gọi cho tôi",
                "gọi đến cho tôi",
                "của hắn",
                "của anh ta",
                "của cô ta",
                "kết bạn",
                "nhắn tin cho tôi",
            ),
        ),
        (WEAK, ("anh ta", "cô ta", "hắn", "họ ")),
    ),
    "id": (
        (
            STRONG,
            (
                "mengaku",
                "menyamar",
                "palsu",
                "penipu",
                "pelaku",
                "transfer ke",
                "kirim ke",
                "ditransfer ke",
                "rekening tujuan",
                "disuruh",
                "menyuruh",
                "meminta saya",
                "menelepon saya",
                "menghubungi saya",
                "nomornya",
                "miliknya",
                "wa-nya",
                "add saya",
                "rekening dia",
                "rekening mereka",
                "nomor dia",
                "nomor mereka",
            ),
        ),
        (WEAK, ("dia ", "mereka")),
    ),
    "ms": (
        (
            STRONG,
            (
                "sindiket",
                "akaun dia",
                "akaun mereka",
                "akaun penipu",
                "akaun scammer",
                "nombor dia",
                "nombor mereka",
                "nombor penipu",
                "nombor scammer",
                "bank in ke",
                "bank-in ke",
                "masukkan duit ke",
                "masukkan wang ke",
                "pindahkan wang ke",
                "pindahkan duit ke",
                "bayar ke",
                "ke akaun",
                "suruh saya",
                "arahkan saya",
                "diarahkan",
                "minta saya",
            ),
        ),
    ),
    "tl": (
        (
            STRONG,
            (
                "nagpanggap",
                "nagpapanggap",
                "peke",
                "manloloko",
                "scammer",
                "ipadala sa",
                "magpadala sa",
                "padalhan",
                "ipinadala ko sa",
                "pinadala",
                "sinabihan",
                "inutusan",
                "tumawag sa akin",
                "nag-message sa akin",
                "numero niya",
            ),
        ),
        (WEAK, ("niya", "nila", "siya")),
    ),
    "km": (
        (
            STRONG,
            (
                "ក្លែងខ្លួន",
                "ក្លែង",
                "បន្លំ",
                "អ្នកបោកប្រាស់",
                "ផ្ទេរទៅ",
                "ផ្ញើទៅ",
                "ប្រាប់ខ្ញុំឲ្យ",
                "ប្រាប់ខ្ញុំអោយ",
                "របស់គាត់",
            ),
        ),
        (WEAK, ("គាត់",)),
    ),
}

# Of the scam cues, those of disguise and of direction (the value reached the victim:
# "called me from", "claiming to be") are decisive: they count DECISIVE, so no number of
# institution words can outweigh them. "Someone from my bank's fraud team called me from
# 0161 …" names two institutions, and the number is still the impersonator's.
DECISIVE = 2.0
DECISIVE_SCAM_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        "claiming",
        "claimed to be",
        "claims to be",
        "pretending",
        "pretended",
        "posing as",
        "posed as",
        "impersonat",
        "fake",
        "called me",
        "texted me",
        "messaged me",
        "contacted me",
        "from the number",
        "from number",
        "pop-up",
        "popup",
        "pop up",
        "on the screen",
        "the screen said",
    ),
    "ja": (
        "名乗る",
        "名乗り",
        "名乗っ",
        "自称",
        "装っ",
        "偽の",
        "偽物",
        "から電話",
        "から着信",
        "から連絡",
        "警告画面",
        "画面に表示",
    ),
    "zh": ("冒充", "假冒", "自称", "打来", "给我打", "联系我", "弹窗"),
    "ko": ("사칭", "자칭", "가짜", "에게서 전화", "에서 전화가", "전화가 왔", "연락이 왔", "팝업"),
    "th": ("แอบอ้าง", "อ้างว่า", "อ้างตัว", "ปลอม", "โทรมาจาก", "โทรมา", "ป๊อปอัพ", "ป๊อปอัป"),
    "vi": (
        "giả danh",
        "mạo danh",
        "giả mạo",
        "tự xưng",
        "gọi cho tôi",
        "gọi đến cho tôi",
        "cửa sổ bật lên",
    ),
    "id": ("mengaku", "menyamar", "palsu", "menelepon saya", "menghubungi saya"),
    "ms": ("menyamar", "mengaku", "menelefon saya", "menghubungi saya"),
    "tl": ("nagpanggap", "nagpapanggap", "peke", "tumawag sa akin", "tinawagan ako"),
    "km": ("ក្លែងខ្លួន", "ក្លែង", "បន្លំ"),
}

# A cue counts fully for an identifier up to NEAR_CHARS before it, half up to MID_CHARS,
# a quarter up to BEFORE_CHARS (cues add up, each side capped at 2). After the identifier
# a cue counts only in the verb-final languages, and only where the value is the recipient
# ("警察（110）に電話", "경찰청(112)에 전화"), not the object ("この番号を警察に通報"
# reports the number to the police: the number is the scam's).
NEAR_CHARS = 16
MID_CHARS = 40
BEFORE_CHARS = 80
AFTER_CHARS = 40
_SENTENCE_END_RE = re.compile(r"[。！？!?\n;；]|\.(?=\s|$)|।")
# Thai, Lao, Khmer and Myanmar prose separate clauses (and sentences) by a space, not by
# punctuation: a space between two letters of those scripts ends a clause. A cue in
# another clause of the same sentence counts half ("ไปแจ้งความที่สถานีตำรวจ โทร 02 …" still
# names the police line; "…เบอร์ตำรวจจริง ได้รับ SMS จาก 09…" has moved on to the scammer).
# (A leading character class, not a look-behind: the engine keeps its skip-ahead.)
_CLAUSE_END_RE = re.compile(
    r"[\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f]\s+(?=[\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f])"
)
OTHER_CLAUSE = 0.5
# The value as the source of a call or a message, written right after it: subject-verb in
# English, Vietnamese, Indonesian, Tagalog, Thai and Chinese ("X called me", "X给我打电话",
# "X โทรมา"), the source particle in Japanese and Korean ("X から電話", "X에서 문자가 왔").
# Matched on the lower-cased text at the value's end; decisive for the scam.
_SOURCE_AFTER_RE = re.compile(
    r"[\s)）」』\]】]{0,3}(?:"
    r"(?:という番号|の番号)?\s?から(?:の)?(?:電話|着信|ショートメール|メール|sms|連絡|line|メッセージ)"
    r"|(?:번호)?\s?(?:에서|로부터|으로부터|(?:으)?로)\s?(?:전화|문자|연락|카톡|메시지)[가이]\s?(?:왔|옴)"
    r"|(?:又)?(?:给我|打给我|向我|联系我|打来|发来|来电|呼叫我)"
    r"|(?:โทรมา|โทรเข้ามา|ส่งข้อความมา|ส่ง\s?sms\s?มา|ติดต่อมา|ทักมา)"
    r"|(?:called|texted|messaged|rang|phoned|contacted|whatsapped|kept calling|calls) me\b(?! back)"
    r"|(?:gọi (?:cho|đến|tới) tôi|nhắn tin cho tôi|gọi điện cho tôi)"
    r"|(?:menelepon saya|menelpon saya|menghubungi saya|mengirim sms)"
    r"|(?:tumawag sa akin|nag-text sa akin|nag-message sa akin)"
    r")"
)
# The value asserted to be an institution's real (or main) number, written after it in the
# same clause: "…, which is the real police number", "警察署の代表番号と同じ", "是真的公安局
# 号码", "진짜 경찰 번호", "เหมือนเบอร์ตำรวจจริง", "giống số công an thật", "seperti nomor
# polisi asli". The victim saw an institution's line on the call (a spoofed caller id) or
# names it; either way the line is the institution's, not the crew's.
# Words that, between a value and such an assertion, turn it round: a disguise ("pretending
# to be the real police", "冒充公安局号码") or a negation ("not the real police number").
_DISGUISE_OR_NOT_RE = re.compile(
    r"pretend|claim|posing|pose as|impersonat|fake|\bnot\b|n't|"
    r"名乗|装|偽|ではな|じゃな|違|冒充|假冒|自称|假的|不是|사칭|자칭|가짜|아닌|아니|"
    r"แอบอ้าง|อ้าง|ปลอม|ไม่ใช่|giả danh|mạo danh|giả mạo|tự xưng|không phải|"
    r"mengaku|menyamar|palsu|bukan|nagpanggap|peke|hindi"
)
_GENUINE_AFTER_RE = re.compile(
    r"(?:(?:real|genuine|actual|official|same as the)\s+(?:\w+\s+){0,2}?"
    r"(?:police|bank|embassy|government|court|prosecutor)"
    r"|(?:police|bank|embassy|station|precinct)(?:'s)?\s+(?:real\s+|official\s+|main\s+)?"
    r"(?:number|line|switchboard|hotline)"
    r"|(?:本物の|実在の)?(?:警察|警視庁|県警|銀行|役所|裁判所|検察)[^。、]{0,6}(?:代表番号|の番号|電話番号)"
    r"|(?:真的|真实的?|官方的?)?(?:公安局?|派出所|警察|银行|法院|检察院)(?:的)?(?:号码|电话|座机)"
    r"|(?:진짜|실제)\s?(?:경찰|은행|검찰)|(?:경찰서?|은행|검찰청?)\s?(?:대표\s?)?번호"
    r"|เบอร์(?:ตำรวจ|ธนาคาร|สถานี)"
    r"|số (?:của )?(?:công an|cảnh sát|ngân hàng)"
    r"|nomor (?:polisi|bank|kantor polisi)"
    r")"
)
_RECIPIENT_AFTER_RE = re.compile(r"[\s)）」』\]】]*(?:に|へ|에게|에|께|上报|上报案|报案|上举报)")
# Chinese puts the recipient after a preposition and the verb after it: "在12321.cn上报了案",
# "向公安局报案": a value right after one of these may take a cue that follows it.
_RECIPIENT_BEFORE_RE = re.compile(r"(?:在|向|给|跟|到|打了|拨打)[^\s。，,]{0,12}$")


# Scam cues that may follow the value they name, within ``NEAR_CHARS`` in its clause, as
# service nouns may (``service_words.FOLLOWING``): in Korean and Japanese the verb comes after
# its object, and an object is what the scammer gave or asked for ("카카오톡 아이디 X를
# 추가하라고 했습니다", "직통번호라며 X를 알려줬습니다", "X 주소로 보냈습니다", "X 계좌로
# 이체", "LINEのIDはXで、追加して…", "Xを教えられ"). A value the victim reports *to* someone
# takes no such verb.
SCAM_FOLLOWING: frozenset[str] = frozenset(
    {
        "추가하라",
        "알려줬",
        "알려 줬",
        "알려주었",
        "주소로",
        "계좌로",
        "追加して",
        "登録して",
        "教えられ",
    }
)

# side (THIRD, SCAM, SERVICE or EARLIER), strength, Latin script, may follow the value it names
_Cue = tuple[int, float, bool, bool]
THIRD, SCAM, SERVICE, EARLIER = 0, 1, 2, 3


@cache
def _cue_automaton() -> Any:  # an ahocorasick.Automaton: phrase -> (length, _Cue) (untyped)
    """Every cue phrase in one Aho-Corasick automaton (one C pass over a text)."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    decisive = {phrase for phrases in DECISIVE_SCAM_CUES.values() for phrase in phrases}
    tables = (
        (THIRD, THIRD_PARTY_CUES),
        (THIRD, service_words.THIRD_PARTY_CUES),
        (SCAM, SCAM_CUES),
        (SERVICE, service_words.SERVICE_CUES),
        (EARLIER, earlier_words.EARLIER_CUES),
    )
    for side, table in tables:
        for entries in table.values():
            for strength, phrases in entries:
                for phrase in phrases:
                    if phrase not in automaton:
                        weight = DECISIVE if side == SCAM and phrase in decisive else strength
                        if side == EARLIER and phrase in earlier_words.CASE_PHRASES:
                            weight = earlier_words.CASE  # a desk's "earlier, unrelated case"
                        following = (
                            phrase in service_words.FOLLOWING
                            or (side == SCAM and phrase in SCAM_FOLLOWING)
                            or (side == EARLIER and phrase in earlier_words.FOLLOWING)
                        )
                        cue = (side, weight, _latin(phrase), following)
                        automaton.add_word(phrase, (len(phrase), cue))
    for phrase in sorted(decisive):
        if phrase not in automaton:
            automaton.add_word(phrase, (len(phrase), (SCAM, DECISIVE, _latin(phrase), False)))
    automaton.make_automaton()
    return automaton


def _cues(lowered: str) -> list[tuple[int, int, _Cue]]:
    """Cue matches as (start, end, cue): leftmost-longest, not overlapping, Latin cues at a
    word start ("police" is not inside "policeman"'s tail, "he" not inside "the")."""
    found = []
    for end, (length, cue) in _cue_automaton().iter(lowered):
        start = end + 1 - length
        if cue[2] and start > 0 and lowered[start - 1].isalnum():
            continue
        found.append((start, end + 1, cue))
    found.sort(key=lambda match: (match[0], -match[1]))
    chosen: list[tuple[int, int, _Cue]] = []
    for match in found:
        if not chosen or match[0] >= chosen[-1][1]:
            chosen.append(match)
    return chosen


def default_role(kind: IndicatorKind, field: Field) -> Role:
    """The role the field alone gives a value of ``kind`` (what intake used before words)."""
    if field is Field.PAYEE:
        return Role.PAYEE_WALLET if kind is K.WALLET else Role.PAYEE_ACCOUNT
    if kind in _LINK_KINDS:
        return Role.LINK
    if field is Field.SCAMMER_MESSAGE:
        return Role.CONTACT if kind in _CONTACT_KINDS else Role.MENTIONED
    return Role.MENTIONED


def field_role(found: FoundIndicator, role: Role) -> Role:
    """The role of a value whose field decides (sender, payee, scammer message, explicit).

    Only the value itself can overrule the field: an official host is a reference.
    """
    if role in (Role.PAYEE_ACCOUNT, Role.PAYEE_WALLET):
        return role
    return Role.REFERENCE if _official(found) else role


def text_roles(
    text: str, found: Sequence[FoundIndicator], field: Field = Field.NARRATIVE
) -> list[Role]:
    """The role of each of ``found`` (what ``extract`` returned for ``text``), in order.

    In the victim's own words (``Field.NARRATIVE``, ``Field.VICTIM_MESSAGE``) cues decide
    between a third party (``Role.REFERENCE``), the scam (``payee_account``/``payee_wallet``
    for money, ``contact`` for phones, e-mails and handles, ``link`` for sites) and no
    verdict (``mentioned``); a phrase of possession right before a value makes it the
    victim's own (``Role.OWN``, ``tipoff.indicators.own_values``); words saying its carrier
    gave a number to someone else make it ``Role.REISSUED``
    (``tipoff.indicators.reissued_numbers``). In a scammer's message
    only the value itself can make a reference. Never raises; a non-string text gives the
    field's default roles.
    """
    defaults = [default_role(IndicatorKind(f.kind), field) for f in found]
    if not found:
        return []
    roles = [Role.REFERENCE if _official(f) else r for f, r in zip(found, defaults, strict=True)]
    if field not in _WORD_FIELDS or not isinstance(text, str) or not text:
        return roles
    scores = _cue_scores(text, found)
    for index, (third, scam, service, earlier) in enumerate(scores):
        if roles[index] is Role.REFERENCE:
            continue
        item = found[index]
        if earlier >= STRONG and scam is not _GENUINE and earlier >= max(scam, third):
            roles[index] = Role.EARLIER  # an earlier scam's value, whatever its kind
            continue
        if _service(item, third, scam, service):
            roles[index] = Role.SERVICE
            continue
        if scam is _GENUINE:
            roles[index] = Role.REFERENCE
            continue
        institutional = _institutional_number(item)
        if institutional:
            third += WEAK
        line_type = _number_type(item)
        if line_type == "fixed_line" and third > scam:
            third += WEAK  # a landline the words already tie to an institution
        elif line_type in _PERSONAL_NUMBER_TYPES:
            third /= 2  # institutions rarely publish mobiles; scammers posing as them do
        third = min(third, 2 * STRONG)  # no pile of evidence outweighs a decisive scam cue
        if item.kind in _MONEY_KINDS and not (institutional or _phone_shaped(item)):
            third = 0.0  # a crew's account is what victims cite; words never make it a third party
        if third >= STRONG and third > scam:
            roles[index] = Role.REFERENCE
        elif scam >= STRONG and scam > third:
            roles[index] = _scam_role(IndicatorKind(item.kind))
    for index in genuine_parties(text, found):
        # the real party the scam borrowed, unless words of disguise or direction make the
        # value the scam's ("… called me from"): those outweigh a claim of authenticity
        if roles[index] is not Role.EARLIER and scores[index][1] < DECISIVE:
            roles[index] = Role.REFERENCE
    for index in own_values(text, found):
        if roles[index] not in (Role.REFERENCE, Role.EARLIER):
            roles[index] = Role.OWN
    other, before = _other_crews(text, found)
    for index in other:
        if roles[index] not in (Role.REFERENCE, Role.EARLIER):
            roles[index] = Role.OTHER_CREW  # another crew's value, whatever the words gave it
    for index in before:
        if roles[index] is not Role.REFERENCE:
            roles[index] = Role.EARLIER  # the value of another crew that scammed them before
    for index in reissued_numbers(text, found):
        roles[index] = Role.REISSUED  # whoever cited it, the number has changed hands
    return roles


def _other_crews(text: str, found: Sequence[FoundIndicator]) -> tuple[set[int], set[int]]:
    """Indexes of ``found`` that words place with another crew that also scammed the victim,
    at the same time and before (``tipoff.indicators.other_crew_words``)."""
    lowered = lower_same_length(text)
    cues = other_crew_cues(lowered)
    if not cues:
        return set(), set()
    sentences = _sentence_starts(text)
    spans = [(f.start, f.end) for f in found]
    return other_crew_indexes(lowered, cues, spans, sentences, _clause_starts(text, sentences))


def _service(item: FoundIndicator, third: float, scam: float, service: float) -> bool:
    """Whether the words make ``item`` a service the victim used (``Role.SERVICE``): they
    reach ``STRONG`` and outweigh the scam's and a third party's. A wallet never is: the
    victim sends coins to the crew's wallet, and buys them from a seller's account, site or
    handle."""
    if item.kind is K.WALLET or scam is _GENUINE:
        return False
    return service >= STRONG and service >= scam and service >= third


# A phone's number types that belong to a person, not an institution (phonenumbers' names).
_PERSONAL_NUMBER_TYPES = frozenset({"mobile", "personal_number", "pager"})
# The scam side's score of a value asserted to be an institution's real number (a marker
# that ``text_roles`` tests by identity).
_GENUINE = float("-inf")


def _number_type(found: FoundIndicator) -> str | None:
    if found.kind is not K.PHONE:
        return None
    for name, value in found.attributes:
        if name == "number_type":
            return str(value)
    return None


def _official(found: FoundIndicator) -> bool:
    return found.kind in (K.DOMAIN, K.URL, K.EMAIL) and official_value(found.kind, found.value)


def _institutional_number(found: FoundIndicator) -> bool:
    """A phone of an institutional type, or a 'bank account' whose digits are one.

    "Halo BCA 1500888" reads as a BCA account, but 1500888 is a valid Indonesian UAN and
    no BCA account: a bank's call-centre line next to its name.
    """
    if found.kind is K.BANK_ACCOUNT:
        country, _, rest = found.value.partition(":")
        return _service_number(rest.rpartition(":")[2], country)
    if found.kind is not K.PHONE:
        return False
    for name, value in found.attributes:
        if name == "short_code" or (name == "number_type" and value in INSTITUTIONAL_NUMBER_TYPES):
            return True
    return False


def _phone_shaped(found: FoundIndicator) -> bool:
    """A 'bank account' whose digits dial as a valid number of its country: a bank's line
    read as an account ("BRI di (021) 7016176", "카카오뱅크 02-269-5442"). Real account
    numbers rarely are (no trunk "0", other lengths)."""
    if found.kind is not K.BANK_ACCOUNT:
        return False
    country, _, rest = found.value.partition(":")
    return _valid_number(rest.rpartition(":")[2], country)


@lru_cache(maxsize=65536)
def _valid_number(digits: str, country: str) -> bool:
    if not digits.isdigit() or not 6 <= len(digits) <= 15 or len(country) != 2:
        return False
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(digits, country))
    except phonenumbers.NumberParseException:
        return False


_SERVICE_TYPES = frozenset(
    {
        phonenumbers.PhoneNumberType.TOLL_FREE,
        phonenumbers.PhoneNumberType.SHARED_COST,
        phonenumbers.PhoneNumberType.UAN,
    }
)


@lru_cache(maxsize=65536)
def _service_number(digits: str, country: str) -> bool:
    """Whether ``digits`` dialled in ``country`` is a valid toll-free, shared-cost or UAN line."""
    if not digits.isdigit() or not 4 <= len(digits) <= 12 or len(country) != 2:
        return False
    try:
        number = phonenumbers.parse(digits, country)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(number) in _SERVICE_TYPES


def _scam_role(kind: IndicatorKind) -> Role:
    if kind is K.WALLET:
        return Role.PAYEE_WALLET
    if kind in _MONEY_KINDS:
        return Role.PAYEE_ACCOUNT
    if kind in _LINK_KINDS:
        return Role.LINK
    return Role.CONTACT


def _cue_scores(
    text: str, found: Sequence[FoundIndicator]
) -> list[tuple[float, float, float, float]]:
    """(third-party, scam, service, earlier-scam) evidence per identifier: each cue counts for
    the nearest one.

    Identifiers at overlapping spans (a URL and the domain derived from it) are one target.
    """
    lowered = lower_same_length(text)
    sentences = _sentence_starts(text)
    clauses = _clause_starts(text, sentences)
    targets = _targets(text, found, sentences)
    evidence = [[0.0, 0.0, 0.0, 0.0] for _ in targets]  # third party, scam, service, earlier
    for start, end, (side, strength, latin, following) in _cues(lowered):
        hit = _nearest(start, end, targets, sentences, latin, following)
        if hit is not None:
            target, gap = hit
            # A service noun right before its value is one phrase with it, whatever space
            # (a Thai clause space) lies between: "จากพ่อค้า เทเลแกรม @x".
            same = (
                clauses is sentences
                or (side == SERVICE and gap <= NEAR_CHARS)
                or _sentence(start, clauses) == _sentence(targets[target][0], clauses)
            )
            evidence[target][side] += strength * _decay(gap) * (1.0 if same else OTHER_CLAUSE)
    scores: list[tuple[float, float, float, float]] = [(0.0, 0.0, 0.0, 0.0)] * len(found)
    for (_start, end, members, _), (third, scam, service, earlier) in zip(
        targets, evidence, strict=True
    ):
        kinds = {found[index].kind for index in members}
        line = any(
            found[index].kind is K.PHONE
            and _number_type(found[index]) not in _PERSONAL_NUMBER_TYPES
            for index in members
        )
        after = (
            _after_value(lowered, end, clauses, line)
            if not kinds.isdisjoint(_CONTACT_KINDS)
            else _AfterValue.NOTHING
        )
        if after is _AfterValue.SOURCE:
            scam = DECISIVE
        for index in members:
            genuine = after is _AfterValue.GENUINE and found[index].kind is K.PHONE
            scores[index] = (
                min(2 * STRONG, third),
                _GENUINE if genuine else min(2 * STRONG, scam),
                min(2 * STRONG, service),
                min(2 * STRONG, earlier),
            )
    return scores


class _AfterValue(StrEnum):
    SOURCE = "source"  # the value called or wrote: "X called me", "X から電話"
    GENUINE = "genuine"  # the value is an institution's real number: "X, the real police number"
    NOTHING = "nothing"


def _after_value(lowered: str, end: int, sentences: list[int], line: bool) -> _AfterValue:
    """What the words right after a value (in its clause) say it is. Only a phone that is no
    mobile (``line``) can be an institution's real number, and not where the words between
    say the opposite ("pretending to be the real police", "not the real police number")."""
    following = bisect.bisect_right(sentences, end)
    clause_end = sentences[following] if following < len(sentences) else len(lowered)
    if _SOURCE_AFTER_RE.match(lowered, end, min(clause_end, end + 24)):
        return _AfterValue.SOURCE
    if not line:
        return _AfterValue.NOTHING
    genuine = _GENUINE_AFTER_RE.search(lowered, end, min(clause_end, end + AFTER_CHARS))
    if genuine is None or _DISGUISE_OR_NOT_RE.search(lowered, end, genuine.end()):
        return _AfterValue.NOTHING
    return _AfterValue.GENUINE


_Target = tuple[int, int, list[int], bool]  # start, end, indexes of found, recipient after


def _targets(text: str, found: Sequence[FoundIndicator], sentences: list[int]) -> list[_Target]:
    targets: list[_Target] = []
    for index, item in sorted(enumerate(found), key=lambda pair: pair[1].start):
        if targets and item.start < targets[-1][1]:
            start, end, members, _ = targets[-1]
            members.append(index)
            targets[-1] = (start, max(end, item.end), members, False)
        else:
            targets.append((item.start, item.end, [index], False))
    return [(s, e, m, _recipient(text, s, e)) for s, e, m, _ in targets]


def _recipient(text: str, start: int, end: int) -> bool:
    """Whether the grammar marks the value at [start, end) as whom the victim turned to."""
    if _RECIPIENT_AFTER_RE.match(text, end, min(len(text), end + 8)):
        return True
    return _RECIPIENT_BEFORE_RE.search(text, max(0, start - 14), start) is not None


def _decay(gap: int) -> float:
    """How much a cue ``gap`` characters from its identifier counts."""
    return 1.0 if gap <= NEAR_CHARS else (0.5 if gap <= MID_CHARS else 0.25)


def _latin(phrase: str) -> bool:
    """Whether a cue is written in Latin script (English, Vietnamese, Indonesian, Tagalog)."""
    return all(ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x1EFF or not c.isalpha() for c in phrase)


def _sentence_starts(text: str) -> list[int]:
    """Sentence start offsets (sorted), for 'same sentence' tests."""
    return [0] + [m.end() for m in _SENTENCE_END_RE.finditer(text)]


def _clause_starts(text: str, sentences: list[int]) -> list[int]:
    """Clause start offsets (sorted): the sentences', and the clause spaces of Thai, Lao,
    Khmer and Myanmar prose."""
    if text.isascii():
        return sentences
    spaces = [m.end() for m in _CLAUSE_END_RE.finditer(text)]
    return sorted({*sentences, *spaces}) if spaces else sentences


def _sentence(offset: int, starts: list[int]) -> int:
    return bisect.bisect_right(starts, offset) - 1


def _nearest(
    start: int,
    end: int,
    targets: Sequence[_Target],
    sentences: list[int],
    latin: bool,
    following: bool = False,
) -> tuple[int, int] | None:
    """(target, gap) of the identifier nearest to the cue at [start, end) in its sentence.

    A cue after a value counts in verb-final grammar where the value is the recipient, and
    a ``following`` cue (a noun naming what the value is: "X bitcoin machine", "X という
    業者") right after it, within ``NEAR_CHARS``."""
    sentence = _sentence(start, sentences)
    best: tuple[int, int] | None = None
    for index, (s, e, _, recipient) in enumerate(targets):
        if s <= start < e or start <= s < end:  # a cue inside a value is part of the value
            return None
        if end <= s:
            gap = s - end
            if gap > BEFORE_CHARS or _sentence(s, sentences) != sentence:
                continue
        else:
            gap = start - e
            named = following and gap <= NEAR_CHARS
            if not named and (latin or not recipient or gap > AFTER_CHARS):
                continue
            if _sentence(max(e - 1, 0), sentences) != sentence:
                continue
        if best is None or gap < best[1]:
            best = (index, gap)
    return best
