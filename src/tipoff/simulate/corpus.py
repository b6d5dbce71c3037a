"""Standalone labelled texts: scam messages at every stage, ordinary messages, job ads.

These feed the classifier (``messages``) and the job-ad screening (``job_ads``). Every
text carries its label from the typology of docs/typology.md (or ``not_scam``), its
language, its conversation stage and the network that sent it.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from functools import cache

from tipoff.simulate.common import LEGIT_LINKS
from tipoff.simulate.compose import Writer, pick_weighted
from tipoff.simulate.config import WorldConfig
from tipoff.simulate.network import Infrastructure, build
from tipoff.simulate.phrases import LANGUAGES, language
from tipoff.simulate.reports import dress

LANGUAGE_MIX = (
    ("en", 0.2),
    ("ja", 0.18),
    ("zh", 0.14),
    ("ko", 0.1),
    ("th", 0.1),
    ("vi", 0.1),
    ("id", 0.09),
    ("tl", 0.09),
)
COUNTRY_OF_LANGUAGE: dict[str, tuple[tuple[str, float], ...]] = {
    "en": (("US", 0.45), ("AU", 0.25), ("SG", 0.2), ("PH", 0.1)),
    "ja": (("JP", 1.0),),
    "zh": (("CN", 0.85), ("SG", 0.15)),
    "ko": (("KR", 1.0),),
    "th": (("TH", 1.0),),
    "vi": (("VN", 1.0),),
    "id": (("ID", 1.0),),
    "tl": (("PH", 1.0),),
}
_EMOJI = ("😊", "🙏", "❤️", "💰", "📈", "👍", "🔥", "‼️")


@cache
def default_world(seed: int) -> Infrastructure:
    """A small world (12 networks) for standalone texts, cached per seed."""
    return build(WorldConfig(networks=12, identifiers_per_kind=(3, 6)), seed)


def scam_message(
    rng: random.Random,
    world: Infrastructure,
    cfg: WorldConfig,
    lang: str,
    country: str,
    label: str | None = None,
) -> dict[str, object]:
    """One scam message of a random (or the given) type and stage, sent by a network running
    that type."""
    types = tuple((t, w) for t, w in sorted(cfg.type_mix.items()) if w > 0 and t in world.by_type)
    scam_type = label or pick_weighted(rng, types)
    network = rng.choice(world.by_type[scam_type])
    stages = language(lang).SCAM[scam_type]
    stage = rng.choice(sorted(stages))
    writer = Writer(rng, world, network, country, lang, rng.randrange(0, 360), cfg.noise, scam_type)
    text = dress(rng, writer.render(rng.choice(stages[stage])), lang, stage)
    if rng.random() < cfg.noise.emoji:
        text += " " + rng.choice(_EMOJI)
    return {
        "text": text,
        "lang": lang,
        "label": scam_type,
        "stage": stage,
        "network": network.id,
        "identifiers": [ident.key for ident, _ in writer.used],
    }


def ordinary_message(
    rng: random.Random, world: Infrastructure, cfg: WorldConfig, lang: str, country: str
) -> dict[str, object]:
    """One ordinary message (bank notice, delivery, family chat, marketing, OTP, work, police
    warning)."""
    negatives = language(lang).NEGATIVE
    category = rng.choice(sorted(negatives))
    writer = Writer(rng, world, world.networks[0], country, lang, 0, cfg.noise)
    text = writer.render(rng.choice(negatives[category]))
    if category in ("bank", "delivery", "marketing", "warning") and rng.random() < 0.35:
        text += " " + rng.choice(
            LEGIT_LINKS[country][:-1]
        )  # real brands link to their own sites too
    return {
        "text": text,
        "lang": lang,
        "label": "not_scam",
        "stage": None,
        "network": None,
        "category": category,
        "identifiers": [ident.key for ident, _ in writer.used],
    }


def messages(
    n: int,
    seed: int,
    *,
    world: Infrastructure | None = None,
    config: WorldConfig | None = None,
    negative_share: float | None = None,
) -> Iterator[dict[str, object]]:
    """``n`` labelled messages in eight languages, deterministic for ``seed``.

    Each is ``{id, text, lang, label, stage, network, identifiers}``: ``label`` is a scam type
    (docs/typology.md) or ``"not_scam"``; ``stage`` is the conversation stage (None for negatives).
    """
    cfg = config or WorldConfig()
    world = world or default_world(seed)
    share = cfg.negative_share if negative_share is None else negative_share
    rng = random.Random(f"tipoff-messages:{seed}")
    for i in range(n):
        lang = pick_weighted(rng, LANGUAGE_MIX)
        country = pick_weighted(rng, COUNTRY_OF_LANGUAGE[lang])
        if rng.random() < share:
            record = ordinary_message(rng, world, cfg, lang, country)
        else:
            record = scam_message(rng, world, cfg, lang, country)
        yield {"id": f"M{seed}-{i:08d}", **record}


def job_ad(
    rng: random.Random, world: Infrastructure, cfg: WorldConfig, lure: bool, lang: str
) -> dict[str, object]:
    """One job ad or recruiter chat: a trafficking lure into a compound, or an ordinary ad."""
    country = pick_weighted(rng, COUNTRY_OF_LANGUAGE[lang])
    phrases = language(lang)
    network = rng.choice(world.networks)
    writer = Writer(
        rng, world, network, "XX" if lure else country, lang, rng.randrange(0, 360), cfg.noise
    )
    writer.values["place"] = network.place if rng.random() < 0.6 else writer.value("place")
    text = writer.render(rng.choice(phrases.JOB_LURE if lure else phrases.JOB_OK))
    if not lure and rng.random() < 0.5:
        links = LEGIT_LINKS[country]
        text += " " + (
            links[-1]
            if rng.random() < 0.6
            else f"careers@{links[0].split('www.')[-1].removeprefix('https://')}"
        )
    return {
        "text": text,
        "lang": lang,
        "label": "job.trafficking_lure" if lure else "not_scam",
        "network": network.id if lure else None,
        "identifiers": [ident.key for ident, _ in writer.used],
    }


def job_ads(
    n: int, seed: int, *, world: Infrastructure | None = None, config: WorldConfig | None = None
) -> Iterator[dict[str, object]]:
    """``n`` job ads and recruiter chats, a ``lure_share`` of them trafficking lures."""
    cfg = config or WorldConfig()
    world = world or default_world(seed)
    rng = random.Random(f"tipoff-jobs:{seed}")
    for i in range(n):
        lang = pick_weighted(rng, LANGUAGE_MIX)
        yield {
            "id": f"J{seed}-{i:08d}",
            **job_ad(rng, world, cfg, rng.random() < cfg.lure_share, lang),
        }


__all__ = ["LANGUAGES", "job_ads", "messages"]
