"""The Content-Security-Policy breaks nothing: no violation on the main pages in Chromium.

Every page is loaded with a listener for ``securitypolicyviolation`` events and the console
is watched for CSP errors; the dashboard, the check page (with an htmx answer) and the API
docs must report none. Skips like tests/web/test_web_browser.py when Chromium is missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_web_browser import CHROMIUM_ARGS, chromium_path
from tests.share.loopback import serve_asgi
from web_support import T0, WALLET, WebWorld, populate

from tipoff.users import add_user

pytestmark = pytest.mark.browser

USER, PASSWORD = "aiko.tanaka", "correct horse battery staple"
RECORD_VIOLATIONS = """
window.__csp = [];
document.addEventListener('securitypolicyviolation',
  e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
"""


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, int]]]:
    chromium_path()
    db: Path = tmp_path_factory.mktemp("csp") / "tipoff.db"
    world = WebWorld(f"sqlite:///{db}", check_rate_limit=50)
    ids = populate(world)
    add_user(world.engine, world.agency, USER, PASSWORD, at=T0)
    with serve_asgi(world.app) as base:
        yield base, ids
    world.engine.dispose()


def test_main_pages_cause_no_csp_violation(served: Any) -> None:
    from playwright.sync_api import sync_playwright

    base, ids = served
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS
        )
        page = browser.new_page(viewport={"width": 1300, "height": 900})
        page.add_init_script(RECORD_VIOLATIONS)
        console: list[str] = []
        page.on(
            "console",
            lambda m: console.append(m.text) if "Content Security Policy" in m.text else None,
        )
        seen: dict[str, list[str]] = {}

        def visit(path: str, ready: str | None = None) -> None:
            page.goto(f"{base}{path}")
            if ready:
                page.wait_for_selector(ready)
            page.wait_for_timeout(300)
            seen[path] = page.evaluate("() => window.__csp")

        visit("/login")
        page.fill("#login-user input[name=username]", USER)
        page.fill("#login-user input[name=password]", PASSWORD)
        page.click("#login-user button[type=submit]")
        page.wait_for_url(f"{base}/overview")
        page.wait_for_function(
            "() => document.querySelector('#reports-per-day').dataset.drawn === '1'"
        )
        seen["/overview"] = page.evaluate("() => window.__csp")
        visit("/networks", "#networks-table")
        network = page.get_attribute("#networks-table a.network-link >> nth=0", "href")
        visit(str(network), "#graph canvas")
        visit(f"/reports/{ids['JP-1']}", ".text-block")
        visit("/indicators")
        visit("/check")
        page.fill("#check-text", f"Guaranteed profit! Send USDT to {WALLET} now.")
        page.click("#check-submit")
        page.wait_for_selector("#check-result .verdict")  # the htmx answer was swapped in
        seen["/check (htmx)"] = page.evaluate("() => window.__csp")
        visit("/docs", "#swagger-ui .information-container")
        visit("/redoc", "redoc h1")
        browser.close()
    # ReDoc always tries to show Redocly's logo from cdn.redoc.ly; the policy blocks that (no
    # third-party requests) and ReDoc hides the image when it fails to load. Nothing else.
    expected = "cdn.redoc.ly/redoc/logo-mini.svg"
    seen["/redoc"] = [v for v in seen["/redoc"] if expected not in v]
    assert {path: v for path, v in seen.items() if v} == {}
    assert [text for text in console if expected not in text] == []
