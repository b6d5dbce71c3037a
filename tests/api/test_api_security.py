"""Security headers on every response, revoked keys, who the client is behind a proxy, and the
schema of the security tables (docs/security.md)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from tipoff.api.headers import DOCS_POLICY, PAGE_POLICY
from tipoff.check.ratelimit import RateLimiter, client_ip, rate_subject
from tipoff.settings import load_settings
from tipoff.store.tables import SECURITY_TABLES, metadata

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
from web_support import T0, WebWorld, populate

DASHBOARD = [
    "/",
    "/login",
    "/check",
    "/overview",
    "/networks",
    "/networks/rows",
    "/networks/{network}",
    "/networks/{network}/why",
    "/reports/{report}",
    "/indicators",
    "/indicators/1",
    "/static/tipoff.css",
    "/static/vendor/htmx/htmx.min.js",
    "/static/no-such-file",
]
API = [
    "/api/v1/reports",
    "/api/v1/reports/{report}",
    "/api/v1/networks",
    "/api/v1/indicators?kind=phone&value=%2B85512345678",
    "/openapi.json",
    "/no/such/route",
    "/docs",
    "/redoc",
    "/docs/static/swagger-init.js",
]


def assert_secure(response, path: str) -> None:  # type: ignore[no-untyped-def]
    headers = response.headers
    csp = headers.get("content-security-policy", "")
    assert "frame-ancestors 'none'" in csp, path
    assert (
        "script-src 'self'" in csp
        and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    ), path
    assert headers.get("x-frame-options") == "DENY", path
    assert headers.get("x-content-type-options") == "nosniff", path
    assert headers.get("referrer-policy") == "no-referrer", path


@pytest.fixture
def world(database_url: str):  # type: ignore[no-untyped-def]
    world = WebWorld(database_url, check_rate_limit=5)
    yield world
    world.engine.dispose()


def test_every_page_and_api_route_carries_the_security_headers(world: WebWorld) -> None:
    ids = populate(world)
    report = ids["JP-1"]
    client = TestClient(world.app, follow_redirects=False, raise_server_exceptions=False)
    anonymous = TestClient(world.app, follow_redirects=False, raise_server_exceptions=False)
    world.login(client)
    values = {"network": "1", "report": str(report)}
    for path in DASHBOARD:
        for who in (client, anonymous):
            response = who.get(path.format(**values))
            assert response.status_code < 500, (path, response.status_code)
            assert_secure(response, path)
    auth = {"Authorization": f"Bearer {world.key}"}
    for path in API:
        for headers in (auth, {}):
            response = client.get(path.format(**values), headers=headers)
            assert response.status_code < 500, (path, response.status_code)
            assert_secure(response, path)
    posted = client.post("/api/v1/reports", json={"reports": "nope"}, headers=auth)
    assert posted.status_code == 422
    assert_secure(posted, "POST /api/v1/reports")
    assert client.get("/docs").headers["content-security-policy"] == DOCS_POLICY
    assert client.get("/overview").headers["content-security-policy"] == PAGE_POLICY
    assert client.get("/overview").headers["cache-control"] == "no-store"


def test_an_unexpected_500_carries_the_headers_too(world: WebWorld) -> None:
    from tipoff.server import create_app

    broken = create_app(world.settings, store=world.store, clock=lambda: T0)

    @broken.get("/boom")
    def boom() -> None:
        raise RuntimeError("boom")

    response = TestClient(broken, raise_server_exceptions=False).get("/boom")
    assert response.status_code == 500
    assert_secure(response, "/boom")


def test_docs_pages_use_no_inline_script_and_no_other_host(world: WebWorld) -> None:
    client = TestClient(world.app)
    for path in ("/docs", "/redoc"):
        page = client.get(path).text
        assert "<script>" not in page and "https://" not in page, path
        for src in ("/docs/static/swagger-ui/swagger-ui-bundle.js",):
            if src in page:
                assert client.get(src).status_code == 200
    assert "SwaggerUIBundle" in client.get("/docs/static/swagger-init.js").text
    assert client.get("/docs/static/redoc/redoc.standalone.js").status_code == 200
    assert client.get("/docs/static/../../app.py").status_code == 404


def test_a_revoked_key_gets_401(world: WebWorld) -> None:
    from tipoff.keys import key_prefix, revoke_keys

    client = TestClient(world.app)
    auth = {"Authorization": f"Bearer {world.key}"}
    assert client.get("/api/v1/reports", headers=auth).status_code == 200
    prefix = key_prefix(world.key)
    assert prefix is not None
    revoke_keys(world.engine, prefix, at=T0)
    refused = client.get("/api/v1/reports", headers=auth)
    assert refused.status_code == 401
    assert refused.headers["content-type"].startswith("application/problem+json")


# --- who the client is ----------------------------------------------------------------

PROXIES = load_settings(trusted_proxies="10.0.0.0/8, 192.0.2.1").trusted_proxies


@pytest.mark.parametrize(
    ("peer", "forwarded", "client"),
    [
        ("198.51.100.9", ["203.0.113.7"], "198.51.100.9"),  # untrusted peer: header ignored
        ("10.0.0.5", ["203.0.113.7"], "203.0.113.7"),
        ("10.0.0.5", ["6.6.6.6, 203.0.113.7"], "203.0.113.7"),  # spoofed left part ignored
        ("10.0.0.5", ["6.6.6.6", "203.0.113.7, 192.0.2.1"], "203.0.113.7"),  # two proxies
        ("10.0.0.5", ["10.1.1.1, 10.2.2.2"], "10.1.1.1"),  # only proxies: the farthest one
        ("10.0.0.5", ["not-an-address, 10.2.2.2"], "10.2.2.2"),
        ("10.0.0.5", [], "10.0.0.5"),
        (None, ["203.0.113.7"], "unknown"),
    ],
)
def test_client_address_believes_only_trusted_proxies(
    peer: str | None, forwarded: list[str], client: str
) -> None:
    assert client_ip(peer, forwarded, PROXIES) == client


def test_without_trusted_proxies_the_header_is_ignored() -> None:
    assert client_ip("10.0.0.5", ["203.0.113.7"], ()) == "10.0.0.5"


@pytest.mark.parametrize(
    ("address", "subject"),
    [
        ("203.0.113.7", "203.0.113.7"),
        ("2001:db8:1:2::1", "2001:db8:1:2::/64"),
        ("2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64"),
        ("2001:DB8:1:3::1", "2001:db8:1:3::/64"),
        ("::ffff:203.0.113.7", "203.0.113.7"),  # the IPv4 client, written the IPv6 way
        ("unknown", "unknown"),
        ("testclient", "testclient"),
    ],
)
def test_a_rate_limit_counts_an_ipv6_client_by_its_64(address: str, subject: str) -> None:
    assert rate_subject(address) == subject


def test_the_limiter_stays_bounded_under_a_spray_of_active_clients() -> None:
    """Past max_clients, all active, it scanned every entry on every hit and kept them all."""
    limiter = RateLimiter(2, max_clients=100)
    for n in range(1000):
        assert limiter.hit(f"client-{n}").allowed
        assert len(limiter._hits) <= 100
    assert [limiter.hit("client-999").allowed for _ in range(2)] == [True, False]


def check(client: TestClient, forwarded: str) -> int:
    response = client.post(
        "/api/v1/check", json={"text": "hello"}, headers={"X-Forwarded-For": forwarded}
    )
    return response.status_code


def test_check_rate_limit_counts_clients_behind_a_trusted_proxy(database_url: str) -> None:
    world = WebWorld(database_url, check_rate_limit=2, trusted_proxies="10.0.0.0/8")
    try:
        via_proxy = TestClient(world.app, client=("10.0.0.5", 4000))
        assert [check(via_proxy, "203.0.113.7") for _ in range(3)] == [200, 200, 429]
        assert check(via_proxy, "203.0.113.8") == 200  # another client behind the same proxy
        # Changing the spoofable left part does not buy more checks.
        limited = via_proxy.post(
            "/api/v1/check",
            json={"text": "hello"},
            headers={"X-Forwarded-For": "1.1.1.1, 203.0.113.7"},
        )
        assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 1
        direct = TestClient(world.app, client=("198.51.100.9", 4000))
        assert [check(direct, f"203.0.113.{n}") for n in range(3)] == [200, 200, 429]
    finally:
        world.engine.dispose()


def test_an_ipv6_client_does_not_get_a_new_limit_per_address(database_url: str) -> None:
    """Rotating through the addresses of one /64 bought unlimited checks (attack F2)."""
    world = WebWorld(database_url, check_rate_limit=2, trusted_proxies="10.0.0.0/8")
    try:
        via_proxy = TestClient(world.app, client=("10.0.0.5", 4000))
        rotating = [check(via_proxy, f"2001:db8:1:2::{n + 1:x}") for n in range(4)]
        assert rotating == [200, 200, 429, 429]
        assert check(via_proxy, "2001:db8:1:3::1") == 200  # another /64 is another client
        mapped = [check(via_proxy, "::ffff:203.0.113.9"), check(via_proxy, "203.0.113.9")]
        assert mapped == [200, 200] and check(via_proxy, "203.0.113.9") == 429
        # Without a proxy, the socket peer's /64 counts the same way.
        direct = [
            TestClient(world.app, client=(f"2001:db8:9:9::{n}", 4000))
            .post("/api/v1/check", json={"text": "hi"})
            .status_code
            for n in range(1, 4)
        ]
        assert direct == [200, 200, 429]
    finally:
        world.engine.dispose()


def test_behind_a_trusted_tls_proxy_cookies_are_secure_and_hsts_is_sent(
    database_url: str,
) -> None:
    """The deployment docs/security.md describes (TLS ends at a reverse proxy, which the
    app reaches over plain HTTP) gave session and CSRF cookies without ``Secure`` and no
    ``Strict-Transport-Security``: the app only looked at its own socket's scheme. A
    trusted proxy's ``X-Forwarded-Proto: https`` now counts; anyone else's does not."""
    world = WebWorld(database_url, trusted_proxies="10.0.0.0/8")
    https = {"X-Forwarded-Proto": "https"}
    try:
        via_proxy = TestClient(world.app, client=("10.0.0.5", 4000), follow_redirects=False)
        page = via_proxy.get("/login", headers=https)
        assert "secure" in page.headers["set-cookie"].lower()
        assert page.headers["strict-transport-security"].startswith("max-age=")
        csrf = page.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
        nonce = page.headers["set-cookie"].split(";", 1)[0]  # a Secure cookie: sent by hand
        login = via_proxy.post(
            "/login", data={"api_key": world.key, "csrf": csrf}, headers=https | {"Cookie": nonce}
        )
        assert login.status_code == 303
        session = [c for c in login.headers.get_list("set-cookie") if "tipoff_session" in c]
        assert session and "secure" in session[0].lower()
        for peer in ("198.51.100.9", "10.0.0.5"):  # a client's own header; a proxy over http
            headers = https if peer != "10.0.0.5" else {"X-Forwarded-Proto": "https, http"}
            other = TestClient(world.app, client=(peer, 4000)).get("/login", headers=headers)
            assert "secure" not in other.headers["set-cookie"].lower()
            assert "strict-transport-security" not in other.headers
    finally:
        world.engine.dispose()


def test_rate_limited_has_a_typed_retry_after() -> None:
    from tipoff.errors import RateLimited

    assert RateLimited("slow down", retry_after_s=7).retry_after_s == 7


def test_security_tables_match_their_migration(engine: Engine) -> None:
    def ours(obj: object, name: str | None, type_: str, *_: object) -> bool:
        table = getattr(obj, "table", obj)
        table_name = name if type_ == "table" else getattr(table, "name", None)
        return table_name in SECURITY_TABLES

    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": ours, "compare_type": True}
        )
        assert compare_metadata(context, metadata) == []
