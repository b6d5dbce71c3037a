"""Indicator extraction: phone numbers, bank accounts, wallets, links and handles.

Public API::

    extract(text, *, country_hint=None, warninglist=None) -> list[FoundIndicator]
    canonicalize(kind, value, *, country_hint=None) -> str | None
    canonicalize_hinted(value, kind_hint, country_hint=None) -> (kind, value) | None
    is_common(kind, value, warninglist=None) -> bool
    load_warninglist(extra_dir=None) -> Warninglist
    configured_warninglist(settings) -> Warninglist | None  # Settings.warninglist_dir
    preload() -> float  # build every table now (long-running processes, at start-up)

Importing this package loads no tables; they are built on first use. The third-party
libraries behind them (phonenumbers, schwifty, tldextract, pyahocorasick, pycryptodome) are
imported inside the functions that first need them, for the same reason: a process that
never meets an IBAN does not pay for schwifty.
"""

from tipoff.indicators.canonical import canonicalize
from tipoff.indicators.extract import extract
from tipoff.indicators.hinted import canonicalize_hinted
from tipoff.indicators.preload import preload
from tipoff.indicators.warninglist import (
    Warninglist,
    configured_warninglist,
    is_common,
    load_warninglist,
)

__all__ = [
    "Warninglist",
    "canonicalize",
    "canonicalize_hinted",
    "configured_warninglist",
    "extract",
    "is_common",
    "load_warninglist",
    "preload",
]
