"""One synthetic identifier: its canonical key and the ways people write it.

The simulator writes text, the analysers read it. An identifier therefore carries its
canonical form (what a perfect extractor should produce, the ground truth) and a set
of raw spellings (what victims and scammers actually type).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(eq=False, slots=True)
class Ident:
    """An identifier of the world with its truth key and its written forms.

    ``spellings`` maps a language code (or ``"*"`` for any) to raw forms; ``local``
    holds extra forms that only make sense to someone in ``country`` (national
    phone formats). ``alt`` lists other canonical keys the same thing may be
    recorded under (a WhatsApp handle is also a phone number).
    """

    kind: str
    value: str
    country: str | None = None
    spellings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    local: tuple[str, ...] = ()
    attrs: dict[str, str] = field(default_factory=dict)
    alt: tuple[str, ...] = ()
    common: bool = False
    networks: list[str] = field(default_factory=list)
    active: tuple[int, int] = (0, 1 << 30)  # day offsets from the world start, inclusive
    key: str = field(init=False)  # "kind:value", computed once (read in the per-report hot loop)

    def __post_init__(self) -> None:
        self.key = f"{self.kind}:{self.value}"

    def forms(self, lang: str, victim_country: str | None) -> tuple[str, ...]:
        """The raw spellings a writer of ``lang`` in ``victim_country`` might use."""
        base = self.spellings.get(lang) or self.spellings.get("*", ())
        if self.local and victim_country == self.country:
            return base + self.local
        return base

    def truth(self) -> dict[str, object]:
        """The ground-truth record of this identifier (identifiers.jsonl)."""
        raws: list[str] = []
        for forms in self.spellings.values():
            raws.extend(f for f in forms if f not in raws)
        raws.extend(f for f in self.local if f not in raws)
        return {
            "key": self.key,
            "kind": self.kind,
            "value": self.value,
            "alt": list(self.alt),
            "country": self.country,
            "attrs": self.attrs,
            "networks": list(self.networks),
            "shared": len(self.networks) > 1,
            "common": self.common,
            "active_days": list(self.active),
            "spellings": raws,
        }
