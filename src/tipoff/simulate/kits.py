"""Phishing kits: a seller's escrow-phishing domains used by many operations alike.

On classifieds and marketplaces most scammers are one-off operations (a fake buyer or
seller, a handful of victims) and a few are crews; many of them rent the same phishing kit,
whose seller hosts a few escrow or "safe payment" domains for every customer. Such a domain
is a shared service, like a laundering account: the operations citing it share nothing
else, and it must not join them.

``WorldConfig.kit_sellers`` sellers of ``KIT_DOMAINS`` domains each (with their links); a
crew rents one kit with chance ``kit_share`` (its sites then include the kit's), a one-off
operation likewise (its own sites are then the kit's only). Drawn from their own random
streams, so a world without kits is byte for byte as before.
"""

from __future__ import annotations

import random
from functools import partial

from tipoff.simulate import web
from tipoff.simulate.config import WorldConfig
from tipoff.simulate.identity import Ident
from tipoff.simulate.network import Infrastructure, Network, Registry, _rotate

# Domains a kit seller hosts over the year.
KIT_DOMAINS = 2
_FAMILIES = ("investment", "gambling", "phishing")


def build(cfg: WorldConfig, seed: int, span: int, reg: Registry) -> list[Network]:
    """The kit sellers of a world: each a few phishing domains and their links."""
    rng = random.Random(f"tipoff-kits:{seed}")
    sellers = []
    for j in range(cfg.kit_sellers):
        kit = Network(f"KIT-{j + 1:02d}", "KH", "Phnom Penh", (), "", "")
        brand = web.brand(rng, "investment")
        domains = [
            reg.fresh(partial(web.domain_ident, rng, "phishing", brand)) for _ in range(KIT_DOMAINS)
        ]
        kit.pools["domain"] = _rotate(rng, domains, span, span)
        kit.pools["url"] = _rotate(
            rng, [reg.fresh(partial(web.app_link_ident, rng, d)) for d in domains], span, span
        )
        for ident in kit.identifiers():
            ident.attrs["kit"] = kit.id
        sellers.append(kit)
    return sellers


def rent(rng: random.Random, net: Network, kit: Network, replace: bool = False) -> None:
    """``net`` uses ``kit``'s sites: beside its own, or (``replace``) instead of them."""
    for family in _FAMILIES:
        for slot in ("domain", "url"):
            name = f"{slot}:{family}"
            if name not in net.pools and not replace:
                continue
            own = [] if replace else net.pools[name]
            net.pools[name] = own + kit.pools[slot]
    for ident in kit.identifiers():
        if net.id not in ident.networks and not replace:
            ident.networks.append(net.id)


def equip(infra: Infrastructure, cfg: WorldConfig, seed: int) -> None:
    """The world's kit sellers (``infra.kits``), and the crews that rent a kit
    (``cfg.kit_share``); a crew that rents one has its pools indexed again."""
    span = (cfg.end - cfg.start).days
    reg = Registry()
    reg.taken = {ident.key for ident in infra.all_identifiers()}
    infra.kits = build(cfg, seed, span, reg)
    rng = random.Random(f"tipoff-kit-crews:{seed}")
    for net in infra.networks:
        if rng.random() < cfg.kit_share:
            rent(rng, net, infra.kits[int(rng.random() * len(infra.kits))])
            net.index(span)


def one_off_sites(
    rng: random.Random, net: Network, kits: list[Network], cfg: WorldConfig, span: int, index: int
) -> None:
    """A one-off operation's sites in a world of kits: a kit's (chance ``cfg.kit_share``), or
    phishing sites of its own, named after its report (a phishing host is drawn from a small
    space of brand words, and a hundred one-offs would otherwise share hosts by chance)."""
    if rng.random() < cfg.kit_share:
        rent(rng, net, kits[int(rng.random() * len(kits))], replace=True)
    else:
        name, _, tld = net.pools["domain:phishing"][0].value.rpartition(".")
        host = f"{name}{index}.{tld}"
        forms = (host, f"https://{host}", f"www.{host}", f"https://{host}/#/register")
        own = Ident("domain", host, None, {"*": forms}, attrs={"family": "phishing", "brand": ""})
        link = web.app_link_ident(rng, own)
        for ident in (own, link):
            ident.networks.append(net.id)
            ident.attrs["one_off"] = "true"
        net.pools["domain:phishing"], net.pools["url:phishing"] = [own], [link]
    net.index(span)
