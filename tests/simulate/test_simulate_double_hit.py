"""Double hits (tipoff.simulate.doublehit): a victim worked by two crews at once names the
second crew's values; the report is the first crew's, the values the second's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tipoff.evaluation.scenario_links import ceiling_scores, true_identifier_links
from tipoff.simulate import WorldConfig, simulate
from tipoff.simulate.doublehit import ASKED_TO_PAY, CONTACTED
from tipoff.simulate.scenarios import scenario

N = 400


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def hits(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("double-hit")
    simulate(scenario("double-hit").config(), 2, out, N, workers=1)
    return out


def test_a_share_of_reports_names_a_second_crews_values(hits: Path) -> None:
    idents = {i["key"]: i for i in _read(hits / "truth" / "identifiers.jsonl")}
    reports = {r["external_id"]: r for r in _read(hits / "reports.jsonl")}
    truths = _read(hits / "truth" / "report_network.jsonl")
    named = [t for t in truths if any(f.get("other_crew") for f in t["identifiers"])]
    assert 0.12 * N <= len(named) <= 0.3 * N
    for truth in named:
        own = [f for f in truth["identifiers"] if not f.get("other_crew")]
        assert own  # the report's own scam is told too
        for found in truth["identifiers"]:
            if found.get("other_crew"):
                assert truth["network"] not in idents[found["key"]]["networks"]
                assert found["raw"] in reports[truth["external_id"]]["narrative"] or any(
                    i["value"] == found["raw"]
                    for i in reports[truth["external_id"]].get("identifiers", [])
                )


def test_the_ceiling_does_not_link_through_a_second_crews_values(hits: Path) -> None:
    perfect, crews_of = true_identifier_links(hits)
    assert ceiling_scores(perfect, crews_of).precision == 1.0


def test_every_report_language_tells_of_a_second_contact() -> None:
    languages = {"en", "ja", "zh", "ko", "th", "vi", "id", "tl"}
    assert set(CONTACTED) == set(ASKED_TO_PAY) == languages
    assert all("{other}" in t for ts in CONTACTED.values() for t in ts)


def test_double_hit_options_are_checked() -> None:
    with pytest.raises(ValueError, match="double_hit_share"):
        WorldConfig(double_hit_share=1.5)
    with pytest.raises(ValueError, match="double_hit_values"):
        WorldConfig(double_hit_values=0)
