"""Photo captions: blocks that end in a photo credit or are one, and captions without one.

Two steps, each a short list of passes in running order:

* ``captions`` (before the page classifier: a credit is surer evidence than its guess)
  labels every body block that ends in a photo credit, opens with one or is one
  (:data:`CAPTION_PASSES`);
* ``uncredited_captions`` (after the headline and the bylines: where a line stands is half
  the evidence) labels short blocks that describe a picture though no credit ends them,
  and joins a credit printed above a caption to it (:data:`UNCREDITED_PASSES`).

A caption moves out of the body into :attr:`Article.captions`; its credit is parsed into a
:class:`~copydesk.Credit` (photographers, agency, file-photo flag) by
:mod:`copydesk.reading.credits`: the credit patterns of the lexicon
(:mod:`copydesk.lexicon.credits`) only say *where* a credit is.

The modules, one job each: :mod:`.tails` (credits at a block's end, credit-only lines),
:mod:`.credited` (the passes of ``captions``), :mod:`.described` (picture language),
:mod:`.subjects` (the story's subject by the headline), :mod:`.widgets` (a photo's buttons
and links), :mod:`.credit_lines` (credits above a caption), :mod:`.uncredited` (the passes
of ``uncredited_captions``), :mod:`.labels` (a broadcaster's ``Image source,`` and ``Image
caption,`` labels), :mod:`.wording` (tests they share).
"""

from __future__ import annotations

from collections.abc import Callable

from copydesk._state import ParseState
from copydesk._step import step
from copydesk.reading.credits import read_credit
from copydesk.steps.captions.credited import Found, find_credits, label_captions
from copydesk.steps.captions.labels import join_split_credit_lines, split_caption_labels
from copydesk.steps.captions.uncredited import (
    Surroundings,
    find_between_captions,
    find_credit_lines_above,
    find_described,
    find_photo_widgets,
)
from copydesk.steps.captions.widgets import tagged_captions

__all__ = [
    "CAPTION_PASSES",
    "UNCREDITED_PASSES",
    "captions",
    "read_credit",
    "uncredited_captions",
]

#: ``(name, pass)`` pairs of the ``captions`` step in running order: the first joins a
#: credit label printed on its own line to its source, the second finds each body block's
#: credit, the third (backwards) labels the caption of each, the fourth cuts the text of a
#: leaked caption tag out of a line of leaked HTML.
CAPTION_PASSES: tuple[tuple[str, Callable[[ParseState, list[Found]], None]], ...] = (
    ("split_credit_lines", join_split_credit_lines),
    ("credits", find_credits),
    ("captions", label_captions),
    ("tagged", tagged_captions),
)

#: ``(name, pass)`` pairs of the ``uncredited_captions`` step in running order.
UNCREDITED_PASSES: tuple[tuple[str, Callable[[ParseState, Surroundings], None]], ...] = (
    ("described", find_described),
    ("between_captions", find_between_captions),
    ("credit_lines_above", find_credit_lines_above),
    ("photo_widgets", find_photo_widgets),
    ("caption_labels", split_caption_labels),
)


@step(requires=("blocks",), uses=("chrome",), provides=("captions",))
def captions(state: ParseState) -> None:
    """Label every body block that ends in a photo credit, or is one, as a caption.

    >>> import copydesk
    >>> text = "Headline\\n\\nA flooded street. (AP Photo/Ann Lee, File)\\n\\nThe text."
    >>> credit = copydesk.parse(text).captions[0].credit
    >>> credit.names, credit.agency, credit.file_photo
    (('Ann Lee',), 'AP', True)
    """
    found: list[Found] = []
    for _name, run in CAPTION_PASSES:
        run(state, found)


@step(
    requires=("blocks",),
    uses=("chrome", "captions", "page", "headline", "bylines"),
    provides=("uncredited_captions",),
)
def uncredited_captions(state: ParseState) -> None:
    """Label short blocks that describe a picture as captions, though no credit ends them.

    Runs after the headline step: where a line stands (in the story, right by the headline)
    is part of the evidence.

    >>> import copydesk
    >>> text = (
    ...     "Storm hits the coast\\n\\n"
    ...     "The storm hit the coast on Monday, forcing thousands of people to leave.\\n\\n"
    ...     "Soldiers stand guard next to a flooded school\\n\\n"
    ...     "Power was cut to more than 40,000 homes and schools stayed closed on Tuesday."
    ... )
    >>> [caption.text for caption in copydesk.parse(text).captions]
    ['Soldiers stand guard next to a flooded school']
    """
    around = Surroundings.of(state)
    for _name, run in UNCREDITED_PASSES:
        run(state, around)
