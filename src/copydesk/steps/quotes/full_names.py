"""Full names printed in the article, found for a surname or a first name (``Austin`` ->
``Lloyd Austin``) and for a pronoun (the last name printed before it)."""

from __future__ import annotations

import bisect
import functools
import operator
from array import array

import attrs
import regex

from copydesk._state import Block, ParseState
from copydesk.reading.name_runs import strip_possessive
from copydesk.reading.titles import split_title
from copydesk.steps.quotes.cues import Patterns
from copydesk.steps.quotes.words import NEXT_WORD, NON_SPACE

# How far before a surname (or after a first name) its full name is read, in characters.
_NAME_WINDOW = 90
# How many paragraphs back a pronoun looks for a name when no speaker came before it ...
_PRONOUN_REACH = 3
# ... and how many characters of each it reads.
_PRONOUN_WINDOW = 600
# How many spans the memo of `FullNames` keeps before it starts afresh (a pronoun reads
# `_PRONOUN_REACH` paragraphs, and the pronouns come in text order).
_SPAN_MEMO_SIZE = 64
# A surname is first looked for block by block, until the lookups of a parse have read this
# many times the body's blocks (the few lookups of an ordinary article); after that, one index
# of the capitalised words answers each (a text that names a thousand people once each would
# otherwise read every block for each of them).
_SCAN_BUDGET = 4
# The index sorts the capitalised words by this many characters of each (longer names are
# checked against the text).
_KEY_LENGTH = 48
# How many answers `FullNames` remembers before it starts afresh (a text naming a new person
# in every line held one per name).
_MEMO_SIZE = 4096
# Every run of two or more words holds a space before a capital: a span without one holds
# no full name, and its name runs need not be read.
_TWO_WORDS = regex.compile(r"\s\p{Lu}")
# The same, searched from the end: the last one of a span.
_LAST_TWO_WORDS = regex.compile(r"\s\p{Lu}", regex.REVERSE)
# Every capital, with the word it opens (up to _KEY_LENGTH characters).
_CAPITALISED = regex.compile(rf"(?=(\p{{Lu}}\S{{0,{_KEY_LENGTH - 1}}}))")
_CAPITAL = regex.compile(r"\p{Lu}")
# The word a capital opens, as the index sorts it.
_KEY = regex.compile(rf"\S{{1,{_KEY_LENGTH}}}")
# A name run joins a word to the one before it with white space after a letter or a period
# (or the comma of ", Jr."), or with no space after these characters:
_JOINS_BEFORE = ".,"
_JOINS_INSIDE = ".’'-"
# ... and to the one after it with white space or these characters.
_JOINS_AFTER = "’'-.,"
# The word after white space (group 1): a name run goes on with it when it is capitalised,
# a particle or one of _LINKS.
_AFTER_SPACE = regex.compile(r"\s+(\S+)")
_LINKS = frozenset({"of", "for"})
_LETTER = regex.compile(r"\p{L}")
# The index keeps the word of every this many capitals (in sorted order): a lookup finds
# its stretch among them, then reads the words of that stretch only.
_FENCE_EVERY = 32
# The bisection key of the body blocks: where each starts (no list of the starts beside them).
_START = operator.attrgetter("start")


@attrs.define
class Person:
    """A full name printed in the article."""

    name: str
    title: str | None
    position: int
    """Where it is printed."""


def name_key(token: str) -> str:
    """How a surname is looked up: without a possessive, casefolded."""
    return strip_possessive(token).casefold()


class FullNames:
    """Full names printed in the article, looked up by surname or first name.

    A lookup reads only the places where the word is printed, and its answer is kept for the
    rest of the parse. The first lookups read the blocks one by one; once they have read
    *scan_budget* times the body's blocks, an index of the capitalised words answers the rest
    (the same answers). :attr:`work` counts what the lookups read (blocks, indexed capitals,
    places of the word), so that tests can check it grows with the text, not faster.
    """

    def __init__(
        self,
        state: ParseState,
        patterns: Patterns,
        *,
        scan_budget: int = _SCAN_BUDGET,
        blocks: list[Block] | None = None,
    ) -> None:
        self._state = state
        self._scan_budget = scan_budget
        self._patterns = patterns
        self._links = _links(patterns.particles)
        self._found: dict[str, Person | None] = {}
        # The body blocks themselves (the step changes none): a list of their spans cost a
        # tuple per paragraph, ~70 bytes, at the peak of a text of many short paragraphs.
        # (*blocks*: the body blocks the caller has listed already, read again otherwise.)
        self._blocks = [block for _, block in state.body_blocks()] if blocks is None else blocks
        # What the last few paragraphs before a pronoun hold, by the span read: the
        # pronouns of consecutive paragraphs read the same paragraphs above them.
        self._spans_read: dict[tuple[int, int], tuple[Person | None, Person | None]] = {}
        self._last_query: tuple[int, tuple[Person | None, Person | None]] | None = None
        # The last span searched for a space before a capital, and where the last one in it
        # starts (-1: none): see `_holds_two_words`.
        self._two_words_read: tuple[int, int, int] = (0, 0, -1)
        # Where each capital of the body is printed, sorted by the word it opens; built when
        # the block-by-block budget is spent. Positions only, 8 bytes each: a table of the
        # words themselves held a string and an entry per name of a text of many names.
        self._capitals: array[int] | None = None
        self._fences: list[str] = []
        self.work = 0
        """Blocks, capitals and places read by the lookups so far."""

    def lookup(self, mention: str) -> Person | None:
        """The earliest full name whose surname (else first name) is *mention*."""
        key = name_key(mention)
        if key not in self._found:
            word = strip_possessive(mention)
            if self.work < self._scan_budget * len(self._blocks):
                found = self._scan(word, surname=True) or self._scan(word, surname=False)
            else:
                places = self._places(word)
                found = self._first(word, places, surname=True) or self._first(
                    word, places, surname=False
                )
            if len(self._found) >= _MEMO_SIZE:
                self._found.clear()  # the answers are the text's: a lookup gives them again
            self._found[key] = found
        return self._found[key]

    def _scan(self, word: str, *, surname: bool) -> Person | None:
        """The first full name printed with *word*, read block by block."""
        text = self._state.text
        for block in self._blocks:
            self.work += 1
            start, end = block.start, block.end
            position = text.find(word, start, end)
            while position >= 0:
                person = self._around(text, position, position + len(word), start, end, surname)
                if person is not None:
                    return person
                position = text.find(word, position + 1, end)
        return None

    def _places(self, word: str) -> list[tuple[int, Block]]:
        """Every place *word* is printed inside a body block, in text order, from the index
        (the same places the block-by-block scan finds)."""
        if not word[:1].isupper() or _CAPITALISED.match(word) is None:
            # A word the index cannot hold: read every block (never for a mention, which
            # opens with a capital letter).
            return self._places_scanned(word)
        capitals = self._build_index()
        prefix = word[:_KEY_LENGTH]
        positions: list[int] = []
        # The capitals whose words open with the prefix stand together in the sorted index:
        # from the first, walked by number (a slice of the rest cost a copy of it per lookup).
        fence = bisect.bisect_left(self._fences, prefix)
        low, high = max(0, (fence - 1) * _FENCE_EVERY), min(len(capitals), fence * _FENCE_EVERY)
        first = bisect.bisect_left(capitals, prefix, low, high, key=self._key_at)
        text = self._state.text
        # A prefix without white space opens the word of a capital where the text opens
        # with it: tested in place, without reading the word.
        in_place = _KEY.fullmatch(prefix) is not None
        for number in range(first, len(capitals)):
            position = capitals[number]
            if not (
                text.startswith(prefix, position)
                if in_place
                else self._key_at(position).startswith(prefix)
            ):
                break
            positions.append(position)
        positions.sort()
        self.work += len(positions)
        places = []
        for position in positions:
            block = self._block_at(position)
            if text.startswith(word, position, block.end):
                places.append((position, block))
        return places

    def _places_scanned(self, word: str) -> list[tuple[int, Block]]:
        text = self._state.text
        places = []
        for block in self._blocks:
            self.work += 1
            position = text.find(word, block.start, block.end)
            while position >= 0:
                places.append((position, block))
                position = text.find(word, position + 1, block.end)
        return places

    def _build_index(self) -> array[int]:
        """The positions of the body's capitals, sorted by the words they open (in text
        order where the words are the same)."""
        if self._capitals is None:
            text = self._state.text
            positions = []
            for block in self._blocks:
                for match in _CAPITAL.finditer(text, block.start, block.end):
                    self.work += 1
                    positions.append(match.start())
            self._capitals = array("q", sorted(positions, key=self._key_at))
            self._fences = [self._key_at(at) for at in self._capitals[::_FENCE_EVERY]]
        return self._capitals

    def _key_at(self, position: int) -> str:
        """The word the capital at *position* opens, as the index sorts it: up to
        _KEY_LENGTH characters, to the next space. (A word that runs past the end of its
        block sorts with the characters after it too: the places found are checked against
        the block, so they are the same.)"""
        match = _KEY.match(self._state.text, position)
        return match.group() if match is not None else ""

    def _block_at(self, position: int) -> Block:
        """The body block holding *position*."""
        return self._blocks[bisect.bisect_right(self._blocks, position, key=_START) - 1]

    def _first(self, word: str, places: list[tuple[int, Block]], *, surname: bool) -> Person | None:
        """The full name printed with *word* at the first of *places* that has one."""
        text = self._state.text
        for position, block in places:
            end = position + len(word)
            person = self._around(text, position, end, block.start, block.end, surname)
            if person is not None:
                return person
        return None

    def _around(
        self, text: str, start: int, end: int, floor: int, ceiling: int, surname: bool
    ) -> Person | None:
        """The full name printed with the word at ``text[start:end]``, if any."""
        if surname:
            window = max(floor, start - _NAME_WINDOW)
            if not _may_join_before(text, start, window):
                return None  # ("“…,” Lee said": no name run reaches the word from before)
            for run in self._patterns.name_run.finditer(text, window, end):
                if run.end() == end and run.start() < start:
                    return self.person(text, run.start(), end)
            return None
        limit = min(ceiling, end + _NAME_WINDOW)
        if not self._may_go_on(text, end, limit):
            return None  # ("Lee said": no name run goes on after the word)
        following = self._patterns.name_run.match(text, start, limit)
        if following is None or following.end() <= end:
            return None
        return self.person(text, start, following.end())

    def _may_go_on(self, text: str, end: int, limit: int) -> bool:
        """Whether a name run may go on past *end* (before *limit*): a name character there,
        or white space, then a capital or a particle (``Lula da Silva``). A quick test
        before the name run itself, which every name in a text of many names would run."""
        if end >= limit:
            return False
        if not text[end].isspace():
            return _is_letter(text[end]) or text[end] in _JOINS_AFTER
        following = _AFTER_SPACE.match(text, end, limit)
        if following is None:
            return False
        word = following.group(1)
        # Lower case (ASCII), only a particle goes on: every other name word is capitalised.
        return word in self._links or (_is_letter(word[0]) and not "a" <= word[0] <= "z")

    def person(self, text: str, start: int, end: int) -> Person | None:
        """The person a name run ``text[start:end]`` names, without title (``None`` for an
        acronym, a shouted line or a single word)."""
        mention_start, _, title = split_title(text, start, end, self._patterns.titles)
        while True:
            word = NON_SPACE.match(text, mention_start, end)
            if word is None or word.group().casefold() not in self._patterns.not_names:
                break
            mention_start = word.end()
            while mention_start < end and text[mention_start].isspace():
                mention_start += 1
        name = " ".join(text[mention_start:end].split())
        tokens = name.split()
        if (
            title is None
            and len(tokens) > 2
            and tokens[0].casefold() in self._patterns.speaker_nouns
            and not tokens[1].isupper()
        ):
            # "Owner June Hartwell" opening a sentence: the speaker noun describes the name
            # ("Conservative MP Jo Roe", an acronym's title after it, stays as printed).
            first = NON_SPACE.match(text, mention_start, end)
            rest = end if first is None else first.end() + 1
            name_start, _, more = split_title(text, rest, end, self._patterns.titles)
            if len(text[name_start:end].split()) >= 2:
                name = " ".join(text[name_start:end].split())
                return Person(
                    strip_possessive(name), " ".join(filter(None, (tokens[0], more))), start
                )
        if len(tokens) < 2 or tokens[0] in ("of", "for") or tokens[-1] in ("of", "for"):
            return None
        if self.is_place(text, start, end):
            return None
        if any(token.isupper() and len(token) > 3 for token in tokens):
            return None  # an acronym or a shouted line, not a person
        return Person(strip_possessive(name), title, start)

    def is_place(self, text: str, start: int, end: int) -> bool:
        """Whether the name run ``text[start:end]`` names a place, never a person: it ends in
        a place word (``Southeast Division Street``) or follows a place preposition (``on
        Division Street``, ``in Portland``)."""
        last = text[text.rfind(" ", start, end) + 1 : end].rstrip(".").casefold()
        if last in self._patterns.place_heads:
            return True
        before = text[max(0, start - 8) : start].rstrip()
        return before[before.rfind(" ") + 1 :].casefold() in self._patterns.place_leads

    def paragraph_start(self, position: int) -> int:
        """Where the body block holding *position* starts."""
        if not self._blocks:
            return 0
        return self._block_at(position).start

    # --- the last names before a pronoun ------------------------------------------------

    def last_before(self, position: int) -> Person | None:
        """The last full name printed before *position* (within a few paragraphs)."""
        return self._last_before(position, reporter=False)

    def last_reporter_before(self, position: int, *, after: int = -1) -> Person | None:
        """The last full name followed by a speech verb (``Jane Roe said the plan …``) before
        *position*, within a few paragraphs.

        A caller that wants only a name printed after *after* gets the same answer when
        there is one, but the paragraphs that end before *after* are not read (a pronoun's
        speaker named a paragraph above it spares the reading of the two above that).
        """
        if after < 0:
            return self._last_before(position, reporter=True)
        for block in reversed(self._blocks_before(position)):
            span = self._pronoun_span(block, position)
            if span[1] <= after:
                return None  # every name read from here on is printed before *after*
            reporter = self._names_in(span)[1]
            if reporter is not None:
                return reporter
        return None

    def _last_before(self, position: int, *, reporter: bool) -> Person | None:
        # A pronoun asks for both (the last reporter, then the last name) at one position:
        # the paragraphs above it are read once for the two answers.
        if self._last_query is None or self._last_query[0] != position:
            self._last_query = (position, self._both_before(position))
        return self._last_query[1][reporter]

    def _both_before(self, position: int) -> tuple[Person | None, Person | None]:
        """The last full name before *position* and the last followed by a speech verb."""
        last: Person | None = None
        last_reporter: Person | None = None
        for block in reversed(self._blocks_before(position)):
            found = self._names_in(self._pronoun_span(block, position))
            if last is None:
                last = found[0]
            if last_reporter is None:
                last_reporter = found[1]
            if last is not None and last_reporter is not None:
                break
        return last, last_reporter

    @staticmethod
    def _pronoun_span(block: Block, position: int) -> tuple[int, int]:
        """What a pronoun at *position* reads of *block*: its last characters before it."""
        return max(block.start, position - _PRONOUN_WINDOW), min(block.end, position)

    def _blocks_before(self, position: int) -> list[Block]:
        """The last few body blocks that start before *position* (found by bisection: a
        text of a thousand quotes with a pronoun would otherwise scan every block for each)."""
        stop = bisect.bisect_left(self._blocks, position, key=_START)
        return self._blocks[max(0, stop - _PRONOUN_REACH) : stop]

    def _names_in(self, span: tuple[int, int]) -> tuple[Person | None, Person | None]:
        """The last full name in ``text[span]``, and the last followed by a speech verb.

        Kept for the next pronouns: a pronoun reads the paragraphs above it, and in a text
        of short quoted paragraphs the next pronoun reads most of them again.
        """
        if span not in self._spans_read:
            if len(self._spans_read) >= _SPAN_MEMO_SIZE:
                self._spans_read.clear()
            self._spans_read[span] = self.read_names(span)
        return self._spans_read[span]

    def read_names(self, span: tuple[int, int]) -> tuple[Person | None, Person | None]:
        """The last full name in ``text[span]``, and the last followed by a speech verb."""
        text = self._state.text
        if not self._holds_two_words(text, *span):
            return None, None  # (a pronoun in a run of quotes reads no name runs)
        last: Person | None = None
        stop = span[1]
        # One word ("Yes", "Jean-Paul") is no full name.
        runs = [
            run
            for run in self._patterns.name_run.finditer(text, *span)
            if len(run.group().split()) >= 2
        ]
        # Read from the end: the first full name found is the last one; after it, only a
        # name followed by a speech verb is of use, so a run's person (the costly part) is
        # read only when the verb follows.
        for run in reversed(runs):
            reports = self.reports(text, run.end(), stop)
            if last is not None and not reports:
                continue
            person = self.person(text, run.start(), run.end())
            if person is None or " " not in person.name:
                continue
            if last is None:
                last = person
            if reports:
                return last, person
        return last, None

    def _holds_two_words(self, text: str, start: int, stop: int) -> bool:
        """Whether ``text[start:stop]`` holds a space before a capital (as searching it for
        `_TWO_WORDS` answers).

        The pronouns of a paragraph of many quotes read its text up to each in turn, up to
        `_PRONOUN_WINDOW` characters back: a span that starts inside the one searched last
        and ends after it is searched only past its end, where its last space before a
        capital, if any, is found from the end. (Each searched alone, a paragraph of quotes
        without one was read some twenty times over.)
        """
        read_from, read_to, last = self._two_words_read
        if read_from <= start <= read_to <= stop:
            # (A match two characters long ending past read_to starts at read_to - 1 or on.)
            found = _LAST_TWO_WORDS.search(text, max(read_from, read_to - 1), stop)
            if found is not None:
                last = found.start()
            self._two_words_read = (read_from, stop, last)
            return last >= start
        found = _LAST_TWO_WORDS.search(text, start, stop)
        self._two_words_read = (start, stop, -1 if found is None else found.start())
        return found is not None

    def reports(self, text: str, end: int, stop: int) -> bool:
        """Whether a speech verb follows the name that ends at *end* (``Jane Roe said``)."""
        following = NEXT_WORD.match(text, end, stop)
        return following is not None and (
            self._patterns.verb_at(text, following.start(1), stop, with_object=False) is not None
        )


@functools.lru_cache(maxsize=8)
def _links(particles: frozenset[str]) -> frozenset[str]:
    """The words that join a name to the next word after them (``da``, ``of``): read once per
    lexicon, not once per article."""
    return _LINKS | {particle.split()[0] for particle in particles if particle.split()}


def _may_join_before(text: str, start: int, window: int) -> bool:
    """Whether a name run starting in ``text[window:start]`` may reach *start*: the
    character before it belongs to a name, or white space follows one."""
    position = start
    while position > window and text[position - 1].isspace():
        position -= 1
    if position <= window:
        return False
    before = text[position - 1]
    joins = _JOINS_INSIDE if position == start else _JOINS_BEFORE
    return _is_letter(before) or before in joins


def _is_letter(character: str) -> bool:
    """Whether *character* is a letter to Python or to the name run's ``\\p{L}`` (their
    Unicode versions differ on a few characters)."""
    return character.isalpha() or (not character.isascii() and _LETTER.match(character) is not None)
