"""STIX export: per-object marking enforcement, derived objects, determinism, validity."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest
from share_world import ACCOUNT, IBAN, PHONE, SENDER, WALLET, export_reports
from stix_checks import assert_valid_stix

from tipoff.model import TLP
from tipoff.share.export import build_bundle, dump_bundle
from tipoff.share.markings import OASIS_IDS, TLP_BY_ID
from tipoff.share.receivers import receiver_for
from tipoff.share.stix_ids import local_id

GOLDEN = Path(__file__).parent / "golden" / "jp-npa-amber.json"


def bundle_for(to: str) -> dict[str, Any]:
    return build_bundle(export_reports(), SENDER, receiver_for(to, SENDER.id)).bundle


def of_type(bundle: dict[str, Any], stix_type: str) -> list[dict[str, Any]]:
    return [o for o in bundle["objects"] if o["type"] == stix_type]


def report_markings(bundle: dict[str, Any]) -> set[str]:
    return {TLP_BY_ID[r["object_marking_refs"][0]].value for r in of_type(bundle, "report")}


@pytest.mark.parametrize(
    ("to", "markings"),
    [
        ("own", {"clear", "green", "amber", "amber+strict"}),
        ("amber", {"clear", "green", "amber"}),
        ("green", {"clear", "green"}),
        ("clear", {"clear"}),
    ],
)
def test_each_report_goes_only_where_its_marking_allows(to: str, markings: set[str]) -> None:
    bundle = bundle_for(to)
    assert report_markings(bundle) == markings
    text = orjson.dumps(bundle).decode()
    assert OASIS_IDS[TLP.RED] not in text  # RED never leaves, not even to the owner
    assert IBAN not in text  # only a RED report names the IBAN


@pytest.mark.parametrize("to", ["own", "amber", "green", "clear"])
def test_every_bundle_validates_and_parses(to: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert_valid_stix(bundle_for(to), monkeypatch)


def test_derived_objects_exist_only_through_reports_the_receiver_gets() -> None:
    clear = orjson.dumps(bundle_for("clear")).decode()
    assert PHONE in clear and "xyz-global-ex.top" in clear
    assert WALLET.split(":")[1] not in clear  # only in GREEN and AMBER reports
    assert "hr_job_bkk" not in clear
    amber = orjson.dumps(bundle_for("amber")).decode()
    assert "hr_job_bkk" in amber and ACCOUNT not in amber  # the account: AMBER+STRICT, RED
    own = orjson.dumps(bundle_for("own")).decode()
    assert ACCOUNT in own


def test_sighting_counts_only_the_reports_the_receiver_gets() -> None:
    def phone_sighting(to: str) -> dict[str, Any]:
        bundle = bundle_for(to)
        [indicator] = [i for i in of_type(bundle, "indicator") if PHONE in i["pattern"]]
        [sighting] = [
            s for s in of_type(bundle, "sighting") if s["sighting_of_ref"] == indicator["id"]
        ]
        return sighting

    assert phone_sighting("clear")["count"] == 1
    green = phone_sighting("green")
    assert green["count"] == 2
    assert green["object_marking_refs"] == [OASIS_IDS[TLP.GREEN]]  # the strictest counted
    assert green["first_seen"].startswith("2026-03-01") and green["last_seen"].startswith(
        "2026-03-02"
    )


def test_indicators_only_for_identifiers_worth_blocking() -> None:
    bundle = bundle_for("own")
    patterns = " ".join(i["pattern"] for i in of_type(bundle, "indicator"))
    # Only mentioned: no indicator and no observable either (docs/sharing.md, "Mentioned").
    assert "victim.friend@example.com" not in orjson.dumps(bundle).decode()
    assert "+81357771234" not in orjson.dumps(bundle).decode()  # warninglisted: not at all
    assert (
        "[user-account:account_type = 'telegram' AND user-account:account_login = 'hr_job_bkk']"
        in patterns
    )


def test_narrative_leaves_only_in_amber_reports_and_victim_fields_never() -> None:
    bundle = bundle_for("own")
    described = {
        TLP_BY_ID[r["object_marking_refs"][0]].value
        for r in of_type(bundle, "report")
        if "description" in r
    }
    assert described == {"amber", "amber+strict"}
    assert "Met on LINE" not in orjson.dumps(bundle_for("green")).decode()


def test_custom_observables_are_named_as_opencti_names_them() -> None:
    bundle = bundle_for("own")
    types = {o["type"] for o in bundle["objects"]}
    assert {"phone-number", "cryptocurrency-wallet", "bank-account", "user-account"} <= types
    [definition] = of_type(bundle, "extension-definition")
    for sco in of_type(bundle, "phone-number") + of_type(bundle, "bank-account"):
        assert sco["extensions"] == {definition["id"]: {"extension_type": "new-sco"}}


def test_a_network_is_a_grouping_only_where_exported_reports_connect_it() -> None:
    own = bundle_for("own")
    [grouping] = of_type(own, "grouping")  # network 9 is linked only through a RED report
    assert grouping["id"] == local_id("grouping", SENDER.code, "7")
    refs = set(grouping["object_refs"])
    assert {local_id("report", SENDER.code, f"NPA-2026-{i:04d}") for i in (1, 2, 3)} <= refs
    related = [r for r in of_type(own, "relationship") if r["relationship_type"] == "related-to"]
    assert {r["target_ref"] for r in related} == {grouping["id"]}
    # CLEAR alone: one report, no grouping; GREEN: reports 1 and 2 share the phone.
    assert not of_type(bundle_for("clear"), "grouping")
    [green] = of_type(bundle_for("green"), "grouping")
    assert len([r for r in green["object_refs"] if r.startswith("report--")]) == 2


def test_export_is_deterministic_and_matches_the_golden_file() -> None:
    first = dump_bundle(
        build_bundle(export_reports(), SENDER, receiver_for("amber", 1)), indent=True
    )
    again = dump_bundle(
        build_bundle(export_reports(), SENDER, receiver_for("amber", 1)), indent=True
    )
    assert first == again
    if not GOLDEN.exists():  # first run writes it; review and commit it
        GOLDEN.write_bytes(first)
    assert first == GOLDEN.read_bytes()


def test_the_validity_check_rejects_a_broken_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = bundle_for("clear")
    del of_type(bundle, "report")[0]["published"]
    with pytest.raises(AssertionError):
        assert_valid_stix(bundle, monkeypatch)
