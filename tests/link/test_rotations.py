"""A held value cited by two networks that follow each other in time, short-lived against
them or at the seam between them, is a crew's rotation handover and links them again
(tipoff.link.rotations, pipeline step 9d); a value that networks active side by side, or a
long-lived one away from the seam, never does; a handover's lone victims join the network."""

from __future__ import annotations

import numpy as np

from tipoff.link.components import make_links
from tipoff.link.hubs import KIND_CODES, HubPolicy
from tipoff.link.pipeline import SpreadRule, link_world
from tipoff.link.rotations import Handover, rotation_handovers

PHONE, WALLET = KIND_CODES["phone"], KIND_CODES["wallet"]
DAY = 86400.0


def world(
    second_start: float, cited_days: list[float]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Network 0: reports 0-19, one a day from day 0; network 1: reports 20-39, one a day
    from ``second_start``. Value 2 (a wallet) is cited by the reports nearest each of
    ``cited_days`` in either network. Returns report ids, values, times per report."""
    times = np.r_[np.arange(20.0), second_start + np.arange(20.0)] * DAY
    reports = list(range(40))
    values = [0] * 20 + [1] * 20
    for day in cited_days:
        for network in (0, 1):
            members = np.arange(20) + 20 * network
            reports.append(int(members[np.argmin(np.abs(times[members] - day * DAY))]))
            values.append(2)
    return np.array(reports), np.array(values), times


def weigh(second_start: float, cited_days: list[float]) -> tuple[np.ndarray, np.ndarray]:
    reports, values, times = world(second_start, cited_days)
    kinds = np.array([PHONE, PHONE, WALLET], dtype=np.int8)
    links = make_links(reports, values, kinds, np.zeros(3, bool), np.ones(40, bool))
    labels = np.r_[np.zeros(20, np.int64), np.ones(20, np.int64)]
    held = np.array([False, False, True])
    return rotation_handovers(links, held, labels, times, Handover())


def test_a_short_lived_value_between_consecutive_networks_is_a_handover() -> None:
    given, back = weigh(18.0, [17.0, 18.0, 19.0, 20.0])
    assert given.tolist() == [False, False, True]
    assert int(back.sum()) == 6  # its citations in both networks (3 reports each) link again


def test_networks_active_side_by_side_are_no_handover() -> None:
    # a laundering service's crews: both active over the same 20 days
    given, back = weigh(0.0, [8.0, 9.0, 10.0, 11.0])
    assert not given.any() and not back.any()


def test_a_value_cited_throughout_both_networks_is_no_handover() -> None:
    # consecutive networks, but the value serves them all along (a service, not a rotation)
    given, _ = weigh(18.0, [0.0, 6.0, 12.0, 19.0, 25.0, 31.0, 37.0])
    assert not given.any()


def test_unknown_times_give_nothing_back() -> None:
    reports, values, _ = world(18.0, [17.0, 18.0, 19.0])
    kinds = np.array([PHONE, PHONE, WALLET], dtype=np.int8)
    links = make_links(reports, values, kinds, np.zeros(3, bool), np.ones(40, bool))
    labels = np.r_[np.zeros(20, np.int64), np.ones(20, np.int64)]
    given, back = rotation_handovers(
        links, np.array([False, False, True]), labels, np.full(40, np.nan), Handover()
    )
    assert not given.any() and not back.any()


def test_the_pipeline_joins_time_slices_at_their_handover() -> None:
    # two slices of one crew (phones 0 and 1, 30 reports each, days 0-29 and 28-57); its
    # wallet 2 is in use where they meet: Leiden cuts the chain there and the wallet is held
    reports = [*range(60), 27, 28, 29, 30, 31, 32]
    values = [0] * 30 + [1] * 30 + [2] * 6
    times = np.r_[np.arange(30.0), 28.0 + np.arange(30.0)] * DAY
    kinds = np.array([PHONE, PHONE, WALLET], dtype=np.int8)
    links = make_links(np.array(reports), np.array(values), kinds, np.zeros(3, bool))
    policy = HubPolicy(1000)
    without = link_world(links, policy, 10, 0)
    assert without.excluded[2]
    assert without.components.labels[0] != without.components.labels[59]
    joined = link_world(links, policy, 10, 0, times=times)
    assert not joined.excluded[2]
    assert joined.components.labels[0] == joined.components.labels[59]
    off = link_world(links, policy, 10, 0, SpreadRule(handovers=False), times=times)
    assert off.components.labels[0] != off.components.labels[59]


def test_a_handovers_lone_victims_join_the_network_it_links() -> None:
    # the slices of the test above, and two victims who named only the wallet (a bulk
    # mail's victims, whose sender is their own spoofed address): they join the crew
    reports = [*range(60), 27, 28, 29, 30, 31, 32, 60, 61]
    values = [0] * 30 + [1] * 30 + [2] * 8
    times = np.r_[np.arange(30.0), 28.0 + np.arange(30.0), 29.0, 30.0] * DAY
    kinds = np.array([PHONE, PHONE, WALLET], dtype=np.int8)
    links = make_links(np.array(reports), np.array(values), kinds, np.zeros(3, bool))
    policy = HubPolicy(1000)
    joined = link_world(links, policy, 10, 0, times=times).components.labels
    assert joined[60] == joined[61] == joined[0] == joined[59]
    rule = SpreadRule(handover_lone=False)
    alone = link_world(links, policy, 10, 0, rule, times=times).components.labels
    assert alone[0] == alone[59]
    assert alone[60] != alone[0] and alone[61] != alone[0]


def seam(cited: tuple[list[int], list[int]], rule: Handover | None = None) -> bool:
    """Network 0: reports 0-19, days 0-19; network 1: reports 20-39, days 22-41. Value 2 (a
    wallet) is cited by network 0's reports of ``cited[0]``'s days and network 1's of
    ``cited[1]``'s. Whether it is a handover."""
    times = np.r_[np.arange(20.0), 22.0 + np.arange(20.0)] * DAY
    citing = [*cited[0], *(d - 2 for d in cited[1])]  # day d of network 1: report d - 2
    reports = np.array([*range(40), *citing])
    values = np.array([0] * 20 + [1] * 20 + [2] * len(citing))
    kinds = np.array([PHONE, PHONE, WALLET], dtype=np.int8)
    links = make_links(reports, values, kinds, np.zeros(3, bool), np.ones(40, bool))
    labels = np.r_[np.zeros(20, np.int64), np.ones(20, np.int64)]
    held = np.array([False, False, True])
    given = rotation_handovers(links, held, labels, times, rule or Handover())[0]
    return bool(given[2])


def test_a_long_lived_value_at_the_seam_is_a_handover() -> None:
    # a bulk mail's wallet in use for three weeks across the cut: cited by the second half
    # of the earlier slice and the first half of the later one; too long-lived against the
    # slices for the short-lived test, but between their medians
    cited = ([10, 12, 14, 16, 18, 19], [22, 23, 25, 27, 29, 31])
    assert seam(cited)
    assert not seam(cited, Handover(seam_citations=0))


def test_a_value_few_victims_of_each_network_cite_is_not_weighed_at_the_seam() -> None:
    # three and two citations: a mule a few victims of each of two crews paid, whose times
    # fall anywhere
    assert not seam(([12, 16, 19], [23, 29]))
    assert seam(([12, 16, 19], [23, 29]), Handover(seam_citations=2))


def test_a_value_quoted_all_through_the_later_network_is_no_handover() -> None:
    # late in the earlier network, but quoted throughout the later one (a recovery crew's
    # victims naming the crew that scammed them first)
    assert not seam(([12, 14, 16, 18, 19], [22, 26, 30, 34, 38, 41]))
