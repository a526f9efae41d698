"""What a quote without a cue of its own is: a title (``"Face the Nation"``), a scare quote
(``a "perfect storm"``), a partial quote, or direct speech that opens a sentence."""

from __future__ import annotations

from copydesk._models import QuoteKind
from copydesk.steps.quotes.after import WINDOW
from copydesk.steps.quotes.cues import Patterns
from copydesk.steps.quotes.marks import Pair
from copydesk.steps.quotes.words import is_capitalised, last_sentence_start, visible_end

# Quoted words longer than this are never a title.
_MAX_TITLE_LENGTH = 120


def is_title(content: str, small_words: frozenset[str]) -> bool:
    """Whether quoted words read as a title: ``"Good Morning America"``, ``"Face the Nation,"``
    (*small_words*, such as ``the``, may stay in lower case).

    >>> is_title("Face the Nation,", frozenset({"the"})), is_title("we are ready", frozenset())
    (True, False)
    """
    if len(content) > _MAX_TITLE_LENGTH:
        return False
    content = content.strip().rstrip(",")
    words = content.split()
    if not 2 <= len(words) <= 10 or content[-1:] in "!?…" or "." in content[:-1]:
        return False
    if not is_capitalised(words[0]):
        return False
    # One pass: count capitalised words, give up at the first other word that is not small.
    capitalised = 0
    for word in words:
        if is_capitalised(word):
            capitalised += 1
        elif word not in small_words and word[:1].isalpha():
            return False
    return capitalised >= 2


def opens_sentence(text: str, pair: Pair, floor: int) -> bool:
    """Whether the quote opens a sentence (or the text after *floor*)."""
    end = visible_end(text, floor, pair.start)
    if end <= floor or text[end - 1] in '.!?:…"”’―—–-':
        return True
    # "''" closes a quotation in the New York Times; "…on 'Meet the Press.' '…" closes a
    # single-quoted one after its full stop (a lone "'" may be a plural's possessive).
    return text[end - 2 : end] == "''" or (
        text[end - 1] == "'" and text[end - 2 : end - 1] in ".!?…"
    )


def reads_as_speech(text: str, pair: Pair, floor: int) -> bool:
    """Whether the quote reads as a sentence of speech: it opens a sentence, and ends one or
    runs to six words (``"Big time."`` after the speaker's previous sentence is one too)."""
    if not opens_sentence(text, pair, floor):
        return False
    content = text[pair.text_start : pair.text_end].strip()
    words = len(content.split(None, 6))
    ends = content[-1:] in ".!?…,—–-" or not pair.closed
    return (words >= 3 and (ends or words >= 6)) or (content[-1:] in ".!?" and pair.closed)


def kind_without_cue(text: str, pair: Pair, floor: int, patterns: Patterns) -> QuoteKind:
    """The kind of a quote that no cue introduces."""
    if reads_as_speech(text, pair, floor):
        return "direct"
    content = text[pair.text_start : pair.text_end].strip()
    words = content.split(None, 9)  # the rules below count up to nine words
    if 0 < len(words) <= 8 and all(
        is_capitalised(word) or len(word) <= 3 or not word[:1].isalpha() for word in words
    ):
        return "title"
    if len(words) <= 4:
        sentence_start = last_sentence_start(
            patterns.abbreviations, text, max(floor, pair.start - WINDOW), pair.start
        )
        if patterns.find_verb(text, sentence_start, pair.start) is None:
            return "scare"
    return "partial"
