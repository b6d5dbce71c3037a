"""The import structure stays layered: no cycle between packages or modules, no import from a
lower layer to a higher one, no tipoff import inside a function (the usual way to hide a cycle).

The layer table and the measurement are ``bench/code_shape.py``'s (docs/layers.md), so the
figures it prints and what this test enforces cannot drift apart."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import tipoff

SRC = Path(tipoff.__file__).resolve().parent
CODE_SHAPE = Path(__file__).resolve().parents[1] / "bench" / "code_shape.py"


def _code_shape() -> ModuleType:
    spec = importlib.util.spec_from_file_location("code_shape", CODE_SHAPE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("code_shape", module)
    spec.loader.exec_module(module)
    return module


shape_tool = _code_shape()
SHAPE = shape_tool.measure(SRC)


def test_every_package_has_a_layer() -> None:
    packages = {path.relative_to(SRC).with_suffix("").parts[0] for path in SRC.rglob("*.py")}
    assert packages - {"__init__"} <= set(shape_tool.LAYER)


def test_no_package_imports_a_higher_layer() -> None:
    assert SHAPE.upward == []


def test_no_import_cycle_between_packages_or_modules() -> None:
    assert SHAPE.package_cycles == []
    assert SHAPE.module_cycles == []


def test_no_tipoff_import_inside_a_function() -> None:
    assert SHAPE.inner_tipoff == []


def test_the_checks_see_what_they_forbid(tmp_path: Path) -> None:
    """A cycle hidden in a function, and an upward import, are both found."""
    root = tmp_path / "tipoff"
    (root / "store").mkdir(parents=True)
    (root / "__init__.py").write_text("")
    (root / "store" / "__init__.py").write_text("")
    (root / "store" / "a.py").write_text("from tipoff.store import b\nimport tipoff.cli.main\n")
    (root / "store" / "b.py").write_text("def f():\n    from tipoff.store import a\n")
    (root / "store" / "c.py").write_text("from tipoff.store import d\n")
    (root / "store" / "d.py").write_text("from tipoff.store import c\n")
    found = shape_tool.measure(root)
    assert found.upward == [("store", "cli", 1)]
    assert found.inner_tipoff == ["store/b.py:2 f: tipoff.store"]
    assert found.module_cycles == [["tipoff.store.c", "tipoff.store.d"]]
