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
time, a loss before; a fraud desk's "earlier, unrelated case", "別件", "별건", "另案",
"คดีก่อนหน้า" of a customer it files for), never time alone: "before Friday", "前に" and
"之前" in a sentence about the present scam say nothing of whose the value is. Matched on
the lower-cased text, Latin phrases at a word start, for the value nearest to them in the
same sentence.
"""

from __future__ import annotations

STRONG = 1.0

_HISTORY_CUES: dict[str, tuple[tuple[float, tuple[str, ...]], ...]] = {
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
                # a loss told in the past perfect or with "already": before the scam reported
                "had lost money to",
                "had already lost",
                "already lost money to",
                "lost money before",
                "previously lost",
            ),
        ),
    ),
    # European languages: the same nouns (the original, first, previous or earlier scam or
    # scammers), "scammed before", and a loss told as earlier ("I had already lost money to")
    "de": (
        (
            STRONG,
            (
                "ursprüngliche betrug",
                "ursprünglichen betrug",
                "ursprünglichen betrüger",
                "erste betrug",
                "ersten betrug",
                "ersten betrüger",
                "vorherige betrug",
                "vorherigen betrug",
                "frühere betrug",
                "früheren betrug",
                "früheren betrüger",
                "schon einmal betrogen",
                "bereits betrogen",
                "vorher betrogen",
                "zuvor betrogen",
                "früheren verlust",
                "hatte ich schon geld",
                "hatte ich bereits geld",
                "vorher hatte ich schon",
                "zuvor hatte ich schon",
                "zuvor hatte ich bereits",
            ),
        ),
    ),
    "fr": (
        (
            STRONG,
            (
                "arnaque d'origine",
                "arnaque d’origine",
                "arnaque initiale",
                "première arnaque",
                "arnaque précédente",
                "précédente arnaque",
                "escroquerie d'origine",
                "escroquerie d’origine",
                "escroquerie initiale",
                "première escroquerie",
                "escroquerie précédente",
                "premiers escrocs",
                "escrocs précédents",
                "déjà été arnaqué",
                "déjà été escroqué",
                "avais perdu de l'argent",
                "avais perdu de l’argent",
                "avais déjà perdu",
            ),
        ),
    ),
    "es": (
        (
            STRONG,
            (
                "estafa original",
                "estafa inicial",
                "primera estafa",
                "estafa anterior",
                "anterior estafa",
                "fraude original",
                "fraude anterior",
                "primer fraude",
                "primeros estafadores",
                "estafadores anteriores",
                "ya me habían estafado",
                "me estafaron antes",
                "había perdido dinero",
                "ya había perdido",
            ),
        ),
    ),
    "it": (
        (
            STRONG,
            (
                "truffa originale",
                "truffa iniziale",
                "prima truffa",
                "truffa precedente",
                "precedente truffa",
                "frode precedente",
                "primi truffatori",
                "truffatori precedenti",
                "già truffato",
                "già truffata",
                "avevo già perso",
                "avevo perso soldi",
                "avevo perso denaro",
            ),
        ),
    ),
    "nl": (
        (
            STRONG,
            (
                "eerste oplichting",
                "oorspronkelijke oplichting",
                "vorige oplichting",
                "eerdere oplichting",
                "eerste fraude",
                "eerdere fraude",
                "eerste oplichters",
                "eerdere oplichters",
                "eerder opgelicht",
                "was ik al geld",
                "had ik al geld",
                "eerder geld kwijt",
            ),
        ),
    ),
    "pl": (
        (
            STRONG,
            (
                "pierwsze oszustwo",
                "pierwotne oszustwo",
                "poprzednie oszustwo",
                "wcześniejsze oszustwo",
                "pierwszym oszustwie",
                "poprzednim oszustwie",
                "wcześniejszym oszustwie",
                "pierwsi oszuści",
                "poprzedni oszuści",
                "wcześniej straciłem pieniądze",
                "wcześniej straciłam pieniądze",
                "wcześniej straciłem",
                "wcześniej straciłam",
                "wcześniej oszukany",
                "wcześniej oszukana",
            ),
        ),
    ),
    "pt": (
        (
            STRONG,
            (
                "burla original",
                "golpe original",
                "primeiro golpe",
                "primeira burla",
                "golpe anterior",
                "burla anterior",
                "fraude inicial",
                "golpistas anteriores",
                "já tinha perdido",
                "tinha perdido dinheiro",
                "já tinha sido burlado",
                "já tinha caído",
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
    "th": (
        (
            STRONG,
            (
                "โดนครั้งก่อน",
                "โดนโกงครั้งก่อน",
                "ถูกโกงครั้งก่อน",
                "ถูกหลอกครั้งก่อน",
            ),
        ),
    ),
    "vi": (
        (
            STRONG,
            (
                "lần bị lừa trước",
                "bị lừa lần trước",
                "bị lừa trước đây",
                "trước đây bị lừa",
            ),
        ),
    ),
    "id": (
        (
            STRONG,
            (
                "ditipu dulu",
                "ditipu sebelumnya",
                "penipuan sebelumnya",
            ),
        ),
    ),
    "tl": (
        (
            STRONG,
            ("naloko ako dati", "naloko dati", "nakaraang scam"),
        ),
    ),
    "km": ((STRONG, ("បោកលើកមុន", "បោកពីមុន")),),
}

# A bank's fraud desk or an NGO filing for a customer notes an earlier, unrelated case: written
# once here, they are cues of their language's strong side (EARLIER_CUES), and in the languages
# where the note may also follow the value it places (FOLLOWING), they may.
_CASE_NOTES: dict[str, tuple[str, ...]] = {
    "en": (
        "earlier case",
        "earlier, unrelated case",
        "earlier unrelated case",
        "earlier, separate case",
        "previous case",
        "prior case",
        "separate case",
        "unrelated case",
        "separate matter",
        "unrelated matter",
        "earlier incident",
        "previous incident",
        "separate incident",
        "unrelated incident",
    ),
    "ja": (
        "別件",
        "別の詐欺",
        "別の事案",
        "以前の事案",
    ),
    "zh": (
        "另案",
        "另一起案件",
        "另一宗案件",
        "之前的案件",
    ),
    "ko": (
        "별건",
        "다른 사건",
        "이전 사건",
        "별개의 사건",
    ),
    "th": (
        "คดีก่อนหน้า",
        "คดีอื่น",
        "อีกคดีหนึ่ง",
    ),
    "vi": (
        "vụ khác",
        "vụ việc khác",
        "vụ án khác",
    ),
    "id": (
        "kasus lain",
        "kasus sebelumnya",
        "kasus terpisah",
    ),
    "tl": (
        "ibang kaso",
        "naunang kaso",
    ),
}
_FOLLOWING_LANGUAGES = ("en", "th", "vi", "id", "tl")


def _with_case_notes(
    language: str, groups: tuple[tuple[float, tuple[str, ...]], ...]
) -> tuple[tuple[float, tuple[str, ...]], ...]:
    notes = _CASE_NOTES.get(language, ())
    return tuple(
        (weight, phrases + notes if weight == STRONG else phrases) for weight, phrases in groups
    )


EARLIER_CUES: dict[str, tuple[tuple[float, tuple[str, ...]], ...]] = {
    language: _with_case_notes(language, groups) for language, groups in _HISTORY_CUES.items()
}

# Of the phrases, those that may also follow the value they place, within
# ``tipoff.indicators.roles.NEAR_CHARS`` in its clause: a fraud desk's note names the case after
# the payment ("the customer also paid X in an earlier, unrelated case", "ลูกค้าเคยโอนเข้า X
# ในคดีก่อนหน้าซึ่งไม่เกี่ยวข้อง", "X trong một vụ khác").
FOLLOWING: frozenset[str] = frozenset(
    note for language in _FOLLOWING_LANGUAGES for note in _CASE_NOTES[language]
)

# A fraud desk's note that a payment belongs to another case (the phrases above a desk writes:
# FOLLOWING, and "別件", "另案", "별건" …) counts twice (2.0, the cap of a side): it outweighs
# the payment words around the value ("…以前にも別件で…口座番号1366175へ送金しています", "the
# customer also paid … in an earlier, unrelated case"), which say only that money went there.
CASE = 2.0
CASE_PHRASES: frozenset[str] = frozenset(note for notes in _CASE_NOTES.values() for note in notes)
