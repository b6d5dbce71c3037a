"""Is there enough text to judge? A bare phone number, link or "hello" is not a message.

The model only ever sees character n-grams and cues; on a text that holds nothing but an
identifier or one word it can only echo its training mix (a bare phone number looked like
UK premium-rate spam). Such texts get the outcome "insufficient_text" instead of a verdict.
"""

from __future__ import annotations

import re

# Identifiers: links and host names, e-mail addresses, handles, numbers with separators.
_LINK = r"(?<![\w-])(?:https?://)?[\w-]++(?:\.[\w-]++)+(?:/\S*)?"
_EMAIL = r"[\w.+-]++@[\w-]++(?:\.[\w-]++)+"
_HANDLE = r"@\w++"
_NUMBER = r"\+?\d[\d\s().\-/]*+|\d"
_IDENTIFIER = re.compile(f"{_LINK}|{_EMAIL}|{_HANDLE}|{_NUMBER}")
# The same alternation without the parts that need an "@" (e-mail, handle) or a "." (link,
# e-mail) the token does not hold: leftmost-first matching gives the same matches, and the
# e-mail part, tried at every position of a long token (it has no look-behind), is what
# made a 60-character Chinese token with one digit in it cost ~30 us. A token with neither
# is not searched at all (too_little_text).
_IDENTIFIER_BY_CHARS = {
    (True, True): _IDENTIFIER,
    (True, False): re.compile(f"{_HANDLE}|{_NUMBER}"),
    (False, True): re.compile(f"{_LINK}|{_NUMBER}"),
}
_KANA = re.compile("[\u3040-\u30ff]+")
_WORD = re.compile(r"[^\W\d_]+")
MIN_UNITS = 2  # fewer than two words' worth of text is not enough to judge


# _units counts a word by characters only when it starts at U+0E00 (Thai) or later.
_SPACED_BELOW = "\u0e00"


def _units(word: str) -> float:
    """How many words' worth a run of letters is: scripts without spaces count by characters."""
    first = ord(word[0])
    if 0x3040 <= first <= 0x30FF or 0x3400 <= first <= 0x9FFF:
        # Han about two characters a word, kana about three ("こんにちは" is one greeting).
        kana = sum(map(len, _KANA.findall(word)))
        return (len(word) - kana) / 2 + kana / 3
    if 0x0E00 <= first <= 0x0EFF or 0x1780 <= first <= 0x17FF or 0x1000 <= first <= 0x109F:
        return len(word) / 4  # Thai, Lao, Khmer, Burmese
    return 1.0


def too_little_text(text: str) -> bool:
    """True when, identifiers removed, fewer than two words' worth of letters remain."""
    if len(text) > 80:
        return False  # cheap exit: no real message is this long and this empty
    total = 0.0
    for token in text.split():
        if token.isalpha():  # a plain word (most tokens): no identifier, one run of letters
            # A word starting below U+0E00 is one word's worth (_units), without the call.
            total += 1.0 if token[0] < _SPACED_BELOW else _units(token)
            if total >= MIN_UNITS:
                return False
            continue
        # Only an identifier that can hold letters (a link, e-mail address or handle: "@" or
        # "." in the token) changes the words found; the number pattern, all a token without
        # them is tried with, takes only digits, blanks and "+().-/", none of them letters.
        if "@" in token or "." in token:
            token = _IDENTIFIER_BY_CHARS["@" in token, "." in token].sub(" ", token)
        for word in _WORD.findall(token):
            total += 1.0 if word[0] < _SPACED_BELOW else _units(word)
            if total >= MIN_UNITS:
                return False
    return True
