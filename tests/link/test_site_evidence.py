"""Sites weighed against the crews formed without them (tipoff.link.site_evidence, pipeline
step 5c): a phishing kit's domain that dozens of one-off operations use joins none of them;
a crew's own site, which its crew holds, keeps linking."""

from __future__ import annotations

import numpy as np

from tipoff.link.components import make_links
from tipoff.link.hubs import KIND_CODES, HubPolicy
from tipoff.link.pipeline import SpreadRule, link_world

PHONE, DOMAIN = KIND_CODES["phone"], KIND_CODES["domain"]
POLICY = HubPolicy(1000)
KIT = 0  # the site under test; phones from 1 on


def world(pairs: list[tuple[int, int]], n_values: int):
    kinds = np.full(n_values, PHONE, np.int8)
    kinds[KIT] = DOMAIN
    rows, cols = (np.array(x) for x in zip(*pairs, strict=True))
    return make_links(rows, cols, kinds, np.zeros(n_values, bool))


def one_offs(n: int, first_report: int = 0, first_value: int = 1) -> list[tuple[int, int]]:
    """``n`` one-off operations: a report each, with a phone of its own and the kit's site."""
    pairs = []
    for k in range(n):
        pairs += [(first_report + k, first_value + k), (first_report + k, KIT)]
    return pairs


def networks(links, rule: SpreadRule | None = None) -> int:
    return int(link_world(links, POLICY, 1000, rule=rule).components.n_components)


def test_a_kit_site_that_many_one_off_operations_use_joins_none_of_them() -> None:
    links = world(one_offs(30), 31)
    result = link_world(links, POLICY, 1000)
    assert result.bridges is not None and result.bridges[KIT]
    assert result.components.n_components == 30
    # Before step 5c (or with it off) the kit's domain made them one network.
    assert networks(links, SpreadRule(site_min_lone=0)) == 1


def test_a_crews_site_with_a_few_lone_victims_keeps_linking() -> None:
    # A crew of 40 victims (one phone, the site) and 10 lone victims who name the site and
    # a phone of their own: 11 crews cite the site, fewer than ``site_min_lone``.
    pairs = [(r, 1) for r in range(40)] + [(r, KIT) for r in range(40)]
    pairs += one_offs(10, first_report=40, first_value=2)
    links = world(pairs, 12)
    result = link_world(links, POLICY, 1000)
    assert result.bridges is not None and not result.bridges[KIT]
    assert result.components.n_components == 1


def test_victims_who_name_only_the_site_decide_nothing() -> None:
    # 30 victims who name the site and nothing else: it is all there is, and it links.
    links = world([(r, KIT) for r in range(30)], 1)
    assert networks(links) == 1


def test_a_site_a_crew_holds_keeps_its_one_offs_too_when_they_are_few() -> None:
    # A crew of 300 citing the site, and 25 one-offs on it: the crew holds over 90 %.
    pairs = [(r, 1) for r in range(300)] + [(r, KIT) for r in range(300)]
    pairs += one_offs(25, first_report=300, first_value=2)
    links = world(pairs, 27)
    assert networks(links) == 1


BOT = 1000  # a kit's panel (its Telegram bot), a handle


def panel_world(n_ops: int, with_bot: int, crew_phone_reports: int = 0):
    """``n_ops`` one-off operations on the kit (a phone of their own each, values 1..n);
    the first ``with_bot`` of them also name the kit's bot. A crew of ``crew_phone_reports``
    shares one phone (value 999) and the bot."""
    pairs = one_offs(n_ops)
    pairs += [(k, BOT) for k in range(with_bot)]
    first = n_ops
    pairs += [(first + r, 999) for r in range(crew_phone_reports)]
    pairs += [(first + r, BOT) for r in range(crew_phone_reports)]
    kinds = np.full(BOT + 1, PHONE, np.int8)
    kinds[KIT] = DOMAIN
    kinds[BOT] = KIND_CODES["handle"]
    rows, cols = (np.array(x) for x in zip(*pairs, strict=True))
    return make_links(rows, cols, kinds, np.zeros(BOT + 1, bool))


def test_a_kits_panel_named_by_its_one_off_operations_joins_none_of_them() -> None:
    links = panel_world(30, 25, crew_phone_reports=10)
    result = link_world(links, POLICY, 1000)
    assert result.bridges is not None and result.bridges[KIT] and result.bridges[BOT]
    # 30 operations and the crew, each a network of its own
    assert result.components.n_components == 31


def test_a_value_few_operations_on_a_kit_name_keeps_linking() -> None:
    # 12 of 40 operations name the bot: fewer than site_min_lone, so it is no kit's panel.
    links = panel_world(40, 12)
    result = link_world(links, POLICY, 1000)
    assert result.bridges is not None and result.bridges[KIT] and not result.bridges[BOT]
    assert result.components.n_components == 40 - 12 + 1


def operations_of(size: int, n: int, paid: bool) -> object:
    """``n`` operations of ``size`` reports each on the kit's site, held together by a phone
    of their own, or (``paid``) by an account of their own."""
    pairs = []
    for k in range(n):
        for r in range(size):
            pairs += [(k * size + r, 1 + k), (k * size + r, KIT)]
    links = world(pairs, n + 1)
    if paid:
        links.kinds[1:] = KIND_CODES["bank_account"]
    return links


def test_operations_of_several_reports_paid_into_their_own_accounts_count() -> None:
    links = operations_of(3, 25, paid=True)
    assert networks(links, SpreadRule(site_operation_max=6)) == 25
    assert networks(links, SpreadRule(site_operation_max=2)) == 1  # too big to count
    assert networks(links, SpreadRule(site_operation_max=1)) == 1  # lone reports only
    assert networks(links) == 1  # the default: lone reports only


def test_operations_held_by_a_page_of_their_own_count() -> None:
    # A buyer's own page on the kit (kit.xyz/op7): a URL its victims share.
    links = operations_of(3, 25, paid=False)
    links.kinds[1:] = KIND_CODES["url"]
    links.kinds[KIT] = DOMAIN
    assert networks(links, SpreadRule(site_operation_max=6)) == 25


def test_operations_held_by_a_phone_only_do_not_count() -> None:
    # A compound's scammers (a phone each, the compound's site) look like this.
    assert networks(operations_of(3, 25, paid=False)) == 1
