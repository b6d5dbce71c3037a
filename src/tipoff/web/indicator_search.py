"""Indicator search: any spelling of a phone, account, wallet, URL or handle → its canonical key.

The query goes through the same extraction the intake uses, so "+855 12-345-678",
"0855 12345678" and "855.12.345.678" all find phone:+85512345678. A number in national form
("090-1234-5678") is read in each of the ``regions`` the caller passes (the analyst's agency
country, then the victim countries of the reports they may see), so it finds +819012345678
without a country code. An explicit "kind:value" is canonicalised for that kind; anything else
is tried as a stored value.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tipoff.model import FoundIndicator, IndicatorKind

Extractor = Callable[[str, str | None], list[FoundIndicator]]  # (text, country hint)
Canonicalizer = Callable[[str, str], str | None]
MAX_QUERY_CHARS = 2000


@dataclass(frozen=True, slots=True)
class Candidate:
    """A canonical (kind, value) the query may mean, and the text it came from."""

    kind: str
    value: str
    raw: str

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.value}"


def _explicit(query: str, canonicalize: Canonicalizer) -> Candidate | None:
    kind, sep, value = query.partition(":")
    if not sep or kind.strip().lower() not in {k.value for k in IndicatorKind}:
        return None
    kind = kind.strip().lower()
    canonical = canonicalize(kind, value.strip())
    return Candidate(kind, canonical or value.strip(), query)


def candidates(
    query: str, extract: Extractor, canonicalize: Canonicalizer, regions: Sequence[str] = ()
) -> list[Candidate]:
    """Every canonical indicator the query can stand for, most specific first.

    What the query reads as without a country comes first, then what it reads as in each of
    ``regions`` in turn (a national-form phone number is a different number in each).
    """
    query = query.strip()[:MAX_QUERY_CHARS]
    if not query:
        return []
    found: list[Candidate] = []
    explicit = _explicit(query, canonicalize)
    if explicit is not None:
        found.append(explicit)
    for region in (None, *regions):
        found += [Candidate(f.kind.value, f.value, f.raw) for f in extract(query, region)]
    unique = {c.key: c for c in reversed(found)}  # keep the first spelling of each key
    return list(reversed(unique.values()))
