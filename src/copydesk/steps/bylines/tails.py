"""Words glued after a writer's name: ``by Jane Doe Global Affairs May 2nd 2025`` reads as
one long name, for the page prints the story's section straight after its writer, with
nothing between. Where the page prints the writer again on a line of its own (an author
box: ``Jane Doe`` / ``Jane Doe is a reporter who ...``), that line says where the name
ends: the words after it are dropped from the byline's name.
"""

from __future__ import annotations

import attrs

from copydesk._models import Byline
from copydesk._state import ParseState
from copydesk.steps.bylines.layout import Prose
from copydesk.steps.bylines.words import BylineWords

__all__ = ["trim_glued_tails"]

# A name of this many words or more may carry a section glued after it ...
_MIN_GLUED_WORDS = 3
# ... and what is left of it is a name of at least two words.
_MIN_NAME_WORDS = 2
# The kinds of byline whose names are read so.
_WRITER_KINDS = frozenset({"author", "writing"})


def trim_glued_tails(state: ParseState, _words: BylineWords, _prose: Prose) -> None:
    """Cut each long writer's name to the shorter name the page prints on a line of its own.

    >>> import copydesk
    >>> article = copydesk.parse(
    ...     "Storm hits coast\\n\\nby Jane Doe Global Affairs May 2, 2025\\n\\n"
    ...     "The storm hit the coast on Monday and cut power to homes, officials said.\\n\\n"
    ...     "Jane Doe\\n\\nJane Doe is a reporter who covers the weather."
    ... )
    >>> article.bylines[0].names
    ('Jane Doe',)
    """
    lines: set[str] | None = None  # the page's lines, read only when a long name is found
    for block in state.blocks:
        finding = block.finding
        if not isinstance(finding, Byline) or finding.kind not in _WRITER_KINDS:
            continue
        if all(len(name.split()) < _MIN_GLUED_WORDS for name in finding.names):
            continue
        if lines is None:
            lines = {" ".join(line.split()).casefold() for line in state.text.split("\n")}
        names = tuple(_name_printed_alone(name, lines) for name in finding.names)
        if names != finding.names:
            block.finding = attrs.evolve(finding, names=names)


def _name_printed_alone(name: str, lines: set[str]) -> str:
    """*name* cut to its longest opening words that stand alone on a line of the page, or
    *name* itself when it stands so too (or no shorter part does)."""
    words = name.split()
    if len(words) < _MIN_GLUED_WORDS or name.casefold() in lines:
        return name
    for end in range(len(words) - 1, _MIN_NAME_WORDS - 1, -1):
        opening = " ".join(words[:end])
        if opening.casefold() in lines:
            return opening
    return name
