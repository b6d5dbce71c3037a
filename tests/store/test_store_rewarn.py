"""Values stored before a list held them: ``tipoff relink --rewarn`` marks them common."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, select
from typer.testing import CliRunner

from tipoff.cli.main import build_app
from tipoff.indicators import load_warninglist
from tipoff.link.network_tables import network_members
from tipoff.store.records import NewReport, NewSighting
from tipoff.store.rewarn import newly_listed, rewarn
from tipoff.store.sql import SqlReportStore
from tipoff.store.tables import indicators

NOW = datetime(2026, 5, 1, tzinfo=UTC)


def _sighting(kind: str, value: str) -> NewSighting:
    # stored as an older version stored them: not common
    return NewSighting(kind, value, "contact", value, "narrative", None, None, 1.0, False)


def _store(engine: Engine) -> dict[str, int]:
    """Two unrelated victims who both called Japan's police consultation line #9110 and both
    named binance.com, stored as an older version stored them; each with their own crew's
    phone."""
    store = SqlReportStore(engine)
    agency = store.add_agency("KR-NPA", "NPA", "KR", at=NOW)
    hotline = _sighting("phone", "+819110")
    exchange = _sighting("domain", "binance.com")
    saved = store.save_reports(
        agency,
        [
            NewReport(
                external_id=name,
                received_at=NOW - timedelta(days=1),
                tlp="amber",
                victim_country="KR",
                loss_usd=100.0,
                scam_type="investment",
                sightings=(hotline, exchange, _sighting("phone", phone)),
            )
            for name, phone in (("a", "+821012345678"), ("b", "+821087654321"))
        ],
        at=NOW,
        actor="t",
    )
    return {s.external_id: s.id for s in saved}


def _network(engine: Engine, report_id: int) -> int:
    with engine.connect() as connection:
        return int(
            connection.execute(
                select(network_members.c.network_id).where(network_members.c.report_id == report_id)
            ).scalar_one()
        )


def test_rewarn_marks_only_values_a_list_now_holds(engine: Engine) -> None:
    _store(engine)
    with engine.begin() as connection:
        listed = newly_listed(connection, load_warninglist())
        assert rewarn(connection, load_warninglist()) == len(listed) == 2
        assert rewarn(connection, load_warninglist()) == 0  # done once
        common = dict(connection.execute(select(indicators.c.value, indicators.c.common)).all())
    assert common == {
        "+819110": True,
        "binance.com": True,
        "+821012345678": False,
        "+821087654321": False,
    }


def test_relink_with_rewarn_no_longer_joins_victims_through_a_hotline(
    engine: Engine,
) -> None:
    ids = _store(engine)
    url = ["--database-url", engine.url.render_as_string(hide_password=False)]
    runner = CliRunner()
    assert runner.invoke(build_app(), ["relink", *url]).exit_code == 0
    assert _network(engine, ids["a"]) == _network(engine, ids["b"])  # joined by the hotline
    result = runner.invoke(build_app(), ["relink", "--rewarn", *url])
    assert result.exit_code == 0, result.output
    assert "2 stored values now warninglisted" in result.output
    assert _network(engine, ids["a"]) != _network(engine, ids["b"])
