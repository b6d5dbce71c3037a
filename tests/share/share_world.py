"""A small fixed world for the sharing tests: one agency's reports under every marking."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from tipoff.share.reads import ExportReport, ExportSighting
from tipoff.store.records import Agency, NewReport, NewSighting

SENDER = Agency(1, "JP-NPA", "National Police Agency", "JP", datetime(2026, 1, 1, tzinfo=UTC))
PHONE = "+85512345678"
WALLET = "tron:TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL"
IBAN = "DE89370400440532013000"
ACCOUNT = "JP:0009:1234567"  # canonical: a JP account is keyed without its branch

# (id, tlp, network, narrative, identifiers as (kind, value, role, common))
ROWS: list[tuple[int, str, int | None, str, list[tuple[str, str, str, bool]]]] = [
    (
        1,
        "clear",
        7,
        "Met on LINE, asked to invest.",
        [
            ("phone", PHONE, "caller", False),
            ("domain", "xyz-global-ex.top", "link", False),
        ],
    ),
    (
        2,
        "green",
        7,
        "Paid to a wallet.",
        [
            ("phone", PHONE, "caller", False),
            ("wallet", WALLET, "payee_wallet", False),
        ],
    ),
    (
        3,
        "amber",
        7,
        "Paid into an account after the teacher's tips.",
        [
            ("wallet", WALLET, "payee_wallet", False),
            ("handle", "telegram:hr_job_bkk", "contact", False),
            ("email", "victim.friend@example.com", "mentioned", False),
        ],
    ),
    (
        4,
        "amber+strict",
        9,
        "Investigation detail.",
        [
            ("bank_account", ACCOUNT, "payee_account", False),
            ("url", "https://xyz-global-ex.top/login", "link", False),
        ],
    ),
    (
        5,
        "red",
        9,
        "Victim's story with operational detail.",
        [
            ("iban", IBAN, "payee_account", False),
            ("bank_account", ACCOUNT, "payee_account", False),
        ],
    ),
    (
        6,
        "green",
        None,
        "Called by the police hotline.",
        [
            ("phone", "+81357771234", "mentioned", True),
        ],
    ),
]


def _time(day: int) -> datetime:
    return datetime(2026, 3, day, 9, 30, tzinfo=UTC)


def export_reports() -> list[ExportReport]:
    """The world as tipoff.share.reads returns it for the operator."""
    return [
        ExportReport(
            id=i,
            owner_id=SENDER.id,
            external_id=f"NPA-2026-{i:04d}",
            tlp=tlp,
            received_at=_time(i),
            occurred_at=None,
            victim_country="JP",
            channel="line",
            narrative=narrative,
            loss_amount=Decimal("1500000.0000"),
            loss_currency="JPY",
            loss_usd=9800.0,
            scam_type="investment.pig_butchering",
            scam_probability=0.91,
            network_id=network,
            sightings=tuple(ExportSighting(k, v, r, 0.95, c) for k, v, r, c in ids),
        )
        for i, tlp, network, narrative, ids in ROWS
    ]


def new_reports() -> list[NewReport]:
    """The same world as reports to store (with victim fields that must never leave)."""
    return [
        NewReport(
            external_id=f"NPA-2026-{i:04d}",
            received_at=_time(i),
            tlp=tlp,
            victim_country="JP",
            channel="line",
            narrative=narrative,
            loss_amount=Decimal("1500000.0000"),
            loss_currency="JPY",
            loss_usd=9800.0,
            scam_type="investment.pig_butchering",
            scam_probability=0.91,
            victim_key="VICTIMKEY-must-not-leave",
            victim_attrs={"hashes": {"name": "VICTIMHASH-must-not-leave"}},
            messages=[{"text": "MESSAGE-must-not-leave"}],
            sightings=tuple(
                NewSighting(k, v, r, v, "narrative", None, None, 0.95, c) for k, v, r, c in ids
            ),
        )
        for i, tlp, network, narrative, ids in ROWS
    ]
