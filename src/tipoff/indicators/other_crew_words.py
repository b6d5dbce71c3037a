"""Words that place a value with another crew: "another group also scammed me; they used X".

A victim worked by two crews at once (or one after the other) reports the one they report and
names the other in passing: "Around the same time a different gang also got me: they used
X", "同じ時期に別のグループにも騙されました。相手はXを使っていました", "另一伙人也骗了我，
他们用的是X", "다른 조직에게도 당했습니다. 그들은 X를 썼습니다", "มีอีกแก๊งหลอกฉันด้วย
พวกเขาใช้ X", "một nhóm khác cũng lừa tôi, họ dùng X", "kelompok lain juga menipu saya,
mereka memakai X", "may ibang grupo ring nanloko sa akin, gamit nila ang X",
"ក្រុមមួយទៀតក៏បោកខ្ញុំដែរ ពួកគេប្រើ X". X is that crew's, not this report's: it is
evidence of the other crew, which that crew's own victims give anyway, and joining the report
through it makes one network of two crews (``Role.OTHER_CREW``; the linker leaves such
sightings out, as it leaves out an earlier scam's, docs/indicators.md, "Roles").

A cue is a *group* named as other than the one reported (another, a different, a second, a
separate group, gang, crew, syndicate, scammers; 別の/他のグループ・組織・業者; 另一伙人,
另一个团伙, 其他骗子; 다른 조직·일당·사기단; อีกแก๊ง, กลุ่มอื่น; nhóm/băng khác; kelompok/
sindikat lain; ibang grupo; ក្រុមមួយទៀត) *as the one that scammed the victim* (the scam
verb right after it, only "also", "too", a particle between; or "scammed by" right before
it). A group alone is not: a crew moves its victims into "another group" (a VIP chat), and
"other victims were scammed too" names no crew (a passive verb, "被骗", "bị lừa", is not the
cue's). The cue places the first value after it, in its sentence or the next and within
``REACH`` characters, in its clause or in a later one that refers back to the crew (the
sentence that tells of the other crew, then the one that names what it used:
"…別のグループにも騙されました。相手はXを…", "…다른 조직에게도 당했습니다. 그들은 X를…",
"…อีกแก๊งหลอกฉันด้วย พวกเขาใช้ ไลน์ไอดี X"), and the values after the cue in that value's
clause ("they used X and Y").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache
from typing import Any

# How far after a cue its first value may be.
REACH = 48

# Each language's cue: the other group as the agent of the scam (a regular expression over
# the lower-cased text; Latin ones from a word start).
_OTHER_CREW_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        r"\b(?:another|a different|a second|a separate|different|other|separate)"
        r"\s+(?:scam\s+|scammer\s+|criminal\s+|fraud\s+)?"
        r"(?:group|gang|crew|syndicate|ring|network|outfit|scammers|fraudsters|team)"
        r"(?:\s+of\s+(?:scammers|fraudsters|criminals))?"
        r"(?:\s+(?:also|too|then|had|has|have|later|simultaneously|meanwhile))*"
        r"\s+(?:scammed|cheated|defrauded|conned|swindled|tricked|fooled|robbed|got me"
        r"|hit me|targeted me|ripped me off)\b",
        r"\b(?:scammed|cheated|defrauded|conned|swindled|tricked|targeted|fooled|hit)"
        r"(?:\s+(?:me|also|too|as well))*\s+by\s+"
        r"(?:another|a different|a second|a separate|different|other|separate)"
        r"\s+(?:scam\s+|scammer\s+|criminal\s+|fraud\s+)?"
        r"(?:group|gang|crew|syndicate|ring|network|outfit|scammers|fraudsters|team)\b",
        r"\blost\s+(?:(?:all\s+|some\s+|more\s+)?(?:of\s+)?(?:my\s+)?"
        r"(?:money|savings|funds|cash|everything|[$£€¥]?\d[\d,.]*(?:\s*[a-z]{3})?)\s+)?to\s+"
        r"(?:another|a different|a second|a separate|different|other|separate)"
        r"\s+(?:scam\s+|scammer\s+|criminal\s+|fraud\s+)?"
        r"(?:group|gang|crew|syndicate|ring|network|outfit|scammers|fraudsters|team)\b",
        r"\b(?:someone else|somebody else|another person|a different person)"
        r"(?:\s+(?:also|too|then|had|has))*"
        r"\s+(?:scammed|cheated|defrauded|conned|swindled|tricked|got me|targeted me)\b",
    ),
    "ja": (
        r"(?:別の|他の|ほかの|もう一つの|もうひとつの|違う|別)(?:詐欺)?"
        r"(?:グループ|組織|集団|業者|犯人|詐欺師|一味|連中|犯罪グループ)"
        r"(?:に|から|によって)?(?:も)?(?:同時に|また)?"
        r"(?:騙され|だまされ|詐欺に遭|詐欺にあ|被害に遭|被害にあ|被害を受け|やられ|騙し取られ)",
        r"(?:別の|他の|ほかの)人に(?:も)?(?:騙され|だまされ)",
    ),
    "zh": (
        r"(?:另一|另外一?|其他的?|别的|別的|又一)(?:伙|夥|个|個|帮|幫|拨|撥|批|家)?"
        r"(?:人|团伙|團夥|集团|集團|骗子|騙子|诈骗集团|詐騙集團|诈骗团伙|詐騙團夥|组织|組織)"
        r"(?:同时|同時)?(?:也|又|还|還)?(?:来|來|在)?(?:骗|騙|诈骗|詐騙|坑)",
    ),
    "ko": (
        r"(?:또 다른|다른|별도의|별개의)\s?(?:사기\s?|범죄\s?)?"
        r"(?:조직|일당|사기단|무리|그룹|업체|집단|사기꾼들?|팀|곳)"
        r"(?:에게도|한테도|에게서도|에게|한테|에게서|으로부터도|로부터도|에서도|에서|에도|에|도)?\s?"
        r"(?:당했|당하|속았|속아|사기를 당|사기 당|사기당|피해를 입|피해를 봤|피해를 당|뜯겼)",
    ),
    "th": (
        r"(?<!เข้า)(?:อีกแก๊ง|แก๊งอื่น|อีกกลุ่ม|กลุ่มอื่น|อีกพวก|พวกอื่น|อีกคน|คนอื่น|อีกราย"
        r"|มิจฉาชีพอีก(?:กลุ่ม|แก๊ง|ราย|พวก)|มิจฉาชีพกลุ่มอื่น|มิจฉาชีพแก๊งอื่น"
        r"|แก๊งมิจฉาชีพอีก(?:แก๊ง|กลุ่ม)?|แก๊งมิจฉาชีพอื่น|คนร้ายอีก(?:กลุ่ม|แก๊ง|พวก))"
        r"(?:หนึ่ง)?(?:ก็|ยัง)?(?:มา)?(?:หลอก|โกง|ต้มตุ๋น)",
        r"(?:โดน|ถูก)(?:หลอก|โกง|ต้มตุ๋น)(?:เงิน)?(?:จาก|โดย)"
        r"(?:อีกแก๊ง|แก๊งอื่น|อีกกลุ่ม|กลุ่มอื่น|อีกพวก|พวกอื่น|มิจฉาชีพอีก(?:กลุ่ม|แก๊ง|พวก)"
        r"|มิจฉาชีพกลุ่มอื่น|มิจฉาชีพแก๊งอื่น|แก๊งมิจฉาชีพอีก(?:แก๊ง|กลุ่ม)?|แก๊งมิจฉาชีพอื่น)",
    ),
    "vi": (
        r"\b(?:nhóm|băng|băng nhóm|đường dây|bọn|tổ chức|toán|đám|người)(?:\s+lừa đảo)?"
        r"\s+khác(?:\s+nữa)?(?:\s+(?:cũng|lại|đồng thời|còn))*\s+(?:lừa|gạt)",
        r"\bbị(?:\s+(?:cả|thêm))?\s+(?:một\s+)?(?:nhóm|băng|băng nhóm|đường dây|bọn|tổ chức)"
        r"(?:\s+lừa đảo)?\s+khác(?:\s+(?:cũng|nữa))*\s+(?:lừa|gạt)",
    ),
    "id": (
        r"\b(?:kelompok|grup|sindikat|komplotan|geng|gerombolan|jaringan|penipu|orang)"
        r"(?:\s+(?:penipu|penipuan))?\s+(?:lain|lainnya|berbeda)"
        r"(?:\s+(?:juga|pun|ikut|sekaligus|lagi))*\s+(?:menipu|nipu|memperdaya|memeras)",
        r"\b(?:ditipu|tertipu|kena tipu)(?:\s+(?:juga|pula))*\s+(?:oleh\s+)?"
        r"(?:kelompok|grup|sindikat|komplotan|geng|penipu)(?:\s+(?:penipu|penipuan))?"
        r"\s+(?:lain|lainnya|berbeda)\b",
    ),
    "tl": (
        r"\b(?:ibang|isa pang|iba pang)\s+(?:mga\s+)?"
        r"(?:grupo|grupong|sindikato|scammer|scammers|gang|manloloko|kawatan|tao)"
        r"(?:\s+(?:ring|rin|din|ding|naman|pa|na))*\s+(?:ang\s+)?"
        r"(?:nanloko|nangloko|nandaya|nang-scam|nag-scam|nanlinlang|umloko|lumoko|nanggantso)",
        r"\b(?:naloko|niloko|nadaya|na-scam|nalinlang|nagantso)(?:\s+(?:rin|din|ako|pa|na))*"
        r"\s+ng\s+(?:ibang|isa pang|iba pang)\s+(?:mga\s+)?"
        r"(?:grupo|grupong|sindikato|scammer|scammers|gang|manloloko|tao)\b",
    ),
    "km": (
        r"(?:ក្រុមមួយទៀត|ក្រុមផ្សេងទៀត|ក្រុមផ្សេង|ក្រុមឧក្រិដ្ឋជនផ្សេង|ក្រុមបោកប្រាស់ផ្សេង"
        r"|ជនបោកប្រាស់ផ្សេង|ក្រុមចោរផ្សេង)(?:ក៏)?(?:បាន)?\s?(?:បោក|ឆបោក)",
    ),
}


# Words that refer back to the other crew, the subject of the clause that names its value
# when that is not the cue's own ("…also got me. They used X", "相手はXを", "그들은 X를",
# "พวกเขาใช้ X", "ពួកគេប្រើ X", or the time of its scam: "at the time it was X", "その時は
# X", "当时用的是X", "그때는 X", "ตอนนั้นใช้ X", "khi đó dùng X", "waktu itu pakai X"):
# without one, a later clause is about the crew reported
# ("Another gang also tried. I paid my scammer at X").
_THEY = (
    r"\b(?:they|them|their|those|that group|that gang|the other group|the other gang"
    r"|at the time|at that time|back then)\b"
    r"|相手|彼ら|犯人|向こう|そのグループ|その組織|その業者|その人|その時|当時"
    r"|他们|他們|对方|對方|那伙人|那夥人|那帮人|那幫人|当时"
    r"|그들|상대|그쪽|그 조직|그놈들|그 사람|그때|당시"
    r"|พวกเขา|พวกมัน|แก๊งนั้น|กลุ่มนั้น|เขา|มัน|ตอนนั้น"
    r"|\b(?:họ|bọn họ|bọn chúng|chúng|nhóm đó|mereka|dia|kelompok itu|nila|sila|kanila"
    r"|khi đó|lúc đó|hồi đó|waktu itu|saat itu|ketika itu)\b"
    r"|ពួកគេ|ក្រុមនោះ|គេ|ពេលនោះ"
)


# Words that put the scam told in the past, before the one reported ("Before this I had
# already been cheated by another group", "以前にも別のグループに…", "之前…", "이전에…",
# "ก่อนหน้านี้เคย…", "trước đó…", "sebelumnya…", "dati…", "ពីមុន…"): an earlier crew, whose
# values a recovery crew's victims quote as history (``Role.EARLIER``'s, and step 5's hubs
# weigh them, docs/networks.md). In the cue's clause they leave the value to those.
_EARLIER = (
    r"\b(?:before this|before that|previously|already|earlier|last year|last month|last time"
    r"|years ago|months ago|in the past)\b"
    r"|以前|前に|去年|昨年|一昨年|過去に|その前|前回|之前|上次|曾经|曾經|早前|前年|骗过|騙過"
    r"|예전|이전|전에|작년|지난번|과거에"
    r"|ก่อนหน้า|ครั้งก่อน|ปีที่แล้ว|ปีก่อน|เคย"
    r"|\b(?:trước đó|trước đây|năm ngoái|lần trước|từng|sebelumnya|dulu|tahun lalu|pernah"
    r"|dati|nakaraang?)\b"
    r"|មុននេះ|ពីមុន|ឆ្នាំមុន|ធ្លាប់"
)


@cache
def _earlier() -> re.Pattern[str]:
    return re.compile(_EARLIER)


@cache
def _they() -> re.Pattern[str]:
    return re.compile(_THEY)


# Per language, the words for "other" one of its cues holds: one pass of an automaton picks
# the languages whose cues are tried (most texts hold none, and a cue's expression has no
# literal start the engine could skip ahead on).
_OTHER_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("another", "different", "other", "second", "separate", "else"),
    "ja": ("別", "他の", "ほかの", "もう一つ", "もうひとつ", "違う"),
    "zh": ("另", "其他", "别的", "別的", "又一"),
    "ko": ("다른", "별도", "별개"),
    "th": ("อีก", "อื่น"),
    "vi": ("khác",),
    "id": ("lain", "berbeda"),
    "tl": ("ibang", "isa pang", "iba pang"),
    "km": ("ផ្សេង", "ទៀត"),
}


@cache
def _cues() -> dict[str, re.Pattern[str]]:
    return {
        language: re.compile("|".join(f"(?:{cue})" for cue in cues))
        for language, cues in _OTHER_CREW_CUES.items()
    }


@cache
def _other_words() -> Any:  # an ahocorasick.Automaton: word -> its language (untyped)
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for language, words in _OTHER_WORDS.items():
        for word in words:
            automaton.add_word(word, language)
    automaton.make_automaton()
    return automaton


def other_crew_cues(lowered: str) -> list[tuple[int, int]]:
    """Spans of the cues in ``lowered`` (the lower-cased text) that name another crew as the
    one that also scammed the victim."""
    languages = {language for _end, language in _other_words().iter(lowered)}
    if not languages:
        return []
    cues = _cues()
    return sorted(m.span() for language in languages for m in cues[language].finditer(lowered))


def other_crew_indexes(
    lowered: str,
    cues: Sequence[tuple[int, int]],
    spans: Sequence[tuple[int, int]],
    sentences: Sequence[int],
    clauses: Sequence[int],
) -> tuple[set[int], set[int]]:
    """Indexes of ``spans`` (the values' start and end in the text) that one of ``cues``
    (``other_crew_cues``) places with another crew: the first value after the cue, within
    ``REACH`` characters and its sentence or the next, in the cue's clause or in a later one
    that refers back to the crew, and the values after the cue in that value's clause.
    Two sets: those of a crew at the same time, and those of a crew whose cue's clause tells
    of an earlier scam (``_EARLIER``: "last year I had already lost money to another group,
    they used X"), which are an earlier scam's (``Role.EARLIER``). ``sentences``,
    ``clauses``: the sorted sentence and clause start offsets (``tipoff.indicators.roles``)."""
    placed: set[int] = set()
    before: set[int] = set()
    for start, end in cues:
        own = bisect.bisect_right(clauses, start) - 1
        own_end = clauses[own + 1] if own + 1 < len(clauses) else len(lowered)
        earlier = _earlier().search(lowered, clauses[own], own_end) is not None
        sentence = bisect.bisect_right(sentences, end - 1) - 1
        limit = sentences[sentence + 2] if sentence + 2 < len(sentences) else len(lowered)
        after = [s for s, _e in spans if end <= s < min(limit, end + REACH)]
        if not after:
            continue
        first = min(after)
        clause = bisect.bisect_right(clauses, first) - 1
        if clauses[clause] > end and not _they().search(lowered, end, first):
            continue  # another clause, which does not tell what *they* used
        close = clauses[clause + 1] if clause + 1 < len(clauses) else len(lowered)
        (before if earlier else placed).update(
            i for i, (s, _e) in enumerate(spans) if end <= s < close
        )
    return placed, before - placed
