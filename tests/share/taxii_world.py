"""A tipoff instance with the sharing world and one partner per clearance, for TAXII tests."""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from fastapi import FastAPI
from share_world import new_reports

from tipoff.api.routers import taxii
from tipoff.keys import issue_key
from tipoff.server import create_app
from tipoff.settings import Settings
from tipoff.share.collection import publish
from tipoff.share.partners import add_partner, get_partner
from tipoff.store import migrate
from tipoff.store.engine import make_engine
from tipoff.store.records import Agency
from tipoff.store.sql import SqlReportStore

NOW = datetime(2026, 4, 1, 12, 0, tzinfo=UTC)
TAXII = "application/taxii+json;version=2.1"
CLEARANCES = ("clear", "green", "amber", "own")


@dataclass
class TaxiiWorld:
    """JP-NPA with the share_world reports; partner P-<clearance> for each clearance."""

    url: str
    store: SqlReportStore
    agency: Agency
    app: FastAPI
    keys: dict[str, str] = field(default_factory=dict)  # partner code -> key

    def basic(self, code: str, key: str | None = None) -> dict[str, str]:
        token = base64.b64encode(f"{code}:{key or self.keys[code]}".encode()).decode()
        return {"Authorization": f"Basic {token}", "Accept": TAXII}

    def agency_keys(self) -> dict[str, str]:
        """An API key for each agency (JP-NPA, whose reports these are, and KH-POL)."""
        return {
            code: issue_key(self.store, self.store.get_agency(code), at=NOW, actor="test")
            for code in ("JP-NPA", "KH-POL")
        }

    def republish(self) -> None:
        for clearance in CLEARANCES:
            found = get_partner(self.store.engine, self.agency, f"P-{clearance.upper()}")
            publish(self.store.engine, self.agency, clearance, found.receiver(), at=NOW)


def taxii_world(tmp_path: Path, url: str | None = None) -> TaxiiWorld:
    url = url or f"sqlite:///{tmp_path / 'taxii.db'}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    store = SqlReportStore(engine)
    agency = store.add_agency("JP-NPA", "National Police Agency", "JP", at=NOW)
    other = store.add_agency("KH-POL", "Cambodian National Police", "KH", at=NOW)
    store.save_reports(agency, new_reports(), at=NOW, actor="test")
    settings = Settings(database_url=url, environment="test")
    app = create_app(settings, clock=lambda: NOW, routers=(taxii.router,))
    world = TaxiiWorld(url, store, agency, app)
    for clearance in CLEARANCES:
        code = f"P-{clearance.upper()}"
        partner, key = add_partner(
            store,
            engine,
            agency,
            code,
            clearance=clearance,
            at=NOW,
            actor="test",
            purpose="MoU 2026-17: scam prevention",
        )
        world.keys[code] = key
        publish(engine, agency, clearance, partner.receiver(), at=NOW)
    _, world.keys["KH-PARTNER"] = add_partner(
        store, engine, other, "KH-PARTNER", clearance="amber", at=NOW, actor="test"
    )
    return world
