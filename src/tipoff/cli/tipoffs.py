"""CLI commands: ``tipoff tipoffs ...``, a tip-off's every step (docs/tipoffs.md).

``draft`` (from a network), ``send``, ``sync`` (re-send what this side has said; safe to
repeat), ``list``, ``show``, ``ack``, ``message``, ``progress``, ``outcome``, ``decline``,
``expire``, ``due`` (reminders before the deadline), ``remind`` (record the reminder events
now, as ``tipoff serve`` does in the background), ``attach`` and ``attachment`` (files on a
tip-off), ``matches`` (its suspects in this agency's own reports and networks) and ``stats``
(per-partner response times and outcome rates). Thin layer over
``tipoff.tipoffs``; output is JSON so scripts and the other side's tools can read it.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Annotated, Any

import httpx
import orjson
import typer

from tipoff.cli.session import (
    DatabaseOption,
    cli_actor,
    cli_errors,
    open_store,
    settings_with,
    utc_now,
)
from tipoff.errors import ValidationError
from tipoff.share.partners import get_partner
from tipoff.store.records import as_utc
from tipoff.tipoffs.attachments import MAX_BYTES, check_sha256
from tipoff.tipoffs.deadlines import remind, reminders
from tipoff.tipoffs.exchange import act, attach, send, sync
from tipoff.tipoffs.from_network import draft_from_network
from tipoff.tipoffs.matches import match_tipoff
from tipoff.tipoffs.model import ACTIONS, OUTCOME_COUNTS, Tipoff
from tipoff.tipoffs.stats import figures_of
from tipoff.tipoffs.store import SqlTipoffStore
from tipoff.visibility import Viewer

tipoffs_app = typer.Typer(help="Tip-offs to partner agencies, with their lifecycle and outcomes.")

AgencyOption = Annotated[str, typer.Option("--agency", help="Agency code (this side).")]
UidArgument = Annotated[str, typer.Argument(help="The tip-off id (x-tipoff--...).")]
EventOption = Annotated[
    str | None, typer.Option("--event-id", help="Id of this event (a retry with it is a no-op).")
]


def _json(value: Any) -> None:
    sys.stdout.buffer.write(orjson.dumps(value, option=orjson.OPT_INDENT_2) + b"\n")
    sys.stdout.flush()


def tipoff_json(tipoff: Tipoff) -> dict[str, Any]:
    return {
        "id": tipoff.uid,
        "agency": tipoff.agency_code,
        "direction": tipoff.direction,
        "partner": tipoff.partner,
        "sender": tipoff.sender,
        "recipient": tipoff.recipient,
        "title": tipoff.title,
        "urgency": tipoff.urgency,
        "deadline": tipoff.deadline,
        "network": tipoff.network_ref,
        "state": tipoff.state.value,
        "created_at": tipoff.created_at,
        "updated_at": tipoff.updated_at,
        "parts": [{"kind": p.kind, "tlp": p.tlp, "body": p.body} for p in tipoff.parts],
        "events": [
            {"id": e.event_id, "kind": e.kind, "origin": e.origin, "at": e.at, "body": e.body}
            for e in tipoff.events
        ],
        "attachments": [
            {
                "sha256": a.sha256,
                "name": a.name,
                "content_type": a.content_type,
                "size": a.size,
                "tlp": a.tlp,
                "origin": a.origin,
                "event_id": a.event_id,
                "at": a.at,
            }
            for a in tipoff.attachments
        ],
    }


@tipoffs_app.command("draft")
def draft_command(
    agency: AgencyOption,
    network: Annotated[int, typer.Option("--network", help="Network id (tipoff networks).")],
    to: Annotated[str, typer.Option("--to", help="Partner code (the receiving agency).")],
    actions: Annotated[
        str, typer.Option("--actions", help=f"Comma-separated: {', '.join(ACTIONS)}.")
    ] = "investigate",
    urgency: Annotated[
        str, typer.Option("--urgency", help="routine, urgent, immediate.")
    ] = "urgent",
    deadline: Annotated[
        datetime | None, typer.Option("--deadline", help="ISO date or time (UTC).")
    ] = None,
    hotspot: Annotated[
        str | None, typer.Option("--hotspot", help="Suspected place (hot-spot gazetteer name).")
    ] = None,
    compound: Annotated[str | None, typer.Option("--compound", help="Compound name.")] = None,
    location_tlp: Annotated[
        str, typer.Option("--location-tlp", help="Marking of the location part.")
    ] = "amber",
    title: Annotated[str | None, typer.Option("--title")] = None,
    database_url: DatabaseOption = None,
) -> None:
    """Draft a tip-off about a network for a partner (reports it may not receive left out)."""
    with cli_errors():
        store = open_store(settings_with(database_url))
        owner = store.get_agency(agency)
        partner = get_partner(store.engine, owner, to)
        location = {k: v for k, v in (("hotspot", hotspot), ("compound", compound)) if v}
        with store.engine.connect() as connection:
            made = draft_from_network(
                connection,
                network,
                owner,
                partner.receiver(),
                recipient=partner.code,
                title=title,
                urgency=urgency,
                deadline=as_utc(deadline),
                actions=[a.strip() for a in actions.split(",") if a.strip()],
                location=location or None,
                location_tlp=location_tlp,
            )
        stored = SqlTipoffStore(store.engine).create_draft(
            owner, made.draft, at=utc_now(), actor=cli_actor()
        )
        _json(
            tipoff_json(stored)
            | {"reports_used": made.reports_used, "reports_left_out": made.reports_left_out}
        )


def _partner_of(agency: str, uid: str, database_url: str | None) -> Any:
    store = open_store(settings_with(database_url))
    owner = store.get_agency(agency)
    tipoff = SqlTipoffStore(store.engine).get(owner, uid)
    return store, owner, get_partner(store.engine, owner, tipoff.partner)


@tipoffs_app.command("send")
def send_command(
    uid: UidArgument, agency: AgencyOption, database_url: DatabaseOption = None
) -> None:
    """Check every part against the partner's clearance, then send (RED parts refuse)."""
    with cli_errors():
        store, owner, partner = _partner_of(agency, uid, database_url)
        with httpx.Client(timeout=30.0) as client:
            sent = send(
                SqlTipoffStore(store.engine),
                store,
                owner,
                partner,
                uid,
                at=utc_now(),
                actor=cli_actor(),
                client=client,
            )
        _json(tipoff_json(sent))


@tipoffs_app.command("sync")
def sync_command(
    agency: AgencyOption,
    uid: Annotated[str | None, typer.Argument(help="One tip-off (default: every one).")] = None,
    database_url: DatabaseOption = None,
) -> None:
    """Send the other side again everything this side has said (safe to repeat)."""
    with cli_errors():
        store = open_store(settings_with(database_url))
        owner = store.get_agency(agency)
        tipoffs = SqlTipoffStore(store.engine)
        chosen = [tipoffs.get(owner, uid)] if uid else tipoffs.list(owner)
        done = 0
        with httpx.Client(timeout=30.0) as client:
            for tipoff in chosen:
                if tipoff.state.value == "draft":
                    continue
                partner = get_partner(store.engine, owner, tipoff.partner)
                sync(tipoffs, store, owner, partner, tipoff.uid, at=utc_now(), client=client)
                done += 1
        _json({"synced": done})


@tipoffs_app.command("list")
def list_command(
    agency: AgencyOption,
    direction: Annotated[str | None, typer.Option("--direction", help="out or in.")] = None,
    state: Annotated[str | None, typer.Option("--state")] = None,
    network: Annotated[
        int | None, typer.Option("--network", help="Only tip-offs about this network.")
    ] = None,
    database_url: DatabaseOption = None,
) -> None:
    """Outbox (``--direction out``), inbox (``in``) or both, newest first."""
    with cli_errors():
        store = open_store(settings_with(database_url))
        about = None if network is None else f"network-{network}"
        found = SqlTipoffStore(store.engine).list(
            store.get_agency(agency), direction=direction, state=state, network=about
        )
        _json([tipoff_json(t) for t in found])


@tipoffs_app.command("show")
def show_command(
    uid: UidArgument, agency: AgencyOption, database_url: DatabaseOption = None
) -> None:
    """One tip-off with its parts and its timeline."""
    with cli_errors():
        store = open_store(settings_with(database_url))
        _json(tipoff_json(SqlTipoffStore(store.engine).get(store.get_agency(agency), uid)))


def _act(
    agency: str, uid: str, kind: str, body: dict[str, Any], event: str | None, url: str | None
) -> None:
    with cli_errors():
        store = open_store(settings_with(url))
        owner = store.get_agency(agency)
        tipoffs = SqlTipoffStore(store.engine)
        done = act(tipoffs, owner, uid, kind, body, at=utc_now(), actor=cli_actor(), event=event)
        partner = get_partner(store.engine, owner, done.partner)
        with httpx.Client(timeout=30.0) as client:
            sync(tipoffs, store, owner, partner, uid, at=utc_now(), client=client)
        _json(tipoff_json(tipoffs.get(owner, uid)))


@tipoffs_app.command("ack")
def ack_command(
    uid: UidArgument,
    agency: AgencyOption,
    event_id: EventOption = None,
    database_url: DatabaseOption = None,
) -> None:
    """Acknowledge a received tip-off (it is recorded, then sent back to the sender)."""
    _act(agency, uid, "acknowledged", {}, event_id, database_url)


@tipoffs_app.command("message")
def message_command(
    uid: UidArgument,
    agency: AgencyOption,
    text: Annotated[str, typer.Option("--text", help="The message.")],
    event_id: EventOption = None,
    database_url: DatabaseOption = None,
) -> None:
    """A message to the other side on this tip-off (question, answer, update)."""
    _act(agency, uid, "message", {"text": text}, event_id, database_url)


@tipoffs_app.command("progress")
def progress_command(
    uid: UidArgument,
    agency: AgencyOption,
    text: Annotated[str, typer.Option("--text")] = "",
    event_id: EventOption = None,
    database_url: DatabaseOption = None,
) -> None:
    """Work has started (in_progress)."""
    _act(agency, uid, "progress", {"text": text} if text else {}, event_id, database_url)


@tipoffs_app.command("outcome")
def outcome_command(
    uid: UidArgument,
    agency: AgencyOption,
    figures: Annotated[
        str,
        typer.Option(
            "--figures",
            help=f"JSON object: {', '.join(OUTCOME_COUNTS)}, "
            "amount_frozen_usd, compound_raided, note.",
        ),
    ] = "{}",
    event_id: EventOption = None,
    database_url: DatabaseOption = None,
) -> None:
    """Report the outcome with its figures (arrests, returned, rescued, frozen, taken down)."""
    try:
        body = orjson.loads(figures)
    except orjson.JSONDecodeError as error:
        with cli_errors():
            raise ValidationError(f"--figures is not JSON: {error}") from error
    if not isinstance(body, dict):
        with cli_errors():
            raise ValidationError("--figures is a JSON object")
    _act(agency, uid, "outcome", body, event_id, database_url)


@tipoffs_app.command("decline")
def decline_command(
    uid: UidArgument,
    agency: AgencyOption,
    reason: Annotated[str, typer.Option("--reason")],
    event_id: EventOption = None,
    database_url: DatabaseOption = None,
) -> None:
    """Decline, with the reason."""
    _act(agency, uid, "declined", {"reason": reason}, event_id, database_url)


@tipoffs_app.command("expire")
def expire_command(
    uid: UidArgument,
    agency: AgencyOption,
    event_id: EventOption = None,
    database_url: DatabaseOption = None,
) -> None:
    """The sender withdraws a tip-off past its deadline (expired)."""
    _act(agency, uid, "expired", {}, event_id, database_url)


@tipoffs_app.command("due")
def due_command(
    agency: AgencyOption,
    within_days: Annotated[float, typer.Option("--within-days", min=0)] = 3.0,
    database_url: DatabaseOption = None,
) -> None:
    """Reminders: open tip-offs (either direction) past or near their deadline."""
    with cli_errors():
        store = open_store(settings_with(database_url))
        found = SqlTipoffStore(store.engine).list(store.get_agency(agency))
        due = reminders(found, utc_now(), timedelta(days=within_days))
        _json(
            [
                {
                    "id": r.tipoff.uid,
                    "direction": r.tipoff.direction,
                    "partner": r.tipoff.partner,
                    "state": r.tipoff.state.value,
                    "deadline": r.tipoff.deadline,
                    "hours_left": round(r.hours_left, 1),
                    "overdue": r.overdue,
                }
                for r in due
            ]
        )


@tipoffs_app.command("stats")
def stats_command(agency: AgencyOption, database_url: DatabaseOption = None) -> None:
    """Per-partner response times (median hours) and outcome rates of sent tip-offs."""
    with cli_errors():
        store = open_store(settings_with(database_url))
        found = SqlTipoffStore(store.engine).for_figures(store.get_agency(agency))
        _json([f.as_json() for f in figures_of(found)])


@tipoffs_app.command("remind")
def remind_command(agency: AgencyOption, database_url: DatabaseOption = None) -> None:
    """Record the reminder events due now (3 days, 1 day before the deadline, and past it;
    once each per tip-off), as `tipoff serve` does every TIPOFF_TIPOFF_REMIND_INTERVAL_S."""
    with cli_errors():
        store = open_store(settings_with(database_url))
        done = remind(SqlTipoffStore(store.engine), store.get_agency(agency), utc_now())
        _json({"reminded": [t.uid for t in done]})


@tipoffs_app.command("attach")
def attach_command(
    uid: UidArgument,
    path: Annotated[Path, typer.Argument(help="The file (PNG, JPEG, GIF, WebP, PDF, CSV, text).")],
    agency: AgencyOption,
    tlp: Annotated[str, typer.Option("--tlp", help="The file's own marking.")] = "amber",
    message: Annotated[
        str | None, typer.Option("--message", help="Attach it to this message of ours (event id).")
    ] = None,
    database_url: DatabaseOption = None,
) -> None:
    """Attach a file (its type sniffed from the bytes), then post it across if sent."""
    with cli_errors():
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_BYTES + 1)
        except OSError as error:
            raise ValidationError(f"cannot read {path}: {error.strerror}", path="path") from error
        store = open_store(settings_with(database_url))
        owner = store.get_agency(agency)
        tipoffs = SqlTipoffStore(store.engine)
        info, stored = attach(
            tipoffs,
            store.engine,
            owner,
            uid,
            data,
            path.name,
            tlp,
            at=utc_now(),
            actor=cli_actor(),
            event=message,
        )
        tipoff = tipoffs.get(owner, uid)
        if stored and tipoff.state.value != "draft":
            partner = get_partner(store.engine, owner, tipoff.partner)
            with httpx.Client(timeout=30.0) as client:
                sync(tipoffs, store, owner, partner, uid, at=utc_now(), client=client)
        _json(
            {
                "sha256": info.sha256,
                "name": info.name,
                "content_type": info.content_type,
                "size": info.size,
                "tlp": info.tlp,
                "stored": stored,
            }
        )


@tipoffs_app.command("attachment")
def attachment_command(
    uid: UidArgument,
    sha256: Annotated[str, typer.Argument(help="The file's SHA-256.")],
    agency: AgencyOption,
    out: Annotated[Path, typer.Option("--out", help="Where to write the file.")],
    database_url: DatabaseOption = None,
) -> None:
    """Write an attached file to ``--out`` (never over an existing file)."""
    with cli_errors():
        store = open_store(settings_with(database_url))
        found = SqlTipoffStore(store.engine).attachment(
            store.get_agency(agency), uid, check_sha256(sha256)
        )
        try:
            with out.open("xb") as handle:
                handle.write(found.data)
        except OSError as error:
            raise ValidationError(f"cannot write {out}: {error.strerror}", path="out") from error
        _json(
            {
                "written": str(out),
                "sha256": found.info.sha256,
                "size": found.info.size,
                "content_type": found.info.content_type,
            }
        )


@tipoffs_app.command("matches")
def matches_command(
    uid: UidArgument, agency: AgencyOption, database_url: DatabaseOption = None
) -> None:
    """The tip-off's suspects among this agency's own reports and networks."""
    with cli_errors():
        store = open_store(settings_with(database_url))
        owner = store.get_agency(agency)
        tipoff = SqlTipoffStore(store.engine).get(owner, uid)
        with store.engine.connect() as connection:
            found = match_tipoff(connection, tipoff, Viewer.agency(owner.id))
        _json(found.as_json())


def register(app: typer.Typer) -> None:
    """Add ``tipoff tipoffs`` to the tipoff app."""
    app.add_typer(tipoffs_app, name="tipoffs")
