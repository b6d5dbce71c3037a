"""The shape of the code base: lines and modules per package, the longest functions, the
import graph between packages (cycles and upward edges), function-level tipoff imports.

    .venv/bin/python bench/code_shape.py [SRC_DIR]       # default: src/tipoff
    .venv/bin/python bench/code_shape.py --list          # also name each function-level import

Layers, lowest first (a package may import only packages at its own layer or below):
model/errors/settings/visibility/pseudonym/currency < indicators, simulate < assess < store
< link, intake, agencies, keys, users, login_throttle, verdicts, verdict_examples < check,
share, evaluation, request_deps < api, web < server < cli (docs/layers.md). An import from a
lower layer to a higher one is "upward". A function-level import is an import statement inside
a function body (counted once, however deeply nested); tipoff ones and third-party ones are
counted apart.
"""

from __future__ import annotations

import ast
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

LAYER = {
    "model": 0,
    "errors": 0,
    "settings": 0,
    "visibility": 0,
    "pseudonym": 0,
    "currency": 0,
    "secrets_file": 0,
    "background": 0,
    "gc_pause": 0,
    "package_files": 0,
    "agencies": 4,
    "indicators": 1,
    "simulate": 1,
    "assess": 2,
    "store": 3,
    "link": 4,
    "intake": 4,
    "check": 5,
    "evaluation": 5,
    "users": 4,
    "sessions": 4,
    "login_throttle": 4,
    "verdicts": 4,
    "verdict_examples": 4,
    "keys": 4,
    "auth": 4,
    "share": 5,
    "tipoffs": 5,
    "request_deps": 5,
    "api": 6,
    "web": 6,
    "server": 7,
    "cli": 8,
    "__main__": 8,
}


def package_of(path: Path, root: Path) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return parts[0]


def imported_package(node: ast.AST) -> list[str]:
    names: list[str] = []
    if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("tipoff."):
        names.append(node.module.split(".")[1])
    elif isinstance(node, ast.Import):
        names += [a.name.split(".")[1] for a in node.names if a.name.startswith("tipoff.")]
    return names


def function_imports(tree: ast.AST) -> list[tuple[int, str, str]]:
    """(line, function, imported module) of every import statement inside a function body."""
    found: list[tuple[int, str, str]] = []

    def visit(node: ast.AST, function: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                visit(child, child.name)
            elif isinstance(child, ast.Import | ast.ImportFrom) and function:
                if isinstance(child, ast.ImportFrom):
                    module = "." * child.level + (child.module or "")
                else:
                    module = ", ".join(alias.name for alias in child.names)
                found.append((child.lineno, function, module))
            else:
                visit(child, function)

    visit(tree, None)
    return found


@dataclass
class Shape:
    """What ``measure`` finds under one source root."""

    lines: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    modules: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    functions: list[tuple[int, str]] = field(default_factory=list)
    edges: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))
    module_edges: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    inner_tipoff: list[str] = field(default_factory=list)
    inner_other: list[str] = field(default_factory=list)

    @property
    def upward(self) -> list[tuple[str, str, int]]:
        """Package edges from a lower layer to a higher one (unknown packages count as top)."""
        return [
            (a, b, n)
            for (a, b), n in sorted(self.edges.items())
            if LAYER.get(a, 9) < LAYER.get(b, 9)
        ]

    @property
    def package_cycles(self) -> list[list[str]]:
        graph: dict[str, set[str]] = defaultdict(set)
        for a, b in self.edges:
            graph[a].add(b)
        return cycles_of(graph)

    @property
    def module_cycles(self) -> list[list[str]]:
        """Cycles among modules through module-level imports (TYPE_CHECKING ones excluded)."""
        return cycles_of(self.module_edges)


def cycles_of(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one node (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return sorted(found)


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def top_level_imports(tree: ast.Module, known: set[str]) -> set[str]:
    """tipoff modules a module imports when it is imported: module level, outside
    ``if TYPE_CHECKING:``; ``from package import submodule`` counts as the submodule."""
    targets: set[str] = set()

    def visit(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, ast.If):
                test = node.test
                if isinstance(test, ast.Name) and test.id == "TYPE_CHECKING":
                    visit(node.orelse)
                    continue
                visit(node.body)
                visit(node.orelse)
            elif isinstance(node, ast.Try):
                visit(node.body)
                for handler in node.handlers:
                    visit(handler.body)
                visit(node.orelse)
                visit(node.finalbody)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                if not node.module.startswith("tipoff"):
                    continue
                for alias in node.names:
                    sub = f"{node.module}.{alias.name}"
                    targets.add(sub if sub in known else node.module)
            elif isinstance(node, ast.Import):
                targets.update(a.name for a in node.names if a.name.startswith("tipoff"))

    visit(tree.body)
    return {t for t in targets if t in known}


def measure(root: Path) -> Shape:
    """Lines, functions, import edges and function-level imports of every module under root."""
    shape = Shape()
    paths = sorted(root.rglob("*.py"))
    known = {module_name(path, root) for path in paths}
    for path in paths:
        package = package_of(path, root)
        source = path.read_text(encoding="utf-8")
        shape.lines[package] += source.count("\n")
        shape.modules[package] += 1
        tree = ast.parse(source)
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                where = f"{path.relative_to(root)}:{node.lineno} {node.name}"
                shape.functions.append((length, where))
            for target in imported_package(node):
                if target != package:
                    shape.edges[(package, target)] += 1
        name = module_name(path, root)
        shape.module_edges[name] |= top_level_imports(tree, known) - {name}
        for line, function, module in function_imports(tree):
            where = f"{path.relative_to(root)}:{line} {function}: {module}"
            internal = module.startswith(("tipoff.", "."))
            (shape.inner_tipoff if internal else shape.inner_other).append(where)
    return shape


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    listing = "--list" in sys.argv[1:]
    shape = measure(Path(args[0] if args else "src/tipoff"))
    lines, modules = shape.lines, shape.modules
    print(f"{'package':<14} {'modules':>7} {'lines':>7}")
    for package in sorted(lines, key=lambda p: -lines[p]):
        print(f"{package:<14} {modules[package]:>7} {lines[package]:>7}")
    print(f"{'total':<14} {sum(modules.values()):>7} {sum(lines.values()):>7}")
    print("\nlongest 15 functions (lines):")
    for length, name in sorted(shape.functions, reverse=True)[:15]:
        print(f"  {length:>4}  {name}")
    print(f"\nfunction-level tipoff imports: {len(shape.inner_tipoff)}")
    print(f"function-level third-party imports: {len(shape.inner_other)}")
    if listing:
        for where in shape.inner_tipoff + shape.inner_other:
            print(f"  {where}")
    print("\nimport edges between packages (count):")
    upward = {(a, b) for a, b, _ in shape.upward}
    for (a, b), count in sorted(shape.edges.items()):
        print(f"  {a:>14} -> {b:<14} {count:>3}{'  UPWARD' if (a, b) in upward else ''}")
    print(f"\npackage cycles: {len(shape.package_cycles)} {shape.package_cycles}")
    print(f"upward edges: {len(upward)}")
    print(f"module cycles: {len(shape.module_cycles)} {shape.module_cycles}")


if __name__ == "__main__":
    main()
