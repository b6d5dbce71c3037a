"""Official hosts: government, police, military and verified-bank domains nobody in a crew controls.

A victim who writes "I reported it to ic3.gov" or "npa.go.jp" cites an authority, not the
scam; hundreds of unrelated reports cite the same few sites. Whether a host is official is
read from the Public Suffix List snapshot bundled with tldextract (ICANN section only, no
network): its public suffix is a government, police or military one (``gov``, ``mil``,
``go.jp``, ``gov.sg``, ``go.th``, ``gov.vn``, ``go.kr``, ``gov.cn``, ``police.uk``,
``gob.mx``, ``gouv.fr``, ``gv.at`` …, and Japan's local-government ``lg.jp``:
``keishicho.metro.tokyo.lg.jp``), or a sponsored top-level domain whose registry admits
only vetted institutions (``.bank``, ``.int``). The rule is by suffix, not by words inside
a name: "cyberpolice.cn" or "police-gov-sg.com" (anyone can register those) are not
official; "ecrm.police.go.kr" is. One exception by name: a registrable domain under a
country-code suffix whose own label is the word for police in a language of that country's
region ("polizei.de", "politie.nl", "policia.es"):
national police forces hold these, and a word alone as the whole label is no brand a crew
can imitate (hyphenated or compound names such as "polizei-hilfe.de" are not taken).

The PSL's private section is ignored: it holds suffixes such as ``go.dyndns.org`` and
``gv.vc`` that anyone can register under. Where a country's registry reserves a
second-level ``gov`` the PSL does not list, the registrable domain itself is that label
("gov.xx" of a two-letter country code) and counts too.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tldextract import TLDExtract

# Labels of a public suffix that only governments (or their police and military) register under.
_GOVERNMENT_LABELS = frozenset(
    {"gov", "govt", "government", "gob", "gouv", "gv", "mil", "police", "go"}
)
# Top-level domains restricted to verified institutions: .bank (fTLD, verified banks),
# .int (treaty organisations), .gov and .mil (United States government and military).
_RESTRICTED_TLDS = frozenset({"bank", "int", "gov", "mil"})
# "go" is a government second level in most ccTLDs (go.jp, go.th, go.kr, go.id …), but the
# Italian registry uses two-letter province codes as second levels: go.it is Gorizia.
_GO_EXCEPT = frozenset({"it"})
# A registrable "gov.xx" (the PSL lists no suffix under it) still belongs to the state.
_REGISTRABLE_GOVERNMENT = frozenset({"gov", "govt", "gob", "gouv", "mil"})
# Second levels that are government in one country only: lg.jp (LGJP, Japan's local
# governments; lg.ua is the Luhansk region, open to anyone).
_COUNTRY_GOVERNMENT_LABELS = {"jp": frozenset({"lg"})}
# The word "police" in the languages tipoff's markets and their neighbours use, as the whole
# registrable label under a country-code suffix (polizei.de, politie.nl, policia.es).
_POLICE_LABELS = frozenset(
    {
        "police",
        "polizei",
        "politie",
        "policia",
        "polizia",
        "policie",
        "policja",
        "polisen",
        "poliisi",
        "politi",
        "politiet",
        "polisi",
        "polis",
        "pulis",
        "keisatsu",
        "gendarmerie",
    }
)


@cache
def _icann_extractor() -> TLDExtract:  # built on first use
    import tldextract

    return tldextract.TLDExtract(
        suffix_list_urls=(), cache_dir=None, include_psl_private_domains=False
    )


@lru_cache(maxsize=65536)
def official_host(host: str) -> bool:
    """True if ``host`` (or a registrable domain) is under a government or vetted suffix.

    Never raises: anything that is not a hostname gives False.
    """
    if not isinstance(host, str) or "." not in host:
        return False
    host = host.strip(".").lower()
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return False
    result = _icann_extractor()(host)
    suffix = result.suffix
    if not suffix or not result.domain:
        return False
    labels = suffix.split(".")
    if labels[-1] in _RESTRICTED_TLDS:
        return True
    if len(labels) >= 2 and any(
        label in _GOVERNMENT_LABELS and (label != "go" or labels[-1] not in _GO_EXCEPT)
        for label in labels[:-1]
    ):
        return True
    if len(labels) >= 2 and labels[-2] in _COUNTRY_GOVERNMENT_LABELS.get(labels[-1], ()):
        return True
    country_code = len(labels[-1]) == 2
    if country_code and result.domain in _POLICE_LABELS:
        return True
    return len(labels) == 1 and country_code and result.domain in _REGISTRABLE_GOVERNMENT


def host_of(kind: str, value: str) -> str | None:
    """The host a canonical domain, URL or e-mail address names (None for other kinds)."""
    if kind == "domain":
        return value
    if kind == "url":
        authority = value.partition("://")[2].partition("/")[0].partition("?")[0]
        authority = authority.partition("#")[0].rpartition("@")[2]
        return authority.rpartition(":")[0] if authority.count(":") == 1 else authority
    if kind == "email":
        return value.rpartition("@")[2]
    return None


def official_value(kind: str, value: str) -> bool:
    """True if the canonical ``value`` of ``kind`` is a domain, URL or e-mail on an official
    host."""
    host = host_of(str(kind), value)
    return host is not None and official_host(host)
