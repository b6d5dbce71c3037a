"""Every third-party module the package imports is installed by ``pip install .``.

`make demo` installs only the runtime dependencies of pyproject.toml (no dev extras), so a
module that only the development environment happens to hold (PyYAML came with the dev
tools) makes a fresh clone's `tipoff serve` fail at import. The runtime set is the declared
dependencies and, recursively, what they require; an optional extra is allowed only for the
modules named in OPTIONAL, which tipoff imports only where that extra is needed."""

from __future__ import annotations

import ast
import sys
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

import tipoff

SRC = Path(tipoff.__file__).resolve().parent
PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"
# module -> the optional extra that installs it (imported only by the code that needs it)
OPTIONAL = {"pyarrow": "parquet"}


def _project() -> dict[str, object]:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    assert isinstance(project, dict)
    return project


def _imported_modules() -> dict[str, str]:
    """Top-level third-party module -> one file of the package importing it."""
    found: dict[str, str] = {}
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top != "tipoff" and top not in sys.stdlib_module_names:
                    found.setdefault(top, str(path.relative_to(SRC)))
    return found


def _runtime_closure(requirements: list[str]) -> set[str]:
    """The distributions a plain install of these requirements brings in."""
    todo = [Requirement(text) for text in requirements]
    seen: set[str] = set()
    while todo:
        requirement = todo.pop()
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        name = canonicalize_name(requirement.name)
        if name in seen:
            continue
        seen.add(name)
        try:
            todo.extend(Requirement(text) for text in metadata.requires(name) or [])
        except metadata.PackageNotFoundError:
            continue
    return seen


def test_every_imported_module_is_a_runtime_dependency() -> None:
    project = _project()
    dependencies = project["dependencies"]
    assert isinstance(dependencies, list)
    runtime = _runtime_closure(dependencies)
    distributions = metadata.packages_distributions()
    missing = []
    for module, where in sorted(_imported_modules().items()):
        if module in OPTIONAL:
            continue
        provided_by = {canonicalize_name(d) for d in distributions.get(module, [])}
        assert provided_by, f"{module} (imported in {where}) is not installed here"
        if not provided_by & runtime:
            missing.append(f"{module} ({'/'.join(sorted(provided_by))}, imported in {where})")
    assert not missing, f"imported but not a runtime dependency: {missing}"


def test_optional_modules_are_in_their_extra() -> None:
    extras = _project()["optional-dependencies"]
    assert isinstance(extras, dict)
    for module, extra in OPTIONAL.items():
        names = {canonicalize_name(Requirement(text).name) for text in extras[extra]}
        assert canonicalize_name(module) in names, (module, extra)
