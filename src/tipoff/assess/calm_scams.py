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
  is told to keep from everyone ("handle it quietly, don't tell finance yet");
- the scripts of the typology's other calm scams (docs/assess.md, step 18): an officer and a
  case against the reader's account (``authority_case``), a relative in an accident or held and
  money to settle it (``relative_in_trouble``), someone speaking for a relative who asks for
  money (``on_behalf_emergency``), words of love beside a ticket, a visa, customs or a frozen
  account (``romance_money``) or from a stock persona on a rig or a ship (``romance_persona``),
  a dating-app stranger who moves to a chat app (``dating_app_move``), tasks and a top-up to go
  on (``task_topup``), a buyer whose payment waits on the seller (``buyer_payment``), a
  stranger's estate and the reader as heir (``inheritance_claim``), money "sent by mistake" to
  send back (``wrong_transfer_return``), a friend whose bank is blocked (``blocked_bank_borrow``),
  an insider or mentor and a platform (``guided_investing``), a landlord abroad who posts the
  keys (``remote_landlord``), spare tickets paid first (``ticket_resale``), a disaster appeal
  to a personal account (``personal_relief_fund``), a deposit to repair a credit score
  (``credit_score_deposit``), "customer service" that walks the reader through a refund
  (``service_refund_trap``), the sender's own accident or arrest and a money request
  (``self_emergency``), a celebrity or TV programme that endorses an investment
  (``celebrity_endorsement``), a service cut off or a number suspended within hours and a
  key to press or an officer to call (``service_cutoff_callback``), a stranger who checks the
  number and claims a meeting at an event (``event_reunion_opener``, quality, 2026-12-07).

A concept may also name other pairs (``also``): a part of another concept ("a pay per task"
beside "a top-up") or a shown red flag of the cue lexicons ("an officer" beside the
``secrecy`` flag, which a money request or an authority claim supports).

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

from collections.abc import Mapping
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


FLAG_REF = "flag:"  # a pair's move that is a shown red flag of the cue lexicons: "flag:<code>"


@cache
def _concepts() -> dict[str, tuple[tuple[str, str], ...]]:
    """Each concept's pairs of move codes: its own two parts (``calm:<concept>:<part>``), in
    the order the data lists them, then the pairs it names under ``also``. There a move is one
    of its parts ("<part>"), a part of another concept ("<concept>:<part>": a relative in an
    accident beside a plain request to send money is the same scam as beside a settlement) or
    a shown red flag of the cue lexicons ("flag:<code>": an officer beside a safe account)."""
    concepts: dict[str, Any] = read_data_json("calm_scams.json")["concepts"]
    codes = flag_codes()
    unknown = set(concepts) - set(codes)
    if unknown:
        raise ValueError(f"calm_scams.json: concepts without a red-flag code {sorted(unknown)}")
    known = {f"{name}:{part}" for name, spec in concepts.items() for part in spec["parts"]}
    found = {}
    for name, spec in concepts.items():
        parts = tuple(spec["parts"])
        if len(parts) != 2:
            raise ValueError(f"calm_scams.json: {name} must have two parts, not {len(parts)}")
        pairs = [(CALM_PREFIX + f"{name}:{parts[0]}", CALM_PREFIX + f"{name}:{parts[1]}")]
        for also in spec.get("also", ()):
            one, two = (_move_code(name, move, known, codes) for move in also)
            pairs.append((one, two))
        found[name] = tuple(pairs)
    return found


def _move_code(name: str, move: str, known: set[str], codes: Mapping[str, object]) -> str:
    """The scan or flag code of one move of an ``also`` pair of concept ``name``."""
    if move.startswith(FLAG_REF):
        if move.removeprefix(FLAG_REF) not in codes:
            raise ValueError(f"calm_scams.json: {name} pairs an unknown red flag {move}")
        return move
    part = move if ":" in move else f"{name}:{move}"
    if part not in known:
        raise ValueError(f"calm_scams.json: {name} pairs an unknown part {part}")
    return CALM_PREFIX + part


def calm_parts() -> frozenset[str]:
    """Every concept's parts as "<concept>:<part>"."""
    concepts: dict[str, Any] = read_data_json("calm_scams.json")["concepts"]
    return frozenset(f"{name}:{part}" for name, spec in concepts.items() for part in spec["parts"])


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


def calm_moves(moves: tuple[CueHit, ...], flags: tuple[RedFlag, ...] = ()) -> CalmMoves | None:
    """The first concept (data order) one of whose pairs of moves the scan found, or None;
    ``flags`` are the text's shown red flags, which some pairs name as one move."""
    if not moves:
        return None
    first_of: dict[str, CueHit] = {}
    for hit in moves:
        first_of.setdefault(hit.code, hit)
    for flag in flags:
        first_of.setdefault(FLAG_REF + flag.code, CueHit(flag.start, flag.end, flag.code, None))
    if len(first_of) < 2:
        return None
    # The first pair in data order whose two moves were both found: only the pairs opening
    # with a move found are tried (a text shows two or three moves; there are dozens of pairs).
    pairs_of = _pairs_by_first()
    best: tuple[int, str, str, str] | None = None
    for code in first_of:
        for candidate in pairs_of.get(code, ()):
            if (best is None or candidate[0] < best[0]) and candidate[3] in first_of:
                best = candidate
                break  # a code's pairs are in data order: its later ones come after this one
    if best is None:
        return None
    _, name, one, two = best
    return CalmMoves(name, first_of[one], first_of[two])


@cache
def _pairs_by_first() -> dict[str, tuple[tuple[int, str, str, str], ...]]:
    """Each concept pair as (its position in data order, concept, first move, second move),
    grouped by the first move's code, in data order."""
    grouped: dict[str, list[tuple[int, str, str, str]]] = {}
    position = 0
    for name, pairs in _concepts().items():
        for one, two in pairs:
            grouped.setdefault(one, []).append((position, name, one, two))
            position += 1
    return {code: tuple(listed) for code, listed in grouped.items()}


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
