"""Helpers of the dashboard tests: an app over a migrated database, and logging in."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from fastapi.testclient import TestClient

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
CSRF_RE = re.compile(r'name="csrf" value="([^"]+)"')


def csrf_from(html: str) -> str:
    match = CSRF_RE.search(html)
    assert match, "page has no CSRF field"
    return match.group(1)


class WebWorld:
    """An app, its store and engine, and one agency key to log in with."""

    def __init__(self, database_url: str, **settings: Any) -> None:
        from tipoff.keys import issue_key
        from tipoff.server import create_app
        from tipoff.settings import load_settings
        from tipoff.store import migrate
        from tipoff.store.engine import make_engine
        from tipoff.store.sql import SqlReportStore

        self.engine = make_engine(database_url)
        migrate.upgrade(self.engine)
        self.store = SqlReportStore(self.engine)
        self.settings = load_settings(database_url=database_url, environment="test", **settings)
        self.agency = self.store.add_agency("JP-NPA", "National Police Agency", "JP", at=T0)
        self.other = self.store.add_agency("KH-ACD", "Anti-Cybercrime Department", "KH", at=T0)
        self.key = issue_key(self.store, self.agency, at=T0, actor="test")
        self.app = create_app(self.settings, store=self.store, clock=lambda: T0)
        self.app.state.engine = self.engine

    def client(self) -> TestClient:
        return TestClient(self.app, follow_redirects=False)

    def login(self, client: TestClient) -> TestClient:
        page = client.get("/login")
        response = client.post("/login", data={"api_key": self.key, "csrf": csrf_from(page.text)})
        assert response.status_code == 303, response.text
        return client


# --- a small world, stored through the real intake path, then linked ----------------------
WALLET = "TUSQzWDnJfWTmvXrQAx4Vk13LLdp1BJMgC"
KH_PHONE = "+855 12 345 678"


def _report(
    external_id: str,
    country: str,
    language: str,
    narrative: str,
    messages: list[str],
    loss: tuple[str, str] | None,
    day: int,
    tlp: str = "amber",
    payee: str | None = None,
) -> dict[str, Any]:
    report: dict[str, Any] = {
        "external_id": external_id,
        "received_at": f"2026-11-{day:02d}T10:00:00Z",
        "victim_country": country,
        "language": language,
        "channel": "social_dm",
        "narrative": narrative,
        "messages": [{"text": text, "sender": "scammer"} for text in messages],
        "tlp": tlp,
    }
    if loss:
        report["loss"] = {"amount": loss[0], "currency": loss[1]}
    if payee:
        report["payments"] = [
            {
                "amount": loss[0] if loss else "1",
                "currency": loss[1] if loss else "USD",
                "payee": payee,
                "rail": "crypto_usdt_trc20",
            }
        ]
    return report


SMALL_WORLD: list[dict[str, Any]] = [
    _report(
        "JP-1",
        "JP",
        "ja",
        "SNSで知り合った男性に投資アプリを勧められ、USDTを送金しました。必ず儲かると言われました。",
        [
            f"元本保証で毎日30%の利益です。USDT(TRC20)を {WALLET} に送金してください。"
            "家族には秘密にしてください。"
        ],
        ("3000000", "JPY"),
        10,
        payee=WALLET,
    ),
    _report(
        "TH-1",
        "TH",
        "th",
        "ฉันถูกชวนลงทุนคริปโตผ่านแอป ได้รับผลตอบแทนรับประกัน",
        [f"ลงทุนวันนี้ กำไรแน่นอน 100% โอน USDT ไปที่ {WALLET} ด่วน อย่าบอกใคร"],
        ("250000", "THB"),
        14,
    ),
    _report(
        "US-1",
        "US",
        "en",
        "A woman I met on a dating app taught me crypto trading. I sent USDT and could not "
        f"withdraw. Her number was {KH_PHONE}.",
        [
            f"Guaranteed profit, 30% a week. Send USDT to {WALLET} today. Do not tell your family. "
            "Join https://t.me/wealth_mentor88"
        ],
        ("42000", "USD"),
        18,
        payee=WALLET,
    ),
    _report(
        "KH-1",
        "KH",
        "km",
        f"ខ្ញុំបានទទួលការផ្តល់ការងារនៅបរទេស ប្រាក់ខែខ្ពស់។ ទូរស័ព្ទ {KH_PHONE}",
        [
            "High salary job in Sihanoukville, free flight and visa, no experience needed. Call "
            "+855 12 345 678 now."
        ],
        None,
        19,
        tlp="amber+strict",
    ),
    _report(
        "GB-1",
        "GB",
        "en",
        "My bank called about my account. I did not pay anything.",
        ["Your parcel is held at customs, please call us back."],
        None,
        20,
    ),
]


def populate(
    world: WebWorld, analyser: Any = None, simulated: int = 0, seed: int = 7
) -> dict[str, int]:
    """Store SMALL_WORLD (and ``simulated`` reports of a simulator world) through intake
    (validate → analyse → store), then link everything."""
    from tipoff.intake.pipeline import Intake, pseudonymiser_from, validate_report
    from tipoff.link.hubs import HubPolicy
    from tipoff.link.persistence import relink

    intake = Intake(
        world.store, pseudonymiser_from(world.settings), clock=lambda: T0, analyser=analyser
    )
    if simulated:
        store_simulated(world, intake, simulated, seed)
    items = [validate_report(raw) for raw in SMALL_WORLD]
    owners = [world.other if raw["external_id"] == "KH-1" else world.agency for raw in SMALL_WORLD]
    ids: dict[str, int] = {}
    for item, owner in zip(items, owners, strict=True):
        assert not hasattr(item, "errors"), item
        [outcome] = intake.submit(owner, [item], actor="test")  # type: ignore[list-item]
        assert hasattr(outcome, "id"), outcome
        ids[outcome.external_id] = outcome.id  # type: ignore[union-attr]
    relink(
        world.engine, HubPolicy.from_settings(world.settings), world.settings.leiden_min_size, T0
    )
    return ids


def store_simulated(world: WebWorld, intake: Any, n_reports: int, seed: int) -> None:
    """``tipoff simulate`` reports, each submitted by its own agency (created on first sight)."""
    from tipoff.errors import NotFound
    from tipoff.intake.pipeline import validate_report
    from tipoff.simulate import World

    by_agency: dict[str, list[Any]] = {}
    for raw in World(None, seed).reports(n_reports):
        by_agency.setdefault(str(raw["agency"]), []).append(validate_report(raw))
    for code, items in by_agency.items():
        try:
            agency = world.store.get_agency(code)
        except NotFound:
            agency = world.store.add_agency(code, code, code[:2], at=T0)
        outcomes = intake.submit(agency, items, actor="test")
        assert all(hasattr(o, "id") for o in outcomes), [
            o for o in outcomes if not hasattr(o, "id")
        ][:3]


# --- a world where agency A (KH-ACD) holds reports agency B (JP-NPA) may not see -------------
# B logs in. A holds RED and AMBER+STRICT reports (hidden from B) and an AMBER one (visible),
# sharing identifiers with B's. Report ids start at FIRST_REPORT_ID so that an id in a page or
# a response body is unambiguous (no date, count or amount contains one).
FIRST_REPORT_ID = 900_001
SHARED_PHONE = "+855 12 987 654"  # B-1, B-2, A-AMBER-1 (visible) and A-RED-1, A-STRICT-1
SHARED_SITE = "https://goldtrust-asia.vip/app"  # B-1 and A-AMBER-1
HIDDEN_PHONE = "+855 97 777 1111"  # A-RED-1 and A-STRICT-1 only
HIDDEN_SITE = "https://redvault-profit.top/login"  # A-RED-1 only
HIDDEN_EMAIL = "ops.redvault@proton.me"  # A-STRICT-1 only
CREW_HANDLE = "@redcrew_paymaster"  # A-RED-2 and A-STRICT-2: a network B may not see at all
CREW_PHONE = "+63 917 555 0199"  # A-RED-2 and A-STRICT-2
PAIR_PHONE = "+66 81 234 5678"  # B-3 and A-RED-3: a network with one report B may see
BRIDGE_PHONE = "+855 16 200 300"  # B-4 and A-RED-4, which also cites SHARED_PHONE: B-4 is in
# B-1's network only through a report B may not see


def _tlp_report(
    external_id: str, country: str, texts: list[str], loss_usd: int, tlp: str
) -> dict[str, Any]:
    return {
        "external_id": external_id,
        "received_at": f"2026-11-{10 + len(external_id) % 9:02d}T10:00:00Z",
        "victim_country": country,
        "language": "en",
        "channel": "social_dm",
        "narrative": "I was promised guaranteed profits on a crypto platform. " + texts[0],
        "messages": [{"text": text, "sender": "scammer"} for text in texts[1:]],
        "loss": {"amount": str(loss_usd), "currency": "USD"},
        "tlp": tlp,
    }


# (owner: "A" or "B", report); A's RED and AMBER+STRICT reports are hidden from B.
TLP_WORLD: list[tuple[str, dict[str, Any]]] = [
    (
        "B",
        _tlp_report(
            "B-1", "JP", [f"Call {SHARED_PHONE}.", f"Log in at {SHARED_SITE}"], 1500, "amber"
        ),
    ),
    ("B", _tlp_report("B-2", "TH", [f"He called from {SHARED_PHONE}.", "Send now."], 2500, "red")),
    ("B", _tlp_report("B-3", "US", [f"Her number was {PAIR_PHONE}.", "Hurry."], 700, "amber")),
    (
        "A",
        _tlp_report(
            "A-AMBER-1", "PH", [f"Call {SHARED_PHONE}.", f"Open {SHARED_SITE}"], 3100, "amber"
        ),
    ),
    (
        "A",
        _tlp_report(
            "A-RED-1",
            "KH",
            [f"Call {SHARED_PHONE} or {HIDDEN_PHONE}.", f"Deposit at {HIDDEN_SITE}"],
            987651,
            "red",
        ),
    ),
    (
        "A",
        _tlp_report(
            "A-STRICT-1",
            "VN",
            [f"Boss phone {HIDDEN_PHONE}, agent {SHARED_PHONE}.", f"Write to {HIDDEN_EMAIL}"],
            45678,
            "amber+strict",
        ),
    ),
    (
        "A",
        _tlp_report(
            "A-RED-2", "MM", [f"Telegram {CREW_HANDLE}.", f"Call {CREW_PHONE}"], 222223, "red"
        ),
    ),
    (
        "A",
        _tlp_report(
            "A-STRICT-2",
            "LA",
            [f"Ask Telegram {CREW_HANDLE}.", f"Phone {CREW_PHONE}"],
            333334,
            "amber+strict",
        ),
    ),
    ("A", _tlp_report("A-RED-3", "KH", [f"Agent {PAIR_PHONE}.", "Pay today."], 64321, "red")),
    ("B", _tlp_report("B-4", "JP", [f"A man on {BRIDGE_PHONE}.", "Trust me."], 900, "amber")),
    (
        "A",
        _tlp_report(
            "A-RED-4", "KH", [f"Numbers {BRIDGE_PHONE}, {SHARED_PHONE}.", "Pay."], 76543, "red"
        ),
    ),
]


def _start_report_ids_at(world: WebWorld, first: int) -> int | None:
    """Make the next stored report get id ``first``; returns a placeholder row to delete later."""
    from sqlalchemy import insert, text

    from tipoff.store.tables import reports

    with world.engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(
                text("SELECT setval(pg_get_serial_sequence('reports', 'id'), :n, false)"),
                {"n": first},
            )
            return None
        # SQLite gives max(id) + 1: a placeholder row holds the place until intake is done.
        connection.execute(
            insert(reports).values(
                id=first - 1,
                agency_id=world.agency.id,
                external_id="placeholder",
                received_at=T0,
                narrative="",
                messages=[],
                payments=[],
                identifiers=[],
                victim_attrs={},
                tlp="clear",
                created_at=T0,
            )
        )
        return first - 1


def populate_tlp_world(world: WebWorld) -> dict[str, int]:
    """Store TLP_WORLD through intake (A's reports as KH-ACD, B's as JP-NPA), then relink."""
    from sqlalchemy import delete

    from tipoff.intake.pipeline import Intake, pseudonymiser_from, validate_report
    from tipoff.link.hubs import HubPolicy
    from tipoff.link.persistence import relink
    from tipoff.store.tables import reports

    placeholder = _start_report_ids_at(world, FIRST_REPORT_ID)
    intake = Intake(world.store, pseudonymiser_from(world.settings), clock=lambda: T0)
    ids: dict[str, int] = {}
    for owner, raw in TLP_WORLD:
        item = validate_report(raw)
        assert not hasattr(item, "errors"), item
        agency = world.other if owner == "A" else world.agency
        [outcome] = intake.submit(agency, [item], actor="test")  # type: ignore[list-item]
        assert hasattr(outcome, "id"), outcome
        ids[raw["external_id"]] = outcome.id  # type: ignore[union-attr]
    if placeholder is not None:
        with world.engine.begin() as connection:
            connection.execute(delete(reports).where(reports.c.id == placeholder))
    relink(
        world.engine, HubPolicy.from_settings(world.settings), world.settings.leiden_min_size, T0
    )
    assert min(ids.values()) == FIRST_REPORT_ID, ids
    return ids


HIDDEN_FROM_B = ("A-RED-1", "A-STRICT-1", "A-RED-2", "A-STRICT-2", "A-RED-3", "A-RED-4")


# --- a world where victims name their own account and number (role "own") -----------------
# A (KH-ACD) files reports B (JP-NPA) may read, one of whose victims names their own account
# and number; the crew's phone joins that report to B's. Another victim of A names as their
# own an account that B's report gives as the payee (a crew's mule: intelligence).
OWN_ACCOUNT = "DBS account 023-456789-0"  # bank_account SG:...:0234567890, own in A-OWN-1
OWN_PHONE = "+1 646 555 0142"  # own in A-OWN-1
OWN_LISTED = "+63 917 123 4567"  # an identifier A lists with role "own"
OWN_FORMS = (
    "0234567890",
    "023-456789-0",
    "6465550142",
    "646 555 0142",
    "9171234567",
    "917 123 4567",
)
CREW_CALLER = "+855 12 777 4321"  # A-OWN-1, A-OWN-2, B-OWN-1: one network
MULE_ACCOUNT = "Chase 483920175"  # own in A-MULE-1, B-MULE-1's payee
MULE_DIGITS = "483920175"


def _own_report(external_id: str, country: str, narrative: str, tlp: str) -> dict[str, Any]:
    return {
        "external_id": external_id,
        "received_at": "2026-11-12T10:00:00Z",
        "victim_country": country,
        "language": "en",
        "channel": "voice",
        "narrative": narrative,
        "messages": [
            {"text": f"Call us back on {CREW_CALLER} for your refund.", "sender": "scammer"}
        ],
        "loss": {"amount": "1200", "currency": "USD"},
        "tlp": tlp,
    }


OWN_WORLD: list[tuple[str, dict[str, Any]]] = [
    (
        "A",
        _own_report(
            "A-OWN-1",
            "SG",
            f"A man from {CREW_CALLER} said he was the bank. They said the refund would go "
            f"back to my {OWN_ACCOUNT}. If you need anything, please reach me at {OWN_PHONE}.",
            "clear",
        )
        | {"identifiers": [{"value": OWN_LISTED, "kind": "phone", "role": "own"}]},
    ),
    ("A", _own_report("A-OWN-2", "SG", f"He called from {CREW_CALLER} about a refund.", "clear")),
    (  # AMBER: its narrative goes into STIX exports to organisations cleared for AMBER
        "A",
        _own_report(
            "A-OWN-3",
            "SG",
            f"The caller on {CREW_CALLER} said the refund would go back to my {OWN_ACCOUNT}.",
            "amber",
        ),
    ),
    ("B", _own_report("B-OWN-1", "JP", f"A caller on {CREW_CALLER} asked for my card.", "amber")),
    (
        "A",
        _own_report(
            "A-MULE-1",
            "US",
            f"All of it went out of my checking account {MULE_ACCOUNT} in May.",
            "clear",
        ),
    ),
    (
        "B",
        _own_report("B-MULE-1", "US", "I was told to pay a release fee.", "clear")
        | {
            "payments": [
                {
                    "amount": "900",
                    "currency": "USD",
                    "payee": MULE_ACCOUNT,
                    "rail": "domestic_transfer",
                }
            ]
        },
    ),
]


def populate_own_world(world: WebWorld) -> dict[str, int]:
    """Store OWN_WORLD through intake (A's reports as KH-ACD, B's as JP-NPA), then relink."""
    from tipoff.intake.pipeline import Intake, pseudonymiser_from, validate_report
    from tipoff.link.hubs import HubPolicy
    from tipoff.link.persistence import relink
    from tipoff.store.records import NewVerdict

    intake = Intake(world.store, pseudonymiser_from(world.settings), clock=lambda: T0)
    ids: dict[str, int] = {}
    for owner, raw in OWN_WORLD:
        item = validate_report(raw)
        assert not hasattr(item, "errors"), item
        agency = world.other if owner == "A" else world.agency
        [outcome] = intake.submit(agency, [item], actor="test")  # type: ignore[list-item]
        assert hasattr(outcome, "id"), outcome
        ids[raw["external_id"]] = outcome.id  # type: ignore[union-attr]
    relink(
        world.engine, HubPolicy.from_settings(world.settings), world.settings.leiden_min_size, T0
    )
    # A's analyst names the victim's own values in a verdict note: a path out of the report too
    note = f"Victim says {OWN_ACCOUNT} and {OWN_PHONE} are their own"
    world.store.add_verdict(
        world.other, NewVerdict(ids["A-OWN-1"], "scam", note=note), actor="test", at=T0
    )
    return ids
