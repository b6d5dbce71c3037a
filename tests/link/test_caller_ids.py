"""Phones seen only as a caller ID (tipoff.link.caller_ids, pipeline step 9c): a police
switchboard that unrelated crews show as caller ID joins none of them; a crew's own phone,
which its crew holds, keeps linking; a phone the scam used as its own channel is never
weighed."""

from __future__ import annotations

import numpy as np

from tipoff.link.caller_ids import (
    accounts_spelling,
    caller_id_candidates,
    institutional_numbers,
    phone_digits,
    spoofed_callers,
)
from tipoff.link.components import make_links
from tipoff.link.hubs import KIND_CODES, HubPolicy
from tipoff.link.pipeline import SpreadRule, link_world

PHONE, ACCOUNT, HANDLE = KIND_CODES["phone"], KIND_CODES["bank_account"], KIND_CODES["handle"]
POLICY = HubPolicy(1000)
SWITCHBOARD = 0  # the phone under test; crews' own accounts from 1 on


def crews(sizes: list[int], switchboard_share: float = 1.0) -> list[tuple[int, int]]:
    """Crews of ``sizes`` reports, each paying its own account (value 1, 2 ...); the first
    ``switchboard_share`` of each crew's reports also name the switchboard."""
    pairs, report = [], 0
    for crew, size in enumerate(sizes):
        for k in range(size):
            pairs.append((report, 1 + crew))
            if k < switchboard_share * size:
                pairs.append((report, SWITCHBOARD))
            report += 1
    return pairs


def world(pairs: list[tuple[int, int]], n_values: int, caller_ids: np.ndarray | None):
    kinds = np.full(n_values, ACCOUNT, np.int8)
    kinds[SWITCHBOARD] = PHONE
    rows, cols = (np.array(x) for x in zip(*pairs, strict=True))
    return make_links(rows, cols, kinds, np.zeros(n_values, bool), caller_ids=caller_ids)


def only_switchboard(n_values: int) -> np.ndarray:
    out = np.zeros(n_values, bool)
    out[SWITCHBOARD] = True
    return out


def test_a_switchboard_unrelated_crews_show_as_caller_joins_none_of_them() -> None:
    links = world(crews([20, 15, 10]), 4, only_switchboard(4))
    result = link_world(links, POLICY, 1000)
    assert result.callers is not None and result.callers[SWITCHBOARD]
    assert result.excluded[SWITCHBOARD]
    assert result.components.n_components == 3
    # Off (or a phone the scam used as its own channel): the switchboard makes them one.
    assert (
        link_world(links, POLICY, 1000, rule=SpreadRule(caller_ids=False)).components.n_components
        == 1
    )
    trusted = world(crews([20, 15, 10]), 4, np.zeros(4, bool))
    assert link_world(trusted, POLICY, 1000).components.n_components == 1


def test_a_caller_phone_one_crew_holds_keeps_linking() -> None:
    # 40 reports of one crew name its caller phone; one report of another crew names it too.
    pairs = crews([40], 1.0) + [(40 + k, 2) for k in range(10)] + [(40, SWITCHBOARD)]
    links = world(pairs, 3, only_switchboard(3))
    result = link_world(links, POLICY, 1000)
    assert result.callers is not None and not result.callers[SWITCHBOARD]
    assert result.components.n_components == 1  # as before the step: the stray joins
    # Its weighing keeps the crew's citations and the lone report's, cuts the stray's.
    weighed = spoofed_callers(links, POLICY, only_switchboard(3), np.zeros(3, bool), 0.8)
    assert weighed is not None and not weighed.bridges[SWITCHBOARD]
    cited = links.indicator_idx == SWITCHBOARD
    assert weighed.keep[cited].sum() == 40 and weighed.keep[~cited].all()


def test_a_phone_its_reports_alone_cite_decides_nothing() -> None:
    # Victims who name the phone and nothing else: no crew is formed without it, it links.
    links = world([(r, SWITCHBOARD) for r in range(12)], 1, only_switchboard(1))
    assert link_world(links, POLICY, 1000).components.n_components == 1


def test_candidates_are_phones_never_seen_as_the_scams_own_channel() -> None:
    kinds = np.array([PHONE, PHONE, PHONE, ACCOUNT, HANDLE], np.int8)
    indicator = np.array([0, 0, 1, 1, 2, 3, 4])
    own = np.array([False, False, False, True, False, True, False])
    messenger = np.array([False, False, True, False, False])
    got = caller_id_candidates(indicator, kinds, own, messenger)
    # 0: caller only; 1: also a sender id; 2: a WhatsApp number; 3, 4: no phones.
    assert got.tolist() == [True, False, False, False, False]


def test_an_account_that_spells_a_candidate_phone_is_one_too() -> None:
    assert phone_digits("+861048530222") == "861048530222"
    assert phone_digits("CN:102:01048530222") == "1048530222"
    accounts = {
        1: "CN:102:01048530222",  # trunk 0, no country code
        2: "CN:105:00861048530222",  # international prefix
        3: "CN:102:6217004325786868779",  # a card: not the phone
        4: "ID:009:0222",  # too short to be a number
    }
    got = accounts_spelling(["+861048530222"], accounts, 5)
    assert got.tolist() == [False, True, True, False, False]


def test_a_caller_phone_of_a_few_reports_is_not_weighed() -> None:
    # Two crews of 10 and one caller phone that 2 reports of each name: under
    # ``caller_min_reports`` (5), it links as before; weighed from 1 report on, it joins none.
    pairs = crews([10, 10], switchboard_share=0.2)
    links = world(pairs, 3, only_switchboard(3))
    assert link_world(links, POLICY, 1000).components.n_components == 1
    strict = SpreadRule(caller_min_reports=1)
    assert link_world(links, POLICY, 1000, rule=strict).components.n_components == 2


def test_only_an_institutions_number_types_are_weighed_without_a_victims_citation() -> None:
    phones = {0: "+81335814321", 1: "+819012345678", 2: "+18002255324", 3: "+1"}
    # A Tokyo landline, a Japanese mobile, a US toll-free number, no number at all.
    assert institutional_numbers(phones, 4).tolist() == [True, False, True, False]
