"""The house rules of the package layout, read from the source (see the pipeline page).

* a step module imports the step protocol, the state, the models, the lexicon and the reading
  layer, never another step and never the pipeline;
* no import circle among the modules at import time (imports inside functions and under
  ``TYPE_CHECKING`` run later, so they cannot make one);
* no module is over 600 lines, except the pure data tables of the lexicon.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[2] / "src"
PACKAGE = SOURCE / "copydesk"
MAX_LINES = 600
#: Lexicon modules that hold only data tables (the cap is for code).
DATA_TABLES = {"copydesk.lexicon.titles"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SOURCE).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imported(name: str, *, at_import_time: bool) -> set[str]:
    """The copydesk modules that module *name* imports (only module-level imports outside
    ``if TYPE_CHECKING:`` when *at_import_time*)."""
    path = MODULES[name]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    nodes = _top_level(tree.body) if at_import_time else list(ast.walk(tree))
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([node.module] if node.module else [])])
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {module for module in found if module in MODULES and module != name}


def _top_level(body: list[ast.stmt]) -> list[ast.stmt]:
    """The statements that run at import time, without ``if TYPE_CHECKING:`` blocks."""
    statements: list[ast.stmt] = []
    for statement in body:
        if isinstance(statement, ast.If):
            if "TYPE_CHECKING" not in ast.unparse(statement.test):
                statements += _top_level(statement.body) + _top_level(statement.orelse)
        elif isinstance(statement, ast.Try):
            statements += _top_level(statement.body)
        else:
            statements.append(statement)
    return statements


def step_of(name: str) -> str | None:
    """The step a module belongs to (``copydesk.steps.quotes.cues`` -> ``quotes``)."""
    parts = name.split(".")
    return parts[2] if len(parts) > 2 and parts[1] == "steps" else None


STEP_MODULES = sorted(name for name in MODULES if step_of(name))


def test_the_layout_has_steps_and_a_reading_layer() -> None:
    """The rules below read real modules (a renamed folder would make them pass vacuously)."""
    steps = {step_of(name) for name in STEP_MODULES}
    assert {"boilerplate", "bylines", "captions", "dateline", "quotes", "stamps"} <= steps
    assert any(name.startswith("copydesk.reading.") for name in MODULES)


@pytest.mark.parametrize("name", STEP_MODULES)
def test_a_step_imports_no_other_step_nor_the_pipeline(name: str) -> None:
    foreign = {
        module
        for module in imported(name, at_import_time=False)
        if (step_of(module) and step_of(module) != step_of(name)) or module == "copydesk._pipeline"
    }
    assert foreign == set()


def test_no_import_circle() -> None:
    graph = {name: imported(name, at_import_time=True) for name in MODULES}
    # A module imports its package's __init__ first: that edge is no circle of the code's own.
    graph = {
        name: {m for m in deps if not name.startswith(m + ".")} for name, deps in graph.items()
    }
    state: dict[str, int] = {}
    circles: list[list[str]] = []

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for module in sorted(graph[name]):
            if state.get(module) == 1:
                circles.append([*path[path.index(module) :], module])
            elif module not in state:
                visit(module, [*path, module])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert circles == []


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_module_over_600_lines(name: str) -> None:
    if name in DATA_TABLES:
        pytest.skip("pure data tables")
    lines = MODULES[name].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{name}: {lines} lines"
