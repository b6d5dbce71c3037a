"""Fill text templates with a network's identifiers and everyday words, adding noise.

A :class:`Writer` is the voice of one report (or one standalone message): it knows
the network, the victim's country and language and the day, fills template fields
lazily, reuses the same identifier when a field comes back, and records every
identifier it wrote with the exact spelling used, so ground truth matches the text.
"""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Callable
from functools import cache
from string import Formatter
from types import ModuleType

from tipoff.simulate import money
from tipoff.simulate.config import NoiseConfig
from tipoff.simulate.crews import MuleChain
from tipoff.simulate.identity import Ident
from tipoff.simulate.network import Infrastructure, Network
from tipoff.simulate.phrases import language
from tipoff.simulate.respell import respell

MESSENGERS = ("telegram", "whatsapp", "line", "wechat", "kakaotalk", "zalo")
IDENTIFIER_FIELDS = frozenset(
    {
        "contact",
        "phone",
        "url",
        "domain",
        "wallet",
        "account",
        "iban",
        "email",
        "hotline",
        "spoof",
        "exchange",
        "contract",
        *MESSENGERS,
    }
)
# Words that name the messenger a template moves the victim to; {contact} then means that app.
_PLATFORM_WORDS = (
    ("telegram", ("telegram", "テレグラム", "飞机", "텔레그램", "เทเลแกรม", " tg ")),
    ("whatsapp", ("whatsapp", " wa ")),
    ("line", ("line", "ライン", "ไลน์")),
    ("wechat", ("微信", "wechat")),
    ("kakaotalk", ("카톡", "카카오톡", "kakao")),
    ("zalo", ("zalo",)),
)
# Messenger a scammer moves victims to, by victim country (the platform_switch stage,
# docs/typology.md).
PLATFORMS: dict[str, tuple[tuple[str, float], ...]] = {
    "JP": (("line", 0.75), ("telegram", 0.15), ("whatsapp", 0.1)),
    "TH": (("line", 0.7), ("telegram", 0.2), ("whatsapp", 0.1)),
    "CN": (("wechat", 0.8), ("telegram", 0.2)),
    "KR": (("kakaotalk", 0.7), ("telegram", 0.3)),
    "VN": (("zalo", 0.7), ("telegram", 0.3)),
}
DEFAULT_PLATFORMS = (("whatsapp", 0.55), ("telegram", 0.45))
# Which kind of fake site a scam type links to (falls back to the network's investment sites).
_DOMAIN_FAMILY = {
    "gambling": "gambling",
    "phishing": "phishing",
    "impersonation.service": "phishing",
    "impersonation.bank": "phishing",
}
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_LATIN_SCRIPT = frozenset({"en", "id", "tl", "vi"})  # languages whose texts get letter-swap typos
_PLACES = [
    "Sihanoukville",
    "Phnom Penh",
    "Bangkok",
    "Myawaddy",
    "Poipet",
    "Dubai",
    "Laos",
    "Manila",
    "Bavet",
]


@cache
def parsed(template: str) -> tuple[tuple[str, str | None], ...]:
    """A template split into (literal, field) pairs, parsed once."""
    return tuple((lit, name) for lit, name, _, _ in Formatter().parse(template))


@cache
def contact_platform(template: str) -> str:
    """The messenger a template names next to ``{contact}`` ("contact" when it names none)."""
    lowered = f" {template.lower()} "
    for platform, words in _PLATFORM_WORDS:
        if any(w in lowered for w in words):
            return platform
    return "contact"


def template_fields(template: str) -> frozenset[str]:
    return frozenset(name for _, name in parsed(template) if name)


@cache
def _cumulative(options: tuple[tuple[str, float], ...]) -> tuple[list[float], float]:
    acc, out = 0.0, []
    for _, weight in options:
        acc += weight
        out.append(acc)
    return out, acc


def pick_weighted(rng: random.Random, options: tuple[tuple[str, float], ...]) -> str:
    """One name from (name, weight) pairs; cumulative weights are cached per option tuple."""
    cumulative, total = _cumulative(options)
    return options[min(bisect_right(cumulative, rng.random() * total), len(options) - 1)][0]


class Writer:
    """Lazy template filler for one report or message; records the identifiers it writes."""

    def __init__(
        self,
        rng: random.Random,
        world: Infrastructure,
        network: Network,
        country: str,
        lang: str,
        day: int,
        noise: NoiseConfig,
        scam_type: str = "",
        *,
        mules: dict[str, MuleChain] | None = None,
        launder: float = 0.0,
        respelled: float = 0.0,
        recruited: tuple[Ident, ...] = (),
        recruited_weight: float = 0.0,
    ) -> None:
        self.rng, self.world, self.network = rng, world, network
        self.mules, self.launder = mules, launder  # WorldConfig.mule_victims, laundering_weight
        # Victims' accounts the crew uses today, and the chance a payment goes to one
        # (WorldConfig.victim_mule_weight, tipoff.simulate.victim_mules).
        self.recruited, self.recruited_weight = recruited, recruited_weight
        self.respelled = respelled  # WorldConfig.spelling_variants
        self.scam_type = scam_type or "romance"
        self.family = _DOMAIN_FAMILY.get(scam_type, "investment")
        self.country, self.lang, self.day, self.noise = country, lang, day, noise
        self.phrases: ModuleType = language(lang)
        self._latin = lang in _LATIN_SCRIPT
        self.values: dict[str, str] = {}
        self.used: list[tuple[Ident, str]] = []
        self.idents: dict[str, Ident] = {}

    # -- public -----------------------------------------------------------------------------
    def render(self, template: str) -> str:
        """Fill ``template``; literal text may get a typo, identifiers keep their spelling."""
        if self._latin and self.rng.random() < self.noise.typo:
            return self._render_with_typo(template)
        out = []
        values = self.values
        for literal, name in parsed(template):
            if literal:
                out.append(literal)
            if name:
                if name == "contact":
                    name = contact_platform(template)
                value = values.get(name)
                if value is None:
                    value = values[name] = self._fill(name)
                out.append(value)
        return "".join(out)

    def _render_with_typo(self, template: str) -> str:
        out, typo = [], True
        for literal, name in parsed(template):
            if literal:
                out.append(self._typo(literal) if typo and len(literal) > 12 else literal)
                typo = typo and len(literal) <= 12
            if name:
                out.append(self.value(contact_platform(template) if name == "contact" else name))
        return "".join(out)

    def value(self, name: str) -> str:
        if name not in self.values:
            self.values[name] = self._fill(name)
        return self.values[name]

    def ident(self, slot: str) -> Ident | None:
        """The identifier behind an identifier field (drawn once per writer)."""
        if slot not in self.idents:
            found = self._draw(slot)
            if found is None:
                return None
            self.idents[slot] = found
        return self.idents[slot]

    def spell(self, ident: Ident) -> str:
        """One raw spelling of ``ident`` with the writer's noise, recorded as used."""
        forms = ident.forms(self.lang, self.country)
        raw = forms[int(self.rng.random() * len(forms))]
        # Drawn only when on, so that worlds without the option keep their bytes.
        if self.respelled and not ident.common and self.rng.random() < self.respelled:
            raw = respell(self.rng, ident, raw, self.lang)
        if (
            ident.kind in ("url", "domain")
            and not ident.common
            and self.rng.random() < self.noise.defang
        ):
            raw = raw.replace("https://", "hxxps://").replace(".", "[.]", 1)
        elif (
            self.lang == "ja"
            and ident.kind in ("phone", "bank_account")
            and self.rng.random() < self.noise.fullwidth_digits
        ):
            raw = raw.translate(_FULLWIDTH)
        self.used.append((ident, raw))
        return raw

    # -- fields -----------------------------------------------------------------------------
    def _fill(self, name: str) -> str:
        if name in IDENTIFIER_FIELDS:
            ident = self.ident(name)
            return self.spell(ident) if ident is not None else self._fallback(name)
        rng, words = self.rng, self.phrases.WORDS
        if name in words:
            options = words[name]
            word: str = options[int(rng.random() * len(options))]
            return word
        if name in ("amount", "small"):
            amount = money.draw_loss(
                rng, "job.mule" if name == "small" else self.scam_type, self.country, 0.8
            )
            if name == "small":
                amount = max(money.CURRENCY[self.country][2], round(amount / 10, -1))
            return money.spell_amount(rng, amount, self.country, self.lang)
        simple: dict[str, Callable[[], str]] = {
            "brand": lambda: (
                self.network.gambling_brand if self.family == "gambling" else self.network.brand
            ),
            "pct": lambda: str(rng.choice([1.5, 2, 3, 5, 8, 12, 30])),
            "case": lambda: f"{rng.choice('ABCDEFHK')}{rng.randrange(10**6, 10**7)}",
            "otp": lambda: f"{rng.randrange(10**6):06d}",
            "salary": lambda: str(rng.choice([800, 1000, 1200, 1500, 2000, 3000])),
            "place": lambda: rng.choice(_PLACES),
            "days": lambda: str(rng.randint(1, 7)),
            "date": lambda: "",
            "channel": lambda: rng.choice(words["channel"]),
        }
        return simple[name]() if name in simple else name

    def _fallback(self, name: str) -> str:
        return {"contact": "LINE", "account": "ATM", "wallet": "USDT"}.get(name, "")

    def _draw(self, slot: str) -> Ident | None:
        rng, net, day, country = self.rng, self.network, self.day, self.country
        if slot == "contact":
            platform = pick_weighted(rng, PLATFORMS.get(country, DEFAULT_PLATFORMS))
            return net.pick(rng, platform, day) or net.pick(rng, "telegram", day)
        if slot in MESSENGERS:
            return net.pick(rng, slot, day) or net.pick(rng, "telegram", day)
        if slot in ("url", "domain"):
            return net.pick(rng, f"{slot}:{self.family}", day) or net.pick(
                rng, f"{slot}:investment", day
            )
        if slot == "phone":
            if rng.random() < 0.45:
                local = net.pick(rng, f"phone:{country}", day)
                if local is not None:
                    return local
            return net.pick(rng, "phone", day)
        if slot == "account" and self.recruited and rng.random() < self.recruited_weight:
            return self.recruited[int(rng.random() * len(self.recruited))]
        launders = self.launder and net.services and slot in ("account", "wallet")
        if launders and rng.random() < self.launder:
            service = self.world.service(net.services[int(rng.random() * len(net.services))])
            pool = f"account:{country}" if slot == "account" else "wallet:tron"
            return service.pick(rng, pool, day) or net.pick(rng, pool, day)
        if slot == "account":
            if rng.random() < 0.04:
                return net.pick(rng, "iban", day)
            picked = net.pick(rng, f"account:{country}", day)
            if self.mules is not None and picked is not None and "service" not in picked.attrs:
                return self.mules[country].at(day)  # the crew's mule of the moment
            return picked
        if slot == "wallet":
            chain = pick_weighted(rng, (("tron", 0.75), ("eth", 0.1), ("btc", 0.15)))
            return net.pick(rng, f"wallet:{chain}", day) or net.pick(rng, "wallet:tron", day)
        if slot == "hotline":
            return rng.choice(self.world.hotlines[country])
        if slot == "spoof":
            switchboards = [i for i in self.world.hotlines[country] if i.value.startswith("+")]
            return rng.choice(switchboards or self.world.hotlines[country])
        if slot == "exchange":
            return rng.choice(self.world.exchanges[country])
        if slot == "contract":
            return self.world.commons[0]
        return net.pick(rng, slot, day)

    def _typo(self, text: str) -> str:
        """Swap two neighbouring letters inside one word (a fast, human-looking typo)."""
        i = self.rng.randrange(1, len(text) - 2)
        if text[i].isalpha() and text[i + 1].isalpha():
            return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        return text
