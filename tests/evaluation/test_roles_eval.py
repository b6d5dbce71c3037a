"""Role accuracy on a simulated world with innocent values (tipoff.evaluation.roles)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tipoff.evaluation.roles import main, score_roles
from tipoff.evaluation.world_links import extract_world
from tipoff.simulate.scenarios import scenario
from tipoff.simulate.writer import simulate


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("roles-world")
    config = scenario("innocent-commons").config(networks=8, innocent_probability=0.6)
    simulate(config, 21, out, 500, workers=1)
    return out


def test_third_parties_are_found_and_no_scam_value_is_lost(world: Path) -> None:
    scores = score_roles(world)
    total = scores.languages["all"]
    assert total.third > 50 and total.scam > 500
    # A crew's value called a reference stops linking: that error must stay (near) zero.
    assert total.false_reference <= 0.002
    assert total.third_recall >= 0.5
    assert scores.values and all(0 <= share <= 1 for share in scores.value_shares())


def test_command_prints_json(world: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main([str(world), "--limit", "50"])
    data = json.loads(capsys.readouterr().out)
    assert "all" in data["languages"] and "third_party_values" in data


def test_eval_links_reads_the_roles_intake_stores(world: Path) -> None:
    """`tipoff eval-links` links what intake would store: references marked, as in a relink."""
    links = extract_world(world).links
    assert links.reference is not None
    assert links.reference.shape == links.report_idx.shape
    assert 0 < int(links.reference.sum()) < links.reference.size
