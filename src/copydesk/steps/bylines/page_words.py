"""What the page prints in lower case: the test that tells a writer's name from a phrase.

A surname is hardly ever printed in lower case elsewhere on its page; the words of a menu,
a tag row or a section label ("Use Case", "Also Read", "Most Emailed") are. The byline
passes ask these questions of every candidate name (see :func:`common_words`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from copydesk._state import ParseState
from copydesk.lexicon import Lexicon
from copydesk.reading.links import without_links
from copydesk.reading.names import name_words, opens_with_given_name
from copydesk.reading.page import find_words
from copydesk.steps.bylines.words import BylineWords

__all__ = ["common_words", "printed_as_word", "reads_as_phrase", "reads_as_words"]

_WORD_TOKEN = regex.compile(r"\w+")
# A word of a menu's phrase taken for a name is at least this long ("Use Case").
_MIN_PHRASE_WORD = 3


def common_words(state: ParseState, names: Sequence[str]) -> bool:
    """Whether a word of *names* is printed in lower case elsewhere on the page.

    "Article Tools", "Also Read", "Most Emailed" stand by a date as a byline does, but
    their words turn up in lower case in the page's sentences; a surname hardly ever does.
    A stopword of any language counts only where it opens the name ("Also Read"): after a
    given name it is a surname or a particle of another language ("Mahua Das", "Ana de
    Souza"), and counts only when the page prints it in lower case.
    """
    for name in names:
        # (A person's surname may be printed in lower case in the page's links, "Google
        # Analytics"' words in a link are a product's: only a known given name tells.)
        person = opens_with_given_name(name_words(state.lexicon), name)
        for position, word in enumerate(_WORD_TOKEN.findall(name)):
            lowered = word.casefold()
            if position == 0 and lowered in _stopwords(state.lexicon):
                return True
            if lowered != word and printed_as_word(state.text, lowered, in_links=not person):
                return True
    return False


def reads_as_phrase(state: ParseState, words: BylineWords, name: str) -> bool:
    """Whether *name* opens with a word the page prints in lower case (or a stopword) that
    is no known given name: ``Use Case``, ``Team Size``, ``Thread Tools``, a menu's words
    after "By", not a person's."""
    printed = name.split()[0]
    first = printed.casefold()
    if first in words.names.given_names or first == printed or len(first) < _MIN_PHRASE_WORD:
        return False  # (a handle, "jroe", is printed in lower case; "Al" is short)
    return first in _stopwords(state.lexicon) or printed_as_word(state.text, first)


# A "name" with this many words the page prints in lower case is a run of link texts or
# tags ("Wedding Checklists Just Engaged Wedding Planning"), whatever lead-in opens it.
_MAX_PAGE_WORDS_IN_NAME = 3


def reads_as_words(state: ParseState, name: str) -> bool:
    """Whether *name* holds `_MAX_PAGE_WORDS_IN_NAME` or more words that the page prints in
    lower case (a person's name holds one or two at most: "Rich Miller", "Grace Rose")."""
    found = 0
    for word in set(_WORD_TOKEN.findall(name)):
        lowered = word.casefold()
        if lowered != word and printed_as_word(state.text, lowered):
            found += 1
    return found >= _MAX_PAGE_WORDS_IN_NAME


def printed_as_word(text: str, word: str, *, in_links: bool = True) -> bool:
    """Whether *word* stands in *text* as a whole word, as printed (case counts); without
    *in_links*, not counting the words of its links, addresses and handles, where a
    writer's surname is printed in lower case (``jane.doe@example.com``).

    >>> printed_as_word("Use the case.", "case"), printed_as_word("Use Cases.", "case")
    (True, False)
    """
    if _WORD_TOKEN.fullmatch(word):
        # A word of word characters stands whole in the text exactly when it is one of the
        # text's runs of them: a set lookup, not a pattern compiled and run over the page
        # for each word (some 5% of a page's parse, most of it compiling).
        return word in (_words_printed(text) if in_links else _words_outside_links(text))
    return regex.search(rf"\b{regex.escape(word)}\b", text) is not None


@functools.lru_cache(maxsize=1)
def _words_printed(text: str) -> frozenset[str]:
    """The words of *text*, as printed (one page at a time: the page being parsed)."""
    return frozenset(find_words(text))


@functools.lru_cache(maxsize=1)
def _words_outside_links(text: str) -> frozenset[str]:
    """The words of *text* but those of its links, addresses and handles (``janedoe.blog``,
    ``/author/jane-doe``)."""
    return frozenset(find_words(without_links(text)))


def _stopwords(lexicon: Lexicon) -> frozenset[str]:
    """Every language's stopwords of *lexicon*, as one set (built once per lexicon)."""
    return lexicon.cached(
        "bylines.all_stopwords",
        lambda tables: frozenset(word for words in tables.stopwords.values() for word in words),
    )
