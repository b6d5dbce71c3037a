"""Tip-offs across borders: ``/api/v1/tipoffs`` (docs/tipoffs.md).

The calling agency drafts a tip-off from a network, sends it (every part checked against
the partner's clearance; a part above it is a 422 naming it), lists its outbox and inbox,
reads one tip-off's timeline, records events (acknowledge, message, progress, outcome,
decline, expire; an ``event_id`` makes a retry a no-op) which are then posted to the other
side, re-sends (``sync``), and reads per-partner figures. Files are attached as the raw
request body (the type is sniffed from the bytes) and downloaded only as attachments
(``Content-Disposition: attachment``, never rendered inline). A received tip-off's suspects
are matched against the agency's own reports and networks (``/matches``). Lists page by
keyset (``limit``, ``cursor``). Thin layer over ``tipoff.tipoffs``; a tip-off of another
agency is the same 404 as an unknown one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, ConfigDict, Field, field_validator

from tipoff.api.query_params import reject_unknown_query
from tipoff.api.wire import SQL_INT_MAX
from tipoff.request_deps import get_clock, get_engine, get_store, require_agency
from tipoff.share.partners import get_partner
from tipoff.store.protocol import ReportStore
from tipoff.store.records import Agency, as_utc
from tipoff.tipoffs.attachments import AttachmentInfo, check_sha256, download_headers
from tipoff.tipoffs.exchange import act, attach, deliver
from tipoff.tipoffs.from_network import draft_from_network
from tipoff.tipoffs.matches import match_tipoff
from tipoff.tipoffs.model import ACTIONS, State, Tipoff
from tipoff.tipoffs.stats import figures_of
from tipoff.tipoffs.store import MAX_PAGE, SqlTipoffStore
from tipoff.visibility import Viewer

router = APIRouter(
    prefix="/api/v1/tipoffs", tags=["tipoffs"], dependencies=[Depends(reject_unknown_query)]
)
_PROBLEM: dict[str, Any] = {"content": {"application/problem+json": {}}}
Uid = Annotated[str, Path(pattern=r"^x-tipoff--[0-9a-f-]{36}$")]
Sha = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$")]


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


class AttachmentOut(BaseModel):
    sha256: str
    name: str
    content_type: str = Field(description="Sniffed from the bytes on arrival, never trusted.")
    size: int
    tlp: str
    origin: str
    event_id: str | None = Field(description="The message it belongs to, if any.")
    at: datetime

    @classmethod
    def of(cls, info: AttachmentInfo) -> AttachmentOut:
        return cls(
            sha256=info.sha256,
            name=info.name,
            content_type=info.content_type,
            size=info.size,
            tlp=info.tlp,
            origin=info.origin,
            event_id=info.event_id,
            at=info.at,
        )


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
    attachments: list[AttachmentOut]

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
            attachments=[AttachmentOut.of(a) for a in tipoff.attachments],
        )


class TipoffList(BaseModel):
    items: list[TipoffOut]
    next: str | None = Field(None, description="Pass as ``cursor`` for the next page.")


class AttachmentStored(BaseModel):
    attachment: AttachmentOut
    stored: bool = Field(description="False when the tip-off already held these bytes.")
    tipoff: TipoffOut


class MatchesOut(BaseModel):
    checked: int = Field(description="Distinct identifiers read from the suspects part.")
    matched: list[dict[str, str]]
    reports: int = Field(description="Your visible reports citing any of them.")
    networks: list[dict[str, Any]] = Field(
        description="Your networks sharing identifiers with the tip-off, most shared first."
    )


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
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> TipoffList:
    """The calling agency's outbox (``direction=out``), inbox (``in``) or both, newest
    first, a page at a time (``next`` is the ``cursor`` of the next page); with
    ``network``, the tip-offs about that network — and the networks merged into it since
    — and so their outcomes."""
    about = None if network is None else f"network-{network}"
    found, more = _tipoffs(request).page(
        agency, direction=direction, state=state, network=about, limit=limit, cursor=cursor
    )
    return TipoffList(items=[TipoffOut.of(t) for t in found], next=more)


@router.get("/figures", response_model=FiguresOut, responses={401: _PROBLEM, 422: _PROBLEM})
def figures(request: Request, agency: Annotated[Agency, Depends(require_agency)]) -> FiguresOut:
    """Per-partner response times (median hours) and outcome rates of sent tip-offs."""
    found = _tipoffs(request).for_figures(agency)
    return FiguresOut(items=[f.as_json() for f in figures_of(found)])


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


@router.get(
    "/{uid}/matches",
    response_model=MatchesOut,
    responses={401: _PROBLEM, 404: _PROBLEM, 422: _PROBLEM},
)
def tipoff_matches(
    request: Request, uid: Uid, agency: Annotated[Agency, Depends(require_agency)]
) -> MatchesOut:
    """The tip-off's suspects (phones, handles, accounts, wallets) among your own reports
    and networks: "your network 12 shares 3 identifiers with this tip-off"."""
    tipoff = _tipoffs(request).get(agency, uid)
    with get_engine(request).connect() as connection:
        found = match_tipoff(connection, tipoff, Viewer.agency(agency.id))
    return MatchesOut.model_validate(found.as_json())


@router.post(
    "/{uid}/attachments",
    status_code=201,
    response_model=AttachmentStored,
    responses={401: _PROBLEM, 404: _PROBLEM, 409: _PROBLEM, 413: _PROBLEM, 422: _PROBLEM},
)
async def add_attachment(
    request: Request,
    uid: Uid,
    agency: Annotated[Agency, Depends(require_agency)],
    store: Annotated[ReportStore, Depends(get_store)],
    clock: Annotated[Callable[[], datetime], Depends(get_clock)],
    name: Annotated[str, Query(min_length=1, max_length=300)] = "attachment",
    tlp: Annotated[Literal["clear", "green", "amber", "amber+strict", "red"], Query()] = "amber",
    event_id: Annotated[str | None, Query(min_length=1, max_length=80)] = None,
) -> AttachmentStored:
    """Attach the request body (a PNG, JPEG, GIF, WebP, PDF, CSV or UTF-8 text file of at
    most 2 MiB; its type is sniffed from the bytes, the Content-Type header is ignored) to
    the tip-off or, with ``event_id``, to one of your messages on it. A marking the partner
    may not receive is a 422. Once the tip-off is sent, the file is posted across with
    everything else this side said (a failed post leaves it recorded: ``sync``)."""
    data = await request.body()
    return await run_in_threadpool(
        _attach, request, uid, agency, store, clock(), data, name, tlp, event_id
    )


def _attach(
    request: Request,
    uid: str,
    agency: Agency,
    store: ReportStore,
    at: datetime,
    data: bytes,
    name: str,
    tlp: str,
    event_id: str | None,
) -> AttachmentStored:
    tipoffs = _tipoffs(request)
    info, stored = attach(
        tipoffs,
        get_engine(request),
        agency,
        uid,
        data,
        name,
        tlp,
        at=at,
        actor=_actor(agency),
        event=event_id,
    )
    tipoff = tipoffs.get(agency, uid)
    if tipoff.state is not State.DRAFT and stored:
        tipoff = _post(request, store, agency, uid, at, first=False)
    return AttachmentStored(
        attachment=AttachmentOut.of(info), stored=stored, tipoff=TipoffOut.of(tipoff)
    )


@router.get(
    "/{uid}/attachments/{sha256}",
    response_class=Response,
    responses={
        200: {"content": {"application/octet-stream": {}}},
        401: _PROBLEM,
        404: _PROBLEM,
        422: _PROBLEM,
    },
)
def download_attachment(
    request: Request, uid: Uid, sha256: Sha, agency: Annotated[Agency, Depends(require_agency)]
) -> Response:
    """The file's bytes, as a download (``Content-Disposition: attachment``), with the type
    sniffed when it was stored and ``X-Content-Type-Options: nosniff``."""
    found = _tipoffs(request).attachment(agency, uid, check_sha256(sha256))
    return Response(
        found.data, media_type=found.info.content_type, headers=download_headers(found.info)
    )
