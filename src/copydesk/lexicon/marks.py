"""Words that decide what a single quotation mark is: an apostrophe or a quotation mark.

In the British and Commonwealth house style (``'We will,' she said``) single marks open and
close quotations, and the same marks stand for dropped letters. A mark before one of the
:data:`ELISIONS` (``'em``, ``'til``, ``rock 'n' roll``) is an apostrophe, never the opening of
a quotation. Letters on both sides (``don't``, ``O'Brien``) and a two-digit year (``'90s``)
are read as apostrophes without a table.
"""

from __future__ import annotations

ELISIONS: tuple[str, ...] = (
    "em",
    "n",
    "til",
    "tis",
    "twas",
    "cause",
    "cos",
    "bout",
    "nother",
    "s",
    "t",
    "d",
    "ll",
    "re",
    "ve",
)
"""Words printed with a leading apostrophe for their dropped letters (lower case, without the
apostrophe): ``'em``, ``'til``, ``'Tis``, ``'cause`` and the ``'n'`` of ``rock 'n' roll``; and
the endings that some archives print apart from their word (``Britain 's``, ``we 're``). A
word that also opens speech (``'Round here …'``, ``'Ow!'``) is left out."""
