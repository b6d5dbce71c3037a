"""Fixtures shared by the whole suite.

Environment switches (set by .ci/run, so nothing that matters skips silently in CI):
- TIPOFF_REQUIRE_POSTGRES=1: PostgreSQL tests fail instead of skipping when it is unreachable.
- TIPOFF_REQUIRE_DATA=1: tests that read ../shared/data fail instead of skipping when it is absent.
- TIPOFF_REQUIRE_BROWSER=1: browser tests fail instead of skipping when Chromium is missing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]


def shared_data_dir() -> Path:
    return Path(os.environ.get("TIPOFF_SHARED_DATA", REPO_ROOT.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data, or a skip with the reason (a failure where TIPOFF_REQUIRE_DATA=1)."""
    path = shared_data_dir()
    if not path.is_dir():
        message = f"public datasets not found at {path} (set TIPOFF_SHARED_DATA)"
        if os.environ.get("TIPOFF_REQUIRE_DATA") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return path
