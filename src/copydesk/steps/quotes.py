"""Quotes: passages in quotation marks, what kind they are, and who said them.

The step reads the blocks still labelled body, after every other step, and works in three
passes over each paragraph:

1. **Marks.** Opening and closing marks are paired (curly and straight double quotes, the
   ``''two apostrophes''`` of some archives, ``„…“``, ``«…»``, ``‹…›``, ``「…」``). A straight or
   misprinted mark opens or closes by what stands on either side of it, so an apostrophe
   (``don't``, ``Zelensky's``, ``'90s``) is never a mark and single quotes nested inside a
   double-quoted passage stay part of its text. A mark left open at the end of a paragraph
   runs to the paragraph's end (the running-quote convention: one quote per paragraph).
2. **Attribution.** Right after the closing mark (``"…," Zelensky said``, ``"…," said Lloyd
   Austin, the defense secretary``, ``"…" ― Name``) or right before the opening mark
   (``Austin said: "…"``, ``according to the Pentagon, "…"``, ``Trump: "…"``) the step looks
   for a speech verb from the lexicon and the noun phrase beside it.
3. **Continuation and resolution.** A quote without its own attribution that opens a sentence
   continues the speaker of the quote before it in the paragraph, or of the last quote of the
   previous paragraph when it opens its paragraph (``"X," he said. "Y."``). Surnames resolve
   to the earliest full name in the article, pronouns to the last named speaker.

Only short windows next to the marks are read, so the cost grows with the number of quotes,
not with the square of anything.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import attrs
import regex

from copydesk._models import Quote, QuoteKind, Span, Speaker
from copydesk._state import ParseState
from copydesk._step import step
from copydesk.lexicon import Lexicon
from copydesk.lexicon.titles import (
    ABBREVIATIONS,
    ADVERBIAL_FOLLOWERS,
    ASIDE_OPENERS,
    CLAUSE_OPENERS,
    DETERMINERS,
    NOT_IN_SPEAKER,
    NOT_NAME_WORDS,
    TAKES_TO,
    TITLE_MODIFIERS,
    TITLE_SMALL_WORDS,
)
from copydesk.lexicon.verbs import TIME_WORDS

__all__ = ["quotes"]

# --- quotation marks ----------------------------------------------------------------------

# The English double family: these pair with each other, direction read from context.
_DOUBLE = frozenset({'"', "“", "”", "„", "''", "‘‘", "’’"})
# Marks that pair only with their own partner (opening -> closing).
_STRICT_PAIRS = {"«": "»", "‹": "›", "「": "」", "『": "』"}
_STRICT_CLOSERS = frozenset(_STRICT_PAIRS.values())
_MARK = regex.compile(r"''|‘‘|’’|[\"“”„«»‹›「」『』]")
# Characters that may stand just before an opening mark / just after a closing one.
_BEFORE_OPEN = (
    set(" \n([{—–-―/:,.") | set("“‘„«‹「『") | set("\u200e\u200f\u202a\u202b\u202c\u202d\u202e")
)
_AFTER_CLOSE = set(" \n)]}—–-―.,;:!?…*") | set("”’»›」』")

# Windows read beside a quote: attribution is always close to its quote.
_WINDOW = 220
_MAX_SPEAKER_WORDS = 14


@attrs.define
class _Pair:
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


@attrs.define
class _Attribution:
    """Who a quote's attribution names, before it is resolved into a :class:`Speaker`."""

    cue: str
    """The verb or phrase as printed."""
    mention_start: int
    mention_end: int
    title: str | None
    """A title or description printed with the mention."""
    after: bool
    """Whether the attribution follows the quote."""


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


def _pairs(text: str, start: int, end: int) -> list[_Pair]:
    """Pair the quotation marks of one paragraph ``text[start:end]``; pairs around no word
    are dropped (see :func:`_add_pair`)."""
    found: list[_Pair] = []
    open_at = -1
    open_mark = ""
    depth = 0
    for match in _MARK.finditer(text, start, end):
        mark, index = match.group(), match.start()
        length = len(mark)
        if open_at < 0:
            if mark in _STRICT_CLOSERS or not _can_open(text, index, length, start, end):
                continue
            open_at, open_mark, depth = index, mark, 0
            continue
        if open_mark in _STRICT_PAIRS:
            if mark == open_mark:
                depth += 1
            elif mark == _STRICT_PAIRS[open_mark]:
                if depth:
                    depth -= 1
                else:
                    _add_pair(
                        found,
                        text,
                        _Pair(open_at, open_at + len(open_mark), index, index + 1, True),
                    )
                    open_at = -1
            continue
        if mark not in _DOUBLE:
            continue
        closes = _can_close(text, index, length, start, end)
        opens = _can_open(text, index, length, start, end)
        if opens and not closes and mark not in ("”", "’’"):
            depth += 1  # a nested double quote
        elif closes or not opens:
            if depth:
                depth -= 1
                continue
            text_start = open_at + len(open_mark)
            _add_pair(found, text, _Pair(open_at, text_start, index, index + length, True))
            open_at = -1
    if open_at >= 0:
        text_start = open_at + len(open_mark)
        text_end = _visible_end(text, text_start, end)
        if text_end > text_start:
            _add_pair(found, text, _Pair(open_at, text_start, text_end, text_end, False))
    return found


# A letter or digit: marks around no word (“”, “/”, a run of quote marks) quote nothing.
_WORD_CHARACTER = regex.compile(r"[^\W_]")


def _add_pair(found: list[_Pair], text: str, pair: _Pair) -> None:
    """Keep *pair* if it quotes at least one word."""
    if _WORD_CHARACTER.search(text, pair.text_start, pair.text_end) is not None:
        found.append(pair)


# --- patterns compiled from the lexicon -----------------------------------------------------


def _alternation(phrases: list[str], *, flexible_space: bool = True) -> str:
    escaped = [regex.escape(phrase) for phrase in sorted(set(phrases), key=len, reverse=True)]
    if flexible_space:
        escaped = [phrase.replace(r"\ ", r"\s+") for phrase in escaped]
    return "|".join(escaped)


_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\."
)
_TIME = (
    rf"(?:on\s+)?(?:{_DAYS})(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|(?:in|on|last|this|early|late)\s+(?:{_MONTHS})(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?"
    r"|(?:last|this|earlier\s+this|later\s+that|that)\s+(?:week|month|year|morning|afternoon|"
    r"evening|night|weekend|spring|summer|fall|autumn|winter)"
    r"|in\s+\d{4}|at\s+the\s+time|yesterday|today|tonight|earlier|later|recently|previously"
    r"|afterwards?|again|also|then|once|simply|flatly|repeatedly|quietly|bluntly|sarcastically"
)
_TIME_WORDS = frozenset(TIME_WORDS)
_TRAILING_TIME = regex.compile(rf"(?:\s+(?:{_TIME}))+$")
_ADVERB = regex.compile(
    r"(?:\s+(?:also|later|then|once|previously|recently|earlier|further|simply|just|again|"
    r"finally|quickly|flatly|reportedly|repeatedly|often|has|have|had|would|will|could|"
    r"might|may|once|later|last\s+\w+|on\s+\p{Lu}\w+|\p{Lu}\w+day))+$"
)


_EXTENSION_STARTS = (
    "in|during|at|on|via|through|with|to|this|that|last|early|late|earlier|later|yesterday|"
    "today|tonight|recently|previously|afterwards?|again|also|then|once|simply|flatly|"
    "repeatedly|quietly|bluntly|sarcastically"
)


def _cue_extension(lexicon: Lexicon) -> str:
    channels = _alternation(list(lexicon.cue_channels))
    platforms = _alternation(list(lexicon.cue_platforms))
    proper = r"\p{Lu}[\p{L}\p{N}.’'&-]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}\p{N}.’'&-]*){0,4}"
    channel = (
        r"(?:in|during|at|on|via|through|with|to)\s+"
        r"(?:(?:a|an|the|his|her|their|its|one|this|that|a\s+series\s+of)\s+)?"
        rf"(?:[\p{{L}}\p{{N}},’'-]+\s+){{0,3}}?(?:{channels})s?\b"
        r"(?:\s+(?:of|to|with|on|for|posted\s+on|from)\s+"
        rf"(?:(?:{platforms})\b|(?:(?:the|his|her|their|its)\s+)?[\p{{L}}’'-]+\b(?:\s+{proper})?))?"
    )
    platform = rf"on\s+(?:{platforms})\b"
    audiences = _alternation(list(lexicon.cue_audiences))
    audience = rf"to\s+(?:{audiences})\b"
    place = r"in\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)?(?=[\s,:;.])"
    # Every extension starts with one of these words: a cheap look-ahead spares the engine
    # the alternatives below at every other word.
    guard = rf"(?=(?:{_EXTENSION_STARTS}|{_DAYS})\b)"
    return rf"(?:\s+{guard}(?:{channel}|{platform}|{audience}|{place}|this|(?:{_TIME})\b))*"


def _verb_forms(lexicon: Lexicon) -> list[str]:
    return [form.replace("_", " ") for entry in lexicon.speech_verbs for form in entry.split()]


def _tell_forms(lexicon: Lexicon) -> list[str]:
    objects = ("tell", "ask", "inform", "assure", "advise", "urge", "warn", "remind", "beg")
    return [
        form.replace("_", " ")
        for entry in lexicon.speech_verbs
        if entry.split()[0] in objects
        for form in entry.split()
    ]


_WORD = regex.compile(r"\p{L}+(?:-\p{L}+)*")
_NEXT_WORD = regex.compile(r"\s+(\p{L}+)")
_VERB_REACH = 100
_VERB_SEARCH_WORDS = 40


@attrs.frozen
class _Verb:
    """A speech verb found in the text, with its cue extension."""

    start: int
    end: int
    """Just after the extension."""
    verb: str
    """The verb as printed, with its object for ``tell``-like verbs (``told reporters``)."""
    extension: str
    """Channel, platform, place and time words after it (``in a post on Telegram``)."""
    punct: str = ""
    """A comma or colon after it, when it introduces a quote."""


@attrs.frozen
class _Patterns:
    """The word sets and regexes the step compiles from one lexicon."""

    single_verbs: frozenset[str]
    """One-word verb forms, lower case."""
    verb_phrases: frozenset[str]
    """Two-word verb forms (``went on``, ``pointed out``), lower case."""
    object_verbs: frozenset[str]
    """Forms of verbs whose object belongs to the cue (``told reporters``)."""
    verb_object: regex.Pattern[str]
    """The object of such a verb: an audience or a capitalised name."""
    extension: regex.Pattern[str]
    """A cue extension: channel, platform, audience, place and time words."""
    source_cue_at_start: regex.Pattern[str]
    """``according to`` right after a closing mark."""
    source_cue_at_end: regex.Pattern[str]
    """``according to NP`` at the end of a window."""
    titles_as_printed: frozenset[tuple[str, ...]]
    """Capitalised titles, as word tuples matched as printed (``("Secretary", "of", "State")``)."""
    titles_any_case: frozenset[tuple[str, ...]]
    """Lower-case titles, as casefolded word tuples matched in any case."""
    title_words: int
    """The most words in a title."""
    title_prefixes: frozenset[tuple[str, ...]]
    """Every leading run of words of a title (as printed, and casefolded), to stop early."""
    speaker_nouns: frozenset[str]
    pronouns: frozenset[str]
    source_cue_words: tuple[str, ...]
    """The source cues in lower case, to skip the ``according to`` search cheaply."""
    verb_words: frozenset[str]
    """The first word of every verb form, lower case: where a verb can start."""
    cue_last_words: frozenset[str]
    """Words a cue extension can end with (``statement``, ``reporters``, ``Thursday``)."""

    def verb_at(
        self, text: str, position: int, stop: int, *, with_object: bool = True
    ) -> _Verb | None:
        """The speech verb starting at *position*, with its object and extension."""
        word = _WORD.match(text, position, stop)
        if word is None:
            return None
        folded = word.group().casefold()
        follower = _NEXT_WORD.match(text, word.end(), stop)
        if follower is not None and f"{folded} {follower.group(1).casefold()}" in (
            self.verb_phrases
        ):
            end = follower.end()
        elif folded in self.single_verbs:
            end = word.end()
        else:
            return None
        if with_object and folded in self.object_verbs:
            audience = self.verb_object.match(text, end, stop)
            if audience is not None:
                end = audience.end()
        extension = self.extension.match(text, end, stop)
        extension_end = extension.end() if extension is not None else end
        return _Verb(position, extension_end, text[position:end], text[end:extension_end])

    def find_verb(self, text: str, start: int, stop: int) -> _Verb | None:
        """The first speech verb in ``text[start:stop]`` (among its first words only: a
        speaker phrase, even with an apposition, is short)."""
        for count, word in enumerate(_WORD.finditer(text, start, stop)):
            if count > _VERB_SEARCH_WORDS:
                break
            if word.group().casefold() in self.verb_words and self._may_be_verb(text, word, start):
                verb = self.verb_at(text, word.start(), stop)
                if verb is not None:
                    return verb
        return None

    def verb_ending(self, text: str, start: int, stop: int) -> _Verb | None:
        """A speech verb (and its cue extension) that ends ``text[start:stop]``, perhaps
        followed by a comma or colon."""
        # A cue extension is short: the verb stands within the last few words.
        words = _WORD.findall(text, max(start, stop - _VERB_REACH), stop)
        if not any(word.casefold() in self.verb_words for word in words):
            return None
        for word in reversed(list(_WORD.finditer(text, max(start, stop - _VERB_REACH), stop))):
            if word.group().casefold() not in self.verb_words:
                continue
            if not self._may_be_verb(text, word, start):
                continue
            verb = self.verb_at(text, word.start(), stop)
            if verb is None:
                continue
            rest = text[verb.end : stop].strip()
            if rest in ("", ",", ":"):
                return attrs.evolve(verb, punct=rest)
        return None

    @staticmethod
    def _may_be_verb(text: str, word: regex.Match[str], start: int) -> bool:
        """Skip nouns: a capitalised word inside a window (``State``), or a word after a
        determiner (``the report``)."""
        if word.start() > start and word.group()[0].isupper():
            return False
        following = _NEXT_WORD.match(text, word.end())
        if following is not None and following.group(1) in ("said", "says", "stated", "wrote"):
            return False  # "the congressional report said": a noun before the verb
        before = text[max(start, word.start() - 8) : word.start()].split()
        return not before or before[-1].casefold() not in _DETERMINERS


def _cue_last_words(lexicon: Lexicon, forms: list[str]) -> frozenset[str]:
    """The last word of every verb form and extension phrase, lower case (plurals too)."""
    phrases = [*forms, *lexicon.cue_channels, *lexicon.cue_platforms, *lexicon.cue_audiences]
    last = {phrase.split()[-1].casefold() for phrase in phrases if phrase.split()}
    last |= {word + "s" for word in last}
    times = _TIME_WORDS | {day.casefold() for day in _DAYS.split("|")}
    return frozenset(last | times | {"this", "it"})


def _patterns(lexicon: Lexicon) -> _Patterns:
    forms = [form.casefold() for form in _verb_forms(lexicon)]
    audiences = _alternation(list(lexicon.cue_audiences))
    proper = r"\p{Lu}[\p{L}\p{N}.’'&-]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}\p{N}.’'&-]*){0,4}"
    as_printed = {tuple(t.split()) for t in lexicon.titles if not t[:1].islower()}
    any_case = {tuple(t.casefold().split()) for t in lexicon.titles if t[:1].islower()}
    sources = _alternation(list(lexicon.source_cues))
    return _Patterns(
        single_verbs=frozenset(form for form in forms if " " not in form),
        verb_phrases=frozenset(form for form in forms if form.count(" ") == 1),
        object_verbs=frozenset(form.casefold() for form in _tell_forms(lexicon)),
        verb_object=regex.compile(rf"\s+(?:(?:{audiences})\b|(?:the\s+)?{proper})"),
        extension=regex.compile(_cue_extension(lexicon)),
        source_cue_at_start=regex.compile(rf"(?i:{sources})\b"),
        source_cue_at_end=regex.compile(
            rf"(?:^|(?<=[\s,;(—–]))(?P<verb>(?i:{sources}))\s+(?P<np>[^,:;]{{1,120}}?)\s*[,:]?\s*$"
        ),
        titles_as_printed=frozenset(as_printed),
        titles_any_case=frozenset(any_case),
        title_words=max((len(t) for t in as_printed | any_case), default=0),
        title_prefixes=frozenset(
            title[:length] for title in as_printed | any_case for length in range(1, len(title) + 1)
        ),
        speaker_nouns=frozenset(noun.casefold() for noun in lexicon.speaker_nouns),
        pronouns=frozenset(pronoun.casefold() for pronoun in lexicon.speaker_pronouns),
        source_cue_words=tuple(cue.casefold() for cue in lexicon.source_cues),
        verb_words=frozenset(form.split()[0] for form in forms),
        cue_last_words=_cue_last_words(lexicon, forms),
    )


# --- sentences and noun phrases ------------------------------------------------------------

_ABBREVIATIONS = frozenset(ABBREVIATIONS)
_SENTENCE_END = regex.compile(r"[.!?…]+(?=[\"”’')\]]*(?:\s|$))|;")
_DOTTED = regex.compile(r"(?:\p{L}\.)+\p{L}")
_NON_SPACE = regex.compile(r"\S+")
_BLANK_LINE = regex.compile(r"\n *\n")
_QUOTE_CHARS = regex.compile(r"[\"“”„«»!?]")
_POSSESSIVE = regex.compile(r"['’]s?$")
_CLAUSE_BREAK = regex.compile(r"[;(]|\s[—–―]\s")
_COLON_CLAUSE_BREAK = regex.compile(r"[,;(]|\s[-—–―]\s")
# How far back the word before a period is read ("Sept.", "U.S.").
_ABBREVIATION_REACH = 12


def _is_sentence_end(text: str, match: regex.Match[str]) -> bool:
    if match.group() != ".":
        return True
    if text[match.end() : match.end() + 1] == ")":
        return False  # "Rep. John Mica (R-Fla.) said"
    begin = position = match.start()
    floor = max(0, position - _ABBREVIATION_REACH)
    while begin > floor and (text[begin - 1].isalpha() or text[begin - 1] == "."):
        begin -= 1
    token = text[begin:position]
    if not token:
        return True
    if len(token) == 1 and token.isupper():
        return False  # an initial: "Lloyd J. Austin"
    return token.casefold() not in _ABBREVIATIONS and not _DOTTED.fullmatch(token)


def _first_sentence_end(text: str, start: int, stop: int) -> int:
    for match in _SENTENCE_END.finditer(text, start, stop):
        if _is_sentence_end(text, match):
            return match.start()
    return stop


def _last_sentence_start(text: str, start: int, stop: int) -> int:
    last = start
    for match in _SENTENCE_END.finditer(text, start, stop):
        if _is_sentence_end(text, match):
            last = match.end()
    return last


# An abbreviated title keeps its period inside a name run ("Rep. Hakeem Jeffries").
_ABBREVIATED_TITLE = "|".join(
    word.capitalize() for word in ABBREVIATIONS if word.isalpha() and len(word) <= 4
)
_NAME_TOKEN = (
    rf"(?:(?:{_ABBREVIATED_TITLE})\."  # Rep.
    r"|\p{Lu}[\p{L}’'\-]*\p{L}"  # Hakeem, O’Regan, Thomson-DeVeaux
    r"|\p{Lu}\.(?:\p{Lu}\.)*"  # J. / U.S.
    r"|\p{Lu})"
)
_PARTICLE = r"(?:de|del|della|van|von|der|den|da|di|du|la|le|al|el|bin|ibn|ben|dos|das|ter)"
# Every name token opens with a capital (the abbreviated titles are capitalised), so a run
# can only start at one: the lookahead, tried first, spares the lookbehind and the token's
# alternatives at every other position (about an eighth of the search).
_CAPITAL_FIRST = (
    r"(?=\p{Lu})"
    if all(title[:1].isascii() and title[:1].isupper() for title in _ABBREVIATED_TITLE.split("|"))
    else ""
)
_NAME_RUN = regex.compile(
    rf"{_CAPITAL_FIRST}(?<![\p{{L}}\p{{N}}.’'-]){_NAME_TOKEN}"
    rf"(?:(?:\s+|-)(?:(?:{_PARTICLE}|of|of\s+the|for)\s+)?{_NAME_TOKEN})*"
    r"(?:,?\s+(?:Jr\.|Sr\.|II|III|IV))?"
)
_DETERMINERS = frozenset(DETERMINERS)
_NOT_NAMES = frozenset(NOT_NAME_WORDS)
_NOT_IN_SPEAKER = frozenset(NOT_IN_SPEAKER)
_TITLE_MODIFIERS = frozenset(TITLE_MODIFIERS)
# Where a speaker phrase stops: a relative clause, a parenthesis, a spaced dash ...
_CUT_RELATIVE = regex.compile(r"\s(?:who|whom|whose|which|that)\s|\s*\(|\s[-–—―]\s")
# ... and, after the verb or the closing mark, a subordinate clause ("said Sanders as he left").
_CUT_SUBORDINATE = regex.compile(
    r"\s(?:as|when|while|after|before|because|since|until|during|amid|following)\s"
)


@attrs.frozen
class _Rules:
    """How freely a speaker phrase is read, by where it stands."""

    any_head: bool
    """Accept any noun as the head (``"…," the moderator said``), not only known ones."""
    cut_subordinate: bool
    """Stop the phrase at ``as``, ``when`` … (safe once the verb is behind us)."""
    described: bool
    """Accept a lower-case description before a name (``said undecided voter Jo Kent``)."""


# Before a verb that introduces a quote: the phrase competes with the rest of the clause.
_BEFORE = _Rules(any_head=False, cut_subordinate=False, described=False)
# Between a closing mark and its verb: the position makes the phrase the speaker.
_AFTER = _Rules(any_head=True, cut_subordinate=True, described=True)
# After an inverted verb (``"…," said X``).
_INVERTED = _Rules(any_head=False, cut_subordinate=True, described=True)


def _word_count(text: str) -> int:
    return len(text.split())


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


@attrs.define
class _Mention:
    """A speaker phrase read from the text: the mention's span and the title beside it."""

    start: int
    end: int
    title: str | None


def _titles_in(text: str, start: int, end: int, patterns: _Patterns) -> list[tuple[int, int]]:
    """Spans of the lexicon's titles among the words of ``text[start:end]``, in order of end."""
    words = [_title_word(word) for word in _NON_SPACE.finditer(text, start, end)]
    prefixes = patterns.title_prefixes
    found: list[tuple[int, int]] = []
    for first, (first_start, _, opening) in enumerate(words):
        # Most words open no title: skip them before building any word tuples.
        if (opening,) not in prefixes and (opening.casefold(),) not in prefixes:
            continue
        printed: tuple[str, ...] = ()
        folded: tuple[str, ...] = ()
        for _, word_end, word in words[first : first + patterns.title_words]:
            printed, folded = (*printed, word), (*folded, word.casefold())
            if printed not in prefixes and folded not in prefixes:
                break
            if printed in patterns.titles_as_printed or folded in patterns.titles_any_case:
                found.append((first_start, word_end))
    found.sort(key=lambda span: span[1])
    return found


def _title_word(match: regex.Match[str]) -> tuple[int, int, str]:
    """A word of a speaker phrase as ``(start, end, word)``, without trailing ``,;:``."""
    word = match.group().rstrip(",;:")
    return match.start(), match.start() + len(word), word


def _split_title(
    text: str, start: int, end: int, patterns: _Patterns
) -> tuple[int, int, str | None]:
    """Strip a title printed before a name: ``U.S. Secretary of Defense Lloyd Austin``."""
    if " " not in text[start:end].strip():
        return start, end, None  # one word: nothing to strip
    best: tuple[int, int] | None = None
    for title_start, title_end in _titles_in(text, start, end, patterns):
        rest = text[title_end:end].lstrip(" ,\n")
        if rest and _is_capitalised(rest) and rest.split()[0].casefold() not in _NOT_NAMES:
            best = (title_start, title_end)
    if best is None:
        # "Millikin assistant athletic director Bryan Marshall": a lower-case lead-in.
        words = list(_NON_SPACE.finditer(text[start:end]))
        last_lower = -1
        for index, word in enumerate(words):
            if not _is_capitalised(word.group()):
                last_lower = index
        if 0 <= last_lower < len(words) - 1 and words[0].group().casefold() not in _DETERMINERS:
            cut = start + words[last_lower + 1].start()
            return cut, end, " ".join(text[start:cut].split()).rstrip(",") or None
        return start, end, None
    mention_start = best[1]
    while mention_start < end and text[mention_start] in " ,\n":
        mention_start += 1
    title = " ".join(text[start : best[1]].split()).rstrip(",")
    if title.casefold() in _DETERMINERS:
        title = ""
    return mention_start, end, title or None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \n,":
        start += 1
    while end > start and text[end - 1] in " \n,.;:":
        end -= 1
    return start, end


def _speaker_phrase(
    text: str, start: int, end: int, patterns: _Patterns, rules: _Rules = _BEFORE
) -> _Mention | None:
    """Read a speaker noun phrase occupying ``text[start:end]``, or ``None``.

    Handles a pronoun, a name with titles before it, an appositive on either side
    (``X, the director of Y`` / ``her adviser, Jake Sullivan``) and a common-noun source
    (``the Pentagon``, ``a spokeswoman for the campaign``). *rules* say how freely, by where
    the phrase stands.
    """
    start, end = _trim(text, start, end)
    for cut_pattern in (
        (_CUT_RELATIVE, _CUT_SUBORDINATE) if rules.cut_subordinate else (_CUT_RELATIVE,)
    ):
        cut = cut_pattern.search(text, start, end)
        if cut is not None:
            end = _trim(text, start, cut.start())[1]
    if start >= end:
        return None
    phrase = text[start:end]
    if phrase.casefold() in patterns.pronouns:
        return _Mention(start, end, None)
    if _BLANK_LINE.search(phrase) or _QUOTE_CHARS.search(phrase):
        return None  # (a single line break is a hard wrap: "Jane\nDoe said")
    if "," in phrase:
        return _appositive(text, start, end, patterns, rules)
    if _word_count(phrase) > _MAX_SPEAKER_WORDS or not _noun_phrase_words(phrase):
        return None
    first = phrase.split()[0]
    if not (
        _is_capitalised(first)
        or first.casefold() in _DETERMINERS
        or first.casefold() in patterns.speaker_nouns
        or first.endswith(("’s", "'s"))
        or first.casefold() in _TITLE_MODIFIERS
        or (rules.described and _described_name(phrase))
    ):
        return None
    if first.casefold() in _CLAUSE_OPENERS:
        return None
    if first.casefold() in _NOT_NAMES - _DETERMINERS:
        return None
    if not rules.any_head and not _has_head(phrase, patterns):
        return None
    mention_start, mention_end, title = _split_title(text, start, end, patterns)
    if first.casefold() in _DETERMINERS and (
        mention_start == start or not _is_capitalised(text[mention_start:mention_end])
    ):
        # "the economist Jared Bernstein" keeps its name; "the Pentagon" stays whole.
        return _Mention(start, end, None)
    return _Mention(mention_start, mention_end, title)


# "undecided Republican voter Stephanie Hooton": a short description, then a name.
_MAX_DESCRIBED_NAME = 8


def _described_name(phrase: str) -> bool:
    """``undecided Republican voter Stephanie Hooton``: a short description, then a name
    (no article inside, which would make it a verb and its object: ``features a …``)."""
    words = phrase.split()
    return (
        len(words) <= _MAX_DESCRIBED_NAME
        and _ends_in_name(phrase)
        and not any(word.casefold() in _DETERMINERS for word in words[1:])
    )


def _ends_in_name(phrase: str) -> bool:
    words = phrase.split()
    return len(words) >= 2 and _is_capitalised(words[-1]) and _is_capitalised(words[-2])


def _noun_phrase_words(phrase: str) -> bool:
    """Whether no word of *phrase* shows it is a clause (``seemed to``, ``didn't``)."""
    previous, previous_capitalised = "", False
    for word in phrase.split():
        folded = word.casefold().strip(",.")
        if folded == "to" and previous in _TAKES_TO:
            previous = folded
            continue  # "a former aide to President Bush"
        if folded in _NOT_IN_SPEAKER or "n’t" in folded or "n't" in folded:
            return False
        if folded.endswith("ed") and word.islower() and previous_capitalised:
            return False  # "Jerry Brown criticized Bill Clinton": a name, then its verb
        previous, previous_capitalised = folded, _is_capitalised(word)
    return True


# A phrase opening with these is a clause, never a speaker ("posited that for a …").
_CLAUSE_OPENERS = frozenset(CLAUSE_OPENERS)

_TAKES_TO = frozenset(TAKES_TO)


def _has_head(phrase: str, patterns: _Patterns) -> bool:
    """Whether a phrase ends in something that can speak: a name or a speaker noun."""
    words = phrase.replace("’s", "").replace("'s", "").split()
    last = words[-1].strip(".,")
    if _is_capitalised(last) or last.casefold() in patterns.speaker_nouns:
        return True
    # "a spokeswoman for the campaign": the head comes before the preposition.
    for index, word in enumerate(words[:-1]):
        if word in ("for", "of", "at", "from", "with") and index:
            head = words[index - 1].casefold()
            if head in patterns.speaker_nouns or _is_capitalised(words[index - 1]):
                return True
    return False


def _appositive(
    text: str, start: int, end: int, patterns: _Patterns, rules: _Rules
) -> _Mention | None:
    """``X, the director of Y`` or ``her senior adviser, Jake Sullivan``."""
    comma = text.index(",", start, end)
    head_start, head_end = _trim(text, start, comma)
    tail_start, tail_end = _trim(text, comma + 1, end)
    if head_start >= head_end or tail_start >= tail_end:
        return None
    head, tail = text[head_start:head_end], text[tail_start:tail_end]
    if head.casefold() in patterns.pronouns or _word_count(tail) > 3 * _MAX_SPEAKER_WORDS:
        return None
    if _looks_like_name(head):
        mention = _speaker_phrase(text, head_start, head_end, patterns, rules)
        if mention is None:
            return None
        title = " ".join(tail.split())
        if mention.title:
            title = f"{mention.title}, {title}"
        return _Mention(mention.start, mention.end, title)
    # "her senior policy adviser, Jake Sullivan", "Ryan’s spokeswoman, AshLee Strong":
    # a description, then the name.
    if _is_capitalised(head.split()[-1]) or "," in tail or not _looks_like_name(tail):
        return None
    mention = _speaker_phrase(text, tail_start, tail_end, patterns, rules)
    if mention is None:
        return None
    return _Mention(mention.start, mention.end, mention.title or " ".join(head.split()))


def _looks_like_name(phrase: str) -> bool:
    words = phrase.split()
    return (
        bool(words)
        and len(words) <= 6
        and _is_capitalised(words[0])
        and _is_capitalised(words[-1])
        and words[0].casefold() not in _DETERMINERS
        and words[0].casefold() not in _NOT_NAMES
    )


# --- attribution --------------------------------------------------------------------------


def _strip_adverbs(text: str, start: int, end: int) -> int:
    """Move *end* back over adverbs and time words between a subject and its verb."""
    end = start + len(text[start:end].rstrip())
    match = _ADVERB.search(text, start, end)
    return match.start() if match is not None and match.start() > start else end


def _after(text: str, pair: _Pair, limit: int, patterns: _Patterns) -> _Attribution | None:
    """An attribution right after the closing mark: ``"…," X said`` / ``said X``."""
    position = pair.end
    stop = _first_sentence_end(text, position, min(limit, position + _WINDOW))
    while position < stop and text[position] in " ,\n":  # a hard wrap is a space
        position += 1
    if position >= stop:
        return None
    ending = text[max(pair.text_start, pair.text_end - 8) : pair.text_end].rstrip()[-1:]
    ended_sentence = ending in ".…" and text[pair.end : pair.end + 1] != ","
    if text[position] in "—–―-":
        return _dash_attribution(text, position, stop, limit, patterns)
    source = patterns.source_cue_at_start.match(text, position, stop)
    if source is not None:
        # "“…” according to Judicial Watch."
        mention = _speaker_phrase(text, source.end(), stop, patterns)
        if mention is None:
            return None
        cue = " ".join(source.group().split())
        return _Attribution(cue, mention.start, mention.end, mention.title, True)
    if not _may_start_attribution(text, position, stop, patterns):
        return None  # "“…” and the rest": no speaker or verb can follow
    verb = patterns.verb_at(text, position, stop, with_object=False)
    if verb is not None:
        # Inverted: "said Jim Clyburn, a Democratic congressman".
        if _is_participle(verb):
            return None  # "…," adding that …: the subject is elsewhere
        mention = _inverted_speaker(text, verb.end, stop, patterns)
        if mention is None:
            return None
        return _Attribution(_cue(verb), mention.start, mention.end, mention.title, True)
    verb = patterns.find_verb(text, position, stop)
    while verb is not None:
        subject_end = _strip_adverbs(text, position, verb.start)
        mention = _speaker_phrase(text, position, subject_end, patterns, _AFTER)
        if mention is not None:
            if ended_sentence and text[verb.end : stop].strip(" ,\n"):
                return None  # "…." He said because …: a new sentence, not an attribution
            return _Attribution(_cue(verb), mention.start, mention.end, mention.title, True)
        verb = patterns.find_verb(text, verb.end, stop)
        if verb is not None and _word_count(text[position : verb.start]) > _MAX_SPEAKER_WORDS:
            break
    return None


def _inverted_speaker(text: str, start: int, stop: int, patterns: _Patterns) -> _Mention | None:
    """``said Jim Clyburn, a Democratic congressman``: a name up to the first comma, then
    perhaps its description (``said her adviser, Jake Sullivan`` names the adviser)."""
    comma = text.find(",", start, stop)
    mention = _speaker_phrase(text, start, stop if comma < 0 else comma, patterns, _INVERTED)
    if mention is None or comma < 0:
        return mention
    rest_start, rest_end = _trim(text, comma + 1, stop)
    cut = _CUT_RELATIVE.search(text, rest_start, rest_end)
    if cut is not None:
        rest_end = _trim(text, rest_start, cut.start())[1]
    rest = " ".join(text[rest_start:rest_end].split())
    if not rest:
        return mention
    first = rest.split()[0]
    head = text[mention.start : mention.end]
    if not _is_capitalised(head) and _looks_like_name(rest) and "," not in rest:
        named = _speaker_phrase(text, rest_start, rest_end, patterns, _INVERTED)
        if named is not None:
            return _Mention(named.start, named.end, named.title or " ".join(head.split()))
    if first.casefold().endswith("ing") or first.casefold() in _NOT_NAMES - _DETERMINERS:
        return mention  # "said Murphy, using a term …": no description
    title = f"{mention.title}, {rest}" if mention.title else rest
    return _Mention(mention.start, mention.end, title)


def _may_start_attribution(text: str, position: int, stop: int, patterns: _Patterns) -> bool:
    """Whether the first word after a closing mark can open an attribution."""
    word = _WORD.match(text, position, stop)
    if word is None:
        return False
    folded = word.group().casefold()
    return (
        word.group()[0].isupper()
        or folded in patterns.verb_words
        or folded in patterns.pronouns
        or folded in _DETERMINERS
        or folded in _TITLE_MODIFIERS
        or folded in patterns.speaker_nouns
        or "’" in folded
        or "'" in folded
    )


def _may_end_cue(text: str, start: int, end: int, patterns: _Patterns) -> bool:
    """Whether the last word before an opening mark can end a cue (``says``, ``on Facebook``)."""
    words = _WORD.findall(text, max(start, end - 30), end)
    if not words:
        return False
    last = words[-1]
    folded = last.casefold()
    return last[0].isupper() or folded in patterns.verb_words or folded in patterns.cue_last_words


def _dash_attribution(
    text: str, position: int, stop: int, limit: int, patterns: _Patterns
) -> _Attribution | None:
    """``"…" ― Sonya Smith`` at the end of a line: the dash names the speaker."""
    dash_end = position + 1
    while dash_end < stop and text[dash_end] in "—–―-":
        dash_end += 1
    line_end = text.find("\n", dash_end, limit)
    line_end = limit if line_end < 0 else line_end
    name_start, name_end = _trim(text, dash_end, line_end)
    name = text[name_start:name_end]
    if not name or _word_count(name) > 5 or not _looks_like_name(name):
        return None
    if not all(_is_capitalised(word) for word in name.split()):
        return None
    return _Attribution(text[position:dash_end], name_start, name_end, None, True)


def _cue(verb: _Verb) -> str:
    """The cue as printed: the verb and its channel, without trailing time words."""
    cue = verb.verb + verb.extension
    # Trailing time words can only be cut from an extension that has a space in it.
    trailing = _TRAILING_TIME.search(cue) if verb.extension.strip() else None
    if trailing is not None and trailing.start() >= len(verb.verb):
        cue = cue[: trailing.start()]
    return " ".join(cue.split())


def _before(
    text: str, pair: _Pair, floor: int, patterns: _Patterns, *, previous_sentence: bool = True
) -> _Attribution | None:
    """An attribution right before the opening mark: ``X said: "…"``, ``according to X, "…"``."""
    window_start = _last_sentence_start(text, max(floor, pair.start - _WINDOW), pair.start)
    end = pair.start
    while end > window_start and text[end - 1] in " \n":
        end -= 1
    if end <= window_start:
        return (
            _previous_sentence(text, floor, window_start, patterns) if previous_sentence else None
        )
    if text[end - 1] in ",:":
        inverted = _inverted_lead(text, window_start, end - 1, patterns)
        if inverted is not None:
            return inverted
    source = None
    window = text[window_start:end].casefold()
    if any(cue in window for cue in patterns.source_cue_words):
        source = patterns.source_cue_at_end.search(text, window_start, end)
    if source is not None:
        mention = _speaker_phrase(text, source.start("np"), source.end("np"), patterns)
        if mention is not None:
            return _Attribution(
                " ".join(source.group("verb").split()),
                mention.start,
                mention.end,
                mention.title,
                False,
            )
    verb = None
    if text[end - 1] in ",:" or _may_end_cue(text, window_start, end, patterns):
        verb = patterns.verb_ending(text, window_start, end)
    if verb is not None:
        found = _subject_before(text, window_start, verb, patterns)
        if found is not None or verb.punct:
            return found
    if text[end - 1] == ":":
        found = _colon_speaker(text, window_start, end - 1, patterns)
        speech = _word_count(text[pair.text_start : pair.text_end]) >= _MIN_SPEECH_WORDS
        if found is None and speech:
            found = _colon_subject(text, window_start, end - 1, patterns)
        return found
    return None


# A colon after a whole clause introduces speech only when what follows reads as speech.
_MIN_SPEECH_WORDS = 3


# A sentence of just a speaker and a verb ("Dianne Bystrom agreed.") is short.
_SHORT_SENTENCE = 120


def _previous_sentence(
    text: str, floor: int, stop: int, patterns: _Patterns
) -> _Attribution | None:
    """``Dianne Bystrom agreed. "…"``: a sentence of just a speaker and a verb."""
    period = _visible_end(text, floor, stop)
    if period <= floor or text[period - 1] != ".":
        return None
    start = _last_sentence_start(text, max(floor, period - _SHORT_SENTENCE), period - 1)
    verb = patterns.verb_ending(text, start, period - 1)
    if verb is None or verb.punct or _is_participle(verb):
        return None
    mention = _speaker_phrase(
        text, start, _strip_adverbs(text, start, verb.start), patterns, _AFTER
    )
    if mention is None:
        return None
    return _Attribution(_cue(verb), mention.start, mention.end, mention.title, False)


def _inverted_lead(text: str, start: int, end: int, patterns: _Patterns) -> _Attribution | None:
    """``Said Dorothy Poynter, who grew up with Ali, "…"``: the verb opens the sentence."""
    first = _FIRST_WORD.match(text, start, end)
    if first is None or not _is_capitalised(first.group(1)):
        return None
    verb = patterns.verb_at(text, first.start(1), end)
    if verb is None or _is_participle(verb):
        return None
    mention = _inverted_speaker(text, verb.end, end, patterns)
    if mention is None:
        return None
    return _Attribution(_cue(verb), mention.start, mention.end, mention.title, False)


def _subject_before(
    text: str, window_start: int, verb: _Verb, patterns: _Patterns
) -> _Attribution | None:
    """The subject of a verb that introduces a quote: ``Mike Lee, who declared, "…"``."""
    if _is_participle(verb) or _after_conjunction(text, window_start, verb.start):
        return _sentence_subject(text, window_start, verb, patterns)
    clause_start = window_start
    for match in _CLAUSE_BREAK.finditer(text[window_start : verb.start]):
        clause_start = window_start + match.end()
    subject_end = _strip_adverbs(text, clause_start, verb.start)
    subject_start, subject_end = _trim(text, clause_start, subject_end)
    if text[subject_start:subject_end].endswith(")"):
        # "Rep. John Mica (R-Fla.) said": the party and state are not the name.
        opening = text.rfind("(", subject_start, subject_end)
        subject_end = _trim(text, subject_start, max(subject_start, opening))[1]
    words = list(_NON_SPACE.finditer(text[subject_start:subject_end]))
    if not words:
        # "…," asked Smith? Not before a quote; but "Said Smith: …" has its subject after.
        return None
    last = words[-1].group().casefold()
    if last in ("that", "which"):
        return None  # "a sign that read": the speaker is a thing named earlier
    if last in patterns.pronouns:
        begin = subject_start + words[-1].start()
        return _Attribution(_cue(verb), begin, begin + len(words[-1].group()), None, False)
    # Take the longest suffix of the clause that reads as a speaker phrase.
    for first in range(max(0, len(words) - _MAX_SPEAKER_WORDS), len(words)):
        begin = subject_start + words[first].start()
        previous = words[first - 1].group() if first else ""
        if _inside_name(previous, words[first].group()):
            continue
        mention = _speaker_phrase(text, begin, subject_end, patterns)
        if mention is not None and _clause_boundary(text, subject_start, begin):
            return _Attribution(_cue(verb), mention.start, mention.end, mention.title, False)
    return _subject_before_aside(text, subject_start, subject_end, verb, patterns)


def _subject_before_aside(
    text: str, start: int, end: int, verb: _Verb, patterns: _Patterns
) -> _Attribution | None:
    """``Margaret Sullivan, in an attempt to …, wrote, "…"``: a name, an aside, the verb."""
    comma = text.find(",", start, end)
    if comma < 0:
        return None
    aside = text[comma + 1 : end].split()
    if not aside or aside[0].casefold() not in _ASIDE_OPENERS:
        return None
    if not _looks_like_name(text[start:comma]):
        return None
    mention = _speaker_phrase(text, start, comma, patterns)
    if mention is None:
        return None
    return _Attribution(_cue(verb), mention.start, mention.end, mention.title, False)


_ASIDE_OPENERS = frozenset(ASIDE_OPENERS)


def _after_conjunction(text: str, start: int, verb_start: int) -> bool:
    """``He adopted a fake accent and joked, "…"``: the verb shares the sentence's subject."""
    before = text[start:verb_start].split()
    return len(before) >= 3 and before[-1] in ("and", "then", "but")


_FIRST_WORD = regex.compile(r"\s*(\S+)")


def _is_participle(verb: _Verb) -> bool:
    return verb.verb.split()[0].casefold().endswith("ing")


def _sentence_subject(
    text: str, window_start: int, verb: _Verb, patterns: _Patterns
) -> _Attribution | None:
    """``Clinton seemed ready to riff, telling the crowd, "…"``: the sentence's subject speaks."""
    before = text[window_start : verb.start].rstrip()
    if not before.endswith((",", " by", " and", " then", " but")):
        return None
    subject = _subject_at(text, window_start, verb.start, patterns)
    if subject is None:
        return None
    return _Attribution(_cue(verb), subject.start, subject.end, subject.title, False)


def _subject_at(text: str, start: int, stop: int, patterns: _Patterns) -> _Mention | None:
    """The subject that opens the sentence at *start*: a pronoun, a name, or ``the campaign``."""
    first = _FIRST_WORD.match(text, start, stop)
    if first is None:
        return None
    word = first.group(1)
    if word.casefold() in _NOT_NAMES - patterns.pronouns - _DETERMINERS:
        # "Back in 1999, Mr. Trump expressed …": the subject follows the opening phrase,
        # which may hold commas of its own ("In a wide-ranging, in-prison interview, …").
        comma = text.find(",", first.end(), stop)
        for _ in range(_MAX_OPENING_COMMAS):
            if comma < 0 or text[start:comma].count(" ") > _MAX_SPEAKER_WORDS:
                return None
            subject = _subject_at(text, comma + 1, stop, patterns)
            if subject is not None:
                return subject
            comma = text.find(",", comma + 1, stop)
        return None
    if word.casefold() in patterns.pronouns:
        return _Mention(first.start(1), first.end(1), None)
    if word.casefold() in _DETERMINERS:
        # "The Clinton campaign, in a Q&A, worded it": words up to the head noun.
        words = list(_NON_SPACE.finditer(text, first.start(1), stop))[1:5]
        proper_end = -1
        for word_match in words:
            token = word_match.group().rstrip(",")
            if token in patterns.speaker_nouns:
                return _Mention(first.start(1), word_match.start() + len(token), None)
            if not _is_capitalised(token):
                break
            proper_end = word_match.start() + len(token)
            if token != word_match.group():
                break
        # "The New York Times confirmed": a proper name after the article.
        return _Mention(first.start(1), proper_end, None) if proper_end > 0 else None
    run = _NAME_RUN.match(text, first.start(1), stop)
    if run is None or run.group().split()[0].casefold() in _NOT_NAMES:
        return None
    if any(len(token) > 3 and token.isupper() for token in run.group().split()):
        return None  # a dateline or a shouted kicker, not a subject
    following = _FIRST_WORD.match(text, run.end(), stop)
    if " " not in run.group() and (
        following is None or following.group(1) in _ADVERBIAL_FOLLOWERS or text[run.end()] == ","
    ):
        # "Once in my early 20s, I laughed": an opening phrase, then the subject.
        comma = text.find(",", run.end(), stop)
        if comma < 0 or text[start:comma].count(" ") > _MAX_SPEAKER_WORDS:
            return None
        return _subject_at(text, comma + 1, stop, patterns)
    mention_start, mention_end, title = _split_title(text, run.start(), run.end(), patterns)
    mention_end = mention_start + len(_strip_possessive(text[mention_start:mention_end]))
    if mention_end <= mention_start:
        return None
    return _Mention(mention_start, mention_end, title)


_MAX_OPENING_COMMAS = 3
_ADVERBIAL_FOLLOWERS = frozenset(ADVERBIAL_FOLLOWERS)


def _colon_subject(
    text: str, window_start: int, colon: int, patterns: _Patterns
) -> _Attribution | None:
    """``McConnell delivered a blunt message to Trump: "…"``: the subject of the sentence."""
    for match in _CLAUSE_BREAK.finditer(text, window_start, colon):
        window_start = match.end()
    subject = _subject_at(text, window_start, colon, patterns)
    if subject is None:
        return None
    predicate = " ".join(text[subject.end : colon].split()).strip(" ,")
    if (
        not predicate
        or "," in predicate
        or _word_count(predicate) > _MAX_PREDICATE_WORDS
        or predicate.split()[0].casefold() in _NOT_IN_SPEAKER
    ):
        return None
    cue = predicate if _word_count(predicate) <= _MAX_CUE_WORDS else ":"
    return _Attribution(cue, subject.start, subject.end, subject.title, False)


_MAX_PREDICATE_WORDS = 14
_MAX_CUE_WORDS = 8


def _inside_name(previous: str, word: str) -> bool:
    """Whether *word* continues a name begun by *previous* (``Lloyd`` ``Austin``)."""
    return (
        bool(previous)
        and not previous.endswith(",")
        and _is_capitalised(word)
        and _is_capitalised(previous)
        and previous.casefold() not in _NOT_NAMES
    )


def _clause_boundary(text: str, clause_start: int, begin: int) -> bool:
    """Whether a subject may start at *begin*: the clause start or after a comma/conjunction."""
    before = text[clause_start:begin].rstrip()
    if not before:
        return True
    last_word = before.split()[-1].casefold()
    return before.endswith(",") or last_word in (
        "and",
        "but",
        "when",
        "while",
        "as",
        "where",
        "because",
        "since",
        "after",
        "before",
        "then",
        "so",
        "though",
        "although",
        "once",
    )


def _colon_speaker(
    text: str, window_start: int, colon: int, patterns: _Patterns
) -> _Attribution | None:
    """A named speaker, then a colon: ``Philip Bump: "…"``."""
    clause_start = window_start
    for match in _COLON_CLAUSE_BREAK.finditer(text[window_start:colon]):
        clause_start = window_start + match.end()
    start, end = _trim(text, clause_start, colon)
    name = text[start:end]
    if not name or not _looks_like_name(name) or _word_count(name) > 6:
        return None
    if not all(_is_capitalised(word) or word in ("of", "the") for word in name.split()):
        return None
    mention_start, mention_end, title = _split_title(text, start, end, patterns)
    return _Attribution(":", mention_start, mention_end, title, False)


# --- kinds ----------------------------------------------------------------------------------


_TITLE_SMALL_WORDS = frozenset(TITLE_SMALL_WORDS)


_MAX_TITLE_LENGTH = 120


def _is_title(content: str) -> bool:
    """Whether quoted words read as a title: ``"Good Morning America"``, ``"Face the Nation,"``."""
    if len(content) > _MAX_TITLE_LENGTH:
        return False
    content = content.strip().rstrip(",")
    words = content.split()
    if not 2 <= len(words) <= 10 or content[-1:] in "!?…" or "." in content[:-1]:
        return False
    if not _is_capitalised(words[0]):
        return False
    # One pass: count capitalised words, give up at the first other word that is not small.
    capitalised = 0
    for word in words:
        if _is_capitalised(word):
            capitalised += 1
        elif word not in _TITLE_SMALL_WORDS and word[:1].isalpha():
            return False
    return capitalised >= 2


def _opens_sentence(text: str, pair: _Pair, floor: int) -> bool:
    end = _visible_end(text, floor, pair.start)
    return end <= floor or text[end - 1] in '.!?:…"”’―—–-' or text[end - 2 : end] == "''"


def _kind_without_speaker(text: str, pair: _Pair, floor: int, patterns: _Patterns) -> QuoteKind:
    content = text[pair.text_start : pair.text_end].strip()
    words = content.split(None, 9)  # the rules below count up to nine words
    ends = content[-1:] in ".!?…,—–-" or not pair.closed
    opens = _opens_sentence(text, pair, floor)
    if opens and (ends or len(words) >= 6) and len(words) >= 3:
        return "direct"
    if opens and content[-1:] in ".!?" and pair.closed:
        return "direct"  # "“Big time.”" after the speaker's previous sentence
    if 0 < len(words) <= 8 and all(
        _is_capitalised(word) or len(word) <= 3 or not word[:1].isalpha() for word in words
    ):
        return "title"
    if len(words) <= 4:
        sentence_start = _last_sentence_start(text, max(floor, pair.start - _WINDOW), pair.start)
        if patterns.find_verb(text, sentence_start, pair.start) is None:
            return "scare"
    return "partial"


# --- speakers and names ---------------------------------------------------------------------


@attrs.define
class _Person:
    name: str
    title: str | None
    position: int


class _Names:
    """Full names printed in the article, looked up by surname or first name.

    A lookup reads only the places where the word is printed (found with ``str.find``), and
    its answer is kept for the rest of the parse.
    """

    def __init__(self, state: ParseState, patterns: _Patterns) -> None:
        self._state = state
        self._patterns = patterns
        self._found: dict[str, _Person | None] = {}
        # The body blocks themselves (the step changes none): a list of their spans cost a
        # tuple per paragraph, ~70 bytes, at the peak of a text of many short paragraphs.
        self._blocks = [block for _, block in state.body_blocks()]
        self._starts: list[int] | None = None
        # What the last few paragraphs before a pronoun hold, by the span read: the
        # pronouns of consecutive paragraphs read the same paragraphs above them.
        self._spans_read: dict[tuple[int, int], tuple[_Person | None, _Person | None]] = {}
        self._last_query: tuple[int, tuple[_Person | None, _Person | None]] | None = None

    def lookup(self, mention: str) -> _Person | None:
        """The earliest full name whose surname (else first name) is *mention*."""
        key = _key(mention)
        if key not in self._found:
            word = _strip_possessive(mention)
            self._found[key] = self._search(word, surname=True) or self._search(word, surname=False)
        return self._found[key]

    def _blocks_before(self, position: int) -> list[tuple[int, int]]:
        """The last few body blocks that start before *position* (found by bisection: a
        text of a thousand quotes with a pronoun would otherwise scan every block for each)."""
        if self._starts is None:
            self._starts = [block.start for block in self._blocks]
        stop = bisect.bisect_left(self._starts, position)
        before = self._blocks[max(0, stop - _PRONOUN_REACH) : stop]
        return [(block.start, block.end) for block in before]

    def last_before(self, position: int) -> _Person | None:
        """The last full name printed before *position* (within a few paragraphs)."""
        return self._last_before(position, reporter=False)

    def last_reporter_before(self, position: int) -> _Person | None:
        """The last full name followed by a speech verb (``Jane Roe said the plan …``) before
        *position*, within a few paragraphs."""
        return self._last_before(position, reporter=True)

    def _last_before(self, position: int, *, reporter: bool) -> _Person | None:
        # A pronoun asks for both (the last reporter, then the last name) at one position:
        # the paragraphs above it are read once for the two answers.
        if self._last_query is None or self._last_query[0] != position:
            self._last_query = (position, self._both_before(position))
        return self._last_query[1][reporter]

    def _both_before(self, position: int) -> tuple[_Person | None, _Person | None]:
        """The last full name before *position* and the last followed by a speech verb."""
        last: _Person | None = None
        last_reporter: _Person | None = None
        for start, end in reversed(self._blocks_before(position)):
            found = self._names_in((max(start, position - _PRONOUN_WINDOW), min(end, position)))
            if last is None:
                last = found[0]
            if last_reporter is None:
                last_reporter = found[1]
            if last is not None and last_reporter is not None:
                break
        return last, last_reporter

    def _names_in(self, span: tuple[int, int]) -> tuple[_Person | None, _Person | None]:
        """The last full name in ``text[span]``, and the last followed by a speech verb.

        Kept for the next pronouns: a pronoun reads the paragraphs above it, and in a text
        of short quoted paragraphs the next pronoun reads most of them again.
        """
        if span not in self._spans_read:
            if len(self._spans_read) >= _SPAN_MEMO_SIZE:
                self._spans_read.clear()
            self._spans_read[span] = self._read_names(span)
        return self._spans_read[span]

    def _read_names(self, span: tuple[int, int]) -> tuple[_Person | None, _Person | None]:
        text = self._state.text
        last: _Person | None = None
        stop = span[1]
        # One word ("Yes", "Jean-Paul") is no full name.
        runs = [run for run in _NAME_RUN.finditer(text, *span) if len(run.group().split()) >= 2]
        # Read from the end: the first full name found is the last one; after it, only a
        # name followed by a speech verb is of use, so a run's person (the costly part) is
        # read only when the verb follows.
        for run in reversed(runs):
            reports = self._reports(text, run.end(), stop)
            if last is not None and not reports:
                continue
            person = self._person(text, run.start(), run.end(), surname=True)
            if person is None or " " not in person.name:
                continue
            if last is None:
                last = person
            if reports:
                return last, person
        return last, None

    def _reports(self, text: str, end: int, stop: int) -> bool:
        """Whether a speech verb follows the name that ends at *end* (``Jane Roe said``)."""
        following = _NEXT_WORD.match(text, end, stop)
        return following is not None and (
            self._patterns.verb_at(text, following.start(1), stop, with_object=False) is not None
        )

    def _search(self, word: str, *, surname: bool) -> _Person | None:
        text = self._state.text
        for block in self._blocks:
            start, end = block.start, block.end
            position = text.find(word, start, end)
            while position >= 0:
                person = self._around(text, position, position + len(word), start, end, surname)
                if person is not None:
                    return person
                position = text.find(word, position + 1, end)
        return None

    def _around(
        self, text: str, start: int, end: int, floor: int, ceiling: int, surname: bool
    ) -> _Person | None:
        """The full name printed with the word at ``text[start:end]``, if any."""
        if surname:
            window = max(floor, start - _NAME_WINDOW)
            for run in _NAME_RUN.finditer(text, window, end):
                if run.end() == end and run.start() < start:
                    return self._person(text, run.start(), end, surname)
            return None
        following = _NAME_RUN.match(text, start, min(ceiling, end + _NAME_WINDOW))
        if following is None or following.end() <= end:
            return None
        return self._person(text, start, following.end(), surname)

    def _person(self, text: str, start: int, end: int, surname: bool) -> _Person | None:
        mention_start, _, title = _split_title(text, start, end, self._patterns)
        while True:
            word = _NON_SPACE.match(text, mention_start, end)
            if word is None or word.group().casefold() not in _NOT_NAMES:
                break
            mention_start = word.end()
            while mention_start < end and text[mention_start].isspace():
                mention_start += 1
        name = " ".join(text[mention_start:end].split())
        tokens = name.split()
        if len(tokens) < 2 or tokens[0] in ("of", "for") or tokens[-1] in ("of", "for"):
            return None
        if any(token.isupper() and len(token) > 3 for token in tokens):
            return None  # an acronym or a shouted line, not a person
        return _Person(_strip_possessive(name), title, start)


_NAME_WINDOW = 90
# How many paragraphs back a pronoun looks for a name when no speaker came before it.
_PRONOUN_REACH = 3
# ... and how many characters of each it reads.
_PRONOUN_WINDOW = 600


# How many spans the memo of `_Names` keeps before it starts afresh (a pronoun reads
# `_PRONOUN_REACH` paragraphs, and the pronouns come in text order).
_SPAN_MEMO_SIZE = 64


def _key(token: str) -> str:
    return _strip_possessive(token).casefold()


def _strip_possessive(name: str) -> str:
    return _POSSESSIVE.sub("", name)


# A pronoun looks back over this many named speakers at most.
_RECENT_SPEAKERS = 30


@attrs.define
class _Resolver:
    """Turns attribution mentions into speakers with full names."""

    state: ParseState
    patterns: _Patterns
    names: _Names
    speakers: list[Speaker] = attrs.field(factory=list)
    by_surname: dict[str, Speaker] = attrs.field(factory=dict)
    """The first named speaker of each surname."""
    resolved: dict[str, tuple[str | None, str | None]] = attrs.field(factory=dict)
    """Names already resolved in this article, by mention."""

    def speaker(self, attribution: _Attribution) -> Speaker:
        source = self.state.source
        mention = self.state.share(source[attribution.mention_start : attribution.mention_end])
        name, title = self._name(mention, attribution.mention_start)
        speaker = Speaker(
            name=name,
            mention=mention,
            title=attribution.title or title,
            span=Span(attribution.mention_start, attribution.mention_end),
        )
        if name is not None and mention.casefold() not in self.patterns.pronouns:
            self.speakers.append(speaker)
            self.by_surname.setdefault(_key(name.split()[-1]), speaker)
        return speaker

    def _name(self, mention: str, position: int) -> tuple[str | None, str | None]:
        folded = mention.casefold()
        if folded in self.patterns.pronouns:
            return self._antecedent(folded, position)
        if mention not in self.resolved:
            self.resolved[mention] = self._full_name(mention)
        return self.resolved[mention]

    def _full_name(self, mention: str) -> tuple[str | None, str | None]:
        """The full name and title a name or noun-phrase mention stands for."""
        words = mention.split()
        if words[0].casefold() in _DETERMINERS:
            rest = words[1:]
            proper = " ".join(rest) if rest and all(_is_capitalised(w) for w in rest) else None
            return proper, None
        if not _is_capitalised(mention):
            return None, None
        if len(words) == 1:
            person = self.names.lookup(words[0])
            if person is not None:
                return person.name, person.title
            earlier = self.by_surname.get(_key(words[0]))
            if earlier is not None:
                return earlier.name, earlier.title
        return _strip_possessive(" ".join(words)), None

    def _antecedent(self, pronoun: str, position: int) -> tuple[str | None, str | None]:
        """The most recent named speaker a pronoun can stand for, else the last full name.

        ``who`` stands for the name just before it (``Mike Lee, who declared``).
        """
        if pronoun == "who":
            person = self.names.last_before(position)
            if person is not None:
                return person.name, person.title
        candidate: Speaker | None = None
        for earlier in reversed(self.speakers[-_RECENT_SPEAKERS:]):
            is_person = " " in (earlier.name or "") or earlier.mention[:1].isupper()
            organisation = earlier.mention.split()[0].casefold() in _DETERMINERS
            if pronoun in ("he", "she", "who", "i") and (organisation or not is_person):
                continue
            if pronoun == "it" and not organisation:
                continue
            candidate = earlier
            break
        if pronoun in ("he", "she"):
            # "Jane Roe said the plan …" then "“…,” she said": a name reporting speech after
            # the last quoted speaker is the one the pronoun stands for.
            reporter = self.names.last_reporter_before(position)
            if reporter is not None and (
                candidate is None or reporter.position > candidate.span.start
            ):
                return self._remember(reporter)
        if candidate is not None:
            return candidate.name, candidate.title
        if pronoun in ("he", "she", "i"):
            person = self.names.last_before(position)
            if person is not None:
                return self._remember(person)
        return None, None

    def _remember(self, person: _Person) -> tuple[str, str | None]:
        """Keep *person*, found in the text for a pronoun, as the latest speaker: the pronouns
        after this one stand for them too, however many paragraphs follow."""
        span = Span(person.position, person.position)
        self.speakers.append(
            Speaker(name=person.name, mention=person.name, title=person.title, span=span)
        )
        return person.name, person.title


# --- the step ---------------------------------------------------------------------------------


@step(
    requires=("blocks",), uses=("chrome", "headline", "bylines", "dateline"), provides=("quotes",)
)
def quotes(state: ParseState) -> None:
    """Find the quotes of the body paragraphs, their kinds, cues and speakers.

    Quotes go to ``state.quotes``; blocks keep their labels (quotes lie inside paragraphs).

    >>> import copydesk
    >>> article = copydesk.parse(
    ...     "Storm hits\\n\\nMayor Ann Lee spoke on Monday. \\u201cWe are ready,\\u201d she said."
    ...     ' Lee called it a "perfect storm".'
    ... )
    >>> [(q.text, q.kind, q.speaker and q.speaker.name) for q in article.quotes]
    [('We are ready,', 'direct', 'Ann Lee'), ('perfect storm', 'scare', None)]
    """
    patterns = state.lexicon.cached("quotes.patterns", _patterns)
    resolver = _Resolver(state, patterns, _Names(state, patterns))
    carried: Quote | None = None  # the last quote with a speaker in the previous paragraph
    previous_start = -1
    for start, end in _paragraphs(state):
        if _MARK.search(state.text, start, end) is None:
            carried, previous_start = None, start
            continue
        # "Cruz continued:" closing the paragraph before introduces its first quote.
        lead_in = previous_start if _last_visible(state.text, start) == ":" else start
        found = _paragraph_quotes(state, start, end, lead_in, carried, resolver)
        previous_start = start
        state.quotes.extend(found)
        carried = next((quote for quote in reversed(found) if quote.speaker is not None), None)


def _visible_end(text: str, floor: int, position: int) -> int:
    """*position* moved back over white space (not below *floor*)."""
    while position > floor and text[position - 1].isspace():
        position -= 1
    return position


def _last_visible(text: str, position: int) -> str:
    """The last non-space character before *position* ("" if none)."""
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return text[position - 1] if position > 0 else ""


def _paragraph_quotes(
    state: ParseState,
    start: int,
    end: int,
    lead_in: int,
    carried: Quote | None,
    resolver: _Resolver,
) -> list[Quote]:
    """The quotes of one paragraph ``text[start:end]``.

    *lead_in* is where an attribution before the first quote may begin (the previous
    paragraph's start when that paragraph ends with a colon).
    """
    text, patterns = state.text, resolver.patterns
    pairs = _pairs(text, start, end)
    titles = [_is_title(text[pair.text_start : pair.text_end]) for pair in pairs]
    first_floor = lead_in if pairs and pairs[0].start == start else start
    # A title ("Face the Nation") is never attributed.
    attributions = [
        None if titles[index] else _attribute(text, pairs, index, first_floor, end, patterns)
        for index in range(len(pairs))
    ]
    found: list[Quote] = []
    spoken: Quote | None = None  # the last quote with a speaker so far
    for index, pair in enumerate(pairs):
        attribution = attributions[index]
        quote: Quote | None
        if titles[index]:
            found.append(_quote(state, pair, "title", None, None))
            continue
        if attribution is not None:
            speaker = resolver.speaker(attribution)
            quote = _quote(state, pair, "direct", attribution.cue, speaker)
        else:
            quote = _unattributed(state, pairs, attributions, index, start, resolver)
        if quote is None:
            # Continue the quote before it in the paragraph, or the previous paragraph's
            # speaker when the quote opens the paragraph.
            previous = spoken if spoken else carried if pair.start == start else None
            quote = _continued(state, pair, previous, start, patterns)
        found.append(quote)
        if quote.speaker is not None:
            spoken = quote
    return found


def _paragraphs(state: ParseState) -> Iterator[tuple[int, int]]:
    for _, block in state.body_blocks():
        yield block.start, block.end


def _attribute(
    text: str, pairs: list[_Pair], index: int, start: int, end: int, patterns: _Patterns
) -> _Attribution | None:
    pair = pairs[index]
    limit = pairs[index + 1].start if index + 1 < len(pairs) else end
    floor = pairs[index - 1].end if index else start
    if pair.closed:
        found = _after(text, pair, limit, patterns)
        if found is not None:
            return found
    # After an earlier quote of the paragraph, a sentence-opening quote continues it instead.
    return _before(text, pair, floor, patterns, previous_sentence=index == 0)


def _unattributed(
    state: ParseState,
    pairs: list[_Pair],
    attributions: list[_Attribution | None],
    index: int,
    start: int,
    resolver: _Resolver,
) -> Quote | None:
    """``"A." "B," he said.``: a quote takes the attribution of the next one in its sentence run."""
    pair = pairs[index]
    text = state.text
    floor = pairs[index - 1].end if index else start
    if index + 1 >= len(pairs) or not _opens_sentence(text, pair, floor):
        return None
    following = attributions[index + 1]
    gap = text[pair.end : pairs[index + 1].start]
    content = text[pair.text_start : pair.text_end].rstrip()
    if following is None or not following.after or gap.strip() or content[-1:] not in ".!?…":
        return None
    speaker = resolver.speaker(following)
    return _quote(state, pair, "direct", following.cue, speaker)


def _continued(
    state: ParseState, pair: _Pair, carried: Quote | None, start: int, patterns: _Patterns
) -> Quote:
    """A quote with no attribution of its own: it continues *carried* when it opens a sentence."""
    text = state.text
    floor = carried.span.end if carried is not None and carried.span.end > start else start
    kind = _kind_without_speaker(text, pair, floor, patterns)
    if carried is not None and (kind == "direct" or _resumes(text, carried, pair)):
        return _quote(state, pair, "direct", carried.cue, carried.speaker)
    return _quote(state, pair, kind, None, None)


_MAX_RESUME_GAP = 200


def _resumes(text: str, carried: Quote, pair: _Pair) -> bool:
    """``"She is too far behind," said an Iowa Democrat, "and Iowa …"``: the quote resumes
    right after the attribution that split it."""
    speaker = carried.speaker
    if speaker is None or not carried.span.end <= speaker.span.start < pair.start:
        return False
    if pair.start - carried.span.end > _MAX_RESUME_GAP:
        return False
    gap = text[carried.span.end : pair.start].rstrip()
    return gap.endswith((",", ":")) and _word_count(gap) <= _MAX_SPEAKER_WORDS


def _quote(
    state: ParseState, pair: _Pair, kind: QuoteKind, cue: str | None, speaker: Speaker | None
) -> Quote:
    return Quote(
        text=state.share(state.source[pair.text_start : pair.text_end]),
        kind=kind,
        cue=None if cue is None else state.share(cue),
        speaker=speaker,
        span=Span(pair.start, pair.end),
    )
