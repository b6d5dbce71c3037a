"""The dashboard and the check page in a real browser: Debian's Chromium driven by Playwright.

Skips with the reason when Chromium or Playwright is missing, but fails where
TIPOFF_REQUIRE_BROWSER=1 (CI). Every page visited is saved under test-output/screenshots/.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from tests.share.loopback import serve_asgi
from web_support import KH_PHONE, T0, WALLET, WebWorld, populate

from tipoff.check.wording import wording
from tipoff.share.partners import add_partner, list_partners
from tipoff.users import add_user

pytestmark = pytest.mark.browser

REPO_ROOT = Path(__file__).resolve().parents[2]
SIMULATED_REPORTS = 400  # a simulator world on top of the hand-written one
USER, PASSWORD = "aiko.tanaka", "correct horse battery staple"
SHOTS = REPO_ROOT / "test-output" / "screenshots"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def chromium_path() -> str:
    """Debian's Chromium, or a skip (a failure where TIPOFF_REQUIRE_BROWSER=1)."""
    found = (
        os.environ.get("TIPOFF_CHROMIUM")
        or shutil.which("chromium")
        or shutil.which("chromium-browser")
    )
    reason = None
    if not found:
        reason = (
            "Chromium not installed (apt-get install -y chromium fonts-noto-cjk "
            "fonts-thai-tlwg fonts-khmeros)"
        )
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            reason = "Playwright is not installed (pip install playwright)"
    if reason:
        if os.environ.get("TIPOFF_REQUIRE_BROWSER") == "1":
            pytest.fail(reason + " (TIPOFF_REQUIRE_BROWSER=1)")
        pytest.skip(reason)
    return str(found)


@pytest.fixture(scope="module")
def served(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[str, WebWorld, dict[str, int]]]:
    """The app over a populated SQLite database, served by uvicorn on 127.0.0.1."""
    chromium_path()
    db = tmp_path_factory.mktemp("browser") / "tipoff.db"
    world = WebWorld(f"sqlite:///{db}", check_rate_limit=50)
    ids = populate(world, simulated=SIMULATED_REPORTS)
    add_user(world.engine, world.agency, USER, PASSWORD, at=T0)
    with serve_asgi(world.app) as base:
        yield base, world, ids
    world.engine.dispose()


@pytest.fixture(scope="module")
def browser(served: Any) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS
        )
        yield instance
        instance.close()


def shot(page: Any, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def submit_check(page: Any, text: str, kind: str = "message") -> str:
    """Paste ``text`` into the check page, submit it, and return the verdict shown."""
    page.fill("#check-text", text)
    page.check(f"input[name=kind][value={kind}]")
    page.evaluate(
        "() => { document.getElementById('check-result').innerHTML = ''; }"
    )  # no stale answer
    page.click("#check-submit")
    page.wait_for_selector("#check-result .verdict")
    return str(page.get_attribute("#check-result .verdict", "data-verdict"))


def click_node(page: Any, node_id: str) -> None:
    """Click a Cytoscape node where it is drawn on screen."""
    page.wait_for_function("() => document.getElementById('graph').tipoffGraph !== undefined")
    x, y = page.evaluate(
        """(id) => { const box = document.getElementById('graph');
                     const cy = box.tipoffGraph; const node = cy.getElementById(id);
                     cy.center(node); const p = node.renderedPosition();
                     const r = box.getBoundingClientRect(); """
        "return [r.left + p.x, r.top + p.y]; }",
        node_id,
    )
    page.mouse.click(x, y)


def test_analyst_flow_from_login_to_red_flags(browser: Any, served: Any) -> None:
    base, _, ids = served
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{base}/overview")
    assert "/login" in page.url  # analyst pages need a login
    shot(page, "01-login")
    page.fill("#login-user input[name=username]", USER)
    page.fill("#login-user input[name=password]", PASSWORD)
    page.click("#login-user button[type=submit]")
    page.wait_for_url(f"{base}/overview")
    page.wait_for_function("() => document.querySelector('#reports-per-day').dataset.drawn === '1'")
    shot(page, "02-overview")

    page.click("nav >> text=Networks")
    page.wait_for_selector("#networks-table a.network-link")
    shot(page, "03-networks")
    page.click("#networks-table a.network-link >> nth=0")  # the top network by harm
    page.wait_for_selector("#graph canvas")
    page.wait_for_function("() => document.getElementById('graph').tipoffGraph !== undefined")
    assert (
        page.evaluate("() => document.getElementById('graph').tipoffGraph.nodes('.common').length")
        >= 1
    )
    shot(page, "04-network")

    page.click("#why-submit")  # the first two reports of the network, preselected
    page.wait_for_selector("#why-chain li")
    assert "shares" in page.inner_text("#why-chain")
    shot(page, "05-network-why")

    biggest = page.evaluate(
        "() => document.getElementById('graph').tipoffGraph.nodes('.report').max(n => "
        "n.data('loss')).ele.id()"
    )
    click_node(page, biggest)
    page.wait_for_url(f"{base}/reports/{biggest[1:]}")
    flags = page.locator(".text-block mark.hl-flag")
    assert flags.count() >= 1 and flags.first.is_visible()
    assert page.locator(".text-block mark.hl-indicator").count() >= 1
    shot(page, "06-report-from-graph")

    page.goto(f"{base}/reports/{ids['TH-1']}")  # Thai text, wallet shared with JP-1 and US-1
    assert page.locator(".text-block mark.hl-flag").count() >= 1
    assert page.locator(f".text-block mark.hl-indicator >> text={WALLET}").count() >= 1
    shot(page, "07-report-thai")
    page.click("#report-network")
    page.wait_for_selector("#graph canvas")
    page.fill("#why-a", str(ids["JP-1"]))
    page.click(f"#network-reports-table [data-why-pick=b][data-report='{ids['TH-1']}']")
    assert page.input_value("#why-b") == str(ids["TH-1"])  # picked from the report table
    page.click("#why-submit")
    page.wait_for_selector("#why-chain li")
    assert WALLET in page.inner_text("#why-chain")
    shot(page, "08-network-hand-written")
    page.goto(f"{base}/reports/{ids['JP-1']}")
    assert page.locator(".text-block mark.hl-flag").count() >= 1
    shot(page, "09-report-japanese")

    page.goto(f"{base}/indicators")
    page.fill("input[name=q]", KH_PHONE.replace(" ", "-"))
    page.press("input[name=q]", "Enter")
    page.wait_for_selector("text=phone:+85512345678")
    shot(page, "10-indicator-search")
    page.click("a.mono >> text=phone:+85512345678")
    page.wait_for_selector("#sightings")
    shot(page, "11-indicator")
    page.close()


def test_public_check_page_gives_a_verdict(browser: Any, served: Any) -> None:
    base, _, _ = served
    page = browser.new_page(viewport={"width": 1300, "height": 900})
    page.goto(f"{base}/check")
    verdict = submit_check(
        page, f"Guaranteed profit 30% a week! Send USDT to {WALLET} now and tell no one."
    )
    assert verdict in {"likely_scam", "suspicious"}
    # The wallet is only in AMBER reports: the public sees CLEAR only, so it is not known.
    result = page.inner_text("#check-result")
    assert "yes, reported in scams" not in result and "not known" in result
    shot(page, "12-check-scam")
    assert submit_check(page, "ขอบคุณสำหรับการสั่งซื้อ สินค้าจะจัดส่งพรุ่งนี้ ขอให้มีวันที่ดี") == "no_known_signs"
    shot(page, "13-check-thai")
    lure = (
        "ការងារនៅក្រុងព្រះសីហនុ ប្រាក់ខែខ្ពស់ $1500 ធ្វើដំណើរ និងទិដ្ឋាការឥតគិតថ្លៃ មិនត្រូវការបទពិសោធន៍ "
        "High salary job in Sihanoukville, free flight and visa, no experience needed. Telegram "
        "@kh_jobs_hr"
    )
    assert submit_check(page, lure, kind="job_ad") in {"likely_scam", "suspicious"}
    assert "trafficking" in page.inner_text("#check-result")
    shot(page, "14-check-khmer-job-ad")
    page.close()


def test_check_page_speaks_the_readers_language(browser: Any, served: Any) -> None:
    """The browser's language picks the page's; the switch changes it, the form keeps it."""
    base, _, _ = served
    context = browser.new_context(locale="th-TH", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{base}/check")
    assert page.get_attribute("html", "lang") == "th"
    assert page.inner_text("h1") == wording("th").text("title")
    page.click("#lang-switch a[hreflang=ja]")
    page.wait_for_url(f"{base}/check?lang=ja")
    assert page.inner_text("h1") == wording("ja").text("title")
    assert submit_check(page, LONG_TEXTS["en"]) in {"likely_scam", "suspicious"}
    result = page.inner_text("#check-result")
    assert wording("ja").text("warning_signs") in result  # the choice beats the text's language
    shot(page, "15-check-switched-to-japanese")
    width, viewport = overflow(page)
    assert width <= viewport, (width, viewport)
    page.goto(f"{base}/check?lang=km")
    assert submit_check(page, LONG_TEXTS["ja"]) in {"likely_scam", "suspicious"}
    assert wording("km").text("warning_signs") in page.inner_text("#check-result")
    shot(page, "16-check-khmer")
    width, viewport = overflow(page)
    assert width <= viewport, (width, viewport)
    context.close()


PHONE, DESKTOP = (390, 844), (1280, 800)
LONG_URL = (
    "https://secure-login-verification-center.bangkok-bank-support-th.top/account/verify"
    "?session=8f7a6c5b4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a&redirect=%2Fhome"
)
LONG_TEXTS = {
    "en": (
        f"URGENT: your account is suspended. Verify now at {LONG_URL} and send the 2,000 USDT "
        f"deposit to TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE within 24 hours or lose everything."
    ),
    "ja": (
        "【重要】お客様の口座は一時停止されました。24時間以内に以下のリンクから本人確認を"
        f"行ってください：{LONG_URL} 保証金2,000USDTをTQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSEへ"
        "送金しないと資産はすべて失われます。誰にも言わないでください。"
    ),
}


def overflow(page: Any) -> tuple[int, int]:
    """(document width, viewport width): the page fits when the first is not larger."""
    return tuple(  # type: ignore[return-value]
        page.evaluate("() => [document.scrollingElement.scrollWidth, window.innerWidth]")
    )


def log_in(page: Any, base: str) -> None:
    page.goto(f"{base}/login")
    page.fill("#login-user input[name=username]", USER)
    page.fill("#login-user input[name=password]", PASSWORD)
    page.click("#login-user button[type=submit]")
    page.wait_for_url(f"{base}/overview")


@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_pages_fit_the_screen_at_phone_and_desktop_widths(
    browser: Any, served: Any, size: tuple[int, int], tmp_path_factory: pytest.TempPathFactory
) -> None:
    """No page is wider than the screen: long URLs and wallets wrap, tables scroll in their box."""
    base, _, ids = served
    shots = tmp_path_factory.mktemp(f"widths-{size[0]}")
    page = browser.new_page(viewport={"width": size[0], "height": size[1]})
    too_wide: list[str] = []

    def look(name: str) -> None:
        path = shots / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        print(f"screenshot {size[0]}x{size[1]} {name}: {path}")
        width, viewport = overflow(page)
        if width > viewport:
            too_wide.append(f"{name}: {width} px on a {viewport} px screen")

    page.goto(f"{base}/check")
    look("check-empty")
    for language, text in LONG_TEXTS.items():
        assert submit_check(page, text) in {"likely_scam", "suspicious"}
        look(f"check-result-{language}")
    log_in(page, base)
    network = world_network(page, base)
    for name, path in (
        ("overview", "/overview"),
        ("networks", "/networks"),
        ("network", f"/networks/{network}"),
        ("report-japanese", f"/reports/{ids['JP-1']}"),
        ("report-thai", f"/reports/{ids['TH-1']}"),
        ("indicator-search", f"/indicators?{urlencode({'q': KH_PHONE})}"),
    ):
        page.goto(f"{base}{path}")
        page.wait_for_load_state("networkidle")
        look(name)
    page.click("a.mono >> text=phone:+85512345678")
    page.wait_for_selector("#sightings")
    look("indicator")
    page.close()
    assert not too_wide, too_wide


def world_network(page: Any, base: str) -> str:
    """The top network by harm, as the networks table links it."""
    page.goto(f"{base}/networks")
    href = page.get_attribute("#networks-table a.network-link >> nth=0", "href")
    return str(href).rsplit("/", 1)[-1]


@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_a_tipoff_is_drafted_from_a_network_page_and_its_pages_fit(
    browser: Any, served: Any, size: tuple[int, int]
) -> None:
    """Send a tip-off: the network page's form makes a draft whose page offers "Send"; the
    draft and the tip-offs page fit the screen."""
    base, world, _ = served
    if not any(p.code == "KH-ACD" for p in list_partners(world.engine, world.agency)):
        add_partner(
            world.store, world.engine, world.agency, "KH-ACD", clearance="amber", at=T0, actor="t"
        )
    page = browser.new_page(viewport={"width": size[0], "height": size[1]})
    log_in(page, base)
    network = world_network(page, base)
    page.goto(f"{base}/networks/{network}")
    page.check("#tipoff-form input[name=actions][value=locate]")
    page.fill("#tipoff-form input[name=hotspot]", "Phnom Penh")
    page.click("#tipoff-form button[type=submit]")
    page.wait_for_selector("#send")
    assert "Built from" in page.inner_text("#left-out")
    assert page.is_visible("#part-location") and page.is_visible("#part-actions")
    too_wide = []
    for name in ("draft", "tipoffs"):
        if name == "tipoffs":
            page.goto(f"{base}/tipoffs")
            page.wait_for_selector("#outbox")
        shot(page, f"tipoff-{name}-{size[0]}")
        width, viewport = overflow(page)
        if width > viewport:
            too_wide.append(f"{name}: {width} px on a {viewport} px screen")
    page.close()
    assert not too_wide, too_wide
