"""From features to the article region: the two linear stages and the smoothing.

A linear model whose weights live in the lexicon turns each block's features into a
log-odds that the block belongs to the article (:func:`first_stage_scores`); a second
stage reads each score beside its neighbours' (:func:`context_features`), because an article
is contiguous. The article is then the contiguous region with the largest total of
word-weighted scores (:func:`best_region`); inside it, only blocks that score clearly low
are dropped (:func:`decide`).
"""

from __future__ import annotations

import heapq
import math
import operator
from array import array
from collections import Counter
from collections.abc import Iterator, Sequence

from copydesk._state import BODY, ParseState
from copydesk.lexicon import Lexicon
from copydesk.reading.page import MAX_SCAN_CHARS, word_count
from copydesk.steps.boilerplate.features import FEATURES, PageFacts, feature_rows
from copydesk.steps.boilerplate.lines import MAX_STAMP_WORDS, is_widget_or_stamp_text

__all__ = [
    "CONTEXT_FEATURES",
    "best_region",
    "block_scores",
    "classifier_weights",
    "content_regions",
    "context_features",
    "decide",
    "first_stage",
    "first_stage_scores",
    "other_page_weights",
    "page_scores",
    "region_gains",
    "scores_and_word_counts",
    "scoring_runs",
    "second_stage",
]

#: The names of the second-stage features, computed from the first-stage scores of a block
#: and its neighbours (in the order :func:`context_features` returns them).
CONTEXT_FEATURES: tuple[str, ...] = (
    "bias",
    "score",
    "near_mean",
    "wide_mean",
    "near_max",
    "wide_positive",
    "log_words",
    "ends_sentence",
    "core_distance",
    "below_core",
    "below_top",
)
# Neighbourhoods of the second stage (blocks on each side).
_NEAR = 2
_WIDE = 8
# A line of fewer words (a menu entry: "Home", "Contact us") never joins a run of short
# lines that costs as one block (see region_gains): menus stay as dear as they were.
_MIN_RUN_LINE_WORDS = 2
# The page's best blocks, whose mean score sets the level a block is measured against.
_TOP = 5
# Scores beyond this magnitude carry no more information for the neighbours.
_SCORE_CLIP = 6.0


def classifier_weights(lexicon: Lexicon) -> tuple[list[float], list[float]]:
    """The weights of both stages, in the order of :data:`FEATURES` and
    :data:`CONTEXT_FEATURES` (a feature the lexicon gives no weight weighs nothing)."""
    return _ordered(lexicon.boilerplate_weights, lexicon.boilerplate_context_weights)


def other_page_weights(lexicon: Lexicon) -> tuple[list[float], list[float]]:
    """:func:`classifier_weights` for a page read as no article (the lexicon's
    ``other_page_weights`` and ``other_page_context_weights``; the article weights where
    the lexicon has none)."""
    if not lexicon.other_page_weights or not lexicon.other_page_context_weights:
        return classifier_weights(lexicon)
    return _ordered(lexicon.other_page_weights, lexicon.other_page_context_weights)


def _ordered(
    first: Sequence[tuple[str, float]], second: Sequence[tuple[str, float]]
) -> tuple[list[float], list[float]]:
    """Two ``(feature, weight)`` tables as vectors in the order of :data:`FEATURES` and
    :data:`CONTEXT_FEATURES`."""
    first_weights, second_weights = dict(first), dict(second)
    return (
        [first_weights.get(name, 0.0) for name in FEATURES],
        [second_weights.get(name, 0.0) for name in CONTEXT_FEATURES],
    )


def _dot(weights: Sequence[float], vector: Sequence[float]) -> float:
    if len(weights) != len(vector):
        raise ValueError(f"{len(weights)} weights for {len(vector)} features")
    # map(operator.mul) adds the same products in the same order as a generator, faster.
    total: float = sum(map(operator.mul, weights, vector))
    return total


def context_features(
    vectors: Sequence[Sequence[float]], scores: Sequence[float]
) -> list[list[float]]:
    """Second-stage features: each block's first-stage score beside its neighbours' scores.

    An article is contiguous: a short line amid high-scoring paragraphs is probably part of
    it (a subhead), a good-looking paragraph amid menus probably is not (a teaser).
    """
    log_words = [vector[_LOG_WORDS] for vector in vectors]
    ends = [vector[_ENDS_SENTENCE_FEATURE] for vector in vectors]
    return list(_context_rows(scores, log_words, ends))


_LOG_WORDS = FEATURES.index("log_words")
_ENDS_SENTENCE_FEATURE = FEATURES.index("ends_sentence")


def _context_rows(
    scores: Sequence[float], log_words: Sequence[float], ends: Sequence[float]
) -> Iterator[list[float]]:
    """The rows of :func:`context_features`, one by one, from the features they need."""
    count = len(scores)
    # An array of doubles and a byte per flag, and only the top scores sorted: a list of
    # float objects per block was the classifier's memory peak on a page of short lines.
    clipped = array("d", (max(-_SCORE_CLIP, min(_SCORE_CLIP, score)) for score in scores))
    positive = bytearray(score > 0 for score in clipped)
    core = max(range(count), key=lambda index: clipped[index] + log_words[index]) if count else 0
    best = heapq.nlargest(_TOP, clipped)
    top = sum(best) / len(best) if best else 0.0
    for index in range(count):
        # Slices, in block order, without the block itself.
        near_low, near_high = max(0, index - _NEAR), min(count, index + _NEAR + 1)
        wide_low, wide_high = max(0, index - _WIDE), min(count, index + _WIDE + 1)
        near = clipped[near_low:index] + clipped[index + 1 : near_high]
        wide = clipped[wide_low:index] + clipped[index + 1 : wide_high]
        wide_positive = sum(positive[wide_low:index]) + sum(positive[index + 1 : wide_high])
        yield (
            [
                1.0,
                clipped[index],
                sum(near) / len(near) if near else -_SCORE_CLIP,
                sum(wide) / len(wide) if wide else -_SCORE_CLIP,
                max(near) if near else -_SCORE_CLIP,
                wide_positive / len(wide) if wide else 0.0,
                log_words[index],
                ends[index],
                min(abs(index - core), 40) / 40,
                float(index > core),
                (top - clipped[index]) / (2 * _SCORE_CLIP),
            ]
        )


def first_stage_scores(vectors: Sequence[Sequence[float]], lexicon: Lexicon) -> list[float]:
    """The first-stage log-odds of each block, from its own features."""
    first, _ = lexicon.cached("boilerplate.weights", classifier_weights)
    return [_dot(first, vector) for vector in vectors]


def block_scores(state: ParseState) -> list[float]:
    """The classifier's log-odds that each block belongs to the article."""
    return page_scores(state)[0]


def page_scores(state: ParseState) -> tuple[list[float], float]:
    """:func:`block_scores`, and the best first-stage score of the page.

    The second stage reads each score against the page's best ones, so on a page where no
    block reads like article text on its own (the best first-stage score is not positive:
    a page of one repeated line, a list of stamps) its best blocks would still look good;
    the reader leaves such a page alone.
    """
    scores, best, _ = scores_and_word_counts(state)
    return list(scores), best


def scores_and_word_counts(
    state: ParseState, *, other_page: bool = False, page: PageFacts | None = None
) -> tuple[Sequence[float], float, Sequence[int]]:
    """:func:`page_scores`, and the word count of each block as the features counted it
    (the first :data:`~copydesk.reading.page.MAX_SCAN_CHARS` characters): :func:`decide`
    weighs blocks by them (counting them again was some 6% of the step's time on WCXB
    pages). With *other_page*, the weights for a page that is no article
    (:func:`other_page_weights`). *page*: the page's :class:`PageFacts` when the caller
    has them (:func:`first_stage` and :func:`second_stage` let them go in between)."""
    stage = first_stage(state, page if page is not None else PageFacts(state), other_page)
    return second_stage(state, stage, other_page)


#: What the first stage leaves for the second: each block's score, log word count and
#: sentence end as arrays of doubles, and its word count.
FirstStage = tuple["array[float]", "array[float]", "array[float]", Sequence[int]]


def first_stage(state: ParseState, page: PageFacts, other_page: bool) -> FirstStage:
    """The first stage of :func:`scores_and_word_counts`: what the second needs of it, so
    that the page's other facts can go before it runs."""
    first, _ = _weights(state, other_page)
    # Row by row: a page of many short lines needs no list of every block's features. The
    # three features kept per block go to arrays of doubles: 8 bytes each, not a float
    # object and a pointer (32), which made the classifier the memory peak of such a page.
    scores, log_words, ends = array("d"), array("d"), array("d")
    for vector in feature_rows(state, page):
        scores.append(_dot(first, vector))
        log_words.append(vector[_LOG_WORDS])
        ends.append(vector[_ENDS_SENTENCE_FEATURE])
    return scores, log_words, ends, page.word_counts


def second_stage(
    state: ParseState, stage: FirstStage, other_page: bool
) -> tuple[Sequence[float], float, Sequence[int]]:
    """The second stage of :func:`scores_and_word_counts`, from :func:`first_stage`."""
    _, second = _weights(state, other_page)
    scores, log_words, ends, word_counts = stage
    best = max(scores, default=0.0)
    second_scores = array(
        "d", (_dot(second, row) for row in _context_rows(scores, log_words, ends))
    )
    return second_scores, best, word_counts


def _weights(state: ParseState, other_page: bool) -> tuple[list[float], list[float]]:
    if other_page:
        return state.lexicon.cached("boilerplate.other_weights", other_page_weights)
    return state.lexicon.cached("boilerplate.weights", classifier_weights)


def best_region(gains: Sequence[float]) -> tuple[int, int] | None:
    """``(first, last)`` of the contiguous run with the largest positive sum of *gains*.

    >>> best_region([-1.0, 2.0, -0.5, 3.0, -4.0, 1.0])
    (1, 3)
    >>> best_region([-1.0, -2.0]) is None
    True
    """
    best, best_span = 0.0, None
    running, start = 0.0, 0
    for index, gain in enumerate(gains):
        if running <= 0:
            running, start = 0.0, index
        running += gain
        if running > best:
            best, best_span = running, (start, index)
    return best_span


def content_regions(gains: Sequence[float], extra_share: float) -> list[tuple[int, int]]:
    """The best region of *gains* (:func:`best_region`), then every other region that does
    not overlap it and whose sum is at least *extra_share* of the best's, in page order.

    A page with no single article (a forum thread, a listing, a grid of products) holds its
    content in several stretches of as much weight, parted by furniture (a poster's name
    and date, an item's buttons) that no region would cross; an article's page holds one
    stretch that far outweighs a teaser's or a comment's. The other regions are the
    page's maximal scoring runs (:func:`scoring_runs`). ``extra_share=0`` (or more than 1)
    keeps the best region only.

    >>> content_regions([3.0, -5.0, 2.0, -5.0, 0.5], 0.5)
    [(0, 0), (2, 2)]
    >>> content_regions([3.0, -5.0, 2.0, -5.0, 0.5], 0.0)
    [(0, 0)]
    """
    best = best_region(gains)
    if best is None or not 0 < extra_share <= 1:
        return [best] if best is not None else []
    floor = extra_share * sum(gains[best[0] : best[1] + 1])
    found = [best]
    for first, last, total in scoring_runs(gains):
        if total >= floor and (last < best[0] or first > best[1]):
            found.append((first, last))
    return sorted(found)


def scoring_runs(gains: Sequence[float]) -> list[tuple[int, int, float]]:
    """``(first, last, sum)`` of the maximal scoring runs of *gains*, in order: the best run,
    then the best in what is left on either side, and so on (Ruzzo and Tompa's algorithm,
    one pass: a run of positive gains is merged with the runs before it while that raises
    the running sum past theirs).

    >>> scoring_runs([3.0, -5.0, 2.0, -1.0, 2.0, -5.0])
    [(0, 0, 3.0), (2, 4, 3.0)]
    """
    # Each run: first, last, the running sum before it and at its end, and the index of the
    # nearest earlier run whose running sum before it is lower (the one to try merging with).
    runs: list[tuple[int, int, float, float, int]] = []
    running = 0.0
    for index, gain in enumerate(gains):
        before, running = running, running + gain
        if gain <= 0:
            continue
        first, low, earlier = index, before, len(runs) - 1
        while earlier >= 0 and runs[earlier][2] >= low:
            earlier = runs[earlier][4]
        while earlier >= 0 and runs[earlier][3] < running:
            first, low = runs[earlier][0], runs[earlier][2]
            del runs[earlier:]
            earlier -= 1
            while earlier >= 0 and runs[earlier][2] >= low:
                earlier = runs[earlier][4]
        runs.append((first, index, low, running, earlier))
    return [(first, last, high - low) for first, last, low, high, _ in runs]


def region_gains(
    leanings: Sequence[float],
    words: Sequence[int],
    *,
    length_power: float,
    short_words: int,
    breaks: Sequence[bool] = (),
) -> list[float]:
    """What each block adds to a region that holds it: its leaning (``tanh`` of its score,
    between -1 and 1) times its weight, ``words ** length_power``.

    A run of short blocks that lean against the article (a table of contents, a product's
    spec lines, a round-up's item names, of three to *short_words* words) costs as one
    block of all their words together, spread over the run: twenty three-word lines between
    two parts of a round-up weigh like one paragraph of sixty words, not like twenty blocks.
    A block whose *breaks* flag is set (a chrome line, widget wording such as ``Share`` or
    ``Comments (5)``, a date stamp: the furniture between an article and its comments) ends
    the run and costs on its own. ``short_words=0`` weighs every block alone.

    >>> region_gains([1.0, -1.0, -1.0, -1.0, -1.0, 1.0], [16, 4, 4, 4, 4, 16],
    ...              length_power=0.5, short_words=12)
    [4.0, -1.0, -1.0, -1.0, -1.0, 4.0]
    >>> region_gains([1.0, -1.0, -1.0], [16, 4, 4], length_power=0.5, short_words=0)
    [4.0, -2.0, -2.0]
    """
    gains = [leaning * count**length_power for leaning, count in zip(leanings, words, strict=True)]
    if short_words <= 0:
        return gains
    count = len(gains)
    ends = breaks or [False] * count
    joins = [
        leanings[index] < 0
        and _MIN_RUN_LINE_WORDS <= words[index] <= short_words
        and not ends[index]
        for index in range(count)
    ]
    index = 0
    while index < count:
        if not joins[index]:
            index += 1
            continue
        end = index
        while end < count and joins[end]:
            end += 1
        run = range(index, end)
        if len(run) > 1:
            mean = sum(leanings[member] for member in run) / len(run)
            share = mean * sum(words[member] for member in run) ** length_power / len(run)
            for member in run:
                gains[member] = share
        index = end
    return gains


def decide(
    state: ParseState,
    scores: Sequence[float],
    *,
    length_power: float,
    inside_threshold: float,
    region_bias: float = 0.0,
    short_run_words: int = 0,
    word_counts: Sequence[int] | None = None,
    extra_region_share: float = 0.0,
) -> list[bool]:
    """Which blocks are article text, given their scores (see the module docstring).

    *word_counts* are the blocks' words as ``scores_and_word_counts`` gives them (the
    first ``MAX_SCAN_CHARS`` characters of each block); without them they are counted here.
    With *extra_region_share*, other regions of nearly the best one's weight are kept too
    (:func:`content_regions`), unless the page prints most of their words twice (a ticker
    above and below the article).
    """
    # The leanings as doubles (8 bytes each, not a float object and a pointer): with the
    # gains, a list of them was the step's memory peak on a page of many short lines.
    leanings, words = array("d"), []
    for index, (block, score) in enumerate(zip(state.blocks, scores, strict=True)):
        if block.label != BODY:
            leanings.append(0.0)
            words.append(0)
            continue
        count = (
            word_counts[index]
            if word_counts is not None
            else word_count(state.block_text(block)[:MAX_SCAN_CHARS])
        )
        words.append(max(count, 1))
        leanings.append(math.tanh((score + region_bias) / 2))
    # Only a line that could join a run of short lines is read for widget wording or a date
    # (once per text: menus and share rows repeat).
    seen: dict[str, bool] = {}
    breaks = []
    for block, leaning, count in zip(state.blocks, leanings, words, strict=True):
        if count == 0:
            breaks.append(True)
        elif leaning < 0 and _MIN_RUN_LINE_WORDS <= count <= short_run_words:
            text = state.block_text(block)[:MAX_SCAN_CHARS]
            if text not in seen:
                seen[text] = count <= MAX_STAMP_WORDS and is_widget_or_stamp_text(state, text)
            breaks.append(seen[text])
        else:
            breaks.append(False)
    gains = region_gains(
        leanings, words, length_power=length_power, short_words=short_run_words, breaks=breaks
    )
    regions = content_regions(gains, extra_region_share)
    if len(regions) > 1:
        best = best_region(gains)
        regions = [
            region
            for region in regions
            if region == best or not _printed_twice(state, region, words)
        ]
    keep = [False] * len(state.blocks)
    for first, last in regions:
        for index in range(first, last + 1):
            keep[index] = state.blocks[index].label == BODY and scores[index] >= inside_threshold
    return keep


def _printed_twice(state: ParseState, region: tuple[int, int], words: Sequence[int]) -> bool:
    """Whether most of the words of *region* stand in blocks the page prints more than once
    (a box of the site's printed above and below the article: no content of its own)."""
    texts = Counter(state.block_text(block)[:MAX_SCAN_CHARS] for block in state.blocks)
    first, last = region
    repeated = sum(
        words[index]
        for index in range(first, last + 1)
        if texts[state.block_text(state.blocks[index])[:MAX_SCAN_CHARS]] > 1
    )
    return 2 * repeated > sum(words[first : last + 1])
