"""Two moves of a calm conversational scam in one message: a floor under P(scam).

Pig-butchering grooming, "wrong number" openers that turn into friendship, a boss who cannot
take calls and needs a payment, an acquaintance who must remind you who they are before
asking for a loan: these scams carry no link, number or account, and their words are the words
of ordinary chat, so the model's n-grams (learned mostly from SMS with links) leave them under
0.5. Each is defined by two moves that ordinary chat rarely puts in one message, whatever the
language (``data/calm_scams.json``, nine languages):

- ``invest_invitation``: a story of profits made by following someone's tips, a teacher or a
  platform ("I made 38% just following him", "今天又提现成功了") and an invitation to join,
  be added, be taught or try it ("want me to ask if you can join our group", "先小额试试");
  a friend who talks about a fund invites nobody, a broker's webinar tells of no profits;
- ``stranger_loan``: someone who has to remind the reader who they are ("do you remember me?
  We met at …", "还记得我吗") asks to borrow money; family and friends asking for a loan
  need no introduction;
- ``cannot_talk_pay``: someone who cannot talk or take calls (a meeting, a flight) asks the
  reader to pay, transfer or buy gift cards: the boss, client or child a call would unmask;
- ``wrong_number_pivot``: a message "sent by mistake" that goes on to make friends or to ask
  about work and investing (a real wrong number apologises and stops: wrong_number.py);
- ``online_romance``: someone met online only recently speaks of living together or marrying;
- ``paid_simple_task``: pay for each trivial online action (a like, a follow, a product rating,
  an order "boosted"): the task scam that pays a little first and then asks for deposits;
- ``recovery_pitch``: money lost to a scam and an offer to get it back: a second scam on the
  same victims;
- ``secret_payment``: a payment to a supplier, a partner or an overdue invoice that the reader
  is told to keep from everyone ("handle it quietly, don't tell finance yet").

The phrases are found by the one automaton pass of the red-flag scan (text_scan.py), under codes
of their own (``CALM_PREFIX``) that redflags.py sets apart in ``Evidence.moves``: a scan of
their own cost 26 µs a non-ASCII message. A *message* showing both moves of a concept gets
P(scam) raised to ``CALM_SCAM_FLOOR`` (never lowered; type probabilities scaled with it) and the
concept's red flag, whose explanation quotes the two moves in the message's own words. The
no-ask cap (asks.py) gives way: the second move is an ask or an opener. A message with the words of
a scam warning (scam_warning.py: "beware of scams", "千万别信", "사칭") describes the moves and is
left alone. The other caps (a new number alone, a reply to a misdirected message, own channels,
a shared expense ...) keep theirs. The flags are not model features (the shipped model was
trained without them), so nothing else moves.
"""

from __future__ import annotations

from functools import cache
from typing import Any, NamedTuple

from tipoff.assess.fold import simplified_variants
from tipoff.assess.lexicon import CueHit, flag_codes, read_data_json, unaccented_entries
from tipoff.model import RedFlag, new_red_flag

CALM_SCAM_FLOOR = 0.6  # the least P(scam) of a message showing both moves of a concept
CALM_PREFIX = "calm:"  # the scan's code of a move: "calm:<concept>:<part>"


class CalmMoves(NamedTuple):
    """The concept found (its red-flag code) and the first hit of each of its two parts."""

    code: str
    first: CueHit
    second: CueHit


@cache
def _concepts() -> dict[str, tuple[str, str]]:
    """Each concept's two part names, in the order the data lists them."""
    concepts: dict[str, Any] = read_data_json("calm_scams.json")["concepts"]
    unknown = set(concepts) - set(flag_codes())
    if unknown:
        raise ValueError(f"calm_scams.json: concepts without a red-flag code {sorted(unknown)}")
    found = {}
    for name, spec in concepts.items():
        parts = tuple(spec["parts"])
        if len(parts) != 2:
            raise ValueError(f"calm_scams.json: {name} must have two parts, not {len(parts)}")
        found[name] = (parts[0], parts[1])
    return found


def calm_entries() -> tuple[list[tuple[str, str, str | None]], list[tuple[str, str, str | None]]]:
    """Every language's phrases of every part as (phrase, "calm:concept:part", None) for the
    shared scan, traditional Chinese as it reads folded; and the Vietnamese phrases as they
    read without their marks (the scan's second list)."""
    _concepts()  # every concept has its red-flag code and two parts
    entries: list[tuple[str, str, str | None]] = []
    for name, spec in read_data_json("calm_scams.json")["concepts"].items():
        for part, languages in spec["parts"].items():
            code = f"{CALM_PREFIX}{name}:{part}"
            for language, phrases in languages.items():
                entries.extend((phrase.lower(), code, None) for phrase in phrases)
                if language == "zh":
                    entries.extend((phrase, code, None) for phrase in simplified_variants(phrases))
    return entries, unaccented_entries(entries)


def calm_moves(moves: tuple[CueHit, ...]) -> CalmMoves | None:
    """The first concept (data order) both of whose moves the scan found, or None."""
    if len(moves) < 2:
        return None
    first_of: dict[str, CueHit] = {}
    for hit in moves:
        first_of.setdefault(hit.code, hit)
    for name, (one, two) in _concepts().items():
        first = first_of.get(f"{CALM_PREFIX}{name}:{one}")
        second = first_of.get(f"{CALM_PREFIX}{name}:{two}")
        if first is not None and second is not None:
            return CalmMoves(name, first, second)
    return None


def calm_flag(text: str, moves: CalmMoves) -> RedFlag:
    """The concept's red flag on the second move, its explanation quoting both moves."""
    meta = flag_codes()[moves.code]
    first, second = moves.first, moves.second
    quoted = f"“{text[first.start : first.end]}” … “{text[second.start : second.end]}”"
    return new_red_flag(
        moves.code,
        second.start,
        second.end,
        text[second.start : second.end],
        f"{meta.explanation} ({quoted})",
        meta.weight,
    )
