"""False joins: the kept values citing reports of several true networks, classed by the truth."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from tipoff.evaluation.false_joins import (
    false_pairs,
    joining_values,
    truth_identifiers,
    value_kind,
)
from tipoff.link.components import make_links


def test_value_kind_reads_the_truth() -> None:
    assert value_kind(None) == "not in truth"
    assert value_kind({"common": True, "attrs": {"role": "exchange"}}) == "innocent:exchange"
    assert value_kind({"common": True, "networks": []}) == "innocent:common"
    assert value_kind({"common": False, "shared": True, "networks": ["A"]}) == "laundering"
    assert value_kind({"common": False, "shared": False, "networks": ["A", "B"]}) == "laundering"
    assert value_kind({"common": False, "shared": False, "networks": ["A"]}) == "own:A"


def test_only_values_citing_two_true_networks_are_listed_most_cited_first() -> None:
    # Reports 0-2 are A, 3-4 B, 5 of no network. Value 10 is A's own (0, 1); value 11 joins
    # A and B (1, 2, 3); value 12 joins A and B once each (0, 4); value 13 is cited by report
    # 5 (no network) and an A report only.
    rows = np.array([0, 1, 1, 2, 3, 0, 4, 5, 2])
    cols = np.array([10, 10, 11, 11, 11, 12, 12, 13, 13])
    links = make_links(rows, cols, np.zeros(14, np.int8), np.zeros(14, bool))
    truth_of = {0: "A", 1: "A", 2: "A", 3: "B", 4: "B"}
    keys = {10: "phone:+1", 11: "domain:x.com", 12: "iban:GB1"}
    identifiers = {
        "phone:+1": {"common": False, "networks": ["A"]},
        "domain:x.com": {"common": True, "attrs": {"role": "exchange"}},
    }
    found = joining_values(links, truth_of, keys, identifiers)
    assert [(v.key, v.kind, v.reports, v.by_truth) for v in found] == [
        ("domain:x.com", "innocent:exchange", 3, [("A", 2), ("B", 1)]),
        ("iban:GB1", "not in truth", 2, [("A", 1), ("B", 1)]),
    ]


def test_false_pairs_counts_pairs_of_different_truth_in_one_network() -> None:
    found = np.array(["n1", "n1", "n1", "n2", "n2"])
    true = np.array(["A", "A", "B", "B", "C"])
    assert false_pairs(found, true) == 3  # (0,2), (1,2) and (3,4)
    assert false_pairs(true, true) == 0


def test_truth_identifiers_are_keyed_by_alternatives_too(tmp_path: Path) -> None:
    (tmp_path / "truth").mkdir()
    record = {"key": "handle:whatsapp:+1", "alt": ["phone:+1"], "networks": ["A"]}
    (tmp_path / "truth" / "identifiers.jsonl").write_text(json.dumps(record) + "\n")
    read = truth_identifiers(tmp_path)
    assert read["phone:+1"] is read["handle:whatsapp:+1"]
