"""Split a text into segments so identifiers and red flags can be highlighted in place.

Spans may overlap (a red flag "send USDT to T9yD…" contains a wallet), so the text is cut at
every span boundary and each piece carries every mark that covers it. The template wraps
each marked piece in ``<mark>``; Jinja's autoescape keeps the text itself inert.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted span: ``kind`` is "indicator" or "flag"; ``label`` says what it is."""

    start: int
    end: int
    kind: str
    label: str
    title: str = ""
    href: str | None = None
    common: bool = False


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text and the marks that cover all of it (empty for plain text)."""

    text: str
    marks: tuple[Mark, ...] = ()

    @property
    def css(self) -> str:
        """CSS classes for the segment: hl-flag, hl-indicator, hl-common."""
        classes = {f"hl-{m.kind}" for m in self.marks}
        indicators = [m for m in self.marks if m.kind == "indicator"]
        # Grey only when every identifier here is common: a URL on t.me is itself no common value.
        if indicators and all(m.common for m in indicators):
            classes.add("hl-common")
        return " ".join(sorted(classes))

    @property
    def title(self) -> str:
        return "; ".join(m.title or m.label for m in self.marks)

    @property
    def href(self) -> str | None:
        ranked = sorted(
            (m for m in self.marks if m.href), key=lambda m: (m.common, m.end - m.start)
        )
        return ranked[0].href if ranked else None


def _valid(marks: Iterable[Mark], length: int) -> list[Mark]:
    # Spans come from other modules; a span outside the text is dropped, not trusted.
    return [m for m in marks if 0 <= m.start < m.end <= length]


def segments(text: str, marks: Sequence[Mark]) -> list[Segment]:
    """Cut ``text`` at every mark boundary; each segment lists the marks covering it."""
    usable = _valid(marks, len(text))
    cuts = sorted({0, len(text), *(m.start for m in usable), *(m.end for m in usable)})
    out: list[Segment] = []
    for start, end in pairwise(cuts):
        covering = tuple(m for m in usable if m.start <= start and end <= m.end)
        out.append(Segment(text[start:end], covering))
    return out
