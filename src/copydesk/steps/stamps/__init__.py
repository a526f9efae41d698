"""Read when the article was published and updated, as the page prints it.

A page prints the article's dates near its headline or in its byline: ``Published Dec. 4,
2025``, ``By Jane Roe | March 3, 2025 4:15 PM``, ``Updated 10:02 a.m. ET Dec. 4, 2025``,
``2025-12-04``, ``05/05/2025 - 14:32``, ``3 hours ago``. The step reads every date printed in
a *stamp*: a byline, a short line that is no prose, or a line the page reader labelled as
page furniture, within reach of the headline. Of these, the one nearest the headline (a date
above it counts three times its distance: the site's header prints other dates) is the
publication date; one after an update cue (``Updated``, ``Last modified``, or ``Last update:``
alone on the line above) is the update date, and the publication date too when the page
prints no other (most such pages first published the article that day). When no stamp
stands within reach, the dates after a cue anywhere on the page are read, else the page's
metadata lines when they all print the same day; never its comments or related stories.

Dates in digits are read in the page's own order when one of them shows it (``17/04/2025``
is day first, or the same day printed with its month name), else as the page's dates with
month names hint (``4 December 2025``: day first) or by :attr:`Lexicon.numeric_dates_day_first
<copydesk.Lexicon.numeric_dates_day_first>`, and marked ambiguous. A stamp line left in the
body (a line holding a date and little else) becomes chrome of kind ``metadata``.

The modules: :mod:`.page` (what they share: patterns, a candidate date, the text before a
date), :mod:`.lines` (which lines are stamps, where the article's text starts),
:mod:`.candidates` (the dates that may be the article's, with their costs) and :mod:`.values`
(the stamp of a chosen date, a first publication the text states).
"""

from __future__ import annotations

from copydesk._state import BODY, Block, ParseState
from copydesk._step import step
from copydesk.steps.stamps.candidates import (
    cued_candidates,
    far_candidates,
    find_anchor,
    stamp_candidates,
)
from copydesk.steps.stamps.lines import first_prose, label_other_stamps
from copydesk.steps.stamps.page import MAX_LABEL_WORDS, WORD, Candidate, Page, StampPatterns
from copydesk.steps.stamps.values import earliest_on_line, read_stated_original, to_stamp

__all__ = ["published"]


@step(
    requires=("blocks",),
    uses=("chrome", "page", "headline", "bylines", "dateline"),
    provides=("published",),
)
def published(state: ParseState) -> None:
    """Set ``state.published`` and ``state.updated`` from the dates the page prints.

    >>> import copydesk
    >>> article = copydesk.parse(
    ...     "Storm hits coast\\n\\nBy Jane Doe | March 3, 2025 4:15 PM\\n\\n"
    ...     "Updated: 05/03/2025\\n\\n"
    ...     "The storm hit the coast on Monday and cut power to thousands of homes."
    ... )
    >>> str(article.published.value), str(article.updated.value), article.updated.ambiguous
    ('2025-03-03 16:15:00', '2025-05-03', True)
    >>> [chrome.text for chrome in article.chrome if chrome.kind == "metadata"]
    ['| March 3, 2025 4:15 PM', 'Updated: 05/03/2025']
    """
    patterns = state.lexicon.cached("stamps.patterns", StampPatterns.build)
    page = Page(patterns, patterns.dates.cores(state.text, reference=state.reference_date))
    if not page.date_cores.starts:
        return  # the text prints no date (most wire copy): no stamp to read or label
    anchor = find_anchor(state)
    candidates = list(stamp_candidates(state, page, anchor))
    if not candidates:
        candidates = list(cued_candidates(state, page, anchor))
    if not candidates:
        candidates = list(far_candidates(state, page, anchor))
    if candidates:
        _read_stamps(state, page, candidates)
    read_stated_original(state, page)
    label_other_stamps(state, page, first_prose(state, page, anchor))


def _read_stamps(state: ParseState, page: Page, candidates: list[Candidate]) -> None:
    """Set the publication and update dates from *candidates*, and label their lines."""
    for updated in (False, True):
        chosen = [candidate for candidate in candidates if candidate.updated is updated]
        if chosen:
            best = min(chosen, key=lambda candidate: candidate.cost)
            if not updated:
                best = earliest_on_line(state, chosen, best)
            stamp = to_stamp(state, page, candidates, best.date)
            if updated:
                state.updated = stamp
            else:
                state.published = stamp
    if state.published is None:
        # A page that prints only an update date ("Updated Dec. 4, 2025") most often first
        # published the article that day too (read on both halves of the dev sites).
        state.published = state.updated
    stamp_blocks = {id(candidate.block) for candidate in candidates}
    for index, block in enumerate(state.blocks):
        if id(block) in stamp_blocks and block.label == BODY and block.finding is None:
            state.mark_chrome(block, "metadata")  # a stamp line (see _stamp_ranges)
        if id(block) in stamp_blocks and index and _is_label(state, page, index - 1, block):
            state.mark_chrome(state.blocks[index - 1], "metadata")  # "Published" / its date


def _is_label(state: ParseState, page: Page, index: int, stamp: Block) -> bool:
    """Whether block *index* is cue words alone (``Published``) right above *stamp*."""
    label, text = state.blocks[index], state.text
    words = WORD.findall(text, label.start, label.end)
    return (
        (label.label, label.finding) == (BODY, None)
        and text.count("\n", label.end, stamp.start) <= 2  # a blank line between at most
        and 0 < len(words) <= MAX_LABEL_WORDS
        and all(word.casefold() in page.patterns.stamp_words for word in words)
        and page.patterns.any_cue.search(text, label.start, label.end) is not None
    )
