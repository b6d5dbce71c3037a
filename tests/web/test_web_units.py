"""Pure parts of the dashboard: sessions, CSRF tokens, rate limit, highlighting, graph cap."""

from __future__ import annotations

from tipoff.check import check_text, decide
from tipoff.check.ratelimit import RateLimiter
from tipoff.model import Assessment, FoundIndicator, IndicatorKind, RedFlag
from tipoff.web.graph import IndicatorNode, ReportNode, build_graph
from tipoff.web.highlight import Mark, segments
from tipoff.web.session import SessionSigner, WebSession, csrf_valid, new_session


def test_session_round_trips_and_rejects_tampering_and_age() -> None:
    signer = SessionSigner("secret", max_age_s=100)
    session = new_session("key:abcd1234", "JP-NPA", now=1000)
    token = signer.dumps(session)
    assert signer.loads(token, now=1050) == session
    assert signer.loads(token, now=1101) is None  # expired
    body, mac = token.split(".")
    forged = WebSession("key:x", "KH-CP", session.csrf, 1000)
    assert signer.loads(SessionSigner("other").dumps(forged), now=1001) is None
    assert signer.loads(body + "." + mac[:-2] + "AA", now=1001) is None
    assert signer.loads("garbage", now=1001) is None
    assert signer.loads("a.b", now=1001) is None


def test_csrf_accepts_session_or_signed_nonce_only() -> None:
    signer = SessionSigner("secret")
    session = new_session("key:abcd1234", "JP-NPA", now=0)
    assert csrf_valid(signer, session, None, session.csrf)
    assert not csrf_valid(signer, session, None, "wrong")
    assert not csrf_valid(signer, session, None, None)
    assert csrf_valid(signer, None, "nonce1", signer.anon_csrf("nonce1"))
    assert not csrf_valid(signer, None, "nonce2", signer.anon_csrf("nonce1"))
    assert not csrf_valid(signer, None, None, signer.anon_csrf(""))
    # A logged-in form needs the session's token: a nonce's token (the nonce planted) is no key.
    assert not csrf_valid(signer, session, "nonce1", signer.anon_csrf("nonce1"))


def test_rate_limiter_counts_per_client_and_slides() -> None:
    now = [0.0]
    limiter = RateLimiter(3, window_s=60, clock=lambda: now[0])
    assert [limiter.hit("a").allowed for _ in range(4)] == [True, True, True, False]
    assert limiter.hit("b").allowed
    denied = limiter.hit("a")
    assert denied.retry_after_s == 60 and denied.remaining == 0
    now[0] = 60.5
    assert limiter.hit("a").allowed


def test_segments_split_overlapping_marks_and_drop_bad_spans() -> None:
    text = "send USDT to TXYZ now"
    flag = Mark(0, 17, "flag", "crypto_payment")
    wallet = Mark(13, 17, "indicator", "wallet:tron:TXYZ", href="/indicators/1")
    bad = Mark(10, 99, "flag", "out_of_range")
    parts = segments(text, [flag, wallet, bad])
    assert "".join(p.text for p in parts) == text
    assert [(p.text, p.css) for p in parts] == [
        ("send USDT to ", "hl-flag"),
        ("TXYZ", "hl-flag hl-indicator"),
        (" now", ""),
    ]
    assert parts[1].href == "/indicators/1"


def test_graph_is_full_when_small_and_capped_when_large() -> None:
    reports = [ReportNode(i, f"R{i}", float(i), "romance") for i in range(1, 5)]
    inds = [
        IndicatorNode(10, "phone", "+855", False, False, 2),
        IndicatorNode(11, "domain", "t.me", True, True, 900),
    ]
    edges = [(1, 10), (2, 10), (3, 11), (4, 11)]
    view = build_graph(reports, inds, edges)
    assert not view.capped and len(view.elements) == 6 + 4
    hub = next(e for e in view.elements if e["data"]["id"] == "i11")
    assert "hub" in str(hub["classes"]) and "common" in str(hub["classes"])

    many = [ReportNode(i, f"R{i}", float(i), None) for i in range(3000)]
    links = [(i, 10_000 + i % 50) for i in range(3000)]
    many_inds = [IndicatorNode(10_000 + j, "phone", str(j), False, False, 60) for j in range(50)]
    capped = build_graph(many, many_inds, links, max_nodes=2000)
    nodes = [e for e in capped.elements if "source" not in e["data"]]
    assert capped.capped and len(nodes) <= 2000 and capped.shown_reports == 1000
    kept = {e["data"]["id"] for e in nodes}
    assert "r2999" in kept and "r0" not in kept  # largest losses are kept


def _fake_assess(probability: float) -> object:
    flag = RedFlag("guaranteed_return", 0, 10, "guaranteed", "Nobody can guarantee returns.", 0.9)

    def assess(text: str, kind: str) -> Assessment:
        return Assessment(
            probability, {"investment": probability, "not_scam": 1 - probability}, "en", (flag,)
        )

    return assess


def test_public_check_verdicts_and_known_identifiers() -> None:
    phone = FoundIndicator(IndicatorKind.PHONE, "+85512345678", 0, 5, "x")
    common = FoundIndicator(IndicatorKind.DOMAIN, "t.me", 6, 10, "t.me", common=True)
    asked: list[list[tuple[str, str]]] = []

    def lookup(keys: object) -> set[tuple[str, str]]:
        asked.append(list(keys))  # type: ignore[call-overload]
        return {("phone", "+85512345678")}

    result = check_text("text", "message", _fake_assess(0.5), lambda t: [phone, common], lookup)  # type: ignore[arg-type]
    assert result.verdict == "likely_scam"  # medium wording + a reported number
    assert result.scam_type == "investment"
    assert [i.known for i in result.identifiers] == [True, False]
    assert asked == [[("phone", "+85512345678")]]  # common values are never looked up
    benign = check_text("hi", "message", _fake_assess(0.05), lambda t: [], lambda k: set())  # type: ignore[arg-type]
    assert benign.verdict == "no_known_signs" and benign.scam_type is None
    assert decide(0.9, False) == "likely_scam" and decide(0.4, False) == "suspicious"
    assert decide(0.1, True) == "suspicious"


def test_large_graphs_get_server_positions_and_small_ones_do_not() -> None:
    from tipoff.web.graph import lay_out

    small = build_graph(
        [ReportNode(1, "R1", 1.0, None)],
        [IndicatorNode(9, "phone", "+1", False, False, 1)],
        [(1, 9)],
    )
    assert not lay_out(small) and all("position" not in e for e in small.elements)
    reports = [ReportNode(i, f"R{i}", float(i), None) for i in range(400)]
    inds = [IndicatorNode(1000 + j, "phone", str(j), False, j == 0, 60) for j in range(40)]
    big = build_graph(reports, inds, [(i, 1000 + i % 40) for i in range(400)])
    assert lay_out(big)
    nodes = [e for e in big.elements if "source" not in e["data"]]
    assert all(isinstance(e["position"]["x"], float) for e in nodes)  # type: ignore[index]
    again = build_graph(reports, inds, [(i, 1000 + i % 40) for i in range(400)])
    lay_out(again)
    assert [e.get("position") for e in again.elements] == [
        e.get("position") for e in big.elements
    ]  # seeded


def test_report_columns_find_rows_and_skip_unknown_ids() -> None:
    import numpy as np

    from tipoff.store.report_snapshot import Snapshot

    columns = Snapshot(ids=np.array([3, 5, 9], dtype=np.int64))
    assert columns.positions([9, 4, 3, 99]).tolist() == [2, 0]
    assert columns.positions([2**63 - 1, -1]).tolist() == []


def test_ttl_cache_expires_and_evicts_least_recent() -> None:
    from tipoff.web.page_cache import TtlCache

    now = [0.0]
    cache = TtlCache(maxsize=2, ttl_s=10, clock=lambda: now[0])
    made: list[str] = []
    assert cache.get_or_make("a", lambda: made.append("a") or 1) == 1
    assert cache.get_or_make("a", lambda: made.append("a") or 2) == 1 and made == ["a"]
    cache.put("b", 2)
    cache.get("a")
    cache.put("c", 3)  # evicts b, the least recently used
    assert cache.get("b") is None and cache.get("a") == 1
    now[0] = 11
    assert cache.get("a") is None


def test_the_overview_sums_the_groups_past_its_rows_into_one_other_row() -> None:
    from tipoff.store.indicator_reads import Breakdown
    from tipoff.web.overview import Rest, shown_and_rest

    rows = [Breakdown(f"type{i}", i + 1, 100.0 * (20 - i)) for i in range(15)]
    shown, rest = shown_and_rest(rows, shown=12)
    assert shown == rows[:12]
    assert rest == Rest(3, 13 + 14 + 15, 100.0 * (8 + 7 + 6))
    assert shown_and_rest(rows[:5], shown=12) == (rows[:5], None)
