"""Datelines: the place, date and agency that open a story (``"LONDON, Nov 2 (Reuters) -"``).

The step looks at the first body blocks below the headline (:mod:`.blocks`) and tries the
:data:`READERS` on each, in order, until one finds a dateline. Each reads the parts
(:mod:`.parts`) at the start of a line::

    [(AGENCY) SEP]  PLACE [, REGION | (REGION) | [REGION]]{0,2}  [, DATE]
                    or DATE alone                      then  [(AGENCY) | /AGENCY/]  [SEP | line end]

and keeps them when they are strong enough for their separator and a lede follows
(:mod:`.decide`). The dateline found is split off its block and labelled (:mod:`.label`).
Before the scan, a first paragraph that the headline step took for the headline but that
opens with a dateline and runs on as a sentence goes back to the body
(:func:`.readers.lede_taken_for_headline`). Printed dates are read with
:mod:`copydesk.reading.dates`; the reasons for each rule are spelled out in
``docs/explanation/datelines.md``.
"""

from __future__ import annotations

from copydesk._state import ParseState
from copydesk._step import step
from copydesk.reading.dates import resolve_date
from copydesk.steps.dateline.blocks import candidate_blocks
from copydesk.steps.dateline.label import label
from copydesk.steps.dateline.readers import (
    BlockReader,
    across_hard_wrap,
    at_block_start,
    lede_taken_for_headline,
    on_a_later_line,
)

__all__ = ["READERS", "dateline", "resolve_date"]

#: How a dateline is read off each block looked at, in the order tried; the first that
#: finds one wins.
READERS: tuple[tuple[str, BlockReader], ...] = (
    ("block_start", at_block_start),  # "LONDON, Nov 2 (Reuters) - Shares fell ..."
    ("hard_wrap", across_hard_wrap),  # "KATHMANDU," / "April 25 (Reuters) - ..."
    ("later_line", on_a_later_line),  # a time stamp line, then "WASHINGTON -- ..."
)


@step(
    requires=("blocks",),
    uses=("chrome", "captions", "page", "headline", "bylines", "uncredited_captions"),
    provides=("dateline",),
)
def dateline(state: ParseState) -> None:
    """Find the dateline that opens the story and split it off its paragraph.

    >>> import copydesk
    >>> article = copydesk.parse("Markets\\n\\nLONDON, Nov 2 (Reuters) - Shares fell on Monday.")
    >>> article.dateline.text, article.dateline.agency, article.paragraphs[0].text
    ('LONDON, Nov 2 (Reuters) -', 'Reuters', 'Shares fell on Monday.')
    """
    if lede_taken_for_headline(state):
        return
    for index, block, after_prose in candidate_blocks(state):
        for _name, reader in READERS:
            found = reader(state, index, block, after_prose=after_prose)
            if found is not None:
                label(state, *found)
                return
