"""Words that place a value in an earlier scam: the crew that robbed the victim before.

A victim scammed twice names both crews. Recovery scams are built on it: a "lawyer" or an
"asset-recovery agency" contacts people who already lost money and promises to get it back,
and their reports name the first crew's phone, site or wallet as history ("when I was
scammed before they used …", "my earlier money went to …", "以前の被害では…", "上次被骗时…",
"예전 피해 때는…") beside the recovery crew's own. Such a value is evidence of the first
crew, not of this report's: joining the report through it puts a recovery crew's victims
into the crews that robbed them first, and makes the first crew's own values look shared
(``Role.EARLIER``, ``tipoff.indicators.roles``; the linker leaves those sightings out,
docs/indicators.md, "Roles").

The phrases say the scam was an earlier one (a previous scam, the first scammers, the last
time, a loss before), never time alone: "before Friday", "前に" and "之前" in a sentence
about the present scam say nothing of whose the value is. Matched on the lower-cased text,
Latin phrases at a word start, for the value nearest to them in the same sentence.
"""

from __future__ import annotations

STRONG = 1.0

EARLIER_CUES: dict[str, tuple[tuple[float, tuple[str, ...]], ...]] = {
    "en": (
        (
            STRONG,
            (
                "scammed before",
                "scammed previously",
                "scammed earlier",
                "scammed the first time",
                "scammed last time",
                "previous scam",
                "earlier scam",
                "first scam",
                "original scam",
                "previous scammer",
                "earlier scammer",
                "first scammer",
                "original scammer",
                "previous loss",
                "earlier loss",
                "money i lost before",
                "previous fraud",
                "earlier fraud",
                "defrauded before",
            ),
        ),
    ),
    "ja": (
        (
            STRONG,
            (
                "以前の被害",
                "前回の被害",
                "前の被害",
                "最初の被害",
                "以前の詐欺",
                "前回の詐欺",
                "前の詐欺",
                "最初の詐欺",
                "以前騙され",
                "以前だまされ",
                "前に騙され",
                "前にだまされ",
            ),
        ),
    ),
    "zh": (
        (
            STRONG,
            (
                "上次被骗",
                "之前被骗",
                "以前被骗",
                "第一次被骗",
                "上次受骗",
                "之前受骗",
                "以前受骗",
                "上次被騙",
                "之前被騙",
                "以前被騙",
            ),
        ),
    ),
    "ko": (
        (
            STRONG,
            (
                "예전 피해",
                "이전 피해",
                "지난 피해",
                "지난번 피해",
                "예전 사기",
                "이전 사기",
                "지난번 사기",
                "예전에 당한",
                "전에 당한",
            ),
        ),
    ),
    "th": ((STRONG, ("โดนครั้งก่อน", "โดนโกงครั้งก่อน", "ถูกโกงครั้งก่อน", "ถูกหลอกครั้งก่อน")),),
    "vi": (
        (STRONG, ("lần bị lừa trước", "bị lừa lần trước", "bị lừa trước đây", "trước đây bị lừa")),
    ),
    "id": ((STRONG, ("ditipu dulu", "ditipu sebelumnya", "penipuan sebelumnya")),),
    "tl": ((STRONG, ("naloko ako dati", "naloko dati", "nakaraang scam")),),
    "km": ((STRONG, ("បោកលើកមុន", "បោកពីមុន")),),
}
