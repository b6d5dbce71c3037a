"""Public API contract: lazy import, thread safety, robustness, CLI."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest
from typer.testing import CliRunner

from tipoff.cli.main import build_app
from tipoff.indicators import canonicalize, extract
from tipoff.model import FoundIndicator

SAMPLE = (
    "LINE ID: scam_boss88 電話 090-1234-5678 三井住友銀行 新宿支店 普通 7654321。"
    "USDT TRC20 TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7 hxxps://bitget-vip[.]top/login a@b.top"
)


def test_import_loads_no_tables() -> None:
    code = (
        "import sys, tipoff.indicators; "
        "heavy = {'phonenumbers', 'tldextract', 'schwifty', 'ahocorasick'} & set(sys.modules); "
        "print(sorted(heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_results_are_ordered_found_indicators() -> None:
    found = extract(SAMPLE, country_hint="JP")
    assert all(isinstance(f, FoundIndicator) for f in found)
    assert [f.start for f in found] == sorted(f.start for f in found)
    kinds = {f.kind.value for f in found}
    assert kinds == {"handle", "phone", "bank_account", "wallet", "url", "domain", "email"}


def test_results_equal_dataclass_built_ones() -> None:
    """extract() fills FoundIndicator's slots directly; the objects must be the dataclass's own."""
    found = extract(SAMPLE)
    rebuilt = [
        FoundIndicator(f.kind, f.value, f.start, f.end, f.raw, f.confidence, f.common, f.attributes)
        for f in found
    ]
    assert found == rebuilt
    assert [hash(f) for f in found] == [hash(f) for f in rebuilt]
    assert [repr(f) for f in found] == [repr(f) for f in rebuilt]
    with pytest.raises(AttributeError):
        found[0].value = "x"  # still frozen


def test_thread_safe_and_deterministic() -> None:
    expected = extract(SAMPLE, country_hint="JP")
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: extract(SAMPLE, country_hint="JP"), range(64)))
    assert all(result == expected for result in results)


@pytest.mark.parametrize("bad", ["", None, 42, b"bytes"])
def test_non_text_input_yields_nothing(bad: object) -> None:
    assert extract(bad) == []  # type: ignore[arg-type]


def test_canonicalize_unknown_kind_is_an_error() -> None:
    with pytest.raises(ValueError):
        canonicalize("colour", "red")
    assert canonicalize("phone", None) is None  # type: ignore[arg-type]


def test_cli_extract_and_eval() -> None:
    runner = CliRunner()
    app = build_app()
    result = runner.invoke(app, ["extract", "--json", "-c", "JP", "電話 090-1234-5678"])
    assert result.exit_code == 0, result.output
    assert '"value": "+819012345678"' in result.output
    result = runner.invoke(app, ["extract", "-"], input="mail a@b.top\n")
    assert result.exit_code == 0 and "a@b.top" in result.output
    result = runner.invoke(app, ["eval-extract"])
    assert result.exit_code == 0, result.output
    assert "phone" in result.output and "precision" in result.output


def test_cli_reports_a_malformed_warninglist_without_traceback(tmp_path) -> None:
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    result = CliRunner().invoke(
        build_app(), ["extract", "--warninglist-dir", str(tmp_path), "a@b.top"]
    )
    assert result.exit_code == 1
    assert "broken.json" in result.output
    assert "Traceback" not in result.output
