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


def test_user_accounts_log_in_and_can_be_disabled(web_world: WebWorld) -> None:
    from web_support import T0

    from tipoff.errors import Conflict, ValidationError
    from tipoff.web.users import add_user, disable_user, verify_password, web_users

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
