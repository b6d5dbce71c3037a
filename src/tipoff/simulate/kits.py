"""Phishing kits: a seller's escrow-phishing domains used by many operations alike.

On classifieds and marketplaces most scammers are one-off operations (a fake buyer or
seller, a handful of victims) and a few are crews; many of them rent the same phishing kit,
whose seller hosts a few escrow or "safe payment" domains for every customer. Such a domain
is a shared service, like a laundering account: the operations citing it share nothing
else, and it must not join them.

``WorldConfig.kit_sellers`` sellers of ``kit_domains`` domains each (with their links); a
crew rents one kit with chance ``kit_share`` (its sites then include the kit's), a one-off
operation likewise (its own sites are then the kit's only). Drawn from their own random
streams, so a world without kits is byte for byte as before.

Kits look other ways too (the kit-market variants, ``tipoff.simulate.scenarios``): a buyer's
page is a subdomain or a path of its own on the kit's registered domain (``kit_sites``:
``op123.kit.xyz``, ``kit.xyz/op123``; the domain is the kit's, the link the buyer's); the kit's
panel (its Telegram bot, its payment wallet) is cited beside its domain (``kit_panel_share``);
a buyer rents a second kit (``kit_second_share``).
"""

from __future__ import annotations

import random
from functools import partial

from tipoff.simulate import wallets, web
from tipoff.simulate.config import WorldConfig
from tipoff.simulate.identity import Ident
from tipoff.simulate.network import Infrastructure, Network, Registry, _rotate

_FAMILIES = ("investment", "gambling", "phishing")


def build(cfg: WorldConfig, seed: int, span: int, reg: Registry) -> list[Network]:
    """The kit sellers of a world: each a few phishing domains and their links."""
    rng = random.Random(f"tipoff-kits:{seed}")
    sellers = []
    for j in range(cfg.kit_sellers):
        kit = Network(f"KIT-{j + 1:02d}", "KH", "Phnom Penh", (), "", "")
        brand = web.brand(rng, "investment")
        domains = [
            reg.fresh(partial(web.domain_ident, rng, "phishing", brand))
            for _ in range(cfg.kit_domains)
        ]
        kit.pools["domain"] = _rotate(rng, domains, span, span)
        kit.pools["url"] = _rotate(
            rng, [reg.fresh(partial(web.app_link_ident, rng, d)) for d in domains], span, span
        )
        sellers.append(kit)
    if cfg.kit_panel_share:  # their own stream: kits without panels are drawn as before
        panels = random.Random(f"tipoff-kit-panels:{seed}")
        for kit in sellers:
            bot = reg.fresh(partial(web.telegram_ident, panels))
            kit.pools["panel:telegram"] = [bot]
            kit.pools["panel:wallet"] = [reg.fresh(partial(wallets.wallet_ident, panels, "tron"))]
    for kit in sellers:
        for ident in kit.identifiers():
            ident.attrs["kit"] = kit.id
    return sellers


def rent(
    rng: random.Random,
    net: Network,
    kit: Network,
    replace: bool = False,
    listed: bool = True,
) -> None:
    """``net`` uses ``kit``'s sites: beside its own, or (``replace``) instead of them. A
    crew is ``listed`` among the kit's users in the truth; a one-off operation is not (the
    kit is not its own, as a laundering account is not a crew's)."""
    for family in _FAMILIES:
        for slot in ("domain", "url"):
            name = f"{slot}:{family}"
            if name not in net.pools and not replace:
                continue
            own = [] if replace else net.pools[name]
            net.pools[name] = own + kit.pools[slot]
    for ident in kit.pools["domain"] + kit.pools["url"]:
        if net.id not in ident.networks and listed and not replace:
            ident.networks.append(net.id)


def use_panel(net: Network, kit: Network, listed: bool = True) -> None:
    """``net`` also names ``kit``'s panel: its bot among net's Telegram handles, its payment
    wallet beside net's own (``WorldConfig.kit_panel_share``)."""
    net.pools["telegram"] = kit.pools["panel:telegram"] + net.pools.get("telegram", [])
    net.pools["wallet:tron"] = net.pools.get("wallet:tron", []) + kit.pools["panel:wallet"]
    for ident in kit.pools["panel:telegram"] + kit.pools["panel:wallet"]:
        if net.id not in ident.networks and listed:
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
            kit = infra.kits[int(rng.random() * len(infra.kits))]
            rent(rng, net, kit)
            if cfg.kit_panel_share:
                use_panel(net, kit)
            net.index(span)


def one_off_sites(
    rng: random.Random, net: Network, kits: list[Network], cfg: WorldConfig, span: int, index: int
) -> None:
    """A one-off operation's sites in a world of kits: a kit's (chance ``cfg.kit_share``), or
    phishing sites of its own, named after its report (a phishing host is drawn from a small
    space of brand words, and a hundred one-offs would otherwise share hosts by chance)."""
    if rng.random() < cfg.kit_share:
        kit = kits[int(rng.random() * len(kits))]
        rent(rng, net, kit, replace=True)
        if cfg.kit_sites != "shared":
            _buyer_page(rng, net, kit, cfg.kit_sites, index)
        if cfg.kit_second_share and rng.random() < cfg.kit_second_share:
            rent(rng, net, kits[int(rng.random() * len(kits))], listed=False)
        if cfg.kit_panel_share and rng.random() < cfg.kit_panel_share:
            use_panel(net, kit, listed=False)
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


def _buyer_page(rng: random.Random, net: Network, kit: Network, style: str, index: int) -> None:
    """The buyer's own page on one of ``kit``'s registered domains: a subdomain
    (``op123.kit.xyz``) or a path (``kit.xyz/op123``), ``style`` "mixed" either. The domain
    victims write is still the kit's (its key is the registered domain); the link is the
    buyer's alone."""
    domain = kit.pools["domain"][int(rng.random() * len(kit.pools["domain"]))]
    if style == "mixed":
        style = "subdomain" if rng.random() < 0.5 else "path"
    label = f"{rng.choice(('op', 'shop', 'pay', 'u'))}{index}"
    if style == "subdomain":
        host = f"{label}.{domain.value}"
        url = f"https://{host}{rng.choice(('/verify/login', '/pay', '/order/confirm'))}"
        forms: tuple[str, ...] = (host, f"https://{host}", f"https://{host}/#/pay")
    else:
        url = f"https://{domain.value}/{label}{rng.choice(('', '/pay', '/confirm'))}"
        forms = (domain.value, f"https://{domain.value}")
    page = Ident("domain", domain.value, None, {"*": forms}, attrs=dict(domain.attrs))
    link = Ident("url", url, None, {"*": (url, url.removeprefix("https://"))}, attrs={})
    link.attrs.update({"domain": domain.value, "one_off": "true"})
    link.networks.append(net.id)
    for family in _FAMILIES:
        net.pools[f"domain:{family}"], net.pools[f"url:{family}"] = [page], [link]
