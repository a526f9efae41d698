"""What kind of page a text is: an article's page, or a page that holds its content otherwise.

The page reader was made for an article's page: one contiguous article among menus,
teasers and comments. A forum thread, a product page, a listing, a service page or a piece
of documentation keeps its content in many posts, short spec lines or a grid of items, and
the article reading cuts it to one block. So the reader first tells the page's kind from
features of the whole page (:data:`PAGE_KIND_FEATURES`): how much of it is prose, how many
short lines and questions, how many blocks open alike (a list's items, a thread's posts),
and how many blocks hold a price, a forum's or a shop's wording, code, or an article's
byline wording (the lexicon's ``page_kind_cues``). A linear model whose weights live in the
lexicon (``page_kind_weights``, fitted by ``benchmarks/fit_page_kinds.py``) turns them into
the log-odds that the page is no article; above ``page_kind_threshold`` it is read as such.
The threshold is set high (see the fit script): a misread article costs more than a
misread listing gains.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

import regex

from copydesk._state import BODY, ParseState
from copydesk.lexicon import Lexicon
from copydesk.reading.page import MEMO_CHARS, MEMO_TEXTS
from copydesk.steps.boilerplate.cues import CUE_GROUPS, PageCues, cue_groups
from copydesk.steps.boilerplate.features import PageFacts

__all__ = [
    "ARTICLE",
    "CUE_GROUPS",
    "OTHER",
    "PAGE_KIND_FEATURES",
    "page_kind",
    "page_kind_features",
    "page_kind_score",
]

#: The page kinds the reader tells apart.
ARTICLE = "article"
OTHER = "other"

# Blocks of at least this many words that end a sentence are prose.
_PROSE_WORDS = 20
# Blocks of at most this many words are short lines (menu entries, items, spec lines).
_SHORT_WORDS = 4
# A ``Label: value`` line has at most this many words.
_LABEL_LINE_WORDS = 12
# Counts of cue blocks go in as log(1 + count) / this (a page of 50 cue lines gives about 1).
_COUNT_SCALE = 4.0
_OPENING = regex.compile(r"\w+(?:\W+\w+)?")

_SHAPE_FEATURES: tuple[str, ...] = (
    "bias",
    "log_blocks",
    "prose_share",
    "short_share",
    "longest",
    "mean_words",
    "questions",
    "dates",
    "digits",
    "same_opening",
    "label_lines",
)

#: The names of the page features, in the order :func:`page_kind_features` returns them.
PAGE_KIND_FEATURES: tuple[str, ...] = _SHAPE_FEATURES + tuple(f"cue_{g}" for g in CUE_GROUPS)

# A decision is taken on bounds of the score only when they clear the threshold by this much
# (far more than the rounding of a sum in another order).
_MARGIN = 1e-9


def page_kind_features(state: ParseState, page: PageFacts | None = None) -> list[float]:
    """The features of the whole page, in the order of :data:`PAGE_KIND_FEATURES` (*page*:
    the page's :class:`~copydesk.steps.boilerplate.features.PageFacts` when the caller has
    them: the block features read the same words).

    >>> from copydesk import Lexicon, ParseState
    >>> from copydesk.steps import normalize, segment
    >>> text = "\\n\\n".join(["Blue kettle", "$24.99", "Add to cart", "In stock"] * 3)
    >>> state = ParseState(text, Lexicon.default())
    >>> normalize(state); segment(state)
    >>> features = dict(zip(PAGE_KIND_FEATURES, page_kind_features(state)))
    >>> features["short_share"], features["prose_share"], features["cue_price"] > 0
    (1.0, 0.0, True)
    """
    body = _BodyBlocks(state, page)
    cues = body.cues(state.lexicon)
    counts = [cues.count(group) for group in range(len(cues.groups))]
    return body.shape_features() + [_scaled(count) for count in counts]


class _BodyBlocks:
    """The page's body blocks as the page features read them: their texts (the first
    ``MAX_SCAN_CHARS`` characters, cut when read: a list of them was the memory peak of a
    page of many short lines) and what :class:`PageFacts` counted of them."""

    def __init__(self, state: ParseState, page: PageFacts | None) -> None:
        self.page = page if page is not None else PageFacts(state)
        self.indices = array(
            "q", (index for index, block in enumerate(state.blocks) if block.label == BODY)
        )
        self.texts = _Texts(self.page, self.indices)

    def cues(self, lexicon: Lexicon) -> PageCues:
        return PageCues(self.texts, lexicon.cached("boilerplate.page_kind_cues", cue_groups))

    def shape_features(self) -> list[float]:
        """The page features but for the cue counts."""
        page, indices = self.page, self.indices
        count = len(indices) or 1
        words = array("q", (page.word_counts[index] for index in indices))
        total_words = sum(words) or 1
        ends, dates, digits = page.ends_sentence, page.dates, page.digits
        questions, labels, openings = _text_shapes(self.texts, words)
        opening_counts = Counter(openings)
        return [
            1.0,
            math.log1p(len(indices)) / 8,
            sum(
                number
                for number, index in zip(words, indices, strict=True)
                if number >= _PROSE_WORDS and ends[index]
            )
            / total_words,
            sum(1 for number in words if number <= _SHORT_WORDS) / count,
            math.log1p(max(words, default=0)) / 7,
            sum(map(math.log1p, words)) / count / 5,
            questions / count,
            sum(dates[index] for index in indices) / count,
            sum(1 for index in indices if digits[index] > 0) / count,
            sum(opening_counts[opening] > 1 for opening in openings) / count,
            labels / count,
        ]


class _Texts(Sequence[str]):
    """The texts of the blocks at *indices* of the page, read when asked for."""

    def __init__(self, page: PageFacts, indices: Sequence[int]) -> None:
        self._texts = page.texts
        self._indices = indices

    def __len__(self) -> int:
        return len(self._indices)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...

    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            return list(self._texts.pick(self._indices[index]))
        return self._texts[self._indices[index]]

    def __iter__(self) -> Iterator[str]:
        return self._texts.pick(self._indices)


def _scaled(count: int) -> float:
    """A count of cue blocks as a feature (see ``_COUNT_SCALE``)."""
    return math.log1p(count) / _COUNT_SCALE


def _text_shapes(texts: Iterable[str], words: Sequence[int]) -> tuple[int, int, list[str]]:
    """How many texts end in a question mark, how many are ``Label: value`` lines, and
    the first two words of each, case folded (the items of a list open alike)."""
    questions = labels = 0
    openings: list[str] = []
    # Menus and share rows repeat: each short text's opening is read once.
    read: dict[str, str] = {}
    for text, number in zip(texts, words, strict=True):
        if text.rstrip().endswith("?"):
            questions += 1
        if number <= _LABEL_LINE_WORDS and ": " in text:
            labels += 1
        found = read.get(text)
        if found is None:
            match = _OPENING.match(text.lstrip())
            found = match.group().casefold() if match else ""
            if len(text) <= MEMO_CHARS and len(read) < MEMO_TEXTS:
                read[text] = found
        openings.append(found)
    return questions, labels, openings


def _kind_weights(lexicon: Lexicon) -> list[float]:
    weights = dict(lexicon.page_kind_weights)
    return [weights.get(name, 0.0) for name in PAGE_KIND_FEATURES]


def page_kind_score(state: ParseState) -> float:
    """The log-odds that the page is no article (0 with a lexicon that has no weights)."""
    weights = state.lexicon.cached("boilerplate.page_kind_weights", _kind_weights)
    if not any(weights):
        return 0.0
    return _score(weights, page_kind_features(state))


def _score(weights: Sequence[float], features: Sequence[float]) -> float:
    return sum(w * x for w, x in zip(weights, features, strict=True))


def page_kind(state: ParseState, page: PageFacts | None = None) -> str:
    """``"other"`` when the page reads as no article (its log-odds exceed the lexicon's
    ``page_kind_threshold``), else ``"article"`` (*page*: as for :func:`page_kind_features`).

    The same decision as :func:`page_kind_score` against the threshold, mostly taken before
    every cue is counted: a cue group's feature lies between its value for no cue block and
    for every candidate block (:class:`~copydesk.steps.boilerplate.cues.PageCues`), and once
    the score's bounds lie on one side of the threshold no count can change the kind.
    """
    weights = state.lexicon.cached("boilerplate.page_kind_weights", _kind_weights)
    threshold = state.lexicon.page_kind_threshold
    if not any(weights):
        return OTHER if threshold < 0.0 else ARTICLE  # (no weights: the score is 0)
    body = _BodyBlocks(state, page)
    shape = body.shape_features()
    counts = _bounded_counts(shape, body.cues(state.lexicon), weights, threshold)
    if isinstance(counts, str):
        return counts  # decided on bounds
    score = _score(weights, shape + [_scaled(count) for count in counts])
    return OTHER if score > threshold else ARTICLE


def _bounded_counts(
    shape: Sequence[float], cues: PageCues, weights: Sequence[float], threshold: float
) -> str | list[int]:
    """The page's kind if bounds on its cue counts decide it, else every count that weighs
    (a group that weighs nothing is not counted: 0 stands for it).

    Each count lies between ``low`` and ``high``: first between none and every block, then
    up to its candidate blocks, then the count itself. The side of the threshold that is
    nearer to being proved is worked on: the candidates of the groups that raise the score
    bound it from above (an article is proved so), of those that lower it from below; then
    the counts, widest term first.
    """
    shape_weights, cue_weights = weights[: len(shape)], weights[len(shape) :]
    known = _score(shape_weights, shape)
    low = [0] * len(cue_weights)
    high = [0 if weight == 0.0 else len(cues.texts) for weight in cue_weights]
    unbounded = {group for group, weight in enumerate(cue_weights) if weight != 0.0}
    while True:
        terms = [
            (weight * _scaled(least), weight * _scaled(most))
            for weight, least, most in zip(cue_weights, low, high, strict=True)
        ]
        most = known + sum(max(term) for term in terms)
        least = known + sum(min(term) for term in terms)
        if most < threshold - _MARGIN:
            return ARTICLE
        if least > threshold + _MARGIN:
            return OTHER
        raising = most - threshold <= threshold - least
        side = [group for group in unbounded if (cue_weights[group] > 0) == raising]
        if side:
            cues.read_candidates(side)
            for group in side:
                high[group] = len(cues.candidates(group))
            unbounded.difference_update(side)
            continue
        unread = [group for group in range(len(terms)) if low[group] != high[group]]
        if not unread:
            return low
        widest = max(unread, key=lambda group: abs(terms[group][1] - terms[group][0]))
        low[widest] = high[widest] = cues.count(widest)
        unbounded.discard(widest)
