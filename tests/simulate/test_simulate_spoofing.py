"""Spoofed caller IDs and third-party reporters (tipoff.simulate.spoofing): the structure of
the `spoofed-caller` scenarios, their truth, and their determinism."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from pathlib import Path

import pytest

from tipoff.evaluation.scenario_links import ceiling_scores, true_identifier_links
from tipoff.indicators.warninglist import bundled_warninglist
from tipoff.simulate import WorldConfig, simulate
from tipoff.simulate.scenarios import scenario

N = 400
ROLES = ("spoofed_police", "spoofed_bank", "reporter_desk")


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _world(out: Path, name: str) -> Path:
    simulate(scenario(name).config(), 2, out, N, workers=1)
    return out


@pytest.fixture(scope="module")
def spoofed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _world(tmp_path_factory.mktemp("spoofed"), "spoofed-caller")


@pytest.fixture(scope="module")
def filers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _world(tmp_path_factory.mktemp("filers"), "third-party-filers")


@pytest.fixture(scope="module")
def listed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _world(tmp_path_factory.mktemp("listed"), "spoofed-caller-listed")


def _officials(world: Path) -> dict[str, dict]:
    idents = _read(world / "truth" / "identifiers.jsonl")
    return {i["key"]: i for i in idents if i["attrs"].get("role") in ROLES}


def test_the_same_official_numbers_reach_many_crews_as_caller_id(spoofed: Path) -> None:
    officials = _officials(spoofed)
    crews: dict[str, set[str]] = defaultdict(set)
    for truth in _read(spoofed / "truth" / "report_network.jsonl"):
        for found in truth["identifiers"]:
            if found["key"] in officials:
                crews[found["key"]].add(truth["network"])
                assert found["common"]
    assert max(len(c) for c in crews.values()) >= 3
    assert {officials[k]["attrs"]["role"] for k in crews} == set(ROLES)
    assert all(not officials[k]["networks"] for k in crews)
    # On voice calls as the message's sender id, and listed by reporters as the caller.
    reports = _read(spoofed / "reports.jsonl")
    voice = [m for r in reports for m in r["messages"] if m.get("channel", "").startswith("voice")]
    callers = [i for r in reports for i in r.get("identifiers", []) if i["role"] == "caller"]
    assert len(voice) >= 20 and len(callers) >= 10


def test_no_list_holds_the_numbers_unless_the_listed_variant_asks(
    spoofed: Path, listed: Path
) -> None:
    warninglist = bundled_warninglist()

    def on_list(world: Path) -> int:
        return sum(
            bool(warninglist.matches("phone", i["value"])) for i in _officials(world).values()
        )

    assert on_list(spoofed) == 0
    assert on_list(listed) >= 2


def test_the_ceiling_never_links_through_an_official_number(spoofed: Path) -> None:
    perfect, crews_of = true_identifier_links(spoofed)
    assert ceiling_scores(perfect, crews_of).precision == 1.0


def test_a_spoofed_world_is_the_same_bytes_for_the_same_seed(spoofed: Path, tmp_path: Path) -> None:
    again = _world(tmp_path, "spoofed-caller")
    for name in ("reports.jsonl", "truth/identifiers.jsonl"):
        digest = [hashlib.sha256((w / name).read_bytes()).hexdigest() for w in (spoofed, again)]
        assert digest[0] == digest[1], name


def test_desks_note_earlier_cases_with_another_crews_payees(filers: Path) -> None:
    # A desk-filed report (signed with a desk number) may note the customer's earlier,
    # unrelated case: the account or wallet paid then, another crew's, marked history.
    idents = {i["key"]: i for i in _read(filers / "truth" / "identifiers.jsonl")}
    desks = {k for k, i in idents.items() if i["attrs"].get("role") == "reporter_desk"}
    filed = noted = 0
    for truth in _read(filers / "truth" / "report_network.jsonl"):
        keys = {f["key"] for f in truth["identifiers"]}
        history = [f for f in truth["identifiers"] if f.get("history")]
        filed += bool(keys & desks)
        if not history:
            continue
        noted += 1
        assert keys & desks, truth["external_id"]
        for found in history:
            assert idents[found["key"]]["kind"] in ("bank_account", "iban", "wallet")
            # another crew's (a laundering account may also serve the report's own crew)
            assert set(idents[found["key"]]["networks"]) - {truth["network"]}
    assert filed >= 0.3 * N and 0.15 * filed <= noted <= 0.5 * filed


def test_the_ceiling_never_links_through_an_earlier_case(filers: Path) -> None:
    perfect, crews_of = true_identifier_links(filers)
    assert ceiling_scores(perfect, crews_of).precision == 1.0


def test_spoofing_options_are_checked() -> None:
    with pytest.raises(ValueError, match="spoof_share"):
        WorldConfig(spoof_share=1.5)
    with pytest.raises(ValueError, match="prior_case_share"):
        WorldConfig(prior_case_share=-0.1)
