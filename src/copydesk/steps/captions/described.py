"""Captions that describe a picture: picture language, a picture's verb, ``Label:
description`` lines, a caption glued above a paragraph or before a repeated lede, a line
between two captions.

A bare sentence under a photo reads like prose; these tests read what sets a caption
apart (``(left)``, ``Soldiers stand guard next to ...`` without a period).
"""

from __future__ import annotations

from bisect import bisect_right
from functools import partial
from operator import attrgetter

import attrs
import regex

from copydesk._models import Caption
from copydesk._state import BODY, ParseState
from copydesk.lexicon import Lexicon
from copydesk.reading.names import parse_names
from copydesk.reading.page import LineMemo
from copydesk.reading.prose import is_prose
from copydesk.steps.captions.wording import (
    BY,
    QUOTE_MARKS,
    TOKEN,
    WEB_MARKS,
    one_sentence,
    sentence_abbreviations,
)

__all__ = [
    "MAX_BARE_CAPTION_CHARS",
    "Cues",
    "PictureDescriptions",
    "StorySearches",
    "between_captions",
    "caption_cues",
    "describes_picture",
    "glued_before_repeat",
    "holds_quote_mark",
    "labelled_caption",
    "names_someone_in_a_picture",
    "repeats_quote_of_story",
    "split_before_repeated_lede",
    "split_glued_caption",
]

# A caption without a credit is one short line: a sentence at most.
MAX_BARE_CAPTION_CHARS = 400
_MIN_BARE_CAPTION_WORDS = 3
_MAX_BARE_CAPTION_WORDS = 60
# A block ending without a period is a caption by its verb only when it is this long: a
# shorter one reads as a headline ("Annual festival celebrates the town").
_MIN_VERB_CAPTION_WORDS = 7
_MAX_VERB_CAPTION_WORDS = 30
# Most words of a caption sentence are lower case; a related-story link is in title case.
_MAX_CAPITALISED_SHARE = 0.5
_SENTENCE_END = (".", "!", "?", ":", ";", '"', "”", "'", "’", ")")
# A line that reports speech is the story's, not a picture's.
_SPEECH = regex.compile(r"(?i)\b(?:said|says|told|asked)\b")
# Marks of a headline or a menu row: "Rookie gets start | Team Notebook", "We will stand - Doe".
_HEADLINE_MARKS = regex.compile(r"\s\|\s|;|\s[-–—]\s\p{Lu}[\w'’.-]*$")

# Emoji and the like after a sentence's end: "... on KLOOK! 🙂".
# Searched backwards from the end (REVERSE): a forward search would try every position.
_TRAILING_SYMBOLS = regex.compile(r"[\s\p{So}\p{Sk}\uFE0F]*+\Z", regex.REVERSE)

# "No go: Jane Doe will stay at home": a label of a few words, a colon, a description.
_LABELLED = regex.compile(
    r"(?P<label>\p{Lu}[\w'’,!-]*+(?:\s[\w'’,!-]++){0,4}):\s(?P<description>\p{Lu}[^\n:]+)"
)
_MIN_LABELLED_WORDS = 6
# The names of the people pictured may make most of a labelled caption's words.
_MAX_LABELLED_CAPITALISED = 0.6
_SINGLE_QUOTE = regex.compile(r"(?:^|\s)['‘]\w")
# Two capitalised words in a row, the first maybe possessive: a person's name.
_TWO_NAME_WORDS = regex.compile(r"\b\p{Lu}\p{Ll}+(?:['’]s)?\s\p{Lu}[\p{L}'’-]*?\p{Ll}\b")

# Every built-in picture cue holds one of these (a cheap test before the pattern runs).
_CUE_MARKS = ("(", "left", "right", "centre", "center", "ground", "photo", "picture", "image")
_CUE_MARKS_EXTRA = ("handout", "hands", "combined", "view", "artist")
# Up to this long, a text is searched for the cues in one alternation: on a short line each
# search costs mostly its call, and the built-in cues took a call each (a text of many
# short lines that hold a mark, "Photo: ...", spent a fifth of its parse here).
_SHORT_CUE_TEXT = 200


@attrs.frozen
class Cues:
    cues: tuple[regex.Pattern[str], ...]
    """The cues as one alternation, or (the built-in ones) each on its own."""
    alternation: regex.Pattern[str]
    """The cues as one alternation (for short texts)."""
    verbs: frozenset[str]
    marks: tuple[str, ...] | None
    """Words one of which every cue holds (None: cues were added, try them all)."""
    glued: regex.Pattern[str]
    date_end: regex.Pattern[str]
    """Any of the dates an agency's caption ends with (see
    :attr:`~copydesk.Lexicon.caption_date_ends`)."""
    abbreviations: frozenset[str]
    """Abbreviations whose period ends no sentence (see :func:`sentence_abbreviations`)."""
    """Any of the glued caption cues (see :attr:`~copydesk.Lexicon.glued_caption_cues`)."""

    @classmethod
    def build(cls, lexicon: Lexicon) -> Cues:
        built_in = lexicon.caption_cues == Lexicon.default().caption_cues
        alternation = regex.compile("|".join(f"(?:{pattern})" for pattern in lexicon.caption_cues))
        if built_in:
            # Each cue searched on its own keeps the literal it requires, which the engine
            # looks for first: about three times faster than the alternation, which tried
            # every cue at every position. (An added cue may hold an inline flag, which in
            # the alternation applies to all of them: those keep the alternation.)
            cues = tuple(regex.compile(pattern) for pattern in lexicon.caption_cues)
        else:
            cues = (alternation,)
        return cls(
            cues=cues,
            alternation=alternation,
            verbs=frozenset(verb.casefold() for verb in lexicon.caption_verbs),
            marks=_CUE_MARKS + _CUE_MARKS_EXTRA if built_in else None,
            abbreviations=sentence_abbreviations(lexicon),
            glued=regex.compile("|".join(f"(?:{cue})" for cue in lexicon.glued_caption_cues)),
            date_end=regex.compile("|".join(f"(?:{end})" for end in lexicon.caption_date_ends)),
        )

    def search(self, text: str) -> bool:
        """Whether *text* holds picture language."""
        if self.marks is not None:
            folded = text.casefold()
            if not any(mark in folded for mark in self.marks):
                return False
        if len(text) <= _SHORT_CUE_TEXT:
            return self.alternation.search(text) is not None
        return any(cue.search(text) is not None for cue in self.cues)


def caption_cues(lexicon: Lexicon) -> Cues:
    """The picture cues and verbs of *lexicon*, compiled once until it changes."""
    return lexicon.cached("captions.cues", Cues.build)


def _short_line(text: str) -> list[str] | None:
    """The words of *text* if it is one short line that may be a caption (cheap tests)."""
    if "\n" in text or text.endswith("?"):
        return None
    if not (text[:1].isupper() or text[:1] == "(") or BY.match(text):
        return None  # "By Jane Doe (left)" is a byline
    words = text.split()
    if not _MIN_BARE_CAPTION_WORDS <= len(words) <= _MAX_BARE_CAPTION_WORDS:
        return None
    return words


def holds_quote_mark(text: str) -> bool:
    """Whether *text* holds a mark of :data:`QUOTE_MARKS` (an ``in`` test per mark: many
    times cheaper than the search, before the costlier tests of a picture's description;
    a quarter of the lines tried hold one)."""
    return '"' in text or "“" in text or "”" in text or "«" in text or "»" in text


def describes_picture(cues: Cues, text: str, *, beside_headline: bool) -> bool:
    """Whether a one-sentence block describes a picture: picture language anywhere
    (``(left)``, ``in this file photo``), or a present-tense verb of a picture in a short
    sentence that ends without a period (``Soldiers stand guard next to ...``).

    Beside the headline, outside the story the page classifier chose, the sentence may
    end in a period: no paragraph of the story is at stake there.
    """
    words = _short_line(text)
    if words is None or holds_quote_mark(text):
        return False  # (either way, one_sentence refuses a quotation at the end)
    if cues.search(text):
        return one_sentence(cues.abbreviations, text) and not _SPEECH.search(text)
    # (A digit at the end first: the cheap test.)
    if text.rstrip(".")[-1:].isdigit() and cues.date_end.search(text) is not None:
        return _dated_caption(cues, text, words)
    # The cheap tests first: most blocks are paragraphs that end in a period.
    if not _MIN_VERB_CAPTION_WORDS <= len(words) <= _MAX_VERB_CAPTION_WORDS:
        return False
    if _ends_sentence(text) and not beside_headline:
        return False
    capitalised = sum(word[:1].isupper() for word in words) / len(words)
    if capitalised > _MAX_CAPITALISED_SHARE:
        return False
    # A verb in lower case: "Chase" opens a bank's name.
    if not any(word in cues.verbs for word in TOKEN.findall(text)):
        return False
    if _HEADLINE_MARKS.search(text) or WEB_MARKS.search(text) or _SPEECH.search(text):
        return False
    return one_sentence(cues.abbreviations, text)


class PictureDescriptions:
    """:func:`describes_picture` for one page, each short line read once for each place
    (beside the headline or not): a page of short lines repeats them."""

    def __init__(self, cues: Cues) -> None:
        self._apart = LineMemo(partial(_describes, cues, False))
        self._beside = LineMemo(partial(_describes, cues, True))

    def __call__(self, text: str, *, beside_headline: bool) -> bool:
        return (self._beside if beside_headline else self._apart)(text)


def _describes(cues: Cues, beside_headline: bool, text: str) -> bool:
    return describes_picture(cues, text, beside_headline=beside_headline)


# A sentence of the story that ends in a date: "The hearing will be held on Monday, Jan.
# 14, 2008.", "The deal was signed ...", "The deadline is Wednesday, April 15". A caption
# says what the picture shows, in the present tense.
_AUXILIARY = regex.compile(
    r"(?i)\b(?:will|would|was|were|had|has|have|been|could|should|must|expected|scheduled"
    r"|due|set\s+(?:for|to)|(?:is|are)\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    # A page's stamp: "This story was last updated ...", "Story published at 10 a.m. on ...".
    r"|published|updated|posted|modified|printed|created|edited)\b"
)
_MIN_DATED_CAPTION_WORDS = 7
_MAX_DATED_CAPTION_WORDS = 40
# A caption describes something: some of its words are in lower case.
_MIN_DATED_CAPTION_LOWER_WORDS = 3


def _dated_caption(cues: Cues, text: str, words: list[str]) -> bool:
    """Whether a one-line block that ends in a weekday and a full date (``Workers repair
    the old bridge in the town centre, Monday, Jan. 7, 2008.``) is an agency's caption:
    one sentence of a few words, no speech, no auxiliary verb."""
    if not _MIN_DATED_CAPTION_WORDS <= len(words) <= _MAX_DATED_CAPTION_WORDS:
        return False
    if ":" in text or sum(word.islower() for word in words) < _MIN_DATED_CAPTION_LOWER_WORDS:
        return False  # "Print Date: Saturday, ...", "Thursday Jan 10 – Sunday Jan 13, 2008"
    if _SPEECH.search(text) or _AUXILIARY.search(text) or WEB_MARKS.search(text):
        return False
    return one_sentence(cues.abbreviations, text)


# "Jane Doe speaks during ...", "Mayor Jane Doe gestures as ...": a name (a title maybe) of
# capitalised words, then the verb (matched in the words of the sentence).
_NAME_THEN_WORD = regex.compile(
    r"(?:\p{Lu}[\p{L}.'’-]*\s){2,5}(?P<verb>\p{Ll}+)\b(?P<rest>\s\p{Ll}+\b)?"
)


def names_someone_in_a_picture(cues: Cues, text: str) -> bool:
    """Whether a one-sentence block that ends in a period says what someone named in it
    does in a picture: ``Jane Doe speaks during a news conference in Ottawa.`` A story
    tells its news in the past tense ("Doe spoke"); a caption in the present, with the
    picture's verb right after the name."""
    match = _NAME_THEN_WORD.match(text)  # (the cheap test first: most blocks fail it)
    if match is None or not match.group("verb").endswith("s"):
        return False  # "speaks", "gestures"; not "speak" ("Jane Doe and Pat Roe speak" aside)
    if match.group("verb") not in cues.verbs or holds_quote_mark(text):
        return False
    words = _short_line(text)
    if words is None or not _MIN_VERB_CAPTION_WORDS <= len(words) <= _MAX_VERB_CAPTION_WORDS:
        return False
    if _HEADLINE_MARKS.search(text) or WEB_MARKS.search(text) or _SPEECH.search(text):
        return False
    return one_sentence(cues.abbreviations, text)


def _ends_sentence(text: str) -> bool:
    """Whether *text* ends a sentence, emoji and other symbols after the stop aside."""
    symbols = _TRAILING_SYMBOLS.search(text)  # always matches: the run may be empty
    end = symbols.start() if symbols is not None else len(text)
    return text[:end].endswith(_SENTENCE_END)


def split_glued_caption(state: ParseState, cues: Cues, index: int, text: str) -> bool:
    """Cut a caption line off the paragraph it was glued above; True if cut.

    ``Jane Doe delivers a speech in the old town, 18 Nov 2007`` / ``Doe, the former ...``:
    the first line describes a picture (as :func:`describes_picture` reads it, in the
    story: no period at its end) and the rest of the block is a paragraph of prose.
    """
    first_line, newline, rest = text.partition("\n")
    if not newline or len(first_line) > MAX_BARE_CAPTION_CHARS:
        return False
    if not describes_picture(cues, first_line, beside_headline=False) or not is_prose(rest):
        return False
    block = state.blocks[index]
    state.split_block(index, block.start + len(first_line))
    return True


# "… in action in 2007. African Nations Cup holders Egypt …": the first sentence ends.
_FIRST_STOP = regex.compile(r"(?<=[\w)][.!])\s+(?=\p{Lu})")
_MAX_GLUED_CAPTION_WORDS = 25
# The repeated lede is matched by its first characters.
_REPEAT_KEY_CHARS = 60
_REPEAT_WITHIN_BLOCKS = 3


def split_before_repeated_lede(state: ParseState, index: int, text: str) -> bool:
    """Cut a caption sentence off a teaser that repeats the story's lede; True if cut.

    ``Jane Doe in action in 2007. The holders won again …`` where ``The holders won again
    …`` opens one of the next blocks too: the page printed the photo's caption, then a
    summary (the lede, again). The sentence before the repeat is the caption.
    """
    stop = _FIRST_STOP.search(text, 0, MAX_BARE_CAPTION_CHARS)
    if stop is None:
        return False
    first, rest = text[: stop.start()], text[stop.end() :]
    if len(rest) < _REPEAT_KEY_CHARS or len(first.split()) > _MAX_GLUED_CAPTION_WORDS:
        return False
    if QUOTE_MARKS.search(first) or _SPEECH.search(first) or not first[:1].isupper():
        return False
    cues = caption_cues(state.lexicon)
    if not (
        cues.search(first)
        or cues.glued.search(first)
        or any(word in cues.verbs for word in TOKEN.findall(first))
    ):
        return False  # the teaser's own first sentence: no picture in it
    key = rest[:_REPEAT_KEY_CHARS]
    following = state.blocks[index + 1 : index + 1 + _REPEAT_WITHIN_BLOCKS]
    if not any(key in state.block_text(block) for block in following if block.is_body):
        return False
    block = state.blocks[index]
    state.split_block(index, block.start + stop.start())
    state.blocks[index].kind = _GLUED_BEFORE_REPEAT
    return True


# Marks a caption cut off a repeated lede until it is labelled (never left on a block).
_GLUED_BEFORE_REPEAT = "caption-before-repeat"


def glued_before_repeat(state: ParseState, index: int) -> bool:
    block = state.blocks[index]
    if block.kind != _GLUED_BEFORE_REPEAT:
        return False
    block.kind = None
    return True


def between_captions(state: ParseState, cues: Cues) -> None:
    """Take a line standing between two captions (a gallery) that describes a picture but
    names so many people that most of its words are capitalised: ``OPP Const. Jane Doe
    speaks with CTV Toronto.``"""
    blocks = state.blocks
    for index in range(1, len(blocks) - 1):
        if blocks[index - 1].label != "caption" or blocks[index + 1].label != "caption":
            continue
        block = blocks[index]
        if not block.claimable:
            continue
        text = state.block_text(block)
        words = _short_line(text)
        if words is None or _SPEECH.search(text) or not one_sentence(cues.abbreviations, text):
            continue
        if cues.search(text) or any(word in cues.verbs for word in TOKEN.findall(text)):
            state.mark(block, "caption", Caption(text=state.source_text(block), span=block.span))


def labelled_caption(state: ParseState, index: int, text: str, *, guessed: bool = False) -> bool:
    """Whether a line between two paragraphs of the story is a ``Label: description``
    caption: ``No go: Jane Doe will stay at home``.

    A few words, a colon, then a description in sentence case that ends without a period.
    Between paragraphs of prose, not in a list of links, where such lines are headlines
    (``Rates warning: Brace yourselves``); it names someone (a subhead such as ``True
    confession: I had to learn the hard way`` names nobody); no quotation or speech
    (``Doe: "We won."``).
    """
    if ":" not in text:
        return False  # the cheap test first: most lines hold no label
    match = _LABELLED.fullmatch(text)
    if match is None:
        return False
    words = match.group("description").split()
    if not _MIN_LABELLED_WORDS <= len(words) <= _MAX_VERB_CAPTION_WORDS:
        return False  # (the count before the searches: "Photo: Jane Doe" stops here)
    if QUOTE_MARKS.search(text) or _SINGLE_QUOTE.search(text):
        return False
    if _TWO_NAME_WORDS.search(match.group("description")) is None:
        return False  # a picture shows someone: "Jane Doe", "Toshiba's Jane Doe"
    if _ends_sentence(text):
        return False
    if sum(word[:1].isupper() for word in words) / len(words) > _MAX_LABELLED_CAPITALISED:
        return False
    if _HEADLINE_MARKS.search(text) or WEB_MARKS.search(text) or _SPEECH.search(text):
        return False
    return _is_paragraph(state, index - 1, guessed=guessed) and _is_paragraph(
        state, index + 1, guessed=guessed
    )


# 'Jane Doe: "We worked through the night."': a person, a colon, a quotation.
_NAME_COLON_QUOTE = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,3}):\s*[\"“]"
    r"(?P<quote>[^\"“”\n]{20,300})[\"”]"
)
# The repeat is found by the quotation's first characters.
_QUOTE_KEY_CHARS = 40
# A page rarely prints more than a few lines that quote someone this way.
_MAX_STORY_SEARCHES = 32


class StorySearches:
    """Searches of the story's paragraphs for a line's quotation, at most
    :data:`_MAX_STORY_SEARCHES` per pass: each reads every paragraph, so a page of
    thousands of such lines would cost a time quadratic in its lines."""

    def __init__(self, state: ParseState) -> None:
        self._state = state
        self._left = _MAX_STORY_SEARCHES

    def elsewhere(self, key: str, index: int) -> bool:
        """Whether a body paragraph other than ``blocks[index]`` holds *key* (False once
        the searches are spent)."""
        if not self._left:
            return False
        self._left -= 1
        # Where the text holds the key, not a slice of every paragraph: the block an
        # occurrence starts in is the one paragraph that may hold it whole.
        text, blocks = self._state.text, self._state.blocks
        at = text.find(key)
        while at >= 0:
            inside = bisect_right(blocks, at, key=_START) - 1
            block = blocks[inside] if inside >= 0 else None
            if block is None or block.end <= at:
                at = text.find(key, at + 1)  # between blocks
                continue
            if inside != index and block.label == BODY and at + len(key) <= block.end:
                return True
            at = text.find(key, block.end)  # a later start in this block ends later still
        return False


_START = attrgetter("start")


def repeats_quote_of_story(
    state: ParseState, index: int, text: str, searches: StorySearches
) -> bool:
    """Whether a line is a photo's caption (or a pull quote) that quotes someone the story
    quotes again: ``Jane Doe: "We worked through the night."`` where a paragraph of the
    story holds the same words (an interview prints each answer once)."""
    if ":" not in text or not holds_quote_mark(text):
        return False  # the cheap tests first
    match = _NAME_COLON_QUOTE.fullmatch(text)
    if match is None or len(parse_names(match.group("name"), state.lexicon)) != 1:
        return False
    return searches.elsewhere(match.group("quote")[:_QUOTE_KEY_CHARS], index)


def _is_paragraph(state: ParseState, index: int, *, guessed: bool = False) -> bool:
    """Whether ``blocks[index]`` is a body paragraph of prose (*guessed*: or prose the page
    classifier guessed was chrome)."""
    if not 0 <= index < len(state.blocks):
        return False
    block = state.blocks[index]
    taken = block.claimable and block.label == "chrome" and guessed
    return (block.is_body or taken) and is_prose(state.block_text(block))
