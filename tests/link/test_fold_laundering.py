"""A laundering account that several crews pay stays held back once platform links are folded
into their handles (``tipoff.link.platform_links``; docs/link-evaluation.md, "The fold and
step 5b").

Each crew's scammers are known to their victims by a Telegram handle, cited as ``t.me/x`` and
``telegram:x`` alike, so the fold leaves one value per scammer; the crews pay their own
rotating mules and one laundering account. Without the link's second edge, Leiden at the
group resolution holds the crews in one group and the spread rule never sees the laundering
account. Step 5b must then find it: the crews formed without it may not be merged because they
pay it (a small crew whose only other payee is its one mule made every crew one), and a crew's
wallet named by one victim of another crew must not keep the two crews one network.
"""

from __future__ import annotations

import random

import numpy as np

from tipoff.link.components import Links, make_links
from tipoff.link.hubs import KIND_CODES, HubPolicy
from tipoff.link.pipeline import SpreadRule, _bridged_strays, link_world
from tipoff.link.platform_links import handle_of_links, unfolded

POLICY = HubPolicy(default_threshold=1000)
# (scammers, victims per scammer, share of victims paying the laundering account)
CREWS = ((60, 4, 0.4), (45, 4, 0.6), (5, 3, 1.0))


def crews_world() -> tuple[Links, np.ndarray, int, int]:
    """Links (the platform links folded as a relink folds them), the true crew per report
    id, the laundering account's id, and how many sightings the fold removed."""
    rnd = random.Random(0)
    ids: dict[str, tuple[int, str]] = {}

    def value(key: str, kind: str) -> int:
        return ids.setdefault(key, (len(ids), kind))[0]

    rows: list[tuple[int, int]] = []
    truth: list[int] = []
    for crew, (scammers, victims, laundering) in enumerate(CREWS):
        reports = []
        for scammer in range(scammers):
            handle = value(f"telegram:crew{crew}agent{scammer}", "handle")
            link = value(f"https://t.me/crew{crew}agent{scammer}", "url")
            for _ in range(victims):
                report = len(truth)
                rows += [(report, handle), (report, link)]
                reports.append(report)
                truth.append(crew)
        order = reports[:]
        rnd.shuffle(order)
        # crews 0 and 1 retire a mule after 6 victims; crew 2 has one mule and no wallet
        step = len(order) if crew == 2 else 6
        for start in range(0, len(order), step):
            mule = value(f"bank_account:c{crew}:{start}", "bank_account")
            rows += [(report, mule) for report in order[start : start + step]]
        wallet = value(f"wallet:c{crew}", "wallet")
        if crew != 2:
            rows += [(report, wallet) for report in reports if rnd.random() < 0.3]
        account = value("bank_account:laundering", "bank_account")
        rows += [(report, account) for report in reports if rnd.random() < laundering]
    # one victim of crew 1 also names crew 0's wallet
    rows.append((truth.index(1), ids["wallet:c0"][0]))
    kinds = np.zeros(len(ids), np.int8)
    for indicator, kind in ids.values():
        kinds[indicator] = KIND_CODES[kind]
    pairs = np.array(rows)
    handles = {key: i for key, (i, kind) in ids.items() if kind == "handle"}
    links_of = {i: key for key, (i, kind) in ids.items() if kind == "url"}
    named = handle_of_links(links_of, handles, len(ids))
    keep = unfolded(pairs[:, 0], pairs[:, 1], named)
    links = make_links(pairs[keep, 0], pairs[keep, 1], kinds, np.zeros(len(ids), bool))
    return links, np.array(truth), ids["bank_account:laundering"][0], int((~keep).sum())


def test_the_fold_leaves_one_value_per_scammer() -> None:
    _, truth, _, folded = crews_world()
    assert folded == truth.size  # every victim's t.me link folded into the handle


def test_crews_paying_one_laundering_account_stay_apart_with_the_fold() -> None:
    links, truth, laundering, _ = crews_world()
    for seed in range(4):
        result = link_world(links, POLICY, 50, seed)
        labels = result.components.labels
        networks = []
        for crew in range(len(CREWS)):
            found, counts = np.unique(labels[truth == crew], return_counts=True)
            networks.append(int(found[np.argmax(counts)]))
            # each crew stays whole: its rotating mules and its handles still link it
            assert counts.max() == (truth == crew).sum(), (seed, crew)
        assert len(set(networks)) == len(CREWS), seed
        assert result.excluded[laundering], seed


def test_step_5b_before_this_rule_made_the_crews_one() -> None:
    # The same world with a laundering account touching every piece counted as a shared
    # payee of the pieces (the pipeline before): the three crews come out as one network.
    links, truth, laundering, _ = crews_world()
    before = SpreadRule(piece_overlap_max_pieces=0, piece_strays=False)
    labels = link_world(links, POLICY, 50, 0, before).components.labels
    assert len(set(labels[truth >= 0].tolist())) == 1
    assert not link_world(links, POLICY, 50, 0, before).excluded[laundering]


def test_a_stray_citation_is_cut_only_between_crews_a_bridge_joins() -> None:
    # crews: reports 0-9 crew 0, 10-19 crew 1, 20-29 crew 2. Value 0 is a bridge paid from
    # crews 0 and 1; value 1 crew 0's wallet, named once from crew 1 and once from crew 2.
    crews = np.repeat([0, 1, 2], 10)
    rows = [(0, 0), (1, 0), (10, 0), (11, 0)]
    rows += [(r, 1) for r in range(9)] + [(12, 1), (22, 1)]
    pairs = np.array(rows)
    links = make_links(pairs[:, 0], pairs[:, 1], np.zeros(2, np.int8), np.zeros(2, bool))
    bridges = np.array([True, False])
    cut = _bridged_strays(links, np.array([False, True]), crews, bridges, 0.8)
    cut_pairs = {
        (int(r), int(i))
        for r, i, c in zip(links.report_idx, links.indicator_idx, cut, strict=True)
        if c
    }
    # crew 1's citation goes (the bridge joined crews 0 and 1); crew 2's stays
    assert cut_pairs == {(12, 1)}
    # no bridge: nothing is a stray
    assert not _bridged_strays(links, np.array([False, True]), crews, np.zeros(2, bool), 0.8).any()
