"""Is this text a whole web page? Page detection, and the line tools it shares.

A page dumped to text shows page furniture: runs of short menu lines, chrome lines, menu rows,
a title line repeated lower down. :func:`looks_like_page` tells such a text from a tidy
article; the page reader (:mod:`copydesk.steps.boilerplate`) and the headline step both ask
it. The small tools it needs (word counts, collapsed text, where the title line is repeated)
are the ones those steps use too.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

import regex

from copydesk._state import BODY, CHROME, ParseState

__all__ = [
    "DATELINE_OPENING",
    "ENDS_SENTENCE",
    "FEW_MEMO_TEXTS",
    "MAX_SCAN_CHARS",
    "MEMO_CHARS",
    "MEMO_TEXTS",
    "SHORT_WORDS",
    "TITLE_WINDOW",
    "WORD",
    "LineMemo",
    "ascii_stand_in",
    "collapse",
    "collapse_within",
    "find_words",
    "looks_like_page",
    "opening_words",
    "title_repeat_index",
    "word_count",
]

#: A word, as the page tools count them.
WORD = regex.compile(r"\w+")
# The same runs in ASCII text: there ``regex``'s ``\w`` is ``[A-Za-z0-9_]`` (a unit test
# checks every ASCII character), and the standard library's engine finds them in about half
# the time. Most lines of a page are ASCII, and ``str.isascii`` costs nothing to ask.
_ASCII_WORD = re.compile(r"\w+", re.ASCII)
# The typographic marks that keep most other lines of a page from being ASCII (curly quotes
# and apostrophes, dashes, bullets, arrows, stars, signs). None is a word character, so a
# line with each of them replaced by a space keeps its words, letters and digits where they
# stood, and nine in ten such lines (by length) are ASCII then.
_TYPOGRAPHIC_MARKS = "’‘“”—–…‑―•·©®™★☆→←»«›‹×°\u200b"


def ascii_stand_in(text: str) -> str | None:
    """*text*, or *text* with its typographic marks replaced by spaces, when that is ASCII
    (else None): its runs of word characters, letters or digits are those of *text*, and
    the standard library's engine finds them faster (never use it for anything else).

    >>> ascii_stand_in("It’s “done” — 5★"), ascii_stand_in("Café")
    ('It s  done    5 ', None)
    """
    if not text.isascii():
        for mark in _TYPOGRAPHIC_MARKS:
            if mark in text:
                text = text.replace(mark, " ")
        if not text.isascii():
            return None
    return text


#: A block's text ends in a sentence mark (or a colon), closing quotes and brackets allowed.
#: (Searched from the end, ``(?r)``: a forward search tried every mark of a paragraph.)
ENDS_SENTENCE = regex.compile(r"(?r)[.!?。！？:][\"”’')\]]*$")
#: A paragraph opens with a dateline: a place in capitals, maybe an agency in brackets, a
#: dash (``CHICAGO -- ...``, ``LONDON (Reuters) - ...``): the article's first paragraph.
DATELINE_OPENING = regex.compile(
    r"\p{Lu}[\p{Lu}.,' ]{2,60}(?:\([^()\n]{1,40}\))?\s*(?:--|[-–—:])\s"
)
#: A line of at most this many words with no sentence end is a menu-like short line.
SHORT_WORDS = 6
# More than SHORT_WORDS words, read from the start only (no list of every word).
_MORE_THAN_SHORT = regex.compile(rf"\W*+(?:\w++\W*+){{{SHORT_WORDS + 1}}}")
#: The page tools read at most this many characters of a block (a block this long is never
#: cut up by the page reader; the bound also limits the regex work per block).
MAX_SCAN_CHARS = 2000
#: A page repeats its short lines (menus, share rows), so texts up to this long are read
#: once and remembered (longer ones rarely repeat), up to this many at once.
MEMO_CHARS = 100
MEMO_TEXTS = 1024
#: A memo that only saves time (a page of one or a few short lines repeated: credits, name
#: and role lines) keeps this many texts: a memo of ``MEMO_TEXTS`` distinct lines held as
#: many strings, and raised the peak memory of a page of lines that all differ.
FEW_MEMO_TEXTS = 64

#: How far below the first line (in blocks) the title's headline part may be repeated:
#: :func:`title_repeat_index` reads no text past it.
TITLE_WINDOW = 150
# A repeat of the title has at least this many characters (collapsed).
_MIN_TITLE_REPEAT_CHARS = 12

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


_T = TypeVar("_T")


class LineMemo(Generic[_T]):
    """*read*, a reading of a text alone, with each short text read once: for one pass
    over a page whose lines repeat (credits, name and role lines, post headers). It keeps
    at most ``FEW_MEMO_TEXTS`` texts of at most ``MEMO_CHARS`` and is let go with the pass.

    >>> count = LineMemo(lambda text: len(text.split()))
    >>> count("Photo: Jane Doe"), count("Photo: Jane Doe")
    (3, 3)
    """

    __slots__ = ("_known", "_read")

    def __init__(self, read: Callable[[str], _T]) -> None:
        self._read = read
        self._known: dict[str, _T] = {}

    def __call__(self, text: str) -> _T:
        known = self._known
        if text in known:
            return known[text]
        answer = self._read(text)
        if len(text) <= MEMO_CHARS:
            if len(known) >= FEW_MEMO_TEXTS:
                known.clear()  # bounded: a page of lines that all differ gains nothing
            known[text] = answer
        return answer


def find_words(text: str) -> list[str]:
    """``WORD.findall(text)``: the same words, found faster in ASCII text.

    >>> find_words("Storm hits the coast"), find_words("Sturm trifft die Küste")
    (['Storm', 'hits', 'the', 'coast'], ['Sturm', 'trifft', 'die', 'Küste'])
    """
    plain = ascii_stand_in(text)
    words: list[str] = WORD.findall(text) if plain is None else _ASCII_WORD.findall(plain)
    return words


def word_count(text: str) -> int:
    """How many words *text* holds (remembered for short texts: the page reader reads the
    same menu and share lines again and again).

    >>> word_count("Home | News | Sport")
    3
    """
    if len(text) > MEMO_CHARS:
        return len(find_words(text))
    return _short_word_count(text)


@functools.lru_cache(maxsize=MEMO_TEXTS)
def _short_word_count(text: str) -> int:
    return len(find_words(text))


def collapse(text: str) -> str:
    """*text* with its spacing collapsed to single spaces, casefolded: lines compare so.

    >>> collapse("Storm  hits\\nthe Coast")
    'storm hits the coast'
    """
    return " ".join(text.split()).casefold()


def collapse_within(text: str, limit: int) -> str | None:
    """``collapse(text)``, or None when it would be longer than *limit* characters.

    Casefolding never shortens a string, so a block whose collapsed spacing is already too
    long to fit inside a title is dropped before the (costlier) casefold.

    >>> collapse_within("Storm  hits", 20), collapse_within("Storm  hits", 5)
    ('storm hits', None)
    """
    joined = " ".join(text.split())
    return None if len(joined) > limit else joined.casefold()


def opening_words(text: str) -> str:
    """The first two words of *text*, collapsed: the start of ``collapse(text)``, found
    without splitting the rest of a long paragraph.

    >>> opening_words("Storm  hits\\nthe coast")
    'storm hits'
    """
    return " ".join(text.split(None, 2)[:2]).casefold()


def title_repeat_index(texts: Sequence[str]) -> int | None:
    """Index of the first text below the first one (the page title line) that repeats
    (part of) it.

    >>> title_repeat_index(["Storm hits the coast | Daily Planet", "Home", "Storm hits the coast"])
    2
    """
    if not texts:
        return None
    title = collapse(texts[0])
    for index in range(1, min(len(texts), TITLE_WINDOW)):
        text = texts[index]
        # Block texts are normalised (their only spaces are " " and "\n"), and case folding
        # never shortens a character: a text with more other characters than the title
        # cannot be part of it, and collapsing it would cost more than this count.
        if len(text) - text.count(" ") - text.count("\n") > len(title):
            continue
        candidate = collapse(text)
        if len(candidate) >= _MIN_TITLE_REPEAT_CHARS and candidate in title:
            return index
    return None


def _is_menu_row(text: str) -> bool:
    return (
        len(_MENU_SEPARATOR.findall(text)) >= _MENU_ROW_SEPARATORS
        and word_count(text) <= _MAX_MENU_ROW_WORDS
    )


def looks_like_page(state: ParseState) -> bool:
    """Whether the text is a whole web page rather than a tidy article.

    >>> from copydesk.steps import page_state
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
    # The title's repeat is looked for near the top: most pages show one (no text below).
    top = [state.block_text(block)[:MAX_SCAN_CHARS] for block in blocks[:TITLE_WINDOW]]
    if title_repeat_index(top) is not None:
        return True
    if len(blocks) < _MIN_PAGE_BLOCKS:
        return False  # a short text with a table (an earnings report) is no page
    if sum(block.label == CHROME for block in state.blocks) >= _PAGE_CHROME_LINES:
        return True
    texts = [state.block_text(block)[:MAX_SCAN_CHARS] for block in blocks]
    if sum(_is_menu_row(text) for text in texts) >= _PAGE_MENU_ROWS:
        return True
    run = 0
    for block, text in zip(blocks, texts, strict=True):
        if block.label != BODY:
            continue
        if not _MORE_THAN_SHORT.match(text) and not ENDS_SENTENCE.search(text):
            run += 1
            if run >= _MENU_RUN:
                return True
        else:
            run = 0
    return False
