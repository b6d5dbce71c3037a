"""The API and the dashboard are two edges over one library: neither imports the other's code;
the pieces both use (request dependencies, API keys, user accounts, the public check's rate
limiter) live below both, and the app that mounts both (tipoff.server) above both."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import tipoff

SRC = Path(tipoff.__file__).resolve().parent


def _imports(package: str, prefix: str) -> set[tuple[str, str]]:
    found = set()
    for path in sorted((SRC / package).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for name in names:
                if name == prefix or name.startswith(prefix + "."):
                    found.add((str(path.relative_to(SRC / package)), name))
    return found


def test_the_api_imports_nothing_of_the_dashboard() -> None:
    assert _imports("api", "tipoff.web") == set()


def test_the_dashboard_imports_nothing_of_the_api() -> None:
    assert _imports("web", "tipoff.api") == set()


def test_the_rate_limiter_lives_in_the_core_and_the_old_reexports_are_gone() -> None:
    assert importlib.util.find_spec("tipoff.check.ratelimit") is not None
    assert importlib.util.find_spec("tipoff.web.ratelimit") is None
    assert importlib.util.find_spec("tipoff.web.public_check") is None
    import tipoff.store.indicator_reads as queries

    assert not hasattr(queries, "known_keys")  # TLP-blind; tipoff.check.known_keys takes a Viewer
