"""The one automaton pass over a message's lower-cased text.

Every cue phrase, scam move, hot-spot place and messenger name (lexicon.py), every move of a
calm conversational scam (calm_scams.py, under codes of their own) and every trigger
word of the legal promotion markers (promotion.py: "退订", "unsub", "opt out", "広告") are
found by one scan of the text: the red-flag scan (redflags.py) keeps the cue hits, and the
promotion check (assess.py) reads the triggers found instead of lower-casing and scanning the
text again with an automaton of its own. That second automaton ran over code points, whose
root node has a child for each trigger's first character, searched one by one for every
character of every message; in this scan, ASCII text meets an automaton of ASCII words and
other text is scanned as UTF-8 bytes (lexicon.CueMatcher).

The triggers found stand for the promotion automaton's own answer only when the scanned text
is ``text.lower()`` itself: not when lower-casing changed the text's length (the scan then
reads a same-length spelling) or traditional Chinese was folded to simplified (fold.py). The
red-flag scan says which (``Evidence.triggers`` is None then, and the check scans as before).
"""

from __future__ import annotations

import threading

from tipoff.assess.calm_scams import calm_entries
from tipoff.assess.lexicon import CueMatcher, cue_entries, unaccented_cue_entries
from tipoff.assess.promotion import marker_index

_lock = threading.Lock()
_matcher: CueMatcher | None = None


def text_matcher() -> CueMatcher:
    """The shared matcher of cue phrases with the promotion triggers as side words (each
    trigger's value: the names of its markers), built on first use (thread-safe)."""
    global _matcher
    if _matcher is None:
        with _lock:
            if _matcher is None:
                moves, bare_moves = calm_entries()  # calm_scams.py: set apart by redflags.py
                _matcher = CueMatcher(
                    cue_entries() + moves + bare_moves,
                    unaccented_cue_entries() + bare_moves,
                    side=marker_index().trigger_names,
                )
    return _matcher
