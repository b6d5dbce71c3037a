"""Analysts' verdicts on the report page, and the model page."""

from __future__ import annotations

import json
import re

import pytest
from web_support import WebWorld, csrf_from, populate

from tipoff.assess.assess import bundled_model_path
from tipoff.visibility import Viewer


@pytest.fixture
def world_ids(web_world: WebWorld) -> dict[str, int]:
    return populate(web_world)


def test_a_verdict_is_recorded_from_the_report_page_and_shown(
    web_world: WebWorld, world_ids: dict[str, int]
) -> None:
    client = web_world.login(web_world.client())
    url = f"/reports/{world_ids['US-1']}"
    page = client.get(url).text
    assert 'id="verdict-form"' in page and "None yet." in page
    assert ">Fake bank staff</option>" in page and ">impersonation.bank<" not in page
    form = {
        "csrf": csrf_from(page),
        "verdict": "scam",
        "target": "0",
        "scam_type": "investment.pig_butchering",
        "note": "<b>same crew as last week</b>",
    }
    answer = client.post(f"{url}/verdicts", data=form)
    assert answer.status_code == 303 and answer.headers["location"] == f"{url}#verdicts"
    shown = client.get(url).text
    assert "scam confirmed" in shown and "Pig butchering" in shown and "on message 1" in shown
    assert "&lt;b&gt;same crew as last week&lt;/b&gt;" in shown  # escaped, never markup
    [stored] = web_world.store.list_verdicts(viewer=Viewer.operator())
    assert (stored.agency_code, stored.message_index, stored.scam_type) == (
        "JP-NPA",
        0,
        "investment.pig_butchering",
    )
    assert stored.actor.startswith("key:")


def test_verdict_form_needs_csrf_and_a_visible_report(
    web_world: WebWorld, world_ids: dict[str, int]
) -> None:
    client = web_world.login(web_world.client())
    page = client.get(f"/reports/{world_ids['US-1']}").text
    token = csrf_from(page)
    no_token = client.post(f"/reports/{world_ids['US-1']}/verdicts", data={"verdict": "scam"})
    assert no_token.status_code == 403
    hidden = client.post(  # KH-1 is another agency's AMBER+STRICT report
        f"/reports/{world_ids['KH-1']}/verdicts", data={"csrf": token, "verdict": "not_scam"}
    )
    unknown = client.post("/reports/999999/verdicts", data={"csrf": token, "verdict": "not_scam"})
    assert hidden.status_code == unknown.status_code == 404
    assert "KH-1" not in hidden.text
    wrong = client.post(
        f"/reports/{world_ids['US-1']}/verdicts",
        data={"csrf": token, "verdict": "not_scam", "scam_type": "phishing"},
    )
    beyond = client.post(
        f"/reports/{world_ids['US-1']}/verdicts",
        data={"csrf": token, "verdict": "scam", "target": "7"},
    )
    # "²".isdigit() is True but int("²") fails: a 500 before 2026-12-07.
    superscript = client.post(
        f"/reports/{world_ids['US-1']}/verdicts",
        data={"csrf": token, "verdict": "scam", "target": "²"},
    )
    assert wrong.status_code == beyond.status_code == superscript.status_code == 422
    assert web_world.store.list_verdicts(viewer=Viewer.operator()) == []
    logged_out = web_world.client().post(
        f"/reports/{world_ids['US-1']}/verdicts", data={"csrf": token, "verdict": "scam"}
    )
    assert logged_out.status_code in (303, 403)


def test_model_page_names_the_model_in_use(web_world: WebWorld) -> None:
    assert web_world.client().get("/model").status_code == 303  # analysts only
    client = web_world.login(web_world.client())
    html = client.get("/model").text
    meta = json.loads((bundled_model_path() / "metadata.json").read_text(encoding="utf-8"))
    assert meta["version"] in html and "shipped with tipoff" in html
    assert "Training data" in html and "mishra-soni-smishing" in html
    # A held-out set with no scam rows has no scam F1 (the metadata's 0.0 is not shown).
    assert meta["held_out"]["uci-sms-spam"]["scam_f1"] == 0.0
    row = re.search(r"<tr><td>uci-sms-spam</td>.*?</tr>", html.split("Held-out figures")[1])
    assert row and row.group(0).endswith('<td class="num">n/a (no scam rows)</td></tr>')
