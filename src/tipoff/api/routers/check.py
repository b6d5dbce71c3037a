"""``POST /api/v1/check``: the public check as JSON, without login, rate-limited per address.

Answers only what the check page shows: a verdict, the likely scam type, red flags in
plain words, and for each identifier whether reports the public may see cite it
(``Viewer.public()``: CLEAR, and GREEN where ``check_discloses_green``). Nothing about the
reports behind a known identifier (counts, agencies, dates, networks) ever leaves here.

Everything, the rate limiter included (``tipoff.check.ratelimit``), comes from the core
package ``tipoff.check``.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from tipoff.api.problems import problem_response
from tipoff.check import MAX_CHECK_CHARS, CheckResult, service_for
from tipoff.check.ratelimit import RateLimiter
from tipoff.check.wording import Wording, choose_language, wording
from tipoff.request_deps import client_address, get_settings

router = APIRouter(prefix="/api/v1", tags=["check"])


Language = Literal["en", "ja", "zh", "ko", "th", "vi", "id", "km", "tl"]


class CheckIn(BaseModel):
    """What to check: a message, number, link, wallet or job ad, as pasted."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, max_length=MAX_CHECK_CHARS)
    kind: Literal["message", "job_ad"] = "message"
    lang: Language | None = Field(
        None,
        description="Language of the answer's words; default: the text's language when "
        "Accept-Language accepts it, else Accept-Language's first supported one, else the "
        "text's, else English.",
    )


class RedFlagOut(BaseModel):
    code: str = Field(description="The red flag's code (docs/assess.md).")
    quote: str = Field(description="The words in the text that raised the flag.")
    explanation: str = Field(description="Why this is a warning sign, in plain words.")


class LureSignOut(BaseModel):
    sign: str = Field(description="The sign's red-flag code, e.g. travel_perks or high_pay.")
    part: Literal["where", "bait", "alone"] = Field(
        description="where: where the job takes you; bait: what the offer dangles (counts "
        "only beside a where sign); alone: a warning sign on its own."
    )
    quote: str = Field(description="The words in the ad that show the sign.")
    explanation: str = Field(description="Why this is a sign of a lure, in plain words.")


class ListingOut(BaseModel):
    feed: str = Field(description="The public feed's name, e.g. JPCERT/CC phishing URLs.")
    since: date = Field(description="Listed since (the feed's own date, else first import).")
    confidence: int = Field(description="The listing's confidence now (0-100, decays).")


class IdentifierOut(BaseModel):
    kind: str
    value: str = Field(description="Canonical form, e.g. +85512345678 or tron:T...")
    known: bool = Field(
        description="Cited by reports the public may see (CLEAR; nothing more is disclosed)."
    )
    common: bool = Field(description="A big platform's value (t.me, a bank hotline): not evidence.")
    listed_by: list[ListingOut] = Field(
        default_factory=list,
        description="Public feeds listing it now (docs/feeds.md): feed, since, confidence.",
    )


class CheckOut(BaseModel):
    language: Language = Field(description="The language of every *_text and explanation.")
    verdict: Literal["likely_scam", "suspicious", "no_known_signs"]
    verdict_text: str
    band: Literal["strong", "some", "few"] = Field(
        description="How strongly the wording alone points to a scam (what the page shows)."
    )
    band_text: str
    outcome: str = Field(
        description="The assessment's outcome: scam, spam, legitimate or insufficient_text."
    )
    little_evidence: bool = Field(
        default=False,
        description="The text's language has little labelled evidence behind the model: the "
        "judgement of the wording is less certain (numbers and links are checked as usual).",
    )
    no_ask: bool = Field(
        default=False,
        description="The message asks for nothing and gives no link, number or account, so "
        "the wording could not make it a scam (its scam probability is capped below 0.5).",
    )
    promotion_marker: bool = Field(
        default=False,
        description="The message carries the advertising label or opt-out that the law "
        "requires of commercial senders and shows no scam evidence: it is answered spam.",
    )
    new_number_only: bool = Field(
        default=False,
        description="The message only announces a new number (no story, app move, link or "
        "ask), so its scam probability is capped below 0.5.",
    )
    shared_expense: bool = Field(
        default=False,
        description="The message only asks for a share of a shared expense (an amount per "
        "person and where to pay it), so its scam probability is capped below 0.5.",
    )
    own_channel_only: bool = Field(
        default=False,
        description="The message sends the reader only to the organisation's own channels "
        "(official website, app, counters, the number on the card) and gives no other link, "
        "number or account, so its scam probability is capped below 0.5.",
    )
    scam_probability: float
    scam_type: str | None
    scam_type_text: str | None
    red_flags: list[RedFlagOut]
    identifiers: list[IdentifierOut]
    lure_signs: list[LureSignOut] = Field(
        default_factory=list,
        description="kind=job_ad: the trafficking-lure or fake-job signs behind the verdict.",
    )


def to_out(result: CheckResult, words: Wording) -> CheckOut:
    return CheckOut(
        language=words.lang,  # type: ignore[arg-type]  # one of LANGUAGES
        verdict=result.verdict,
        verdict_text=words.verdict(result.verdict),
        band=result.band,
        band_text=words.band(result.band),
        outcome=result.outcome,
        little_evidence=result.little_evidence,
        no_ask=result.no_ask,
        promotion_marker=result.promotion_marker,
        new_number_only=result.new_number_only,
        shared_expense=result.shared_expense,
        own_channel_only=result.own_channel_only,
        scam_probability=result.scam_probability,
        scam_type=result.scam_type,
        scam_type_text=words.scam_type(result.scam_type) if result.scam_type else None,
        red_flags=[
            RedFlagOut(code=f.code, quote=f.quote, explanation=words.flag(f.code, f.explanation))
            for f in result.red_flags
        ],
        identifiers=[
            IdentifierOut(
                kind=i.kind,
                value=i.value,
                known=i.known,
                common=i.common,
                listed_by=[
                    ListingOut(feed=m.title, since=m.since, confidence=m.confidence)
                    for m in i.listed_by
                ],
            )
            for i in result.identifiers
        ],
        lure_signs=[
            LureSignOut(
                sign=s.sign,
                part=s.part,  # type: ignore[arg-type]
                quote=s.quote,
                explanation=words.flag(s.sign, s.explanation),
            )
            for s in result.lure_signs
        ],
    )


@router.post(
    "/check",
    response_model=CheckOut,
    responses={429: {"description": "Too many checks from this address (problem+json)"}},
)
def check(body: CheckIn, request: Request) -> CheckOut | JSONResponse:
    """Is this a scam? Public: no API key needed; limited per client address per minute."""
    service = service_for(request.app.state, get_settings(request), RateLimiter)
    limited = service.admit(client_address(request))
    if limited is not None:
        retry = str(limited.retry_after_s)
        return problem_response(429, limited.title, str(limited), headers={"Retry-After": retry})
    result = service.check(body.text, body.kind)
    lang = choose_language(body.lang, request.headers.get("accept-language"), result.language)
    return to_out(result, wording(lang))
