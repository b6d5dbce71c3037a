"""Analysts' verdicts on the report page: the form's POST (the list is on the report page).

The analyst's agency must be allowed to see the report (the store checks, as for the API);
the verdict is recorded as the logged-in user or key ("user:NAME" / "key:PREFIX") and the
agency, then the browser goes back to the report's verdicts.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from tipoff.errors import NotFound, ValidationError
from tipoff.request_deps import get_clock, get_store
from tipoff.verdicts import MAX_NOTE_CHARS, new_verdict
from tipoff.web.context import Analyst, check_csrf, error_page, require_analyst
from tipoff.web.ids import digits, parse_id

router = APIRouter(include_in_schema=False)


def _message_index(target: str) -> int | None:
    """ "" is the whole report; "N" is messages[N]."""
    if not target:
        return None
    if not digits(target) or len(target) > 9:
        raise ValidationError("pick the report or one of its messages", path="target")
    return int(target)


@router.post("/reports/{report_id}/verdicts", dependencies=[Depends(check_csrf)])
def record_verdict(
    request: Request,
    report_id: str,
    analyst: Annotated[Analyst, Depends(require_analyst)],
    verdict: Annotated[str, Form(max_length=16)] = "",
    target: Annotated[str, Form(max_length=12)] = "",
    scam_type: Annotated[str, Form(max_length=64)] = "",
    note: Annotated[str, Form(max_length=MAX_NOTE_CHARS)] = "",
) -> Response:
    wanted = parse_id(report_id)
    missing = f"No report {wanted or report_id[:40]} is visible to {analyst.agency.code}."
    if wanted is None:
        return error_page(request, 404, "Report not found", missing)
    try:
        checked = new_verdict(
            wanted,
            verdict,
            message_index=_message_index(target),
            scam_type=scam_type or None,
            note=note,
        )
        get_store(request).add_verdict(
            analyst.agency, checked, actor=analyst.session.principal, at=get_clock(request)()
        )
    except NotFound:
        return error_page(request, 404, "Report not found", missing)
    except ValidationError as error:
        detail = f"{error.path or 'verdict'}: {error}. Go back to the report and try again."
        return error_page(request, 422, "Verdict not recorded", detail)
    return RedirectResponse(f"/reports/{wanted}#verdicts", status_code=303)
