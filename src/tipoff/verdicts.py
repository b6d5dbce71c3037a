"""Analysts' verdicts: "this report (or this message of it) is a scam / not a scam / spam".

An analyst who reads a report can confirm or correct the assessment. The verdict is stored
with who gave it (agency and user or key) and when (``ReportStore.add_verdict``, audited),
shown on the report's dashboard page and by ``GET /api/v1/reports/{id}/verdicts``, and
``tipoff train --from-db`` learns from it (``tipoff.verdict_examples``). An agency can only
judge reports it may see (``tipoff.visibility``). The API, the dashboard and the CLI build
verdicts with ``new_verdict``, which checks every field.
"""

from __future__ import annotations

from tipoff.assess.taxonomy import SCAM_TYPES
from tipoff.errors import ValidationError
from tipoff.store.records import VERDICT_VALUES, NewVerdict

MAX_NOTE_CHARS = 2000
VERDICT_WORDS: dict[str, str] = {
    "scam": "scam confirmed",
    "not_scam": "not a scam",
    "spam": "spam (promotion, not a scam)",
}


def new_verdict(
    report_id: int,
    verdict: str,
    *,
    message_index: int | None = None,
    scam_type: str | None = None,
    note: str = "",
) -> NewVerdict:
    """A checked verdict; ValidationError naming the field otherwise."""
    if verdict not in VERDICT_VALUES:
        raise ValidationError(f"must be one of {', '.join(VERDICT_VALUES)}", path="verdict")
    scam_type = scam_type or None
    if scam_type is not None:
        if verdict != "scam":
            raise ValidationError("a scam type goes only with the verdict scam", path="scam_type")
        if scam_type not in SCAM_TYPES:
            raise ValidationError(
                f"unknown scam type; one of {', '.join(SCAM_TYPES)}", path="scam_type"
            )
    if message_index is not None and message_index < 0:
        raise ValidationError("must be 0 or more", path="message_index")
    note = note.strip()
    if len(note) > MAX_NOTE_CHARS:
        raise ValidationError(f"at most {MAX_NOTE_CHARS} characters", path="note")
    if "\x00" in note or any(0xD800 <= ord(c) <= 0xDFFF for c in note):
        raise ValidationError("contains a character no database can store", path="note")
    return NewVerdict(report_id, verdict, message_index, scam_type, note)
