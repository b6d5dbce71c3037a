"""Criminal networks (compounds) and the infrastructure they own, rotate and share.

The world is small (tens of networks, thousands of identifiers) and is built once, up
front, from the seed; reports are then streamed against it. All the slow work
(phonenumbers validation, keccak, base58check, schwifty) happens here.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from tipoff.simulate import accounts, common, innocent, phones, spoofing, wallets, web
from tipoff.simulate.config import WorldConfig
from tipoff.simulate.identity import Ident

COMPOUNDS: dict[str, list[str]] = {
    "KH": ["Sihanoukville", "Phnom Penh", "Bavet", "Poipet", "O'Smach", "Koh Kong"],
    "MM": ["Myawaddy", "KK Park", "Shwe Kokko", "Laukkaing", "Tachileik"],
    "LA": ["Golden Triangle SEZ", "Ton Pheung"],
    "PH": ["Clark", "Bamban", "Porac", "Pasay"],
}
SCAM_PHONE_REGIONS = ("KH", "MM", "LA", "TH", "PH")
VICTIM_COUNTRIES = ("JP", "CN", "KR", "US", "TH", "VN", "SG", "AU", "ID", "PH")
EPOCH_DAYS = 7  # granularity of the "which identifiers are active now" index


@dataclass
class Network:
    """One criminal network: where it sits, what it runs, and what it owns."""

    id: str
    base: str
    place: str
    types: tuple[str, ...]
    brand: str
    gambling_brand: str
    pools: dict[str, list[Ident]] = field(default_factory=dict)
    services: list[str] = field(default_factory=list)
    # Parallel scammers of the crew (WorldConfig.scammers_per_network): each a Network with the
    # crew's id, its own contact pools and the crew's payment and site pools.
    scammers: list[Network] = field(default_factory=list, repr=False)
    # Victim countries the crew works (WorldConfig.markets_per_network); empty: every country.
    markets: tuple[str, ...] = ()
    _epochs: dict[str, list[list[Ident]]] = field(default_factory=dict, repr=False)

    def identifiers(self) -> list[Ident]:
        seen: dict[int, Ident] = {}
        for net in (self, *self.scammers):
            for pool in net.pools.values():
                for ident in pool:
                    seen.setdefault(id(ident), ident)
        return list(seen.values())

    def index(self, span_days: int, names: tuple[str, ...] | None = None) -> None:
        """Precompute, per week, the identifiers of each pool (or of ``names``) active that week."""
        n_epochs = span_days // EPOCH_DAYS + 1
        for name, pool in self.pools.items():
            if names is not None and name not in names:
                continue
            epochs = []
            for e in range(n_epochs):
                lo, hi = e * EPOCH_DAYS, e * EPOCH_DAYS + EPOCH_DAYS - 1
                active = [i for i in pool if i.active[0] <= hi and i.active[1] >= lo]
                epochs.append(active or pool)
            self._epochs[name] = epochs

    def pick(self, rng: random.Random, pool: str, day: int) -> Ident | None:
        """An identifier of ``pool`` in use on ``day`` (None if the network has none)."""
        epochs = self._epochs.get(pool)
        if not epochs:
            return None
        active = epochs[min(day // EPOCH_DAYS, len(epochs) - 1)]
        return active[int(rng.random() * len(active))]


def _victim_country_phone(rng: random.Random, country: str, kind: str) -> Ident:
    return phones.phone_ident(phones.random_phone(rng, country, kind), country)


def _rotate(rng: random.Random, items: list[Ident], span: int, mean_life: int) -> list[Ident]:
    """Give each identifier an active window so that the pool rotates over the span."""
    k = len(items)
    for i, ident in enumerate(items):
        start = int((i + rng.random()) * span / k) - rng.randrange(0, mean_life // 2 + 1)
        life = max(7, int(rng.expovariate(1 / mean_life)) + span // k)
        ident.active = (max(0, start), min(span, start + life))
    return items


class Registry:
    """Keys already drawn in this world: a fresh identifier never collides by chance with another
    network's (coincidental sharing would corrupt the truth about which networks are linked)."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def fresh(self, make: Callable[[], Ident]) -> Ident:
        for _ in range(50):
            ident = make()
            if ident.key not in self.taken:
                self.taken.add(ident.key)
                return ident
        raise RuntimeError(f"identifier space exhausted near {ident.key}")


def _count(rng: random.Random, cfg: WorldConfig, scale: float = 1.0) -> int:
    lo, hi = cfg.identifiers_per_kind
    return max(1, int(rng.randint(lo, hi) * scale))


def _build_pools(
    rng: random.Random, cfg: WorldConfig, net: Network, span: int, reg: Registry
) -> None:
    life, pools, fresh = cfg.rotation_days, net.pools, reg.fresh

    def many(make: Callable[[], Ident], scale: float = 1.0) -> list[Ident]:
        return _rotate(rng, [fresh(make) for _ in range(_count(rng, cfg, scale))], span, life)

    def scam_phone() -> Ident:
        region = rng.choice(SCAM_PHONE_REGIONS)
        return phones.phone_ident(phones.random_phone(rng, region), region)

    pools["phone"] = many(scam_phone)
    for country in VICTIM_COUNTRIES:
        kind = "voip" if country == "JP" and rng.random() < 0.5 else "mobile"
        pools[f"phone:{country}"] = many(partial(_victim_country_phone, rng, country, kind), 0.3)
        pools[f"account:{country}"] = many(partial(accounts.national_account, rng, country), 0.5)
    pools["iban"] = many(lambda: accounts.european_iban(rng), 0.2)
    half = pools["phone"][: max(1, len(pools["phone"]) // 2)]
    pools["whatsapp"] = _rotate(
        rng, [fresh(partial(phones.whatsapp_ident, p)) for p in half], span, life
    )
    pools["zalo"] = _rotate(
        rng,
        [fresh(partial(phones.whatsapp_ident, p, "zalo")) for p in pools["phone:VN"]],
        span,
        life,
    )
    pools["telegram"] = many(lambda: web.telegram_ident(rng))
    pools["line"] = many(lambda: web.line_ident(rng), 0.6)
    pools["wechat"] = many(lambda: web.wechat_ident(rng), 0.5)
    pools["kakaotalk"] = many(lambda: web.kakao_ident(rng), 0.4)
    for chain, scale in (("tron", 1.0), ("eth", 0.3), ("btc", 0.4)):
        pools[f"wallet:{chain}"] = many(partial(wallets.wallet_ident, rng, chain), scale)
    for family in ["investment"] + [f for f in ("gambling", "phishing") if f in net.types]:
        name = net.gambling_brand if family == "gambling" else net.brand
        domains = many(partial(web.domain_ident, rng, family, name), 0.4)
        pools[f"domain:{family}"] = domains
        pools[f"url:{family}"] = _rotate(
            rng, [fresh(partial(web.app_link_ident, rng, d)) for d in domains], span, life
        )
    pools["email"] = many(lambda: web.email_ident(rng, None), 0.3)


def _assign_types(rng: random.Random, cfg: WorldConfig) -> list[tuple[str, ...]]:
    """Scam types per network; every configured type is run by at least one network."""
    names = sorted(t for t, w in cfg.type_mix.items() if w > 0)
    lo, hi = cfg.types_per_network
    out: list[list[str]] = [[] for _ in range(cfg.networks)]
    for i, name in enumerate(rng.sample(names, len(names))):
        out[i % cfg.networks].append(name)
    for types in out:
        want = rng.randint(lo, hi)
        while len(types) < min(want, len(names)):
            extra = rng.choice(names)
            if extra not in types:
                types.append(extra)
    return [tuple(sorted(t)) for t in out]


@dataclass
class Infrastructure:
    """Everything the report generator draws on: networks, shared services, common values."""

    networks: list[Network]
    services: list[Network]
    hotlines: dict[str, list[Ident]]
    exchanges: dict[str, list[Ident]]
    commons: list[Ident]
    by_type: dict[str, list[Network]]
    innocents: dict[str, innocent.Innocents] = field(default_factory=dict)
    kits: list[Network] = field(default_factory=list)  # phishing-kit sellers (simulate.kits)
    # Numbers crews spoof and desks that file reports, per country (simulate.spoofing).
    officials: dict[str, spoofing.Officials] = field(default_factory=dict)
    seed: int = 0  # the world's seed (one-off operations draw their values from it)

    def service(self, sid: str) -> Network:
        return next(s for s in self.services if s.id == sid)

    def all_identifiers(self) -> list[Ident]:
        seen: dict[int, Ident] = {}
        for net in [*self.networks, *self.services, *self.kits]:
            for ident in net.identifiers():
                seen.setdefault(id(ident), ident)
        extra = [i for group in self.hotlines.values() for i in group]
        extra += [i for group in self.exchanges.values() for i in group] + self.commons
        extra += [i for group in self.innocents.values() for i in group.all()]
        extra += [i for group in self.officials.values() for i in group.all()]
        for ident in extra:
            seen.setdefault(id(ident), ident)
        return list(seen.values())


def _share_service(rng: random.Random, net: Network, service: Network) -> None:
    """Let ``net`` launder through ``service``: its accounts and wallets join net's pools."""
    net.services.append(service.id)
    for name, pool in service.pools.items():
        for ident in pool:
            if net.id not in ident.networks:
                ident.networks.append(net.id)
        net.pools.setdefault(name, []).extend(pool)


def build(cfg: WorldConfig, seed: int) -> Infrastructure:
    """Build the networks of a world (deterministic for ``(cfg, seed)``)."""
    rng = random.Random(f"tipoff-world:{seed}")
    span = (cfg.end - cfg.start).days
    reg = Registry()
    networks = []
    for i, types in enumerate(_assign_types(rng, cfg)):
        base = rng.choice(sorted(COMPOUNDS))
        net = Network(
            f"NET-{i + 1:03d}",
            base,
            rng.choice(COMPOUNDS[base]),
            types,
            web.brand(rng, "investment"),
            web.brand(rng, "gambling"),
        )
        _build_pools(rng, cfg, net, span, reg)
        for ident in net.identifiers():
            ident.networks.append(net.id)
        networks.append(net)
    services = [
        _laundering_service(rng, cfg, f"SVC-{j + 1:02d}", span, reg)
        for j in range(cfg.laundering_services)
    ]
    for net in networks:
        if services and rng.random() < cfg.share_probability:
            _share_service(rng, net, rng.choice(services))
            for _ in range(cfg.services_per_network - 1):
                more = rng.choice(services)
                if more.id not in net.services:
                    _share_service(rng, net, more)
    for net in networks:
        net.index(span)
    if cfg.laundering_weight:
        for svc in services:
            svc.index(span)
    by_type: dict[str, list[Network]] = {}
    for net in networks:
        for t in net.types:
            by_type.setdefault(t, []).append(net)
    commons = common.contract_idents() + common.platform_host_idents()
    return Infrastructure(
        networks,
        services,
        common.hotline_idents(),
        common.exchange_idents(),
        commons,
        by_type,
        innocent.build(seed, VICTIM_COUNTRIES) if cfg.innocent_probability else {},
        officials=(
            spoofing.build(seed, VICTIM_COUNTRIES, cfg.spoof_listed)
            if cfg.spoof_share or cfg.reporter_share
            else {}
        ),
        seed=seed,
    )


def _laundering_service(
    rng: random.Random, cfg: WorldConfig, sid: str, span: int, reg: Registry
) -> Network:
    """A laundering service: a few mule accounts per country and a wallet cluster, no victims of
    its own."""
    svc = Network(sid, "KH", "Phnom Penh", (), "", "")
    for country in VICTIM_COUNTRIES:
        svc.pools[f"account:{country}"] = _rotate(
            rng,
            [reg.fresh(partial(accounts.national_account, rng, country)) for _ in range(2)],
            span,
            cfg.rotation_days,
        )
    svc.pools["wallet:tron"] = _rotate(
        rng,
        [reg.fresh(lambda: wallets.wallet_ident(rng, "tron")) for _ in range(4)],
        span,
        cfg.rotation_days,
    )
    svc.pools["iban"] = _rotate(
        rng,
        [reg.fresh(lambda: accounts.european_iban(rng)) for _ in range(2)],
        span,
        cfg.rotation_days,
    )
    for ident in svc.identifiers():
        ident.attrs["service"] = sid
    return svc
