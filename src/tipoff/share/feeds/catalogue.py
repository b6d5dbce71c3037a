"""The feeds tipoff knows how to read: where each comes from, what a listing on it is worth
and how fast that fades (docs/feeds.md, "Confidence and expiry").

Confidence (0-100) says how likely a listed value is a scam identifier; the half-life how
long a listing keeps half of it without being seen again. A user-named feed (a plain list or
a MISP feed) gets its reader's defaults unless the import names others.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from tipoff.errors import ValidationError
from tipoff.share.feeds import readers
from tipoff.share.feeds.rows import Row

Reader = Callable[[Path], Iterator[Row]]


@dataclass(frozen=True, slots=True)
class FeedSpec:
    """A feed: its name, reader, provenance, confidence, half-life and visibility."""

    name: str
    title: str
    url: str
    confidence: int
    half_life_days: float
    reader: Reader
    public: bool = True


KNOWN_FEEDS: dict[str, FeedSpec] = {
    spec.name: spec
    for spec in (
        FeedSpec(
            "cryptoscamdb",
            "CryptoScamDB",
            "https://github.com/CryptoScamDB/blacklist (data/urls.yaml)",
            70,
            180.0,
            readers.cryptoscamdb,
        ),
        FeedSpec(
            "scamsniffer",
            "ScamSniffer",
            "https://github.com/scamsniffer/scam-database (blacklist/)",
            80,
            90.0,
            readers.scamsniffer,
        ),
        FeedSpec(
            "jpcert",
            "JPCERT/CC phishing URLs",
            "https://github.com/JPCERTCC/phishurl-list",
            85,
            60.0,
            readers.jpcert,
        ),
        FeedSpec(
            "ofac",
            "OFAC sanctioned digital currency addresses",
            "https://github.com/0xB10C/ofac-sanctioned-digital-currency-addresses",
            95,
            730.0,
            readers.ofac,
        ),
        FeedSpec(
            "ftc",
            "FTC Do-Not-Call complaint numbers",
            "https://github.com/aj3423/DNC_snapshot (90days.csv)",
            30,
            45.0,
            readers.ftc,
        ),
        FeedSpec(
            "gasa",
            "Global Anti-Scam Org scam sites",
            "https://github.com/elliotwutingfeng/GlobalAntiScamOrg-blocklist",
            80,
            120.0,
            partial(readers.lines, kind="host"),
        ),
        FeedSpec(
            "chongluadao",
            "ChongLuaDao phishing sites",
            "https://github.com/elliotwutingfeng/ChongLuaDao-Phishing-Blocklist",
            70,
            90.0,
            partial(readers.lines, kind="host"),
        ),
    )
}

FORMATS = ("plain", "misp", "misp-freetext", "misp-csv")
_NAME = re.compile(r"[a-z0-9][a-z0-9_.-]{0,63}")


def custom_feed(
    name: str,
    fmt: str,
    *,
    kind: str | None = None,
    url: str | None = None,
    title: str | None = None,
    confidence: int = 50,
    half_life_days: float = 90.0,
    public: bool = True,
    columns: tuple[int, ...] = (1,),
    delimiter: str = ",",
) -> FeedSpec:
    """A user-named feed: a plain value list (``kind`` required) or one of MISP's three forms
    (``misp`` feed folder, ``misp-freetext``, ``misp-csv`` with ``columns``/``delimiter``)."""
    if not _NAME.fullmatch(name):
        raise ValidationError("feed name: lower-case letters, digits, '.', '_' or '-' (max 64)")
    if name in KNOWN_FEEDS:
        raise ValidationError(f"{name} is a built-in feed: import it without --format")
    if not 0 <= confidence <= 100:
        raise ValidationError("confidence must be between 0 and 100")
    if half_life_days <= 0:
        raise ValidationError("half-life must be a positive number of days")
    if fmt == "misp":
        reader: Reader = readers.misp
    elif fmt == "misp-freetext":
        reader = readers.misp_freetext
    elif fmt == "misp-csv":
        if not columns or any(c < 1 for c in columns) or len(delimiter) != 1:
            raise ValidationError("misp-csv: columns numbered from 1, a one-character delimiter")
        reader = partial(readers.misp_csv, columns=columns, delimiter=delimiter)
    elif fmt == "plain":
        if kind is None:
            raise ValidationError("a plain list needs --kind (phone, domain, url, wallet …)")
        reader = partial(readers.lines, kind=kind)
    else:
        raise ValidationError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    return FeedSpec(
        name, title or name, url or "", confidence, half_life_days, reader, public=public
    )


def feed_spec(name: str) -> FeedSpec:
    """The built-in feed named ``name``; ValidationError otherwise."""
    try:
        return KNOWN_FEEDS[name]
    except KeyError:
        known = ", ".join(KNOWN_FEEDS)
        raise ValidationError(
            f"unknown feed {name!r}: one of {known}, or --format {'|'.join(FORMATS)} for your own"
        ) from None
