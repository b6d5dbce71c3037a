"""What leaves the instance never carries a victim's own values (role "own"), unless to the
owning agency's own systems; a mule (a value another report pays) is shared as the payer's.

Over ``web.web_support.OWN_WORLD`` stored through intake on SQLite and PostgreSQL: A
(KH-ACD) holds a victim's own account and numbers, in an AMBER report whose narrative goes
into STIX for AMBER receivers; B (JP-NPA) holds a CLEAR report paying the account that
another victim of A's calls their own.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from tipoff.api.routers.taxii import collection_id
from tipoff.link.network_tables import networks
from tipoff.share.collection import publish
from tipoff.share.export import export_for
from tipoff.share.lookups import lookup_key_for, token
from tipoff.share.partners import add_partner
from tipoff.share.receivers import receiver_for
from tipoff.tipoffs.from_network import draft_from_network
from tipoff.tipoffs.matches import match_tipoff
from tipoff.tipoffs.model import Part
from tipoff.visibility import Viewer
from web.web_support import MULE_DIGITS, OWN_FORMS, T0, WebWorld, populate_own_world

OWN_VALUES = (
    ("bank_account", "SG:7171:0234567890"),
    ("phone", "+16465550142"),
    ("phone", "+639171234567"),
)
TAXII = "application/taxii+json;version=2.1"


@pytest.fixture
def world(database_url: str) -> Iterator[WebWorld]:
    built = WebWorld(database_url, check_rate_limit=10_000)
    populate_own_world(built)
    yield built
    built.engine.dispose()


def _has_own(text: str) -> list[str]:
    return [form for form in OWN_FORMS + tuple(v for _, v in OWN_VALUES) if form in text]


def test_stix_to_a_partner_masks_own_values_and_to_the_owner_keeps_them(world: WebWorld) -> None:
    partner = export_for(
        world.store,
        world.engine,
        world.other,
        receiver_for("amber", world.other.id),
        at=T0,
        actor="test",
    )
    text = json.dumps(partner.bundle)
    assert "[victim]" in text and "refund would go back" in text  # the narrative left, masked
    assert not _has_own(text) and MULE_DIGITS not in text
    own = export_for(
        world.store,
        world.engine,
        world.other,
        receiver_for("own", world.other.id),
        at=T0,
        actor="test",
    )
    assert "023-456789-0" in json.dumps(own.bundle)  # the agency's own systems: its data
    # Never as an indicator, not even to the owner's systems.
    indicators = [o for o in own.bundle["objects"] if o["type"] == "indicator"]
    assert indicators and not _has_own(json.dumps(indicators))


def test_partners_never_get_own_values_by_taxii_blocklist_or_lookup(world: WebWorld) -> None:
    partner, key = add_partner(
        world.store, world.engine, world.other, "A-BANK", clearance="amber", at=T0, actor="test"
    )
    publish(world.engine, world.other, "amber", partner.receiver(), at=T0)
    client = TestClient(world.app, raise_server_exceptions=False)
    basic = base64.b64encode(f"A-BANK:{key}".encode()).decode()
    taxii = {"Authorization": f"Basic {basic}", "Accept": TAXII}
    url = f"/taxii2/KH-ACD/collections/{collection_id('KH-ACD', 'shared')}/objects/"
    objects = client.get(url, headers=taxii)
    assert objects.status_code == 200 and objects.json()["objects"], objects.text
    assert "[victim]" in objects.text and not _has_own(objects.text)
    bearer = {"Authorization": f"Bearer {key}"}
    for kind in ("phone", "bank_account"):
        listed = client.get(f"/api/v1/partner/blocklist?kind={kind}", headers=bearer)
        assert listed.status_code == 200 and not _has_own(listed.text), listed.text
    asked = [token(lookup_key_for(key), kind, value).hex() for kind, value in OWN_VALUES]
    known = client.post("/api/v1/partner/lookup", json={"hashes": asked}, headers=bearer)
    assert known.status_code == 200 and known.json()["known"] == [], known.text


def test_a_mule_is_shared_as_the_payers_value(world: WebWorld) -> None:
    """The account A's victim calls their own is B's victim's payee: B's partner may block
    it (from B's report), A's partner gets nothing of it (A's report names it as own)."""
    _, b_key = add_partner(
        world.store, world.engine, world.agency, "B-BANK", clearance="clear", at=T0, actor="test"
    )
    _, a_key = add_partner(
        world.store, world.engine, world.other, "A-BANK", clearance="clear", at=T0, actor="test"
    )
    client = TestClient(world.app, raise_server_exceptions=False)
    url = "/api/v1/partner/blocklist?kind=bank_account"
    assert MULE_DIGITS in client.get(url, headers={"Authorization": f"Bearer {b_key}"}).text
    assert MULE_DIGITS not in client.get(url, headers={"Authorization": f"Bearer {a_key}"}).text


def test_a_tipoff_from_a_network_never_names_a_victims_own_value(world: WebWorld) -> None:
    """The network's suspects (phones, accounts) listed the victim's own account and numbers
    as the crew's (before ownpriv)."""
    with world.engine.connect() as connection:
        [network_id] = connection.execute(select(networks.c.id)).scalars().all()
        made = draft_from_network(
            connection,
            network_id,
            world.other,
            receiver_for("amber", world.other.id),
            recipient="B-POLICE",
        )
    text = json.dumps([dict(part.body) for part in made.draft.parts])
    assert "+855127774321" in text  # the crew's caller is the suspect
    assert not _has_own(text) and MULE_DIGITS not in text, text


def test_a_tipoff_naming_a_victims_own_value_matches_nothing(world: WebWorld) -> None:
    """A tip-off's suspects are matched against the reports the agency may see: naming a
    victim's own account in one (a probe) found the victim's report (before ownpriv)."""
    probe = SimpleNamespace(
        parts=(
            Part(
                "suspects",
                "amber",
                {"accounts": ["DBS 023-456789-0"], "phones": ["+1 646 555 0142"]},
            ),
            Part("suspects", "amber", {"phones": ["+855 12 777 4321"]}),
        )
    )
    with world.engine.connect() as connection:
        found = match_tipoff(connection, probe, Viewer.agency(world.agency.id))  # type: ignore[arg-type]
    assert found.identifiers == (("phone", "+855127774321"),), found
