"""Legal promotion markers: the label or opt-out that the law makes commercial senders write.

Korea wants "(광고)" at the start of an advertising message and a free way to refuse it
("무료거부 080-…"); Vietnam a "QC" label at the start; China, Japan, Thailand, Indonesia,
Malaysia, the Philippines, Singapore and English-speaking countries an opt-out ("回T退订",
"配信停止", "*137", "UNREG", "Reply STOP") or a label ("【広告】", "<ADV>"). The markers and
the law behind each are data (``data/promotion_markers.json``). A message that carries one
and shows no evidence of a scam is a promotion: ``assess`` answers ``spam`` with the reason
``PROMOTION_MARKER``; an opt-out on a message shaped as a one-time code, account movement or
delivery notice (``notices.py``) does not count, since some senders add one to every
message. Scams copy markers, so any red flag that a real promotion does not carry (a
credential or payment request, a brand lookalike link, a threat, a pitch …) keeps the model's
answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any, NamedTuple

import ahocorasick

from tipoff.assess.lexicon import flag_codes, read_data_json
from tipoff.assess.signals import LOGIN_LINK, NOTICE_LINK

PROMOTION_MARKER = "promotion_marker"
PROMOTION_MARKER_EXPLANATION = (
    "The message carries the advertising label or opt-out that the law requires of "
    "commercial senders, and nothing in it points to a scam: it is advertising (spam)."
)
PROMOTION_CAP = 0.3  # the most P(scam) a marked promotion without scam evidence shows
PROMOTION_UNWANTED = 0.9  # the least P(spam or scam) it shows
# What a real promotion carries as well: a link (shortened or not), urgency ("today only"),
# a click, a top-up or wallet name, a QR code, endearments ("dear"). A chat-app account or
# link is not among them: it is how a "stock group" moves its victims off the channel.
# Any other red flag, and a notice pretext or login request beside an unknown link, is
# evidence of a scam.
PROMOTION_FLAGS = frozenset(
    {
        "link",
        "short_link",
        "urgency",
        "link_click",
        "top_up",
        "pay_qr",
        "pay_ewallet",
        "romance_grooming",
    }
)
# Cues that are hidden when alone (a notice's "OTP", "do not tell anyone", "Hi Mum") but that a
# promotion has no reason to hold: beside a marker they are scam evidence too.
HIDDEN_SCAM_CUES = frozenset({"~otp_request", "~verify_account", "~secrecy", "~family_emergency"})
# The first character of every start marker: "(광고)", "[QC]", "QC:", "ADV:", "<ADV>".
_START_CHARS = frozenset("([（<&qQaA")
# Characters after an opt-out that still belong to it: the number or keyword to send ("STOP to
# 60777", "무료거부 080-888-0000").
_OPT_OUT_TAIL = 24
# A carrier's tag before the message proper ("[Web발신]", "[국외발신]").
_LEAD = re.compile(r"\s*(?:\[[^\]\n]{1,16}\]\s*)?")


class MarkerIndex(NamedTuple):
    """The markers of every country: one pattern for those read at a message's start; for
    those read anywhere, each marker's own pattern, found through its trigger strings (one
    automaton, so a text holding no trigger costs one pass; the assessment finds them in its
    cue scan instead, text_scan.py); the names of the opt-outs."""

    start: re.Pattern[str]
    anywhere: dict[str, re.Pattern[str]]
    triggers: Any  # ahocorasick.Automaton: lower-case trigger -> names of its markers
    opt_outs: frozenset[str]
    trigger_names: dict[str, tuple[str, ...]]  # the automaton's words and values


@cache
def marker_index() -> MarkerIndex:
    """``data/promotion_markers.json`` compiled (once)."""
    start: list[str] = []
    anywhere: dict[str, re.Pattern[str]] = {}
    by_trigger: dict[str, list[str]] = {}
    opt_outs = set()
    for country in read_data_json("promotion_markers.json")["countries"]:
        for marker in country["markers"]:
            name = marker["name"]
            if marker["where"] == "start":
                start.append(f"(?P<{name}>{marker['pattern']})")
            else:
                anywhere[name] = re.compile(marker["pattern"], re.IGNORECASE)
                for trigger in marker["triggers"]:
                    by_trigger.setdefault(trigger, []).append(name)
            if marker["kind"] == "opt_out":
                opt_outs.add(name)
    trigger_names = {trigger: tuple(names) for trigger, names in by_trigger.items()}
    return MarkerIndex(
        re.compile("|".join(start), re.IGNORECASE),
        anywhere,
        _automaton(trigger_names),
        frozenset(opt_outs),
        trigger_names,
    )


def _automaton(entries: dict[str, tuple[str, ...]]) -> Any:
    automaton = ahocorasick.Automaton()
    for key, names in entries.items():
        automaton.add_word(key, names)
    automaton.make_automaton()
    return automaton


def is_opt_out(marker: str) -> bool:
    """Whether the marker named ``marker`` is an opt-out (not a label naming advertising)."""
    return marker in marker_index().opt_outs


def promotion_marker(text: str, triggers: Sequence[tuple[str, ...]] | None = None) -> str | None:
    """The name of the legal promotion marker ``text`` carries (``data/
    promotion_markers.json``), or None. ``triggers``: as for ``marker_match``."""
    found = marker_match(text, triggers)
    return None if found is None else found[0]


def marker_match(
    text: str, triggers: Sequence[tuple[str, ...]] | None = None
) -> tuple[str, int, int] | None:
    """The legal promotion marker ``text`` carries: its name and where it stands (the first
    found: a start marker, else the first marker read anywhere whose trigger comes first), or
    None. ``triggers``: the marker names of every trigger in ``text.lower()`` in the order the
    trigger automaton reports them, when a scan already found them (text_scan.py); None: the
    text is scanned here."""
    if bears_no_marker(text, triggers):
        return None
    head = text[:1]
    index = marker_index()
    if head in _START_CHARS or head.isspace():  # most texts start otherwise ("[" is one)
        for start in _starts(text):
            if text[start : start + 1] in _START_CHARS:  # every start marker begins so
                found = index.start.match(text, start)
                if found is not None and found.lastgroup is not None:
                    return found.lastgroup, found.start(), found.end()
    scanned: Iterable[tuple[str, ...]] = (
        (names for _, names in index.triggers.iter(text.lower())) if triggers is None else triggers
    )
    tried: set[str] = set()
    for names in scanned:
        for name in names:
            if name not in tried:
                tried.add(name)
                hit = index.anywhere[name].search(text)
                if hit is not None:
                    return str(name), hit.start(), hit.end()
    return None


def bears_no_marker(text: str, triggers: Sequence[tuple[str, ...]] | None) -> bool:
    """Whether ``text`` is known to carry no legal promotion marker without looking further:
    the scan found no trigger (``triggers`` empty, not None) and no start marker can begin at
    its first character. The usual answer, and the cheapest test of ``marker_match``."""
    if triggers is None or triggers:
        return False
    head = text[:1]
    return head not in _START_CHARS and not head.isspace()


def marker_spans(text: str) -> list[tuple[int, int]]:
    """Where every legal promotion marker ``text`` carries stands (a label at the start and an
    opt-out anywhere, "(광고) … 무료거부 080-…"), with what follows an opt-out on its line (the
    number or keyword to send)."""
    index = marker_index()
    spans: list[tuple[int, int]] = []
    for start in _starts(text):
        if text[start : start + 1] in _START_CHARS:
            found = index.start.match(text, start)
            if found is not None:
                spans.append(found.span())
                break
    tried: set[str] = set()
    for _, names in index.triggers.iter(text.lower()):
        for name in names:
            if name not in tried:
                tried.add(name)
                for hit in index.anywhere[name].finditer(text):
                    line_end = text.find("\n", hit.end())
                    end = len(text) if line_end == -1 else line_end
                    spans.append((hit.start(), min(end, hit.end() + _OPT_OUT_TAIL)))
    return spans


def _starts(text: str) -> tuple[int, ...]:
    """Where a message proper may begin: after leading blanks, and after a carrier's tag in
    square brackets ("[Web발신]") when there is one."""
    first = len(text) - len(text.lstrip())
    if text[first : first + 1] != "[":
        return (first,)
    lead = _LEAD.match(text)
    return (first, lead.end()) if lead else (first,)


@cache
def scam_evidence_codes() -> frozenset[str]:
    """The red-flag codes and signals a real promotion does not carry."""
    return frozenset(flag_codes()) - PROMOTION_FLAGS | {NOTICE_LINK, LOGIN_LINK}


def shows_scam_evidence(codes: Iterable[str]) -> bool:
    """Whether the evidence found (red-flag codes, hidden cues, signals) points to a scam."""
    return not scam_evidence_codes().isdisjoint(codes)


def marked_promotion(
    text: str, codes: Iterable[str], triggers: Sequence[tuple[str, ...]] | None = None
) -> str | None:
    """The legal promotion marker of a message that shows no evidence of a scam (nor a hidden
    cue that no promotion holds); None otherwise. ``triggers``: as for ``marker_match``."""
    codes = frozenset(codes)
    if shows_scam_evidence(codes) or not codes.isdisjoint(HIDDEN_SCAM_CUES):
        return None
    return promotion_marker(text, triggers)
