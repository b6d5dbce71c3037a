"""Reissued numbers: a phone number its carrier has since given to someone else.

Carriers recycle a number some months after its subscriber drops it (a prepaid SIM left
unused, a contract ended). A number a crew called from in March can belong to an innocent
person by September, and that person's number is then named in reports that have nothing to
do with the crew: victims of other crews who call the number from an old warning post and
hear from its new subscriber that the carrier gave it to them last month, and the subscriber's
own complaint ("strangers keep calling me saying I scammed them; my number … was given to me
by the carrier recently"). Taken as the crew's, every such citation joins an unrelated report
to the crew, and the victims of several crews who called the same number to each other.

``Role.REISSUED`` marks such a citation: the words say the number now belongs to someone the
carrier gave it to. The linker never links through it, and at relink it also stops the value
linking reports dated after it (``tipoff.link.reissued_numbers``): once a number is known to
have changed hands, its later citations are not the first holder's.

What decides: in the victim's own words, a sentence that says a carrier gave, assigned or
issued the number or its SIM (a carrier word and an assignment word in one sentence, at most
``MAX_APART`` characters apart: "the carrier gave her that SIM last month", "最近キャリアから
割り当てられた番号", "运营商上个月才分配给她", "통신사에서 받은 번호", "ค่ายเพิ่งให้ฉันมา",
"nhà mạng mới cấp", "baru diberikan operator", "bagong bigay lang ng network",
"ក្រុមហ៊ុនទូរស័ព្ទទើបផ្តល់ស៊ីម"), or a phrase that names the recycling itself ("recycled
number", "new owner of the number", "二次号", "前の持ち主", "재활용 번호", "เบอร์รีไซเคิล", "số tái
sử dụng", "nomor daur ulang"…). The cue names the phone nearest before it in the sentence
(the victim names the number, then what its new subscriber said), else the nearest after it.

Pure, thread-safe, never raises on any string.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from tipoff.indicators.normalize import lower_same_length
from tipoff.model import FoundIndicator, IndicatorKind

CARRIER, ASSIGNED, RECYCLED, POSING = 0, 1, 2, 3
# A carrier word and an assignment word count together at most this far apart (characters
# between the end of the first and the start of the second).
MAX_APART = 40
# A cue names a phone before it at most this far, after it at most ``MAX_AFTER`` (characters
# between them).
MAX_BEFORE = 100
MAX_AFTER = 24
# An impersonation word this close to a cue makes it the scam's script, not a new subscriber's
# story ("a man claiming to be from the carrier said a new SIM was issued, and called from …").
IMPERSONATION_NEAR = 40
IMPERSONATION: tuple[str, ...] = (
    "claiming to be",
    "claimed to be",
    "pretending to be",
    "pretended to be",
    "posing as",
    "impersonat",
    "名乗",
    "なりすま",
    "装って",
    "冒充",
    "假冒",
    "自称",
    "自稱",
    "사칭",
    "แอบอ้าง",
    "อ้างว่าเป็น",
    "giả danh",
    "mạo danh",
    "tự xưng",
    "mengaku",
    "menyamar",
    "nagpanggap",
    "nagpakilala",
    "ក្លែង",
    "អះអាងថាជា",
)

REISSUE_CUES: dict[str, dict[int, tuple[str, ...]]] = {
    "en": {
        CARRIER: (
            "carrier",
            "network",
            "telco",
            "operator",
            "provider",
            "phone company",
            "mobile company",
            "telephone company",
        ),
        ASSIGNED: (
            "gave",
            "given",
            "assigned",
            "reassigned",
            "re-assigned",
            "issued",
            "reissued",
            "re-issued",
            "allocated",
            "new sim",
            "got that sim",
            "got this sim",
            "got the sim",
            "got that number",
            "got this number",
            "got the number",
        ),
        RECYCLED: (
            "recycled number",
            "recycled sim",
            "reassigned number",
            "reissued number",
            "number was recycled",
            "number has been recycled",
            "number was reassigned",
            "number has been reassigned",
            "new owner of the number",
            "new owner of this number",
            "new owner of that number",
            "number now belongs to",
            "previous owner of the number",
            "previous owner of this number",
        ),
    },
    "ja": {
        CARRIER: (
            "キャリア",
            "携帯会社",
            "電話会社",
            "通信会社",
            "通信事業者",
            "ドコモ",
            "ソフトバンク",
            "楽天モバイル",
        ),
        ASSIGNED: (
            "割り当て",
            "割当",
            "もらった",
            "貰った",
            "もらいました",
            "付与",
            "発行",
            "新規契約",
        ),
        RECYCLED: (
            "再利用された番号",
            "番号の再利用",
            "リサイクル番号",
            "前の持ち主",
            "以前の持ち主",
            "新しい持ち主",
            "前の契約者",
            "以前の契約者",
        ),
    },
    "zh": {
        CARRIER: (
            "运营商",
            "運營商",
            "营运商",
            "電信商",
            "电信公司",
            "電信公司",
            "移动公司",
            "移動公司",
            "电信局",
        ),
        ASSIGNED: (
            "分配",
            "分给",
            "分給",
            "发给",
            "發給",
            "给我的",
            "給我的",
            "新号",
            "新號",
            "新办",
            "新辦",
        ),
        RECYCLED: (
            "二次号",
            "二次號",
            "二次放号",
            "二次放號",
            "回收号",
            "回收號",
            "号码回收",
            "號碼回收",
            "号码被回收",
            "號碼被回收",
            "前机主",
            "前機主",
            "原机主",
            "原機主",
        ),
    },
    "ko": {
        CARRIER: ("통신사", "이동통신사", "이통사", "통신 회사", "통신회사"),
        ASSIGNED: ("받은", "받았", "배정", "할당", "개통", "새 번호", "새로 받"),
        RECYCLED: (
            "재활용 번호",
            "번호 재활용",
            "재사용 번호",
            "이전 사용자",
            "전 주인",
            "예전 주인",
        ),
    },
    "th": {
        CARRIER: (
            "ค่ายมือถือ",
            "ค่ายโทรศัพท์",
            "ค่าย",
            "ผู้ให้บริการมือถือ",
            "ผู้ให้บริการเครือข่าย",
            "เครือข่ายมือถือ",
        ),
        ASSIGNED: (
            "ได้ซิม",
            "ได้เบอร์",
            "ให้ฉันมา",
            "ให้ผมมา",
            "ให้ดิฉันมา",
            "ให้เขามา",
            "ให้เธอมา",
            "ซิมใหม่",
            "เบอร์ใหม่",
            "ออกซิม",
        ),
        RECYCLED: ("เบอร์รีไซเคิล", "ซิมรีไซเคิล", "เจ้าของเบอร์เดิม", "เจ้าของเบอร์คนใหม่", "เจ้าของเบอร์คนก่อน"),
    },
    "vi": {
        CARRIER: ("nhà mạng", "viettel", "vinaphone", "mobifone", "nhà cung cấp dịch vụ"),
        ASSIGNED: ("mới cấp", "cấp cho", "cấp lại", "cấp số", "cấp sim", "sim mới", "số mới"),
        RECYCLED: (
            "số tái sử dụng",
            "sim tái sử dụng",
            "số bị thu hồi",
            "chủ cũ của số",
            "chủ mới của số",
            "thuê bao mới",
        ),
    },
    "id": {
        CARRIER: ("operator", "provider", "telkomsel", "indosat", "smartfren"),
        ASSIGNED: (
            "diberikan",
            "dikasih",
            "diberi",
            "baru dapat",
            "nomor baru",
            "kartu baru",
            "sim baru",
        ),
        RECYCLED: (
            "nomor daur ulang",
            "nomor didaur ulang",
            "nomor bekas",
            "pemilik lama nomor",
            "pemilik baru nomor",
        ),
    },
    "tl": {
        CARRIER: ("network", "telco", "globe", "provider"),
        ASSIGNED: (
            "bigay",
            "binigay",
            "ibinigay",
            "binigyan",
            "kakabigay",  # recent past ("just given"): the root reduplicated after ka-
            "kabibigay",
            "bagong sim",
            "bagong number",
            "bagong numero",
            "nakuha",
        ),
        RECYCLED: ("recycled na number", "dating may-ari ng number", "bagong may-ari ng number"),
    },
    "km": {
        CARRIER: ("ក្រុមហ៊ុនទូរស័ព្ទ", "ក្រុមហ៊ុន", "ប្រតិបត្តិករ"),
        ASSIGNED: ("ផ្តល់", "ផ្ដល់", "ស៊ីមថ្មី", "លេខថ្មី"),
        RECYCLED: ("ម្ចាស់លេខថ្មី", "ម្ចាស់លេខចាស់"),
    },
}

# Where a sentence ends: a full stop before a space, 。！？!? and a line break. A semicolon
# does not end it ("I called X from an old post; the lady who answered said the carrier gave
# her the SIM last month"); Thai and Khmer write no full stop between clauses, so there a
# cue may share its "sentence" with later values: it names the nearest phone before it.
_SENTENCE_END_RE = re.compile(r"[。！？!?\n។]|\.(?=\s|$)")
# A run of digits that looks like a number the extractor did not read: a cue after it names
# that run, not a phone before it ("contacted me from 061 794 0845, I called +855 88-4803-25
# from a warning post, the carrier gave her the SIM": the second number was not read).
_NUMBER_RUN_RE = re.compile(r"\d[\d\s().+-]{4,}\d")
# Between a cue and a phone after it: another party's number ("the operator gave me his
# number 0917 …" is the scammer's, not a reissued one).
_THEIRS_RE = re.compile(
    r"\b(?:his|her|their|the scammer's|the agent's)\b|他的|她的|对方|對方|相手|그의|ของเขา"
    r"|của (?:anh|chị|hắn|họ)|\bnya\b|\bniya\b|\bnila\b|របស់គាត់"
)


@cache
def _automaton() -> Any:  # an ahocorasick.Automaton: phrase -> (length, sort) (untyped)
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for table in REISSUE_CUES.values():
        for sort, phrases in table.items():
            for phrase in phrases:
                automaton.add_word(phrase, (len(phrase), sort))
    for phrase in IMPERSONATION:
        automaton.add_word(phrase, (len(phrase), POSING))
    automaton.make_automaton()
    return automaton


def reissued_numbers(text: str, found: Sequence[FoundIndicator]) -> list[int]:
    """Indexes of ``found`` (what ``extract`` returned for ``text``, the victim's own words)
    that the words call a number its carrier has given to someone else."""
    if not isinstance(text, str) or not any(_numbered(f) for f in found):
        return []
    lowered = lower_same_length(text)
    cues = _cues(lowered)
    if not cues:
        return []
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(lowered)]
    phones = [(f.start, f.end, i) for i, f in enumerate(found) if _numbered(f)]
    out: set[int] = set()
    for start, end in cues:
        named = _named(phones, start, end, ends, lowered)
        if named is not None:
            out.add(named)
    return sorted(out)


def _numbered(item: FoundIndicator) -> bool:
    """A phone, or a messenger account that is a phone number ("whatsapp:+63…")."""
    if item.kind == IndicatorKind.PHONE:
        return True
    return item.kind == IndicatorKind.HANDLE and ":+" in item.value


def _cues(lowered: str) -> list[tuple[int, int]]:
    """Reissue cues as (start, end): a recycling phrase, or a carrier word and an assignment
    word close together (the span of both)."""
    found: dict[int, list[tuple[int, int]]] = {CARRIER: [], ASSIGNED: [], RECYCLED: [], POSING: []}
    for last, (length, sort) in _automaton().iter(lowered):
        start, end = last + 1 - length, last + 1
        if sort == POSING or not _mid_word(lowered, start, end):
            found[sort].append((start, end))
    carriers, assigned, out = found[CARRIER], found[ASSIGNED], list(found[RECYCLED])
    for c_start, c_end in carriers:
        for a_start, a_end in assigned:
            if a_start < c_end and c_start < a_end:
                continue  # one word inside the other ("nhà cung cấp")
            gap = a_start - c_end if a_start >= c_end else c_start - a_end
            if gap <= MAX_APART:
                out.append((min(c_start, a_start), max(c_end, a_end)))
    posing = found[POSING]
    return [cue for cue in out if not _near_any(posing, cue, IMPERSONATION_NEAR)]


def _near_any(spans: list[tuple[int, int]], cue: tuple[int, int], distance: int) -> bool:
    """Whether one of ``spans`` lies within ``distance`` characters of ``cue``."""
    return any(s < cue[1] + distance and cue[0] - distance < e for s, e in spans)


def _mid_word(lowered: str, start: int, end: int) -> bool:
    """A Latin phrase must start and end at word boundaries ("gave" not in "engrave")."""
    if not lowered[start].isascii():
        return False
    before = start > 0 and lowered[start - 1].isalpha()
    after = end < len(lowered) and lowered[end].isalpha() and lowered[end - 1].isascii()
    return before or after


def _named(
    phones: list[tuple[int, int, int]], start: int, end: int, ends: list[int], lowered: str
) -> int | None:
    """The phone a cue at ``start:end`` names: the nearest before it in its sentence, else
    the nearest after it within ``MAX_AFTER`` characters; none where an unread number
    stands between."""
    lo = max((e for e in ends if e <= start), default=0)
    hi = min((e for e in ends if e >= end), default=1 << 30)
    before = [p for p in phones if lo <= p[0] and p[1] <= start and start - p[1] <= MAX_BEFORE]
    if before:
        nearest = max(before)
        return None if _NUMBER_RUN_RE.search(lowered, nearest[1], start) else nearest[2]
    after = [p for p in phones if p[0] >= end and p[1] <= hi and p[0] - end <= MAX_AFTER]
    if not after:
        return None
    nearest = min(after)
    between = lowered[end : nearest[0]]
    if _NUMBER_RUN_RE.search(between) or _THEIRS_RE.search(between):
        return None
    return nearest[2]
