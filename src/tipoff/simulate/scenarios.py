"""Named world structures the linker was not designed around (docs/link-evaluation.md).

The default world is the one tipoff's linker was tuned on: tens of crews, each a single
pool of rotating identifiers. Scoring only that world confirms the design instead of
testing it. Each scenario here changes one structural assumption (``everything`` all at
once); ``tipoff.evaluation.scenario_links`` scores linking on each.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tipoff.simulate.config import DEFAULT_TYPE_MIX, WorldConfig

# Every scenario but the default: 80% of reports state their scam type (the reporter's own
# classification), as intake receives it from police forms; linking may weigh it.
_TYPED = {"reported_type_share": 0.8}
# Every scenario but the default: a crew works one or two victim countries (its markets);
# laundering services serve crews of any market.
_MARKETS = {"markets_per_network": (1, 2)}


@dataclass(frozen=True)
class Scenario:
    """A named world structure: what it changes, and the configuration options that do it."""

    name: str
    summary: str
    options: dict[str, Any]

    def config(self, **overrides: Any) -> WorldConfig:
        """The WorldConfig of this scenario (``overrides`` win, e.g. ``networks``); every
        scenario but the default states scam types (``_TYPED``) and gives crews their
        victim markets (``_MARKETS``)."""
        shaped = {**_TYPED, **_MARKETS} if self.name != "default" else {}
        return WorldConfig(**{**shaped, **self.options, **overrides})


_PARALLEL = {"networks": 12, "scammers_per_network": (80, 250)}
_USE_ROTATION = {"mule_victims": 8}
_HEAVY_TAIL = {"networks": 300, "network_size_alpha": 0.9, "one_off_share": 0.1}
_LAUNDERING = {
    "laundering_services": 6,
    "share_probability": 0.8,
    "services_per_network": 2,
    "laundering_weight": 0.3,
}
_INNOCENT = {"innocent_probability": 0.35}
# Recovery re-scams (tipoff.simulate.rescam): a quarter of the reports are recovery scams,
# nearly all of them earlier victims of other crews quoting the first crew's values.
_RESCAM = {
    "type_mix": {**DEFAULT_TYPE_MIX, "investment.recovery": 0.25},
    "rescam_share": 0.9,
    "rescam_old_payment": 0.3,
}
# Victims' own values and victims recruited as mules (tipoff.simulate.victim_mules): 20 crews;
# 30% of victims name their own account or phone; 15% of reports are by victims whose account
# crews later use, 1-3 crews in turn (the victim's own crew first 30% of the time); 60% of a
# crew's account payments go to such an account while it has one; 30% of the recruits also
# report being used.
_VICTIM_MULES = {
    "networks": 20,
    "victim_own_share": 0.3,
    "victim_mule_share": 0.15,
    "victim_mule_crews": (1, 3),
    "victim_mule_same": 0.3,
    "victim_mule_weight": 0.6,
    "victim_mule_self": 0.3,
}
# Phishing kits (tipoff.simulate.kits): classifieds and delivery phishing by hundreds of
# small operations and one-offs, half of them on one of four kits' shared domains.
_KITS = {
    "networks": 400,
    "network_size_alpha": 0.9,
    "one_off_share": 0.5,
    "kit_sellers": 4,
    "kit_share": 0.5,
    "type_mix": {
        "phishing": 0.35,
        "advance_fee": 0.25,
        "impersonation.service": 0.2,
        "romance": 0.1,
        "job.task": 0.1,
    },
}

# Spoofed caller IDs (tipoff.simulate.spoofing): authority- and bank-impersonation crews show
# the same few official numbers as caller ID (victims call them back to check), and bank
# fraud desks and NGOs sign a share of the reports with their own numbers.
_SPOOFED = {
    "networks": 60,
    "spoof_share": 0.8,
    "reporter_share": 0.2,
    "type_mix": {
        "impersonation.authority": 0.35,
        "impersonation.bank": 0.3,
        "impersonation.service": 0.1,
        "investment.pig_butchering": 0.15,
        "romance": 0.1,
    },
}
# Kit-market variants (2026-12-06, kitvariants): the ways a kit market looks that
# `kit-domains` does not (docs/link-evaluation.md, "Kit-market variants"), written before the
# linker was measured on them.
_KIT_MARKET = {**_KITS, "networks": 200, "one_off_share": 0.6, "kit_share": 0.6}
_KIT_SUBDOMAINS = {
    **_KIT_MARKET,
    "kit_domains": 3,
    "kit_sites": "mixed",
    "operation_reports": (1, 4),
}
_KIT_PANELS = {**_KIT_MARKET, "kit_panel_share": 0.5}
_KIT_OPERATIONS = {
    **_KIT_MARKET,
    "networks": 100,
    "one_off_share": 0.7,
    "kit_sellers": 6,
    "kit_second_share": 0.25,
    "operation_reports": (2, 6),
}
_KIT_MANY_SELLERS = {
    **_KITS,
    "networks": 40,
    "network_size_alpha": 1.2,
    "one_off_share": 0.5,
    "kit_sellers": 40,
    "kit_domains": 1,
    "kit_share": 0.4,
    "operation_reports": (1, 3),
}
_KIT_BAZAAR = {
    **_KIT_MARKET,
    "networks": 60,
    "one_off_share": 0.75,
    "kit_domains": 3,
    "kit_sites": "mixed",
    "kit_panel_share": 0.3,
    "kit_second_share": 0.15,
    "operation_reports": (1, 6),
}

SCENARIOS: dict[str, Scenario] = {
    s.name: s
    for s in (
        Scenario("default", "the world the linker was tuned on (40 crews, one pool each)", {}),
        Scenario(
            "parallel-scammers",
            "12 big crews of 80-250 scammers, each with own phones and handles, "
            "sharing the crew's platforms, wallets and mule accounts",
            _PARALLEL,
        ),
        Scenario(
            "use-rotation",
            "a mule account is retired after about 8 victims (not after ~45 days)",
            _USE_ROTATION,
        ),
        Scenario(
            "heavy-tail",
            "300 crews with heavier-tailed sizes, and 10% one-off single-report scams",
            _HEAVY_TAIL,
        ),
        Scenario(
            "laundering-heavy",
            "6 laundering services, 80% of crews use two, 30% of payments go through them",
            _LAUNDERING,
        ),
        Scenario(
            "innocent-commons",
            "35% of reports cite a reporting site, police, bank or support line "
            "that no warninglist holds",
            _INNOCENT,
        ),
        Scenario(
            "parallel-use-rotation",
            "parallel scammers whose crews rotate mule accounts by use (the independent "
            "world's crews)",
            {**_PARALLEL, **_USE_ROTATION},
        ),
        Scenario(
            "everything",
            "all of the above at once, and 30% of identifiers respelled another way people "
            "write them (no '+', a line break, http://, branch-account, a payment URI ...)",
            {
                **_PARALLEL,
                **_USE_ROTATION,
                **_LAUNDERING,
                **_INNOCENT,
                "one_off_share": 0.1,
                "spelling_variants": 0.3,
            },
        ),
        Scenario(
            "multi-market",
            "half the crews are compounds working 3-6 victim countries; parallel scammers, "
            "mules retired by use, laundering services as in laundering-heavy",
            {**_PARALLEL, **_USE_ROTATION, **_LAUNDERING, "multi_market_share": 0.5},
        ),
        # Held out: written after the linker was tuned on the scenarios above, with other
        # parameter values, and scored only once (docs/link-evaluation.md).
        Scenario(
            "parallel-laundering",
            "held out: 20 crews of 30-120 parallel scammers, mules retired after ~5 victims, "
            "10 laundering services, 60% of crews use two, 20% of their payments go through them",
            {
                "networks": 20,
                "scammers_per_network": (30, 120),
                "mule_victims": 5,
                "laundering_services": 10,
                "share_probability": 0.6,
                "services_per_network": 2,
                "laundering_weight": 0.2,
            },
        ),
        Scenario(
            "many-small-innocent",
            "held out: 150 crews (Pareto shape 1.0), 20% one-off scams, half the reports cite "
            "an unlisted public site or line, mules retired after ~12 victims",
            {
                "networks": 150,
                "network_size_alpha": 1.0,
                "one_off_share": 0.2,
                "innocent_probability": 0.5,
                "mule_victims": 12,
            },
        ),
        # Written after the seventh independent world's scores (its structures as its author
        # described them, never its code): docs/link-evaluation.md, "Recovery re-scams and
        # phishing kits".
        Scenario(
            "recovery-rescam",
            "a quarter of reports are recovery scams whose victims quote the crew that "
            "scammed them first (its phone, account, wallet, site; 30% list the old payment)",
            _RESCAM,
        ),
        Scenario(
            "kit-domains",
            "400 small crews and 50% one-off scams, half of them on one of 4 phishing kits' "
            "shared domains (one-offs: the kit's domain is their only site)",
            _KITS,
        ),
        # Written after the eighth independent world's first score (spoofed caller IDs and
        # third-party reporters as its author described them, never its code):
        # docs/link-evaluation.md, "Spoofed caller IDs".
        Scenario(
            "spoofed-caller",
            "60 crews, two thirds impersonating police or banks and showing the same few "
            "police switchboards and bank lines (no list holds them) as caller ID; 20% of "
            "reports filed by a bank fraud desk or NGO signing with its own number",
            _SPOOFED,
        ),
        # Third-party filers (2026-12-07, thirdparty): bank fraud desks and NGOs file 40 % of the
        # reports, signing with their own desk numbers, and a third of those note the
        # customer's earlier, unrelated case with another crew's account or wallet
        # (docs/link-evaluation.md, "Third-party filers").
        Scenario(
            "third-party-filers",
            "400 crews (Pareto shape 1.0; spoofed-caller's scam types, no spoofed caller IDs); 40% "
            "of reports filed "
            "by a bank fraud desk or NGO signing with its own number; a third of those note the "
            "customer's earlier, unrelated case (another crew's account or wallet)",
            {
                **_SPOOFED,
                "networks": 400,
                "network_size_alpha": 1.0,
                "spoof_share": 0.0,
                "reporter_share": 0.4,
                "prior_case_share": 0.35,
            },
        ),
        Scenario(
            "spoofed-caller-listed",
            "spoofed-caller where half the police and a quarter of the bank lines shown are "
            "numbers a public hotline list holds",
            {**_SPOOFED, "spoof_listed": 0.5},
        ),
        # Written after the eighth independent world's victim-mule rows (the mechanism as the
        # domain describes it, never that world's code): docs/link-evaluation.md, "Victims'
        # own accounts as mules".
        Scenario(
            "victim-mules",
            "20 crews; 30% of victims name their own account or phone; 15% are recruited "
            "afterwards and their account, named in their own report, receives the payments "
            "of 1-3 crews' later victims in turn; 30% of the recruits report being used",
            _VICTIM_MULES,
        ),
        Scenario(
            "victim-mules-parallel",
            "victim-mules with 12 crews of 80-250 parallel scammers whose own mules are "
            "retired after about 8 victims",
            {**_VICTIM_MULES, **_PARALLEL, **_USE_ROTATION},
        ),
        Scenario(
            "kit-subdomains",
            "kit-domains with 200 crews, 60% one-off reports in operations of 1-4 reports; "
            "kits of 3 domains, each buyer's page a subdomain or a path of its own",
            _KIT_SUBDOMAINS,
        ),
        Scenario(
            "kit-panels",
            "kit-domains with 200 crews and 60% one-offs; half the kit's users also cite its "
            "panel (its Telegram bot, its payment wallet), and so do the crews renting it",
            _KIT_PANELS,
        ),
        Scenario(
            "kit-operations",
            "100 crews, 70% one-off reports in operations of 2-6 reports (a phone, an account "
            "of their own), 6 kits, a quarter of the kits' buyers on two kits",
            _KIT_OPERATIONS,
        ),
        Scenario(
            "kit-many-sellers",
            "40 crews owning their sites; 50% one-off reports in operations of 1-3; 40 kits of "
            "one domain each, each used by a handful of operations (5-15)",
            _KIT_MANY_SELLERS,
        ),
        Scenario(
            "kit-bazaar",
            "over 1,000 operations of 1-6 reports (75% of reports) and 60 crews; 4 kits of 3 "
            "domains, buyers' subdomains and paths, panels cited, a second kit",
            _KIT_BAZAAR,
        ),
    )
}


def scenario(name: str) -> Scenario:
    """The scenario called ``name`` (ValueError naming the known ones otherwise)."""
    try:
        return SCENARIOS[name]
    except KeyError:
        raise ValueError(f"unknown scenario {name!r}; known: {', '.join(SCENARIOS)}") from None
