"""The shape of the code base: lines and modules per package, the longest functions, the
import graph between packages (cycles and upward edges), function-level tipoff imports.

    .venv/bin/python bench/code_shape.py [SRC_DIR]       # default: src/tipoff
    .venv/bin/python bench/code_shape.py --list          # also name each function-level import

Layers, lowest first (a package may import only packages at its own layer or below):
model/errors/settings/visibility/pseudonym/currency < indicators, simulate < assess < store
< link, intake, agencies, keys, users, login_throttle < check, share, evaluation,
request_deps < api, web < server < cli. An import from a lower layer to a higher one is
"upward". A function-level import is an import statement inside a function body (counted
once, however deeply nested); tipoff ones and third-party ones are counted apart.
"""

from __future__ import annotations

import ast
import sys
from collections import defaultdict
from pathlib import Path

LAYER = {
    "model": 0,
    "errors": 0,
    "settings": 0,
    "visibility": 0,
    "pseudonym": 0,
    "currency": 0,
    "secrets_file": 0,
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
    "login_throttle": 4,
    "keys": 4,
    "auth": 4,
    "share": 5,
    "request_deps": 5,
    "api": 6,
    "web": 6,
    "server": 7,
    "cli": 8,
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


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    listing = "--list" in sys.argv[1:]
    root = Path(args[0] if args else "src/tipoff")
    lines: dict[str, int] = defaultdict(int)
    modules: dict[str, int] = defaultdict(int)
    functions: list[tuple[int, str]] = []
    edges: dict[tuple[str, str], int] = defaultdict(int)
    inner_tipoff: list[str] = []
    inner_other: list[str] = []
    for path in sorted(root.rglob("*.py")):
        package = package_of(path, root)
        source = path.read_text(encoding="utf-8")
        lines[package] += source.count("\n")
        modules[package] += 1
        tree = ast.parse(source)
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                functions.append((length, f"{path.relative_to(root)}:{node.lineno} {node.name}"))
            for target in imported_package(node):
                if target != package:
                    edges[(package, target)] += 1
        for line, function, module in function_imports(tree):
            where = f"{path.relative_to(root)}:{line} {function}: {module}"
            internal = module.startswith(("tipoff.", "."))
            (inner_tipoff if internal else inner_other).append(where)
    print(f"{'package':<14} {'modules':>7} {'lines':>7}")
    for package in sorted(lines, key=lambda p: -lines[p]):
        print(f"{package:<14} {modules[package]:>7} {lines[package]:>7}")
    print(f"{'total':<14} {sum(modules.values()):>7} {sum(lines.values()):>7}")
    print("\nlongest 15 functions (lines):")
    for length, name in sorted(functions, reverse=True)[:15]:
        print(f"  {length:>4}  {name}")
    print(f"\nfunction-level tipoff imports: {len(inner_tipoff)}")
    print(f"function-level third-party imports: {len(inner_other)}")
    if listing:
        for where in inner_tipoff + inner_other:
            print(f"  {where}")
    print("\nimport edges between packages (count):")
    upward = []
    for (a, b), count in sorted(edges.items()):
        up = LAYER.get(a, 9) < LAYER.get(b, 9)
        if up:
            upward.append((a, b, count))
        print(f"  {a:>11} -> {b:<11} {count:>3}{'  UPWARD' if up else ''}")
    cycles = sorted({tuple(sorted((a, b))) for (a, b) in edges if (b, a) in edges})
    print(f"\npackage cycles: {len(cycles)} {cycles}")
    print(f"upward edges: {len(upward)}")


if __name__ == "__main__":
    main()
