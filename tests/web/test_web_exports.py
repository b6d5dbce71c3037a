"""The dashboard's download links (/export): the analyst's agency view, audited, login first."""

from __future__ import annotations

import orjson
from web_support import T0, WebWorld

from tipoff.share.disclosures import disclosures
from tipoff.store.records import NewReport, NewSighting


def report(external_id: str, tlp: str, phone: str) -> NewReport:
    return NewReport(
        external_id=external_id,
        received_at=T0,
        tlp=tlp,
        victim_country="JP",
        narrative="",
        victim_key="VICTIMKEY-must-not-leave",
        sightings=(
            NewSighting("phone", phone, "caller", phone, "narrative", None, None, 0.9, False),
        ),
    )


def test_download_links_export_the_agencys_view_and_are_audited(web_world: WebWorld) -> None:
    store = web_world.store
    store.save_reports(
        web_world.agency, [report("JP-1", "amber+strict", "+85512345001")], at=T0, actor="t"
    )
    store.save_reports(
        web_world.other,
        [report("KH-1", "amber", "+85512345002"), report("KH-2", "amber+strict", "+85512345003")],
        at=T0,
        actor="t",
    )
    anonymous = web_world.client().get("/export?what=indicators&format=jsonl")
    assert anonymous.status_code == 303 and anonymous.headers["location"].startswith("/login")
    client = web_world.login(web_world.client())
    assert 'href="/export?what=networks&amp;format=csv"' in client.get("/networks").text
    answer = client.get("/export?what=indicators&format=jsonl")
    assert answer.status_code == 200
    assert "attachment" in answer.headers["content-disposition"]
    values = {orjson.loads(line)["value"] for line in answer.text.splitlines()}
    assert values == {"+85512345001", "+85512345002"}
    rows = client.get("/export?what=reports&format=csv").text
    assert "KH-2" not in rows and "VICTIMKEY" not in rows
    trail = [d for d in disclosures(web_world.engine, "KH-ACD") if d.action == "export"]
    assert [d.detail["ids"] for d in trail] == [["phone:+85512345002"], ["KH-1"]]
    assert trail[0].actor.startswith("dashboard ")
    assert client.get("/export?what=victims").status_code == 422
