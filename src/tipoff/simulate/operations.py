"""One-off operations of a few reports each: a fake buyer or seller works several victims.

``WorldConfig.one_off_share`` makes a report a one-off scam, each its own crew of one report
(``crews.one_off``). On marketplaces an "operation" is rarely that lone: the same fake buyer
writes to two to six sellers with one phone and one account, some victims name the phone,
some the account, some only the escrow link. With ``operation_reports`` (lo, hi), the one-off
reports are grouped into operations of about lo..hi reports each (the exact number varies:
an operation is a run of consecutive report numbers, and only the one-off reports among
them are its). Each operation is built from its own random stream, so every report of it,
in whichever worker writes it, sees the same values; its kit (``tipoff.simulate.kits``)
is drawn once for all of its reports.
"""

from __future__ import annotations

import random
from functools import lru_cache

from tipoff.simulate import crews, kits
from tipoff.simulate.config import WorldConfig
from tipoff.simulate.identity import Ident
from tipoff.simulate.network import Infrastructure, Network

# Report numbers are cut into blocks of this many, each cut into runs (operations) from its
# own stream: a report's operation is found without drawing every run before it.
BLOCK = 512


@lru_cache(maxsize=64)
def _run_ends(seed: int, block: int, lo: int, hi: int, share: float) -> tuple[int, ...]:
    """Where each operation of ``block`` ends (exclusive, report numbers within the block)."""
    rng = random.Random(f"tipoff-operation-runs:{seed}:{block}")
    ends, at = [], 0
    while at < BLOCK:
        at = min(BLOCK, at + max(1, round(rng.randint(lo, hi) / share)))
        ends.append(at)
    return tuple(ends)


def operation_number(seed: int, index: int, cfg: WorldConfig) -> int:
    """The operation of one-off report ``index`` (unique over the world)."""
    block, within = divmod(index, BLOCK)
    lo, hi = cfg.operation_reports
    ends = _run_ends(seed, block, lo, hi, cfg.one_off_share)
    run = next(i for i, end in enumerate(ends) if within < end)
    return block * BLOCK + run


def operation(
    world: Infrastructure,
    cfg: WorldConfig,
    index: int,
    countries: tuple[tuple[str, float], ...],
    span: int,
) -> tuple[Network, list[Ident]]:
    """The operation of one-off report ``index`` and its identifiers of its own (those the
    truth lists besides the world's: not the kits')."""
    number = operation_number(world.seed, index, cfg)
    rng = random.Random(f"tipoff-operation:{world.seed}:{number}")
    names = [c for c, _ in countries]
    country = rng.choices(names, weights=[w for _, w in countries])[0]
    net = crews.one_off(rng, country, "phishing", number, span)
    net.id = f"ONE-{number:07d}"
    net.markets = (country,)
    for ident in net.identifiers():
        ident.networks[:] = [net.id]
    if world.kits:
        kits.one_off_sites(rng, net, world.kits, cfg, span, number)
    own = [i for i in net.identifiers() if "kit" not in i.attrs]
    for ident in own:
        ident.networks[:] = [net.id]
        ident.attrs["operation"] = net.id
    return net, own
