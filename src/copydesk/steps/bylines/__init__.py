"""Bylines: who wrote the story, and the credit lines that close it.

Two kinds of block become :class:`~copydesk.Byline` parts, each found by one pass:

* **author bylines** near the top of the article (before the first paragraphs of prose):
  ``By Jane Doe``, ``by JANE DOE, REUTERS``, ``Jane Doe, Associated Press``,
  ``Jane Doe | Reuters``, ``Jane Doe Staff Writer``, a lone ``By`` line followed by the
  names, a name line followed by an agency or job-title line (merged into one part);
* **credit trailers** after the first paragraph of prose: ``(Reporting by A and B; Editing
  by C)``, ``(Additional reporting by A in Paris)``, ``A contributed to this report.``,
  ``Contributing: A``.

A block is a byline only when *all* of it reads as one (names, agency, job title, place,
date), so ordinary sentences that open with "By" ("By 2030, ...", "By the way ...") never
are. Names come back in natural case, without places (``Tom Phillips in Rio`` gives
``"Tom Phillips"``); editors go to :attr:`~copydesk.Byline.editors`, never to ``names``.

The modules, one job each: :mod:`.words` (the lexicon's tables), :mod:`.parts` (reading one
byline line), :mod:`.extras` (the organisation or job title after the names), :mod:`.layout`
(where the story stands), :mod:`.authors` and :mod:`.bare` (author lines), :mod:`.trailers`
(trailers and sign-offs), :mod:`.bios` (a writer's bio line under the story),
:mod:`.elsewhere` (author lines away from the story),
:mod:`.listed` (a listing's bylines and place lines), :mod:`.joined` (writers listed a
link a line), :mod:`.tails` (a section glued after a
writer's name) and
:mod:`.once` (a writer printed twice named once). Person names are read by
:mod:`copydesk.reading.names`, shared with the captions step.
"""

from __future__ import annotations

from collections.abc import Callable

from copydesk._state import ParseState
from copydesk._step import step
from copydesk.reading.names import natural_case, parse_names
from copydesk.steps.bylines.authors import find_authors
from copydesk.steps.bylines.bios import find_bio_lines
from copydesk.steps.bylines.elsewhere import find_author_elsewhere
from copydesk.steps.bylines.joined import join_listed_writers
from copydesk.steps.bylines.layout import Prose
from copydesk.steps.bylines.listed import drop_listed_bylines
from copydesk.steps.bylines.once import hold_writers_once
from copydesk.steps.bylines.tails import trim_glued_tails
from copydesk.steps.bylines.trailers import find_trailers
from copydesk.steps.bylines.words import BylineWords, byline_words

__all__ = ["PASSES", "BylinePass", "bylines", "natural_case", "parse_names"]

#: A pass of the step: it reads the state and labels the bylines it finds (the blocks of
#: prose read by the passes before it are in the :class:`~.layout.Prose` it is given).
BylinePass = Callable[[ParseState, BylineWords, Prose], None]

#: ``(name, pass)`` pairs in running order: the author lines above the lede first, so that
#: the trailers pass knows where the story starts.
PASSES: tuple[tuple[str, BylinePass], ...] = (
    ("authors", find_authors),
    ("trailers", find_trailers),
    ("listed", drop_listed_bylines),
    ("bios", find_bio_lines),
    ("elsewhere", find_author_elsewhere),
    ("joined", join_listed_writers),
    ("tails", trim_glued_tails),
    ("once", hold_writers_once),
)


@step(requires=("blocks",), uses=("chrome", "page", "headline"), provides=("bylines",))
def bylines(state: ParseState) -> None:
    """Label author bylines near the top and credit trailers after the lede.

    >>> import copydesk
    >>> article = copydesk.parse("Headline\\n\\nBY TED D'AFFLISIO, REUTERS\\n\\nThe text.")
    >>> article.bylines[0].names, article.bylines[0].organization
    (("Ted D'Afflisio",), 'Reuters')
    """
    words = byline_words(state.lexicon)
    prose = Prose(state)  # one reading of the blocks for every pass
    for _name, run in PASSES:
        run(state, words, prose)
