"""Reference pages generated from the code at build time, so they never go stale.

- ``.. lexicon-tables::`` lists every table of :meth:`copydesk.Lexicon.default`: its size,
  its first entries and its documentation.
- ``.. cli-help:: [SUBCOMMAND]`` shows what ``copydesk [SUBCOMMAND] --help`` prints.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Mapping
from typing import Any

import attrs
from docutils import nodes
from sphinx.application import Sphinx
from sphinx.pycode import ModuleAnalyzer
from sphinx.util.docutils import SphinxDirective

# How many entries of each table to show, and how much of each.
_SHOWN_ENTRIES = 3
_SHOWN_CHARS = 90
# The width argparse wraps --help to, so the page does not depend on the build's terminal.
_HELP_COLUMNS = "88"


def _entries(value: Any) -> list[Any]:
    if isinstance(value, Mapping):  # the stopwords: a read-only mapping
        return list(value.items())
    if isinstance(value, (tuple, list)):
        return list(value)
    return [value]


def _shown(entry: Any) -> str:
    text = entry if isinstance(entry, str) else repr(entry)  # patterns read best unquoted
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"


class LexiconTables(SphinxDirective):
    """Every field of the default lexicon: size, first entries, documentation."""

    def run(self) -> list[nodes.Node]:
        from copydesk import Lexicon

        lexicon = Lexicon.default()
        # (some fields are declared in a private base class: read each class's own module)
        attribute_docs: dict[tuple[str, str], list[str]] = {}
        for cls in reversed(Lexicon.__mro__[:-1]):
            found = ModuleAnalyzer.for_module(cls.__module__).find_attr_docs()
            attribute_docs |= {
                ("Lexicon", attribute): doc
                for (owner, attribute), doc in found.items()
                if owner == cls.__name__
            }
        lines: list[str] = []
        for field in attrs.fields(Lexicon):
            if not field.init:
                continue
            value = getattr(lexicon, field.name)
            entries = _entries(value)
            doc = " ".join(
                line.strip() for line in attribute_docs.get(("Lexicon", field.name), []) if line
            )
            is_table = isinstance(value, (tuple, list, Mapping))
            size = f"{len(entries)} entries" if is_table else "a number"
            lines += [
                f":attr:`~copydesk.Lexicon.{field.name}` ({size})",
                f"   {doc or 'No description.'}",
                "",
                "   .. code-block:: text",
                "",
                *(f"      {_shown(entry)}" for entry in entries[:_SHOWN_ENTRIES]),
            ]
            if len(entries) > _SHOWN_ENTRIES:
                lines.append(f"      … and {len(entries) - _SHOWN_ENTRIES} more")
            lines.append("")
        return self.parse_text_to_nodes("\n".join(lines))


class CliHelp(SphinxDirective):
    """The ``--help`` text of ``copydesk`` or one of its subcommands."""

    optional_arguments = 1

    def run(self) -> list[nodes.Node]:
        from copydesk.cli import main

        command = [*self.arguments, "--help"]
        output = io.StringIO()
        previous = os.environ.get("COLUMNS")
        os.environ["COLUMNS"] = _HELP_COLUMNS
        try:
            with contextlib.redirect_stdout(output):
                main(command)
        finally:
            if previous is None:
                del os.environ["COLUMNS"]
            else:
                os.environ["COLUMNS"] = previous
        text = f"$ copydesk {' '.join(command)}\n{output.getvalue().rstrip()}"
        block = nodes.literal_block(text, text, language="console")
        return [block]


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("lexicon-tables", LexiconTables)
    app.add_directive("cli-help", CliHelp)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
