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
from collections import Counter
from collections.abc import Sequence

import regex

from copydesk._state import BODY, ParseState
from copydesk.lexicon import Lexicon
from copydesk.reading.page import ENDS_SENTENCE, MAX_SCAN_CHARS, MEMO_CHARS, MEMO_TEXTS, WORD
from copydesk.steps.boilerplate.lines import DATE, DIGIT

__all__ = [
    "ARTICLE",
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

#: The cue groups of the lexicon's ``page_kind_cues`` that the classifier counts.
CUE_GROUPS: tuple[str, ...] = (
    "price",
    "product",
    "post",
    "docs",
    "code",
    "listing",
    "service",
    "article",
)

#: The names of the page features, in the order :func:`page_kind_features` returns them.
PAGE_KIND_FEATURES: tuple[str, ...] = _SHAPE_FEATURES + tuple(f"cue_{g}" for g in CUE_GROUPS)


def _cue_patterns(lexicon: Lexicon) -> list[regex.Pattern[str]]:
    """The lexicon's ``page_kind_cues`` compiled, one pattern per group of :data:`CUE_GROUPS`
    (a group the lexicon has no pattern for never matches)."""
    grouped: dict[str, list[str]] = {group: [] for group in CUE_GROUPS}
    for group, pattern in lexicon.page_kind_cues:
        grouped.setdefault(group, []).append(pattern)
    return [
        regex.compile("(?im)" + "|".join(f"(?:{p})" for p in grouped[group]) or r"(?!)")
        if grouped[group]
        else regex.compile(r"(?!)")
        for group in CUE_GROUPS
    ]


def page_kind_features(state: ParseState) -> list[float]:
    """The features of the whole page, in the order of :data:`PAGE_KIND_FEATURES`.

    >>> from copydesk import Lexicon, ParseState
    >>> from copydesk.steps import normalize, segment
    >>> text = "\\n\\n".join(["Blue kettle", "$24.99", "Add to cart", "In stock"] * 3)
    >>> state = ParseState(text, Lexicon.default())
    >>> normalize(state); segment(state)
    >>> features = dict(zip(PAGE_KIND_FEATURES, page_kind_features(state)))
    >>> features["short_share"], features["prose_share"], features["cue_price"] > 0
    (1.0, 0.0, True)
    """
    texts = [
        state.block_text(block)[:MAX_SCAN_CHARS] for block in state.blocks if block.label == BODY
    ]
    patterns = state.lexicon.cached("boilerplate.page_kind_cues", _cue_patterns)
    counts = [0] * len(patterns)
    # Menus and share rows repeat: each short text is read once.
    read: dict[str, list[bool]] = {}
    for text in texts:
        found = read.get(text)
        if found is None:
            found = [pattern.search(text) is not None for pattern in patterns]
            if len(text) <= MEMO_CHARS and len(read) < MEMO_TEXTS:
                read[text] = found
        for index, hit in enumerate(found):
            counts[index] += hit
    return _shape_features(texts) + [math.log1p(count) / _COUNT_SCALE for count in counts]


def _shape_features(texts: Sequence[str]) -> list[float]:
    count = len(texts) or 1
    words = [len(WORD.findall(text)) for text in texts]
    total_words = sum(words) or 1
    prose = sum(
        n
        for n, text in zip(words, texts, strict=True)
        if n >= _PROSE_WORDS and ENDS_SENTENCE.search(text)
    )
    openings = Counter(_opening(text) for text in texts)
    return [
        1.0,
        math.log1p(len(texts)) / 8,
        prose / total_words,
        sum(1 for n in words if n <= _SHORT_WORDS) / count,
        math.log1p(max(words, default=0)) / 7,
        sum(math.log1p(n) for n in words) / count / 5,
        sum(1 for text in texts if text.rstrip().endswith("?")) / count,
        sum(1 for text in texts if DATE.search(text)) / count,
        sum(1 for text in texts if DIGIT.search(text)) / count,
        sum(openings[_opening(text)] > 1 for text in texts) / count,
        sum(1 for n, text in zip(words, texts, strict=True) if n <= 12 and ": " in text) / count,
    ]


def _opening(text: str) -> str:
    """The first two words of a block, case folded (the items of a list open alike)."""
    match = _OPENING.match(text.lstrip())
    return match.group().casefold() if match else ""


def _kind_weights(lexicon: Lexicon) -> list[float]:
    weights = dict(lexicon.page_kind_weights)
    return [weights.get(name, 0.0) for name in PAGE_KIND_FEATURES]


def page_kind_score(state: ParseState) -> float:
    """The log-odds that the page is no article (0 with a lexicon that has no weights)."""
    weights = state.lexicon.cached("boilerplate.page_kind_weights", _kind_weights)
    if not any(weights):
        return 0.0
    return sum(w * x for w, x in zip(weights, page_kind_features(state), strict=True))


def page_kind(state: ParseState) -> str:
    """``"other"`` when the page reads as no article (its log-odds exceed the lexicon's
    ``page_kind_threshold``), else ``"article"``."""
    if page_kind_score(state) > state.lexicon.page_kind_threshold:
        return OTHER
    return ARTICLE
