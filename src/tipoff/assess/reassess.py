"""The text of a stored report that gets assessed again (``tipoff.intake.reassess``)."""

from __future__ import annotations

from typing import Any


def stored_report_text(narrative: str | None, messages: Any) -> str:
    """What intake assesses: the narrative plus the scammer's messages (not the victim's)."""
    texts = [narrative or ""]
    if isinstance(messages, list):
        for message in messages:
            if isinstance(message, dict) and message.get("sender") != "victim":
                texts.append(str(message.get("text") or ""))
    return "\n\n".join(text for text in texts if text)
