"""Configuration of a synthetic scam world: sizes, mixes, noise and time span.

Every knob the generator reads lives here, so a world is fully described by
``(WorldConfig, seed)``. Defaults are sized for a national centre's year of reports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

# Scam types the networks run, with their share of reports (docs/typology.md).
DEFAULT_TYPE_MIX: dict[str, float] = {
    "investment.pig_butchering": 0.18,
    "investment.group_teacher": 0.08,
    "investment.recovery": 0.02,
    "romance": 0.08,
    "gambling": 0.05,
    "job.task": 0.11,
    "job.mule": 0.04,
    "impersonation.authority": 0.13,
    "impersonation.bank": 0.03,
    "impersonation.service": 0.03,
    "impersonation.family": 0.05,
    "phishing": 0.08,
    "tech_support": 0.04,
    "advance_fee": 0.05,
    "extortion.sextortion": 0.03,
}

# Markets a compound works (WorldConfig.multi_market_share): lowest and highest count.
MULTI_MARKETS: tuple[int, int] = (3, 6)

# Victim countries and their share of reports.
DEFAULT_COUNTRY_MIX: dict[str, float] = {
    "JP": 0.22,
    "CN": 0.12,
    "KR": 0.09,
    "US": 0.14,
    "TH": 0.10,
    "VN": 0.08,
    "SG": 0.06,
    "AU": 0.07,
    "ID": 0.06,
    "PH": 0.06,
}


@dataclass(frozen=True)
class NoiseConfig:
    """How messy victims' and scammers' writing is (probabilities per occasion)."""

    typo: float = 0.15  # a Latin-script text gets one or two typos
    fullwidth_digits: float = 0.25  # a Japanese text writes identifiers in full-width digits
    defang: float = 0.15  # a link is written defanged (hxxp, [.])
    separator_variants: float = 0.5  # numbers written with spaces, dots or dashes
    emoji: float = 0.2  # a scammer message gets an emoji


@dataclass(frozen=True)
class WorldConfig:
    """Everything that shapes a synthetic world. Pair it with a seed to get one exact world."""

    networks: int = 40
    types_per_network: tuple[int, int] = (1, 3)
    type_mix: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_TYPE_MIX))
    country_mix: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_COUNTRY_MIX))
    start: datetime = datetime(2025, 1, 1)
    end: datetime = datetime(2025, 12, 31)
    # No timestamp after this (reports arrive weeks after the scam; a world that ends "today"
    # must not hold reports received in the future). None: reports may arrive after ``end``.
    stamped_until: datetime | None = None
    rotation_days: int = 45  # mean lifetime of one phone, handle, account, wallet or domain
    identifiers_per_kind: tuple[int, int] = (6, 16)  # per network, over the whole span
    laundering_services: int = 4  # shared services whose accounts and wallets several networks use
    share_probability: float = 0.3  # chance that a network uses a shared laundering service
    common_value_probability: float = 0.35  # chance that a report mentions an innocent common value
    explicit_identifier_probability: float = (
        0.3  # chance that a report lists identifiers explicitly
    )
    identifiers_per_report: tuple[int, int] = (1, 4)  # identifiers woven into one report's text
    messages_per_report: tuple[int, int] = (0, 4)
    payments_per_report: tuple[int, int] = (0, 5)
    loss_sigma: float = 1.3  # log-normal spread of losses (heavy tail)
    ordinary_payments_per_report: int = 4  # non-scam payments in the payment stream per report
    messages_per_report_ratio: float = 0.5  # standalone labelled messages per report
    negative_share: float = 0.4  # share of standalone messages that are not scams
    jobs_per_report_ratio: float = 0.05  # job ads per report
    lure_share: float = 0.4  # share of job ads that are trafficking lures
    noise: NoiseConfig = field(default_factory=NoiseConfig)
    # Structural alternatives (docs/link-evaluation.md, tipoff.simulate.scenarios). Their
    # defaults leave the world exactly as it was; `STRUCTURE_FIELDS` names them.
    scammers_per_network: tuple[int, int] = (0, 0)  # parallel scammers, own phones and handles
    mule_victims: int = 0  # a crew's mule account retires after ~this many victims (0: by time)
    network_size_alpha: float = (
        1.2  # Pareto shape of crew sizes within a scam type (lower: heavier)
    )
    one_off_share: float = 0.0  # share of reports from one-off scams, each its own tiny crew
    laundering_weight: float = 0.0  # chance a payment of a crew with a service goes to the service
    services_per_network: int = 1  # laundering services a sharing crew uses
    innocent_probability: float = 0.0  # a report cites a government site, hotline or support line
    # A written identifier is respelled another way people write it (tipoff.simulate.respell).
    spelling_variants: float = 0.0
    # A report states its scam type (intake's ``scam_type``: the reporter's own classification,
    # as police and reporting forms ask for it); a pig-butchering victim may call it romance.
    reported_type_share: float = 0.0
    # Victim markets: each crew works this many victim countries (drawn by ``country_mix``),
    # its victims come from them only; (0, 0): every crew takes victims from every country.
    # A laundering service has no market of its own: it serves crews of any market.
    markets_per_network: tuple[int, int] = (0, 0)
    # Chance that a crew is a compound working several markets (``MULTI_MARKETS``) instead.
    multi_market_share: float = 0.0
    # Phishing kits (tipoff.simulate.kits): sellers whose escrow-phishing domains many
    # operations use alike; a crew, or a one-off operation, rents one with chance ``kit_share``.
    kit_sellers: int = 0
    kit_share: float = 0.0
    # Kit-market variants (tipoff.simulate.kits, tipoff.simulate.operations): domains per kit
    # seller; how a buyer's site is written ("shared": the kit's own links, "subdomain":
    # op123.kit.xyz, "path": kit.xyz/op123, "mixed": either); chance that an operation on a kit
    # also cites the kit's panel (its Telegram bot, its payment wallet); chance that it rents a
    # second kit; reports per one-off operation, drawn per operation ((0, 0): one each).
    kit_domains: int = 2
    kit_sites: str = "shared"
    kit_panel_share: float = 0.0
    kit_second_share: float = 0.0
    operation_reports: tuple[int, int] = (0, 0)
    # Recovery re-scams (tipoff.simulate.rescam): a recovery-scam report is an earlier victim
    # of another crew quoting that crew's values as history with chance ``rescam_share``, and
    # also lists the old payment with chance ``rescam_old_payment``.
    rescam_share: float = 0.0
    rescam_old_payment: float = 0.0
    # Victims' own values and victims recruited as mules (tipoff.simulate.victim_mules): a
    # report names the victim's own account or phone with chance ``victim_own_share``; a
    # ``victim_mule_share`` of the reports are by victims whose account crews then use,
    # ``victim_mule_crews`` (lo, hi) crews in turn (the victim's own crew first with chance
    # ``victim_mule_same``); a crew's payment goes to such an account with chance
    # ``victim_mule_weight``; the recruit reports being used with chance ``victim_mule_self``.
    victim_own_share: float = 0.0
    victim_mule_share: float = 0.0
    victim_mule_crews: tuple[int, int] = (1, 1)
    victim_mule_same: float = 0.0
    victim_mule_weight: float = 0.0
    victim_mule_self: float = 0.0
    # Spoofed caller IDs (tipoff.simulate.spoofing): an authority- or bank-impersonation report
    # shows an official number (a police switchboard, a bank's line) as the caller with chance
    # ``spoof_share``; ``spoof_listed`` of those numbers are ones a public hotline list holds;
    # a report is filed by a third party (a bank's fraud desk, an NGO) signing with its own
    # number with chance ``reporter_share``; such a desk notes the customer's earlier, unrelated
    # case (an account or wallet of another crew, tipoff.simulate.rescam.PRIOR_CASE) with
    # chance ``prior_case_share``.
    spoof_share: float = 0.0
    spoof_listed: float = 0.0
    reporter_share: float = 0.0
    prior_case_share: float = 0.0

    @classmethod
    def ending(cls, last: date | datetime, **overrides: Any) -> WorldConfig:
        """A world whose last timestamp is ``last`` (a day: its end; a moment: that moment, in
        UTC): scams run over the year before it up to two weeks earlier, reports keep arriving
        until then."""
        if isinstance(last, datetime):
            aware = last if last.tzinfo is not None else last.replace(tzinfo=UTC)
            until = aware.astimezone(UTC).replace(tzinfo=None, microsecond=0)
        else:
            until = datetime.combine(last, time(23, 59, 59))
        start = until - timedelta(days=365 + 14)
        return cls(
            start=start.replace(hour=0, minute=0, second=0),
            end=until - timedelta(days=14),
            stamped_until=until,
            **overrides,
        )

    def __post_init__(self) -> None:
        if self.networks < 1:
            raise ValueError("networks must be at least 1")
        if self.end <= self.start:
            raise ValueError("end must be after start")
        if not self.type_mix or any(w < 0 for w in self.type_mix.values()):
            raise ValueError("type_mix needs non-negative weights")
        for name in (
            "share_probability",
            "common_value_probability",
            "negative_share",
            "lure_share",
            "one_off_share",
            "laundering_weight",
            "innocent_probability",
            "spelling_variants",
            "reported_type_share",
            "multi_market_share",
            "kit_share",
            "kit_panel_share",
            "kit_second_share",
            "rescam_share",
            "rescam_old_payment",
            "victim_own_share",
            "victim_mule_share",
            "victim_mule_same",
            "victim_mule_weight",
            "victim_mule_self",
            "spoof_share",
            "spoof_listed",
            "reporter_share",
            "prior_case_share",
        ):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1")
        lo, hi = self.scammers_per_network
        if not 0 <= lo <= hi:
            raise ValueError("scammers_per_network must be (lo, hi) with 0 <= lo <= hi")
        lo, hi = self.markets_per_network
        if not 0 <= lo <= hi or (hi and not lo) or hi > len(self.country_mix):
            raise ValueError(
                "markets_per_network must be (0, 0) or (lo, hi) with 1 <= lo <= hi <= countries"
            )
        if self.multi_market_share and not hi:
            raise ValueError("multi_market_share needs markets_per_network")
        if self.kit_sellers < 0 or (self.kit_share and not self.kit_sellers):
            raise ValueError("kit_sellers >= 0, and kit_share needs kit_sellers")
        if self.kit_domains < 1 or self.kit_sites not in ("shared", "subdomain", "path", "mixed"):
            raise ValueError("kit_domains >= 1; kit_sites shared, subdomain, path or mixed")
        lo, hi = self.operation_reports
        if not 0 <= lo <= hi or (hi and not lo) or (hi and not self.one_off_share):
            raise ValueError(
                "operation_reports must be (0, 0) or (lo, hi), 1 <= lo <= hi, with one_off_share"
            )
        lo, hi = self.victim_mule_crews
        if not 1 <= lo <= hi:
            raise ValueError("victim_mule_crews must be (lo, hi) with 1 <= lo <= hi")
        if self.mule_victims < 0 or self.services_per_network < 1 or self.network_size_alpha <= 0:
            raise ValueError("mule_victims >= 0, services_per_network >= 1, network_size_alpha > 0")


# The structural options above: left out of manifest.json while at their defaults, so a
# default world's files stay byte-identical to those written before the options existed.
STRUCTURE_FIELDS: tuple[str, ...] = (
    "scammers_per_network",
    "mule_victims",
    "network_size_alpha",
    "one_off_share",
    "laundering_weight",
    "services_per_network",
    "innocent_probability",
    "spelling_variants",
    "reported_type_share",
    "markets_per_network",
    "multi_market_share",
    "kit_sellers",
    "kit_share",
    "kit_domains",
    "kit_sites",
    "kit_panel_share",
    "kit_second_share",
    "operation_reports",
    "rescam_share",
    "rescam_old_payment",
    "victim_own_share",
    "victim_mule_share",
    "victim_mule_crews",
    "victim_mule_same",
    "victim_mule_weight",
    "victim_mule_self",
    "spoof_share",
    "spoof_listed",
    "reporter_share",
    "prior_case_share",
)
