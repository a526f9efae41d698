"""What the page classifier reads: shallow text features of every block.

:func:`block_features` describes each block of a page by its length, share of stopwords,
sentence punctuation, capitalised words, runs of short lines, link wording, repeated lines,
position, and the same for its neighbours (see :data:`FEATURES`). The facts about the whole
page that these need (its language, the level of stopwords of its prose, the repeat of its
title line) are worked out once per page.
"""

from __future__ import annotations

import math
import operator
import re
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar, overload

import regex

from copydesk._state import CHROME, ParseState
from copydesk.lexicon import Lexicon
from copydesk.reading.page import (
    ENDS_SENTENCE,
    MAX_SCAN_CHARS,
    MEMO_CHARS,
    MEMO_TEXTS,
    SHORT_WORDS,
    WORD,
    ascii_stand_in,
    collapse,
    find_words,
    title_repeat_index,
)
from copydesk.reading.patterns import CaselessWording
from copydesk.steps.boilerplate.lines import DATE, DIGIT, SEPARATORS

__all__ = ["FEATURES", "PageFacts", "block_features", "feature_rows", "page_language"]

_LETTERS = regex.compile(r"\p{L}+")
# The same runs in an ASCII stand-in of a text (``reading.page.ascii_stand_in``), found
# faster by the standard library's engine (a unit test checks every ASCII character).
_ASCII_LETTERS = re.compile(r"[A-Za-z]+")
_ASCII_DIGIT = re.compile(r"[0-9]")
# Characters of program code (scripts that leaked into the text); rare in prose.
_CODE = regex.compile(r"[{}();=<>\\]|&&|\|\|")
_SENTENCE_END = regex.compile(r"[.!?。！？][\"”’')\]]*(?=\s|$)")
# Link wording counts in blocks shorter than this; prose may mention "email" or "photos".
_LINK_CUE_WORDS = 20
# A word's first letter (for map(), where a lambda would cost a Python frame per word).
_FIRST = operator.itemgetter(0)
# How far the page language is read (characters).
_LANGUAGE_SAMPLE = 20000

#: The feature names, in the order :func:`block_features` returns them.
FEATURES: tuple[str, ...] = (
    "bias",
    "log_words",
    "tiny",
    "long",
    "stopwords",
    "ends_sentence",
    "sentences",
    "commas",
    "capitalised",
    "digits",
    "short_run",
    "chrome_near",
    "position",
    "repeated",
    "link_cues",
    "date",
    "separators",
    "prev_log_words",
    "next_log_words",
    "prev_stopwords",
    "next_stopwords",
    "window_log_words",
    "above_title_repeat",
    "below_page_longest",
    "below_page_stopwords",
    "code",
    "prose_inside",
    "prose_none_before",
    "prose_none_after",
)


# --- page-level facts -------------------------------------------------------------------


def _stopword_sets(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    return {language: frozenset(words) for language, words in lexicon.stopwords.items()}


def _stopword_index(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    """Each stopword -> the languages that list it (one lookup per word of the page)."""
    index: dict[str, list[str]] = {}
    for language, words in sorted(lexicon.stopwords.items()):
        for word in set(words):
            index.setdefault(word.casefold(), []).append(language)
    return {word: tuple(languages) for word, languages in index.items()}


def page_language(text: str, lexicon: Lexicon) -> str | None:
    """The language whose stopwords are commonest in *text*, or ``None`` if none is common.

    >>> from copydesk.lexicon import Lexicon
    >>> page_language("Der Hund und die Katze sind nicht im Haus.", Lexicon.default())
    'de'
    """
    words = find_words(text[:_LANGUAGE_SAMPLE])
    if not words:
        return None
    index = lexicon.cached("boilerplate.stopword_index", _stopword_index)
    # Each distinct word is looked up once, counted as often as it occurs (most of a page's
    # words are repeats: casefolding each occurrence was some 3% of the step on WCXB pages).
    hits: Counter[str] = Counter()
    for word, occurrences in Counter(words).items():
        for language in index.get(word.casefold(), ()):
            hits[language] += occurrences
    if not hits:
        return None
    language = max(sorted(hits), key=lambda name: hits[name])
    return language if hits[language] >= 0.08 * len(words) else None


class _BlockTexts(Sequence[str]):
    """The text of each block, as the features read it, cut when asked for: a list of them
    held a string per block (a page of many short lines: the step's memory peak)."""

    def __init__(self, state: ParseState) -> None:
        self._state = state

    def __len__(self) -> int:
        return len(self._state.blocks)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...

    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            return list(self.pick(range(*index.indices(len(self)))))
        block = self._state.blocks[index]
        return self._state.text[block.start : min(block.end, block.start + MAX_SCAN_CHARS)]

    def __iter__(self) -> Iterator[str]:
        text = self._state.text
        for block in self._state.blocks:
            yield text[block.start : min(block.end, block.start + MAX_SCAN_CHARS)]

    def pick(self, indices: Iterable[int]) -> Iterator[str]:
        """The texts of the blocks at *indices*, in their order (what ``self[index]`` gives
        for each, without a call of it per text: the kind classifier reads the body's
        texts so, some hundreds a page)."""
        text, blocks = self._state.text, self._state.blocks
        for index in indices:
            block = blocks[index]
            yield text[block.start : min(block.end, block.start + MAX_SCAN_CHARS)]


class PageFacts:
    """What the features need to know about the whole page, computed once. What it keeps
    per block is kept compactly (a byte per flag, eight per number): a page of many short
    lines holds hundreds of thousands of blocks."""

    def __init__(self, state: ParseState) -> None:
        self.state = state
        self.texts = _BlockTexts(state)
        language = page_language(state.text, state.lexicon)
        sets = state.lexicon.cached("boilerplate.stopwords", _stopword_sets)
        stop = sets.get(language or "", frozenset())
        # Each block's words are counted, not kept: a list of word strings per block was
        # most of the step's memory on a page of many short lines. The per-block floats go
        # to arrays of doubles (8 bytes each, not a float object and a pointer).
        self.word_counts = array("q")
        self.stopwords = array("d")
        # Whether each block ends a sentence: read once here, for the short runs, the prose
        # shares and the ``ends_sentence`` feature.
        self.ends_sentence = bytearray()
        # Whether each block holds a date, and its share of digits: for the ``date`` and
        # ``digits`` features and the page-kind classifier's (read once for both).
        self.dates = bytearray()
        self.digits = array("d")
        short = bytearray()
        collapsed: list[str] = []
        # Short lines repeat (menus, share rows): each text is counted once.
        known: dict[str, _Counts] = {}
        for text in self.texts:
            counted = known.get(text)
            if counted is None:
                counted = _counts(text, stop if language is not None else None)
                _remember(known, text, counted)
            self.word_counts.append(counted[0])
            self.stopwords.append(counted[1])
            collapsed.append(counted[2])
            self.ends_sentence.append(counted[3])
            self.dates.append(counted[4])
            self.digits.append(counted[5])
            short.append(counted[0] <= SHORT_WORDS and not counted[3])
        self.log_words = array("d", (math.log1p(count) for count in self.word_counts))
        counts = Counter(collapsed)
        self.repeated = bytearray(counts[text] > 1 for text in collapsed)
        del collapsed, counts
        self.short_run = _run_lengths(short)
        self.title_repeat = title_repeat_index(self.texts)
        self.longest = max(self.log_words, default=0.0)
        # The stopword share of the page's prose: the article's paragraphs set the level.
        prose = [
            (count, share)
            for count, share in zip(self.word_counts, self.stopwords, strict=True)
            if count >= _PROSE_WORDS
        ]
        total = sum(count for count, _ in prose)
        self.prose_stopwords = (
            sum(count * share for count, share in prose) / total if total else _NEUTRAL_STOPWORDS
        )
        self.prose_before = _prose_before(self.word_counts, self.ends_sentence)


def _prose_before(word_counts: Sequence[int], ends_sentence: Sequence[int]) -> array[float]:
    """For each block, the share of the page's prose words (blocks of twenty words or more
    that end a sentence) printed before it: the article is the page's mass of prose, so a
    block before all of it is above the article, one after all of it below."""
    prose = [
        count if count >= _PROSE_WORDS and ends else 0
        for count, ends in zip(word_counts, ends_sentence, strict=True)
    ]
    total = sum(prose) or 1
    shares, running = array("d"), 0
    for count in prose:
        shares.append(running / total)
        running += count
    return shares


# Blocks this long set the page's level of stopwords.
_PROSE_WORDS = 20
# Prose in a language without a stopword list (Japanese, Korean ...) gets a middling value.
_NEUTRAL_STOPWORDS = 0.3


_T = TypeVar("_T")


def _remember(known: dict[str, _T], text: str, value: _T) -> None:
    """Keep *value* for a short *text* in the memo *known*, emptied when it is full (on
    a page of many different short lines a memo of them all was the step's peak)."""
    if len(text) <= MEMO_CHARS:
        if len(known) >= MEMO_TEXTS:
            known.clear()
        known[text] = value


# What _counts reads of a block's text.
_Counts = tuple[int, float, str, bool, bool, float]


def _counts(text: str, stop: frozenset[str] | None) -> _Counts:
    """A block's word count, its share of stopwords (a middling value without a list for
    the page's language), its collapsed text, whether it ends a sentence, whether it holds
    a date and its share of digits."""
    plain = ascii_stand_in(text)
    # Casefolding ASCII is lower-casing, which keeps each word where it stood: an ASCII
    # stand-in is lowered once, not word by word.
    words = WORD.findall(text) if plain is None else find_words(plain.lower())
    if stop is None:
        share = _NEUTRAL_STOPWORDS
    else:
        # map() runs the lookups without a Python frame per word (same count, same order).
        folded = map(str.casefold, words) if plain is None else words
        hits = sum(map(stop.__contains__, folded))
        share = hits / len(words) if words else 0.0
    digits = len(DIGIT.findall(text) if plain is None else _ASCII_DIGIT.findall(plain))
    return (
        len(words),
        share,
        collapse(text),
        ENDS_SENTENCE.search(text) is not None,
        digits > 0 and DATE.search(text) is not None,  # (every date holds a digit)
        digits / (len(text) or 1),
    )


def _run_lengths(flags: Sequence[int]) -> array[int]:
    """For each position, the length of the run of true flags it stands in (0 if false)."""
    lengths = array("q", bytes(8 * len(flags)))
    start = 0
    while start < len(flags):
        if not flags[start]:
            start += 1
            continue
        end = start
        while end < len(flags) and flags[end]:
            end += 1
        for index in range(start, end):
            lengths[index] = end - start
        start = end
    return lengths


def _link_cues(lexicon: Lexicon) -> CaselessWording:
    """The lexicon's link wording (``link_cues``), counted in a block's text."""
    built_in = lexicon.link_cues == Lexicon.default().link_cues
    return CaselessWording(lexicon.link_cues, built_in=built_in)


def block_features(state: ParseState) -> list[list[float]]:
    """One feature vector (in the order of :data:`FEATURES`) per block of *state*.

    >>> from copydesk.steps import page_state
    >>> state = page_state("Home\\nNews\\n\\nThe mayor said the bridge will reopen soon.")
    >>> vectors = block_features(state)
    >>> len(vectors) == len(state.blocks) and len(vectors[0]) == len(FEATURES)
    True
    """
    return list(feature_rows(state))


def feature_rows(state: ParseState, page: PageFacts | None = None) -> Iterator[list[float]]:
    """The rows of :func:`block_features` one by one (a page of many blocks needs no list
    of them all: the classifier keeps two features and a score per block). *page* is the
    page's :class:`PageFacts` when the caller keeps them (its word counts serve again)."""
    if page is None:
        page = PageFacts(state)
    links = state.lexicon.cached("boilerplate.links", _link_cues)
    count = len(state.blocks)
    is_chrome = bytearray(block.label == CHROME for block in state.blocks)
    # The page's arrays, read once per row each (as locals: some 20 look-ups a row).
    log_words, stopwords, word_counts = page.log_words, page.stopwords, page.word_counts
    ends_sentence, digits, dates = page.ends_sentence, page.digits, page.dates
    short_run, repeated, prose_before = page.short_run, page.repeated, page.prose_before
    longest, prose_stopwords = page.longest, page.prose_stopwords
    title_repeat = page.title_repeat if page.title_repeat is not None else -1
    # Short lines repeat (menus, share rows, a page of one-word lines): read each text once.
    known: dict[str, tuple[float, ...]] = {}
    for index, text in enumerate(page.texts):
        word_count = word_counts[index]
        own = known.get(text)
        if own is None:
            own = _text_features(text, word_count, links)
            _remember(known, text, own)
        sentences, commas, capitalised, cues, separators, code = own
        low, high = max(0, index - 3), min(count, index + 4)
        chrome_near = sum(is_chrome[low:high]) - is_chrome[index]
        # Where the block stands in the page's mass of prose: how deep inside it (1 in the
        # middle, 0 at its edges; a block of prose counts from its own middle), and whether
        # all of it comes after the block or all of it before (a block of prose is inside).
        before = prose_before[index]
        through = prose_before[index + 1] if index + 1 < count else 1.0
        middle = (before + through) / 2
        yield (
            [
                1.0,
                log_words[index],
                float(word_count <= 3),
                float(word_count >= 25),
                stopwords[index],
                float(ends_sentence[index]),
                sentences,
                commas,
                capitalised,
                digits[index],
                math.log1p(short_run[index]),
                chrome_near / 6,
                index / count,
                float(repeated[index]),
                cues,
                float(dates[index]),
                separators,
                log_words[index - 1] if index > 0 else 0.0,
                log_words[index + 1] if index + 1 < count else 0.0,
                stopwords[index - 1] if index > 0 else 0.0,
                stopwords[index + 1] if index + 1 < count else 0.0,
                sum(log_words[low:high]) / (high - low),
                float(index < title_repeat),
                longest - log_words[index],
                max(0.0, prose_stopwords - stopwords[index]),
                code,
                2 * min(middle, 1.0 - middle),
                float(through == 0.0),
                float(before >= 1.0),
            ]
        )


def _text_features(text: str, words: int, links: CaselessWording) -> tuple[float, ...]:
    """The features of :func:`block_features` that depend on a block's text alone (but
    for those :class:`PageFacts` reads)."""
    plain = ascii_stand_in(text)
    letters = _LETTERS.findall(text) if plain is None else _ASCII_LETTERS.findall(plain)
    # map() reads each word's first letter without a Python frame per word.
    upper = sum(map(str.isupper, map(_FIRST, letters)))
    capitalised = upper / len(letters) if letters else 0
    return (
        min(len(_SENTENCE_END.findall(text)), 5) / 5,
        min(text.count(",") / (words or 1), 0.5),
        capitalised,
        min(links.count(text), 3) / 3 if words < _LINK_CUE_WORDS else 0.0,
        float(bool(SEPARATORS.search(text))),
        min(len(_CODE.findall(text)) * 20 / (len(text) or 1), 1.0),
    )
