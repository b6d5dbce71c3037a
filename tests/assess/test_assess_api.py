"""assess(): the Assessment contract, input checks, lazy loading and thread safety."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from tipoff.assess import assess, assess_many
from tipoff.assess.taxonomy import LABELS
from tipoff.errors import ValidationError


def test_assessment_contract() -> None:
    result = assess(
        "Guaranteed profit 5% daily! Add me on WhatsApp and deposit USDT", kind="message"
    )
    assert set(result.labels) == set(LABELS)
    assert all(0.0 <= p <= 1.0 for p in result.labels.values())
    assert result.labels["not_scam"] == pytest.approx(1 - result.scam_probability, abs=1e-5)
    assert result.labels["investment"] >= result.labels["investment.pig_butchering"]
    assert result.language == "en" and result.model_version
    assert {"guaranteed_returns", "percent_return", "pay_usdt"} <= {
        f.code for f in result.red_flags
    }
    assert result.facets["payment_rail"] == ["crypto_usdt_trc20"]


def test_given_language_is_kept() -> None:
    assert assess("ok", lang="tl").language == "tl"


def test_job_ads_get_trafficking_lure_scores() -> None:
    ad = (
        "Hiring customer service staff, salary $1500 plus commission. Free flight, visa and "
        "accommodation. Work in Myawaddy. Travel on a tourist visa."
    )
    result = assess(ad, kind="job_ad")
    assert result.labels["job.trafficking_lure"] > 0.5
    assert "hotspot_place" in {f.code for f in result.red_flags}


def test_bad_input_raises_clear_errors() -> None:
    with pytest.raises(ValidationError):
        assess(None)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        assess("hello", kind="tweet")  # type: ignore[arg-type]


def test_odd_texts_are_assessed() -> None:
    results = assess_many(["", "\x00", "\ud800", "x" * 200_000, "🙂"])
    assert len(results) == 5 and all(0 <= r.scam_probability <= 1 for r in results)


def test_import_loads_nothing() -> None:
    # Watch numpy.load (how the model's weights are read) instead of a private global: no
    # load on import, one on the first assessment (so the watch itself is shown to work).
    code = (
        "import numpy; calls = []; load = numpy.load\n"
        "numpy.load = lambda *a, **k: calls.append(a) or load(*a, **k)\n"
        "import tipoff.assess; print(len(calls))\n"
        "tipoff.assess.assess('hello there'); print(len(calls) > 0)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "True"]


def test_threads_share_one_model() -> None:
    texts = [f"Your account {i} will be suspended, verify at bit.ly/{i}" for i in range(50)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(assess, texts))
    assert len({r.model_version for r in results}) == 1
    assert all(r.scam_probability > 0.5 for r in results)
