"""The public check: verdicts, known identifiers without leaks, and the rate limit."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from web_support import SMALL_WORLD, WALLET, WebWorld, csrf_from, populate

from tipoff.share.feeds.store import FeedSource, Listed, SqlFeedStore

SCAM = (
    "Congratulations! Guaranteed profit of 30% every week with our crypto platform. "
    f"Deposit USDT (TRC20) to {WALLET} today, it is a secret, do not tell your family."
)
BENIGN = "See you at the library at 3pm tomorrow, I will bring your book back."


def test_check_api_verdicts_for_scam_and_benign_text(web_world: WebWorld) -> None:
    populate(web_world)
    client = web_world.client()
    scam = client.post("/api/v1/check", json={"text": SCAM})
    assert scam.status_code == 200, scam.text
    body = scam.json()
    assert body["verdict"] == "likely_scam" and body["scam_type"]
    assert body["red_flags"] and all(f["quote"] and f["explanation"] for f in body["red_flags"])
    # SMALL_WORLD's reports are AMBER: the public (Viewer.public, CLEAR only) may not learn that
    # agencies hold this wallet, so it is not "known" here (tests/check covers known: true).
    wallet = {"kind": "wallet", "value": f"tron:{WALLET}", "known": False, "common": False}
    assert {**wallet, "listed_by": []} in body["identifiers"]
    benign = client.post("/api/v1/check", json={"text": BENIGN}).json()
    assert benign["verdict"] == "no_known_signs" and benign["scam_type"] is None
    unknown = client.post("/api/v1/check", json={"text": "call +44 20 7946 0000"}).json()
    assert [i["known"] for i in unknown["identifiers"]] == [False]


def test_check_never_leaks_report_details(web_world: WebWorld) -> None:
    ids = populate(web_world)
    client = web_world.client()
    api = client.post(
        "/api/v1/check", json={"text": f"pay to {WALLET} and call +855 12 345 678"}
    ).text
    page = client.get("/check")
    html = client.post(
        "/check", data={"text": f"pay to {WALLET}", "csrf": csrf_from(page.text)}
    ).text
    for answer in (api, html):
        assert "known" in answer or "reported" in answer
        for raw in SMALL_WORLD:
            assert raw["external_id"] not in answer
            assert raw["narrative"][:20] not in answer
        for secret in ("JP-NPA", "KH-ACD", "42000", "42,000", "network"):
            assert secret not in answer
    assert set(json.loads(api)) == {
        "language",
        "verdict",
        "verdict_text",
        "band",
        "band_text",
        "outcome",
        "little_evidence",
        "no_ask",
        "promotion_marker",
        "new_number_only",
        "shared_expense",
        "own_channel_only",
        "scam_probability",
        "scam_type",
        "scam_type_text",
        "red_flags",
        "identifiers",
        "lure_signs",
    }
    assert all(  # listed_by names public feeds only (public data), never reports
        set(i) == {"kind", "value", "known", "common", "listed_by"} and i["listed_by"] == []
        for i in json.loads(api)["identifiers"]
    )
    assert ids  # the world was stored, so "known" came from real reports


def test_rate_limit_answers_429_problem_json(web_world: WebWorld) -> None:
    client = web_world.client()  # check_rate_limit=5 in this fixture
    answers = [client.post("/api/v1/check", json={"text": BENIGN}) for _ in range(6)]
    assert [a.status_code for a in answers] == [200] * 5 + [429]
    limited = answers[-1]
    assert limited.headers["content-type"].startswith("application/problem+json")
    assert limited.json()["status"] == 429 and int(limited.headers["retry-after"]) >= 1
    page = client.get("/check")
    html = client.post("/check", data={"text": BENIGN, "csrf": csrf_from(page.text)})
    assert html.status_code == 429 and "Too many checks" in html.text


def test_check_rejects_bad_input_without_a_500(web_world: WebWorld) -> None:
    client = web_world.client()
    for body in (
        {},
        {"text": ""},
        {"text": "x", "kind": "poem"},
        {"text": "x" * 20_001},
        {"text": 5},
    ):
        response = client.post("/api/v1/check", json=body)
        assert response.status_code == 422, body
        assert response.headers["content-type"].startswith("application/problem+json")
    page = client.get("/check")
    assert (
        client.post("/check", data={"text": "   ", "csrf": csrf_from(page.text)}).status_code == 422
    )
    assert client.post("/check", data={"text": "hello"}).status_code == 403  # no CSRF token


def test_the_public_page_answers_odd_parameters_in_html(web_world: WebWorld) -> None:
    client = web_world.client()
    long_lang = client.get("/check?lang=" + "x" * 200)
    assert long_lang.status_code == 200
    assert long_lang.headers["content-type"].startswith("text/html")
    assert '<html lang="en">' in long_lang.text
    csrf = csrf_from(client.get("/check").text)
    too_long = client.post("/check", data={"text": "x" * 20_001, "csrf": csrf, "lang": "y" * 99})
    assert too_long.status_code == 422
    assert too_long.headers["content-type"].startswith("text/html")
    assert "too long to check" in too_long.text and "20,000" in too_long.text
    odd_kind = client.post("/check", data={"text": "hello mum", "csrf": csrf, "kind": "poem"})
    assert odd_kind.status_code == 200
    assert odd_kind.headers["content-type"].startswith("text/html")


def test_a_warninglisted_value_is_labelled_by_its_own_list(web_world: WebWorld) -> None:
    client = web_world.client()
    page = client.get("/check")
    text = "Transfer to account 0000000000 at Bangkok Bank, then join t.me/abc"
    html = client.post("/check", data={"text": text, "csrf": csrf_from(page.text)}).text
    assert "a placeholder account number — not evidence either way" in html
    assert "a messaging or social platform — not evidence either way" in html
    assert "big platform" not in html  # neither a placeholder account nor t.me is one


def test_the_check_page_shows_a_band_not_a_raw_score(web_world: WebWorld) -> None:
    client = web_world.client()
    page = client.get("/check")
    html = client.post("/check", data={"text": SCAM, "csrf": csrf_from(page.text)}).text
    assert "Signs of a scam in the wording itself: strong" in html
    assert "%" not in html.split("Signs of a scam", 1)[1].split("</p>", 1)[0]
    assert "likelihood" not in html


LURE_AD = (
    "URGENT: customer service in Sihanoukville, $1,500/month, no experience needed, "
    "free flight and visa. Message HR on Telegram @kh_jobs_hr"
)
ORDINARY_AD = (
    "Barista (part-time), Shibuya. 1,200 yen/hour, weekends. No experience needed, we train. "
    "Apply in store."
)


def test_job_mode_names_the_lure_signs_in_the_api_and_on_the_page(web_world: WebWorld) -> None:
    client = web_world.client()
    lure = client.post("/api/v1/check", json={"text": LURE_AD, "kind": "job_ad"}).json()
    assert lure["verdict"] == "likely_scam"
    assert lure["scam_type"] == "job.trafficking_lure"
    signs = {sign["sign"]: sign for sign in lure["lure_signs"]}
    assert {"hotspot_place", "high_pay", "no_experience", "travel_perks"} <= set(signs)
    assert signs["hotspot_place"]["part"] == "where" and signs["high_pay"]["part"] == "bait"
    assert signs["hotspot_place"]["quote"] == "Sihanoukville"
    assert all(sign["explanation"] for sign in signs.values())
    ordinary = client.post("/api/v1/check", json={"text": ORDINARY_AD, "kind": "job_ad"}).json()
    assert ordinary["verdict"] == "no_known_signs" and ordinary["lure_signs"] == []
    as_message = client.post("/api/v1/check", json={"text": LURE_AD}).json()
    assert as_message["lure_signs"] == []  # signs are itemised in job mode only

    page = client.get("/check")
    html = client.post(
        "/check", data={"text": LURE_AD, "kind": "job_ad", "csrf": csrf_from(page.text)}
    ).text
    assert "Signs of a trafficking lure or fake job" in html
    assert 'data-sign="travel_perks"' in html and "Where the job takes you" in html
    assert "Sihanoukville" in html


def test_check_names_public_feeds_listing_an_identifier(web_world: WebWorld) -> None:
    """A value on a public feed: "listed by …, since …" on the page and in the API; a
    private feed's listing is never shown; an expired listing is not shown."""
    now = datetime.now(UTC)
    feeds = SqlFeedStore(web_world.engine)
    public = FeedSource("ofac", "OFAC sanctioned addresses", "https://x.test", 95, 730.0)
    private = FeedSource("mine", "Private list", "file:///mine", 90, 30.0, public=False)
    old = FeedSource("stale", "Stale list", "https://y.test", 90, 1.0)
    for source in (public, private, old):
        feeds.save_source(source, source_file="f", at=now)
    since = datetime(2024, 1, 4, tzinfo=UTC)
    feeds.record("ofac", [Listed("wallet", f"tron:{WALLET}", since)], at=now)
    feeds.record("mine", [Listed("wallet", f"tron:{WALLET}")], at=now)
    feeds.record("stale", [Listed("wallet", f"tron:{WALLET}")], at=now - timedelta(days=30))
    client = web_world.client()
    body = client.post("/api/v1/check", json={"text": f"send USDT to {WALLET}"}).json()
    [wallet] = [i for i in body["identifiers"] if i["kind"] == "wallet"]
    assert wallet["listed_by"] == [
        {"feed": "OFAC sanctioned addresses", "since": "2024-01-04", "confidence": 95}
    ]
    assert body["verdict"] in ("suspicious", "likely_scam")  # a strong public listing counts
    page = client.get("/check")
    html = client.post(
        "/check", data={"text": f"pay to {WALLET}", "csrf": csrf_from(page.text)}
    ).text
    assert "listed by OFAC sanctioned addresses, since 2024-01-04" in html
    assert "Private list" not in html and "Stale list" not in html
