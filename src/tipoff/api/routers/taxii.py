"""TAXII 2.1 server (thin layer over tipoff.share): discovery, API roots, collections,
objects, manifest, versions, POSTed envelopes and their status.

Each agency is an API root (``/taxii2/<agency code>/``) with three collections: ``shared``
(what the agency shares, read-only, the view built for the reading partner's clearance;
tipoff.share.collection), ``inbox`` (write-only: envelopes partners POST are imported
as reports of the agency, with provenance; tipoff.share.importing; tip-offs and their
events through tipoff.tipoffs.exchange.take_in) and ``tipoffs`` (read-only, objects only:
the tip-offs the agency holds with the reading partner, for a partner without an inbox;
tipoff.tipoffs.exchange.partner_view). Only the agency's own
partners (tipoff.share.partners) get in, with HTTP Basic (partner code and key) or a
Bearer key; anything else is a 401 with a Basic challenge, and another agency's root is
a 404, like a root that does not exist. Every response carrying objects or their ids is
written to the audit log (tipoff.share.disclosures). Media types and errors follow the
specification: ``application/taxii+json;version=2.1``, 406 for an Accept header that does
not admit it, 415 for a POST in anything else, TAXII error messages as bodies.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

import orjson
from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from tipoff.api.problems import TAXII_MEDIA_TYPE, TAXII_PREFIX
from tipoff.errors import NotFound, ValidationError
from tipoff.request_deps import get_clock, get_engine, get_settings, get_store
from tipoff.share.collection import (
    MANIFEST_JSON,
    STIX_MEDIA_TYPE,
    Query,
    envelope_bytes,
    make_query,
    page,
    stix_timestamp,
)
from tipoff.share.disclosures import record_disclosure
from tipoff.share.inbox import envelope_status, receive_envelope
from tipoff.share.lookup_limits import LookupLimiter
from tipoff.share.partners import Partner, authenticate_partner, presented_credentials
from tipoff.share.stix_ids import local_id
from tipoff.store.protocol import ReportStore
from tipoff.store.records import Agency
from tipoff.tipoffs.exchange import partner_view, take_in
from tipoff.tipoffs.store import SqlTipoffStore

_CHALLENGE = {"WWW-Authenticate": 'Basic realm="tipoff TAXII 2.1"'}
_QUERY_NAMES = (
    "added_after",
    "limit",
    "next",
    "match[id]",
    "match[type]",
    "match[version]",
    "match[spec_version]",
)

router = APIRouter(prefix=TAXII_PREFIX, include_in_schema=False)


class Refusal(Exception):
    """A TAXII error message to send (status, title, description)."""

    def __init__(
        self, status: int, title: str, description: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(description)
        self.status = status
        self.title = title
        self.description = description
        self.headers = headers or {}


def _taxii(body: bytes, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(body, status_code=status, media_type=TAXII_MEDIA_TYPE, headers=headers)


def _error(refusal: Refusal) -> Response:
    body = orjson.dumps(
        {
            "title": refusal.title,
            "description": refusal.description,
            "http_status": str(refusal.status),
        }
    )
    return _taxii(body, refusal.status, refusal.headers)


def collection_id(agency_code: str, name: str) -> str:
    """The collection's id: a UUID derived from the agency code, the same on every start."""
    return local_id("collection", agency_code, name).removeprefix("collection--")


def _media(value: str) -> tuple[str, dict[str, str]]:
    kind, *params = value.split(";")
    found: dict[str, str] = {}
    for param in params:
        name, _, val = param.partition("=")
        found[name.strip().lower()] = val.strip().strip('"')
    return kind.strip().lower(), found


def _taxii_media(value: str) -> bool:
    kind, params = _media(value)
    return kind == "application/taxii+json" and params.get("version", "2.1") == "2.1"


def _check_accept(request: Request) -> None:
    accept = request.headers.get("accept", "").strip()
    if not accept:
        return
    for part in accept.split(","):
        kind, _ = _media(part)
        if kind in ("*/*", "application/*") or _taxii_media(part):
            return
    raise Refusal(406, "Not Acceptable", f"this server answers only {TAXII_MEDIA_TYPE}")


def _partner(request: Request) -> Partner:
    credentials = presented_credentials(request.headers.get("authorization", ""))
    if credentials is None:
        raise Refusal(401, "Unauthorized", "send HTTP Basic (partner code, key)", _CHALLENGE)
    partner = authenticate_partner(get_engine(request), credentials)
    if partner is None:
        raise Refusal(401, "Unauthorized", "these credentials are not valid", _CHALLENGE)
    return partner


def _root(request: Request, partner: Partner, api_root: str) -> Agency:
    if api_root != partner.agency_code:
        raise Refusal(404, "Not Found", "no such API root")
    return get_store(request).get_agency(api_root)


def _collection(agency_code: str, collection: str) -> str:
    for name in ("shared", "inbox", "tipoffs"):
        if collection == collection_id(agency_code, name):
            return name
    raise Refusal(404, "Not Found", "no such collection")


def _answer(request: Request, work: Callable[[Partner], Response]) -> Response:
    try:
        _check_accept(request)
        return work(_partner(request))
    except Refusal as refusal:
        return _error(refusal)
    except NotFound:
        return _error(Refusal(404, "Not Found", "no such resource"))
    except ValidationError as error:
        where = f" ({error.path})" if error.path else ""
        return _error(Refusal(400, "Bad Request", f"{error}{where}"))


def _collection_resource(agency: Agency, name: str) -> dict[str, Any]:
    if name == "tipoffs":
        return {
            "id": collection_id(agency.code, name),
            "title": f"{agency.name}: tip-offs with you",
            "description": (
                "The tip-offs this agency holds with you and everything it said about them "
                "(x-tipoff, x-tipoff-part, x-tipoff-event, x-tipoff-attachment and artifact "
                "objects; docs/tipoffs.md). Answer by POSTing x-tipoff-event objects to the "
                "inbox."
            ),
            "can_read": True,
            "can_write": False,
            "media_types": [STIX_MEDIA_TYPE],
        }
    shared = name == "shared"
    return {
        "id": collection_id(agency.code, name),
        "title": f"{agency.name}: {'shared intelligence' if shared else 'inbox'}",
        "description": (
            "What this agency shares with you, decided object by object from its TLP "
            "marking and your clearance."
            if shared
            else "Envelopes you POST here are imported as reports of this agency."
        ),
        "can_read": shared,
        "can_write": not shared,
        "media_types": [STIX_MEDIA_TYPE],
    }


def _json(value: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return _taxii(orjson.dumps(value, option=MANIFEST_JSON), status, headers)


def _now(request: Request) -> datetime:
    return get_clock(request)()


@router.get("/")
def discovery(request: Request) -> Response:
    def work(partner: Partner) -> Response:
        root = str(request.url_for("api_root", api_root=partner.agency_code))
        return _json(
            {
                "title": "tipoff TAXII 2.1",
                "description": "Scam intelligence shared by tipoff agencies, TLP per object.",
                "default": root,
                "api_roots": [root],
            }
        )

    return _answer(request, work)


@router.get("/{api_root}/")
def api_root(request: Request, api_root: str) -> Response:
    def work(partner: Partner) -> Response:
        agency = _root(request, partner, api_root)
        return _json(
            {
                "title": agency.name,
                "description": f"tipoff agency {agency.code}",
                "versions": [TAXII_MEDIA_TYPE],
                "max_content_length": get_settings(request).max_body_bytes,
            }
        )

    return _answer(request, work)


@router.get("/{api_root}/collections/")
def collections(request: Request, api_root: str) -> Response:
    def work(partner: Partner) -> Response:
        agency = _root(request, partner, api_root)
        found = [_collection_resource(agency, name) for name in ("shared", "inbox", "tipoffs")]
        return _json({"collections": found})

    return _answer(request, work)


@router.get("/{api_root}/collections/{collection}/")
def collection(request: Request, api_root: str, collection: str) -> Response:
    def work(partner: Partner) -> Response:
        agency = _root(request, partner, api_root)
        return _json(_collection_resource(agency, _collection(agency.code, collection)))

    return _answer(request, work)


def _readable(partner: Partner, api_root: str, collection: str) -> int:
    """The id of the agency whose shared collection is asked for: the partner's own agency
    (read from its credentials' row, so a page costs no agency query)."""
    if api_root != partner.agency_code:
        raise Refusal(404, "Not Found", "no such API root")
    if _collection(partner.agency_code, collection) != "shared":
        raise Refusal(403, "Forbidden", "this collection cannot be read")
    return partner.agency_id


def _query(request: Request, **overrides: str) -> Query:
    params: dict[str, str | None] = {name: request.query_params.get(name) for name in _QUERY_NAMES}
    for name, value in overrides.items():
        params[name] = value if params.get(name) is None else params[name]
    return make_query(params)


def _date_headers(found: Any) -> dict[str, str]:
    if found.first_added is None:
        return {}
    return {
        "X-TAXII-Date-Added-First": stix_timestamp(found.first_added),
        "X-TAXII-Date-Added-Last": stix_timestamp(found.last_added),
    }


def _serve(
    request: Request,
    partner: Partner,
    agency_id: int,
    query: Query,
    endpoint: str,
    *,
    with_bodies: bool,
) -> Any:
    engine = get_engine(request)
    found = page(
        engine, agency_id, partner.clearance, partner.receiver(), query, with_bodies=with_bodies
    )
    record_disclosure(
        get_store(request), partner, found.disclosed, at=_now(request), endpoint=endpoint
    )
    return found


@router.get("/{api_root}/collections/{collection}/objects/")
def get_objects(request: Request, api_root: str, collection: str) -> Response:
    def work(partner: Partner) -> Response:
        if api_root == partner.agency_code and collection == collection_id(api_root, "tipoffs"):
            agency = _root(request, partner, api_root)
            engine = get_engine(request)
            objects = partner_view(
                SqlTipoffStore(engine), get_store(request), agency, partner, at=_now(request)
            )
            return _json({"more": False, "objects": objects})
        agency_id = _readable(partner, api_root, collection)
        found = _serve(request, partner, agency_id, _query(request), "objects", with_bodies=True)
        return _taxii(envelope_bytes(found), headers=_date_headers(found))

    return _answer(request, work)


@router.get("/{api_root}/collections/{collection}/manifest/")
def manifest(request: Request, api_root: str, collection: str) -> Response:
    def work(partner: Partner) -> Response:
        agency_id = _readable(partner, api_root, collection)
        found = _serve(request, partner, agency_id, _query(request), "manifest", with_bodies=False)
        body: dict[str, Any] = {"more": found.more}
        if found.next:  # not in the 2.1 manifest resource, but clients page with it
            body["next"] = found.next
        if found.records:
            body["objects"] = found.records
        return _json(body, headers=_date_headers(found))

    return _answer(request, work)


@router.get("/{api_root}/collections/{collection}/objects/{object_id}/")
def get_object(request: Request, api_root: str, collection: str, object_id: str) -> Response:
    def work(partner: Partner) -> Response:
        agency_id = _readable(partner, api_root, collection)
        query = replace(_query(request), ids=(object_id,))
        found = _serve(request, partner, agency_id, query, "object", with_bodies=True)
        if not found.bodies:
            raise Refusal(404, "Not Found", "no such object")
        return _taxii(envelope_bytes(found), headers=_date_headers(found))

    return _answer(request, work)


@router.get("/{api_root}/collections/{collection}/objects/{object_id}/versions/")
def versions(request: Request, api_root: str, collection: str, object_id: str) -> Response:
    def work(partner: Partner) -> Response:
        agency_id = _readable(partner, api_root, collection)
        query = replace(_query(request, **{"match[version]": "all"}), ids=(object_id,))
        found = _serve(request, partner, agency_id, query, "versions", with_bodies=False)
        if not found.records:
            raise Refusal(404, "Not Found", "no such object")
        body: dict[str, Any] = {
            "more": found.more,
            "versions": [r["version"] for r in found.records],
        }
        if found.next:
            body["next"] = found.next
        return _json(body, headers=_date_headers(found))

    return _answer(request, work)


@router.post("/{api_root}/collections/{collection}/objects/")
async def add_objects(request: Request, api_root: str, collection: str) -> Response:
    body = await request.body()

    def work(partner: Partner) -> Response:
        agency = _root(request, partner, api_root)
        if _collection(agency.code, collection) != "inbox":
            raise Refusal(403, "Forbidden", "this collection cannot be written")
        if not _taxii_media(request.headers.get("content-type", "")):
            raise Refusal(415, "Unsupported Media Type", f"send {TAXII_MEDIA_TYPE}")
        objects = _envelope_objects(body)
        _admit(request, partner, len(objects))
        status = _import(request, partner, agency, objects)
        return _json(status, 202)

    return await run_in_threadpool(_answer, request, work)


def _admit(request: Request, partner: Partner, objects: int) -> None:
    """Count ``objects`` against the partner's hourly inbox budget (429 beyond): one
    partner could otherwise store 50,000 empty reports a POST, POST after POST."""
    state = request.app.state
    limiter: LookupLimiter | None = getattr(state, "inbox_limiter", None)
    if limiter is None:
        per_hour = get_settings(request).inbox_objects_per_hour
        limiter = state.inbox_limiter = LookupLimiter(
            10**9, per_hour, requests="envelopes", weights="objects"
        )
    refused = limiter.admit(f"{partner.agency_code}/{partner.code}", objects)
    if refused is not None:
        raise Refusal(
            429, "Too Many Requests", str(refused), {"Retry-After": str(refused.retry_after_s)}
        )


def _envelope_objects(body: bytes) -> list[Any]:
    try:
        parsed = orjson.loads(body)
    except orjson.JSONDecodeError as error:
        raise Refusal(400, "Bad Request", f"not JSON: {error}") from error
    objects = parsed.get("objects") if isinstance(parsed, dict) else None
    if not isinstance(objects, list):
        raise Refusal(400, "Bad Request", "an envelope is an object with an 'objects' list")
    return objects


def _import(
    request: Request, partner: Partner, agency: Agency, objects: list[Any]
) -> dict[str, Any]:
    store: ReportStore = get_store(request)
    engine = get_engine(request)
    now = _now(request)
    refused = take_in(SqlTipoffStore(engine), agency, partner.code, objects, at=now)
    return receive_envelope(store, engine, agency, partner, objects, at=now, refused=refused)


@router.get("/{api_root}/status/{status_id}/")
def status(request: Request, api_root: str, status_id: str) -> Response:
    def work(partner: Partner) -> Response:
        _root(request, partner, api_root)
        found = envelope_status(get_engine(request), partner, status_id)
        if found is None:
            raise Refusal(404, "Not Found", "no such status")
        return _json(found)

    return _answer(request, work)
