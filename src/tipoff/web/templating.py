"""The Jinja2 environment of the dashboard and the filters its templates use.

Built lazily on first use and cached (nothing happens at import). Autoescaping is on for
every template: report texts are attacker-controlled, so they are only ever rendered as
escaped text, never as markup.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from tipoff.verdicts import VERDICT_WORDS
from tipoff.web.scam_types import outcome_words, plain_name, type_name

TEMPLATES_DIR = Path(__file__).parent / "templates"
STATIC_DIR = Path(__file__).parent / "static"


@cache
def static_version(relative: str) -> str:
    """A short content hash, so browsers may cache static files for a long time."""
    path = STATIC_DIR / relative
    return hashlib.sha256(path.read_bytes()).hexdigest()[:10] if path.is_file() else "0"


def static_url(relative: str) -> str:
    return f"/static/{relative}?v={static_version(relative)}"


def money(value: float | None) -> str:
    """USD amounts for people: $1,234 / $12.3k / $4.5M."""
    if value is None:
        return "–"
    amount = float(value)
    if abs(amount) >= 1_000_000:
        return f"${amount / 1_000_000:,.1f}M"
    if abs(amount) >= 10_000:
        return f"${amount / 1_000:,.1f}k"
    return f"${amount:,.0f}"


def number(value: float | int | None) -> str:
    return "–" if value is None else f"{value:,.0f}"


def percent(value: float | None) -> str:
    return "–" if value is None else f"{100 * float(value):.0f}%"


def day(value: datetime | date | None) -> str:
    return "–" if value is None else value.strftime("%Y-%m-%d")


def moment(value: datetime | None) -> str:
    return "–" if value is None else value.strftime("%Y-%m-%d %H:%M UTC")


@cache
def environment() -> Environment:
    """The shared, cached template environment."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,  # a typo in a template is an error in tests, not a blank
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["static"] = static_url
    env.filters.update(
        money=money,
        number=number,
        percent=percent,
        day=day,
        moment=moment,
        outcome_words=outcome_words,
        plain_type=plain_name,
        type_name=type_name,
        verdict_words=lambda value: VERDICT_WORDS.get(str(value), str(value)),
    )
    return env
