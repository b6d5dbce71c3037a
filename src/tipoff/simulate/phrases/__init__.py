"""Text templates of the synthetic world, one module per language.

Each language module defines:

- ``SCAM``: scam type -> conversation stage -> message templates written as scammers write them;
- ``NARRATIVE``: pieces of a victim's report ("intro", "close", "paid", "lost_contact",
  plus a summary per scam type);
- ``NEGATIVE``: category -> ordinary messages (bank notices, deliveries, family chats,
  marketing, OTP);
- ``JOB_LURE`` and ``JOB_OK``: recruiter lures into compounds and ordinary job ads;
- ``WORDS``: small vocabularies (persona names, relatives, agencies, carriers).

Templates use ``str.format`` fields. Identifier fields (``contact``, ``phone``, ``url``,
``domain``, ``wallet``, ``account``, ``iban``, ``email``, ``spoof``, ``hotline``) are filled
with a network's identifiers and recorded as ground truth; the others (``name``,
``amount``, ``brand`` ...) are plain words.
"""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType

LANGUAGES = ("en", "ja", "zh", "ko", "th", "vi", "id", "tl")


@cache
def language(lang: str) -> ModuleType:
    """The phrase module of ``lang`` (loaded on first use, then cached)."""
    if lang not in LANGUAGES:
        raise KeyError(f"no phrases for language {lang!r}")
    return importlib.import_module(f"tipoff.simulate.phrases.{lang}")
