"""Every setting is documented in docs/settings.md (a new field without a row fails here)."""

from __future__ import annotations

from pathlib import Path

from tipoff.settings import Settings

DOC = Path(__file__).resolve().parents[2] / "docs" / "settings.md"


def test_every_setting_has_a_row_in_the_settings_page() -> None:
    text = DOC.read_text(encoding="utf-8")
    missing = [name for name in Settings.model_fields if f"`TIPOFF_{name.upper()}`" not in text]
    assert missing == []
