"""The report page names the assessment's outcome (scam, spam or legitimate), as the public
check does: a forwarded operator promotion and a bank OTP are both "not a scam" by scam type,
but an analyst must see that the first is advertising and the second an ordinary notice."""

from __future__ import annotations

import re

from web_support import T0, WebWorld

from tipoff.intake.pipeline import Intake, pseudonymiser_from, validate_report
from tipoff.visibility import Viewer

PROMOTION = "AIS จัดให้! สมัครเน็ต 10GB 7 วัน เพียง 99 บาท กด *777*99# โทรออก"
OTP = (
    "Mã OTP của Quý khách là 482913, hiệu lực trong 5 phút. "
    "Không chia sẻ mã này cho bất kỳ ai. Techcombank"
)
SCAM = (
    "Your account is suspended. Verify your identity at http://kbank-verify.top within "
    "24 hours or it will be closed."
)


def _store(world: WebWorld, external_id: str, country: str, text: str) -> int:
    intake = Intake(world.store, pseudonymiser_from(world.settings), clock=lambda: T0)
    raw = {"external_id": external_id, "victim_country": country, "messages": [{"text": text}]}
    [outcome] = intake.submit(world.agency, [validate_report(raw)], actor="test")
    return outcome.id  # type: ignore[union-attr]


def _assessment_card(html: str) -> str:
    card = html.split("<h2>Assessment</h2>", 1)[1].split("</div>", 1)[0]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", card))


def test_report_page_names_the_outcome(web_world: WebWorld) -> None:
    ids = {
        "spam": _store(web_world, "TH-PROMO", "TH", PROMOTION),
        "legitimate": _store(web_world, "VN-OTP", "VN", OTP),
        "scam": _store(web_world, "TH-PHISH", "TH", SCAM),
    }
    client = web_world.login(web_world.client())
    for outcome, report_id in ids.items():
        stored = web_world.store.get_report(report_id, viewer=Viewer.operator())
        assert stored.assessment is not None and stored.assessment["outcome"] == outcome
        card = _assessment_card(client.get(f"/reports/{report_id}").text)
        assert f"Outcome: {OUTCOME_WORDS[outcome]}" in card, (outcome, card)
    # A promotion is never shown as a scam type, nor as "not scam" twice over.
    promo = _assessment_card(client.get(f"/reports/{ids['spam']}").text)
    assert "(not scam)" not in promo


OUTCOME_WORDS = {
    "scam": "scam",
    "spam": "spam (promotion from a real sender, not a scam)",
    "legitimate": "legitimate (an ordinary message or notice)",
}
