"""Intake, the API and the public check honour TIPOFF_MODEL_DIR and TIPOFF_WARNINGLIST_DIR.

The model and the warninglists are passed explicitly (``Analyser.from_settings``,
``create_app``); before, only ``tipoff assess`` and ``tipoff extract`` read these settings
and every other path used the bundled ones.
"""

from __future__ import annotations

import json
import pickle
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from tipoff.api.routers import check, reports
from tipoff.assess.assess import bundled_model_path
from tipoff.assess.linear_model import METADATA_FILE
from tipoff.intake.analyse import Analyser, AnalysisSetup
from tipoff.intake.schema import ReportIn
from tipoff.keys import issue_key
from tipoff.server import create_app
from tipoff.settings import Settings
from tipoff.store.sql import SqlReportStore
from tipoff.store.tables import indicators

NOW = datetime(2026, 5, 1, 9, 30, tzinfo=UTC)
LISTED = "parcel-fee-jp.top"  # on the instance's own list only
TEXT = f"Your parcel is held. Pay the customs fee now at https://{LISTED}/pay or it is returned."


@pytest.fixture
def instance_dirs(tmp_path: Path) -> tuple[Path, Path]:
    """A warninglist folder naming LISTED, and a copy of the bundled model named 'copy-1'."""
    lists = tmp_path / "lists"
    lists.mkdir()
    entry = {
        "name": "ours",
        "type": "hostname",
        "matching_attributes": ["domain"],
        "list": [LISTED],
    }
    (lists / "ours.json").write_text(json.dumps(entry), encoding="utf-8")
    model = tmp_path / "model"
    shutil.copytree(bundled_model_path(), model)
    metadata = json.loads((model / METADATA_FILE).read_text(encoding="utf-8"))
    (model / METADATA_FILE).write_text(json.dumps(metadata | {"version": "copy-1"}), "utf-8")
    return lists, model


def _domain_common(analyser: Analyser) -> bool:
    sightings = analyser.analyse(ReportIn(external_id="r", narrative=TEXT)).sightings
    return next(s.common for s in sightings if s.kind == "domain" and s.value == LISTED)


def test_analyser_from_settings_uses_the_instance_lists_and_model(
    instance_dirs: tuple[Path, Path],
) -> None:
    lists, model = instance_dirs
    settings = Settings(environment="test", warninglist_dir=lists, model_dir=model)
    assert _domain_common(Analyser(with_assessment=False)) is False
    configured = Analyser.from_settings(settings)
    assert _domain_common(configured) is True
    assessment = configured.analyse(ReportIn(external_id="r", narrative=TEXT)).assessment
    assert assessment is not None and assessment.model_version == "copy-1"
    # Worker processes (tipoff ingest --workers) get the same analyser from plain values.
    setup = pickle.loads(pickle.dumps(AnalysisSetup.from_settings(settings)))
    assert _domain_common(setup.analyser()) is True


def test_api_intake_and_check_use_the_instance_lists_and_model(
    engine: Engine, instance_dirs: tuple[Path, Path]
) -> None:
    lists, model = instance_dirs
    store = SqlReportStore(engine)
    key = issue_key(store, store.add_agency("JP-NPA", "JP", "JP", at=NOW), at=NOW, actor="t")
    settings = Settings(
        database_url=engine.url.render_as_string(hide_password=False),
        environment="test",
        warninglist_dir=lists,
        model_dir=model,
        link_on_intake=False,
    )
    app = create_app(settings, clock=lambda: NOW, routers=(reports.router, check.router))
    headers = {"Authorization": f"Bearer {key}"}
    with TestClient(app) as client:
        posted = client.post(
            "/api/v1/reports", json={"external_id": "c1", "narrative": TEXT}, headers=headers
        )
        assert posted.status_code == 201, posted.text
        stored = client.get(posted.headers["location"], headers=headers).json()
        checked = client.post("/api/v1/check", json={"text": TEXT}).json()
    assert stored["model_version"] == "copy-1"
    with engine.connect() as connection:
        common = connection.execute(
            select(indicators.c.common).where(indicators.c.value == LISTED)
        ).scalar_one()
    assert common is True
    assert {i["value"]: i["common"] for i in checked["identifiers"]}[LISTED] is True
