"""Named world structures (tipoff.simulate.scenarios): valid intake records, truth consistent with
the text, the structure each scenario promises, determinism, and an unchanged default world."""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from tipoff.indicators.official import official_value
from tipoff.intake.analyse import Analyser
from tipoff.intake.schema import ReportIn
from tipoff.simulate import WorldConfig, simulate
from tipoff.simulate.crews import crew_shares, mule_chains
from tipoff.simulate.innocent import build as build_innocents
from tipoff.simulate.network import VICTIM_COUNTRIES, build
from tipoff.simulate.scenarios import SCENARIOS, scenario
from tipoff.simulate.world import World

N = 300
_HALFWIDTH = str.maketrans("０１２３４５６７８９－＋（）", "0123456789-+()")


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module", params=sorted(SCENARIOS))
def world(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple:
    out = tmp_path_factory.mktemp(request.param)
    simulate(scenario(request.param).config(), 3, out, N, workers=1)
    reports = _read(out / "reports.jsonl")
    truths = _read(out / "truth" / "report_network.jsonl")
    idents = {i["key"]: i for i in _read(out / "truth" / "identifiers.jsonl")}
    crews = {n["network"] for n in _read(out / "truth" / "networks.jsonl")}
    return request.param, reports, truths, idents, crews


def _text(report: dict) -> str:
    parts = [report["narrative"]]
    for m in report["messages"]:
        parts += [m["text"], m.get("from_id") or ""]
    parts += [p["payee"] for p in report["payments"]]
    parts += [i["value"] for i in report.get("identifiers", [])]
    return "\n".join(parts)


def test_every_scenario_writes_valid_intake_records(world: tuple) -> None:
    _, reports, *_ = world
    assert len(reports) == N
    for report in reports:
        try:
            ReportIn.model_validate(report)
        except ValueError as error:
            # Known, also in the default world: intake caps amounts at 1e10 in any currency,
            # and a large VND or IDR loss is above it (reported to intake's owner).
            assert "implausible_amount" in str(error), error


def test_every_scenario_has_truth_consistent_with_the_text(world: tuple) -> None:
    _, reports, truths, idents, crews = world
    by_id = {r["external_id"]: r for r in reports}
    assert [t["external_id"] for t in truths] == [r["external_id"] for r in reports]
    for truth in truths:
        assert truth["network"] in crews or truth["network"].startswith("ONE-")
        text = _text(by_id[truth["external_id"]])
        for found in truth["identifiers"]:
            assert found["raw"] in text, (truth["external_id"], found)
            ident = idents[found["key"]]
            assert ident["common"] == found["common"]
            # A value quoted from an earlier crew (recovery-rescam) is that crew's; a kit's
            # site is its renting crews', not the one-off operations'; the victim's own value
            # (victim-mules) is no crew's in the victim's report.
            kit = "kit" in ident["attrs"] and truth["network"].startswith("ONE-")
            assert (
                ident["common"]
                or found.get("history")
                or found.get("own")
                or kit
                or truth["network"] in ident["networks"]
            ), found
            assert ident["reports"] > 0


def test_each_scenario_has_its_structure(world: tuple) -> None:
    name, _, truths, idents, _ = world
    cited = [i for i in idents.values() if i["reports"]]
    scammers = {i["attrs"]["scammer"] for i in cited if "scammer" in i["attrs"]}
    innocent = [i for i in cited if i["attrs"].get("role", "").endswith(("_line", "_site"))]
    one_off = [t for t in truths if t["network"].startswith("ONE-")]
    mules = [i for i in cited if "mule_victims" in i["attrs"]]
    crews_of_service: dict[str, set[str]] = defaultdict(set)
    for truth in truths:
        for found in truth["identifiers"]:
            service = idents[found["key"]]["attrs"].get("service")
            if service:
                crews_of_service[service].add(truth["network"])
    parallel = name.startswith("parallel") or name in (
        "everything",
        "multi-market",
        "victim-mules-parallel",
    )
    assert (len(scammers) > 40) == parallel, len(scammers)
    own = [i for i in cited if "scammer" in i["attrs"]]
    assert all(i["kind"] in ("phone", "handle", "email") or i["attrs"]["platform"] for i in own)
    assert bool(innocent) == (name in ("innocent-commons", "everything", "many-small-innocent"))
    assert all(i["common"] and not i["networks"] for i in innocent)
    assert bool(one_off) == (
        name in ("heavy-tail", "everything", "many-small-innocent") or name.startswith("kit-")
    )
    operations = len({t["network"] for t in one_off})
    if scenario(name).options.get("operation_reports"):  # operations of several reports
        assert 0.15 * len(one_off) <= operations <= 0.8 * len(one_off), operations
    else:
        assert operations >= 0.8 * len(one_off)  # mostly single reports
    assert bool(mules) == (
        name
        in (
            "use-rotation",
            "parallel-use-rotation",
            "everything",
            "parallel-laundering",
            "many-small-innocent",
            "multi-market",
            "victim-mules-parallel",
        )
    )
    if name in ("laundering-heavy", "everything", "parallel-laundering", "multi-market"):
        assert max(len(c) for c in crews_of_service.values()) >= 3
    if name == "heavy-tail":
        sizes = Counter(t["network"] for t in truths if not t["network"].startswith("ONE-"))
        assert (
            len(sizes) > 40
            and sizes.most_common(1)[0][1] > 5 * sorted(sizes.values())[len(sizes) // 2]
        )


def test_reports_state_their_scam_type_in_every_scenario_but_the_default(world: tuple) -> None:
    """About 80% of reports carry the reporter's scam type: the report's own, or romance for
    pig butchering (tipoff.link.payee_types weighs payees by it)."""
    name, reports, truths, _, _ = world
    types = {t["external_id"]: t["scam_types"] for t in truths}
    stated = [(r["scam_type"], types[r["external_id"]]) for r in reports if "scam_type" in r]
    if name == "default":
        assert not stated
        return
    assert 0.7 * len(reports) <= len(stated) <= 0.9 * len(reports)
    assert all(given in types for given, types in stated)


def test_crews_work_their_own_markets_in_every_scenario_but_the_default(world: tuple) -> None:
    """A crew's victims come from its one or two countries; in multi-market half the crews
    are compounds working three to six; in the default world every crew takes victims from
    everywhere (as before markets existed)."""
    name, reports, truths, _, _ = world
    country = {r["external_id"]: r["victim_country"] for r in reports}
    markets: dict[str, set[str]] = defaultdict(set)
    for truth in truths:
        if not truth["network"].startswith("ONE-"):
            markets[truth["network"]].add(country[truth["external_id"]])
    widest = max(len(m) for m in markets.values())
    if name == "default":
        assert widest > 2
    elif name == "multi-market":
        assert 3 <= widest <= 6
    else:
        assert widest <= 2


def test_mule_chains_follow_a_crews_markets() -> None:
    """A crew's mules serve its own markets' victims: other countries get one idle account."""
    config = scenario("use-rotation").config(networks=10)
    world = World(config, 4)
    chains = world.mules(40_000)
    assert chains is not None
    for crew in world.infra.networks:
        assert 1 <= len(crew.markets) <= 2
        idle = [c for c, chain in chains[crew.id].items() if c not in crew.markets]
        assert all(len(chains[crew.id][c].accounts) == 1 for c in idle)
    accounts = sum(len(c.accounts) for per in chains.values() for c in per.values())
    assert 40_000 / 8 <= accounts <= 40_000 / 8 + 10 * len(VICTIM_COUNTRIES)


def test_market_options_are_checked() -> None:
    with pytest.raises(ValueError, match="markets_per_network"):
        WorldConfig(markets_per_network=(0, 2))
    with pytest.raises(ValueError, match="multi_market_share needs"):
        WorldConfig(multi_market_share=0.5)


def test_mule_chains_hold_about_n_victims_per_account() -> None:
    config = scenario("use-rotation").config(networks=10)
    infra = build(config, 4)
    shares = crew_shares(infra, config)
    assert sum(shares.values()) == pytest.approx(1.0)
    chains = mule_chains(infra, config, 4, 40_000)
    accounts = sum(len(c.accounts) for per in chains.values() for c in per.values())
    # ceil() per (crew, country) adds at most one account per chain.
    assert 40_000 / 8 <= accounts <= 40_000 / 8 + 10 * len(VICTIM_COUNTRIES)
    busiest = max((c for per in chains.values() for c in per.values()), key=lambda c: c.window)
    assert busiest.at(0) is busiest.accounts[0]
    assert busiest.at(10_000) is busiest.accounts[-1]


def test_innocent_values_are_extracted_and_on_no_warninglist() -> None:
    """No list names them; only the official-host rule (a government suffix) makes some common."""
    analyser = Analyser(with_assessment=False)
    for country, values in build_innocents(9, VICTIM_COUNTRIES).items():
        for ident in values.all():
            raw = ident.forms("en", country)[0]
            report = ReportIn.model_validate(
                {
                    "external_id": "x",
                    "narrative": f"I contacted {raw} after the scam.",
                    "victim_country": country,
                }
            )
            found = {f"{s.kind}:{s.value}": s.common for s in analyser.sightings(report)}
            official = official_value(ident.kind, ident.value)
            assert found.get(ident.key) is official, (country, raw, found)


def test_scenario_worlds_are_deterministic_for_any_worker_count(tmp_path: Path) -> None:
    config = scenario("everything").config(networks=4, scammers_per_network=(5, 10))
    simulate(config, 5, tmp_path / "a", 2100, workers=1)
    simulate(config, 5, tmp_path / "b", 2100, workers=2)
    for name in (
        "reports.jsonl",
        "manifest.json",
        "truth/identifiers.jsonl",
        "truth/report_network.jsonl",
    ):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


# sha256 of `tipoff simulate --reports 800 --seed 7` written before the structural options existed.
DEFAULT_DIGESTS = {
    "jobs.jsonl": "348e2d7fd2deace1113bdab8b81e463cd3d41405c100c51560c03e09c8ffd698",
    "manifest.json": "fe926b50cffc1444e61dd697710416fd81e5ffadf81728374a43c62448b9f67e",
    "messages.jsonl": "e1aa5604b0e7633287c924fc4a11e972890385d94aa1e72844b52949db5da0b3",
    "payments.jsonl": "d6b98c4229efaca6f5fd72b9d7f32c27d1b10e4e55a5741e8e46b60ca863b0d4",
    "reports.jsonl": "4bfee7fdce2632dd1a644aaa45ada1415e15449ae4dc1604a277a49df821dafb",
    "truth/identifiers.jsonl": "34fecbd5425cd543f9e47baebea787f5330429069d0f6ad88b2f5add28e7ef11",
    "truth/networks.jsonl": "722ffa92a4126402b8130f1d56758bcd73dca58d70f6f10e062e09193a2cc754",
    "truth/report_network.jsonl": (
        "71f6da20e34b1036cbb4d5e9ca536348115b18d76c6d9e7c082d81020934b81b"
    ),
}


def test_the_default_world_is_byte_identical_to_before_the_scenarios(tmp_path: Path) -> None:
    assert scenario("default").config() == WorldConfig()
    simulate(WorldConfig(), 7, tmp_path, 800, workers=1)
    for name, digest in DEFAULT_DIGESTS.items():
        assert hashlib.sha256((tmp_path / name).read_bytes()).hexdigest() == digest, name


def test_unknown_scenario_names_the_known_ones() -> None:
    with pytest.raises(ValueError, match="heavy-tail"):
        scenario("nope")
