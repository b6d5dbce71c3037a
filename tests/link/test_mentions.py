"""A value that victims only ever name in their own words, although they give the scam's
messages, payments or identifiers in the report's fields, joins nothing
(tipoff.link.components.mention_only, pipeline step 1b); a crew's values given in those
fields, and values of reports that have no such field, link as before."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
from sqlalchemy import Engine, select

from tipoff.link.components import make_links
from tipoff.link.hubs import KIND_CODES, HubPolicy
from tipoff.link.network_tables import link_hubs, network_members
from tipoff.link.persistence import relink
from tipoff.link.pipeline import SpreadRule, link_world
from tipoff.store.records import NewReport, NewSighting
from tipoff.store.sql import SqlReportStore

PHONE, DOMAIN = KIND_CODES["phone"], KIND_CODES["domain"]
POLICY = HubPolicy(1000)
BRAND = 0  # the real brand both crews impersonate; crews' phones from 1 on
OFF = SpreadRule(mentions=0)


def crews(brand_in_messages: bool = False, fields: bool = True) -> tuple:
    """Two crews of three reports each: every report gives its crew's phone (value 1 + crew)
    in the scammer's messages (``fields``; else in the narrative) and names the brand's
    real domain in the narrative (in the messages too for report 0 with
    ``brand_in_messages``)."""
    rows, cols, structured = [], [], []
    for report in range(6):
        crew = report // 3
        rows += [report, report]
        cols += [1 + crew, BRAND]
        structured += [fields, brand_in_messages and report == 0]
    kinds = np.full(3, PHONE, np.int8)
    kinds[BRAND] = DOMAIN
    return make_links(
        np.array(rows),
        np.array(cols),
        kinds,
        np.zeros(3, bool),
        attributed=np.array(structured),
    )


def networks(links, rule: SpreadRule | None = None) -> int:
    return int(link_world(links, POLICY, 1000, rule=rule).components.n_components)


def test_a_value_only_named_in_the_narrative_of_reports_with_fields_is_mentioned() -> None:
    links = crews()
    assert links.mentioned_by is not None
    assert links.mentioned_by.tolist() == [6, 0, 0]


def test_a_brand_two_crews_victims_name_in_their_own_words_joins_neither() -> None:
    links = crews()
    assert networks(links) == 2
    assert networks(links, OFF) == 1  # before the rule: one network through the brand
    result = link_world(links, POLICY, 1000)
    assert result.bridges is not None and result.bridges[BRAND]


def test_a_value_given_in_the_scams_own_fields_once_is_not_mentioned() -> None:
    links = crews(brand_in_messages=True)
    assert links.mentioned_by is not None and not links.mentioned_by.any()
    assert networks(links) == 1


def test_reports_without_fields_decide_nothing() -> None:
    """Narrative-only reports: a value they all name is not known to be a mere mention."""
    links = crews(fields=False)
    assert links.mentioned_by is not None and not links.mentioned_by.any()
    assert networks(links) == 1


NOW = datetime(2026, 3, 31, tzinfo=UTC)


def seen(kind: str, value: str, source: str) -> NewSighting:
    return NewSighting(kind, value, "link", value, source, None, None, 1.0, False)


def test_relink_reads_the_field_each_value_came_in(engine: Engine) -> None:
    """Through the store: the brand named in the narrative is a bridge (hub reason
    ``bridge``), the crews' numbers given in the messages link their reports."""
    store = SqlReportStore(engine)
    agency = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    brand = seen("domain", "realbrand.example", "narrative")
    saved = store.save_reports(
        agency,
        [
            NewReport(
                external_id=f"r{n}",
                received_at=NOW,
                tlp="amber",
                victim_country="JP",
                sightings=(seen("phone", f"+8190000000{n // 3}", "messages.0"), brand),
            )
            for n in range(6)
        ],
        at=NOW,
        actor="test",
    )
    relink(engine, POLICY, 1000, NOW)
    with engine.connect() as connection:
        network = {
            int(r): int(n)
            for r, n in connection.execute(
                select(network_members.c.report_id, network_members.c.network_id)
            )
        }
        reasons = set(connection.execute(select(link_hubs.c.reason)).scalars())
    ids = [s.id for s in saved]
    assert len({network[i] for i in ids[:3]}) == 1
    assert len({network[i] for i in ids[3:]}) == 1
    assert network[ids[0]] != network[ids[3]]
    assert reasons == {"bridge"}


def test_a_value_one_network_holds_anyway_links_there() -> None:
    """A crew's site that its victims only named: the crew holds together without it, so it
    is that network's and a lone victim who named nothing else of the crew joins it."""
    rows, cols, attributed = [], [], []
    for report in range(6):  # the crew: its phone (value 1) given in the messages
        rows += [report, report]
        cols += [1, BRAND]
        attributed += [True, False]
    rows += [6, 6]  # a lone victim: its own unshared number, and the crew's site
    cols += [2, BRAND]
    attributed += [True, False]
    kinds = np.full(3, PHONE, np.int8)
    kinds[BRAND] = DOMAIN
    links = make_links(
        np.array(rows), np.array(cols), kinds, np.zeros(3, bool), attributed=np.array(attributed)
    )
    assert links.mentioned_by is not None and links.mentioned_by[BRAND] == 7
    result = link_world(links, POLICY, 1000)
    assert result.components.n_components == 1
    assert result.bridges is not None and not result.bridges[BRAND]


def test_fewer_reports_than_the_rule_asks_decide_nothing() -> None:
    """A value a few reports only named may be a crew's site they forgot to paste
    (``mention_min_reports``, 5: here 6 reports against 7)."""
    links = crews()
    assert networks(links, SpreadRule(mention_min_reports=7)) == 1
