"""Pass 1, the quote spans: pair the quotation marks of a paragraph.

Curly and straight double quotes pair with each other, as do the ``''two apostrophes''`` of
some archives and ``„…“``; ``«…»``, ``‹…›``, ``「…」`` and ``『…』`` pair only with their own
partner. A straight or misprinted mark opens or closes by what stands on either side of it, and
single quotes nested inside a double-quoted passage stay part of its text. A mark left open at
the end of a paragraph runs to the paragraph's end (the running-quote convention: one quote per
paragraph).

Single marks (``'…'``, ``‘…’``) open quotations only in an article printed in the British and
Commonwealth house style, which :func:`house_style` decides once per article; there, double
marks nested inside stay part of the text, and an apostrophe is never a mark: letters on both
sides (``don't``), an elision of the lexicon or a two-digit year before (``'em``, ``rock 'n'
roll``, ``'90s``), or a plural possessive inside a quotation (``the Smiths' house``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs
import regex

from copydesk.lexicon import Lexicon
from copydesk.steps.quotes.words import ends_abbreviation, visible_end

# The English double family: these pair with each other, direction read from context.
_DOUBLE = frozenset({'"', "“", "”", "„", "''", "‘‘", "’’"})
# The single family of the British house style.
_SINGLE = frozenset({"'", "‘", "’"})
# The marks of two characters (each a pair of single marks).
_TWO_CHARACTER_MARKS = ("''", "‘‘", "’’")
_TWO_SINGLES = frozenset(_TWO_CHARACTER_MARKS)
# Marks that pair only with their own partner (opening -> closing).
_STRICT_PAIRS = {"«": "»", "‹": "›", "「": "」", "『": "』"}
_STRICT_CLOSERS = frozenset(_STRICT_PAIRS.values())
#: Any quotation mark of an article in double quotes: a paragraph without one holds no quote.
MARK = regex.compile(r"''|‘‘|’’|[\"“”„«»‹›「」『』]")
# Any quotation mark of an article in single quotes (the double ones quote there too).
_MARK_OR_SINGLE = regex.compile(r"''|‘‘|’’|[\"“”„«»‹›「」『』'‘’]")
# The one-character marks of each style, to test whether a paragraph holds a mark at all
# (the step asks it of every body paragraph): the standard library searches a character
# class several times faster than ``regex`` searches the alternations above, and the marks
# of two characters are found with ``str.find``. (Keep the classes the same as above.)
_DOUBLE_CHARACTERS = re.compile(r"[\"“”„«»‹›「」『』]")
_ANY_CHARACTERS = re.compile(r"[\"“”„«»‹›「」『』'‘’]")
# Characters that may stand just before an opening mark / just after a closing one.
_BEFORE_OPEN = (
    set(" \n([{—–-―/:,.") | set("“‘„«‹「『") | set("\u200e\u200f\u202a\u202b\u202c\u202d\u202e")
)
# (A closing mark may stand before another: ``'… the vote,''`` closes a nested and an outer
# quotation together.)
_AFTER_CLOSE = set(" \n)]}—–-―.,;:!?…*") | set("”’»›」』'")
# A letter or digit: marks around no word (“”, “/”, a run of quote marks) quote nothing.
_WORD_CHARACTER = regex.compile(r"[^\W_]")
# The single marks that could open a quotation (before a letter, not after a letter, a digit
# or another mark), counted to tell an article's house style.
_SINGLE_OPENING = regex.compile(r"(?<![\p{L}\p{N}'‘’])['‘](?=\p{L})")
# A double mark after feet and inches is an inch sign (``6’2”``): never a quotation mark.
_INCH_MARKS = frozenset({"”", '"'})
_FEET_AND_INCHES = regex.compile(r"\d['’]\d{1,2}$")
# What never follows a single mark that opens a quotation.
_NO_WORDS_AFTER = frozenset(",;:)]}!?%")
# What stands before a single mark that opens a quotation running to its paragraph's end.
_RUNS_ON_AFTER = frozenset(".!?:,;…—–-―\"“”‘’'")
# After a plural possessive (``the Smiths' house``): a space and a lower-case word.
_LOWER_WORD_AFTER = regex.compile(r" (\p{Ll}+)")
# The single marks further on in the paragraph (for the possessive test): straight after a
# straight opening mark, curly after a curly one.
_LATER_MARK = {True: regex.compile(r"'"), False: regex.compile(r"[’‘]")}


@attrs.frozen
class SingleMarks:
    """What the lexicon says about single marks, compiled once per lexicon."""

    elision: regex.Pattern[str]
    """Matches at a mark that stands for dropped letters: ``'em``, ``rock 'n' roll``, ``'90s``
    (the match covers the elision, its closing apostrophe included)."""
    attribution_words: frozenset[str]
    """Pronouns and speech verbs: after one, a mark that ends in ``s'`` closes a quotation
    (``'… the Smiths' she said``) rather than marking a possessive."""


def single_marks(lexicon: Lexicon) -> SingleMarks:
    """Compile the lexicon's elisions, pronouns and speech verbs (``lexicon.cached``)."""
    words = sorted({word.strip() for word in lexicon.elisions} - {""}, key=lambda w: (-len(w), w))
    # A word of the table, perhaps its closing apostrophe ('n'), then no letter; or a year.
    # (No words: "(?!)" matches nothing; an empty one would match before any space.)
    listed = "|".join(regex.escape(word) for word in words) or "(?!)"
    elision = regex.compile(
        rf"['‘’](?:(?:{listed})['‘’]?(?![\p{{L}}\p{{N}}-])|\d\d(?:s\b|(?!\p{{N}})))",
        regex.IGNORECASE,
    )
    verbs = {form.replace("_", " ") for entry in lexicon.speech_verbs for form in entry.split()}
    pronouns = {pronoun.casefold() for pronoun in lexicon.speaker_pronouns}
    return SingleMarks(elision, frozenset(verbs | pronouns))


@attrs.frozen
class HouseStyle:
    """Which marks open a quotation in one article.

    >>> HouseStyle().mark.search("Don't") is None, HouseStyle(singles=True).mark.search("'A'")
    (True, <regex.Match object; span=(0, 1), match="'">)
    """

    singles: bool = False
    """Whether single marks open quotations too (``'…', he said``: the British style)."""
    reading: SingleMarks | None = None
    """The lexicon's words about single marks (needed when :attr:`singles`)."""

    @property
    def mark(self) -> regex.Pattern[str]:
        """Any mark that may open or close a quotation in this style."""
        return _MARK_OR_SINGLE if self.singles else MARK

    def holds_mark(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds a mark of :attr:`mark` (the same answer as
        searching for one, in less time).

        >>> [HouseStyle().holds_mark(text, 0, len(text)) for text in ("''No'' ", "Don't")]
        [True, False]
        """
        if self.singles:
            # (Every two-character mark is made of single marks, each a mark of this style.)
            return _ANY_CHARACTERS.search(text, start, end) is not None
        if _DOUBLE_CHARACTERS.search(text, start, end) is not None:
            return True
        # (Three finds, not any() over them: no generator per paragraph.)
        straight, left, right = _TWO_CHARACTER_MARKS
        return (
            text.find(straight, start, end) >= 0
            or text.find(left, start, end) >= 0
            or text.find(right, start, end) >= 0
        )


def house_style(text: str, start: int, end: int, reading: SingleMarks) -> HouseStyle:
    """The house style of the body ``text[start:end]``: single marks quote when the marks that
    could open a single-quoted quotation (``'`` or ``‘`` before a letter, elisions left out)
    are at least half as many as the double marks, and there is one. Where both kinds quote,
    double marks still open quotations, so an article in double quotes read this way loses
    none. (One reading of the whole body: one per paragraph would cost more in calls.)

    >>> reading = single_marks(Lexicon.default())
    >>> text = "'We will,' she said. \\"Soon.\\" Don't 'em."
    >>> house_style(text, 0, len(text), reading).singles
    True
    >>> text = '"We will," she said of the \\'90s. "Soon."'
    >>> house_style(text, 0, len(text), reading).singles
    False
    """
    # Counting marks costs less than reading them: most articles are decided by the counts.
    singles_printed = text.count("'", start, end) + text.count("‘", start, end)
    if not singles_printed:
        return HouseStyle(False, reading)
    # Opening curly marks count twice, for the closing ones (one pass less each).
    doubles = text.count('"', start, end) + 2 * (
        text.count("“", start, end) + text.count("„", start, end)
    )
    if 2 * singles_printed < doubles:
        return HouseStyle(False, reading)
    # Counted only until the singles are enough: they never lose a count.
    singles = 0
    for match in _SINGLE_OPENING.finditer(text, start, end):
        singles += reading.elision.match(text, match.start()) is None
        if singles > 0 and 2 * singles >= doubles:
            return HouseStyle(True, reading)
    return HouseStyle(False, reading)


@attrs.define
class Pair:
    """A quoted passage in one paragraph (offsets into the text)."""

    start: int
    """The opening mark."""
    text_start: int
    """Just after the opening mark."""
    text_end: int
    """Just before the closing mark (the paragraph end when unclosed)."""
    end: int
    """Just after the closing mark."""
    closed: bool
    """Whether a closing mark ends it (else it runs to the paragraph's end)."""


def _can_open(text: str, index: int, length: int, floor: int, ceiling: int) -> bool:
    before = text[index - 1] if index > floor else " "
    after = text[index + length] if index + length < ceiling else " "
    if after.isspace():
        # "“ … they are so not like him”": an ellipsis may open a quote after a space.
        after_space = text[index + length : index + length + 5].lstrip(" ")
        if not after_space.startswith(("…", "...")):
            return False
    return before in _BEFORE_OPEN or before.isspace()


def _can_close(text: str, index: int, length: int, floor: int, ceiling: int) -> bool:
    before = text[index - 1] if index > floor else " "
    after = text[index + length] if index + length < ceiling else " "
    if before in ".,!?…" and after.isupper():
        return True  # "…most surprising.”Clinton said": a missing space
    return not before.isspace() and (after in _AFTER_CLOSE or after.isspace())


@attrs.define
class _Scan:
    """The state of the scan of one paragraph: the quotation open, if any."""

    open_at: int = -1
    open_mark: str = ""
    depth: int = 0
    """How many quotations of the open one's family are nested inside it."""
    resume: int = 0
    """Marks before this offset belong to an elision already read (``rock 'n' roll``)."""

    def close(self, index: int, length: int) -> Pair | None:
        """The open quotation closed by the mark at *index* (none when that mark closes a
        quotation nested inside it)."""
        if self.depth:
            self.depth -= 1
            return None
        pair = Pair(self.open_at, self.open_at + len(self.open_mark), index, index + length, True)
        self.open_at = -1
        return pair


_DOUBLE_STYLE = HouseStyle()


def pairs(text: str, start: int, end: int, style: HouseStyle = _DOUBLE_STYLE) -> Iterator[Pair]:
    """The pairs of quotation marks of one paragraph ``text[start:end]``, in order; pairs
    around no word are dropped. Single marks quote only in a *style* that says so."""
    scan = _Scan(resume=start)
    singles = style.singles
    for match in style.mark.finditer(text, start, end):
        mark, index = match.group(), match.start()
        if index < scan.resume:
            continue
        if (
            (mark in _INCH_MARKS or (singles and mark in _SINGLE))
            and text[index - 1 : index].isdigit()  # (read here: most marks follow no digit)
            and _is_inch_mark(text, index, start)
        ):
            continue  # "he's like 6’2”" (or "6’2’" in single marks): a height, no mark
        if index == start:
            # The paragraph's own int object: a quote that opens it then holds none of its own
            # in its span (~1 byte a character of a text of one quote a line).
            index = start
        pair: Pair | None = None
        if mark in _SINGLE or (mark in _TWO_SINGLES and scan.open_mark in _SINGLE):
            # ("‘He said ‘no’’": a nested quotation and the open one close together.)
            for offset in range(len(mark)):
                pair = _read_single(text, index + offset, start, end, scan, style) or pair
        elif scan.open_at < 0:
            if mark not in _STRICT_CLOSERS and _can_open(text, index, len(mark), start, end):
                scan.open_at, scan.open_mark, scan.depth = index, mark, 0
        elif scan.open_mark in _STRICT_PAIRS:
            if mark == scan.open_mark:
                scan.depth += 1
            elif mark == _STRICT_PAIRS[scan.open_mark]:
                pair = scan.close(index, 1)
        elif mark in _DOUBLE and scan.open_mark in _DOUBLE:
            length = len(mark)
            # (Whether the mark may open is read only when it cannot close.)
            if _can_close(text, index, length, start, end) or not _can_open(
                text, index, length, start, end
            ):
                pair = scan.close(index, length)
            elif mark not in ("”", "’’"):
                scan.depth += 1  # a nested double quote
        if pair is not None and _quotes_a_word(text, pair):
            if pair.end == end:
                pair.end = end  # (the paragraph's int object again)
            yield pair
    if scan.open_at >= 0 and _may_run_on(text, scan, start):
        text_start = scan.open_at + len(scan.open_mark)
        text_end = visible_end(text, text_start, end)
        if text_end > text_start:
            pair = Pair(scan.open_at, text_start, text_end, text_end, False)
            if _quotes_a_word(text, pair):
                yield pair


def _is_inch_mark(text: str, index: int, start: int) -> bool:
    """Whether the mark at *index* stands for inches after feet (``6’2”``, ``5'11"``)."""
    return text[index - 1 : index].isdigit() and (
        _FEET_AND_INCHES.search(text, max(start, index - 4), index) is not None
    )


def _may_run_on(text: str, scan: _Scan, start: int) -> bool:
    """Whether the quotation still open at the paragraph's end runs to it. A single mark must
    open the paragraph or a sentence or clause (``she said. ‘We …``, ``she said: ‘We …``) to
    run on, so that an apostrophe the other rules let through (``two Boeing 'planes``, ``Ras
    'Ali``) stays an apostrophe."""
    if scan.open_mark not in _SINGLE:
        return True
    before = text[start : scan.open_at].rstrip()
    return not before or before[-1] in _RUNS_ON_AFTER


def _read_single(
    text: str, index: int, start: int, end: int, scan: _Scan, style: HouseStyle
) -> Pair | None:
    """Read the single mark at *index* into *scan*; the pair it closes, if any."""
    role = _single_role(text, index, start, end, scan, style)
    if role == "open" and scan.open_at < 0:
        scan.open_at, scan.open_mark, scan.depth = index, text[index], 0
    elif scan.open_mark in _SINGLE and role == "nest":
        scan.depth += 1
    elif scan.open_mark in _SINGLE and role == "close":
        return scan.close(index, 1)
    return None


def _single_role(
    text: str, index: int, start: int, end: int, scan: _Scan, style: HouseStyle
) -> str:
    """What the single mark at *index* does: ``open``, ``nest`` (a quotation inside the open
    one), ``close``, or ``none`` (an apostrophe)."""
    reading = style.reading
    assert reading is not None
    before = text[index - 1] if index > start else " "
    after = text[index + 1] if index + 1 < end else " "
    if before.isalnum() and after.isalnum():
        return "none"  # don't, O'Brien
    elision = reading.elision.match(text, index, end)
    if elision is not None:
        scan.resume = elision.end()  # 'em, rock 'n' roll, '90s
        return "none"
    opens = _can_open(text, index, 1, start, end)
    if scan.open_at < 0:
        return "open" if opens and _opens_words(text[index], after) else "none"
    closes = _can_close(text, index, 1, start, end)
    if opens and not closes:
        return "none" if text[index] == "’" else "nest"
    if not closes and not opens and _after_nested_close(text, index, start):
        return "close"  # "'… the name 'Clinton,' ' said Lee": the outer quotation closes
    if not closes or _is_possessive(text, index, end, scan, reading):
        return "none"
    return "close"


def _after_nested_close(text: str, index: int, start: int) -> bool:
    """Whether the mark at *index*, spaced on both sides, follows the mark that closed a
    quotation nested in the open one (``'… of 'Clinton,' ' said Lee``): the outer quotation
    closes there, printed apart from the inner closing mark."""
    before = text[start:index].rstrip(" ")
    return len(before) < index - start and before[-1:] in _SINGLE


def _opens_words(mark: str, after: str) -> bool:
    """Whether a single *mark* before *after* can open a quotation: not before punctuation
    that ends words (``';``), and ``’`` not before a lower-case letter or a digit (``’round``,
    ``’s``: apostrophes)."""
    if mark == "’" and (after.islower() or after.isdigit()):
        return False
    return after not in _NO_WORDS_AFTER


def _is_possessive(text: str, index: int, end: int, scan: _Scan, reading: SingleMarks) -> bool:
    """``the Smiths' house``: a mark after an ``s``, before a lower-case word that is not an
    attribution, when the next mark of the open quotation's kind (straight or curly) in the
    paragraph would close it (``'… the Smiths' house is big,' she said``), not open another
    (``the 'tragic deaths' of men and 'my thoughts'``)."""
    if text[index - 1] not in "sS" or text[index] == "‘":
        return False  # (‘ is never an apostrophe: "‘rapists‘ while" closes)
    word = _LOWER_WORD_AFTER.match(text, index + 1, end)
    if word is None or word.group(1) in reading.attribution_words:
        return False
    for later in _LATER_MARK[scan.open_mark == "'"].finditer(text, word.end(), end):
        position = later.start()
        before = text[position - 1]
        after = text[position + 1] if position + 1 < end else " "
        if (before.isalnum() and after.isalnum()) or reading.elision.match(text, position, end):
            continue  # an apostrophe: don't, 'em
        return not _can_open(text, position, 1, index, end)
    return False


def _quotes_a_word(text: str, pair: Pair) -> bool:
    """Whether *pair* quotes at least one word."""
    return _WORD_CHARACTER.search(text, pair.text_start, pair.text_end) is not None


def words_end(text: str, pair: Pair, abbreviations: frozenset[str]) -> int:
    """Where the quoted words of *pair* end: before the comma or full stop that belongs to the
    sentence around them (``"We are ready," she said``), not before ``?``, ``!``, an ellipsis
    or the period of an abbreviation (``in the U.S.``), which are the quote's own.

    >>> text = '"We are ready," she said. "It is in the U.S." "Why?"'
    >>> [text[pair.text_start : words_end(text, pair, frozenset())] for pair in pairs(text, 0, 52)]
    ['We are ready', 'It is in the U.S.', 'Why?']
    """
    end = pair.text_end
    last = text[end - 1 : end]
    if last == "," or (
        last == "."
        and text[end - 2 : end - 1] != "."
        and not ends_abbreviation(abbreviations, text, end - 1)
    ):
        return end - 1
    return end
