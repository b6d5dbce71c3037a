"""Lookalike domains: a link host that uses a brand's name but is not the brand's own site
("sf-express.cn-kd.top", "paypal-secure-login.com"), also when it swaps a letter for a lookalike
digit or letter pair ("paypa1-secure-login.com", "v1etcombank-vn.com": a "1" is read as an "l"
and, failing that, as an "i"). Brands, their own domains and the swaps are data
in ``data/brands.json``; only hosts the link scan already found are checked (cached per host).
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import NamedTuple

from tipoff.assess.lexicon import read_data_json
from tipoff.indicators.urls import registrable_domain
from tipoff.indicators.warninglist import is_common

PREFIX_MIN = 5  # a token this long also counts as the start of a label ("paypalsecure")


class BrandIndex(NamedTuple):
    """Brand names by whole label, by prefix token, and by official registrable domain."""

    by_label: dict[str, str]
    prefixes: tuple[tuple[str, str], ...]
    official: dict[str, frozenset[str]]
    # ``prefixes`` by their first ``head`` characters (as ordered in ``prefixes``): a label is
    # compared only with the tokens it can start with, not with all of them.
    by_head: dict[str, tuple[tuple[str, str], ...]]
    head: int


def _brand_index(
    by_label: dict[str, str],
    prefixes: tuple[tuple[str, str], ...],
    official: dict[str, frozenset[str]],
) -> BrandIndex:
    head = min((len(token) for token, _ in prefixes), default=1)
    grouped: dict[str, list[tuple[str, str]]] = {}
    for token, name in prefixes:
        grouped.setdefault(token[:head], []).append((token, name))
    by_head = {key: tuple(tokens) for key, tokens in grouped.items()}
    return BrandIndex(by_label, prefixes, official, by_head, head)


class Swaps(NamedTuple):
    """The lookalike swaps of ``data/brands.json`` (longest first), with the brand index read
    through them: how a host label such as "paypa1" is compared with the token "paypal"."""

    pairs: tuple[tuple[str, str], ...]
    swapped_index: BrandIndex
    # ``pairs`` with each swap that imitates a second letter read as that letter instead
    # ("1" as "i"), tried when the first reading names no brand; empty when there is none.
    second_pairs: tuple[tuple[str, str], ...] = ()


@cache
def brand_index() -> BrandIndex:
    """The index of ``data/brands.json`` (read once)."""
    brands = read_data_json("brands.json")["brands"]
    by_label: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    official: dict[str, frozenset[str]] = {}
    for brand in brands:
        name = brand["name"]
        official[name] = frozenset(brand["domains"])
        for token in brand["tokens"]:
            by_label[token] = name
            if len(token.replace("-", "")) >= PREFIX_MIN:
                prefixes.append((token.replace("-", ""), name))
        for label in brand.get("labels", ()):
            by_label[label] = name
    return _brand_index(by_label, tuple(sorted(prefixes, key=lambda p: -len(p[0]))), official)


@cache
def lookalike_swaps() -> Swaps:
    """The swaps of ``data/brands.json`` and the brand index with every token read through them."""
    data = read_data_json("brands.json")
    raw: dict[str, str] = data["swaps"]
    second: dict[str, str] = data.get("second_swaps", {})
    pairs = tuple(sorted(raw.items(), key=lambda pair: -len(pair[0])))
    second_pairs = tuple((swapped, second.get(swapped, letter)) for swapped, letter in pairs)
    index = brand_index()
    by_label = {read_as_letters(label, pairs): name for label, name in index.by_label.items()}
    prefixes = tuple((read_as_letters(token, pairs), name) for token, name in index.prefixes)
    swapped_index = _brand_index(by_label, prefixes, index.official)
    return Swaps(pairs, swapped_index, second_pairs if second else ())


def read_as_letters(label: str, pairs: tuple[tuple[str, str], ...]) -> str:
    """``label`` with each lookalike swap read as the letter it imitates ("paypa1" -> "paypal")."""
    for swapped, letter in pairs:
        label = label.replace(swapped, letter)
    return label


@cache
def own_domains() -> frozenset[str]:
    """Every brand's own registrable domains (``data/brands.json``): real notices link there."""
    return frozenset().union(*brand_index().official.values())


@lru_cache(maxsize=1 << 14)
def imitated_brand(host: str) -> str | None:
    """The brand whose name ``host`` uses while not being one of that brand's own domains
    (nor a widely used domain on the warninglist); None for every other host."""
    host = host.strip(".").lower().removeprefix("www.")
    if not host.isascii():
        return None
    domain = registrable_domain(host)
    if not domain or is_common("domain", domain):
        return None
    index = brand_index()
    brand = _named_brand(host, index) or _named_brand_through_swaps(host)
    if brand is None or domain in index.official[brand] or _own_name_abroad(domain, brand):
        return None
    suffix = domain.partition(".")[2].split(".")
    if any(index.by_label.get(label) == brand for label in (host.rpartition(".")[2], *suffix)):
        return None  # the brand's own top-level domain or suffix ("link.scb", "ssa.gov", "gov.vn")
    return brand


def _own_name_abroad(domain: str, brand: str) -> bool:
    """Whether ``domain`` is one of ``brand``'s own names under a country's second-level
    suffix ("americanexpress.co.uk" for "americanexpress.com", "lazada.com.ph"): the national
    registries of such suffixes hand a famous name to its owner, so brands hold their own
    name there; a name with anything added ("americanexpress-uk.co.uk") is no own name."""
    name, _, suffix = domain.partition(".")
    labels = suffix.split(".")
    if len(labels) < 2 or len(labels[-1]) != 2:
        return False  # a generic or a plain country top-level domain ("paypal.cm", "amex.co")
    return any(own.partition(".")[0] == name for own in brand_index().official[brand])


def own_brand_domain(domain: str) -> bool:
    """Whether the registrable ``domain`` is a brand's own (``data/brands.json``), also under a
    country's second-level suffix ("americanexpress.co.uk")."""
    if domain in own_domains():
        return True
    name, _, suffix = domain.partition(".")
    labels = suffix.split(".")
    if len(labels) < 2 or len(labels[-1]) != 2 or len(name) < PREFIX_MIN:
        return False  # a short own name ("sf") is too easily someone else's abroad
    return name in _own_names()


@cache
def _own_names() -> frozenset[str]:
    """The names of the brands' own domains without their suffix ("americanexpress")."""
    return frozenset(domain.partition(".")[0] for domain in own_domains())


def _named_brand_through_swaps(host: str) -> str | None:
    swaps = lookalike_swaps()
    read = read_as_letters(host, swaps.pairs)
    if read == host:
        return None
    brand = _named_brand(read, swaps.swapped_index)
    if brand is None and swaps.second_pairs:
        # The brand's tokens hold no digit, so the index read through the first swaps serves
        # the second reading too (only "rn" and "vv" change a token, the same way in both).
        brand = _named_brand(read_as_letters(host, swaps.second_pairs), swaps.swapped_index)
    return brand


def _named_brand(host: str, index: BrandIndex) -> str | None:
    labels = host.split(".")
    for label in labels:
        for part in label.split("-"):
            if part in index.by_label:
                return index.by_label[part]
        if label in index.by_label:
            return index.by_label[label]
    for label in labels:
        joined = label.replace("-", "")
        for token, name in index.by_head.get(joined[: index.head], ()):
            if joined.startswith(token):
                return name
    return None
