"""A value that only joins a report or two of each of several groups relates them and joins
none (tipoff.link.star_values, pipeline step 9); a crew's own value, whose crew holds
together without it or cites it many times, keeps linking."""

from __future__ import annotations

import numpy as np

from tipoff.link.components import make_links
from tipoff.link.hubs import KIND_CODES, HubPolicy
from tipoff.link.pipeline import SpreadRule, link_world
from tipoff.link.star_values import separating, star_candidates

PHONE, DOMAIN = KIND_CODES["phone"], KIND_CODES["domain"]
POLICY = HubPolicy(1000)
STAR = 0  # the value under test; crews' own phones from 1 on


def world(pairs: list[tuple[int, int]], n_values: int) -> tuple:
    kinds = np.full(n_values, PHONE, np.int8)
    kinds[STAR] = DOMAIN
    rows, cols = (np.array(x) for x in zip(*pairs, strict=True))
    return make_links(rows, cols, kinds, np.zeros(n_values, bool))


def small_crews(n_crews: int, citing: int = 1, size: int = 5) -> tuple:
    """``n_crews`` crews of ``size`` reports, each joined by its own phone (value 1 + crew);
    ``citing`` reports of each crew also cite the exchange domain ``STAR``."""
    pairs = []
    for crew in range(n_crews):
        members = range(crew * size, (crew + 1) * size)
        pairs += [(r, 1 + crew) for r in members]
        pairs += [(r, STAR) for r in list(members)[:citing]]
    return world(pairs, 1 + n_crews)


def networks(links, rule: SpreadRule | None = None) -> int:
    return int(link_world(links, POLICY, 1000, rule=rule).components.n_components)


def test_a_value_one_report_of_each_crew_cites_joins_none_of_them() -> None:
    links = small_crews(4)
    result = link_world(links, POLICY, 1000)
    assert result.bridges is not None and result.bridges[STAR]
    assert result.components.n_components == 4
    # Before step 9 (or with it off) the domain joined the four crews.
    assert networks(links, SpreadRule(star_min_pieces=0)) == 1


def test_two_reports_of_each_crew_still_make_a_star_three_do_not() -> None:
    assert networks(small_crews(4, citing=2)) == 4
    assert networks(small_crews(4, citing=3)) == 1  # cited by most of a crew: its own
    assert networks(small_crews(4, citing=2), SpreadRule(star_thin=1)) == 1


def test_a_value_three_crews_share_is_left_to_the_other_steps() -> None:
    # Two or three pieces are as often one crew's halves or scammers as crews: four needed.
    assert networks(small_crews(3)) == 1
    assert networks(small_crews(3), SpreadRule(star_min_pieces=3)) == 3


def test_a_crews_value_whose_crew_holds_together_without_it_keeps_linking() -> None:
    # One crew of 16 victims joined in a chain by rotating phones (value k: victims k-1, k);
    # victims 0, 4, 8 and 12 also name the crew's site, and share no other value.
    pairs = [(r, 1 + r) for r in range(16)] + [(r, r) for r in range(1, 16)]
    pairs += [(0, STAR), (4, STAR), (8, STAR), (12, STAR)]
    links = world(pairs, 17)
    linkable = np.ones(17, bool)
    candidates = star_candidates(links, linkable, 4)
    assert candidates[STAR]  # at one hop it looks like a star ...
    labels = np.zeros(16, np.int64)
    assert not separating(links, linkable, candidates, labels, 4, 2)[STAR]  # ... it is not
    result = link_world(links, POLICY, 1000)
    assert result.bridges is not None and not result.bridges[STAR]
    assert result.components.n_components == 1


def test_lone_victims_naming_only_the_value_stay_joined_by_it() -> None:
    # Five victims who name one phone and nothing else: it is all there is, and it links.
    links = world([(r, STAR) for r in range(5)], 1)
    assert not star_candidates(links, np.ones(1, bool), 3).any()
    assert networks(links) == 1
