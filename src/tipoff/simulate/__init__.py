"""A synthetic scam world with ground truth, to measure linking and assessment against.

Criminal networks in Cambodia, Myanmar, Laos and the Philippines run scams against
victims in ten countries through rotating, partly shared infrastructure. The world
streams victim reports in tipoff's intake format, labelled messages, job ads and a
payment stream, plus the ground truth that links every record to its network.

Public API (imported lazily so ``import tipoff.simulate`` stays cheap):

- ``messages(n, seed)``: labelled multilingual messages for the classifier;
- ``job_ads(n, seed)``: trafficking lures and ordinary job ads;
- ``WorldConfig``: the knobs; ``World(config, seed)``: the world and its record streams;
- ``simulate(config, seed, out_dir)``: write every file of a world to a directory.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "messages": "tipoff.simulate.corpus",
    "job_ads": "tipoff.simulate.corpus",
    "WorldConfig": "tipoff.simulate.config",
    "NoiseConfig": "tipoff.simulate.config",
    "World": "tipoff.simulate.world",
    "simulate": "tipoff.simulate.writer",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'tipoff.simulate' has no attribute {name!r}")
