"""The public check page: paste a message, number, link, wallet or job ad; get a verdict.

No login. The form posts through htmx and gets back only the result fragment; without
JavaScript it posts normally and gets the whole page. Same service and same rate limit as
``POST /api/v1/check``. The page answers in the reader's language (``tipoff.check.wording``):
the one picked in its language switch (``?lang=``, carried by the form), else the pasted
text's language when the browser accepts it, else the browser's (``Accept-Language``).

Its parameters are read by the page, not by FastAPI's validation (whose answer is problem+json,
for programs): an unknown or over-long ``lang`` is no choice, an unknown ``kind`` is a message,
and an over-long text gets the page with its "too long" message (422).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse

from tipoff.check import MAX_CHECK_CHARS, service_for
from tipoff.check.ratelimit import RateLimiter
from tipoff.check.wording import LANGUAGES, choose_language, language_names, wording
from tipoff.request_deps import client_address, get_settings
from tipoff.web.context import check_csrf, render

router = APIRouter(include_in_schema=False)

EXAMPLES = (
    "Hello dear, my uncle is an analyst at a big exchange. Deposit 5,000 USDT to "
    "TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE and earn 30% a week, guaranteed. Add me on "
    "Telegram @wealth_mentor88 — it's a secret, don't tell your family."
)


def _kind(value: str) -> Literal["message", "job_ad"]:
    """What the form's kind asks for; anything but a job ad is checked as a message."""
    return "job_ad" if value == "job_ad" else "message"


def _chosen(value: str | None) -> str:
    """The reader's explicit choice, if it is a language the page speaks ("" otherwise)."""
    return value if value in LANGUAGES else ""


def _context(request: Request, chosen: str, text_language: str | None) -> dict[str, Any]:
    lang = choose_language(chosen, request.headers.get("accept-language"), text_language)
    return {
        "section": "check",
        "t": wording(lang),
        "chosen": chosen,
        "languages": language_names(),
        "example": EXAMPLES,
    }


@router.get("/check", response_class=HTMLResponse)
def check_form(request: Request, lang: Annotated[str | None, Query()] = None) -> HTMLResponse:
    context = _context(request, _chosen(lang), None)
    context |= {"text": "", "kind": "message", "result": None, "error": None}
    return render(request, "check.html", context)


@router.post("/check", response_class=HTMLResponse, dependencies=[Depends(check_csrf)])
def check_submit(
    request: Request,
    text: Annotated[str, Form()] = "",
    kind: Annotated[str, Form()] = "message",
    lang: Annotated[str, Form()] = "",
) -> HTMLResponse:
    fragment = bool(request.headers.get("hx-request"))
    template = "check_result.html" if fragment else "check.html"
    chosen = _chosen(lang)
    checked = _kind(kind)
    result, error, status = None, None, 200
    service = service_for(request.app.state, get_settings(request), RateLimiter)
    limited = service.admit(client_address(request))
    if not text.strip():
        error, status = "empty", 422
    elif len(text) > MAX_CHECK_CHARS:
        error, status = "too_long", 422
    elif limited is not None:
        error, status = "too_many", 429
    else:
        result = service.check(text, checked)
    context = _context(request, chosen, result.language if result else None)
    if error == "too_many" and limited is not None:
        context["error"] = context["t"].text("too_many", seconds=limited.retry_after_s)
    elif error == "too_long":
        context["error"] = context["t"].text("too_long", chars=f"{MAX_CHECK_CHARS:,}")
        text = text[:MAX_CHECK_CHARS]
    elif error:
        context["error"] = context["t"].text(error)
    else:
        context["error"] = None
    context |= {"text": text, "kind": checked, "result": result}
    # htmx swaps only 2xx answers by default; the fragment carries its own error message.
    return render(request, template, context, status_code=200 if fragment else status)
