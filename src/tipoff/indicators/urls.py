"""URLs, registrable domains and email addresses, defanged or not.

Hosts are ASCII (punycode for IDNs). A bare host ("bitget-vip.top") yields a
domain; a scheme or a path makes it a URL too ("bit.ly/x" is kept as a URL, so
shorteners and app-download links are never collapsed to their host). The
registrable domain comes from tldextract's bundled Public Suffix List snapshot,
private suffixes included (so "evil.web.app" is not collapsed to "web.app"), plus
the free hosts and site builders the PSL lacks (``data/tenant_suffixes.json``): a
tenant's site "evil.netlify.com" is its own key, "www.netlify.com" is the platform.
"""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tldextract import TLDExtract

from tipoff.indicators.normalize import fold
from tipoff.indicators.refang import AT, DOT, SCHEME_SEP, refang

_SCHEME = r"(?:[hH][tTxX*]{2}[pP][sS]?|[fF][tTxX][pP])"
_LABEL = r"[A-Za-z0-9][A-Za-z0-9-]{0,62}+"
_HOST = _LABEL + r"(?:" + DOT + _LABEL + r")++"
_PATH = r"[/?#][A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*+"

URL_RE = re.compile(
    r"(?<![A-Za-z0-9@._%+-])"
    r"(?:(?P<scheme>" + _SCHEME + r")" + SCHEME_SEP + r")?"
    r"(?P<host>" + _HOST + r")"
    r"(?P<port>:[0-9]{1,5}(?![0-9]))?"
    r"(?P<path>" + _PATH + r")?"
)
EMAIL_RE = re.compile(
    r"(?<![A-Za-z0-9._%+-])(?P<local>[A-Za-z0-9._%+-]{1,64}+)" + AT + r"(?P<host>" + _HOST + r")"
)

# A bare host whose last label is one of these is a file name, not a domain.
_FILE_EXTENSIONS = frozenset(
    [
        "pdf",
        "png",
        "jpg",
        "jpeg",
        "gif",
        "bmp",
        "webp",
        "svg",
        "doc",
        "docx",
        "xls",
        "xlsx",
        "ppt",
        "pptx",
        "zip",
        "rar",
        "7z",
        "exe",
        "apk",
        "ipa",
        "txt",
        "csv",
        "json",
        "xml",
        "mov",
        "mp4",
        "mp3",
        "wav",
        "avi",
        "mkv",
        "py",
        "js",
        "ts",
        "html",
        "htm",
        "php",
        "asp",
        "aspx",
        "jsp",
        "css",
        "log",
        "dat",
        "bin",
        "dll",
        "sh",
    ]
)
_TRAILING_PUNCT = ".,;:!?'\"*"


@dataclass(frozen=True, slots=True)
class UrlMatch:
    """A URL or bare host: canonical URL (None for a bare host), host, domain and span."""

    url: str | None
    host: str
    domain: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class EmailMatch:
    """An email address in canonical form, with its span."""

    value: str
    start: int
    end: int


@cache
def _extractor() -> TLDExtract:  # tldextract imported on first use
    import tldextract

    return tldextract.TLDExtract(
        suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True
    )


@lru_cache(maxsize=4096)
def _known_tld(label: str) -> bool:
    """Whether ``label`` is a top-level suffix of the Public Suffix List."""
    return bool(_extractor()(f"x.{label}").suffix)


@cache
def tenant_suffixes() -> frozenset[str]:
    """Free hosts and site builders whose subdomains are their customers' sites and which
    the Public Suffix List lacks (``data/tenant_suffixes.json``, read on first use)."""
    path = resources.files("tipoff.indicators").joinpath("data/tenant_suffixes.json")
    return frozenset(json.loads(path.read_text("utf-8"))["list"])


def tenant_platform(domain: str) -> str | None:
    """The platform of a tenant key ("a.netlify.com" → "netlify.com"), else None."""
    platform = domain.partition(".")[2]
    return platform if platform in tenant_suffixes() else None


@lru_cache(maxsize=65536)
def registrable_domain(host: str) -> str | None:
    """The registrable domain of ``host`` ("a.b.example.co.jp" → "example.co.jp"), or None.

    Under a tenant suffix (a free host or site builder the PSL lacks) it is the tenant's
    host, one label under the suffix as the PSL would have it ("x.a.weebly.com" →
    "a.weebly.com"); "www.weebly.com" and "weebly.com" are the platform, "weebly.com"."""
    host = host.strip(".").lower()
    last = host.rpartition(".")[2]
    if not last[:1].isalpha() or (last.isascii() and not _known_tld(last)):
        return None
    if not host or not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    result = _extractor()(host)
    domain = result.top_domain_under_public_suffix or None
    if domain is not None and domain in tenant_suffixes():
        tenant = result.subdomain.rpartition(".")[2]
        if tenant and tenant != "www":
            return f"{tenant}.{domain}"
    return domain


# Every host has a dot (plain or defanged) followed by a label character; hunting
# for those is a near-literal scan, far faster than trying a host pattern at every
# word. From each dot we step back to the start of the host (and its scheme).
_DOT_TRIGGER_RE = re.compile(
    r"\.(?=[A-Za-z])|://|\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\[DOT\]|\(DOT\)|\[://\]"
)
_LABEL_BEFORE_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,62}$")
_SCHEME_TAIL_RE = re.compile(r"(?<![A-Za-z0-9])" + _SCHEME + r"$")
_SCHEME_BEFORE_RE = re.compile(r"(?<![A-Za-z0-9])" + _SCHEME + SCHEME_SEP + r"$")


def find_urls(text: str, skip: Iterable[tuple[int, int]] = ()) -> Iterator[UrlMatch]:
    """Yield URLs and bare hosts in ``text`` (already folded), outside the ``skip`` spans
    (sorted, e.g. the emails already found)."""
    resume = 0
    skipped = iter(skip)
    next_skip = next(skipped, None)
    chain = _LabelChain()
    for trigger in _DOT_TRIGGER_RE.finditer(text):
        dot = trigger.start()
        while next_skip is not None and next_skip[1] <= dot:
            next_skip = next(skipped, None)
        if next_skip is not None and next_skip[0] <= dot:
            resume = next_skip[1]
        if dot < resume:
            continue
        if trigger.group(0) == "." and _ends_unknown_host(text, dot):
            continue
        if trigger.group(0) in ("://", "[://]"):
            scheme = _SCHEME_TAIL_RE.search(text, max(0, dot - 6), dot)
            start = scheme.start() if scheme else None
        else:
            # "example [dot] com": the host ends before the space.
            spaced = dot > 0 and text[dot - 1] == " " and trigger.group(0) in ("[dot]", "(dot)")
            start = _host_start(text, dot - 1 if spaced else dot, chain)
        if start is None:
            continue
        match = URL_RE.match(text, start)
        if match is None or match.end() <= dot:
            continue
        resume = match.end()
        found = _url_from_match(match)
        if found is not None:
            yield found


_NEXT_LABEL_RE = re.compile(_LABEL)
# What may follow a host's label when the host goes on (a dot, plain or defanged) or
# a port or path follows.
_HOST_GOES_ON = frozenset(".[({:/?#")
_SPACED_DOTS = (" [dot] ", " (dot) ")


def _ends_unknown_host(text: str, dot: int) -> bool:
    """Whether the label after ``dot`` ends the host and is no top-level domain, so
    nothing matched from here could be kept ("ditarik.Nomor", "e.g"): half the dots
    in prose, settled with one cached lookup instead of a host match."""
    label = _NEXT_LABEL_RE.match(text, dot + 1)
    if label is None:
        return False
    after = label.end()
    if text[after : after + 1] in _HOST_GOES_ON or text.startswith(_SPACED_DOTS, after):
        return False
    return not _known_tld(label.group(0).lower())


class _LabelChain:
    """The label starts (ascending) that the last ``_host_start`` walked back through, and
    the dot it walked from. The next dot of the same dotted run walks back through the
    same labels, so it reuses them: "b.b.b.….c" of 20,000 characters walked ~126 labels
    per dot with a regex search each, 1.2 s of CPU for one public check (attack walk of
    2026-12-07); now each label is searched once."""

    __slots__ = ("dot", "starts")

    def __init__(self) -> None:
        self.dot = -1
        self.starts: deque[int] = deque()


def _host_start(text: str, dot: int, chain: _LabelChain | None = None) -> int | None:
    """Where the host containing the dot at ``dot`` begins (its scheme included)."""
    label = _LABEL_BEFORE_RE.search(text, max(0, dot - 63), dot)
    if label is None:
        return None
    start = label.start()
    if chain is not None and chain.starts and chain.dot == start - 1 and start > 1:
        # The walk from here goes through this label, then the labels walked from the
        # previous dot, and stops at the first one at least 253 characters back.
        starts = chain.starts
        starts.append(start)
        while len(starts) > 1 and dot - starts[1] >= 253:
            starts.popleft()
        start = starts[0]
    else:
        walked = [start]
        # Earlier labels that the trigger skipped because a digit follows their dot
        # ("1047games.7ntr.xyz"); a host has at most 253 characters.
        while start > 1 and text[start - 1] == "." and dot - start < 253:
            previous = _LABEL_BEFORE_RE.search(text, max(0, start - 64), start - 1)
            if previous is None:
                break
            start = previous.start()
            walked.append(start)
        if chain is not None:
            chain.starts = deque(reversed(walked))
    if chain is not None:
        chain.dot = dot if text[dot] == "." else -1
    scheme = _SCHEME_BEFORE_RE.search(text, max(0, start - 16), start)
    return scheme.start() if scheme else start


def _url_from_match(match: re.Match[str]) -> UrlMatch | None:
    start, end = match.start(), match.end()
    raw = match.group(0)
    path = match.group("path") or ""
    trimmed = _trim_trailing(raw)
    end -= len(raw) - len(trimmed)
    if path:
        path = path[: max(0, len(path) - (len(raw) - len(trimmed)))]
    host = refang(match.group("host")).lower().rstrip(".")
    scheme = match.group("scheme")
    if not scheme and not path and host.rsplit(".", 1)[-1] in _FILE_EXTENSIONS:
        return None
    domain = registrable_domain(host)
    is_ip = _is_ipv4(host)
    if domain is None and not (is_ip and (scheme or path)):
        return None
    if not scheme and not path:
        if is_ip or _TITLE_ABBREVIATION_RE.fullmatch(match.group("host").rstrip(".")):
            return None
        return UrlMatch(None, host, domain, start, start + len(match.group("host").rstrip(".")))
    url = _canonical_url(scheme, host, match.group("port"), path)
    return UrlMatch(url, host, domain, start, end)


# A bare "St.George", "Mt.Isa", "Dr.Lee" written with capitals: a saint's, mountain's or
# person's name typed without the space after the abbreviation's dot, not a host, though
# .george is a top-level domain (St.George is an Australian bank).
_TITLE_ABBREVIATION_RE = re.compile(r"(?:St|Mt|Ft|Dr|Mr|Mrs|Ms|Jr|Sr)\.[A-Z][a-z]+")


def _trim_trailing(raw: str) -> str:
    """Drop sentence punctuation and unbalanced closing brackets after a URL."""
    while raw:
        last = raw[-1]
        if (
            last in _TRAILING_PUNCT
            or (last == ")" and raw.count("(") < raw.count(")"))
            or (last == "]" and raw.count("[") < raw.count("]"))
        ):
            raw = raw[:-1]
        else:
            break
    return raw


# A web link is one identifier whatever scheme a victim wrote, or none: "evil.top/x",
# "http://evil.top/x" and "https://evil.top/x" name the same site (scam sites answer on
# both, and victims drop or add the scheme when they copy a link), so all three are keyed
# "https://" and share one key. A trailing "/" after a path with no query or fragment
# ("/login/" vs "/login") is the same page and is dropped; the root stays "/" and
# "/h5/#/register" is left alone. Other schemes (ftp) keep their own key.
_WEB_SCHEMES = frozenset(["http", "https"])


def _canonical_url(scheme: str | None, host: str, port: str | None, path: str) -> str:
    scheme_name = refang((scheme or "http") + ":").rstrip(":").lower()
    if scheme_name in _WEB_SCHEMES:
        scheme_name = "https"
        if port in (":80", ":443"):
            port = None
    if path and path[0] in "?#":
        path = "/" + path
    if (
        len(path) > 2
        and path[-1] == "/"
        and "?" not in path
        and "#" not in path
        # without the slash, what precedes it would be read as the sentence's punctuation
        # ("/x:/" is not "/x:", which a second reading makes "/x"): the slash stays
        and path[-2] not in _TRAILING_PUNCT
        and path[-2] not in ")]"
    ):
        path = path[:-1]
    return f"{scheme_name}://{host}{port or ''}{path or '/'}"


def _is_ipv4(host: str) -> bool:
    parts = host.split(".")
    return len(parts) == 4 and all(p.isdigit() and int(p) < 256 for p in parts)


def written_host(link: str) -> str:
    """The lower-cased host of a link as written, refanged ("hxxp://evil[.]top/x" → "evil.top";
    scheme, path and port dropped; no check)."""
    return refang(link).split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower()


def canonical_url(value: str) -> str | None:
    """Canonical form of a URL typed in any spelling (defanged, no scheme ...), or None."""
    text = fold(value.strip())
    match = URL_RE.fullmatch(text) or URL_RE.match(text)
    if match is None:
        return None
    found = _url_from_match(match)
    if found is None:
        return None
    if found.url is None:
        return _canonical_url(None, found.host, None, "")
    return found.url


def canonical_domain(value: str) -> str | None:
    """Registrable domain of a host, URL or email typed in any spelling, or None."""
    text = refang(fold(value.strip()))
    if "@" in text and "://" not in text:
        text = text.rsplit("@", 1)[1]
    match = URL_RE.match(text)
    if match is None:
        return None
    return registrable_domain(refang(match.group("host")))


# An at-sign (plain or defanged) followed by a host with a dot: matching the host
# in the same regex keeps "a@a@a@…" in C instead of one Python step per "@".
_AT_HOST_RE = re.compile(
    r"[@\[({](?:(?<=@)|(?<=\[)(?:at|AT|@)\]|(?<=\()(?:at|AT|@)\)|(?<=\{)(?:at|@)\}) ?" + _HOST
)
_LOCAL_BEFORE_RE = re.compile(r"[A-Za-z0-9._%+-]{1,64}+ ?$")


def find_emails(text: str) -> Iterator[EmailMatch]:
    """Yield email addresses in ``text`` (already folded), canonicalised."""
    if (
        "@" not in text
        and "at]" not in text
        and "at)" not in text
        and "at}" not in text
        and "AT" not in text
    ):
        return
    resume = 0
    for trigger in _AT_HOST_RE.finditer(text):
        at = trigger.start()
        if at < resume:
            continue
        # The local part cannot reach back past the previous match.
        local = _LOCAL_BEFORE_RE.search(text, max(0, at - 66, resume), at)
        if local is None:
            continue
        match = EMAIL_RE.match(text, local.start())
        if match is None:
            continue
        resume = match.end()
        value = _email_value(match)
        if value is not None:
            raw_host = match.group("host").rstrip(".")
            yield EmailMatch(value, match.start(), match.start("host") + len(raw_host))


def _email_value(match: re.Match[str]) -> str | None:
    local = match.group("local").lower()
    local = (local.split("+", 1)[0] or local).strip(".")  # "+tag" removed, then stray dots
    host = refang(match.group("host")).lower().rstrip(".")
    if not local or ".." in local or registrable_domain(host) is None:
        return None
    if host.rsplit(".", 1)[-1] in _FILE_EXTENSIONS:
        return None  # "image@2x.png"
    return f"{local}@{host}"


def canonical_email(value: str) -> str | None:
    """Canonical (lower-case, +tag removed, refanged) email, or None."""
    match = EMAIL_RE.search(fold(value.strip()))
    return _email_value(match) if match else None
