"""Pause Python's cyclic garbage collector while a large batch of plain values is built.

Building or parsing a STIX bundle, or assessing a batch of texts, allocates tens of thousands
of dicts, lists and small objects and no reference cycles; each allocation burst makes the
collector rescan everything alive, which cost about 40 % of export time (bench/bench_stix.py)
and about 10-20 % of batched assessment (bench/bench_assess.py). Reference counting still
frees everything; the collector resumes (if it was on) when the block ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Disable the cyclic collector for the block, then restore its previous state."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
