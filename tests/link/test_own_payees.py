"""A crew's own payee that an earlier step held back is given back where the networks show
it is the crew's (tipoff.link.own_payees, pipeline step 8): its victims who named nothing
else join the crew; a laundering account between crews that stayed apart joins none."""

from __future__ import annotations

import numpy as np

from tipoff.link.components import make_links
from tipoff.link.hubs import KIND_CODES, HubPolicy
from tipoff.link.own_payees import own_payees
from tipoff.link.pipeline import SpreadRule, link_world

PHONE, ACCOUNT = KIND_CODES["phone"], KIND_CODES["bank_account"]
POLICY = HubPolicy(1000)
WALLET, MULE_A, MULE_B = 10, 11, 12  # payees; phones are 0, 1, 2; own mules 13-16
N_VALUES = 17


def crew_world(joined: bool) -> tuple:
    """Scammers A and B (10 victims each, own phones 0 and 1, two own mules each) both paid
    into account ``WALLET`` (3 victims each); two lone victims named only ``WALLET``. Where
    ``joined``, a third scammer C (2 victims, phone 2) pays one mule of A's and one of B's,
    so A, B and C are one crew through their other payees. Returns links and the report ids
    of A, B and the lone victims."""
    pairs: list[tuple[int, int]] = []
    a, b = list(range(10)), list(range(10, 20))
    pairs += [(r, 0) for r in a] + [(r, 1) for r in b]
    pairs += [(r, WALLET) for r in a[:3] + b[:3]]
    pairs += [(a[8], 13), (a[9], 14), (b[8], 15), (b[9], 16)]  # A's and B's own mules
    lone = [20, 21]
    pairs += [(r, WALLET) for r in lone]
    if joined:
        c = [22, 23]
        pairs += [(r, 2) for r in c] + [
            (a[5], MULE_A),
            (c[0], MULE_A),
            (b[5], MULE_B),
            (c[1], MULE_B),
        ]
    kinds = np.full(N_VALUES, ACCOUNT, np.int8)
    kinds[:3] = PHONE
    rows, cols = (np.array(x) for x in zip(*pairs, strict=True))
    return make_links(rows, cols, kinds, np.zeros(N_VALUES, bool)), a, b, lone


def test_a_shared_payee_of_groups_the_crews_other_payees_join_is_given_back() -> None:
    links, a, b, lone = crew_world(joined=True)
    result = link_world(links, POLICY, 1000)
    labels = result.components.labels
    assert len({int(labels[r]) for r in a + b + lone}) == 1
    assert result.shared_payees is not None and not result.shared_payees[WALLET]
    # Before step 8 (or with it off) step 6 holds the wallet back: its lone victims drop out.
    off = link_world(links, POLICY, 1000, rule=SpreadRule(own_payees=False))
    assert off.shared_payees is not None and off.shared_payees[WALLET]
    off_labels = off.components.labels
    assert off_labels[a[0]] == off_labels[b[0]]
    assert all(off_labels[r] != off_labels[a[0]] for r in lone)


def test_a_laundering_account_between_crews_that_stay_apart_stays_held_back() -> None:
    links, a, b, lone = crew_world(joined=False)
    result = link_world(links, POLICY, 1000)
    labels = result.components.labels
    assert labels[a[0]] != labels[b[0]]
    assert len({int(labels[r]) for r in lone} | {int(labels[a[0]]), int(labels[b[0]])}) == 4
    assert result.shared_payees is not None and result.shared_payees[WALLET]


def two_networks_and_lone_reports() -> tuple:
    """Networks 0 (reports 0-4) and 1 (reports 5-9), lone reports 10 and 11. Value 0 is
    cited by 4 reports of network 0, 1 of network 1 and lone report 10; value 1 by 2 reports
    of each network; value 2 by network 1's reports 5, 6 and lone report 11, which also
    cites value 0."""
    pairs = [(0, 0), (1, 0), (2, 0), (3, 0), (5, 0), (10, 0)]
    pairs += [(0, 1), (1, 1), (5, 1), (6, 1)]
    pairs += [(5, 2), (6, 2), (11, 2), (11, 0)]
    rows, cols = (np.array(x) for x in zip(*pairs, strict=True))
    links = make_links(rows, cols, np.full(3, ACCOUNT, np.int8), np.zeros(3, bool))
    labels = np.array([0] * 5 + [1] * 5 + [2, 3])
    return links, labels


def test_own_payees_gives_back_a_dominated_value_to_its_network_and_lone_victims() -> None:
    links, labels = two_networks_and_lone_reports()
    owned, back = own_payees(links, np.ones(3, bool), labels, 0.8)
    assert owned.tolist() == [True, False, True]
    given = {
        (int(r), int(i))
        for r, i in zip(links.report_idx[back], links.indicator_idx[back], strict=True)
    }
    # Value 0: network 0's citations and lone report 10; network 1's citation stays cut.
    # Lone report 11 points at network 0 (value 0) and network 1 (value 2): it joins neither.
    assert given == {(0, 0), (1, 0), (2, 0), (3, 0), (10, 0), (5, 2), (6, 2)}


def test_own_payees_looks_only_at_held_values() -> None:
    links, labels = two_networks_and_lone_reports()
    owned, back = own_payees(links, np.array([False, True, False]), labels, 0.8)
    assert not owned.any() and not back.any()
