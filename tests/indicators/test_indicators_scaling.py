"""No super-linear patterns: adversarial inputs of 100 kB finish well inside a loose bound.

Timed assertions are kept loose (seconds, on inputs that take milliseconds) so a
busy machine does not make them flaky; a quadratic pattern on 100 kB would take
minutes. The 1 MB worst cases are timed in bench/bench_extract.py.
"""

from __future__ import annotations

import time

import pytest

from tipoff.indicators import extract

SIZE = 100_000
CASES = {
    "digits": "7" * SIZE,
    "digits with spaces": "12 " * (SIZE // 3),
    "digits with dashes": "1-" * (SIZE // 2),
    "dots": "." * SIZE,
    "a-dot": "a." * (SIZE // 2),
    "a-at": "a@" * (SIZE // 2),
    "letters": "a" * SIZE,
    "long url": "https://example.com/" + "a" * SIZE,
    "plus ones": "+1 " * (SIZE // 3),
    "brackets": "[.]" * (SIZE // 3),
    "kana": "ー" * SIZE,
    "full-width digits": "０" * SIZE,
}


@pytest.mark.parametrize("name", list(CASES))
def test_adversarial_input_is_fast(name: str) -> None:
    extract("warm up +81 90 1234 5678", country_hint="JP")
    start = time.perf_counter()
    extract(CASES[name], country_hint="JP")
    assert time.perf_counter() - start < 3.0


def test_time_grows_linearly_with_input() -> None:
    unit = "a@b.c 1.2.3 090-1234 [.] 0x12 @x " * 200
    extract(unit)
    start = time.perf_counter()
    extract(unit)
    small = time.perf_counter() - start
    start = time.perf_counter()
    extract(unit * 20)
    large = time.perf_counter() - start
    assert large < max(small, 0.001) * 20 * 8  # 8x slack over linear
