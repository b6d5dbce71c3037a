"""Load every table the extractor builds lazily, once, before the first report.

Nothing loads at import time; a long-running process (the intake worker, the API,
a benchmark) calls :func:`preload` at start-up so that no report pays for it.
Without it the first reports that name a new country pay for phonenumbers'
metadata of that country (module import and regex compilation, ~1 ms each), the
Public Suffix List, the bank-name automaton, schwifty's registry and the
warninglists.
"""

from __future__ import annotations

import time

from tipoff.indicators import banks, crypto, hotlines, iban, phone_parse, phones, urls
from tipoff.indicators.normalize import fold
from tipoff.indicators.phone_fastpath import compile_metadata
from tipoff.indicators.warninglist import bundled_warninglist


def preload() -> float:
    """Build every lazily loaded table now; returns the CPU seconds it took."""
    started = time.process_time()
    _phone_metadata()
    fold("１")  # the fold table
    urls.registrable_domain("example.co.jp")
    banks.bank_table()
    list(banks.find_bank_names("", None))  # builds the bank-name automaton
    hotlines.hotline_table()
    bundled_warninglist()
    _money_libraries()
    return time.process_time() - started


def _phone_metadata() -> None:
    """Every region's and every non-geographic calling code's metadata, compiled."""
    import phonenumbers  # third-party: like every module here, imported on first use only

    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        compile_metadata(region=region)
    for code in sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE):
        compile_metadata(country_code=code)
        if code in phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS:
            phonenumbers.PhoneMetadata.metadata_for_nongeo_region(code)


def _money_libraries() -> None:
    """schwifty's registry (IBAN specs, BIC table) and the keccak module."""
    iban.canonical_iban("DE89 3704 0044 0532 0130 00")
    iban.canonical_bic("DEUTDEFF")
    crypto.canonical_wallet("0x52908400098527886E0F7030069857D2E4169EE7")


def clear_value_caches() -> None:
    """Forget every memoised answer about a value (phone parses, registrable domains,
    checksums, warninglist hits); the tables stay loaded. For benchmarks that
    measure the worst case, where no value was seen before."""
    for cached in (
        phone_parse._parse_cached,
        phones._part_verdict,
        phone_parse.plusless,
        urls.registrable_domain,
        crypto._checksummed,
        iban._schwifty_iban,
        iban._schwifty_bic,
    ):
        cached.cache_clear()
    bundled_warninglist().forget_answers()
