"""Quotes: passages in quotation marks, what kind they are, and who said them.

The step reads the blocks still labelled body, after every other step, and runs its passes
(``PASSES``, in this order) over each paragraph that holds a quotation mark:

1. **marks** (module ``marks``): opening and closing marks are paired into quote spans; an
   apostrophe is never a mark, and a mark left open runs to the end of its paragraph.
2. **titles** (``kinds``): quoted titles (``"Face the Nation"``) are never attributed.
3. **cues** (``after``, ``before``, ``subjects``): right after the closing mark (``"…,"
   Zelensky said``, ``"…," said Lloyd Austin, the defense secretary``, ``"…" ― Name``) or
   right before the opening mark (``Austin said: "…"``, ``according to the Pentagon, "…"``,
   ``Trump: "…"``) the step looks for a speech verb from the lexicon (``cues``) and the
   speaker phrase beside it (``phrases``).
4. **runs**: a quote without a cue takes the cue of the next quote in its run of sentences
   (``"A." "B," he said.``).
5. **speakers** (``speakers``): surnames and first names resolve to the earliest full name
   in the article (``full_names``), pronouns to the last named speaker.
6. **continuations**: a quote still without a speaker that opens a sentence continues the
   speaker of the quote before it in the paragraph, or of the last quote of the previous
   paragraph when it opens its paragraph (``"X," he said. "Y."``); any other is a title, a
   scare quote or a partial quote.

Only short windows next to the marks are read, and full names are looked up in one index,
so the cost grows with the number of quotes, not with the square of anything.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk._models import Quote
from copydesk._state import ParseState
from copydesk._step import step
from copydesk.steps.quotes.cues import patterns
from copydesk.steps.quotes.full_names import FullNames
from copydesk.steps.quotes.groups import link_pieces
from copydesk.steps.quotes.marks import house_style, single_marks
from copydesk.steps.quotes.passes import (
    Context,
    Found,
    Paragraph,
    Pass,
    continue_speakers,
    find_quote_spans,
    find_titles,
    read_cues,
    resolve_speakers,
    share_cues,
)
from copydesk.steps.quotes.speakers import Resolver
from copydesk.steps.quotes.words import last_visible

__all__ = ["PASSES", "quotes"]

# The passes over each paragraph, in running order: ``(name, pass)``. The paragraph's
# quotes stream through them one by one (see ``passes.py``).
PASSES: tuple[tuple[str, Pass], ...] = (
    ("marks", find_quote_spans),  # pair the quotation marks: the quote spans
    ("titles", find_titles),  # "Face the Nation": never attributed
    ("cues", read_cues),  # the speech verb and speaker phrase beside each quote
    ("runs", share_cues),  # "A." "B," he said: the run takes the next quote's cue
    ("speakers", resolve_speakers),  # pronouns and short names to full names
    ("groups", link_pieces),  # "X," she said, "Y.": the pieces of one quotation
    ("continuations", continue_speakers),  # "X," he said. "Y.": the speaker carries on
)


@step(
    requires=("blocks",),
    uses=(
        "chrome",
        "captions",
        "page",
        "headline",
        "bylines",
        "uncredited_captions",
        "dateline",
        "published",
    ),
    provides=("quotes",),
)
def quotes(state: ParseState) -> None:
    """Find the quotes of the body paragraphs, their kinds, cues and speakers.

    Quotes go to ``state.quotes``; blocks keep their labels (quotes lie inside paragraphs).

    >>> import copydesk
    >>> article = copydesk.parse(
    ...     "Storm hits\\n\\nMayor Ann Lee spoke on Monday. \\u201cWe are ready,\\u201d she said."
    ...     ' The so-called "perfect storm" passed.'
    ... )
    >>> [(q.text, q.kind, q.speaker and q.speaker.name) for q in article.quotes]
    [('We are ready', 'direct', 'Ann Lee'), ('perfect storm', 'scare', None)]
    """
    compiled = state.lexicon.cached("quotes.patterns", patterns)
    text = state.text
    # The blocks themselves, not (start, end) pairs: a text of many short paragraphs would
    # hold a tuple and two numbers for each (about 1.4 bytes per character more at the peak).
    paragraphs = [block for _, block in state.body_blocks()]
    body_start, body_end = (paragraphs[0].start, paragraphs[-1].end) if paragraphs else (0, 0)
    reading = state.lexicon.cached("quotes.marks", single_marks)
    style = house_style(text, body_start, body_end, reading)
    resolver = Resolver(state, compiled, FullNames(state, compiled, blocks=paragraphs))
    context = Context(state, compiled, resolver, style=style)
    holds_mark = style.holds_mark
    previous_start = -1
    for index, block in enumerate(paragraphs):
        start, end = block.start, block.end
        if not holds_mark(text, start, end):
            context.carried, context.running, previous_start = None, None, start
            continue
        # "Cruz continued:" closing the paragraph before introduces its first quote.
        lead_in = previous_start if last_visible(text, start) == ":" else start
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        sign_off = None if following is None else (following.start, following.end)
        before = paragraphs[index - 1] if index else None
        paragraph = Paragraph(
            start, end, lead_in, sign_off, None if before is None else (before.start, before.end)
        )
        found: Iterator[Found] = iter(())
        for _, run in PASSES:
            found = run(found, paragraph, context)
        spoken: Quote | None = None
        for each in found:
            if each.quote is not None:
                state.quotes.append(each.quote)
                if each.quote.speaker is not None:
                    spoken = each.quote
        previous_start = start
        context.carried = spoken
