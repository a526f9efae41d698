"""Every table a step reads is a field of the lexicon: a user's change reaches the parse,
and no step or reading module imports a table from a lexicon submodule."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from copydesk import Parser

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "copydesk"
READERS = sorted([*(PACKAGE / "steps").rglob("*.py"), *(PACKAGE / "reading").rglob("*.py")])


def test_a_word_added_to_a_new_field_reaches_the_parse() -> None:
    text = (
        "Storm hits coast\n\nBy Tom Phillips aboard Rio\n\n"
        "The storm hit the coast on Monday, officials said, and the town flooded."
    )
    parser = Parser()
    assert parser.parse(text).bylines == ()  # "aboard Rio" is no place: no byline read
    parser.lexicon.place_prepositions = (*parser.lexicon.place_prepositions, "aboard")
    assert [byline.names for byline in parser.parse(text).bylines] == [("Tom Phillips",)]
    assert Parser().parse(text).bylines == ()  # another parser keeps its own tables


def _lexicon_imports(path: Path) -> list[tuple[str, str]]:
    """``(submodule, name)`` of every name *path* imports from a lexicon submodule."""
    found: list[tuple[str, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("copydesk.lexicon."):
            found += [(node.module or "", alias.name) for alias in node.names]
        elif isinstance(node, ast.Import):
            found += [
                (alias.name, "*")
                for alias in node.names
                if alias.name.startswith("copydesk.lexicon.")
            ]
    return found


@pytest.mark.parametrize("path", READERS, ids=lambda path: str(path.relative_to(PACKAGE)))
def test_no_step_or_reading_module_imports_a_table(path: Path) -> None:
    """Functions (``places.region_key``) may be imported; a table is read from the lexicon."""
    for module, name in _lexicon_imports(path):
        assert name != "*", f"{path.name} imports the module {module}"
        value = getattr(importlib.import_module(module), name)
        assert callable(value), f"{path.name} imports the table {module}.{name}"


def test_the_scan_finds_a_table_import(tmp_path: Path) -> None:
    module = tmp_path / "step.py"
    module.write_text(
        "from copydesk.lexicon.places import REGION_NAMES, region_key\n", encoding="utf-8"
    )
    assert _lexicon_imports(module) == [
        ("copydesk.lexicon.places", "REGION_NAMES"),
        ("copydesk.lexicon.places", "region_key"),
    ]
    assert not callable(importlib.import_module("copydesk.lexicon.places").REGION_NAMES)
