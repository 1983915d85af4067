"""The package's shape: no import circle between its modules, layers that only import downwards, small modules.

Issue 19: "A test fails on any new import circle between modules of the package". The graph is read from the
source with ``ast``, so it counts what an import at start-up would miss: imports inside functions (a late
import dodges a circle at run time but keeps the two modules tied) and under ``if TYPE_CHECKING:`` (a type
named from an upper module is a dependency on it; a ``typing.Protocol`` in the lower module is not).

The layers (this repository's guide): core <- storage <- exports <- gui and cli; core, storage, exports and
cli import no Qt (``test_layering.py`` proves that one by blocking PySide6).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "atlas_desktop"
GENERATED = PACKAGE / "gui" / "forms"  # pyside6-uic's output, never edited by hand
MAX_LINES = 400

# What each layer may import from the package (besides itself and the package's top-level helpers).
ALLOWED = {
    "core": {"core"},
    "storage": {"core", "storage"},
    "exports": {"core", "storage", "exports"},
    "cli": {"core", "storage", "exports", "cli"},
    "gui": {"core", "storage", "exports", "gui"},
}


def module_files(package: Path) -> dict[str, Path]:
    """Dotted module name -> file, for every module of ``package`` (a package is named by its __init__)."""
    found = {}
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _imported(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level:
        here = module.split(".") if is_package else module.split(".")[:-1]
        base = here[: len(here) - node.level + 1]
        stem = ".".join(base + ([node.module] if node.module else []))
    else:
        stem = node.module or ""
    # ``from pkg import mod`` imports the module pkg.mod; ``from mod import name`` imports mod.
    return [f"{stem}.{alias.name}" for alias in node.names] + [stem]


def import_graph(package: Path) -> dict[str, set[str]]:
    """Module -> the package's modules it imports anywhere in its file (functions and TYPE_CHECKING included)."""
    files = module_files(package)
    graph: dict[str, set[str]] = {name: set() for name in files}
    for name, path in files.items():
        is_package = path.name == "__init__.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not isinstance(node, (ast.Import, ast.ImportFrom)):
                continue
            targets = _imported(node, name, is_package)
            named = [t for t in targets[:-1] if t in files] if isinstance(node, ast.ImportFrom) else []
            for target in named or targets:
                while target and target not in files:  # a name inside a module: the module itself
                    target = target.rpartition(".")[0]
                # A module's own package is imported before it anyway: that edge is no circle of ours.
                if target and target != name and not name.startswith(target + "."):
                    graph[name].add(target)
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
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
    return found


def _describe(component: list[str], graph: dict[str, set[str]]) -> str:
    inside = set(component)
    return "\n".join(f"  {m} -> {', '.join(sorted(graph[m] & inside))}" for m in component)


def test_no_import_circle_between_the_packages_modules():
    graph = import_graph(PACKAGE)
    assert len(graph) > 200, "the walk should see every module of the package"
    found = circles(graph)
    assert not found, "import circles (cut them: move the shared part down, or inject it):\n" + "\n\n".join(
        _describe(c, graph) for c in found)


def test_each_layer_imports_only_the_layers_below_it():
    graph = import_graph(PACKAGE)
    wrong = []
    for module, targets in sorted(graph.items()):
        parts = module.split(".")
        layer = parts[1] if len(parts) > 1 else None
        if layer not in ALLOWED:
            continue
        for target in sorted(targets):
            target_layer = target.split(".")[1] if target.count(".") else None
            if target_layer in ALLOWED and target_layer not in ALLOWED[layer]:
                wrong.append(f"{module} -> {target}")
    assert not wrong, "imports against the layers (core <- storage <- exports <- gui, cli):\n" + "\n".join(wrong)


def test_modules_stay_small():
    too_long = {name: n for name, path in module_files(PACKAGE).items()
                if GENERATED not in path.parents
                and (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not too_long, f"modules over {MAX_LINES} lines (split them along a seam): {too_long}"


@pytest.mark.parametrize("late", [False, True])
def test_the_checker_sees_a_circle_even_through_a_late_or_type_only_import(tmp_path, late):
    """Guards the tests above: a two-module circle, one side hidden in a function or under TYPE_CHECKING."""
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    (package / "sub" / "a.py").write_text("from ..b import thing\n")
    hidden = ("def f():\n    from .sub import a\n" if late
              else "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .sub.a import X\n")
    (package / "b.py").write_text(hidden + "thing = 1\n")
    graph = import_graph(package)
    assert graph["pkg.sub.a"] == {"pkg.b"}
    assert circles(graph) == [["pkg.b", "pkg.sub.a"]]
    (package / "b.py").write_text("thing = 1\n")
    assert circles(import_graph(package)) == []
