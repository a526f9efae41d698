"""Passes that let blocks join the article: text the region left just outside it.

The region the classifier chooses stops at anything that weighs against it: a box between
the lede and the rest, a teaser list before the last paragraphs, a short closing sentence, an
embedded post that scores like a widget. These passes take such blocks in; they run first,
while the draft keeps at least one block.
"""

from __future__ import annotations

import regex

from copydesk._state import BODY, CHROME, ParseState
from copydesk.reading.page import DATELINE_OPENING, MAX_SCAN_CHARS, SHORT_WORDS, word_count
from copydesk.steps.boilerplate.draft import Draft, last_kept
from copydesk.steps.boilerplate.lines import (
    DATE,
    DATELINE_END,
    LIST_LINE_END,
    MIN_TEASER_RUN,
    any_of,
    has_kind_cue,
    is_body_teaser,
    is_stamp,
    is_widget_line,
)

__all__ = [
    "join_closing_sentences",
    "join_end_past_teasers",
    "join_nearby_prose",
    "keep_embedded_posts",
]

_not_closing_pattern = any_of("not_closing_lines")
_post_signature_pattern = any_of("embedded_post_signatures")

# Blocks this close to the article (in blocks) may still join it: a lede above a sidebar.
_MAX_GAP = 3
# ... when they are this long and score well.
_MIN_EXTEND_WORDS = 10
# A dateline on its own line has at most this many words.
_MAX_DATELINE_WORDS = 8
_AGENCY_AT_END = regex.compile(r"\((?P<agency>[^()]{1,40})\)\s*$")


def join_nearby_prose(draft: Draft) -> None:
    """Let good prose a few blocks off the article's edges join it, and a dateline line too.

    Sites put a "This story" box or a photo between the lede and the rest; the region
    stops at the box, but the lede scores well on its own. Above the article a run of short
    lines (a list, a box of links) counts as one block of the gap: the lede of a how-to
    stands above its list of things to take. (Below the article it does not: what follows a
    list there is more often a teaser's summary or a comment.) Below the article, a widget
    line (``Share this:``) or a date stamp ends the search: under them come comments
    (``jdoe says:`` over ``March 3, 2024 at 6:34 am``) and other stories.
    """
    state, scores, keep = draft.state, draft.scores, draft.keep
    bias = state.lexicon.boilerplate_region_bias
    kept = [index for index, flag in enumerate(keep) if flag]
    for step_by, start in ((-1, kept[0] - 1), (1, kept[-1] + 1)):
        gap, index, in_list = 0, start, False
        while 0 <= index < len(keep) and gap <= _MAX_GAP:
            block = state.blocks[index]
            text = state.block_text(block)[:MAX_SCAN_CHARS]
            if block.label != BODY:
                index += step_by
                continue
            if step_by > 0 and (is_widget_line(state, index) or is_stamp(state, block)):
                break  # under a share row or a date stamp come comments and other stories
            words = word_count(text)
            if (
                (scores[index] + bias > 0 and words >= _MIN_EXTEND_WORDS)
                or (step_by < 0 and keep[index + 1] and _is_dateline_line(state, text))
                or (step_by < 0 and _is_lede(state, text, scores[index]))
            ):
                keep[index], gap, in_list = True, 0, False
            elif words <= SHORT_WORDS and in_list and step_by < 0:
                pass  # a run of short lines (a list, a box of links) counts as one block
            else:
                gap += 1
                in_list = words <= SHORT_WORDS
            index += step_by


# At most this many paragraphs of the article may follow a teaser list under the region.
_MAX_PARTS_AFTER_LIST = 3


def join_end_past_teasers(draft: Draft) -> None:
    """Let the article's last paragraphs join it past a teaser list printed before them.

    A "Most read" list of other stories' headlines between the article's paragraphs ends
    the region when the part after it is short: the list weighs more than that part. Right
    under the region, a run of teaser lines (see :func:`is_teaser_line`, at least
    ``MIN_TEASER_RUN``) followed by up to ``_MAX_PARTS_AFTER_LIST`` blocks of prose that
    could close the article (see :func:`_could_close`) and score at least the inside
    threshold (a paragraph under a list has weak neighbours), and then by no more body text
    (chrome, a widget line or the page's end), is taken in: the prose is the article's end,
    and the list inside the region goes as a teaser run. A list of teasers with summaries
    goes on after the summary (another headline), and comments come under a header line:
    neither is taken in.
    """
    state, scores, keep = draft.state, draft.scores, draft.keep
    inside = state.lexicon.boilerplate_inside_threshold
    index = last_kept(keep) + 1
    run = 0
    while index < len(keep) and is_body_teaser(state, index):
        run, index = run + 1, index + 1
    if run < MIN_TEASER_RUN or index >= len(keep):
        return
    after = index
    while (
        after < len(keep)
        and after - index < _MAX_PARTS_AFTER_LIST
        and state.blocks[after].label == BODY
        and scores[after] >= inside
        and _could_close(state, state.block_text(state.blocks[after])[:MAX_SCAN_CHARS].strip())
    ):
        after += 1
    if after == index:
        return
    if after < len(keep) and state.blocks[after].label == BODY and not is_widget_line(state, after):
        return  # more text goes on: a teaser's summary, a comment, a sidebar
    for joined in range(index - run, after):
        keep[joined] = True


def _could_close(state: ParseState, text: str) -> bool:
    """Prose that may be the article's last paragraph: enough words, a sentence end, no
    date, no widget wording, and not in the site's voice (``lexicon.not_closing_lines``)."""
    not_closing = state.lexicon.cached("boilerplate.not_closing_lines", _not_closing_pattern)
    return (
        word_count(text) >= _MIN_EXTEND_WORDS
        and LIST_LINE_END.search(text) is not None
        and DATE.search(text) is None
        and (not not_closing.search(text) or _OPENS_QUOTE.match(text) is not None)
        and not has_kind_cue(state, text)
    )


# The article's closing sentences right under the region: at most this many, of at least
# this many words each.
_MAX_CLOSING_SENTENCES = 2
_MIN_CLOSING_WORDS = 5


_OPENS_QUOTE = regex.compile(r"[\"“„«‘']")


def join_closing_sentences(draft: Draft) -> None:
    """Let the article's short last paragraphs, right under the region, join it.

    A short closing paragraph (``Nobody was hurt.``) has too few words to weigh in the
    region and scores low beside the chrome under it. A block right under the region (photo
    captions may stand between) that ends in a sentence mark, scores at least the bar for
    blocks inside the region (``lexicon.boilerplate_inside_threshold``) and has no date and
    no widget wording is the article's end. Site lines that end the same way are told apart
    by their wording: they speak to the reader (``you``, outside a quote), trail off
    (``...``: a teaser) or shout (``!!``).
    """
    state, scores, keep = draft.state, draft.scores, draft.keep
    threshold = state.lexicon.boilerplate_inside_threshold
    not_closing = state.lexicon.cached("boilerplate.not_closing_lines", _not_closing_pattern)
    joined = 0
    for index in range(last_kept(keep) + 1, len(keep)):
        block = state.blocks[index]
        if block.label not in (BODY, CHROME):
            continue  # a caption under the last paragraph
        text = state.block_text(block)[:MAX_SCAN_CHARS].strip()
        if (
            joined == _MAX_CLOSING_SENTENCES
            or block.label != BODY
            or scores[index] < threshold
            or word_count(text) < _MIN_CLOSING_WORDS
            or not LIST_LINE_END.search(text)
            or DATE.search(text)
            or (not_closing.search(text) and not _OPENS_QUOTE.match(text))
            or has_kind_cue(state, text)
        ):
            return
        keep[index] = True
        joined += 1


# An embedded post's text takes at most this many blocks above its signature line.
_MAX_POST_BLOCKS = 3


def keep_embedded_posts(draft: Draft) -> None:
    """Keep social-media posts embedded in the article (``lexicon.embedded_post_signatures``).

    An embedded tweet reaches the text as its words, a link, and a signature line
    (``— Jane Doe (@janedoe) November 18, 2019``): short, dated, full of handles, it scores
    like a widget, but it is quoted material of the article. A signature line inside the
    region, or within a few blocks under it, is kept with the post's text above it (up to
    the article's previous kept block). The signature lines go to ``draft.posts`` (they are
    no date stamps to drop).
    """
    state, keep = draft.state, draft.keep
    pattern = state.lexicon.cached("boilerplate.post_signatures", _post_signature_pattern)
    kept = [index for index, flag in enumerate(keep) if flag]
    first, last = kept[0], kept[-1]
    for index in range(first + 1, min(len(keep), last + 1 + _MAX_POST_BLOCKS)):
        block = state.blocks[index]
        if keep[index] or block.label != BODY:
            continue
        if not pattern.search(state.block_text(block)[:MAX_SCAN_CHARS].strip()):
            continue
        draft.posts.add(index)
        above = index
        while (
            above - 1 > first
            and not keep[above - 1]
            and index - (above - 1) <= _MAX_POST_BLOCKS
            and state.blocks[above - 1].label == BODY
        ):
            above -= 1
        for post in range(above, index + 1):
            keep[post] = True


def _is_lede(state: ParseState, text: str, score: float) -> bool:
    """A paragraph above the article that opens with a dateline (``CHICAGO -- ...``) and
    scores at least the inside threshold: the article's first paragraph, printed above a
    box, whose neighbours (the box, the byline) pull its score down."""
    return (
        score >= state.lexicon.boilerplate_inside_threshold
        and word_count(text) >= _MIN_EXTEND_WORDS
        and DATELINE_OPENING.match(text) is not None
    )


def _is_dateline_line(state: ParseState, text: str) -> bool:
    """A short line that opens a story: ``LONDON --``, ``BUFFALO, New York (AFP)``."""
    if not text[:1].isupper() or word_count(text) > _MAX_DATELINE_WORDS:
        return False
    if DATELINE_END.search(text):
        return True
    agency = _AGENCY_AT_END.search(text)
    return agency is not None and state.lexicon.agency(agency.group("agency")) is not None
