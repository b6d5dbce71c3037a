"""Genuine parties: the real company, agent or owner whose name the scam borrowed.

Many scams wear a real party's identity: a copied rental listing names the real agent or
owner, a business e-mail compromise the real supplier, a fake shop the real brand. Victims
who find out check with that real party and write it down: "the real company's contact is
…", "later I checked with … and they knew nothing about it", "本物の会社の連絡先は…", "真正
公司的…是…", "진짜 회사 연락처는 …", "ช่องทางจริงของบริษัทคือ …", "liên hệ thật của công ty
là …", "kontak asli perusahaannya …", "…, katanya tidak ada hal seperti itu". The value they
cite is the innocent party's: its own phone, domain, e-mail address, not the crew's. It is
the same in the reports of every crew that borrows that party's name (several crews copy the
same agent's listing, several crews impersonate the same supplier), so taken as a crew's
value it joins unrelated crews, and nothing in the number's type says so: an agent or a
landlord publishes a mobile.

``genuine_parties`` returns the indexes of the values that the words place with such a party,
in the victim's own words (narrative, victim messages); ``tipoff.indicators.roles`` makes
them ``Role.REFERENCE``. Two kinds of phrase decide:

1. **A real party named right before the value**, in its sentence, with no other value
   between: an adjective of authenticity with a party noun ("the real company's contact is",
   "the genuine landlord", "the actual owner's number", "本物の会社の連絡先は", "真正公司的官网是",
   "진짜 회사 연락처는", "ช่องทางจริงของบริษัท", "chủ nhà thật", "kontak asli perusahaannya",
   "hubungan sebenar syarikat", "ang totoong contact ng kumpanya").
2. **A denial right after the value**, in its sentence, with no other value between: the party
   the victim asked knows nothing of the deal ("… and they knew nothing about it", "… who
   never listed the flat", "…に確認したら、そんな話はない", "…，对方说根本没有这回事", "…에
   확인하니 그런 일은 없다고", "… เขาบอกว่าไม่มีเรื่องนี้", "… thì họ nói không có chuyện đó",
   "…, katanya tidak ada hal seperti itu", "… at wala raw ganoon"). A crew does not deny its
   own deal to its victim; the denial is the real party's.

Neither counts where a word of disguise stands between the phrase and the value ("a man
claiming to be the real owner, 090-…"), nor a phrase after a negation ("not the real agent's
number"). Only a contact is read so (a phone, an e-mail address, a messenger account): the
words say whose contact a value is, and victims cite the crew's accounts with every kind of
phrase. The phrases are written from how victims describe checking with the real party in each
language tipoff reads, not from any one data set; ``MAX_GAP`` bounds how far a phrase reaches.

**Sites.** A real company's site named so ("the real company's site is paypal.com") is that
company's too, but it is left to the host rules (official hosts, the warninglists) and the
linker's spread and site steps: made a reference by these words, brand sites in the fourth
independent world (norton.com, paypal.com, coinflip.tech, plentyoffish.com …) stopped linking,
and the linker's spread step, which had split the components those innocent hubs made, no
longer split a payment provider's site shared by three crews (`tech_support` s2 0.781 →
0.733, world mean 0.790 → 0.778; docs/link-evaluation.md, 2026-12-07). Until the linker weighs
a shared site without that help, the words decide contacts only.

Pure, thread-safe, never raises on any string.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tipoff.indicators.normalize import lower_same_length
from tipoff.model import FoundIndicator, IndicatorKind

# A phrase names a value at most this many characters away (between the phrase's end and the
# value's start, or the value's end and the denial's start), in the same sentence.
MAX_GAP = 40
# A negation or a word of disguise this close before a real-party phrase, in its sentence, turns
# it round ("not the real agent's", "claiming to be the real owner").
NEGATION_WINDOW = 24

# The kinds a real party is reached by. Its accounts are never read so (victims cite crews'
# accounts with every kind of phrase), nor its sites (below, "Sites").
_CONTACT_KINDS = frozenset({IndicatorKind.PHONE, IndicatorKind.EMAIL, IndicatorKind.HANDLE})
_SENTENCE_END_RE = re.compile(r"[。！？!?\n;；]|\.(?=\s|$)|।")

_EN_PARTY = (
    r"(?:company|companies|business|firm|agency|agent|agents|realtor|broker|landlord|landlady|"
    r"owner|owners|property manager|letting agent|estate agent|supplier|vendor|seller|"
    r"merchant|shop|store|brand|bank|employer|school|charity|lister|advertiser|host)"
)
_REAL_PARTY_RE = re.compile(
    "|".join(
        (
            # en: "the real company's contact is", "the genuine landlord", "the actual owner"
            rf"(?:real|genuine|actual|legitimate|true|original)\s+(?:[a-z-]+\s+){{0,2}}?"
            rf"{_EN_PARTY}(?:'s|s'|’s)?\b",
            # en: "the company's real number", "the agent's genuine e-mail"
            rf"{_EN_PARTY}(?:'s|s'|’s)\s+(?:real|genuine|actual)\s+"
            r"(?:contact|number|phone|line|e-?mail|address|website|site|page)\b",
            # ja
            r"(?:本物|本当|実際|正規|正式|実在)の[^\s。、]{0,4}?"
            r"(?:会社|業者|不動産|仲介|管理会社|大家|家主|オーナー|取引先|仕入先|販売元|店舗|担当)",
            # zh
            r"(?:真正|真实|实际|正规|正牌)的?[^\s。，,]{0,3}?"
            r"(?:公司|企业|中介|房东|房主|业主|供应商|商家|卖家|经纪|代理|店铺|商店)",
            r"(?:公司|企业|中介|房东|房主|业主|供应商|商家)(?:的)?(?:真实|真正)",
            # ko
            r"(?:진짜|실제|정식|원래)\s?(?:[가-힣]{1,4}\s)?"
            r"(?:회사|업체|중개사|중개업소|부동산|집주인|임대인|소유주|거래처|공급업체|판매자|매장)",
            # th: the party noun comes first ("บริษัทตัวจริง", "ช่องทางจริงของบริษัท")
            r"(?:บริษัท|เจ้าของ(?:บ้าน|ห้อง)?|นายหน้า|ผู้ขาย|คู่ค้า|ผู้ให้เช่า|ร้าน)(?:ตัว)?จริง|"
            r"(?:ช่องทาง|เบอร์|อีเมล|เว็บไซต์)(?:ติดต่อ)?จริงของ(?:บริษัท|เจ้าของ|นายหน้า|ผู้ขาย|"
            r"คู่ค้า|ผู้ให้เช่า|ร้าน)",
            # vi
            r"(?:công ty|chủ nhà|môi giới|người bán|nhà cung cấp|đối tác|cửa hàng)\s+"
            r"(?:thật|thực sự)\b|"
            r"(?:liên hệ|số điện thoại|số|email|trang web)\s+(?:thật|thực sự)\s+(?:của\s+)?"
            r"(?:công ty|chủ nhà|môi giới|người bán|nhà cung cấp|đối tác|cửa hàng)\b|"
            r"chính chủ\b",
            # id, ms
            r"(?:perusahaan|syarikat|pemilik|agen|penjual|pemasok|pembekal|tuan rumah|toko|"
            r"kedai)\s+(?:yang\s+)?(?:asli|sebenar|sebenarnya|sesungguhnya)\b|"
            r"(?:kontak|nomor|nombor|hubungan|alamat|situs|laman)\s+(?:asli|sebenar|sebenarnya)"
            r"\s+(?:dari\s+|daripada\s+)?(?:perusahaan|syarikat|pemilik|agen|penjual|pemasok|"
            r"pembekal|tuan rumah|toko|kedai)",
            # tl
            r"(?:totoong|tunay na|orihinal na)\s+(?:kumpanya|may-ari|may ari|ahente|landlord|"
            r"supplier|nagbebenta|tindahan)\b|"
            r"(?:totoong|tunay na)\s+(?:contact|numero|email|website)\s+ng\s+(?:kumpanya|"
            r"may-ari|may ari|ahente|landlord|supplier|nagbebenta|tindahan)\b",
        )
    )
)
_DENIAL_RE = re.compile(
    "|".join(
        (
            # en
            r"(?:knew|know|knows) nothing\b|had no idea\b|have no idea\b|"
            r"never heard of\b|had never heard\b|"
            r"no such (?:listing|property|flat|apartment|house|room|rental|invoice|request|"
            r"order|deal|change|employee|person|account change)\b|"
            r"never (?:listed|posted|advertised|sent|issued|changed|rented|requested)\b|"
            r"(?:did not|didn't|had not|hadn't) (?:list|post|advertise|send|issue|change|"
            r"request|rent)\b|"
            r"not aware of (?:it|this|that|any)\b|was(?:n't| not) (?:for rent|theirs)\b",
            # ja
            r"そんな話はな|そのような(?:話|事実|物件|請求|依頼)はな|心当たりがな|"
            r"(?:送って|出して|掲載して|募集して)(?:い)?な",
            # zh
            r"没有这回事|没有此事|并无此事|根本没有|不知情|不知道这(?:件|回)事|"
            r"(?:没有|从未|没)(?:发过|发送|出租|发布|变更)",
            # ko
            r"그런\s?일(?:은|이)?\s?없|그런\s?적(?:이)?\s?없|모르는\s?일|"
            r"(?:보낸|올린|낸|변경한)\s?적(?:이)?\s?없",
            # th
            r"ไม่มีเรื่อง(?:นี้|แบบนี้|ดังกล่าว)|ไม่รู้เรื่อง|ไม่ได้(?:ส่ง|ลงประกาศ|ประกาศ|เปลี่ยน)",
            # vi
            r"không (?:hề )?có chuyện\b|không biết (?:gì|chuyện)\b|"
            r"không (?:hề )?(?:đăng|gửi|cho thuê|đổi)\b",
            # id, ms
            r"tidak ada hal\b|tidak tahu(?:-menahu)? (?:soal|tentang|apa)\b|"
            r"tiada perkara\b|"
            r"tidak (?:pernah )?(?:memasang|mengiklankan|mengirim|menghantar)\b|"
            r"tiada kaitan\b",
            # tl
            r"wala(?:ng)? (?:raw |daw )?ganoon\b|wala (?:raw |daw )?silang alam\b|"
            r"hindi (?:raw |daw )?nila alam\b",
        )
    )
)
# Words one of which every match of ``_REAL_PARTY_RE`` (``_DENIAL_RE``) holds: a text with
# none of them is not searched (most texts: the regexes cost ~0.1 ms a text, these tests ~µs).
_REAL_ANCHORS: tuple[str, ...] = (
    "real",
    "genuine",
    "actual",
    "legitimate",
    "true",
    "original",
    "本物",
    "本当",
    "実際",
    "正規",
    "正式",
    "実在",
    "真正",
    "真实",
    "实际",
    "正规",
    "正牌",
    "진짜",
    "실제",
    "정식",
    "원래",
    "จริง",
    "thật",
    "thực sự",
    "chính chủ",
    "asli",
    "sebenar",
    "sesungguhnya",
    "totoong",
    "tunay",
    "orihinal",
)
_DENIAL_ANCHORS: tuple[str, ...] = (
    "nothing",
    "no idea",
    "never",
    "no such",
    "did not",
    "didn't",
    "had not",
    "hadn't",
    "not aware",
    "for rent",
    "theirs",
    "そんな話",
    "そのような",
    "心当たり",
    "送って",
    "出して",
    "掲載して",
    "募集して",
    "没",
    "并无",
    "不知",
    "从未",
    "없",
    "모르는",
    "ไม่มีเรื่อง",
    "ไม่รู้เรื่อง",
    "ไม่ได้",
    "chuyện",
    "không biết",
    "không",
    "tidak",
    "tiada",
    "ganoon",
    "alam",
)
_DISGUISE_RE = re.compile(
    r"claim|pretend|posing|pose as|posed as|impersonat|\bfake\b|"
    r"\bsaid (?:he|she|they) (?:was|were|is|are)\b|\bintroduced (?:himself|herself|themselves)\b|"
    r"\bcalled (?:himself|herself|themselves)\b|名乗|装っ|偽|冒充|假冒|自称|"
    r"사칭|자칭|가짜|แอบอ้าง|อ้างว่า|ปลอม|giả danh|mạo danh|giả mạo|tự xưng|mengaku|menyamar|"
    r"palsu|nagpanggap|nagpakilala|peke"
)
_NEGATION_RE = re.compile(
    r"\bnot\b|n't\b|ではな|じゃな|不是|아닌|아니|ไม่ใช่|không phải|\bbukan\b|\bhindi\b"
)


def genuine_parties(text: str, found: Sequence[FoundIndicator]) -> set[int]:
    """Indexes of ``found`` (what ``extract`` returned for ``text``) that the words place with
    the real party the scam impersonated. Never raises; a non-string text gives none."""
    if not found or not isinstance(text, str) or not text:
        return set()
    lowered = lower_same_length(text)
    real = _at_word_starts(lowered, _REAL_PARTY_RE, _REAL_ANCHORS)
    denials = _at_word_starts(lowered, _DENIAL_RE, _DENIAL_ANCHORS)
    if not real and not denials:
        return set()
    targets = _targets(found)
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(lowered)]
    marked: set[int] = set()
    for match in real:
        opening = max([0, *(end for end in ends if end <= match.start())])
        before = lowered[max(opening, match.start() - NEGATION_WINDOW) : match.start()]
        if _NEGATION_RE.search(before) or _DISGUISE_RE.search(before):
            continue
        hit = _first_after(targets, match.end())
        if hit is not None and _between_ok(lowered, ends, match.end(), targets[hit][0]):
            marked.update(targets[hit][2])
    for match in denials:
        hit = _last_before(targets, match.start())
        if hit is not None and _between_ok(lowered, ends, targets[hit][1], match.start()):
            marked.update(targets[hit][2])
    return {i for i in marked if found[i].kind in _CONTACT_KINDS}


def _at_word_starts(
    lowered: str, pattern: re.Pattern[str], anchors: tuple[str, ...]
) -> list[re.Match[str]]:
    """Matches of ``pattern`` in ``lowered`` (none where it holds none of ``anchors``); one in
    Latin script only at a word start ("unreal company" is no "real company"). The patterns
    carry no leading ``\\b``, which would cost the regex engine its first-character skip."""
    if not any(word in lowered for word in anchors):
        return []
    found = []
    match = pattern.search(lowered)
    while match is not None:
        start = match.start()
        if start and _latin(match.group()[0]) and _word_char(lowered[start - 1]):
            match = pattern.search(lowered, start + 1)  # inside a word: look again after it
            continue
        found.append(match)
        match = pattern.search(lowered, max(match.end(), start + 1))
    return found


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _latin(char: str) -> bool:
    return ord(char) < 0x250 or 0x1E00 <= ord(char) <= 0x1EFF


_Target = tuple[int, int, list[int]]  # start, end, indexes of found at overlapping spans


def _targets(found: Sequence[FoundIndicator]) -> list[_Target]:
    targets: list[_Target] = []
    for index, item in sorted(enumerate(found), key=lambda pair: pair[1].start):
        if targets and item.start < targets[-1][1]:
            start, end, members = targets[-1]
            members.append(index)
            targets[-1] = (start, max(end, item.end), members)
        else:
            targets.append((item.start, item.end, [index]))
    return targets


def _first_after(targets: list[_Target], offset: int) -> int | None:
    for index, (start, _, _) in enumerate(targets):
        if start >= offset:
            return index
    return None


def _last_before(targets: list[_Target], offset: int) -> int | None:
    best = None
    for index, (_, end, _) in enumerate(targets):
        if end <= offset:
            best = index
    return best


def _between_ok(lowered: str, ends: list[int], start: int, end: int) -> bool:
    """Whether a phrase and a value ``start``..``end`` apart are one statement: close, in one
    sentence, with no word of disguise between them."""
    if end - start > MAX_GAP or end < start:
        return False
    if any(start < boundary <= end for boundary in ends):
        return False
    return _DISGUISE_RE.search(lowered, start, end) is None
