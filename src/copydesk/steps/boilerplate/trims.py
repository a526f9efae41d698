"""Passes that cut the article short or trim lines off it.

The region runs on through reader comments, an "About the author" box or the writer's
contact line, and takes in a deck above the byline, leaked markup lines and date stamps at
its edges. These passes end the article at such cues and drop such lines.
"""

from __future__ import annotations

import regex

from copydesk._state import BODY
from copydesk.lexicon import Lexicon
from copydesk.reading.page import ENDS_SENTENCE, MAX_SCAN_CHARS, word_count
from copydesk.reading.patterns import AnyPattern
from copydesk.steps.boilerplate.draft import Draft, first_kept, last_kept
from copydesk.steps.boilerplate.lines import (
    DATE,
    DATELINE_END,
    MAX_END_HEADING_WORDS,
    MAX_STAMP_WORDS,
    any_of,
    has_kind_cue,
    is_stamp,
)

__all__ = [
    "cut_at_end_heading",
    "cut_at_end_line",
    "cut_comment_thread",
    "drop_deck",
    "drop_edge_stamps",
    "drop_markup_lines",
]

_comment_header_pattern = any_of("comment_headers")
_article_end_pattern = any_of("article_end_cues")
_end_line_pattern = any_of("article_end_lines")
_markup_line_pattern = any_of("markup_lines")


def _edge_chrome_pattern(lexicon: Lexicon) -> regex.Pattern[str]:
    """The chrome rules that hold only at the page's edges (``About us``, ``Contact``), as one
    pattern a whole line must match."""
    edge = [rule.pattern for rule in lexicon.chrome_rules if rule.position == "edge"]
    return regex.compile("(?i)(?:" + "|".join(f"(?:{pattern})" for pattern in edge) + r")\s*")


# A comment header ("jdoe on May 2, 2019 at 4:47 pm said:") has at most this many words ...
_MAX_COMMENT_HEADER_WORDS = 20
# ... and a thread has at least this many headers, after this much article text.
_MIN_THREAD_HEADERS = 2
_MIN_WORDS_BEFORE_THREAD = 20


def cut_comment_thread(draft: Draft) -> None:
    """End the article where its reader comments begin.

    Comments are prose too, and when no "Comments" line stands between them and the article
    the region runs on through the thread. Their headers give them away: short dated lines
    such as ``Alex on September 17, 2018 at 6:34 am said:`` (``lexicon.comment_headers``).
    A header may be printed on two lines, the name over its date stamp (``jdoe says:`` /
    ``November 19, 2019 at 6:34 am``). The article ends before the first of several such
    headers, if article text comes first; the first and last index of the thread go to
    ``draft.thread`` (its blocks become chrome of kind ``comments``).
    """
    state, keep = draft.state, draft.keep
    pattern = state.lexicon.cached("boilerplate.comment_headers", _comment_header_pattern)
    headers = []
    words_before = 0
    for index, flag in enumerate(keep):
        if not flag:
            continue
        text = state.block_text(state.blocks[index])[:MAX_SCAN_CHARS]
        words = draft.words(index)
        if (
            words <= _MAX_COMMENT_HEADER_WORDS
            and pattern.search(text) is not None
            and (DATE.search(text) is not None or _stamp_follows(draft, index))
        ):
            if words_before >= _MIN_WORDS_BEFORE_THREAD:
                headers.append(index)
        else:
            words_before += words
    if len(headers) < _MIN_THREAD_HEADERS:
        return
    end = last_kept(keep)
    for index in range(headers[0], len(keep)):
        keep[index] = False
    draft.thread = headers[0], end


def _stamp_follows(draft: Draft, index: int) -> bool:
    """Whether the block after ``blocks[index]`` is a date stamp (a comment's date printed
    under its poster's name)."""
    blocks = draft.state.blocks
    return index + 1 < len(blocks) and is_stamp(draft.state, blocks[index + 1])


# A heading or line that closes the article does so after this much article.
_MIN_WORDS_BEFORE_END = 50
# An end heading the region kept ends nothing when this many times more of the article
# follows it than stands before it: a "Read Next" box under the lede, the article below.
_KEPT_HEADING_FOLLOW = 3


def cut_at_end_heading(draft: Draft) -> None:
    """End the article at a heading that opens a box under it ("About the author",
    "More Great WIRED Stories": ``lexicon.article_end_cues``), if article text comes first."""
    pattern = draft.state.lexicon.cached("boilerplate.article_end_cues", _article_end_pattern)
    _cut_at_first(draft, pattern, MAX_END_HEADING_WORDS)


def _cut_at_first(
    draft: Draft, pattern: AnyPattern, max_words: int, *, near_end: bool = False
) -> None:
    """Drop the first block of at most *max_words* that *pattern* finds, and every block
    after it, once the article has had ``_MIN_WORDS_BEFORE_END`` words. With *near_end*, a
    line is passed over when more of the article follows it than stands before it: a line
    that closes the article stands near its end.

    The block may also be one the draft dropped between two kept ones, when less of the
    article follows it than stands before it: a box's heading under the article (``More
    articles from Jane Doe``) often scores too low to stay inside the region and still ends
    it, while a ``Related stories`` box between the lede and the rest of the article, dropped
    in the same way, ends nothing."""
    state, keep = draft.state, draft.keep
    if not any(keep):
        return
    words_before = 0
    words_left = sum(draft.words(index) for index, flag in enumerate(keep) if flag)
    for index in range(first_kept(keep), last_kept(keep) + 1):
        words = draft.words(index) if keep[index] else 0
        if not keep[index] and draft.words(index) > max_words:
            continue
        words_left -= words
        if (
            draft.words(index) <= max_words
            and words_before >= _MIN_WORDS_BEFORE_END
            and not ((near_end or not keep[index]) and words_left > words_before)
            and not words_left > _KEPT_HEADING_FOLLOW * words_before
            and pattern.search(state.block_text(state.blocks[index])[:MAX_SCAN_CHARS].strip())
            is not None
        ):
            for later in range(index, len(keep)):
                keep[later] = False
            return
        words_before += words


# A deck (standfirst) is short text at the top of the article (with the headline line) ...
_MAX_DECK_WORDS = 45
# ... followed within this many blocks by a byline or a date stamp.
_DECK_MARKER_REACH = 3


def _byline_lead_pattern(lexicon: Lexicon) -> regex.Pattern[str]:
    leads = "|".join(regex.escape(lead) for lead in sorted(lexicon.byline_leads, key=len)[::-1])
    return regex.compile(rf"(?i)^(?:{leads})\b\s*:?\s*(?:\p{{Lu}}|$)")


def drop_deck(draft: Draft) -> None:
    """Drop the deck: short sentences that open the article above its byline or date stamp.

    Pages print the headline, a one- or two-sentence summary, then ``By Jane Doe`` and the
    time, then the story. The summary reads like the lede and the region takes it in, but
    it is not the article's text (nor is a photo caption printed in the same place). It is
    dropped only when article text follows the byline or stamp; a headline line (no
    sentence end) above it is left for the headline step.
    """
    state, keep = draft.state, draft.keep
    kept = [index for index, flag in enumerate(keep) if flag]
    if len(kept) < 3:
        return
    byline = state.lexicon.cached("boilerplate.byline_leads", _byline_lead_pattern)
    above: list[int] = []
    words = 0
    for index in range(kept[0], min(len(keep), kept[0] + 1 + _DECK_MARKER_REACH)):
        block = state.blocks[index]
        if block.label != BODY:
            continue
        text = state.block_text(block)[:MAX_SCAN_CHARS].strip()
        if above and (
            byline.search(text) is not None or is_stamp(state, block) or _ends_in_stamp(text)
        ):
            if any(keep[index + 1 :]):
                for deck in above:
                    if ENDS_SENTENCE.search(state.block_text(state.blocks[deck]).strip()):
                        keep[deck] = False
            return
        words += word_count(text)
        if not keep[index] or words > _MAX_DECK_WORDS:
            return
        above.append(index)


def drop_markup_lines(draft: Draft) -> None:
    """Drop lines of leaked HTML or script inside the article (``lexicon.markup_lines``).

    An ad's ``<a href=...><img ...>`` or a ``document.write(...)`` script reaches the text
    as a line of its own with too few tags to be cut up; between the article's paragraphs
    the region takes it in. The lines dropped go to ``draft.markup`` (chrome of kind
    ``markup``).
    """
    state, keep = draft.state, draft.keep
    pattern = state.lexicon.cached("boilerplate.markup_lines", _markup_line_pattern)
    for index, flag in enumerate(keep):
        if flag and pattern.search(state.block_text(state.blocks[index])[:MAX_SCAN_CHARS]):
            keep[index] = False
            draft.markup.add(index)


# A line that closes the article has at most this many words.
_MAX_END_LINE_WORDS = 60


def cut_at_end_line(draft: Draft) -> None:
    """End the article at a line that closes it: the writer's contact line, a disclaimer
    (``lexicon.article_end_lines``), if article text comes first and less of it follows
    (a disclaimer over the article, ``Disclaimer: this post holds affiliate links``, ends
    nothing). That line goes too."""
    pattern = draft.state.lexicon.cached("boilerplate.article_end_lines", _end_line_pattern)
    _cut_at_first(draft, pattern, _MAX_END_LINE_WORDS, near_end=True)


def _ends_in_stamp(text: str) -> bool:
    """A block of several lines whose last line is a date stamp: a byline run into the
    outlet's name, then ``Published 10:02 AM EST Nov 19, 2019``."""
    head, newline, last = text.rpartition("\n")
    return (
        bool(newline and head.strip())
        and word_count(last) <= MAX_STAMP_WORDS
        and DATE.search(last) is not None
    )


def drop_edge_stamps(draft: Draft) -> None:
    """Take date and time stamps (``March 3, 2024 10:15 am``) off the article's edges.

    The region is chosen generously, so a stamp line next to the article can join it. A
    dateline (``LONDON, March 3 --``) ends in a separator and stays. At the article's end,
    short lines whose wording names a widget (``Terms of Service Privacy Notice``, ``Share
    this``: ``lexicon.kind_cues``) go too, with the stamps among them, and so do the page's
    edge links (``About us``, ``Contact``: the ``edge`` rules of ``lexicon.chrome_rules``),
    which the chrome step leaves alone when more prose follows them (a teaser box under the
    footer). The signature lines of embedded posts (``draft.posts``) are no stamps.
    """
    state, keep, posts = draft.state, draft.keep, draft.posts
    edge_links = state.lexicon.cached("boilerplate.edge_chrome", _edge_chrome_pattern)
    kept = [index for index, flag in enumerate(keep) if flag]
    for order in (kept, kept[::-1]):
        for index in order[:-1]:
            block = state.blocks[index]
            text = state.block_text(block)[:MAX_SCAN_CHARS]
            widget = (
                order is not kept
                and word_count(text) <= MAX_STAMP_WORDS
                and (has_kind_cue(state, text) or edge_links.fullmatch(text) is not None)
            )
            stamp = is_stamp(state, block) and index not in posts
            if not widget and (not stamp or DATELINE_END.search(text)):
                break
            keep[index] = False
