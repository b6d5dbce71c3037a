"""A victim's identity, found and redacted in a report's texts in any spelling.

The victim's own identifiers — ``victim.phone``, ``victim.email``, ``victim.national_id``
and the sender ids of the messages the victim sent — get canonical keys from the indicator
canonicalisers and extractor (``tipoff.indicators``, with the victim's country as the hint
for national-format numbers), such as ``("phone", "+819012345678")``. A text is redacted in
two steps, every span found becoming [victim]:

1. Spellings (``tipoff.intake.spellings``, no regex compiled per victim): the phone's
   national significant number with any separators, counting in a trunk prefix, country
   code or "00" before it (``090 1234 5678``, ``+81-90-1234-5678``, ``０９０１２３４５６７８``,
   ``wa.me/819012345678``, Thai digits); the id with any separators; the email and the
   victim's own sender ids as written, in any case or width; the name and its distinctive
   parts (``tipoff.intake.victim_names``).
2. Canonical form: if a probe (the last seven digits of a number, the longer half of an
   email, the id of a handle) is still among the text's letters and digits, the text's
   indicators are extracted the way analysis extracts them, and every one whose canonical
   key is the victim's goes (``hanako+bank@example.jp``, ``LINE ID: Hanako_S``, an account).

So the extractor never runs for a report that names no victim identifier, nor for a text
that does not mention one. ``VictimIdentity.owns`` is also what analysis uses to drop any
sighting of the victim's own identifiers, should a spelling slip through both steps.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers

from tipoff.indicators import canonicalize, extract
from tipoff.intake.schema import ReportIn
from tipoff.intake.spellings import Edge, Folded, Gap, Spelling, matching_fold, squeeze
from tipoff.intake.victim_names import name_spellings
from tipoff.model import IndicatorKind
from tipoff.pseudonym import IDENTIFYING_FIELDS, REDACTED

IDENTITY_CACHE_SIZE = 4096
MIN_LITERAL = 4  # shorter ids and numbers would redact unrelated digits
_CANONICAL_KIND = {"phone": IndicatorKind.PHONE, "email": IndicatorKind.EMAIL}
_EMBEDS_PHONE = frozenset({IndicatorKind.HANDLE.value, IndicatorKind.URL.value})
# A victim's own link names a platform ("t.me/hanako"): the platform is not the victim.
_PLATFORM_KINDS = frozenset({IndicatorKind.DOMAIN.value, IndicatorKind.URL.value})
_NON_DIGIT_RE = re.compile(r"\D+")


@dataclass(frozen=True, slots=True)
class VictimIdentity:
    """Everything that identifies one report's victim, ready to match texts and indicators."""

    hint: str | None
    keys: frozenset[tuple[str, str]]
    probes: tuple[str, ...]
    phone_digits: tuple[str, ...]
    spellings: tuple[Spelling, ...]
    exact: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.keys or self.spellings or self.exact)

    def owns(self, kind: str, value: str) -> bool:
        """Whether the indicator ``kind``/``value`` (canonical) is the victim's own."""
        if (kind, value) in self.keys:
            return True
        # A handle or link built on the victim's number ("zalo:+8491…", "wa.me/8190…").
        if kind in _EMBEDS_PHONE and self.phone_digits:
            digits = _NON_DIGIT_RE.sub("", value)
            return any(number in digits for number in self.phone_digits)
        return False

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The character ranges of ``text`` that identify the victim (may overlap)."""
        if not text or not self:
            return []
        folded = Folded(text)
        found: list[tuple[int, int]] = []
        for spelling in self.spellings:
            found += spelling.spans(folded)
        for value in self.exact:
            found += _occurrences(folded.folded, value)
        # The extractor runs only if a probe is left once those spellings are out: most
        # mentions of a number are its digits with separators, found above for far less.
        rest = Folded(_blanked(text, found)) if found else folded
        if self.keys and any(probe in rest.squeezed for probe in self.probes):
            found += [
                (item.start, item.end)
                for item in extract(text, country_hint=self.hint)
                if self.owns(item.kind.value, item.value)
            ]
        return found

    def redact(self, text: str) -> str:
        """``text`` with every span that identifies the victim replaced by [victim]."""
        spans = self.spans(text)
        if not spans:
            return text
        pieces: list[str] = []
        position = 0
        for start, end in _merged(spans):
            pieces += [text[position:start], REDACTED]
            position = end
        pieces.append(text[position:])
        return "".join(pieces)


NOBODY = VictimIdentity(None, frozenset(), (), (), (), ())


def own_sender_ids(report: ReportIn) -> tuple[str, ...]:
    """Sender ids of the messages the victim sent: their own number, handle or address."""
    return tuple(
        dict.fromkeys(m.from_id for m in report.messages if m.sender == "victim" and m.from_id)
    )


def victim_identity(report: ReportIn) -> VictimIdentity:
    """The victim's identity in ``report`` (NOBODY when it names none); memoised by value."""
    victim = report.victim
    values = (
        tuple((field, getattr(victim, field) or "") for field in IDENTIFYING_FIELDS)
        if victim
        else ()
    )
    own_ids = own_sender_ids(report)
    if not own_ids and not any(value for _, value in values):
        return NOBODY
    return _identity(values, own_ids, report.victim_country)


@lru_cache(maxsize=IDENTITY_CACHE_SIZE)
def _identity(
    values: tuple[tuple[str, str], ...], own_ids: tuple[str, ...], hint: str | None
) -> VictimIdentity:
    keys: set[tuple[str, str]] = set()
    spellings: list[Spelling] = []
    exact: list[str] = []
    for field, value in values:
        value = value.strip()
        if not value:
            continue
        if field == "name":
            spellings += name_spellings(value)
            continue
        keys |= _canonical_keys(field, value, hint)
        if field == "email":
            exact.append(matching_fold(value))
        else:
            spellings += _literal(field, value, hint)
    for own in own_ids:
        own_keys = _canonical_keys("", own, hint)
        keys |= own_keys
        if not own_keys and len(own.strip()) >= MIN_LITERAL:
            exact.append(matching_fold(own.strip()))  # a display name or bare id, as written
    phones = [value.lstrip("+") for kind, value in keys if kind == IndicatorKind.PHONE.value]
    return VictimIdentity(
        hint=hint,
        keys=frozenset(keys),
        probes=tuple({_probe(kind, value) for kind, value in keys}),
        phone_digits=tuple(p for p in phones if len(p) >= 8),
        spellings=tuple(spellings),
        exact=tuple(exact),
    )


def _canonical_keys(field: str, value: str, hint: str | None) -> set[tuple[str, str]]:
    """The canonical (kind, value) of the victim's ``field``: by its own kind's canonicaliser
    (a bare national number needs the hint, not a context), else whatever the extractor
    reads in it (an id, a sender id: a number, handle, address or account)."""
    kind = _CANONICAL_KIND.get(field)
    canonical = canonicalize(kind, value, country_hint=hint) if kind else None
    if kind and canonical:
        return {(kind.value, canonical)}
    return {
        (f.kind.value, f.value)
        for f in extract(value, country_hint=hint)
        if not (f.common and f.kind.value in _PLATFORM_KINDS)
    }


def _probe(kind: str, value: str) -> str:
    """What must occur among a text's letters and digits for it to possibly hold ``value``."""
    if kind == IndicatorKind.PHONE.value:
        return _NON_DIGIT_RE.sub("", value)[-7:]
    if kind == IndicatorKind.EMAIL.value:  # the longer of local part and domain: "a@b.jp"
        local, _, domain = value.partition("@")
        return max(squeeze(local), squeeze(domain), key=len)
    return squeeze(matching_fold(value.rpartition(":")[2]))


def _literal(field: str, value: str, hint: str | None) -> list[Spelling]:
    """A phone or id as its letters and digits with any separators between them."""
    if field == "phone":
        return _phone_spelling(value, hint)
    chars = squeeze(matching_fold(value))
    return [Spelling.uniform(chars, Gap.DIGITS, Edge.ALNUM)] if len(chars) >= MIN_LITERAL else []


def _phone_spelling(value: str, hint: str | None) -> list[Spelling]:
    """The victim's national significant number, with its trunk prefix, country code and
    international prefix ("00") counted in where they stand before it."""
    try:
        number = phonenumbers.parse(matching_fold(value), hint)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not number.national_number:
        # A national number and no country to read it by: its digits after the trunk "0".
        digits = _NON_DIGIT_RE.sub("", matching_fold(value)).lstrip("0")
        if len(digits) <= MIN_LITERAL:
            return []
        return [Spelling.uniform(digits, Gap.DIGITS, Edge.DIGIT, (("0",),))]
    digits = phonenumbers.national_significant_number(number)
    region = phonenumbers.region_code_for_number(number)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region) if region else None
    trunk = (metadata.national_prefix if metadata else None) or "0"
    country = str(number.country_code)
    prefixes = ((trunk, country, "00"), (country, "00"))
    return [Spelling.uniform(digits, Gap.DIGITS, Edge.DIGIT, prefixes)]


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    pieces: list[str] = []
    position = 0
    for start, end in _merged(spans):
        pieces += [text[position:start], " " * (end - start)]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _occurrences(folded: str, value: str) -> list[tuple[int, int]]:
    spans = []
    index = folded.find(value)
    while index >= 0:
        spans.append((index, index + len(value)))
        index = folded.find(value, index + 1)
    return spans


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]
