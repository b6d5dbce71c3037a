"""Every setting is documented in docs/settings.md (a new field without a row fails here)."""

from __future__ import annotations

import re
from pathlib import Path

from tipoff.settings import Settings

DOC = Path(__file__).resolve().parents[2] / "docs" / "settings.md"


def test_every_setting_has_a_row_in_the_settings_page() -> None:
    text = DOC.read_text(encoding="utf-8")
    missing = [name for name in Settings.model_fields if f"`TIPOFF_{name.upper()}`" not in text]
    assert missing == []


def test_every_variable_the_package_names_has_a_row_in_the_settings_page() -> None:
    """Variables read outside Settings (os.environ, a CLI option's default) are listed too."""
    text = DOC.read_text(encoding="utf-8")
    src = Path(__file__).resolve().parents[2] / "src" / "tipoff"
    named = {
        match.group(1)
        for path in src.rglob("*.py")
        for match in re.finditer(r"[\"'](TIPOFF_[A-Z0-9_]+)[\"']", path.read_text("utf-8"))
    }
    assert named, "no TIPOFF_ variable found in the package: the scan is broken"
    assert sorted(name for name in named if f"`{name}`" not in text) == []
