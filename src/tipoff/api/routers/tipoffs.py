"""Tip-offs across borders: ``/api/v1/tipoffs`` (docs/tipoffs.md).

The calling agency drafts a tip-off from a network, sends it (every part checked against
the partner's clearance; a part above it is a 422 naming it), lists its outbox and inbox,
reads one tip-off's timeline, records events (acknowledge, message, progress, outcome,
decline, expire; an ``event_id`` makes a retry a no-op) which are then posted to the other
side, re-sends (``sync``), and reads per-partner figures. Thin layer over
``tipoff.tipoffs``; a tip-off of another agency is the same 404 as an unknown one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, ConfigDict, Field, field_validator

from tipoff.api.query_params import reject_unknown_query
from tipoff.api.wire import SQL_INT_MAX
from tipoff.request_deps import get_clock, get_engine, get_store, require_agency
from tipoff.share.partners import get_partner
from tipoff.store.protocol import ReportStore
from tipoff.store.records import Agency, as_utc
from tipoff.tipoffs.exchange import act, deliver
from tipoff.tipoffs.from_network import draft_from_network
from tipoff.tipoffs.model import ACTIONS, Tipoff
from tipoff.tipoffs.stats import partner_figures
from tipoff.tipoffs.store import SqlTipoffStore

router = APIRouter(
    prefix="/api/v1/tipoffs", tags=["tipoffs"], dependencies=[Depends(reject_unknown_query)]
)
_PROBLEM: dict[str, Any] = {"content": {"application/problem+json": {}}}
Uid = Annotated[str, Path(pattern=r"^x-tipoff--[0-9a-f-]{36}$")]


class PartOut(BaseModel):
    kind: str
    tlp: str
    body: dict[str, Any]


class EventOut(BaseModel):
    id: str
    kind: str
    origin: str
    at: datetime
    body: dict[str, Any]


class TipoffOut(BaseModel):
    id: str
    direction: str = Field(description="out: this agency sent it; in: it received it.")
    partner: str
    sender: str
    recipient: str
    title: str
    urgency: str
    deadline: datetime | None
    network: str | None
    state: str
    created_at: datetime
    updated_at: datetime
    parts: list[PartOut]
    events: list[EventOut]

    @classmethod
    def of(cls, tipoff: Tipoff) -> TipoffOut:
        return cls(
            id=tipoff.uid,
            direction=tipoff.direction,
            partner=tipoff.partner,
            sender=tipoff.sender,
            recipient=tipoff.recipient,
            title=tipoff.title,
            urgency=tipoff.urgency,
            deadline=tipoff.deadline,
            network=tipoff.network_ref,
            state=tipoff.state.value,
            created_at=tipoff.created_at,
            updated_at=tipoff.updated_at,
            parts=[PartOut(kind=p.kind, tlp=p.tlp, body=dict(p.body)) for p in tipoff.parts],
            events=[
                EventOut(id=e.event_id, kind=e.kind, origin=e.origin, at=e.at, body=dict(e.body))
                for e in tipoff.events
            ],
        )


class TipoffList(BaseModel):
    items: list[TipoffOut]


class DraftIn(BaseModel):
    """A tip-off drafted from a network for a partner."""

    model_config = ConfigDict(extra="forbid")

    network: int = Field(ge=1, le=SQL_INT_MAX)
    to: str = Field(max_length=64, description="The partner's code (the receiving agency).")
    actions: list[Literal[ACTIONS]] = Field(min_length=1, max_length=len(ACTIONS))  # type: ignore[valid-type]
    urgency: Literal["routine", "urgent", "immediate"] = "urgent"
    deadline: datetime | None = None
    title: str | None = Field(None, max_length=300)
    hotspot: str | None = Field(None, max_length=300, description="A hot-spot gazetteer name.")
    compound: str | None = Field(None, max_length=300)
    location_tlp: Literal["clear", "green", "amber", "amber+strict", "red"] = "amber"

    @field_validator("deadline")
    @classmethod
    def _in_utc(cls, value: datetime | None) -> datetime | None:
        """The deadline in UTC; one at the ends of the calendar (0001-01-01T00:00+05:00)
        has no UTC time and is a 422 at ``body.deadline``, not an overflow (500)."""
        try:
            return as_utc(value)
        except OverflowError as error:
            raise ValueError("is not a time that exists in UTC") from error


class DraftOut(BaseModel):
    tipoff: TipoffOut
    reports_used: int
    reports_left_out: int = Field(description="Member reports the partner may not receive.")


class EventIn(BaseModel):
    """A local event; ``body``: {text} (message, progress), {reason} (declined) or the
    outcome figures."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["acknowledged", "message", "progress", "outcome", "declined", "expired"]
    body: dict[str, Any] = Field(default_factory=dict)
    event_id: str | None = Field(None, min_length=1, max_length=80)


class FiguresOut(BaseModel):
    items: list[dict[str, Any]]


def _tipoffs(request: Request) -> SqlTipoffStore:
    return SqlTipoffStore(get_engine(request))


def _post(
    request: Request, store: ReportStore, agency: Agency, uid: str, at: datetime, *, first: bool
) -> Tipoff:
    return deliver(
        get_engine(request),
        _tipoffs(request),
        store,
        agency,
        uid,
        at=at,
        actor=_actor(agency),
        first=first,
    )


def _actor(agency: Agency) -> str:
    return f"agency:{agency.code}"


@router.get("", response_model=TipoffList, responses={401: _PROBLEM, 422: _PROBLEM})
def list_tipoffs(
    request: Request,
    agency: Annotated[Agency, Depends(require_agency)],
    direction: Annotated[Literal["out", "in"] | None, Query()] = None,
    state: Annotated[str | None, Query(max_length=16)] = None,
    network: Annotated[int | None, Query(ge=1, le=SQL_INT_MAX)] = None,
) -> TipoffList:
    """The calling agency's outbox (``direction=out``), inbox (``in``) or both; with
    ``network``, the tip-offs about that network (and so their outcomes)."""
    about = None if network is None else f"network-{network}"
    found = _tipoffs(request).list(agency, direction=direction, state=state, network=about)
    return TipoffList(items=[TipoffOut.of(t) for t in found])


@router.get("/figures", response_model=FiguresOut, responses={401: _PROBLEM, 422: _PROBLEM})
def figures(request: Request, agency: Annotated[Agency, Depends(require_agency)]) -> FiguresOut:
    """Per-partner response times (median hours) and outcome rates of sent tip-offs."""
    found = _tipoffs(request).list(agency, direction="out")
    return FiguresOut(items=[f.as_json() for f in partner_figures(found)])


@router.post(
    "/drafts",
    status_code=201,
    response_model=DraftOut,
    responses={401: _PROBLEM, 404: _PROBLEM, 422: _PROBLEM},
)
def create_draft(
    request: Request,
    body: DraftIn,
    agency: Annotated[Agency, Depends(require_agency)],
    clock: Annotated[Callable[[], datetime], Depends(get_clock)],
) -> DraftOut:
    """Draft a tip-off about a network (parts from the reports the partner may receive)."""
    engine = get_engine(request)
    partner = get_partner(engine, agency, body.to)
    location = {k: v for k, v in (("hotspot", body.hotspot), ("compound", body.compound)) if v}
    with engine.connect() as connection:
        made = draft_from_network(
            connection,
            body.network,
            agency,
            partner.receiver(),
            recipient=partner.code,
            title=body.title,
            urgency=body.urgency,
            deadline=as_utc(body.deadline),
            actions=list(body.actions),
            location=location or None,
            location_tlp=body.location_tlp,
        )
    stored = _tipoffs(request).create_draft(agency, made.draft, at=clock(), actor=_actor(agency))
    return DraftOut(
        tipoff=TipoffOut.of(stored),
        reports_used=made.reports_used,
        reports_left_out=made.reports_left_out,
    )


@router.get(
    "/{uid}", response_model=TipoffOut, responses={401: _PROBLEM, 404: _PROBLEM, 422: _PROBLEM}
)
def get_tipoff(
    request: Request, uid: Uid, agency: Annotated[Agency, Depends(require_agency)]
) -> TipoffOut:
    """One tip-off with its parts and timeline."""
    return TipoffOut.of(_tipoffs(request).get(agency, uid))


@router.post(
    "/{uid}/send",
    response_model=TipoffOut,
    responses={401: _PROBLEM, 404: _PROBLEM, 409: _PROBLEM, 422: _PROBLEM, 502: _PROBLEM},
)
def send_tipoff(
    request: Request,
    uid: Uid,
    agency: Annotated[Agency, Depends(require_agency)],
    store: Annotated[ReportStore, Depends(get_store)],
    clock: Annotated[Callable[[], datetime], Depends(get_clock)],
) -> TipoffOut:
    """Check every part against the partner's clearance, mark sent, POST to its inbox."""
    return TipoffOut.of(_post(request, store, agency, uid, clock(), first=True))


@router.post(
    "/{uid}/sync",
    response_model=TipoffOut,
    responses={401: _PROBLEM, 404: _PROBLEM, 409: _PROBLEM, 422: _PROBLEM, 502: _PROBLEM},
)
def sync_tipoff(
    request: Request,
    uid: Uid,
    agency: Annotated[Agency, Depends(require_agency)],
    store: Annotated[ReportStore, Depends(get_store)],
    clock: Annotated[Callable[[], datetime], Depends(get_clock)],
) -> TipoffOut:
    """Post again everything this side has said (after a failure; safe to repeat)."""
    return TipoffOut.of(_post(request, store, agency, uid, clock(), first=False))


@router.post(
    "/{uid}/events",
    status_code=201,
    response_model=TipoffOut,
    responses={401: _PROBLEM, 404: _PROBLEM, 409: _PROBLEM, 422: _PROBLEM, 502: _PROBLEM},
)
def add_event(
    request: Request,
    uid: Uid,
    body: EventIn,
    agency: Annotated[Agency, Depends(require_agency)],
    store: Annotated[ReportStore, Depends(get_store)],
    clock: Annotated[Callable[[], datetime], Depends(get_clock)],
) -> TipoffOut:
    """Record an event here, then post it to the other side (a 502 leaves it recorded:
    ``sync`` delivers it later)."""
    at = clock()
    act(
        _tipoffs(request),
        agency,
        uid,
        body.kind,
        body.body,
        at=at,
        actor=_actor(agency),
        event=body.event_id,
    )
    return TipoffOut.of(_post(request, store, agency, uid, at, first=False))
