"""Find the article inside a whole web page: drop menus, teasers, comments and footers.

A page dumped to text puts the article somewhere in the middle of navigation menus, share
rows, teaser lists, comment threads and footers. This step works on the text alone:

1. **Is it a page?** A tidy article (a headline and paragraphs) is left alone. A text is a
   page when it shows page furniture: runs of short menu lines, chrome lines, a title line
   repeated lower down (see :func:`looks_like_page`).
2. **Score each block.** :func:`block_features` describes every block by shallow text
   features (length, share of stopwords, sentence punctuation, capitalised words, runs of
   short lines, link wording, repeated lines, position, and the same for its neighbours); a
   linear model whose weights live in the lexicon turns them into a score.
3. **Smooth.** An article is one contiguous region with few gaps: the region with the
   largest total of word-weighted scores is the article; outside it everything is chrome,
   inside it only blocks that score clearly low are.

Every dropped block stays in :attr:`copydesk.Article.chrome` with a kind (``navigation`` above the
article, ``footer`` below it, or what its wording says: ``comments``, ``related``,
``share``, ``legal`` ...).
"""

from __future__ import annotations

import functools
import math
import operator
from array import array
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from typing import TypeVar

import regex

from copydesk._state import BODY, CHROME, Block, ParseState
from copydesk._step import step
from copydesk.lexicon import Lexicon
from copydesk.reading.prose import is_prose
from copydesk.steps.chrome import chrome
from copydesk.steps.normalize import normalize, segment

__all__ = [
    "CONTEXT_FEATURES",
    "FEATURES",
    "best_region",
    "block_features",
    "block_scores",
    "boilerplate",
    "context_features",
    "decide",
    "first_stage_scores",
    "looks_like_page",
    "page_language",
    "page_state",
]

_WORD = regex.compile(r"\w+")
_LETTERS = regex.compile(r"\p{L}+")
_DIGIT = regex.compile(r"\d")
# Characters of program code (scripts that leaked into the text); rare in prose.
_CODE = regex.compile(r"[{}();=<>\\]|&&|\|\|")
_SENTENCE_END = regex.compile(r"[.!?。！？][\"”’')\]]*(?=\s|$)")
_ENDS_SENTENCE = regex.compile(r"[.!?。！？:][\"”’')\]]*$")
_DATE = regex.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
    r"|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}:\d{2}\b"
)
_SEPARATORS = regex.compile(r"\s[|•·]\s|\s[|•·]$|^[|•·]\s|»|›")
# A line of at most this many words with no sentence end is a menu-like short line.
_SHORT_WORDS = 6
# More than _SHORT_WORDS words, read from the start only (no list of every word).
_MORE_THAN_SHORT = regex.compile(rf"\W*+(?:\w++\W*+){{{_SHORT_WORDS + 1}}}")
# Link wording counts in blocks shorter than this; prose may mention "email" or "photos".
_LINK_CUE_WORDS = 20
# A block this long is never cut up by the step; also bounds the regex work per block.
_MAX_SCAN_CHARS = 2000
# A page repeats its short lines (menus, share rows), so texts up to this long are read
# once and remembered (longer ones rarely repeat), up to this many at once.
_MEMO_CHARS = 100
_MEMO_TEXTS = 1024
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
)


def page_state(text: str, lexicon: Lexicon | None = None) -> ParseState:
    """The parse state of *text* as this step scores it: segmented, chrome labelled, and
    blocks of leaked HTML cut at their tags.

    For inspecting features and scores; a parse runs the steps itself.

    >>> state = page_state("Home\\n\\nA line.")
    >>> [(state.block_text(block), block.label) for block in state.blocks]
    [('Home', 'chrome'), ('A line.', 'body')]
    """
    state = ParseState(source=text, lexicon=lexicon if lexicon is not None else Lexicon.default())
    for prepare in (normalize, segment, chrome):
        prepare(state)
    _split_markup(state)
    return state


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
    words = _WORD.findall(text[:_LANGUAGE_SAMPLE])
    if not words:
        return None
    index = lexicon.cached("boilerplate.stopword_index", _stopword_index)
    # One Counter over all the words: Counter.update per word costs more than the lookup.
    hits = Counter(language for word in words for language in index.get(word.casefold(), ()))
    if not hits:
        return None
    language = max(sorted(hits), key=lambda name: hits[name])
    return language if hits[language] >= 0.08 * len(words) else None


class _Page:
    """What the features need to know about the whole page, computed once."""

    def __init__(self, state: ParseState) -> None:
        self.state = state
        self.texts = [state.block_text(block)[:_MAX_SCAN_CHARS] for block in state.blocks]
        language = page_language(state.text, state.lexicon)
        sets = state.lexicon.cached("boilerplate.stopwords", _stopword_sets)
        stop = sets.get(language or "", frozenset())
        # Each block's words are counted, not kept: a list of word strings per block was
        # most of the step's memory on a page of many short lines. The per-block floats go
        # to arrays of doubles (8 bytes each, not a float object and a pointer).
        self.word_counts: list[int] = []
        self.stopwords = array("d")
        collapsed: list[str] = []
        # Short lines repeat (menus, share rows): each text is counted once.
        known: dict[str, tuple[int, float, str]] = {}
        for text in self.texts:
            counted = known.get(text)
            if counted is None:
                counted = _counts(text, stop if language is not None else None)
                _remember(known, text, counted)
            self.word_counts.append(counted[0])
            self.stopwords.append(counted[1])
            collapsed.append(counted[2])
        self.log_words = array("d", (math.log1p(count) for count in self.word_counts))
        counts = Counter(collapsed)
        self.repeated = [counts[text] > 1 for text in collapsed]
        self.short = [
            count <= _SHORT_WORDS and not _ENDS_SENTENCE.search(text)
            for count, text in zip(self.word_counts, self.texts, strict=True)
        ]
        self.short_run = _run_lengths(self.short)
        self.title_repeat = _title_repeat_index(self.texts)
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


# Blocks this long set the page's level of stopwords.
_PROSE_WORDS = 20
# Prose in a language without a stopword list (Japanese, Korean ...) gets a middling value.
_NEUTRAL_STOPWORDS = 0.3


_T = TypeVar("_T")


def _remember(known: dict[str, _T], text: str, value: _T) -> None:
    """Keep *value* for a short *text* in the memo *known*, emptied when it is full (on
    a page of many different short lines a memo of them all was the step's peak)."""
    if len(text) <= _MEMO_CHARS:
        if len(known) >= _MEMO_TEXTS:
            known.clear()
        known[text] = value


def _word_count(text: str) -> int:
    """How many words *text* holds (remembered for short texts: rules read the same menu
    and share lines again and again)."""
    if len(text) > _MEMO_CHARS:
        return len(_WORD.findall(text))
    return _short_word_count(text)


@functools.lru_cache(maxsize=_MEMO_TEXTS)
def _short_word_count(text: str) -> int:
    return len(_WORD.findall(text))


def _collapse(text: str) -> str:
    return " ".join(text.split()).casefold()


def _counts(text: str, stop: frozenset[str] | None) -> tuple[int, float, str]:
    """A block's word count, its share of stopwords (a middling value without a list for
    the page's language) and its collapsed text."""
    words = _WORD.findall(text)
    if stop is None:
        share = _NEUTRAL_STOPWORDS
    else:
        share = sum(word.casefold() in stop for word in words) / len(words) if words else 0.0
    return len(words), share, _collapse(text)


def _run_lengths(flags: Sequence[bool]) -> list[int]:
    """For each position, the length of the run of true flags it stands in (0 if false)."""
    lengths = [0] * len(flags)
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


# How far below the first line the title's headline part may be repeated.
_TITLE_WINDOW = 150


def _title_repeat_index(texts: Sequence[str]) -> int | None:
    """Index of the first block below the first line that repeats (part of) it."""
    if not texts:
        return None
    title = _collapse(texts[0])
    for index in range(1, min(len(texts), _TITLE_WINDOW)):
        text = texts[index]
        # Block texts are normalised (their only spaces are " " and "\n"), and case folding
        # never shortens a character: a text with more other characters than the title
        # cannot be part of it, and collapsing it would cost more than this count.
        if len(text) - text.count(" ") - text.count("\n") > len(title):
            continue
        candidate = _collapse(text)
        if len(candidate) >= 12 and candidate in title:
            return index
    return None


# --- features ---------------------------------------------------------------------------


def _alternation_of(table: str) -> Callable[[Lexicon], regex.Pattern[str]]:
    """A builder for :meth:`Lexicon.cached`: the patterns of the lexicon's *table* as one
    case-insensitive alternation."""

    def build(lexicon: Lexicon) -> regex.Pattern[str]:
        patterns: tuple[str, ...] = getattr(lexicon, table)
        return regex.compile("(?i)" + "|".join(f"(?:{pattern})" for pattern in patterns))

    return build


_link_pattern = _alternation_of("link_cues")
_comment_header_pattern = _alternation_of("comment_headers")
_article_end_pattern = _alternation_of("article_end_cues")
_end_line_pattern = _alternation_of("article_end_lines")
_markup_line_pattern = _alternation_of("markup_lines")
_teaser_lead_pattern = _alternation_of("teaser_leads")
_not_closing_pattern = _alternation_of("not_closing_lines")
_post_signature_pattern = _alternation_of("embedded_post_signatures")
_card_heading_pattern = _alternation_of("article_card_headings")


def block_features(state: ParseState) -> list[list[float]]:
    """One feature vector (in the order of :data:`FEATURES`) per block of *state*.

    >>> state = page_state("Home\\nNews\\n\\nThe mayor said the bridge will reopen soon.")
    >>> vectors = block_features(state)
    >>> len(vectors) == len(state.blocks) and len(vectors[0]) == len(FEATURES)
    True
    """
    return list(_feature_rows(state))


def _feature_rows(state: ParseState) -> Iterator[list[float]]:
    """The rows of :func:`block_features` one by one (a page of many blocks needs no list
    of them all: the classifier keeps two features and a score per block)."""
    page = _Page(state)
    links = state.lexicon.cached("boilerplate.links", _link_pattern)
    count = len(state.blocks)
    is_chrome = [block.label == CHROME for block in state.blocks]
    # Short lines repeat (menus, share rows, a page of one-word lines): read each text once.
    known: dict[str, tuple[float, ...]] = {}
    for index, text in enumerate(page.texts):
        word_count = page.word_counts[index]
        own = known.get(text)
        if own is None:
            own = _text_features(text, word_count, links)
            _remember(known, text, own)
        ends, sentences, commas, capitalised, digits, cues, date, separators, code = own
        previous = index - 1 if index > 0 else None
        following = index + 1 if index + 1 < count else None
        window = range(max(0, index - 3), min(count, index + 4))
        chrome_near = sum(is_chrome[window.start : window.stop]) - is_chrome[index]
        yield (
            [
                1.0,
                page.log_words[index],
                float(word_count <= 3),
                float(word_count >= 25),
                page.stopwords[index],
                ends,
                sentences,
                commas,
                capitalised,
                digits,
                math.log1p(page.short_run[index]),
                chrome_near / 6,
                index / count,
                float(page.repeated[index]),
                cues,
                date,
                separators,
                page.log_words[previous] if previous is not None else 0.0,
                page.log_words[following] if following is not None else 0.0,
                page.stopwords[previous] if previous is not None else 0.0,
                page.stopwords[following] if following is not None else 0.0,
                sum(page.log_words[near] for near in window) / len(window),
                float(page.title_repeat is not None and index < page.title_repeat),
                page.longest - page.log_words[index],
                max(0.0, page.prose_stopwords - page.stopwords[index]),
                code,
            ]
        )


def _text_features(text: str, words: int, links: regex.Pattern[str]) -> tuple[float, ...]:
    """The features of :func:`block_features` that depend on a block's text alone."""
    letters = _LETTERS.findall(text)
    capitalised = sum(word[0].isupper() for word in letters) / len(letters) if letters else 0
    return (
        float(bool(_ENDS_SENTENCE.search(text))),
        min(len(_SENTENCE_END.findall(text)), 5) / 5,
        min(text.count(",") / (words or 1), 0.5),
        capitalised,
        len(_DIGIT.findall(text)) / (len(text) or 1),
        min(len(links.findall(text)), 3) / 3 if words < _LINK_CUE_WORDS else 0.0,
        float(bool(_DATE.search(text))),
        float(bool(_SEPARATORS.search(text))),
        min(len(_CODE.findall(text)) * 20 / (len(text) or 1), 1.0),
    )


# --- is it a page? ----------------------------------------------------------------------

# A tidy article has no run of this many short lines (a menu) ...
_MENU_RUN = 4
# ... unless it is this short (tables of figures are runs of short lines too) ...
_MIN_PAGE_BLOCKS = 15
# ... and not this many chrome lines.
_PAGE_CHROME_LINES = 3


# ... or this many menu rows (``Home | News | Sport``, ``HOME • CLASSIFIEDS • HELP``): a
# menu printed on one line has at least this many separators and at most this many words.
_PAGE_MENU_ROWS = 2
_MENU_ROW_SEPARATORS = 2
_MAX_MENU_ROW_WORDS = 30
_MENU_SEPARATOR = regex.compile(r"\s[|•·]\s")


def _is_menu_row(text: str) -> bool:
    return (
        len(_MENU_SEPARATOR.findall(text)) >= _MENU_ROW_SEPARATORS
        and _word_count(text) <= _MAX_MENU_ROW_WORDS
    )


def looks_like_page(state: ParseState) -> bool:
    """Whether the text is a whole web page rather than a tidy article.

    >>> looks_like_page(page_state("Storm hits\\n\\nThe storm hit the coast on Monday."))
    False
    >>> menu = "World\\nPolitics\\nBusiness\\nScience\\nHealth\\nCulture\\nTravel\\nWeather\\n\\n"
    >>> looks_like_page(page_state(menu * 2 + "Storm hits\\n\\nThe storm hit on Monday."))
    True
    >>> looks_like_page(page_state(menu + "Storm hits\\n\\nThe storm hit on Monday."))
    False
    """
    # Lines a chrome rule matched are no evidence either way, and don't count towards the
    # size: chrome lines added around an article must not change how its body is read.
    # (The classifier's own guesses do count: the headline step asks again after it ran.)
    if any(block.kind == "markup" for block in state.blocks):
        return True  # raw HTML leaked into the text: a page by definition
    blocks = [block for block in state.blocks if block.label != CHROME or block.guessed]
    texts = [state.block_text(block)[:_MAX_SCAN_CHARS] for block in blocks]
    if _title_repeat_index(texts) is not None:
        return True
    if len(blocks) < _MIN_PAGE_BLOCKS:
        return False  # a short text with a table (an earnings report) is no page
    if sum(block.label == CHROME for block in state.blocks) >= _PAGE_CHROME_LINES:
        return True
    if sum(_is_menu_row(text) for text in texts) >= _PAGE_MENU_ROWS:
        return True
    run = 0
    for block, text in zip(blocks, texts, strict=True):
        if block.label != BODY:
            continue
        if not _MORE_THAN_SHORT.match(text) and not _ENDS_SENTENCE.search(text):
            run += 1
            if run >= _MENU_RUN:
                return True
        else:
            run = 0
    return False


# --- the step ---------------------------------------------------------------------------


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
)
# Neighbourhoods of the second stage (blocks on each side).
_NEAR = 2
_WIDE = 8
# Scores beyond this magnitude carry no more information for the neighbours.
_SCORE_CLIP = 6.0


def _weights(lexicon: Lexicon) -> tuple[list[float], list[float]]:
    first = dict(lexicon.boilerplate_weights)
    second = dict(lexicon.boilerplate_context_weights)
    return (
        [first.get(name, 0.0) for name in FEATURES],
        [second.get(name, 0.0) for name in CONTEXT_FEATURES],
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
    clipped = [max(-_SCORE_CLIP, min(_SCORE_CLIP, score)) for score in scores]
    positive = [score > 0 for score in clipped]
    core = max(range(count), key=lambda index: clipped[index] + log_words[index]) if count else 0
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
            ]
        )


def first_stage_scores(vectors: Sequence[Sequence[float]], lexicon: Lexicon) -> list[float]:
    """The first-stage log-odds of each block, from its own features."""
    first, _ = lexicon.cached("boilerplate.weights", _weights)
    return [_dot(first, vector) for vector in vectors]


def block_scores(state: ParseState) -> list[float]:
    """The classifier's log-odds that each block belongs to the article."""
    first, second = state.lexicon.cached("boilerplate.weights", _weights)
    # Row by row: a page of many short lines needs no list of every block's features. The
    # three features kept per block go to arrays of doubles: 8 bytes each, not a float
    # object and a pointer (32), which made the classifier the memory peak of such a page.
    scores, log_words, ends = array("d"), array("d"), array("d")
    for vector in _feature_rows(state):
        scores.append(_dot(first, vector))
        log_words.append(vector[_LOG_WORDS])
        ends.append(vector[_ENDS_SENTENCE_FEATURE])
    return [_dot(second, row) for row in _context_rows(scores, log_words, ends)]


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


def decide(
    state: ParseState,
    scores: Sequence[float],
    *,
    length_power: float,
    inside_threshold: float,
    region_bias: float = 0.0,
) -> list[bool]:
    """Which blocks are article text, given their scores (see the module docstring)."""
    gains = []
    for block, score in zip(state.blocks, scores, strict=True):
        if block.label != BODY:
            gains.append(0.0)
            continue
        words = _word_count(state.block_text(block)[:_MAX_SCAN_CHARS])
        gains.append(math.tanh((score + region_bias) / 2) * max(words, 1) ** length_power)
    region = best_region(gains)
    keep = [False] * len(state.blocks)
    if region is None:
        return keep
    first, last = region
    for index in range(first, last + 1):
        keep[index] = state.blocks[index].label == BODY and scores[index] >= inside_threshold
    return keep


@step(requires=("blocks",), uses=("chrome", "site", "captions"), provides=("page",))
def boilerplate(state: ParseState) -> None:
    """On a whole page, label every block outside the article as chrome.

    A tidy article is left alone; on a page (here: a title line, a menu, a footer) the
    menus, teasers and footers become chrome with a kind:

    >>> import copydesk
    >>> page = (
    ...     "Storm hits the coast | Daily Planet\\n\\nHome\\nWorld\\nPolitics\\nBusiness\\n"
    ...     "Science\\nHealth\\nSport\\nWeather\\n\\nStorm hits the coast\\n\\n"
    ...     "The storm hit the coast on Monday and cut power to thousands of homes.\\n\\n"
    ...     "More than 2,000 people spent the night in shelters as the wind rose.\\n\\n"
    ...     "Related stories\\n\\nAbout us\\nContact\\nCareers\\nPrivacy\\nTerms"
    ... )
    >>> article = copydesk.parse(page)
    >>> article.headline.text, len(article.paragraphs)
    ('Storm hits the coast', 2)
    >>> [chrome.text for chrome in article.chrome if chrome.kind == "navigation"][:3]
    ['Home', 'World', 'Politics']
    >>> {"navigation", "related", "footer"} <= {chrome.kind for chrome in article.chrome}
    True
    """
    _split_markup(state)
    if not state.blocks or not looks_like_page(state):
        return
    lexicon = state.lexicon
    scores = block_scores(state)
    keep = decide(
        state,
        scores,
        length_power=lexicon.boilerplate_length_power,
        inside_threshold=lexicon.boilerplate_inside_threshold,
        region_bias=lexicon.boilerplate_region_bias,
    )
    if not any(keep):
        return  # nothing reads like an article: better to drop nothing than everything
    _extend_region(state, scores, keep, lexicon.boilerplate_region_bias)
    _extend_past_teaser_list(state, scores, keep, lexicon.boilerplate_region_bias)
    posts = _keep_embedded_posts(state, keep)
    _extend_over_closing_sentences(state, scores, keep, lexicon.boilerplate_inside_threshold)
    listed = _extend_over_list(state, keep) | _extend_over_card(state, keep)
    _extend_over_repeated_parts(state, keep)
    # Before the cuts below: a comment that quotes the article stands outside what they leave.
    repeated = _drop_repeated_edges(state, keep)
    thread = _cut_comment_thread(state, keep)
    _cut_at_end_heading(state, keep)
    _cut_at_end_line(state, keep)
    teasers = repeated | _drop_teaser_runs(state, keep, listed) | _drop_teaser_leads(state, keep)
    teasers |= _drop_teaser_blocks(state, keep)
    _drop_deck(state, keep)
    markup = _drop_markup_lines(state, keep)
    _drop_edge_stamps(state, keep, posts)
    if not any(keep):
        return  # the cuts left nothing (a page of one repeated line): drop nothing either
    first = keep.index(True)
    last = len(keep) - 1 - keep[::-1].index(True)
    for index, block in enumerate(state.blocks):
        if block.label != BODY or keep[index]:
            continue
        default = "navigation" if index < first else "footer" if index > last else "other"
        if _is_stamp(state, block):
            default = "metadata"
        if thread is not None and thread[0] <= index <= thread[1]:
            default = "comments"
        if index in teasers:
            default = "related"
        if index in markup:
            default = "markup"
        state.mark_chrome(block, _kind(state, block, default), guessed=True)


# A block with this many HTML tags is raw markup that leaked into the text ...
_MIN_MARKUP_TAGS = 10
_MARKUP_RUN = regex.compile(r"(?:<[!/?a-zA-Z][^<>\n]{0,500}>\s*)++")


def _split_markup(state: ParseState) -> None:
    """Cut blocks of leaked raw HTML at their tags: tags are chrome, the text between stays.

    A broken page can reach the text as its HTML source on one line; cut at the tags, its
    paragraphs become blocks the classifier can judge.
    """
    if "<" not in state.text:
        return  # no tag anywhere: the common case, decided without a look at each block
    blocks: list[Block] = []
    for block in state.blocks:
        tags = (
            list(_MARKUP_RUN.finditer(state.text, block.start, block.end)) if block.is_body else []
        )
        if not block.is_body or len(tags) < _MIN_MARKUP_TAGS:
            blocks.append(block)
            continue
        position = block.start
        for tag in tags:
            blocks.extend(_trimmed_pieces(state, position, tag.start(), markup=False))
            blocks.extend(_trimmed_pieces(state, tag.start(), tag.end(), markup=True))
            position = tag.end()
        blocks.extend(_trimmed_pieces(state, position, block.end, markup=False))
    state.blocks = blocks


def _trimmed_pieces(state: ParseState, start: int, end: int, *, markup: bool) -> list[Block]:
    text = state.text[start:end]
    stripped = text.strip()
    if not stripped:
        return []
    first = start + len(text) - len(text.lstrip())
    piece = Block(first, first + len(stripped))
    if markup:
        state.mark_chrome(piece, "markup")
    return [piece]


# Blocks this close to the article (in blocks) may still join it: a lede above a sidebar.
_MAX_GAP = 3
# ... when they are this long and score well.
_MIN_EXTEND_WORDS = 10
# A dateline on its own line has at most this many words.
_MAX_DATELINE_WORDS = 8
_AGENCY_AT_END = regex.compile(r"\((?P<agency>[^()]{1,40})\)\s*$")


def _extend_region(
    state: ParseState, scores: Sequence[float], keep: list[bool], bias: float
) -> None:
    """Let good prose a few blocks off the article's edges join it, and a dateline line too.

    Sites put a "This story" box or a photo between the lede and the rest; the region
    stops at the box, but the lede scores well on its own. Above the article a run of short
    lines (a list, a box of links) counts as one block of the gap: the lede of a how-to
    stands above its list of things to take. (Below the article it does not: what follows a
    list there is more often a teaser's summary or a comment.)
    """
    kept = [index for index, flag in enumerate(keep) if flag]
    for step_by, start in ((-1, kept[0] - 1), (1, kept[-1] + 1)):
        gap, index, in_list = 0, start, False
        while 0 <= index < len(keep) and gap <= _MAX_GAP:
            block = state.blocks[index]
            text = state.block_text(block)[:_MAX_SCAN_CHARS]
            if block.label != BODY:
                index += step_by
                continue
            words = _word_count(text)
            if (scores[index] + bias > 0 and words >= _MIN_EXTEND_WORDS) or (
                step_by < 0 and keep[index + 1] and _is_dateline_line(state, text)
            ):
                keep[index], gap, in_list = True, 0, False
            elif words <= _SHORT_WORDS and in_list and step_by < 0:
                pass  # a run of short lines (a list, a box of links) counts as one block
            else:
                gap += 1
                in_list = words <= _SHORT_WORDS
            index += step_by


# At most this many paragraphs of the article may follow a teaser list under the region.
_MAX_PARTS_AFTER_LIST = 3


def _extend_past_teaser_list(
    state: ParseState, scores: Sequence[float], keep: list[bool], bias: float
) -> None:
    """Let the article's last paragraphs join it past a teaser list printed before them.

    A "Most read" list of other stories' headlines between the article's paragraphs ends
    the region when the part after it is short: the list weighs more than that part. Right
    under the region, a run of teaser lines (see :func:`_is_teaser_line`, at least
    ``_MIN_TEASER_RUN``) followed by up to ``_MAX_PARTS_AFTER_LIST`` blocks of prose that
    could close the article (see :func:`_could_close`), and then by no more body text
    (chrome, a widget line or the page's end), is taken in: the prose is the article's end,
    and the list inside the region goes as a teaser run. A list of teasers with summaries
    goes on after the summary (another headline), and comments come under a header line:
    neither is taken in.
    """
    index = len(keep) - keep[::-1].index(True)
    run = 0
    while index < len(keep) and _is_body_teaser(state, index):
        run, index = run + 1, index + 1
    if run < _MIN_TEASER_RUN or index >= len(keep):
        return
    after = index
    while (
        after < len(keep)
        and after - index < _MAX_PARTS_AFTER_LIST
        and state.blocks[after].label == BODY
        and scores[after] + bias > 0
        and _could_close(state, state.block_text(state.blocks[after])[:_MAX_SCAN_CHARS].strip())
    ):
        after += 1
    if after == index:
        return
    if after < len(keep) and state.blocks[after].label == BODY and not _widget_line(state, after):
        return  # more text goes on: a teaser's summary, a comment, a sidebar
    for joined in range(index - run, after):
        keep[joined] = True


def _is_body_teaser(state: ParseState, index: int) -> bool:
    block = state.blocks[index]
    return block.label == BODY and _is_teaser_line(
        state.block_text(block)[:_MAX_SCAN_CHARS].strip()
    )


def _could_close(state: ParseState, text: str) -> bool:
    """Prose that may be the article's last paragraph: enough words, a sentence end, no
    date, no widget wording, and not in the site's voice (``lexicon.not_closing_lines``)."""
    kinds = state.lexicon.cached("boilerplate.kinds", _kind_patterns)
    not_closing = state.lexicon.cached("boilerplate.not_closing_lines", _not_closing_pattern)
    return (
        _word_count(text) >= _MIN_EXTEND_WORDS
        and _LIST_LINE_END.search(text) is not None
        and _DATE.search(text) is None
        and (not not_closing.search(text) or _OPENS_QUOTE.match(text) is not None)
        and not any(pattern.search(text) for _, pattern in kinds)
    )


def _widget_line(state: ParseState, index: int) -> bool:
    """A short body line whose wording names a widget (``lexicon.kind_cues``)."""
    text = state.block_text(state.blocks[index])[:_MAX_SCAN_CHARS]
    kinds = state.lexicon.cached("boilerplate.kinds", _kind_patterns)
    return _word_count(text) <= _MAX_STAMP_WORDS and any(
        pattern.search(text) for _, pattern in kinds
    )


# A list under the article (ingredients, results, a table) has lines of at most this many
# words, at least this many of them, and at most this many are read.
_MAX_LIST_LINE_WORDS = 25
_MIN_LIST_LINES = 5
_MAX_LIST_LINES = 60
# ... and at least this share of its lines hold a figure or share their punctuation.
_MIN_LIST_SHARE = 0.6
# A shared punctuation shape counts when it has this many marks (one colon is too common).
_MIN_LIST_SHAPE = 2
_LIST_NUMBER = regex.compile(r"^\W*\d{1,2}[.)]\s")
_PUNCTUATION = regex.compile(r"[^\w\s]")
# A sentence's end: a kept line ending so is article prose, not the list's first line.
_LIST_LINE_END = regex.compile(r"[.!?。！？][\"”’')\]]*\s*$")


def _list_line_shape(text: str) -> str:
    """A list line's punctuation, in order (``England (Group A): 10th`` -> ``():``)."""
    return "".join(_PUNCTUATION.findall(text))


def _extend_over_list(state: ParseState, keep: list[bool]) -> set[int]:
    """Let a list right under the article join it, up to the next widget line.

    Ingredients, results and standings are runs of short similar lines, which the
    classifier reads as a widget. Under the article, a run of at least five short lines
    with no date in them, most of which hold a figure or share one punctuation shape
    (``Spain (Group F): 11th appearance``), ending at a chrome line or a line whose wording
    names a widget, is the article's list; it ends at its last line that holds a figure, has
    that shape or ends a sentence. Teaser lists and comment headers carry dates, menus
    separators (``News |``) and repeated lines. Returns the indices of the list's lines (no
    teaser run is read among them: a line without a figure, ``Finland (Group J): Zero
    appearances``, is headline-shaped).
    """
    last = len(keep) - 1 - keep[::-1].index(True)
    kinds = state.lexicon.cached("boilerplate.kinds", _kind_patterns)

    def list_line(index: int) -> str | None:
        block = state.blocks[index]
        if block.label != BODY:
            return None
        text = state.block_text(block)[:_MAX_SCAN_CHARS].strip()
        if _word_count(text) > _MAX_LIST_LINE_WORDS or _DATE.search(text):
            return None
        if _SEPARATORS.search(text) or any(pattern.search(text) for _, pattern in kinds):
            return None
        return text

    # the list's first lines may already have joined the region (at most as many as a list
    # is read for: a walk back over all of a long kept region read every line twice)
    start = last
    while (
        start > max(0, last - _MAX_LIST_LINES)
        and keep[start]
        and _LIST_LINE_END.search(state.block_text(state.blocks[start])) is None
        and list_line(start) is not None
    ):
        start -= 1
    texts: list[str] = []
    for index in range(start + 1, min(len(keep), last + 1 + _MAX_LIST_LINES)):
        text = list_line(index)
        if text is None:
            break
        texts.append(text)
    if len(texts) < _MIN_LIST_LINES or len(set(texts)) < _MIN_LIST_SHARE * len(texts):
        return set()
    figures = sum(1 for text in texts if _DIGIT.search(_LIST_NUMBER.sub("", text)))
    shapes = Counter(_list_line_shape(text) for text in texts)
    shape, same = shapes.most_common(1)[0]
    similar = len(shape) >= _MIN_LIST_SHAPE and same >= _MIN_LIST_SHARE * len(texts)
    if figures < _MIN_LIST_SHARE * len(texts) and not similar:
        return set()

    def fits(text: str) -> bool:
        return bool(_DIGIT.search(_LIST_NUMBER.sub("", text))) or (
            similar and _list_line_shape(text) == shape
        )

    # The list ends at its last line that fits it or ends a sentence (the article's closing
    # words): the short lines after that (a writer's name and job over a widget) were only
    # read up to the widget.
    while not fits(texts[-1]) and not _LIST_LINE_END.search(texts[-1]):
        texts.pop()
    listed = set(range(start + 1, start + 1 + len(texts)))
    for index in listed:
        keep[index] = True
    return listed


# A card's heading stands among the first this many body blocks under the article.
_CARD_HEADING_REACH = 3


def _extend_over_card(state: ParseState, keep: list[bool]) -> set[int]:
    """Let a card under the article whose parts are the article's join it (a recipe).

    A food blog prints the recipe under the post as a card: its title, ``Ingredients`` and a
    list of short lines, ``Instructions`` and the steps. The lines read as a widget to the
    classifier. A heading of ``lexicon.article_card_headings`` among the first few body
    blocks under the article opens such a card; from the article's end to the next chrome
    line or widget line under the heading (at most ``_MAX_LIST_LINES`` blocks), the body
    blocks join. Returns their indices (no teaser run is read among them).
    """
    pattern = state.lexicon.cached("boilerplate.card_headings", _card_heading_pattern)
    last = len(keep) - 1 - keep[::-1].index(True)
    heading, seen = None, 0
    for index in range(last + 1, len(keep)):
        if state.blocks[index].label != BODY:
            continue  # a "Print" button between the title and the card
        text = state.block_text(state.blocks[index])[:_MAX_SCAN_CHARS].strip()
        if _word_count(text) <= _MAX_END_HEADING_WORDS and pattern.search(text):
            heading = index
            break
        seen += 1
        if seen == _CARD_HEADING_REACH:
            return set()
    if heading is None:
        return set()
    joined = set()
    for index in range(last + 1, min(len(keep), heading + _MAX_LIST_LINES)):
        label = state.blocks[index].label
        if index > heading and (label == CHROME or _widget_line(state, index)):
            break
        if label == BODY:
            keep[index] = True
            joined.add(index)
    return joined


# A part of the article that repeats (a product of a round-up: its name and price, a
# "See it now: Amazon" line, a paragraph) has a marker line of at most this many words that
# opens with the same words (this many are compared) in every part ...
_MAX_PART_MARKER_WORDS = 8
_MAX_PART_MARKER_CHARS = 120
_PART_MARKER_WORDS = 3
# ... at most this many blocks apart, at least this many of them inside the article.
_MAX_PART_BLOCKS = 6
_MIN_PARTS_INSIDE = 2


def _has_widget_wording(
    text: str, kinds: Sequence[tuple[str, regex.Pattern[str]]], known: dict[str, bool]
) -> bool:
    """Whether *text* holds the wording of a widget (``lexicon.kind_cues``), remembered in
    *known*."""
    if text not in known:
        known[text] = any(pattern.search(text) for _, pattern in kinds)
    return known[text]


def _extend_over_repeated_parts(state: ParseState, keep: list[bool]) -> None:
    """Let the article's repeated parts join it, the ones under the region too.

    A round-up ("best gadgets of the year") prints each item the same way: its name and
    price, a line such as ``See it now: Amazon``, then a paragraph. The short lines score as
    widgets and the region may stop halfway through the list. When lines that open with the
    same words (see ``_PART_MARKER_WORDS``) come back at least ``_MIN_PARTS_INSIDE`` times
    inside the article, each time after a paragraph of prose, the parts they open are the
    article's: every body block from the first part to the prose of the last part joins,
    the parts under the region included. Marker lines with widget wording (``Reply``,
    ``Report abuse``: ``lexicon.kind_cues``) open no part, so a comment thread is not
    taken for one, nor does one line printed the same under every item (a share row: the
    markers of a round-up name different shops).
    """
    kept = [index for index, flag in enumerate(keep) if flag]
    first, last = kept[0], kept[-1]
    kinds = state.lexicon.cached("boilerplate.kinds", _kind_patterns)
    markers: dict[str, list[int]] = {}
    for index in range(first, min(len(keep), last + 1 + _MAX_LIST_LINES)):
        block = state.blocks[index]
        if block.label != BODY:
            continue
        if block.end - block.start > _MAX_PART_MARKER_CHARS:
            continue  # a paragraph, not a marker line: no need to count its words
        text = state.block_text(block)
        words = _WORD.findall(text)
        if not 2 <= len(words) <= _MAX_PART_MARKER_WORDS or _ENDS_SENTENCE.search(text):
            continue
        key = " ".join(word.casefold() for word in words[:_PART_MARKER_WORDS])
        markers.setdefault(key, []).append(index)
    widget_wording: dict[str, bool] = {}  # by marker text: a list repeats its lines
    for places in markers.values():
        if len(places) <= _MIN_PARTS_INSIDE:
            continue  # too few to go on past the region (most keys: one line each)
        places = [
            place
            for place in places
            if not _has_widget_wording(state.block_text(state.blocks[place]), kinds, widget_wording)
        ]
        if not places:
            continue
        parts = _chained_parts(state, places)
        if sum(1 for place in parts if place < last) < _MIN_PARTS_INSIDE or parts[-1] < last:
            continue
        if len({_collapse(state.block_text(state.blocks[place])) for place in parts}) == 1:
            continue  # one line printed under every post (a share row) opens no parts
        end = parts[-1] + 1
        while end < len(keep) and _is_prose_block(state, end):
            end += 1
        start = parts[0]
        while start > first and not keep[start - 1]:
            start -= 1  # the first item's name and price, above its marker
        for index in range(start, end):
            if state.blocks[index].label == BODY:
                keep[index] = True


def _chained_parts(state: ParseState, places: Sequence[int]) -> list[int]:
    """The longest run of *places* in which each is at most ``_MAX_PART_BLOCKS`` blocks
    after the one before, with a paragraph of prose between them."""
    best: list[int] = []
    chain: list[int] = []
    for place in places:
        if chain and (
            place - chain[-1] > _MAX_PART_BLOCKS
            or not any(_is_prose_block(state, index) for index in range(chain[-1] + 1, place))
        ):
            chain = []
        chain.append(place)
        if len(chain) > len(best):
            best = list(chain)
    return best


def _is_prose_block(state: ParseState, index: int) -> bool:
    block = state.blocks[index]
    return block.label == BODY and is_prose(state.block_text(block)[:_MAX_SCAN_CHARS])


# The article's closing sentences right under the region: at most this many, of at least
# this many words each.
_MAX_CLOSING_SENTENCES = 2
_MIN_CLOSING_WORDS = 5


_OPENS_QUOTE = regex.compile(r"[\"“„«‘']")


def _extend_over_closing_sentences(
    state: ParseState, scores: Sequence[float], keep: list[bool], threshold: float
) -> None:
    """Let the article's short last paragraphs, right under the region, join it.

    A short closing paragraph (``Nobody was hurt.``) has too few words to weigh in the
    region and scores low beside the chrome under it. A block right under the region (photo
    captions may stand between) that ends in a sentence mark, scores at least *threshold*
    (the bar for blocks inside the region) and has no date and no widget wording is the
    article's end. Site lines that end the same way are told apart by their wording: they
    speak to the reader (``you``, outside a quote), trail off (``...``: a teaser) or shout
    (``!!``).
    """
    kinds = state.lexicon.cached("boilerplate.kinds", _kind_patterns)
    not_closing = state.lexicon.cached("boilerplate.not_closing_lines", _not_closing_pattern)
    joined = 0
    for index in range(len(keep) - keep[::-1].index(True), len(keep)):
        block = state.blocks[index]
        if block.label not in (BODY, CHROME):
            continue  # a caption under the last paragraph
        text = state.block_text(block)[:_MAX_SCAN_CHARS].strip()
        if (
            joined == _MAX_CLOSING_SENTENCES
            or block.label != BODY
            or scores[index] < threshold
            or _word_count(text) < _MIN_CLOSING_WORDS
            or not _LIST_LINE_END.search(text)
            or _DATE.search(text)
            or (not_closing.search(text) and not _OPENS_QUOTE.match(text))
            or any(pattern.search(text) for _, pattern in kinds)
        ):
            return
        keep[index] = True
        joined += 1


# An embedded post's text takes at most this many blocks above its signature line.
_MAX_POST_BLOCKS = 3


def _keep_embedded_posts(state: ParseState, keep: list[bool]) -> set[int]:
    """Keep social-media posts embedded in the article (``lexicon.embedded_post_signatures``).

    An embedded tweet reaches the text as its words, a link, and a signature line
    (``— Jane Doe (@janedoe) November 18, 2019``): short, dated, full of handles, it scores
    like a widget, but it is quoted material of the article. A signature line inside the
    region, or within a few blocks under it, is kept with the post's text above it (up to
    the article's previous kept block). Returns the indices of the signature lines.
    """
    pattern = state.lexicon.cached("boilerplate.post_signatures", _post_signature_pattern)
    kept = [index for index, flag in enumerate(keep) if flag]
    first, last = kept[0], kept[-1]
    signatures: set[int] = set()
    for index in range(first + 1, min(len(keep), last + 1 + _MAX_POST_BLOCKS)):
        block = state.blocks[index]
        if keep[index] or block.label != BODY:
            continue
        if not pattern.search(state.block_text(block)[:_MAX_SCAN_CHARS].strip()):
            continue
        signatures.add(index)
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
    return signatures


def _is_dateline_line(state: ParseState, text: str) -> bool:
    """A short line that opens a story: ``LONDON --``, ``BUFFALO, New York (AFP)``."""
    if not text[:1].isupper() or _word_count(text) > _MAX_DATELINE_WORDS:
        return False
    if _DATELINE_END.search(text):
        return True
    agency = _AGENCY_AT_END.search(text)
    return agency is not None and state.lexicon.agency(agency.group("agency")) is not None


# A comment header ("jdoe on May 2, 2019 at 4:47 pm said:") has at most this many words ...
_MAX_COMMENT_HEADER_WORDS = 20
# ... and a thread has at least this many headers, after this much article text.
_MIN_THREAD_HEADERS = 2
_MIN_WORDS_BEFORE_THREAD = 20


def _cut_comment_thread(state: ParseState, keep: list[bool]) -> tuple[int, int] | None:
    """End the article where its reader comments begin.

    Comments are prose too, and when no "Comments" line stands between them and the article
    the region runs on through the thread. Their headers give them away: short dated lines
    such as ``Alex on September 17, 2018 at 6:34 am said:`` (``lexicon.comment_headers``).
    The article ends before the first of several such headers, if article text comes first;
    the first and last index of the thread are returned (its blocks become chrome of kind
    ``comments``).
    """
    pattern = state.lexicon.cached("boilerplate.comment_headers", _comment_header_pattern)
    headers = []
    words_before = 0
    for index, flag in enumerate(keep):
        if not flag:
            continue
        text = state.block_text(state.blocks[index])[:_MAX_SCAN_CHARS]
        words = _word_count(text)
        if (
            words <= _MAX_COMMENT_HEADER_WORDS
            and _DATE.search(text) is not None
            and pattern.search(text) is not None
        ):
            if words_before >= _MIN_WORDS_BEFORE_THREAD:
                headers.append(index)
        else:
            words_before += words
    if len(headers) < _MIN_THREAD_HEADERS:
        return None
    end = len(keep) - 1 - keep[::-1].index(True)
    for index in range(headers[0], len(keep)):
        keep[index] = False
    return headers[0], end


# A heading that closes the article has at most this many words, after this much article.
_MAX_END_HEADING_WORDS = 6
_MIN_WORDS_BEFORE_END = 50


def _cut_at_end_heading(state: ParseState, keep: list[bool]) -> None:
    """End the article at a heading that opens a box under it ("About the author",
    "More Great WIRED Stories": ``lexicon.article_end_cues``), if article text comes first."""
    pattern = state.lexicon.cached("boilerplate.article_end_cues", _article_end_pattern)
    _cut_at_first(state, keep, pattern, _MAX_END_HEADING_WORDS)


def _cut_at_first(
    state: ParseState, keep: list[bool], pattern: regex.Pattern[str], max_words: int
) -> None:
    """Drop the first kept block of at most *max_words* that *pattern* finds, and every
    block after it, once the article has had ``_MIN_WORDS_BEFORE_END`` words."""
    words_before = 0
    for index, flag in enumerate(keep):
        if not flag:
            continue
        text = state.block_text(state.blocks[index])[:_MAX_SCAN_CHARS].strip()
        words = _word_count(text)
        if (
            words <= max_words
            and words_before >= _MIN_WORDS_BEFORE_END
            and pattern.search(text) is not None
        ):
            for later in range(index, len(keep)):
                keep[later] = False
            return
        words_before += words


# A teaser line (another story's headline) has this many words and no sentence end ...
_MIN_TEASER_WORDS = 3
_MAX_TEASER_WORDS = 20
# ... at most this share of its words hold digits (table rows and prices have more) ...
_MAX_TEASER_DIGIT_SHARE = 0.15
# ... and this many of them in a row inside the article are a teaser list, not its text
# (fewer at the article's first or last edge, where such lists begin and end it).
_MIN_TEASER_RUN = 3
_MIN_EDGE_TEASER_RUN = 2
# ... or the first line (or lines) of the article under this many teaser lines outside it.
_MIN_LIST_ABOVE = 3
_NO_TEASER = regex.compile(r"https?:|www\.|@|[$€£¥]\s?\d")


def _is_teaser_line(text: str) -> bool:
    """A line shaped like another story's headline: a few words, no sentence end."""
    if len(text) > _MEMO_CHARS:
        return _has_teaser_shape(text)
    return _remembered_teaser_shape(text)


def _has_teaser_shape(text: str) -> bool:
    words = _WORD.findall(text)
    if not _MIN_TEASER_WORDS <= len(words) <= _MAX_TEASER_WORDS:
        return False
    if _ENDS_SENTENCE.search(text) or _NO_TEASER.search(text):
        return False
    with_digits = sum(1 for word in words if _DIGIT.search(word))
    return with_digits <= _MAX_TEASER_DIGIT_SHARE * len(words)


_remembered_teaser_shape = functools.lru_cache(maxsize=_MEMO_TEXTS)(_has_teaser_shape)


def _drop_teaser_runs(
    state: ParseState, keep: list[bool], listed: Collection[int] = ()
) -> set[int]:
    """Drop runs of headline-shaped lines inside the article: lists of other stories.

    Sites print "Most read" or "More on this" lists between the article's paragraphs,
    often with no header line, and the region runs through them. Three or more lines in a
    row that look like headlines (no sentence end, few digits, no link or price) are such
    a list; tables and product boxes have digits or prices and stay. At the article's
    first or last edge two such lines are enough. Lines of a list that already scored too
    low to stay inside the region count towards its length once a kept line has opened it
    (the ones left would otherwise be too few to make a run). A list under a lead-in
    (``This post will discuss the following:``) is the article's own. Returns the indices it
    dropped.
    """
    dropped: set[int] = set()
    kept = [index for index, flag in enumerate(keep) if flag]
    if not kept:
        return dropped
    edges = {kept[0], kept[-1]}
    # The tail of a long list above the article may have joined it (a headline and its
    # deck are two such lines: the list must be longer to tell).
    above = kept[0]
    while above > 0 and _is_body_teaser(state, above - 1):
        above -= 1
    run: list[int] = []
    for index in [*range(len(keep)), -1]:
        if index >= 0 and not keep[index]:
            if run and index < kept[-1] and _is_body_teaser(state, index):
                run.append(index)  # dropped already, but part of the list
            continue
        if (
            index >= 0
            and index not in listed
            and _is_teaser_line(state.block_text(state.blocks[index])[:_MAX_SCAN_CHARS].strip())
        ):
            run.append(index)
            continue
        at_edge = bool(run) and (run[0] in edges or run[-1] in edges)
        at_end = bool(run) and run[-1] == kept[-1] and run[0] != kept[0]
        if run and _introduced(state, run[0]):
            pass  # the article's own list ("This post will discuss the following:")
        elif (
            at_end
            or len(run) >= (_MIN_EDGE_TEASER_RUN if at_edge else _MIN_TEASER_RUN)
            or (run[:1] == kept[:1] and kept[0] - above >= _MIN_LIST_ABOVE)
        ):
            for teaser in run:
                keep[teaser] = False
            dropped.update(run)
        run = []
    return dropped


def _introduced(state: ParseState, index: int) -> bool:
    """Whether the body block above *index* is a lead-in to a list (see :func:`_is_lead_in`)."""
    above = index - 1
    while above >= 0 and state.blocks[above].label != BODY:
        above -= 1
    return above >= 0 and _is_lead_in(state.block_text(state.blocks[above])[:_MAX_SCAN_CHARS])


# A block repeated outside the article has at least this many words (short lines repeat by
# chance: "Share", a section name) ...
_MIN_REPEAT_WORDS = 8
_MIN_REPEAT_CHARS = 2 * _MIN_REPEAT_WORDS - 1
# ... and this many of them in a row at the article's edge are a box of the site's, printed twice.
_MIN_REPEAT_RUN = 2


def _drop_repeated_edges(state: ParseState, keep: list[bool]) -> set[int]:
    """Drop runs of blocks at the article's edges that the page prints again outside it.

    A "Breaking News" ticker or a box of the latest stories, each a headline with its first
    sentence, reads like prose; printed right above or under the article, the region takes it
    in. Such boxes are often printed twice on a page (a ticker at the top and at the bottom),
    and an article's own paragraphs are not repeated outside the article. A run of two or
    more blocks at an edge is dropped when the page prints the whole run again, in the same
    order, outside the region (an article printed twice keeps both copies: they stand inside
    the region; a paragraph quoted once elsewhere is no run). Returns the indices it dropped.
    """
    kept = [index for index, flag in enumerate(keep) if flag]
    if len(kept) <= _MIN_REPEAT_RUN:
        return set()
    first, last = kept[0], kept[-1]
    # The page's body blocks outside the region, in order, as comparable texts.
    # (Blocks too short to hold _MIN_REPEAT_WORDS words stand for "" here: most of a page's
    # blocks outside the article are menu entries, not worth a collapse each.)
    outside = [
        _collapse(state.block_text(block)[:_MAX_SCAN_CHARS])
        if block.end - block.start >= _MIN_REPEAT_CHARS
        else ""
        for index, block in enumerate(state.blocks)
        if block.label == BODY and not first <= index <= last
    ]
    outside_texts = set(outside)
    dropped: set[int] = set()
    for order in (kept, kept[::-1]):
        texts = []
        for index in order:
            text = _collapse(state.block_text(state.blocks[index])[:_MAX_SCAN_CHARS])
            if text not in outside_texts or _word_count(text) < _MIN_REPEAT_WORDS:
                break
            texts.append(text)
        if not _MIN_REPEAT_RUN <= len(texts) < len(kept):
            continue
        if order is not kept:
            texts.reverse()  # the copy reads top to bottom, as the page prints it
        if _contains_run(outside, texts):
            for index in order[: len(texts)]:
                keep[index] = False
            dropped.update(order[: len(texts)])
    return dropped


def _contains_run(items: Sequence[str], run: Sequence[str]) -> bool:
    """Whether *run* stands in *items* as consecutive items."""
    return any(
        list(items[start : start + len(run)]) == list(run)
        for start in range(len(items) - len(run) + 1)
        if items[start] == run[0]
    )


# A list the article introduces ("Here is what changes:") follows a line of this many words
# or more that ends in a colon or trails off.
_MIN_LEAD_IN_WORDS = 4
_LEAD_IN_END = regex.compile(r"(?::|\.\.\.|…)\s*$")


def _is_lead_in(text: str) -> bool:
    """A line that introduces a list under it: ``Here is what changes:``."""
    return _LEAD_IN_END.search(text) is not None and _word_count(text) >= _MIN_LEAD_IN_WORDS


# A sentence that ends inside a line and another that starts after it: wrapped prose (a
# word of two lower-case letters or more before the stop: "St. Paul" is no sentence end).
_INNER_SENTENCE_END = regex.compile(r"(?<=\p{Ll}{2})[.!?][\"”’')\]]*\s+[\"“‘(]?\p{Lu}")


def _is_listed_headline(line: str) -> bool:
    """A line of a block that reads as a headline in a list: headline-shaped, opening with a
    capital or a figure, and no sentence ending inside it (a hard-wrapped paragraph's lines
    end without a full stop too, but run on from one sentence into the next)."""
    return (
        _is_teaser_line(line)
        and not line[:1].islower()
        and _INNER_SENTENCE_END.search(line) is None
    )


def _continues_a_sentence(line: str) -> bool:
    """A line that opens in lower case carries on the sentence of the line above it: that
    line was hard-wrapped prose, not a headline in a list."""
    return line[:1].islower()


def _drop_teaser_blocks(state: ParseState, keep: list[bool]) -> set[int]:
    """Drop blocks that are lists of other stories' headlines, one per line.

    A teaser box often reaches the text as one block of lines (a list without blank lines
    between its items), long enough to read like a paragraph. When at least two of its
    lines, and at least half of them, are headline-shaped (see :func:`_is_listed_headline`), it
    is such a box, unless the line above introduces it (``Here is what changes:``): then
    it is the article's own list. Returns the indices it dropped.
    """
    dropped = set()
    previous: str | None = None
    for index, flag in enumerate(keep):
        if not flag:
            continue
        text = state.block_text(state.blocks[index])[:_MAX_SCAN_CHARS]
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        teasers = sum(
            1
            for line, after in zip(lines, [*lines[1:], ""], strict=True)
            if _is_listed_headline(line) and not _continues_a_sentence(after)
        )
        introduced = previous is not None and _is_lead_in(previous)
        if len(lines) >= 2 and teasers >= 2 and 2 * teasers >= len(lines) and not introduced:
            keep[index] = False
            dropped.add(index)
        previous = text
    return dropped


# A line that opens with a teaser lead has at most this many words.
_MAX_TEASER_LEAD_WORDS = 30


def _drop_teaser_leads(state: ParseState, keep: list[bool]) -> set[int]:
    """Drop links to other stories inside the article: ``Related: <headline>``, ``Read
    more: <headline>``, ``Also on example.com <headline>`` (``lexicon.teaser_leads``).

    A short line that opens with such a lead and goes on after it is another story's
    headline, however well it reads. A lead alone (``Related:``) is a heading, left to the
    other rules. Returns the indices it dropped.
    """
    pattern = state.lexicon.cached("boilerplate.teaser_leads", _teaser_lead_pattern)
    dropped = set()
    for index, flag in enumerate(keep):
        if not flag:
            continue
        text = state.block_text(state.blocks[index])[:_MAX_SCAN_CHARS].strip()
        lead = pattern.match(text)
        if (
            lead is not None
            and _WORD.search(text, lead.end()) is not None
            and _word_count(text) <= _MAX_TEASER_LEAD_WORDS
        ):
            keep[index] = False
            dropped.add(index)
    return dropped


# A deck (standfirst) is short text at the top of the article (with the headline line) ...
_MAX_DECK_WORDS = 45
# ... followed within this many blocks by a byline or a date stamp.
_DECK_MARKER_REACH = 3


def _byline_lead_pattern(lexicon: Lexicon) -> regex.Pattern[str]:
    leads = "|".join(regex.escape(lead) for lead in sorted(lexicon.byline_leads, key=len)[::-1])
    return regex.compile(rf"(?i)^(?:{leads})\b\s*:?\s*(?:\p{{Lu}}|$)")


def _drop_deck(state: ParseState, keep: list[bool]) -> None:
    """Drop the deck: short sentences that open the article above its byline or date stamp.

    Pages print the headline, a one- or two-sentence summary, then ``By Jane Doe`` and the
    time, then the story. The summary reads like the lede and the region takes it in, but
    it is not the article's text (nor is a photo caption printed in the same place). It is
    dropped only when article text follows the byline or stamp; a headline line (no
    sentence end) above it is left for the headline step.
    """
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
        text = state.block_text(block)[:_MAX_SCAN_CHARS].strip()
        if above and (
            byline.search(text) is not None or _is_stamp(state, block) or _ends_in_stamp(text)
        ):
            if any(keep[index + 1 :]):
                for deck in above:
                    if _ENDS_SENTENCE.search(state.block_text(state.blocks[deck]).strip()):
                        keep[deck] = False
            return
        words += _word_count(text)
        if not keep[index] or words > _MAX_DECK_WORDS:
            return
        above.append(index)


def _drop_markup_lines(state: ParseState, keep: list[bool]) -> set[int]:
    """Drop lines of leaked HTML or script inside the article (``lexicon.markup_lines``).

    An ad's ``<a href=...><img ...>`` or a ``document.write(...)`` script reaches the text
    as a line of its own with too few tags to be cut up; between the article's paragraphs
    the region takes it in. The indices dropped are returned (their kind is ``markup``).
    """
    pattern = state.lexicon.cached("boilerplate.markup_lines", _markup_line_pattern)
    dropped = set()
    for index, flag in enumerate(keep):
        if flag and pattern.search(state.block_text(state.blocks[index])[:_MAX_SCAN_CHARS]):
            keep[index] = False
            dropped.add(index)
    return dropped


# A line that closes the article has at most this many words.
_MAX_END_LINE_WORDS = 60


def _cut_at_end_line(state: ParseState, keep: list[bool]) -> None:
    """End the article at a line that closes it: the writer's contact line, a disclaimer
    (``lexicon.article_end_lines``), if article text comes first. That line goes too."""
    pattern = state.lexicon.cached("boilerplate.article_end_lines", _end_line_pattern)
    _cut_at_first(state, keep, pattern, _MAX_END_LINE_WORDS)


# A date or time stamp line has at most this many words.
_MAX_STAMP_WORDS = 12
_DATELINE_END = regex.compile(r"(?:--|[-–—:])\s*$")


def _is_stamp(state: ParseState, block: Block) -> bool:
    text = state.block_text(block)[:_MAX_SCAN_CHARS]
    return _word_count(text) <= _MAX_STAMP_WORDS and _DATE.search(text) is not None


def _ends_in_stamp(text: str) -> bool:
    """A block of several lines whose last line is a date stamp: a byline run into the
    outlet's name, then ``Published 10:02 AM EST Nov 19, 2019``."""
    head, newline, last = text.rpartition("\n")
    return (
        bool(newline and head.strip())
        and _word_count(last) <= _MAX_STAMP_WORDS
        and _DATE.search(last) is not None
    )


def _drop_edge_stamps(state: ParseState, keep: list[bool], posts: set[int]) -> None:
    """Take date and time stamps (``March 3, 2024 10:15 am``) off the article's edges.

    The region is chosen generously, so a stamp line next to the article can join it. A
    dateline (``LONDON, March 3 --``) ends in a separator and stays. At the article's end,
    short lines whose wording names a widget (``Terms of Service Privacy Notice``, ``Share
    this``: ``lexicon.kind_cues``) go too, with the stamps among them.
    """
    kinds = state.lexicon.cached("boilerplate.kinds", _kind_patterns)
    kept = [index for index, flag in enumerate(keep) if flag]
    for order in (kept, kept[::-1]):
        for index in order[:-1]:
            block = state.blocks[index]
            text = state.block_text(block)[:_MAX_SCAN_CHARS]
            widget = (
                order is not kept
                and _word_count(text) <= _MAX_STAMP_WORDS
                and any(pattern.search(text) for _, pattern in kinds)
            )
            stamp = _is_stamp(state, block) and index not in posts
            if not widget and (not stamp or _DATELINE_END.search(text)):
                break
            keep[index] = False


def _kind_patterns(lexicon: Lexicon) -> list[tuple[str, regex.Pattern[str]]]:
    return [(kind, regex.compile("(?i)" + pattern)) for kind, pattern in lexicon.kind_cues]


def _kind(state: ParseState, block: Block, default: str) -> str:
    text = state.block_text(block)[:_MAX_SCAN_CHARS]
    for kind, pattern in state.lexicon.cached("boilerplate.kinds", _kind_patterns):
        if pattern.search(text):
            return kind
    return default
