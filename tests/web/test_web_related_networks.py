"""The network page lists the networks related to it through a value that links neither."""

from __future__ import annotations

from datetime import UTC, datetime

from web_support import WebWorld

from tipoff.link.hubs import HubPolicy
from tipoff.link.persistence import relink
from tipoff.store.records import NewReport, NewSighting

NOW = datetime(2026, 5, 1, 9, 30, tzinfo=UTC)
ACCOUNT = "JP:0005:7654321"


def _sighting(kind: str, value: str, role: str) -> NewSighting:
    return NewSighting(kind, value, role, value, "narrative", None, None, 1.0, False)


def _crew(prefix: str, tlp: str) -> list[NewReport]:
    """Twelve reports joined by the crew's own phones; three also pay ``ACCOUNT``."""
    return [
        NewReport(
            external_id=f"{prefix}-{i}",
            received_at=NOW,
            tlp=tlp,
            victim_country="JP",
            loss_usd=100.0,
            scam_type="investment",
            sightings=(
                _sighting("phone", f"{prefix}{i % 3:07d}", "caller"),
                _sighting("phone", f"{prefix}9{i % 4:06d}", "caller"),
                *((_sighting("bank_account", ACCOUNT, "payee_account"),) if i < 3 else ()),
            ),
        )
        for i in range(12)
    ]


def test_network_page_links_to_networks_related_through_a_shared_account(
    web_world: WebWorld,
) -> None:
    store = web_world.store
    store.save_reports(web_world.agency, _crew("+8551", "amber"), at=NOW, actor="test")
    store.save_reports(web_world.other, _crew("+6681", "green"), at=NOW, actor="test")
    relink(web_world.engine, HubPolicy(50), 10, NOW)
    client = web_world.login(web_world.client())
    ids = {
        int(chunk.split('"', 1)[0])
        for chunk in client.get("/networks").text.split('href="/networks/')[1:]
        if chunk.split('"', 1)[0].isdigit()
    }
    assert len(ids) == 2  # the account joined neither crew to the other
    pages = {n: client.get(f"/networks/{n}").text for n in ids}
    for network_id, html in pages.items():
        (other,) = ids - {network_id}
        assert 'id="related-networks"' in html
        assert f'href="/networks/{other}"' in html and f"bank_account:{ACCOUNT}" in html
