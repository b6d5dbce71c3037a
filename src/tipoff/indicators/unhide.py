"""Identifiers written so that filters miss them: what hides them is taken out before scanning.

Scammers (and victims copying what scammers sent) break identifiers that a reader still
reads whole: an invisible character inside a number or name ("+63<ZWSP>917 123 4567",
"wa.me/44<ZWSP>7911…"), a link with its dots and slashes spaced out ("t . me / name",
"hxxps :// site . com / x"), a line break inside a WhatsApp link's number. ``unhide`` returns
the text without those characters and, where it took any out, the position in the given text
of each character it kept, so spans found in the result are mapped back to spans of the text.

What is taken out, and no more:

- an invisible character (zero-width space/joiners, word joiner, BOM, soft hyphen) between two
  characters of an identifier (ASCII letters and digits, ``+ . / @ _ - : ~``); between letters
  of other scripts it stays (Thai and Khmer write a zero-width space between words);
- the spaces of a link whose dots or scheme are spaced, where the result is a link: a host
  whose last label is a top-level suffix, and a scheme, a path, a third label or a generic
  suffix that is no word ("com", "net", "org") to tell it from two sentences ("… money . it
  was …" stays as written);
- a line break between digits of a ``wa.me/`` number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tipoff.indicators.urls import registrable_domain

_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ID_CHAR = "0-9A-Za-z+./@_:~-"
_INVISIBLE_RE = re.compile(f"(?<=[{_ID_CHAR}])[{_INVISIBLE}]+(?=[{_ID_CHAR}])")
_LABEL = r"[A-Za-z0-9][A-Za-z0-9-]{0,62}+"
# A link with spaces around its dots, its scheme's separator or its slashes. A dot is spaced
# when a space comes before it (" . ", " ."): ". " alone ends a sentence; a slash when spaces
# are on both sides (" / "): "/ " alone ends a link ("okx.com/ or …").
_SPACED_LINK_RE = re.compile(
    r"(?<![A-Za-z0-9@._/-])"
    r"(?P<scheme>(?:[hH][tTxX*]{2}[pP][sS]?|[fF][tTxX][pP]) ?: ?/ ?/ ?)?"
    r"(?P<host>" + _LABEL + r"(?:(?: \. ?|\.)" + _LABEL + r")+)"
    r"(?P<path>(?:(?: / |/)[A-Za-z0-9_~%?=&+#@-][A-Za-z0-9._~%?=&+#@-]*+)*+)"
)
# Generic suffixes that are no word of any language a report is written in: a spaced host
# ending in one needs no scheme, path or third label to be read as a link.
_WORDLESS_SUFFIXES = frozenset({"com", "net", "org"})
# A line break between the digits of a wa.me link ("wa.me/8491234⏎5678"), the link spaced or not.
_WA_ME_MARKERS = ("a.me", "a . me", "A.ME", "A.me")
_WA_ME_BREAK_RE = re.compile(r"[wW][aA] ?\. ?[mM][eE] ?/ ?\+?[0-9]{4,}+(\r?\n)(?=[0-9])")


@dataclass(frozen=True, slots=True)
class Unhidden:
    """The text with hiding characters taken out; ``origin[i]`` is the position in the given
    text of the result's character ``i`` (None where nothing was taken out)."""

    text: str
    origin: tuple[int, ...] | None


def unhide(text: str) -> Unhidden:
    """``text`` without the characters that hide identifiers in it (see the module)."""
    origin: tuple[int, ...] | None = None
    if not text.isascii() and any(char in text for char in _INVISIBLE):
        cuts = [match.span() for match in _INVISIBLE_RE.finditer(text)]
        if cuts:
            text, origin = _cut(text, cuts, None)
    # Plain substring tests first: most texts have neither a spaced dot nor a spaced scheme.
    spaced = " ." in text or " :/" in text or ": /" in text or "// " in text
    cuts = _spaced_link_cuts(text) if spaced else []
    if "\n" in text:
        cuts.extend(_wa_me_breaks(text))
    if cuts:
        text, origin = _cut(text, sorted(cuts), origin)
    return Unhidden(text, origin)


def unhidden_text(text: str) -> str:
    """``unhide(text).text``: a value given on its own (a form field), spans not needed."""
    return unhide(text).text


def _spaced_link_cuts(text: str) -> list[tuple[int, int]]:
    """The spaces inside spaced links (one span per space)."""
    cuts: list[tuple[int, int]] = []
    for match in _SPACED_LINK_RE.finditer(text):
        written = match.group(0)
        # Spaced where a link is never spaced: in its host or scheme ("okx.com/ or …" is not).
        if " " not in match.group("host") + (match.group("scheme") or ""):
            continue
        if not _is_link(match):
            continue
        start = match.start()
        cuts.extend((start + i, start + i + 1) for i, char in enumerate(written) if char == " ")
    return cuts


def _wa_me_breaks(text: str) -> set[tuple[int, int]]:
    """The line breaks inside wa.me numbers, looked for from each "wa.me" written (a scan
    for the substrings costs a tenth of a regex scan of the text)."""
    breaks = set()
    for marker in _WA_ME_MARKERS:
        at = text.find(marker)
        while at != -1:
            match = _WA_ME_BREAK_RE.match(text, at - 1) if at else None
            if match is not None:
                breaks.add(match.span(1))
            at = text.find(marker, at + 1)
    return breaks


def _is_link(match: re.Match[str]) -> bool:
    host = match.group("host").replace(" ", "").lower()
    labels = host.split(".")
    if not labels[-1].isalpha() or registrable_domain(host) is None:
        return False
    return bool(
        match.group("scheme")
        or match.group("path")
        or len(labels) >= 3
        or labels[-1] in _WORDLESS_SUFFIXES
    )


def _cut(
    text: str, cuts: list[tuple[int, int]], origin: tuple[int, ...] | None
) -> tuple[str, tuple[int, ...]]:
    """``text`` without the (sorted, disjoint) ``cuts``, and where each kept character was in
    the text ``origin`` maps from (the given text itself when ``origin`` is None)."""
    pieces: list[str] = []
    kept: list[int] = []
    position = 0
    for start, end in cuts:
        if start < position:
            continue
        pieces.append(text[position:start])
        kept.extend(range(position, start))
        position = end
    pieces.append(text[position:])
    kept.extend(range(position, len(text)))
    if origin is not None:
        kept = [origin[i] for i in kept]
    return "".join(pieces), tuple(kept)
