"""TAXII 2.1 client: ``tipoff share pull|push PARTNER``, resumable and idempotent.

**Pull** reads the partner's collection page by page (``added_after`` = the stored cursor,
then the server's ``next``) and spools each page in the database together with the
``next`` token, one transaction per page. When the last page is in, the spooled objects
are imported in one go (so a report on page 3 finds the indicators of page 1), then the
cursor moves to the last page's ``X-TAXII-Date-Added-Last`` and the spool is emptied.
Interrupted, a pull resumes from its spool and token; a token the server no longer
honours (medallion's expire) restarts the run from the stored cursor, and pages fetched
twice import once: import is idempotent on STIX ids (a re-pull creates nothing).

**Push** publishes the agency's collection for the partner's clearance, then POSTs it in
envelopes from the stored position on; each page acknowledged by the partner moves the
position and is written to the disclosure trail.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx
import orjson
from sqlalchemy import Engine, delete, insert, select

from tipoff.errors import TipoffError, ValidationError
from tipoff.share.collection import Query, decode_next, page, publish
from tipoff.share.disclosures import record_disclosure
from tipoff.share.importing import import_objects
from tipoff.share.partners import Partner, get_partner_by_id, save_cursor
from tipoff.share.tables import share_pull_spool
from tipoff.store.protocol import ReportStore
from tipoff.store.records import Agency

TAXII_MEDIA_TYPE = "application/taxii+json;version=2.1"


class PartnerError(TipoffError):
    """The partner's TAXII server refused or answered something that is not TAXII."""

    status = 502
    title = "Partner server error"


@dataclass(frozen=True, slots=True)
class PullOutcome:
    """What a pull did: pages fetched, objects imported, reports created, and if complete."""

    pages: int
    objects: int
    created: int
    already_known: int
    complete: bool


@dataclass(frozen=True, slots=True)
class PushOutcome:
    """What a push did: pages and objects the partner acknowledged, and if complete."""

    pages: int
    objects: int
    failures: int
    complete: bool


@contextmanager
def _client(partner: Partner, client: httpx.Client | None) -> Iterator[httpx.Client]:
    """The caller's client, or a new one closed afterwards."""
    if partner.remote_url is None:
        raise ValidationError(
            f"partner {partner.code} has no TAXII server configured "
            "(tipoff share partner remote ...)"
        )
    if client is not None:
        yield client
        return
    with httpx.Client(timeout=60.0) as owned:
        yield owned


def _headers(partner: Partner, *, posting: bool = False) -> dict[str, str]:
    headers = {"Accept": TAXII_MEDIA_TYPE}
    if posting:
        headers["Content-Type"] = TAXII_MEDIA_TYPE
    if partner.remote_key and not partner.remote_user:
        headers["Authorization"] = f"Bearer {partner.remote_key}"
    return headers


def _auth(partner: Partner) -> httpx.BasicAuth | None:
    if partner.remote_user and partner.remote_key is not None:
        return httpx.BasicAuth(partner.remote_user, partner.remote_key)
    return None


def _json(response: httpx.Response) -> Any:
    try:
        return orjson.loads(response.content) if response.content else {}
    except orjson.JSONDecodeError as error:
        raise PartnerError(f"the partner answered something that is not JSON: {error}") from error


def pull(
    store: ReportStore,
    engine: Engine,
    agency: Agency,
    partner: Partner,
    *,
    at: datetime,
    actor: str,
    client: httpx.Client | None = None,
    page_size: int = 1000,
    max_pages: int | None = None,
) -> PullOutcome:
    """Fetch what is new in the partner's collection and import it (see module doc)."""
    if not partner.remote_collection:
        raise ValidationError(f"partner {partner.code} has no collection to pull from")
    with _client(partner, client) as http:
        return _pull(store, engine, agency, partner, http, at, actor, page_size, max_pages)


def _pull(
    store: ReportStore,
    engine: Engine,
    agency: Agency,
    partner: Partner,
    http: httpx.Client,
    at: datetime,
    actor: str,
    page_size: int,
    max_pages: int | None,
) -> PullOutcome:
    url = f"{partner.remote_url}collections/{partner.remote_collection}/objects/"
    token = partner.pull_next
    run_after = partner.pull_after
    pages = 0
    retried = False
    while max_pages is None or pages < max_pages:
        params: dict[str, str | int] = {"limit": page_size}
        if run_after:
            params["added_after"] = run_after
        if token:
            params["next"] = token
        response = http.get(
            url,
            params=params,
            headers=_headers(partner),
            auth=_auth(partner) or httpx.USE_CLIENT_DEFAULT,
        )
        if response.status_code in (400, 404) and token and not retried:
            token, run_after, retried = None, partner.pull_after, True  # token expired
            continue
        if response.status_code != 200:
            raise PartnerError(f"GET {url} answered {response.status_code}: {response.text[:300]}")
        envelope = _json(response)
        if not isinstance(envelope, dict):
            raise PartnerError("the partner's answer is not a TAXII envelope")
        objects = envelope.get("objects") or []
        more = bool(envelope.get("more"))
        token = envelope.get("next") if more else None
        last = response.headers.get("X-TAXII-Date-Added-Last")
        if more and not token and last:
            run_after = last  # a server that pages by date only
        _spool(engine, partner, objects, last, None if not more else token)
        pages += 1
        if not more:
            return _finish(store, engine, agency, partner, pages, at=at, actor=actor)
    return PullOutcome(pages, 0, 0, 0, complete=False)


def _spool(
    engine: Engine, partner: Partner, objects: list[Any], last: str | None, token: str | None
) -> None:
    body = orjson.dumps({"objects": objects, "last": last}).decode()
    with engine.begin() as connection:
        connection.execute(insert(share_pull_spool), {"partner_id": partner.id, "body": body})
    save_cursor(engine, partner, pull_next=token)


def _finish(
    store: ReportStore,
    engine: Engine,
    agency: Agency,
    partner: Partner,
    pages: int,
    *,
    at: datetime,
    actor: str,
) -> PullOutcome:
    query = (
        select(share_pull_spool.c.body)
        .where(share_pull_spool.c.partner_id == partner.id)
        .order_by(share_pull_spool.c.id)
    )
    objects: list[Any] = []
    lasts: list[str] = []
    with engine.connect() as connection:
        for (body,) in connection.execute(query):
            spooled = orjson.loads(body)
            objects.extend(spooled["objects"])
            if spooled.get("last"):
                lasts.append(spooled["last"])
    outcome = import_objects(
        store,
        agency,
        objects,
        engine=engine,
        at=at,
        actor=actor,
        source=f"taxii pull from {partner.code}",
    )
    current = get_partner_by_id(engine, partner.id)
    cursor = max(lasts, default=None) or current.pull_after
    with engine.begin() as connection:
        connection.execute(
            delete(share_pull_spool).where(share_pull_spool.c.partner_id == partner.id)
        )
    save_cursor(engine, partner, pull_after=cursor, pull_next=None)
    return PullOutcome(pages, len(objects), outcome.created, outcome.already_known, complete=True)


def push(
    store: ReportStore,
    engine: Engine,
    agency: Agency,
    partner: Partner,
    *,
    at: datetime,
    actor: str,
    client: httpx.Client | None = None,
    page_size: int = 1000,
    max_pages: int | None = None,
) -> PushOutcome:
    """Send the partner what it may receive and has not acknowledged yet (see module doc)."""
    if not partner.remote_inbox:
        raise ValidationError(f"partner {partner.code} has no collection to push to")
    with _client(partner, client) as http:
        return _push(store, engine, agency, partner, http, at, actor, page_size, max_pages)


def _push(
    store: ReportStore,
    engine: Engine,
    agency: Agency,
    partner: Partner,
    http: httpx.Client,
    at: datetime,
    actor: str,
    page_size: int,
    max_pages: int | None,
) -> PushOutcome:
    url = f"{partner.remote_url}collections/{partner.remote_inbox}/objects/"
    receiver = partner.receiver()
    publish(engine, agency, partner.clearance, receiver, at=at)
    after = decode_next(partner.push_after) if partner.push_after else None
    pages = objects = failures = 0
    while max_pages is None or pages < max_pages:
        found = page(
            engine,
            agency.id,
            partner.clearance,
            receiver,
            Query(limit=page_size, after=after, versions="all"),
        )
        if not found.bodies:
            return PushOutcome(pages, objects, failures, complete=True)
        envelope = b'{"objects":[' + ",".join(found.bodies).encode() + b"]}"
        response = http.post(
            url,
            content=envelope,
            headers=_headers(partner, posting=True),
            auth=_auth(partner) or httpx.USE_CLIENT_DEFAULT,
        )
        if response.status_code not in (200, 202):
            raise PartnerError(f"POST {url} answered {response.status_code}: {response.text[:300]}")
        status = _json(response)
        failures += int(status.get("failure_count") or 0) if isinstance(status, dict) else 0
        record_disclosure(store, partner, found.disclosed, at=at, endpoint="push")
        save_cursor(engine, partner, push_after=found.position)
        after = decode_next(found.position) if found.position else after
        pages += 1
        objects += len(found.bodies)
        if not found.more:
            return PushOutcome(pages, objects, failures, complete=True)
    return PushOutcome(pages, objects, failures, complete=False)
