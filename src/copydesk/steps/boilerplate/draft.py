"""The draft of the article on a page, which the page reader's passes revise in turn.

The classifier chooses a region of the page (see :mod:`copydesk.steps.boilerplate.scores`);
the passes then let blocks join it or drop out of it, one after another, through one
:class:`Draft`. What one pass finds for a later pass, or for the kind a dropped block is
given, is a field of the draft, never a local variable of the step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from copydesk._state import ParseState
from copydesk.reading.page import MAX_SCAN_CHARS, word_count

__all__ = ["Draft", "PagePass", "first_kept", "last_kept"]


@attrs.define(eq=False)
class Draft:
    """Which blocks of a page are article text so far, and what the passes found.

    >>> from copydesk.steps import page_state
    >>> state = page_state("Home\\n\\nThe storm hit the coast.")
    >>> draft = Draft(state, scores=[-3.0, 2.0], keep=[False, True])
    >>> first_kept(draft.keep), last_kept(draft.keep), draft.related
    (1, 1, set())
    """

    state: ParseState
    """The page's parse state (its blocks are what :attr:`keep` and the sets index)."""
    scores: Sequence[float]
    """The classifier's log-odds that each block belongs to the article."""
    keep: list[bool]
    """For each block, whether it is article text so far: the passes change it."""
    posts: set[int] = attrs.field(factory=set)
    """Signature lines of posts embedded in the article (no date stamps to drop)."""
    listed: set[int] = attrs.field(factory=set)
    """Lines of a list or card under the article that joined it (no teaser run is read
    among them)."""
    thread: tuple[int, int] | None = None
    """The first and last index of a thread of reader comments cut off the article."""
    related: set[int] = attrs.field(factory=set)
    """Blocks dropped as other stories' teasers (chrome of kind ``related``)."""
    markup: set[int] = attrs.field(factory=set)
    """Blocks dropped as leaked HTML or script (chrome of kind ``markup``)."""
    word_counts: Sequence[int] = ()
    """The words of each block's first ``MAX_SCAN_CHARS`` characters, as the classifier
    counted them (empty: :meth:`words` counts them)."""

    def words(self, index: int) -> int:
        """The words of ``blocks[index]`` (its first ``MAX_SCAN_CHARS`` characters).

        >>> from copydesk.steps import page_state
        >>> state = page_state("Home\\n\\nThe storm hit the coast.")
        >>> Draft(state, scores=[-3.0, 2.0], keep=[False, True]).words(1)
        5
        """
        if self.word_counts:
            return self.word_counts[index]
        return word_count(self.state.block_text(self.state.blocks[index])[:MAX_SCAN_CHARS])


#: A pass of the page reader: it reads the draft and revises it in place.
PagePass = Callable[[Draft], None]


def first_kept(keep: Sequence[bool]) -> int:
    """The index of the first kept block (there must be one)."""
    return keep.index(True)


def last_kept(keep: Sequence[bool]) -> int:
    """The index of the last kept block (there must be one)."""
    return len(keep) - 1 - keep[::-1].index(True)
