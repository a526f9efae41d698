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

import attrs
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


class _CueGroup:
    """One group of :data:`CUE_GROUPS`: its patterns searched as one, and cheap first tests
    that every match passes (from the lexicon's ``page_kind_cue_guards`` and
    ``page_kind_cue_words``; a test is used only when every pattern of the group has one)."""

    __slots__ = ("guard", "pattern", "pieces")

    def __init__(self, patterns: Sequence[str], lexicon: Lexicon) -> None:
        self.pattern = (
            regex.compile("(?im)" + "|".join(f"(?:{p})" for p in patterns)) if patterns else _NEVER
        )
        # A text matches the group's alternation only where it matches one of its patterns:
        # the group's first test is the union of its patterns' tests.
        guards = dict(lexicon.page_kind_cue_guards)
        self.guard = (
            regex.compile("|".join(f"(?:{guards[p]})" for p in patterns))
            if patterns and all(p in guards for p in patterns)
            else None
        )
        pieces: dict[str, list[str]] = {}
        for pattern, piece in lexicon.page_kind_cue_words:
            pieces.setdefault(pattern, []).append(piece)
        self.pieces = (
            tuple(piece for p in patterns for piece in pieces[p])
            if patterns and all(p in pieces for p in patterns)
            else None
        )

    def found_in(self, text: str, lowered: str | None) -> bool:
        """Whether *text* holds a cue of the group (*lowered*: see :func:`_lowered`)."""
        if self.guard is not None and self.guard.search(text) is None:
            return False
        if (
            self.pieces is not None
            and lowered is not None
            and not any(piece in lowered for piece in self.pieces)
        ):
            return False
        return self.pattern.search(text) is not None


_NEVER = regex.compile(r"(?!)")
# The characters outside ASCII that a case-insensitive pattern matches to ASCII ones (the
# regex module's case tables: dotted and dotless i, long s, Kelvin sign; a unit test derives
# them from the engine).
_FOLDS_INTO_ASCII = regex.compile("[\u0130\u0131\u017f\u212a]")


def _lowered(text: str) -> str | None:
    """*text* lower-cased after a line break, where a case-insensitive match of an ASCII
    piece is that piece in it (and a match at a line's start follows a line break: ``^``
    matches only after one, or at the start); None when *text* holds a character that
    matches an ASCII letter only case-insensitively."""
    if text.isascii() or _FOLDS_INTO_ASCII.search(text) is None:
        return "\n" + text.lower()
    return None


def _cue_groups(lexicon: Lexicon) -> list[_CueGroup]:
    """The lexicon's ``page_kind_cues``, one :class:`_CueGroup` per group of
    :data:`CUE_GROUPS` (a group the lexicon has no pattern for never matches)."""
    grouped: dict[str, list[str]] = {group: [] for group in CUE_GROUPS}
    for group, pattern in lexicon.page_kind_cues:
        grouped.setdefault(group, []).append(pattern)
    return [_CueGroup(grouped[group], lexicon) for group in CUE_GROUPS]


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
    groups = state.lexicon.cached("boilerplate.page_kind_cues", _cue_groups)
    facts: list[_TextFacts] = []
    # Menus and share rows repeat: each short text is read once.
    read: dict[str, _TextFacts] = {}
    for block in state.blocks:
        if block.label != BODY:
            continue
        text = state.block_text(block)[:MAX_SCAN_CHARS]
        found = read.get(text)
        if found is None:
            found = _read_text(text, groups)
            if len(text) <= MEMO_CHARS and len(read) < MEMO_TEXTS:
                read[text] = found
        facts.append(found)
    counts = [sum(fact.cues[index] for fact in facts) for index in range(len(groups))]
    return _shape_features(facts) + [math.log1p(count) / _COUNT_SCALE for count in counts]


@attrs.frozen
class _TextFacts:
    """What the page features read of one block's text."""

    words: int
    prose: bool  # at least _PROSE_WORDS words, ending a sentence
    question: bool
    date: bool
    digit: bool
    label_line: bool  # a short ``Label: value`` line
    opening: str
    cues: tuple[bool, ...]  # one per cue group


def _read_text(text: str, groups: Sequence[_CueGroup]) -> _TextFacts:
    words = len(WORD.findall(text))
    lowered = _lowered(text)
    return _TextFacts(
        words=words,
        prose=words >= _PROSE_WORDS and ENDS_SENTENCE.search(text) is not None,
        question=text.rstrip().endswith("?"),
        date=DATE.search(text) is not None,
        digit=DIGIT.search(text) is not None,
        label_line=words <= 12 and ": " in text,
        opening=_opening(text),
        cues=tuple(group.found_in(text, lowered) for group in groups),
    )


def _shape_features(facts: Sequence[_TextFacts]) -> list[float]:
    count = len(facts) or 1
    total_words = sum(fact.words for fact in facts) or 1
    openings = Counter(fact.opening for fact in facts)
    return [
        1.0,
        math.log1p(len(facts)) / 8,
        sum(fact.words for fact in facts if fact.prose) / total_words,
        sum(1 for fact in facts if fact.words <= _SHORT_WORDS) / count,
        math.log1p(max((fact.words for fact in facts), default=0)) / 7,
        sum(math.log1p(fact.words) for fact in facts) / count / 5,
        sum(fact.question for fact in facts) / count,
        sum(fact.date for fact in facts) / count,
        sum(fact.digit for fact in facts) / count,
        sum(openings[fact.opening] > 1 for fact in facts) / count,
        sum(fact.label_line for fact in facts) / count,
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
