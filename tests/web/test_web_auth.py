"""Analyst pages need a login; forms need a CSRF token; the check page is public."""

from __future__ import annotations

import pytest
from web_support import WebWorld, csrf_from

ANALYST_PAGES = [
    "/overview",
    "/networks",
    "/networks/1",
    "/reports/1",
    "/indicators",
    "/indicators/1",
]


@pytest.mark.parametrize("path", ANALYST_PAGES)
def test_analyst_pages_redirect_to_login(web_world: WebWorld, path: str) -> None:
    response = web_world.client().get(path)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login?next=")


def test_htmx_requests_get_an_hx_redirect(web_world: WebWorld) -> None:
    response = web_world.client().get("/networks/rows", headers={"HX-Request": "true"})
    assert response.status_code == 303 and response.headers["hx-redirect"].startswith("/login")


def test_check_page_is_public(web_world: WebWorld) -> None:
    response = web_world.client().get("/check")
    assert response.status_code == 200 and "Is this a scam?" in response.text


def test_login_needs_csrf_and_a_valid_key(web_world: WebWorld) -> None:
    client = web_world.client()
    page = client.get("/login?next=/networks")
    token = csrf_from(page.text)
    assert client.post("/login", data={"api_key": web_world.key}).status_code == 403
    assert (
        client.post("/login", data={"api_key": web_world.key, "csrf": "forged"}).status_code == 403
    )
    bad = client.post("/login", data={"api_key": "tpk_00000000_nope", "csrf": token})
    assert bad.status_code == 401 and "not valid" in bad.text
    good = client.post(
        "/login", data={"api_key": web_world.key, "csrf": token, "next": "/networks"}
    )
    assert good.status_code == 303 and good.headers["location"] == "/networks"
    assert client.get("/overview").status_code == 200
    actions = [e.action for e in web_world.store.audit_entries(limit=5)]
    assert actions[:2] == ["login", "login_failed"]


def test_csrf_token_from_another_browser_is_rejected(web_world: WebWorld) -> None:
    victim, attacker = web_world.client(), web_world.client()
    token = csrf_from(attacker.get("/login").text)  # valid only with the attacker's cookie
    victim.get("/login")
    assert victim.post("/login", data={"api_key": web_world.key, "csrf": token}).status_code == 403


def test_a_planted_nonce_cookie_opens_no_form_of_a_logged_in_session(
    web_world: WebWorld,
) -> None:
    """Whoever can set a cookie for the host (a sibling subdomain, plain HTTP on the way)
    plants a nonce whose token it read from /check; before 2026-12-07 that token was accepted
    for every form of the victim's logged-in session (verdicts, tip-offs, logout)."""
    attacker = web_world.client()
    attacker.cookies.set("tipoff_csrf", "planted-nonce")
    token = csrf_from(attacker.get("/check").text)
    victim = web_world.login(web_world.client())
    session = victim.cookies.get("tipoff_session")
    cookies = f"tipoff_session={session}; tipoff_csrf=planted-nonce"
    forged = web_world.client().post(
        "/logout",
        content=f"csrf={token}".encode(),
        headers={"cookie": cookies, "content-type": "application/x-www-form-urlencoded"},
    )
    assert forged.status_code == 403
    assert victim.get("/overview").status_code == 200  # still logged in
    # The same cookies with no session: the nonce's token is the login form's key.
    anonymous = web_world.client().post(
        "/check",
        content=f"csrf={token}&text=hello".encode(),
        headers={
            "cookie": "tipoff_csrf=planted-nonce",
            "content-type": "application/x-www-form-urlencoded",
        },
    )
    assert anonymous.status_code in (200, 422, 429)


def test_logout_needs_csrf_and_ends_the_session(web_world: WebWorld) -> None:
    client = web_world.login(web_world.client())
    page = client.get("/overview")
    assert client.post("/logout").status_code == 403
    assert client.post("/logout", data={"csrf": csrf_from(page.text)}).status_code == 303
    assert client.get("/overview").status_code == 303


def test_forged_session_cookie_is_refused(web_world: WebWorld) -> None:
    client = web_world.client()
    client.cookies.set("tipoff_session", "eyJwcmluY2lwYWwiOiJ4In0.AAAA")
    assert client.get("/overview").status_code == 303


@pytest.mark.parametrize("target", ["//evil.example/x", "https://evil.example", "/\\evil"])
def test_login_never_redirects_off_site(web_world: WebWorld, target: str) -> None:
    client = web_world.client()
    token = csrf_from(client.get("/login").text)
    response = client.post("/login", data={"api_key": web_world.key, "csrf": token, "next": target})
    assert response.headers["location"] == "/overview"


def test_static_files_are_served_and_contained(web_world: WebWorld) -> None:
    client = web_world.client()
    js = client.get("/static/vendor/htmx/htmx.min.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"]
    assert client.get("/static/vendor/cytoscape/LICENSE").status_code == 200
    assert client.get("/static/../../settings.py").status_code == 404
    assert client.get("/static/%2e%2e/routes.py").status_code == 404


@pytest.mark.parametrize("prefix", ["/static/", "/docs/static/"])
def test_static_file_names_the_os_refuses_are_not_found(web_world: WebWorld, prefix: str) -> None:
    """A name over the file system's length limit was an OSError, answered 500 (attack F1)."""
    client = web_world.client()
    for path in ("9" * 5000, "vendor/" + "a" * 300 + ".js", "a/" * 3000 + "b"):
        assert client.get(prefix + path).status_code == 404, path
        assert client.head(prefix + path).status_code == 404, path


def test_user_accounts_log_in_and_can_be_disabled(web_world: WebWorld) -> None:
    from web_support import T0

    from tipoff.errors import Conflict, ValidationError
    from tipoff.users import add_user, disable_user, verify_password, web_users

    add_user(
        web_world.engine, web_world.agency, "aiko.tanaka", "correct horse battery staple", at=T0
    )
    with pytest.raises(Conflict):
        add_user(web_world.engine, web_world.agency, "aiko.tanaka", "another long password", at=T0)
    with pytest.raises(ValidationError):
        add_user(web_world.engine, web_world.agency, "bob", "short", at=T0)
    with web_world.engine.connect() as connection:
        stored = connection.execute(web_users.select()).one().password_hash
    assert stored.startswith("scrypt$") and "correct horse" not in stored
    assert verify_password("correct horse battery staple", stored) and not verify_password(
        "wrong", stored
    )

    client = web_world.client()
    token = csrf_from(client.get("/login").text)
    wrong = client.post(
        "/login", data={"username": "aiko.tanaka", "password": "nope", "csrf": token}
    )
    assert wrong.status_code == 401
    unknown = client.post("/login", data={"username": "nobody", "password": "nope", "csrf": token})
    assert unknown.status_code == 401
    good = client.post(
        "/login",
        data={"username": "Aiko.Tanaka", "password": "correct horse battery staple", "csrf": token},
    )
    assert good.status_code == 303 and "user:aiko.tanaka" in client.get("/overview").text
    disable_user(web_world.engine, "aiko.tanaka", at=T0)
    assert client.get("/overview").status_code == 303  # the open session ends at once
    again = web_world.client()
    token = csrf_from(again.get("/login").text)
    refused = again.post(
        "/login",
        data={"username": "aiko.tanaka", "password": "correct horse battery staple", "csrf": token},
    )
    assert refused.status_code == 401


# --- server-side sessions, key revocation, login throttling (docs/security.md) -----------


def logged_in(client) -> bool:  # type: ignore[no-untyped-def]
    """Whether the client's cookie is a live session (GET /login redirects only then)."""
    return client.get("/login").status_code == 303


def login_form_post(client, **data: str):  # type: ignore[no-untyped-def]
    token = csrf_from(client.get("/login").text)
    return client.post("/login", data={**data, "csrf": token})


def test_a_copied_cookie_is_dead_after_logout(web_world: WebWorld) -> None:
    client = web_world.login(web_world.client())
    cookie = client.cookies.get("tipoff_session")
    assert cookie and logged_in(client)
    page = client.get("/check")  # any page: it carries the session's CSRF token
    assert client.post("/logout", data={"csrf": csrf_from(page.text)}).status_code == 303
    thief = web_world.client()
    thief.cookies.set("tipoff_session", cookie)
    assert not logged_in(thief)


def test_revoking_the_key_ends_its_dashboard_sessions(web_world: WebWorld) -> None:
    from web_support import T0

    from tipoff.keys import key_prefix, revoke_keys

    client = web_world.login(web_world.client())
    other_key = web_world.client()
    from tipoff.keys import issue_key

    second = issue_key(web_world.store, web_world.agency, at=T0, actor="test")
    assert login_form_post(other_key, api_key=second).status_code == 303
    prefix = key_prefix(web_world.key)
    assert prefix is not None
    done = revoke_keys(web_world.engine, prefix, at=T0)
    assert done.sessions_ended == 1 and [k.agency for k in done.keys] == ["JP-NPA"]
    assert not logged_in(client)
    assert logged_in(other_key)  # a session of another key of the same agency stays
    again = web_world.client()
    assert login_form_post(again, api_key=web_world.key).status_code == 401


def test_a_session_whose_row_is_gone_is_refused(web_world: WebWorld) -> None:
    from tipoff.store.tables import web_sessions

    client = web_world.login(web_world.client())
    with web_world.engine.begin() as connection:
        connection.execute(web_sessions.delete())
    assert not logged_in(client)


def test_failed_logins_lock_the_account_with_a_stored_counter(web_world: WebWorld) -> None:
    from web_support import T0

    from tipoff.server import create_app
    from tipoff.users import add_user

    add_user(web_world.engine, web_world.agency, "aiko.tanaka", "correct horse battery", at=T0)
    client = web_world.client()
    for _ in range(web_world.settings.login_failures_per_account):
        wrong = login_form_post(client, username="aiko.tanaka", password="wrong password")
        assert wrong.status_code == 401
    locked = login_form_post(client, username="aiko.tanaka", password="correct horse battery")
    assert locked.status_code == 429
    assert int(locked.headers["retry-after"]) == web_world.settings.login_window_s
    # A restarted (or second) process over the same database keeps the lock.
    restarted = create_app(web_world.settings, store=web_world.store, clock=lambda: T0)
    restarted.state.engine = web_world.engine
    from fastapi.testclient import TestClient

    other = TestClient(restarted, follow_redirects=False)
    again = login_form_post(other, username="aiko.tanaka", password="correct horse battery")
    assert again.status_code == 429
    # After the window the right password works, and clears the account's counter.
    later = T0.timestamp() + web_world.settings.login_window_s
    from datetime import UTC, datetime

    web_world.app.state.clock = lambda: datetime.fromtimestamp(later, UTC)
    ok = login_form_post(client, username="aiko.tanaka", password="correct horse battery")
    assert ok.status_code == 303


def test_wrong_keys_with_a_known_prefix_do_not_lock_its_holder_out(
    web_world: WebWorld,
) -> None:
    """Five wrong keys with another agency's public prefix (shown in its verdicts' actor)
    locked that agency's analysts out for the whole window (attack F7)."""
    from fastapi.testclient import TestClient

    prefix = web_world.key.split("_")[1]
    for n in range(web_world.settings.login_failures_per_account + 2):
        attacker = TestClient(web_world.app, follow_redirects=False, client=(f"198.51.100.{n}", 1))
        wrong = login_form_post(attacker, api_key=f"tpk_{prefix}_not-the-secret-{n}")
        assert wrong.status_code == 401
    holder = TestClient(web_world.app, follow_redirects=False, client=("203.0.113.5", 1))
    assert login_form_post(holder, api_key=web_world.key).status_code == 303


def test_failed_logins_lock_the_client_address(database_url: str) -> None:
    world = WebWorld(database_url, login_failures_per_address=3)
    try:
        client = world.client()
        for n in range(3):  # a different account each time: only the address adds up
            assert login_form_post(client, username=f"user{n}", password="x").status_code == 401
        blocked = login_form_post(client, api_key=world.key)
        assert blocked.status_code == 429 and int(blocked.headers["retry-after"]) > 0
        audit = [entry.action for entry in world.store.audit_entries()]
        assert audit.count("login_failed") == 3 and "login_throttled" in audit
    finally:
        world.engine.dispose()


def test_failed_logins_from_one_ipv6_64_add_up(database_url: str) -> None:
    """Each IPv6 address of a /64 had its own failure counter (attack F2)."""
    from fastapi.testclient import TestClient

    world = WebWorld(database_url, login_failures_per_address=3)
    try:
        for n in range(3):
            client = TestClient(world.app, follow_redirects=False, client=(f"2001:db8::{n}", 1))
            assert login_form_post(client, username=f"user{n}", password="x").status_code == 401
        next_door = TestClient(world.app, follow_redirects=False, client=("2001:db8::ff", 1))
        assert login_form_post(next_door, api_key=world.key).status_code == 429
        elsewhere = TestClient(world.app, follow_redirects=False, client=("2001:db8:0:1::1", 1))
        assert login_form_post(elsewhere, api_key=world.key).status_code == 303
    finally:
        world.engine.dispose()


def test_rows_of_sessions_past_their_lifetime_are_dropped_at_the_next_login(
    web_world: WebWorld,
) -> None:
    from datetime import timedelta

    from web_support import T0

    from tipoff.store.tables import web_sessions
    from tipoff.web.session import SESSION_MAX_AGE_S

    web_world.login(web_world.client())
    web_world.login(web_world.client())
    web_world.app.state.clock = lambda: T0 + timedelta(seconds=SESSION_MAX_AGE_S + 1)
    web_world.login(web_world.client())
    with web_world.engine.connect() as connection:
        assert len(connection.execute(web_sessions.select()).all()) == 1
