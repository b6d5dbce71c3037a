"""Payees weighed by the scam types, and the victims' countries, of the groups that pay them
(tipoff.link.payee_types): a laundering account paid by small crews of unrelated types or
markets joins none of them; a crew's own mule, paid by scammers who run the crew's scripts
for the crew's market, keeps linking it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
from sqlalchemy import Engine, select

from tipoff.link.components import make_links
from tipoff.link.hubs import KIND_CODES, HubPolicy
from tipoff.link.network_detail import network_detail
from tipoff.link.network_tables import link_hubs, network_members
from tipoff.link.payee_types import market_codes, type_clusters, type_families
from tipoff.link.persistence import relink
from tipoff.link.pipeline import SpreadRule, link_world
from tipoff.store.records import NewReport, NewSighting
from tipoff.store.sql import SqlReportStore
from tipoff.visibility import Viewer

PHONE, ACCOUNT = KIND_CODES["phone"], KIND_CODES["bank_account"]
POLICY = HubPolicy(1000)
ACCOUNT_ID = 99  # the shared payee in every world below


def world(crews: list[tuple[int, int]]) -> tuple:
    """Crews of (reports, reports paying the shared account) each; a crew's reports share
    the crew's phone (indicator = crew number). Returns links and each report's crew."""
    rows, cols, crew_of = [], [], []
    for crew, (size, paying) in enumerate(crews):
        for k in range(size):
            report = len(crew_of)
            crew_of.append(crew)
            rows.append(report)
            cols.append(crew)
            if k < paying:
                rows.append(report)
                cols.append(ACCOUNT_ID)
    kinds = np.full(ACCOUNT_ID + 1, PHONE, np.int8)
    kinds[ACCOUNT_ID] = ACCOUNT
    links = make_links(np.array(rows), np.array(cols), kinds, np.zeros(ACCOUNT_ID + 1, bool))
    return links, np.array(crew_of)


def families(types_by_crew: list[str | None], crew_of: np.ndarray) -> np.ndarray:
    codes, _ = type_families([types_by_crew[c] for c in crew_of.tolist()])
    return codes


def networks(result, crew_of: np.ndarray) -> list[set[int]]:
    labels = result.components.labels[: crew_of.size]
    return sorted(
        ({int(c) for c in crew_of[labels == label]} for label in np.unique(labels)), key=min
    )


def test_a_laundering_account_paid_by_crews_of_unrelated_types_joins_none() -> None:
    links, crew_of = world([(5, 2), (5, 2), (5, 2)])
    typed = families(["job.task", "romance", "advance_fee"], crew_of)
    result = link_world(links, POLICY, leiden_min_size=1000, families=typed)
    assert networks(result, crew_of) == [{0}, {1}, {2}]
    assert result.bridges is not None and result.bridges[ACCOUNT_ID]
    # Without stated types (or with the step off) the account joins the three crews.
    assert networks(link_world(links, POLICY, 1000), crew_of) == [{0, 1, 2}]
    off = link_world(links, POLICY, 1000, rule=SpreadRule(payee_types=False), families=typed)
    assert networks(off, crew_of) == [{0, 1, 2}]


def test_a_crews_own_mule_paid_by_its_scammers_of_one_type_keeps_linking() -> None:
    """Six scammers of one crew, each with their own phone, all pay one rotating mule; their
    victims call it pig butchering or investment: one family."""
    links, crew_of = world([(3, 2)] * 6)
    stated = ["investment.pig_butchering", "investment", "investment.group_teacher"] * 2
    result = link_world(links, POLICY, 1000, families=families(stated, crew_of))
    assert networks(result, crew_of) == [set(range(6))]


def test_a_crew_running_two_scripts_keeps_its_mule() -> None:
    """One scammer's victims name both the crew's types, which relates the other scammers'
    groups that name only one of them."""
    links, crew_of = world([(3, 2), (3, 2), (2, 2)])
    codes, book = type_families(["job.task", "job.task", "romance", "romance", "romance"] * 2)
    per_report = np.array([codes[0]] * 3 + [codes[2]] * 3 + [codes[0], codes[2]])
    assert book == ["romance", "job"]
    result = link_world(links, POLICY, 1000, families=per_report)
    assert networks(result, crew_of) == [{0, 1, 2}]


def test_a_dominated_account_keeps_its_type_and_cuts_the_other_types_citations() -> None:
    """Three job-task crews pay the account twice each, one romance crew once: the account
    is the job-task side's (6 of 7 citations), the romance crew's citation is cut."""
    links, crew_of = world([(4, 2), (4, 2), (4, 2), (4, 1)])
    stated = ["job.task", "job.task", "job.task", "romance"]
    result = link_world(links, POLICY, 1000, families=families(stated, crew_of))
    assert networks(result, crew_of) == [{0, 1, 2}, {3}]
    assert result.bridges is not None and not result.bridges[ACCOUNT_ID]


def test_groups_with_no_stated_type_decide_nothing() -> None:
    links, crew_of = world([(4, 2), (4, 2)])
    result = link_world(links, POLICY, 1000, families=families(["romance", None], crew_of))
    assert networks(result, crew_of) == [{0, 1}]


def test_families_are_the_type_up_to_its_first_dot_commonest_first() -> None:
    codes, book = type_families(["job.task", "Job.mule", None, " ", "romance"])
    assert book == ["job", "romance"]
    assert codes.tolist() == [0, 0, -1, -1, 1]
    assert type_families([None, ""])[0].tolist() == [-1, -1]


def test_type_clusters_join_groups_through_a_shared_type() -> None:
    assert sorted(type_clusters([0b01, 0b10, 0b11, 0b100], [1, 2, 3, 4])) == [(0b11, 6), (0b100, 4)]


def markets(countries_by_crew: list[str], crew_of: np.ndarray) -> np.ndarray:
    book = sorted(set(countries_by_crew))
    return market_codes(np.array([book.index(countries_by_crew[c]) for c in crew_of.tolist()]))


def test_a_laundering_account_paid_by_crews_of_one_type_in_other_markets_joins_none() -> None:
    """Three impersonation crews (one type family, so types cannot tell them apart), each
    working its own country, pay one wallet: the victims' countries can."""
    links, crew_of = world([(5, 2), (5, 2), (5, 2)])
    typed = families(["impersonation.authority", "impersonation.bank", "impersonation"], crew_of)
    countries = markets(["JP", "KR", "CN"], crew_of)
    result = link_world(links, POLICY, 1000, families=typed, markets=countries)
    assert networks(result, crew_of) == [{0}, {1}, {2}]
    assert result.bridges is not None and result.bridges[ACCOUNT_ID]
    assert networks(link_world(links, POLICY, 1000, families=typed), crew_of) == [{0, 1, 2}]
    off = SpreadRule(payee_markets=False)
    assert networks(
        link_world(links, POLICY, 1000, rule=off, families=typed, markets=countries), crew_of
    ) == [{0, 1, 2}]


def test_lone_victims_of_crews_in_other_markets_are_weighed_too() -> None:
    """Two crews of two reports each (JP, KR) and lone victims from TH and VN pay one wallet:
    a lone report's country is a market its crew works (unlike its scam type, which is what
    that one victim met), so the lone victims count towards the markets."""
    links, crew_of = world([(2, 2), (2, 2), (1, 1), (1, 1), (1, 1), (1, 1)])
    countries = markets(["JP", "KR", "TH", "TH", "VN", "VN"], crew_of)
    result = link_world(links, POLICY, 1000, markets=countries)
    assert networks(result, crew_of) == [{k} for k in range(6)]
    assert result.bridges is not None and result.bridges[ACCOUNT_ID]


def test_a_wallet_only_lone_victims_of_several_countries_name_still_links_them() -> None:
    """Lone victims from four countries, and at most one crew of two reports, pay one
    wallet: no two crews pay it, so nothing says it is a laundering service (a crew working
    three markets whose victims each reported alone lost its only link to this)."""
    links, crew_of = world([(1, 1)] * 8)
    countries = markets(["JP", "JP", "KR", "KR", "TH", "TH", "VN", "VN"], crew_of)
    assert networks(link_world(links, POLICY, 1000, markets=countries), crew_of) == [set(range(8))]
    links, crew_of = world([(2, 2), (1, 1), (1, 1)])
    countries = markets(["US", "JP", "TH"], crew_of)
    assert networks(link_world(links, POLICY, 1000, markets=countries), crew_of) == [{0, 1, 2}]
    # Lone victims counted as crews (the rule before), the wallet is a bridge.
    lone = SpreadRule(market_min_crews=0)
    links, crew_of = world([(1, 1)] * 8)
    countries = markets(["JP", "JP", "KR", "KR", "TH", "TH", "VN", "VN"], crew_of)
    split = link_world(links, POLICY, 1000, rule=lone, markets=countries)
    assert networks(split, crew_of) == [{k} for k in range(8)]


def test_one_stray_victim_from_another_country_is_no_market() -> None:
    """A crew's wallet paid by three of its Japanese victims and one Thai victim who named
    nothing else: one citation from elsewhere decides nothing, the wallet links all four."""
    links, crew_of = world([(1, 1)] * 4)
    result = link_world(links, POLICY, 1000, markets=markets(["JP", "JP", "JP", "TH"], crew_of))
    assert networks(result, crew_of) == [{0, 1, 2, 3}]
    # Counted as a market, the one Thai victim (1 of 4 citations) leaves the wallet
    # undominated: a bridge, and the crew falls apart.
    strict = SpreadRule(market_min_others=1, market_min_crews=0)
    split = link_world(
        links, POLICY, 1000, rule=strict, markets=markets(["JP"] * 3 + ["TH"], crew_of)
    )
    assert networks(split, crew_of) == [{0}, {1}, {2}, {3}]


def test_a_crews_own_mule_paid_by_its_scammers_in_its_market_keeps_linking() -> None:
    links, crew_of = world([(3, 2)] * 6)
    result = link_world(links, POLICY, 1000, markets=markets(["JP"] * 6, crew_of))
    assert networks(result, crew_of) == [set(range(6))]


def test_a_compound_working_two_markets_keeps_its_wallet_when_a_scammer_works_both() -> None:
    """Scammers of a compound work Japan, Korea or both: the one working both relates the
    markets (as a crew running two scripts relates its types), so the wallet stays its own."""
    links, crew_of = world([(3, 2), (3, 2), (2, 2)])
    codes = market_codes(np.array([0, 0, 0, 1, 1, 1, 0, 1]))
    result = link_world(links, POLICY, 1000, markets=codes)
    assert networks(result, crew_of) == [{0, 1, 2}]


def test_market_codes_number_the_commonest_countries_first() -> None:
    assert market_codes(np.array([5, 2, 2, -1, 5, 2])).tolist() == [1, 0, 0, -1, 1, 0]
    assert market_codes(np.array([-1, -1])).tolist() == [-1, -1]
    assert market_codes(np.zeros(0, np.int64)).tolist() == []


NOW = datetime(2026, 3, 31, tzinfo=UTC)


def _two_crews_paying_one_account(
    engine: Engine, crews: tuple[tuple[str, str, str], ...]
) -> tuple[dict[str, int], dict[int, int], set[str], list[int]]:
    """Crews (name, stated type, victims' country) of three reports, two of each paying one
    account; relinked through the store. Ids by external id, network per report, hub
    reasons, and the related networks of the first crew's network."""
    store = SqlReportStore(engine)
    agency = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    account = NewSighting(
        "bank_account",
        "bank_account:JP:0001:001:1234567",
        "payee",
        "1234567",
        "payments",
        None,
        None,
        1.0,
        False,
    )
    rows = []
    for n, (crew, stated, country) in enumerate(crews):
        phone = NewSighting(
            "phone", f"+8180000000{n}", "contact", "x", "narrative", None, None, 1.0, False
        )
        for k in range(3):
            cited = (phone, account) if k < 2 else (phone,)
            rows.append(
                NewReport(
                    external_id=f"{crew}{k}",
                    received_at=NOW - timedelta(days=1),
                    tlp="amber",
                    victim_country=country,
                    reporter_scam_type=stated,
                    scam_type="investment",  # the model's guess; the reporter's type comes first
                    sightings=cited,
                )
            )
    ids = {s.external_id: s.id for s in store.save_reports(agency, rows, at=NOW, actor="t")}
    relink(engine, POLICY, leiden_min_size=1000, now=NOW)
    first = f"{crews[0][0]}0"
    with engine.connect() as connection:
        member = {
            r: n
            for r, n in connection.execute(
                select(network_members.c.report_id, network_members.c.network_id)
            )
        }
        reasons = set(connection.execute(select(link_hubs.c.reason)).scalars())
        detail = network_detail(connection, member[ids[first]], Viewer.operator(), POLICY)
    return ids, member, reasons, [r["network_id"] for r in detail.related]


def test_relink_shows_the_laundering_account_as_a_link_between_networks(engine: Engine) -> None:
    """Through the store: the reporter's stated types reach the relink; the account is a
    bridge (link_hubs) and each crew's network lists the other as related through it."""
    ids, member, reasons, related = _two_crews_paying_one_account(
        engine, (("a", "job.task", "JP"), ("b", "romance", "JP"))
    )
    assert member[ids["a0"]] == member[ids["a2"]] != member[ids["b0"]] == member[ids["b2"]]
    assert reasons == {"bridge"}
    assert related == [member[ids["b0"]]]


def test_relink_weighs_the_victims_countries(engine: Engine) -> None:
    """Through the store: two crews of one type in two countries; the victims' countries
    reach the relink and the account they both pay is a bridge."""
    ids, member, reasons, related = _two_crews_paying_one_account(
        engine, (("a", "impersonation.authority", "JP"), ("b", "impersonation.bank", "KR"))
    )
    assert member[ids["a0"]] == member[ids["a2"]] != member[ids["b0"]] == member[ids["b2"]]
    assert reasons == {"bridge"}
    assert related == [member[ids["b0"]]]


def test_relink_keeps_the_account_of_one_type_and_one_market(engine: Engine) -> None:
    ids, member, reasons, _ = _two_crews_paying_one_account(
        engine, (("a", "impersonation.authority", "JP"), ("b", "impersonation.bank", "JP"))
    )
    assert member[ids["a0"]] == member[ids["b0"]]
    assert "bridge" not in reasons
