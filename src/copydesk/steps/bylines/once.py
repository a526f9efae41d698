"""Each writer named once: pages that print the writer twice (a byline over the story and
an author box or "Written by" line under it) keep both lines as bylines, but the names of
the later line that an earlier author line already holds are dropped from its ``names``.

Only author lines are read so: a credit trailer (``Reporting by A``) that names the
byline's writer again says something of its own, and keeps its names. A page of more than
a few author lines is a listing of one writer's stories, each line its own byline: there
every line keeps its names.
"""

from __future__ import annotations

import attrs

from copydesk._models import Byline
from copydesk._state import ParseState
from copydesk.steps.bylines.layout import Prose
from copydesk.steps.bylines.words import BylineWords

__all__ = ["hold_writers_once"]

# The kinds of byline that name the story's writer.
_WRITER_KINDS = frozenset({"author", "writing"})
# A story prints its writer at most this many times (byline, author box, "Written by").
_MAX_WRITER_LINES = 3


def hold_writers_once(state: ParseState, _words: BylineWords, _prose: Prose) -> None:
    """Drop from each author byline the names an earlier author byline already holds.

    >>> import copydesk
    >>> article = copydesk.parse(
    ...     "Storm hits coast\\n\\nBy Jane Doe\\n\\n"
    ...     "The storm hit the coast on Monday and cut power to homes, officials said.\\n\\n"
    ...     "Written by Jane Doe"
    ... )
    >>> [(b.kind, b.names) for b in article.bylines]
    [('author', ('Jane Doe',)), ('author', ())]
    """
    lines = [
        (block, finding)
        for block in state.blocks
        if isinstance(finding := block.finding, Byline)
        and (finding.kind in _WRITER_KINDS or finding.kind == "editing")
    ]
    writer_lines = [(block, finding) for block, finding in lines if finding.kind != "editing"]
    if len(writer_lines) > _MAX_WRITER_LINES:
        return  # a listing
    held: set[str] = set()
    for block, finding in lines:
        # An editor's name line ("Edited by" / "Jane Doe") printed again under it (an
        # avatar's text) names the editor, not a writer.
        held.update(name.casefold() for name in finding.editors)
        if finding.kind == "editing":
            continue
        names = tuple(name for name in finding.names if name.casefold() not in held)
        if names != finding.names:
            block.finding = attrs.evolve(finding, names=names)
        held.update(name.casefold() for name in names)
