"""Crew structures the default world lacks: parallel scammers, one-off scams, mules rotated by use.

- Parallel scammers (``WorldConfig.scammers_per_network``): a big crew is hundreds of scammers
  working side by side, each with their own phones and chat accounts, all paying into the
  crew's platforms, wallets and mule accounts. Contact identifiers then join only the few
  victims of one scammer; the crew holds together through its payment infrastructure alone.
- One-off scams (``one_off_share``): a report whose crew appears once, with identifiers of
  its own (a lone fraudster, a crew nobody else reported).
- Victim markets (``markets_per_network``, ``multi_market_share``): a crew works one or two
  victim countries (its scripts, languages and mule banks are theirs); a compound may work
  several. Laundering services have no market: they serve crews of any.
- Mule accounts rotated by use (``mule_victims``): a mule account is dropped after about N
  victims, not after a lifetime in days, so a busy crew goes through a long chain of
  accounts that each join only a handful of reports.

Each draws from its own random stream, so switching one on leaves the rest of the world as
the same seed makes it without.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from tipoff.simulate import accounts, phones, wallets, web
from tipoff.simulate.config import MULTI_MARKETS, WorldConfig
from tipoff.simulate.identity import Ident
from tipoff.simulate.network import (
    COMPOUNDS,
    SCAM_PHONE_REGIONS,
    VICTIM_COUNTRIES,
    Infrastructure,
    Network,
    Registry,
)

MESSENGER_POOLS = ("whatsapp", "zalo", "telegram", "line", "wechat", "kakaotalk")


def is_contact_pool(name: str) -> bool:
    """Pools a scammer owns (phones, chat handles, e-mail) rather than the crew."""
    return name in ("phone", "email", *MESSENGER_POOLS) or name.startswith("phone:")


def registry(infra: Infrastructure) -> Registry:
    """A registry holding every key of ``infra`` (fresh values never collide with them)."""
    reg = Registry()
    reg.taken = {ident.key for ident in infra.all_identifiers()}
    return reg


def _phone(rng: random.Random, region: str) -> Ident:
    return phones.phone_ident(phones.random_phone(rng, region), region)


def _own_contacts(
    rng: random.Random, reg: Registry, markets: tuple[str, ...] = VICTIM_COUNTRIES
) -> dict[str, list[Ident]]:
    fresh = reg.fresh
    region = rng.choice(SCAM_PHONE_REGIONS)
    own: dict[str, list[Ident]] = {
        "phone": [fresh(partial(_phone, rng, region)) for _ in range(rng.randint(1, 2))]
    }
    for country in rng.sample(markets, min(2, len(markets))):  # the markets this scammer works
        own[f"phone:{country}"] = [fresh(partial(_phone, rng, country))]
    own["whatsapp"] = [fresh(partial(phones.whatsapp_ident, own["phone"][0]))]
    if "phone:VN" in own:
        own["zalo"] = [fresh(partial(phones.whatsapp_ident, own["phone:VN"][0], "zalo"))]
    own["telegram"] = [fresh(lambda: web.telegram_ident(rng)) for _ in range(rng.randint(1, 2))]
    own["line"] = [fresh(lambda: web.line_ident(rng))]
    own["wechat"] = [fresh(lambda: web.wechat_ident(rng))]
    own["kakaotalk"] = [fresh(lambda: web.kakao_ident(rng))]
    own["email"] = [fresh(lambda: web.email_ident(rng, None))]
    return own


def add_scammers(infra: Infrastructure, cfg: WorldConfig, seed: int) -> None:
    """Give every crew its parallel scammers (``cfg.scammers_per_network``)."""
    reg = registry(infra)
    span = (cfg.end - cfg.start).days
    for crew in infra.networks:
        rng = random.Random(f"tipoff-scammers:{seed}:{crew.id}")
        for k in range(rng.randint(*cfg.scammers_per_network)):
            me = Network(
                crew.id, crew.base, crew.place, crew.types, crew.brand, crew.gambling_brand
            )
            me.services = crew.services
            me.markets = crew.markets
            for name, pool in crew.pools.items():
                if not is_contact_pool(name):
                    me.pools[name] = pool
                    me._epochs[name] = crew._epochs[name]
            own = _own_contacts(rng, reg, crew.markets or VICTIM_COUNTRIES)
            for ident in (i for pool in own.values() for i in pool):
                ident.networks.append(crew.id)
                ident.attrs["scammer"] = f"{crew.id}/S{k + 1:03d}"
            me.pools.update(own)
            me.index(span, tuple(own))
            crew.scammers.append(me)


def assign_markets(infra: Infrastructure, cfg: WorldConfig, seed: int) -> None:
    """Give every crew its victim markets (``cfg.markets_per_network``), drawn by the
    countries' shares of victims; a compound (``cfg.multi_market_share``) works more."""
    mix = tuple((c, cfg.country_mix.get(c, 0.0)) for c in VICTIM_COUNTRIES)
    for crew in infra.networks:
        rng = random.Random(f"tipoff-markets:{seed}:{crew.id}")
        wide = rng.random() < cfg.multi_market_share
        lo, hi = MULTI_MARKETS if wide else cfg.markets_per_network
        left = [(c, w) for c, w in mix if w > 0]
        markets: list[str] = []
        for _ in range(min(rng.randint(lo, hi), len(left))):
            country = rng.choices([c for c, _ in left], [w for _, w in left])[0]
            markets.append(country)
            left = [(c, w) for c, w in left if c != country]
        crew.markets = tuple(sorted(markets))


def market_weight(crew: Network, cfg: WorldConfig, country: str) -> tuple[float, float]:
    """``country``'s weight among ``crew``'s victims and the weights' total."""
    mix = cfg.country_mix
    if not crew.markets:
        return mix.get(country, 0.0), sum(mix.values())
    weight = mix.get(country, 0.0) if country in crew.markets else 0.0
    return weight, sum(mix.get(c, 0.0) for c in crew.markets)


def one_off(rng: random.Random, country: str, scam_type: str, index: int, span: int) -> Network:
    """The crew of report ``index`` alone: a handful of identifiers nobody else uses.

    Values come from large random spaces (phone numbers, accounts, wallets; the site's name
    carries the report number), so they collide with no other crew's.
    """
    base = rng.choice(sorted(COMPOUNDS))
    brand = web.brand(rng, "investment") + str(index)
    net = Network(f"ONE-{index:07d}", base, rng.choice(COMPOUNDS[base]), (scam_type,), brand, brand)
    region = rng.choice(SCAM_PHONE_REGIONS)
    net.pools["phone"] = [_phone(rng, region)]
    net.pools[f"phone:{country}"] = [_phone(rng, country)]
    net.pools["whatsapp"] = [phones.whatsapp_ident(net.pools["phone"][0])]
    net.pools[f"account:{country}"] = [accounts.national_account(rng, country)]
    for chain in ("tron", "eth", "btc"):
        net.pools[f"wallet:{chain}"] = [wallets.wallet_ident(rng, chain)]
    for family in ("investment", "gambling", "phishing"):
        domain = web.domain_ident(rng, family, brand)
        net.pools[f"domain:{family}"] = [domain]
        net.pools[f"url:{family}"] = [web.app_link_ident(rng, domain)]
    for ident in net.identifiers():
        ident.networks.append(net.id)
        ident.attrs["one_off"] = "true"
    net.index(span)
    return net


@dataclass(frozen=True)
class MuleChain:
    """One crew's mule accounts in one country, used one after another for ``window`` days each."""

    window: float
    accounts: tuple[Ident, ...]

    def at(self, day: int) -> Ident:
        return self.accounts[min(len(self.accounts) - 1, int(day / self.window))]


def crew_shares(infra: Infrastructure, cfg: WorldConfig) -> dict[str, float]:
    """Each crew's expected share of reports under the generator's crew choice."""
    total = sum(w for w in cfg.type_mix.values() if w > 0)
    alpha, shares = cfg.network_size_alpha, {n.id: 0.0 for n in infra.networks}
    for scam_type, weight in cfg.type_mix.items():
        crews = infra.by_type.get(scam_type, []) if weight > 0 else []
        for rank, crew in enumerate(crews):
            # The rank drawn is int(Pareto(alpha)) - 1, the last crew taking the whole tail.
            tail = (rank + 2) ** -alpha if rank < len(crews) - 1 else 0.0
            shares[crew.id] += weight / total * ((rank + 1) ** -alpha - tail)
    return {k: v * (1 - cfg.one_off_share) for k, v in shares.items()}


def mule_chains(
    infra: Infrastructure, cfg: WorldConfig, seed: int, n_reports: int
) -> dict[str, dict[str, MuleChain]]:
    """Per crew and victim country, mule accounts that each serve about ``cfg.mule_victims``
    victims of a world of ``n_reports`` (the window a busy crew keeps one account shrinks)."""
    reg = registry(infra)
    span = (cfg.end - cfg.start).days
    out: dict[str, dict[str, MuleChain]] = {}
    crew_of = {crew.id: crew for crew in infra.networks}
    for crew_id, share in crew_shares(infra, cfg).items():
        rng = random.Random(f"tipoff-mules:{seed}:{crew_id}")
        chains: dict[str, MuleChain] = {}
        for country in VICTIM_COUNTRIES:
            weight, total = market_weight(crew_of[crew_id], cfg, country)
            victims = n_reports * share * weight / total
            n = min(2000, max(1, math.ceil(victims / cfg.mule_victims)))
            made: Callable[[], Ident] = partial(accounts.national_account, rng, country)
            mules = tuple(reg.fresh(made) for _ in range(n))
            window = (span + 1) / n
            for i, ident in enumerate(mules):
                ident.active = (int(i * window), int((i + 1) * window))
                ident.networks.append(crew_id)
                ident.attrs["mule_victims"] = str(cfg.mule_victims)
            chains[country] = MuleChain(window, mules)
        out[crew_id] = chains
    return out
