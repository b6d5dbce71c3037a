"""Partner API: blocklists and private lookups for a partner of an agency (tipoff.share).

Authenticated like TAXII: HTTP Basic (partner code, key) or ``Bearer <key>``. What a
partner gets is decided by ``tipoff.share.blocklists.blockable`` under its clearance; each
answer that discloses values appends a ``disclose`` row to the owning agency's trail.

- ``GET /api/v1/partner/blocklist?kind=phone&format=text|misp``
- ``POST /api/v1/partner/lookup`` ``{"hashes": ["<64 hex>", ...]}`` -> ``{"known": [...]}``
- ``GET /api/v1/partner/bloom[?fp_rate=0.0001]`` -> the Bloom filter (docs/sharing.md)

Lookups and Bloom filters answer from the partner's token index
(``tipoff.share.lookup_index``, one per app, rebuilt only when the key, the clearance or
the agency's data change) and are rate-limited per partner (``tipoff.share.lookup_limits``,
429 with Retry-After).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Query, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import Engine, select

from tipoff.api.query_params import reject_unknown_query
from tipoff.errors import AuthError, ValidationError
from tipoff.request_deps import get_clock, get_engine, get_settings, get_store
from tipoff.share.blocklists import blockable, misp_warninglist, of_kind, parse_kind, plain_text
from tipoff.share.disclosures import record_disclosure
from tipoff.share.lookup_index import LookupIndexes, TokenIndex, data_version
from tipoff.share.lookup_limits import LookupLimiter
from tipoff.share.lookups import DEFAULT_FP_RATE, lookup_key, parse_tokens
from tipoff.share.partners import Partner, authenticate_partner, presented_credentials
from tipoff.share.tables import share_partners
from tipoff.store.protocol import ReportStore

router = APIRouter(
    prefix="/api/v1/partner",
    tags=["sharing"],
    include_in_schema=False,
    dependencies=[Depends(reject_unknown_query)],
)

Clock = Callable[[], datetime]


def require_partner(request: Request) -> Partner:
    """The partner whose credentials authenticate this request; 401 otherwise."""
    credentials = presented_credentials(request.headers.get("authorization", ""))
    partner = authenticate_partner(get_engine(request), credentials) if credentials else None
    if partner is None:
        raise AuthError("partner credentials are required: HTTP Basic (code, key) or Bearer key")
    return partner


def _stored_key_hash(engine: Engine, partner: Partner) -> str:
    with engine.connect() as connection:
        stored: str = connection.execute(
            select(share_partners.c.key_hash).where(share_partners.c.id == partner.id)
        ).scalar_one()
    return stored


def _state(request: Request) -> tuple[LookupIndexes, LookupLimiter]:
    """The app's token indexes and limiter, made on first use from its settings."""
    state = request.app.state
    found: tuple[LookupIndexes, LookupLimiter] | None = getattr(state, "partner_lookups", None)
    if found is None:
        settings = get_settings(request)
        found = (
            LookupIndexes(settings.partner_lookup_index_values),
            LookupLimiter(
                settings.partner_lookups_per_minute, settings.partner_lookup_hashes_per_hour
            ),
        )
        state.partner_lookups = found
    return found


def _admit(request: Request, partner: Partner, hashes: int) -> None:
    refused = _state(request)[1].admit(f"{partner.agency_code}/{partner.code}", hashes)
    if refused is not None:
        raise refused


def _index(request: Request, partner: Partner) -> TokenIndex:
    engine = get_engine(request)
    key_hash = _stored_key_hash(engine, partner)
    return _state(request)[0].get(
        partner.id,
        key_hash=key_hash,
        clearance=partner.clearance,
        version=data_version(engine, partner.agency_id),
        key=lookup_key(key_hash),
        values=lambda: blockable(engine, partner),
    )


def _by_marking(
    values: dict[tuple[str, str], str], chosen: list[tuple[str, str]]
) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for kind, value in sorted(chosen):
        grouped.setdefault(values[(kind, value)], []).append(f"{kind}:{value}")
    return grouped


@router.get("/blocklist")
def blocklist(
    request: Request,
    partner: Annotated[Partner, Depends(require_partner)],
    store: Annotated[ReportStore, Depends(get_store)],
    clock: Annotated[Clock, Depends(get_clock)],
    kind: Annotated[str, Query(max_length=20)],
    format: Annotated[str, Query(max_length=10)] = "text",
) -> Response:
    chosen = parse_kind(kind)
    if format not in ("text", "misp"):
        raise ValidationError("format is text or misp", path="format")
    at = clock()
    values = blockable(get_engine(request), partner)
    record_disclosure(
        store, partner, of_kind(values, chosen), at=at, endpoint=f"blocklist {chosen} {format}"
    )
    if format == "misp":
        return JSONResponse(misp_warninglist(values, chosen, partner, at))
    return Response(plain_text(values, chosen, partner, at), media_type="text/plain; charset=utf-8")


@router.post("/lookup")
def lookup(
    request: Request,
    partner: Annotated[Partner, Depends(require_partner)],
    store: Annotated[ReportStore, Depends(get_store)],
    clock: Annotated[Clock, Depends(get_clock)],
    body: Annotated[Any, Body()],
) -> dict[str, list[str]]:
    if (
        not isinstance(body, dict)
        or not isinstance(body.get("hashes"), list)
        or set(body) != {"hashes"}
    ):
        raise ValidationError('the body is {"hashes": ["<64 hex digits>", ...]}', path="body")
    asked = parse_tokens(body["hashes"])
    _admit(request, partner, len(asked))
    hits = _index(request, partner).known(asked)
    record_disclosure(
        store,
        partner,
        _by_marking(dict(hits.values()), [k for k, _ in hits.values()]),
        at=clock(),
        endpoint="lookup",
    )
    return {"known": sorted(hits)}


@router.get("/bloom")
def bloom(
    request: Request,
    partner: Annotated[Partner, Depends(require_partner)],
    store: Annotated[ReportStore, Depends(get_store)],
    clock: Annotated[Clock, Depends(get_clock)],
    fp_rate: Annotated[float, Query(ge=1e-9, le=0.5)] = DEFAULT_FP_RATE,
) -> Response:
    _admit(request, partner, 0)
    index = _index(request, partner)
    built = index.bloom(fp_rate)
    values = index.values()
    record_disclosure(
        store, partner, _by_marking(values, list(values)), at=clock(), endpoint="bloom"
    )
    return Response(
        built.dump(),
        media_type="application/octet-stream",
        headers={
            "Content-Disposition": f'attachment; filename="tipoff-{partner.agency_code}.bloom"',
            "X-Bloom-Values": str(built.n),
            "X-Bloom-Bits": str(built.m),
            "X-Bloom-Hashes": str(built.k),
        },
    )
