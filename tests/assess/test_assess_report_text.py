"""The one definition of a report's assessed text, and its parts' offsets into it."""

from __future__ import annotations

from tipoff.assess.report_text import assessed_parts, assessed_text, stored_messages
from tipoff.intake.analyse import assessed_text as intake_text
from tipoff.intake.schema import ReportIn

MESSAGES = [("scammer", "Pay the fee"), ("victim", "Why?"), ("unknown", ""), (None, "now!")]


def test_parts_are_the_narrative_and_non_victim_messages_with_their_offsets() -> None:
    text = assessed_text("He called.", MESSAGES)
    assert text == "He called.\n\nPay the fee\n\nnow!"
    parts = assessed_parts("He called.", MESSAGES)
    assert [p.source for p in parts] == ["narrative", "messages.0", "messages.3"]
    for part in parts:  # every part is exactly where it is in the assessed text
        assert text[part.start : part.start + len(part.text)] == part.text


def test_intake_and_stored_reports_read_the_same_text() -> None:
    report = ReportIn.model_validate(
        {
            "external_id": "r",
            "narrative": "He called.",
            "messages": [
                {"text": "Pay the fee", "sender": "scammer"},
                {"text": "Why?", "sender": "victim"},
                {"text": "now!", "sender": "unknown"},
            ],
        }
    )
    stored = [m.model_dump() for m in report.messages]
    assert intake_text(report) == assessed_text(report.narrative, stored_messages(stored))
    assert stored_messages("not a list") == [] and stored_messages([3]) == [(None, "")]
    assert assessed_text(None, []) == ""
