"""The link CLI: relink, networks, network (with explanation), eval-links on a tiny world."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, select
from typer.testing import CliRunner

from tipoff.cli.main import build_app
from tipoff.evaluation.world_links import extract_world, load_truth, score_world
from tipoff.link.hubs import HubPolicy
from tipoff.link.network_tables import network_members
from tipoff.store.records import NewReport, NewSighting
from tipoff.store.sql import SqlReportStore

NOW = datetime(2026, 5, 1, tzinfo=UTC)
runner = CliRunner()


def phone(number: str) -> NewSighting:
    return NewSighting("phone", number, "caller", number, "narrative", None, None, 1.0, False)


def test_relink_then_list_and_show_with_explanation(engine: Engine) -> None:
    store = SqlReportStore(engine)
    jp = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    saved = store.save_reports(
        jp,
        [
            NewReport(
                external_id="a",
                received_at=NOW,
                tlp="amber",
                loss_usd=10.0,
                sightings=(phone("+85511111111"),),
            ),
            NewReport(
                external_id="b",
                received_at=NOW,
                tlp="amber",
                sightings=(phone("+85511111111"), phone("+85522222222")),
            ),
            NewReport(
                external_id="c", received_at=NOW, tlp="amber", sightings=(phone("+85522222222"),)
            ),
        ],
        at=NOW,
        actor="t",
    )
    url = ["--database-url", engine.url.render_as_string(hide_password=False)]
    app = build_app()
    relinked = runner.invoke(app, ["relink", *url])
    assert relinked.exit_code == 0, relinked.output
    assert "linked 3 reports (4 sightings)" in relinked.output
    listed = runner.invoke(app, ["networks", *url])
    assert listed.exit_code == 0 and "1 network found" in listed.output
    first, last = saved[0].id, saved[2].id
    with engine.connect() as connection:
        network_id = str(
            connection.execute(
                select(network_members.c.network_id).where(network_members.c.report_id == first)
            ).scalar_one()
        )
    shown = runner.invoke(
        app,
        ["network", network_id, "--from", str(first), "--to", str(last), *url],
        env={"COLUMNS": "200"},
    )
    assert shown.exit_code == 0, shown.output
    assert (
        f"report {first} → phone:+85511111111 → report {saved[1].id} → phone:+85522222222 → report "
        f"{last}" in shown.output
    )
    missing = runner.invoke(app, ["network", "999", *url])
    assert missing.exit_code == 1 and "no network 999" in missing.output
    store.save_reports(
        jp,
        [
            NewReport(
                external_id="d", received_at=NOW, tlp="amber", sightings=(phone("+85522222222"),)
            )
        ],
        at=NOW,
        actor="t",
    )
    added = runner.invoke(app, ["relink", "--new-only", *url])
    assert added.exit_code == 0 and "linked 1 new report incrementally" in added.output
    with engine.connect() as connection:
        rows = connection.execute(select(network_members.c.network_id)).scalars().all()
    assert len(rows) == 4 and set(rows) == {int(network_id)}


def write_world(directory: Path) -> None:
    """Six reports: NET-1 (r1-r3 share a phone), NET-2 (r4-r5 share a wallet), r6 of NET-2
    links to nothing."""
    (directory / "truth").mkdir(parents=True)
    reports = [
        ("r1", "NET-1", "He called me from +855 12 345 678 about the investment."),
        ("r2", "NET-1", "The number +855 12 345 678 sent me a link."),
        ("r3", "NET-1", "Call from +85512345678 again"),
        (
            "r4",
            "NET-2",
            "I paid USDT to TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t and "
            "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7",
        ),
        ("r5", "NET-2", "Sent to TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7 as told"),
        ("r6", "NET-2", "No identifier here at all"),
    ]
    with (directory / "reports.jsonl").open("w") as handle:
        for external_id, _, text in reports:
            handle.write(
                json.dumps({"external_id": external_id, "victim_country": "JP", "narrative": text})
                + "\n"
            )
        handle.write("not json\n")
    with (directory / "truth" / "reports.jsonl").open("w") as handle:
        for external_id, network, _ in reports:
            handle.write(json.dumps({"external_id": external_id, "network": network}) + "\n")


def test_world_evaluation_scores_against_truth(tmp_path: Path) -> None:
    write_world(tmp_path)
    assert load_truth(tmp_path)["r4"] == "NET-2"
    world = extract_world(tmp_path)
    assert world.bad_lines == 1 and len(world.external_ids) == 6
    scores = score_world(world, HubPolicy(50), leiden_min_size=500)
    # predicted pairs: r1-r3 (3) + r4-r5 (1) = 4, all true; true pairs: 3 + 3 = 6.
    assert (
        scores.clusters.predicted_pairs,
        scores.clusters.true_pairs,
        scores.clusters.agreeing_pairs,
    ) == (4, 6, 4)
    assert scores.clusters.precision == 1.0 and scores.clusters.recall == 4 / 6
    assert scores.diagnostics["unlinked_reports"] == 1


def test_eval_links_command_prints_the_scores(tmp_path: Path) -> None:
    write_world(tmp_path)
    result = runner.invoke(
        build_app(), ["eval-links", str(tmp_path), "--workers", "1"], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    assert "clusters" in result.output and "1.0000" in result.output and "0.6667" in result.output


def test_networks_network_and_reports_read_as_an_agency_with_agency(engine: Engine) -> None:
    """Default: the operator sees everything; --agency CODE: only what that agency may see."""
    store = SqlReportStore(engine)
    jp = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    store.add_agency("KH-ACD", "ACD", "KH", at=NOW)
    saved = store.save_reports(
        jp,
        [
            NewReport(
                external_id=f"red-{i}",
                received_at=NOW,
                tlp="red",
                loss_usd=12345.0,
                sightings=(phone("+85599999999"),),
            )
            for i in (1, 2)
        ],
        at=NOW,
        actor="t",
    )
    url = ["--database-url", engine.url.render_as_string(hide_password=False)]
    app = build_app()
    assert runner.invoke(app, ["relink", *url]).exit_code == 0
    with engine.connect() as connection:
        network_id = str(
            connection.execute(
                select(network_members.c.network_id).where(
                    network_members.c.report_id == saved[0].id
                )
            ).scalar_one()
        )
    as_operator = runner.invoke(app, ["networks", *url])
    assert as_operator.exit_code == 0 and "1 network found" in as_operator.output
    as_kh = runner.invoke(app, ["networks", "--agency", "KH-ACD", *url])
    assert as_kh.exit_code == 0 and "0 networks found" in as_kh.output
    assert "12,345" not in as_kh.output
    shown = runner.invoke(app, ["network", network_id, *url], env={"COLUMNS": "200"})
    assert shown.exit_code == 0 and "+85599999999" in shown.output
    hidden = runner.invoke(app, ["network", network_id, "--agency", "KH-ACD", *url])
    assert hidden.exit_code == 1 and f"no network {network_id}" in hidden.output
    assert "+85599999999" not in hidden.output
    listed = runner.invoke(app, ["reports", "list", "--agency", "KH-ACD", *url])
    assert listed.exit_code == 0 and "red-1" not in listed.output
    assert "red-1" in runner.invoke(app, ["reports", "list", *url], env={"COLUMNS": "200"}).output
    shown_report = runner.invoke(
        app, ["reports", "show", str(saved[0].id), "--agency", "KH-ACD", *url]
    )
    assert shown_report.exit_code == 1 and "red-1" not in shown_report.output
