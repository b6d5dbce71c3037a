"""Indicators API: one indicator's sightings, network, hub/common status, first and last seen;
and the list of hubs (values shown to analysts but not used to link).

Both as the calling agency sees them: counts, dates, reports and networks from the reports
it may see; a value known only from reports it may not see is the same 404 as an unknown one.
A value no visible report cites but a feed lists is answered from its listings (``id``
null, no sightings): exactly as a value no report cites at all, so nothing about hidden
reports shows.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field
from sqlalchemy import Engine

from tipoff.api.query_params import reject_unknown_query
from tipoff.errors import NotFound
from tipoff.indicators import canonicalize
from tipoff.link.hubs import HubPolicy
from tipoff.link.indicator_lookup import indicator_detail, list_hub_indicators
from tipoff.request_deps import get_engine, get_settings, require_agency
from tipoff.settings import Settings
from tipoff.share.feeds.store import SqlFeedStore
from tipoff.store.records import Agency
from tipoff.visibility import Viewer

router = APIRouter(
    prefix="/api/v1/indicators", tags=["indicators"], dependencies=[Depends(reject_unknown_query)]
)
_PROBLEM: dict[str, Any] = {"content": {"application/problem+json": {}}}


class HubOut(BaseModel):
    id: int
    kind: str
    value: str
    report_count: int = Field(description="Reports citing it that the caller may see.")
    hub_reason: str = Field(
        description='Why it does not link: "count" (over its kind\'s threshold), or the reason '
        'the last relink stored ("service", "reference", "caller_id", "spread", "bridge", '
        '"shared_payee"); "caller_id": a phone seen only as a caller or in the victims\' words '
        "that unrelated crews share (a spoofed police or bank line, a fraud desk's number)."
    )


class HubList(BaseModel):
    items: list[HubOut]


class NetworkShareOut(BaseModel):
    id: int
    reports: int = Field(description="Of the indicator's reports, how many are in this network.")


class IndicatorSightingOut(BaseModel):
    report_id: int
    network_id: int | None
    received_at: datetime | None
    role: str
    source: str
    raw: str = Field(description="The value as the report wrote it.")
    agency: str


class FeedListingOut(BaseModel):
    """A public feed listing the indicator now (docs/feeds.md); expired listings are left out."""

    feed: str = Field(description="The feed's name, as `tipoff feeds list` shows it.")
    title: str
    source: str = Field(description="Where the feed comes from (URL or file).")
    listed_at: datetime | None = Field(description="The date the feed itself gives, if any.")
    first_seen: datetime = Field(description="First import that saw it.")
    last_seen: datetime = Field(description="Latest import that saw it.")
    confidence: int = Field(description="Effective confidence now, 0-100 (decays).")


class IndicatorOut(BaseModel):
    """One indicator as the calling agency sees it."""

    id: int | None = Field(
        description="Its id; null for a value only feeds list (no report the caller may see)."
    )
    kind: str
    value: str
    common: bool = Field(description="On a warninglist: shown, never used to link.")
    hub: bool
    hub_reason: str | None
    links: bool = Field(description="Whether it joins reports into networks.")
    report_count: int
    first_seen: datetime | None
    last_seen: datetime | None
    networks: list[NetworkShareOut]
    network_id: int | None = Field(description="Its network, when it is in exactly one.")
    sightings: list[IndicatorSightingOut] = Field(description="Newest first, up to `limit`.")
    sightings_total: int
    listed_by: list[FeedListingOut] = Field(
        default_factory=list, description="Feeds listing it now, by feed name."
    )


@router.get("/hubs", response_model=HubList, responses={401: _PROBLEM})
def get_hubs(
    agency: Annotated[Agency, Depends(require_agency)],
    engine: Annotated[Engine, Depends(get_engine)],
    settings: Annotated[Settings, Depends(get_settings)],
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> HubList:
    """Hub indicators (shown to analysts, not used to link), most-cited first, with the reason."""
    with engine.connect() as connection:
        hubs = list_hub_indicators(
            connection, HubPolicy.from_settings(settings), Viewer.agency(agency.id), limit
        )
    return HubList.model_validate({"items": hubs})


@router.get(
    "/{kind}/{value:path}",
    response_model=IndicatorOut,
    responses={401: _PROBLEM, 404: _PROBLEM, 422: _PROBLEM},
)
def get_indicator(
    kind: str,
    value: str,
    agency: Annotated[Agency, Depends(require_agency)],
    engine: Annotated[Engine, Depends(get_engine)],
    settings: Annotated[Settings, Depends(get_settings)],
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> IndicatorOut:
    """Where ``kind:value`` (any spelling, canonicalised, e.g. ``phone/+85512345678``) was
    sighted, and its network; or, for a value only feeds list, its listings."""
    value = _canonical(kind, value)
    listed = [
        FeedListingOut(
            feed=item.feed,
            title=item.title,
            source=item.url,
            listed_at=item.listed_at,
            first_seen=item.first_seen,
            last_seen=item.last_seen,
            confidence=item.confidence,
        )
        for item in SqlFeedStore(engine).listings([(kind, value)], at=datetime.now(UTC))
    ]
    try:
        with engine.connect() as connection:
            detail = indicator_detail(
                connection,
                kind,
                value,
                Viewer.agency(agency.id),
                HubPolicy.from_settings(settings),
                limit,
            )
    except NotFound:
        if not listed:
            raise
        return _listed_only(kind, value, listed)
    out = IndicatorOut.model_validate(detail)
    out.listed_by = listed
    return out


def _canonical(kind: str, value: str) -> str:
    """The one value of ``value`` as a ``kind`` indicator (docs/identifiers.md), so a JP
    account typed with its branch finds the account; as given when it is no valid one."""
    try:
        return canonicalize(kind, value) or value
    except ValueError:  # not a kind: indicator_detail answers it as before (422)
        return value


def _listed_only(kind: str, value: str, listed: list[FeedListingOut]) -> IndicatorOut:
    """A value no report the caller may see cites, as its feed listings show it."""
    return IndicatorOut(
        id=None,
        kind=kind,
        value=value,
        common=False,  # warninglisted values are never listed (docs/feeds.md)
        hub=False,
        hub_reason=None,
        links=False,
        report_count=0,
        first_seen=None,
        last_seen=None,
        networks=[],
        network_id=None,
        sightings=[],
        sightings_total=0,
        listed_by=listed,
    )
