"""Sphinx configuration for the copydesk documentation."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Local extension: reference pages generated from the code (lexicon tables, CLI help).
sys.path.insert(0, str(Path(__file__).resolve().parent / "_ext"))

project = "copydesk"
author = "copydesk developers"
copyright = "2026, copydesk developers"

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
    "copydesk_reference",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
myst_enable_extensions = ["colon_fence"]
exclude_patterns = ["_build"]

html_theme = "furo"
html_title = "copydesk"

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
nitpicky = True
nitpick_ignore_regex = [
    # attrs-generated and typing internals that have no documentation page of their own.
    (r"py:class", r"(attr|attrs)\..*"),
    (r"py:class", r"_?regex\..*"),
    (r"py:class", r"copydesk\._.*"),
    (r"py:class", r"(copydesk\.lexicon\.)?_[A-Z]\w*"),
    (r"py:class", r"Position"),
    (r"py:class", r"Finding"),
    (r"py:class", r"TopLevelPart"),
    # copydesk.testing returns Hypothesis strategies; no intersphinx to link them.
    (r"py:class", r"hypothesis\..*"),
]

# No network in CI, so no intersphinx: standard-library names are left unlinked.
nitpick_ignore_regex.append((r"py:.*", r"(datetime|collections\.abc|typing|contextlib|dt)\..*"))

# Docstring examples run under pytest --doctest-modules; this builder runs the prose pages.
doctest_test_doctest_blocks = ""
doctest_global_setup = f"""
import copydesk
from pathlib import Path
import hypothesis
# No example database: hypothesis.find in the examples must always shrink afresh.
hypothesis.settings.register_profile("docs", database=None)
hypothesis.settings.load_profile("docs")
SEED = Path({str(ROOT / "seeds" / "000_8b8a93bd28dc7ebf.txt")!r}).read_text(encoding="utf-8")
"""
