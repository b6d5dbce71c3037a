"""Tip-offs in the dashboard: inbox and outbox, one tip-off's page, and its forms.

A thin layer over ``tipoff.tipoffs`` (the calls the API makes): the store answers only the
logged-in agency's tip-offs (another agency's is the same 404 as an unknown id), the state
machine says which forms a page shows (``next_events``) and refuses any other event, and
every form carries the CSRF token. Drafting from a network is on the network page
(``POST /networks/{id}/tipoffs``); sending checks every part against the partner's
clearance (docs/tipoffs.md).
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, date, datetime, time, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from tipoff.errors import Conflict, NotFound, ValidationError
from tipoff.model import TLP
from tipoff.request_deps import get_clock, get_engine, get_store
from tipoff.share.partners import Partner, get_partner, list_partners
from tipoff.share.taxii_client import PartnerError
from tipoff.tipoffs.attachments import MAX_BYTES, download_headers
from tipoff.tipoffs.deadlines import reminders
from tipoff.tipoffs.exchange import Refused, act, attach, deliver
from tipoff.tipoffs.from_network import draft_from_network
from tipoff.tipoffs.matches import match_tipoff
from tipoff.tipoffs.model import (
    ACTIONS,
    OUTCOME_COUNTS,
    URGENCIES,
    State,
    Tipoff,
    next_events,
    refused_parts,
)
from tipoff.tipoffs.stats import figures_of
from tipoff.tipoffs.store import SqlTipoffStore
from tipoff.visibility import Viewer
from tipoff.web.context import Analyst, check_csrf, error_page, render, require_analyst
from tipoff.web.ids import digits, parse_id

router = APIRouter(include_in_schema=False)
UID_RE = re.compile(r"^x-tipoff--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
FORM_EVENTS = ("acknowledged", "message", "progress", "outcome", "declined", "expired")
MAX_FORM_TEXT = 4000
REMIND_DAYS = 3  # open tip-offs due within this many days are listed first
PAGE = 50  # rows of the inbox and of the outbox per page
SHA_RE = re.compile(r"^[0-9a-f]{64}$")


def tipoff_store(request: Request) -> SqlTipoffStore:
    return SqlTipoffStore(get_engine(request))


def actor_of(analyst: Analyst) -> str:
    return analyst.session.principal


def _not_found(request: Request, uid: str) -> HTMLResponse:
    # The same page for a tip-off that never existed and one of another agency.
    return error_page(request, 404, "Tip-off not found", f"There is no tip-off {uid[:60]}.")


def _refused(request: Request, error: ValidationError | Conflict, back: str) -> HTMLResponse:
    if isinstance(error, Conflict):
        return error_page(request, 409, "Not possible now", f"{error}. Go back to {back}.")
    where = f"{error.path}: " if error.path else ""
    return error_page(request, 422, "Not recorded", f"{where}{error}. Go back to {back}.")


def last_event(tipoff: Tipoff) -> str:
    return tipoff.events[-1].kind if tipoff.events else ""


@router.get("/tipoffs", response_class=HTMLResponse)
def tipoffs_page(
    request: Request, analyst: Annotated[Analyst, Depends(require_analyst)]
) -> HTMLResponse:
    store = tipoff_store(request)
    now = get_clock(request)()
    within = timedelta(days=REMIND_DAYS)
    cursors = {side: request.query_params.get(side) for side in ("in", "out")}
    try:
        inbox, in_next = store.page(
            analyst.agency, direction="in", limit=PAGE, cursor=cursors["in"]
        )
        outbox, out_next = store.page(
            analyst.agency, direction="out", limit=PAGE, cursor=cursors["out"]
        )
    except ValidationError as error:
        return _refused(request, error, "the tip-offs (/tipoffs)")
    context = {
        "section": "tipoffs",
        "due": reminders(store.due(analyst.agency, now + within), now, within),
        "remind_days": REMIND_DAYS,
        "inbox": inbox,
        "outbox": outbox,
        "cursors": cursors,
        "in_next": in_next,
        "out_next": out_next,
        "figures": figures_of(store.for_figures(analyst.agency)),
        "last_event": last_event,
        "reminded": reminded,
    }
    return render(request, "tipoffs.html", context)


def reminded(tipoff: Tipoff) -> str:
    """The last reminder recorded on the tip-off (its event id's threshold), or ''."""
    found = [e.event_id.removeprefix("reminder-") for e in tipoff.events if e.kind == "reminder"]
    return found[-1] if found else ""


def _whole(text: str, path: str) -> int:
    text = text.strip()
    if not text:
        return 0
    if not digits(text) or len(text) > 10:
        raise ValidationError("must be a whole number from 0", path=path)
    return int(text)


def _amount(text: str) -> float:
    text = text.strip().replace(",", "")
    if not text:
        return 0.0
    if len(text) > 20 or not re.fullmatch(r"\d+(\.\d+)?", text):
        raise ValidationError("must be an amount in USD, like 310000 or 1250.50", path="amount")
    return float(text)


def _body(kind: str, form: dict[str, str]) -> dict[str, Any]:
    """The event's body from the form's fields (the library checks the rest)."""
    if kind == "outcome":
        figures: dict[str, Any] = {k: _whole(form.get(k, ""), k) for k in OUTCOME_COUNTS}
        figures["amount_frozen_usd"] = _amount(form.get("amount_frozen_usd", ""))
        figures["compound_raided"] = form.get("compound_raided", "") == "yes"
        figures["note"] = form.get("text", "")
        return figures
    if kind == "declined":
        return {"reason": form.get("text", "")}
    text = form.get("text", "")
    return {"text": text} if text.strip() else {}


@router.get("/tipoffs/{uid}", response_class=HTMLResponse)
def tipoff_page(
    request: Request, uid: str, analyst: Annotated[Analyst, Depends(require_analyst)]
) -> HTMLResponse:
    if not UID_RE.match(uid):
        return _not_found(request, uid)
    try:
        tipoff = tipoff_store(request).get(analyst.agency, uid)
    except NotFound:
        return _not_found(request, uid)
    engine = get_engine(request)
    refused: list[str] = []
    clearance = ""
    if tipoff.direction == "out":
        try:
            partner = get_partner(engine, analyst.agency, tipoff.partner)
            clearance = partner.clearance
            found = refused_parts(tipoff.parts, partner.receiver(), analyst.agency.id)
            refused = [f"{p.kind} (TLP:{p.tlp.upper()})" for p in found]
        except NotFound:
            clearance = "unknown: no partner record"
    query = request.query_params
    matches = None
    if tipoff.direction == "in":
        with engine.connect() as connection:
            matches = match_tipoff(connection, tipoff, Viewer.agency(analyst.agency.id))
    context = {
        "section": "tipoffs",
        "tip": tipoff,
        "matches": matches,
        "max_bytes": MAX_BYTES,
        "markings": [m.value for m in TLP],
        "can": [k for k in next_events(tipoff) if k in FORM_EVENTS],
        "refused": refused,
        "clearance": clearance,
        "used": _shown_count(query.get("used")),
        "left_out": _shown_count(query.get("left_out")),
        "undelivered": query.get("undelivered") == "1",
        "event_id": str(uuid.uuid4()),
        "outcome_counts": OUTCOME_COUNTS,
    }
    return render(request, "tipoff.html", context)


@router.get("/tipoffs/{uid}/attachments/{sha256}")
def download_attachment(
    request: Request,
    uid: str,
    sha256: str,
    analyst: Annotated[Analyst, Depends(require_analyst)],
) -> Response:
    """An attached file, always as a download (never rendered inline)."""
    if not UID_RE.match(uid) or not SHA_RE.match(sha256):
        return _not_found(request, uid)
    try:
        found = tipoff_store(request).attachment(analyst.agency, uid, sha256)
    except NotFound:
        return _not_found(request, uid)
    return Response(
        found.data, media_type=found.info.content_type, headers=download_headers(found.info)
    )


@router.post("/tipoffs/{uid}/attachments", dependencies=[Depends(check_csrf)])
async def upload_attachment(
    request: Request,
    uid: str,
    analyst: Annotated[Analyst, Depends(require_analyst)],
    file: Annotated[UploadFile | None, File()] = None,
    tlp: Annotated[str, Form(max_length=16)] = "amber",
    text: Annotated[str, Form(max_length=MAX_FORM_TEXT)] = "",
    event_id: Annotated[str, Form(max_length=80)] = "",
) -> Response:
    """Attach a file (with a message when ``text`` is given); then post it across."""
    if not UID_RE.match(uid):
        return _not_found(request, uid)
    data = await file.read(MAX_BYTES + 1) if file is not None else b""
    name = (file.filename or "") if file is not None else ""
    return await run_in_threadpool(
        _attach_file, request, uid, analyst, data, name, tlp, text, event_id.strip()
    )


def _attach_file(
    request: Request,
    uid: str,
    analyst: Analyst,
    data: bytes,
    name: str,
    tlp: str,
    text: str,
    event_id: str,
) -> Response:
    store = tipoff_store(request)
    back = f"the tip-off (/tipoffs/{uid}) and try again"
    at = get_clock(request)()
    try:
        message = None
        if text.strip():
            message = event_id or str(uuid.uuid4())
            act(
                store,
                analyst.agency,
                uid,
                "message",
                {"text": text},
                at=at,
                actor=actor_of(analyst),
                event=message,
            )
        attach(
            store,
            get_engine(request),
            analyst.agency,
            uid,
            data,
            name,
            tlp,
            at=at,
            actor=actor_of(analyst),
            event=message,
        )
        if store.get(analyst.agency, uid).state is State.DRAFT:
            return RedirectResponse(f"/tipoffs/{uid}", status_code=303)
        return _deliver(request, analyst, uid, first=False)
    except NotFound:
        return _not_found(request, uid)
    except (ValidationError, Conflict) as error:
        return _refused(request, error, back)


def _shown_count(text: str | None) -> int | None:
    return int(text) if text and digits(text) and len(text) <= 9 else None


def _deliver(request: Request, analyst: Analyst, uid: str, *, first: bool) -> Response:
    """Post to the partner what this side said; the tip-off's page after.

    What is recorded here stays when the post fails (the partner is down, has no inbox
    configured, or no partner record any more): the page says so and "Re-send" tries again.
    Only a send refused before anything is recorded (a part above the partner's clearance)
    is an error (``Refused``, raised to the caller).
    """
    tipoffs = tipoff_store(request)
    tipoffs.get(analyst.agency, uid)  # NotFound: the caller's 404
    try:
        deliver(
            get_engine(request),
            tipoffs,
            get_store(request),
            analyst.agency,
            uid,
            at=get_clock(request)(),
            actor=actor_of(analyst),
            first=first,
        )
    except Refused:
        if tipoffs.get(analyst.agency, uid).state is State.DRAFT:
            raise
        return RedirectResponse(f"/tipoffs/{uid}?undelivered=1", status_code=303)
    except (PartnerError, ValidationError, NotFound):
        return RedirectResponse(f"/tipoffs/{uid}?undelivered=1", status_code=303)
    return RedirectResponse(f"/tipoffs/{uid}", status_code=303)


@router.post("/tipoffs/{uid}/events", dependencies=[Depends(check_csrf)])
def record_event(
    request: Request,
    uid: str,
    analyst: Annotated[Analyst, Depends(require_analyst)],
    kind: Annotated[str, Form(max_length=16)] = "",
    event_id: Annotated[str, Form(max_length=80)] = "",
    text: Annotated[str, Form(max_length=MAX_FORM_TEXT)] = "",
    arrests: Annotated[str, Form(max_length=20)] = "",
    people_returned: Annotated[str, Form(max_length=20)] = "",
    workers_rescued: Annotated[str, Form(max_length=20)] = "",
    accounts_frozen: Annotated[str, Form(max_length=20)] = "",
    sites_taken_down: Annotated[str, Form(max_length=20)] = "",
    accounts_taken_down: Annotated[str, Form(max_length=20)] = "",
    amount_frozen_usd: Annotated[str, Form(max_length=30)] = "",
    compound_raided: Annotated[str, Form(max_length=3)] = "",
) -> Response:
    """Acknowledge, message, progress, outcome, decline or expire; then post it across."""
    if not UID_RE.match(uid):
        return _not_found(request, uid)
    form = {
        "text": text,
        "arrests": arrests,
        "people_returned": people_returned,
        "workers_rescued": workers_rescued,
        "accounts_frozen": accounts_frozen,
        "sites_taken_down": sites_taken_down,
        "accounts_taken_down": accounts_taken_down,
        "amount_frozen_usd": amount_frozen_usd,
        "compound_raided": compound_raided,
    }
    back = f"the tip-off (/tipoffs/{uid}) and try again"
    try:
        if kind not in FORM_EVENTS:
            raise ValidationError(f"one of {', '.join(FORM_EVENTS)}", path="kind")
        act(
            tipoff_store(request),
            analyst.agency,
            uid,
            kind,
            _body(kind, form),
            at=get_clock(request)(),
            actor=actor_of(analyst),
            event=event_id.strip() or None,
        )
    except NotFound:
        return _not_found(request, uid)
    except (ValidationError, Conflict) as error:
        return _refused(request, error, back)
    return _deliver(request, analyst, uid, first=False)


@router.post("/tipoffs/{uid}/send", dependencies=[Depends(check_csrf)])
def send_tipoff(
    request: Request, uid: str, analyst: Annotated[Analyst, Depends(require_analyst)]
) -> Response:
    """Send a draft (every part checked against the partner's clearance)."""
    return _post_across(request, uid, analyst, first=True)


@router.post("/tipoffs/{uid}/sync", dependencies=[Depends(check_csrf)])
def sync_tipoff(
    request: Request, uid: str, analyst: Annotated[Analyst, Depends(require_analyst)]
) -> Response:
    """Post again everything this side has said (after the partner could not be reached)."""
    return _post_across(request, uid, analyst, first=False)


def _post_across(request: Request, uid: str, analyst: Analyst, *, first: bool) -> Response:
    if not UID_RE.match(uid):
        return _not_found(request, uid)
    try:
        return _deliver(request, analyst, uid, first=first)
    except NotFound:
        return _not_found(request, uid)
    except (ValidationError, Conflict) as error:
        return _refused(request, error, f"the tip-off (/tipoffs/{uid})")


def _partner(request: Request, analyst: Analyst, code: str) -> Partner:
    try:
        return get_partner(get_engine(request), analyst.agency, code)
    except NotFound as error:
        raise ValidationError("pick one of your partners", path="partner") from error


def _deadline(text: str) -> datetime | None:
    """A day (YYYY-MM-DD) as its end in UTC; empty is no deadline."""
    if not text.strip():
        return None
    try:
        day = date.fromisoformat(text.strip())
    except ValueError as error:
        raise ValidationError("a day, like 2026-12-31", path="deadline") from error
    return datetime.combine(day, time(23, 59, 59), tzinfo=UTC)


def acted_upon(request: Request, analyst: Analyst) -> dict[int, str]:
    """{network id: "outcome" or "tipped off"} for the networks this agency sent tip-offs on."""
    found = {}
    for ref, states in tipoff_store(request).network_states(analyst.agency).items():
        number = ref.removeprefix("network-")
        if digits(number):
            found[int(number)] = "outcome" if State.OUTCOME in states else "tipped off"
    return found


def network_tipoffs(request: Request, analyst: Analyst, network_id: int) -> dict[str, Any]:
    """What the network page shows of tip-offs: this agency's about it, and the send form."""
    about = tipoff_store(request).list(analyst.agency, network=f"network-{network_id}")
    return {
        "tipoffs": about,
        "partners": list_partners(get_engine(request), analyst.agency),
        "actions": ACTIONS,
        "urgencies": URGENCIES,
        "markings": [m.value for m in TLP],
    }


@router.post("/networks/{network_id}/tipoffs", dependencies=[Depends(check_csrf)])
def draft_tipoff(
    request: Request,
    network_id: str,
    analyst: Annotated[Analyst, Depends(require_analyst)],
    partner: Annotated[str, Form(max_length=64)] = "",
    actions: Annotated[list[str] | None, Form(max_length=len(ACTIONS))] = None,
    urgency: Annotated[str, Form(max_length=16)] = "urgent",
    deadline: Annotated[str, Form(max_length=10)] = "",
    hotspot: Annotated[str, Form(max_length=300)] = "",
    compound: Annotated[str, Form(max_length=300)] = "",
    location_tlp: Annotated[str, Form(max_length=16)] = "amber",
    title: Annotated[str, Form(max_length=300)] = "",
) -> Response:
    """Draft a tip-off about the network for a partner; its page shows what was left out."""
    wanted = parse_id(network_id)
    back = f"the network (/networks/{wanted}) and try again"
    if wanted is None:
        return error_page(
            request, 404, "Network not found", f"There is no network #{network_id[:40]}."
        )
    engine = get_engine(request)
    try:
        if urgency not in URGENCIES:
            raise ValidationError(f"one of {', '.join(URGENCIES)}", path="urgency")
        chosen = [a for a in actions or [] if a]
        if not chosen or set(chosen) - set(ACTIONS):
            raise ValidationError(f"pick one or more of {', '.join(ACTIONS)}", path="actions")
        found = _partner(request, analyst, partner)
        location = {
            k: v.strip() for k, v in (("hotspot", hotspot), ("compound", compound)) if v.strip()
        }
        with engine.connect() as connection:
            made = draft_from_network(
                connection,
                wanted,
                analyst.agency,
                found.receiver(),
                recipient=found.code,
                urgency=urgency,
                deadline=_deadline(deadline),
                actions=chosen,
                location=location or None,
                location_tlp=location_tlp,
                title=title.strip() or None,
            )
        stored = tipoff_store(request).create_draft(
            analyst.agency, made.draft, at=get_clock(request)(), actor=actor_of(analyst)
        )
    except NotFound:  # unknown, or fewer than two reports this agency may see
        return error_page(request, 404, "Network not found", f"There is no network #{wanted}.")
    except (ValidationError, Conflict) as error:
        return _refused(request, error, back)
    shown = f"used={made.reports_used}&left_out={made.reports_left_out}"
    return RedirectResponse(f"/tipoffs/{stored.uid}?{shown}", status_code=303)
