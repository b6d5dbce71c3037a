"""Warninglists: values too common or too infrastructural to link reports on.

The format follows MISP's warninglists: one JSON file per list with ``name``,
``version``, ``description``, ``matching_attributes`` (tipoff indicator kinds:
phone, domain, url, email, wallet, iban, bank_account, handle …), ``type`` and
``list``. Types: ``string`` (exact canonical value), ``hostname`` (the host of a
domain, URL or email equals an entry or is a subdomain of it), ``substring`` and
``regex``. Bundled lists live in ``data/warninglists/``; a user adds files of the
same shape in a directory (``settings.warninglist_dir``) passed to
:func:`load_warninglist`. A hit never drops a value: the extractor returns it
with ``common=True``.

One list is a rule, not a file: ``official-domain`` holds every domain, URL and e-mail
address whose host is under a government, police, military or vetted-bank suffix of the
Public Suffix List (``tipoff.indicators.official``: ``ic3.gov``, ``npa.go.jp``,
``scamshield.gov.sg``): no list could name them all, and no crew controls them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from tipoff.errors import ConfigError
from tipoff.indicators.canonical import canonicalize
from tipoff.indicators.official import official_value
from tipoff.indicators.urls import registrable_domain, tenant_platform
from tipoff.model import IndicatorKind
from tipoff.settings import Settings

_TYPES = ("string", "hostname", "substring", "regex")
OFFICIAL_LIST = "official-domain"
_OFFICIAL_KINDS = frozenset({"domain", "url", "email"})
_MEMO_SIZE = 65536


@dataclass(frozen=True)
class ListEntry:
    """One warninglist file after loading."""

    name: str
    kinds: frozenset[str]
    type: str
    values: tuple[str, ...]


@dataclass
class Warninglist:
    """All loaded lists, indexed for O(1) exact and per-label hostname lookups."""

    lists: list[ListEntry] = field(default_factory=list)
    _exact: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    _hosts: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    _scanned: list[tuple[ListEntry, re.Pattern[str]]] = field(default_factory=list)
    _kinds: set[str] = field(default_factory=set)
    # Answers per (kind, value): reports repeat the same values, and a URL costs a
    # lookup per host label plus the regex lists. Emptied when it reaches _MEMO_SIZE
    # (bounded memory) and whenever a list is added.
    _memo: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)

    def add(self, entry: ListEntry) -> None:
        """Index one list."""
        self._memo.clear()
        self.lists.append(entry)
        self._kinds.update(entry.kinds)
        if entry.type in ("substring", "regex"):
            # One compiled alternation per list: a single search per value.
            parts = entry.values if entry.type == "regex" else [re.escape(v) for v in entry.values]
            if parts:
                self._scanned.append((entry, re.compile("|".join(f"(?:{part})" for part in parts))))
            return
        index = self._exact if entry.type == "string" else self._hosts
        for kind in entry.kinds:
            for value in entry.values:
                key = value.lower() if entry.type == "hostname" else _canonical_entry(kind, value)
                index.setdefault((kind, key), []).append(entry.name)

    def forget_answers(self) -> None:
        """Empty the memo of answers (benchmarks of the worst case)."""
        self._memo.clear()

    def matches(self, kind: IndicatorKind | str, value: str) -> list[str]:
        """Names of the lists ``value`` (canonical, of ``kind``) is on."""
        kind = str(kind)
        if kind not in self._kinds and kind not in _OFFICIAL_KINDS:
            return []
        key = (kind, value)
        names = self._memo.get(key)
        if names is None:
            if len(self._memo) >= _MEMO_SIZE:
                self._memo.clear()
            found = self._lookup(kind, value) if kind in self._kinds else []
            if kind in _OFFICIAL_KINDS and official_value(kind, value):
                found.append(OFFICIAL_LIST)
            names = self._memo[key] = tuple(found)
        return list(names)

    def _lookup(self, kind: str, value: str) -> list[str]:
        names = list(self._exact.get((kind, value), ()))
        host = _host_of(kind, value)
        if host:
            labels = host.split(".")
            for i in range(_last_parent(host, len(labels))):
                names.extend(self._hosts.get((kind, ".".join(labels[i:])), ()))
        for entry, pattern in self._scanned:
            if kind in entry.kinds and pattern.search(value):
                names.append(entry.name)
        if kind == "url" and host and _is_homepage(value):
            # "https://okx.com/" names the platform itself, as common as the domain okx.com.
            names.extend(self._lookup("domain", host))
        return names

    def is_common(self, kind: IndicatorKind | str, value: str) -> bool:
        """True if ``value`` is on any list for ``kind``."""
        return bool(self.matches(kind, value))


def _host_of(kind: str, value: str) -> str | None:
    if kind == "domain":
        return value
    if kind == "url":
        # canonical URLs are "scheme://host[:port]/…"
        authority = value.partition("://")[2].partition("/")[0]
        return authority.rpartition(":")[0] if authority.count(":") == 1 else authority
    if kind == "email":
        return value.rpartition("@")[2]
    return None


def _last_parent(host: str, n_labels: int) -> int:
    """How many of ``host``'s suffixes a hostname entry may match: all but the last label,
    except under a free host's tenant ("evil.tumblr.com"), whose site is not the
    platform's: an entry for the platform ("tumblr.com", a common domain) stops above it."""
    domain = registrable_domain(host)
    if domain is not None and tenant_platform(domain) is not None:
        return n_labels - domain.count(".")
    return n_labels - 1


def _is_homepage(url: str) -> bool:
    """A URL with nothing after its host but "/" (no path, query or fragment)."""
    rest = url.partition("://")[2]
    return rest.find("/") in (-1, len(rest) - 1)


def _canonical_entry(kind: str, value: str) -> str:
    try:
        return canonicalize(IndicatorKind(kind), value) or value
    except ValueError:
        return value


def parse_list(data: object, source: str) -> ListEntry:
    """Validate one list's JSON; raise ConfigError naming ``source`` if it is malformed."""
    if not isinstance(data, dict):
        raise ConfigError(f"warninglist {source}: expected a JSON object")
    kinds = data.get("matching_attributes")
    values = data.get("list")
    list_type = data.get("type", "string")
    if not isinstance(kinds, list) or not all(k in IndicatorKind._value2member_map_ for k in kinds):
        raise ConfigError(f"warninglist {source}: matching_attributes must list indicator kinds")
    if list_type not in _TYPES:
        raise ConfigError(f"warninglist {source}: type must be one of {', '.join(_TYPES)}")
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ConfigError(f"warninglist {source}: list must be a list of strings")
    if list_type == "regex":
        for value in values:
            try:
                re.compile(value)
            except re.error as error:
                raise ConfigError(f"warninglist {source}: bad regex {value!r}: {error}") from error
    return ListEntry(str(data.get("name", source)), frozenset(kinds), list_type, tuple(values))


@cache
def bundled_warninglist() -> Warninglist:
    """The lists shipped with tipoff (loaded on first use)."""
    warninglist = Warninglist()
    folder = resources.files("tipoff.indicators").joinpath("data/warninglists")
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".json"):
            warninglist.add(parse_list(json.loads(item.read_text("utf-8")), item.name))
    return warninglist


def load_warninglist(extra_dir: Path | None = None) -> Warninglist:
    """Bundled lists plus every ``*.json`` list in ``extra_dir`` (if given)."""
    if extra_dir is None:
        return bundled_warninglist()
    warninglist = Warninglist()
    for entry in bundled_warninglist().lists:
        warninglist.add(entry)
    for path in sorted(Path(extra_dir).glob("*.json")):
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, json.JSONDecodeError) as error:
            raise ConfigError(f"warninglist {path}: {error}") from error
        warninglist.add(parse_list(data, str(path)))
    return warninglist


def configured_warninglist(settings: Settings) -> Warninglist | None:
    """The lists an instance adds (``Settings.warninglist_dir``, read now, so a malformed
    file stops start-up), or None when it adds none (the bundled lists load on first use)."""
    if settings.warninglist_dir is None:
        return None
    return load_warninglist(settings.warninglist_dir)


def is_common(
    kind: IndicatorKind | str, value: str, warninglist: Warninglist | None = None
) -> bool:
    """True if the canonical ``value`` of ``kind`` is on a warninglist (bundled by default)."""
    return (warninglist or bundled_warninglist()).is_common(kind, value)
