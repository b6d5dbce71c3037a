"""Which text of a report is assessed: the narrative and the scammer's messages.

A victim's report is assessed as one text: its narrative, then every message not sent by
the victim, in order, joined by blank lines (the victim's own words say little about the
scam and would dilute it). Intake assesses that text, ``tipoff reassess`` rebuilds it from
what was stored, and the dashboard maps the stored red flags' offsets back into each part;
all three use ``assessed_parts``, so a highlighted span is always the one that was read.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

SEPARATOR = "\n\n"
VICTIM = "victim"  # the sender value of a victim's own message


@dataclass(frozen=True, slots=True)
class AssessedPart:
    """One part of the assessed text and where it starts in it."""

    source: str  # "narrative" or "messages.N" (N counts every message), as sightings name it
    start: int
    text: str


def assessed_parts(
    narrative: str | None, messages: Iterable[tuple[str | None, str]]
) -> list[AssessedPart]:
    """The parts assessed, in order, from the narrative and the (sender, text) of every
    message; empty parts are left out."""
    parts: list[AssessedPart] = []
    position = 0
    candidates = [("narrative", narrative or "")]
    candidates += [
        (f"messages.{index}", text)
        for index, (sender, text) in enumerate(messages)
        if sender != VICTIM
    ]
    for source, text in candidates:
        if text:
            parts.append(AssessedPart(source, position, text))
            position += len(text) + len(SEPARATOR)
    return parts


def assessed_text(narrative: str | None, messages: Iterable[tuple[str | None, str]]) -> str:
    """The one text the assessment reads (see ``assessed_parts``)."""
    return SEPARATOR.join(part.text for part in assessed_parts(narrative, messages))


def stored_messages(messages: object) -> list[tuple[str | None, str]]:
    """(sender, text) of a stored report's messages (JSON), one per message, in order;
    anything that is not a message object counts as an empty message."""
    if not isinstance(messages, list):
        return []
    pairs: list[tuple[str | None, str]] = []
    for message in messages:
        if isinstance(message, Mapping):
            sender = message.get("sender")
            pairs.append((None if sender is None else str(sender), str(message.get("text") or "")))
        else:
            pairs.append((None, ""))
    return pairs
