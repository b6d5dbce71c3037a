"""The public check page: paste a message, number, link, wallet or job ad; get a verdict.

No login. The form posts through htmx and gets back only the result fragment; without
JavaScript it posts normally and gets the whole page. Same service and same rate limit as
``POST /api/v1/check``.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse

from tipoff.check import MAX_CHECK_CHARS, service_for
from tipoff.check.ratelimit import RateLimiter
from tipoff.request_deps import client_address, get_settings
from tipoff.web.context import check_csrf, render

router = APIRouter(include_in_schema=False)

EXAMPLES = (
    "Hello dear, my uncle is an analyst at a big exchange. Deposit 5,000 USDT to "
    "TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE and earn 30% a week, guaranteed. Add me on "
    "Telegram @wealth_mentor88 — it's a secret, don't tell your family."
)


@router.get("/check", response_class=HTMLResponse)
def check_form(request: Request) -> HTMLResponse:
    context = {
        "section": "check",
        "text": "",
        "kind": "message",
        "result": None,
        "error": None,
        "example": EXAMPLES,
    }
    return render(request, "check.html", context)


@router.post("/check", response_class=HTMLResponse, dependencies=[Depends(check_csrf)])
def check_submit(
    request: Request,
    text: Annotated[str, Form(max_length=MAX_CHECK_CHARS)] = "",
    kind: Annotated[Literal["message", "job_ad"], Form()] = "message",
) -> HTMLResponse:
    fragment = bool(request.headers.get("hx-request"))
    template = "check_result.html" if fragment else "check.html"
    context: dict[str, Any] = {
        "section": "check",
        "text": text,
        "kind": kind,
        "result": None,
        "error": None,
        "example": EXAMPLES,
    }
    status = 200
    service = service_for(request.app.state, get_settings(request), RateLimiter)
    limited = service.admit(client_address(request))
    if not text.strip():
        context["error"] = "Paste a message, phone number, link, wallet address or job ad first."
        status = 422
    elif limited is not None:
        context["error"] = f"Too many checks from your address. {limited}."
        status = 429
    else:
        context["result"] = service.check(text, kind)
    # htmx swaps only 2xx answers by default; the fragment carries its own error message.
    return render(request, template, context, status_code=200 if fragment else status)
