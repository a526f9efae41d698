"""The cheap first tests of the speed work never refuse what the full search finds, on lines
built from known parts (rule words in any case, trailer leads, picture language)."""

from __future__ import annotations

import datetime as dt

import attrs
import regex
from hypothesis import given
from hypothesis import strategies as st

from copydesk._state import Block, ParseState
from copydesk.lexicon import Lexicon
from copydesk.reading.page import collapse, opening_words
from copydesk.reading.stamps import date_patterns, find_dates
from copydesk.steps import page_state
from copydesk.steps.boilerplate.features import _link_cues
from copydesk.steps.boilerplate.lines import _any_kind_cue
from copydesk.steps.bylines.parts import DATED_LEAD
from copydesk.steps.bylines.trailers import may_hold_trailer_lead, trailer_leads
from copydesk.steps.bylines.words import BylineWords
from copydesk.steps.captions.credited import (
    _agency_under_sentence,
    _bare_agency_line,
    _caption_sentence,
    _sentence_above,
)
from copydesk.steps.captions.described import Cues
from copydesk.steps.captions.wording import PlacedCredit
from copydesk.steps.chrome import _Matchers
from copydesk.steps.dateline.parts import _LOOSE_PLACE

_LEXICON = Lexicon.default()
_MATCHERS = _Matchers.build(_LEXICON)
_WORDS = BylineWords.build(_LEXICON)
_CUES = Cues.build(_LEXICON)
_CUE_ALTERNATION = regex.compile("|".join(f"(?:{cue})" for cue in _LEXICON.caption_cues))

# Pieces of the rules' required text, and characters that fold oddly (long s, Kelvin sign,
# dotted capital I).
_CHROME_PIECES = [
    "uses cookies",
    "use cookies",
    "all rights reserved",
    "(opens in new window)",
    "[+120 chars]",
    "min read",
    "newsletter",
    "site",
    "icon",
    "this site is protected by reCAPTCHA",
    "Your email address will not be published",
    "the",
    "council",
    "2024",
    ".",
    "ſ",
    "\u212a",
    "İ",
    "Skip to content",
    "Sanders",
    "5",
    "«",
    "Previous",
    "Next page",
    "S",
]
_NAMES = ["Jane Doe", "John Roe", "Ann Lee"]
_LEADS = [lead for lead, _ in _LEXICON.trailer_roles]
_CUE_PIECES = [
    "Jane Doe",
    "(left)",
    "(right)",
    ", right, and",
    "second from left",
    "in this undated photo",
    "file photo",
    "(File)",
    "poses for",
    "shaking hands",
    "combined image",
    "arrives",
    "at the court",
]


def _any_case(text: str, flips: list[bool]) -> str:
    """*text* with the letters where *flips* says so in upper case."""
    return "".join(
        char.upper() if flips[index % len(flips)] else char for index, char in enumerate(text)
    )


def _first_rule_plainly(text: str, *, middle: bool) -> str | None:
    for rule, pattern in zip(_MATCHERS.rules, _MATCHERS.patterns, strict=True):
        if middle and rule.position == "edge":
            continue
        if pattern.fullmatch(text) is not None:
            return rule.kind
    return None


@given(
    st.lists(st.sampled_from(_CHROME_PIECES), min_size=1, max_size=6),
    st.lists(st.booleans(), min_size=1, max_size=5),
    st.booleans(),
)
def test_literal_tests_keep_the_first_matching_rule(
    pieces: list[str], flips: list[bool], middle: bool
) -> None:
    """Whatever the line and its case, the rule found is the first one that matches."""
    text = _any_case(" ".join(pieces), flips)
    rule = _MATCHERS.rule_for(text, middle=middle)
    assert (rule.kind if rule else None) == _first_rule_plainly(text, middle=middle)


@given(
    st.lists(st.tuples(st.sampled_from(_LEADS), st.sampled_from(_NAMES)), min_size=1, max_size=3),
    st.lists(st.booleans(), min_size=1, max_size=5),
    st.sampled_from(["", "(", "The Daily Planet with "]),
)
def test_trailer_key_words_let_every_lead_through(
    parts: list[tuple[str, str]], flips: list[bool], opening: str
) -> None:
    """A trailer built of the lexicon's leads, in any case, passes the key-word test, and
    its leads are found."""
    trailer = opening + "; ".join(f"{_any_case(lead, flips)} {name}" for lead, name in parts)
    assert may_hold_trailer_lead(_WORDS, trailer, len(trailer))
    assert next(trailer_leads(_WORDS, trailer, len(trailer)), None) is not None


@given(st.lists(st.sampled_from(_CUE_PIECES), min_size=1, max_size=6))
def test_cues_one_by_one_find_what_their_alternation_finds(pieces: list[str]) -> None:
    """A line built of picture language and other words holds a cue exactly when the
    alternation of all cues finds one (behind the same cheap mark test)."""
    text = " ".join(pieces)
    folded = text.casefold()
    marked = _CUES.marks is None or any(mark in folded for mark in _CUES.marks)
    expected = marked and _CUE_ALTERNATION.search(text) is not None
    assert _CUES.search(text) == expected


_PLACE_PIECES = [
    "New",
    "york",
    "St.",
    "John's",
    "Winston-Salem",
    "omaha",
    "said",
    " ",
    ",",
    " ,",
    "5",
]
_BACKTRACKING_LOOSE_PLACE = regex.compile(
    r"(?P<place>\p{L}[\p{L}'’.-]*(?:[ ]\p{L}[\p{L}'’.-]*){0,3})(?=[ ]?,)"
)


@given(st.lists(st.sampled_from(_PLACE_PIECES), min_size=1, max_size=8))
def test_possessive_loose_place_agrees(pieces: list[str]) -> None:
    """Places, words, spaces and commas in any order: the possessive loose place ends where
    the backtracking one does, or neither matches."""
    text = "".join(pieces)
    expected = _BACKTRACKING_LOOSE_PLACE.match(text)
    found = _LOOSE_PLACE.match(text)
    assert (found and found.span()) == (expected and expected.span())


@given(st.lists(st.sampled_from(["Storm", "hits", "ß", "İ", " ", "  ", "\n", "x"]), max_size=8))
def test_opening_words_prefix_thecollapse(pieces: list[str]) -> None:
    """Whatever the words and spaces, the opening words start the collapsed text."""
    text = "".join(pieces)
    assert collapse(text).startswith(opening_words(text))


_DATES = date_patterns(_LEXICON)
# The same patterns with a prefilter that passes everything: the full search alone.
_DATES_UNFILTERED = attrs.evolve(_DATES, cores_pattern=regex.compile(""))
# Printed dates, and pieces of the numbers, words and marks around them in prose and tables.
_PRINTED_DATES = [
    *("Dec. 4, 2025", "4 December 2025", "4th of Sept. 2025", "DEC 4TH, 2025", "2025-12-04"),
    *("2025/12/04 10:02", "04.12.2025", "4/12/87", "10:02 a.m. ET Dec. 4, 2025", "3 hours ago"),
    *("yesterday", "TODAY", "2h ago", "2025-1-4", "12/04/2025 - 14:32", "2025-12-04T10:02:00Z"),
]
_DATE_PIECES = [
    *("Dec.", "4", "04", "2025", "87", "1987/88", "of", "-", "/", ".", ",", " ", "\n"),
    *("10:02", "Published", "pct", "in", "hours", "ſ", "5.1", "x", "ago"),
]


@given(
    st.lists(st.sampled_from(_DATE_PIECES), max_size=5),
    st.sampled_from(_PRINTED_DATES),
    st.lists(st.sampled_from(_DATE_PIECES), max_size=5),
    st.integers(0, 12),
    st.integers(0, 12),
    st.booleans(),
)
def test_date_prefilters_never_refuse_a_date(
    before: list[str], date: str, after: list[str], cut: int, trim: int, relative: bool
) -> None:
    """A stretch where the full date search finds a date passes the cheap test, searched
    on the stretch or once over the whole text (and every date printed is found)."""
    text = "".join(before) + " " + date + " " + "".join(after)
    reference = dt.date(2025, 12, 31) if relative else None
    cores = _DATES.cores(text, reference=reference)
    # The second stretch lies inside the text (a trim past the cut leaves it empty), so its
    # offsets are real ones, never a slice's negative end.
    for start, end in ((0, len(text)), (cut, max(cut, len(text) - trim))):
        found = find_dates(text[start:end], _DATES_UNFILTERED, reference=reference)
        if found:
            assert _DATES.may_hold(text, start, end, reference=reference)
            assert cores.may_hold(start, end)
        assert find_dates(text[start:end], _DATES, reference=reference) == found


# Lead-ins in any case, what may glue to them, and characters that fold oddly.
_LEAD_PIECES = [
    *(lead.upper() for lead in _LEXICON.byline_leads[:8]),
    *_LEXICON.byline_leads,
    *_LEXICON.colon_byline_leads,
    "By",
    "by",
    "ByJane",
    "(s)",
    ":",
    " ",
    "\t",
    "Jane Doe",
    "Photo",
    "ship",
    "_",
    "1",
    "Jan 14 2008 ",
    "|",
    "“",
    "ſ",
    "\u212a",
    "İ",
    "É",
]


@given(st.lists(st.sampled_from(_LEAD_PIECES), min_size=1, max_size=5))
def test_lead_guards_never_refuse_a_lead(pieces: list[str]) -> None:
    """The byline lead-in patterns, tried only where their cheap test passes, match where
    the patterns alone match, and the same way."""
    text = "".join(pieces)
    for guarded in (_WORDS.leads, DATED_LEAD):
        found, expected = guarded.match(text), guarded.pattern.match(text)
        assert (found and found.span()) == (expected and expected.span())


@given(
    st.lists(
        st.sampled_from([*sorted(_LEXICON.role_heads)[:12], "Writer", "Jane Doe", "-", " ", "ſ"]),
        min_size=1,
        max_size=4,
    ),
    st.lists(st.booleans(), min_size=1, max_size=5),
)
def test_role_head_mark_never_refuses_a_role_head(pieces: list[str], flips: list[bool]) -> None:
    """A line whose words hold a role head, in any case, holds the role-head mark."""
    folded = _any_case("".join(pieces), flips).casefold()
    if not _WORDS.role_heads.isdisjoint(regex.findall(r"\w+", folded)):
        assert _WORDS.role_head_mark.search(folded) is not None


# Pieces of subjects before a speech verb: adverbs and time words of the lexicon's pattern
# (one-word and two-word ones, the weekdays), nouns in -ly, names, auxiliaries, odd spaces.
_SUBJECT_PIECES = [
    "Jo Roe",
    "the mayor",
    "also",
    "last",
    "week",
    "on",
    "Monday",
    "monday",
    "quickly",
    "family",
    "reportedly",
    "has",
    "later",
    "Kaaday",
    "ly",
    "is quoted as",
    ",",
]


@given(
    st.lists(st.sampled_from(_SUBJECT_PIECES), max_size=8),
    st.lists(st.sampled_from([" ", "  ", "\n", ""]), min_size=8, max_size=8),
    st.integers(0, 6),
)
def test_the_backward_adverb_probe_agrees_with_the_forward_search(
    pieces: list[str], spaces: list[str], cut: int
) -> None:
    """``strip_adverbs`` asks the backward search first whether a subject ends in adverbs:
    it moves the end as the forward search alone would, wherever the subject starts
    (``last also``, which the backward search reads as ``also`` alone, included)."""
    from copydesk.steps.quotes.cues import _strip_run, patterns

    compiled = _LEXICON.cached("quotes.patterns", patterns)
    text = "".join(space + piece for space, piece in zip(spaces, pieces, strict=False))
    start = min(cut, len(text))
    probed = _strip_run(compiled.adverbs, text, start, len(text), compiled.adverbs_reversed)
    assert probed == _strip_run(compiled.adverbs, text, start, len(text))


@given(
    st.lists(
        st.sampled_from(
            ["Jo", "Roe", "who", "whom", "that", "speaking", "(", ")", "--", "—", "-", ",", "x("]
        ),
        max_size=10,
    ),
    st.lists(st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", "\x1c", ""]), min_size=10),
    st.integers(0, 8),
    st.integers(0, 8),
)
def test_the_cut_of_a_speaker_phrase_starts_where_its_search_finds_it(
    pieces: list[str], spaces: list[str], left: int, right: int
) -> None:
    """A speaker phrase is cut where searching ``speaker_cut`` finds its first cut: the
    parenthesis found apart (after white space of any kind, or none) and the cuts that open
    with white space, whichever starts first, in any stretch of the text."""
    from copydesk.steps.quotes.cues import patterns
    from copydesk.steps.quotes.phrases import cut_start as found_cut

    compiled = _LEXICON.cached("quotes.patterns", patterns)
    text = "".join(space + piece for space, piece in zip(spaces, pieces, strict=False))
    start, end = min(left, len(text)), max(0, len(text) - right)
    match = compiled.speaker_cut.search(text, start, end)
    assert found_cut(text, start, end, compiled) == (-1 if match is None else match.start())


# --- the captions step's agency under a caption's sentence ---------------------------------

_CAPTION_SENTENCES = [
    "Workers repair the road outside the station on Monday.",
    "Fans wait outside the stadium before the final.",
    "A short line.",
]
_UNDER_LINES = [
    *_LEXICON.bare_caption_credits,
    *(f"The {agency}" for agency in _LEXICON.bare_caption_credits),
    *(agency.upper() for agency in _LEXICON.bare_caption_credits),
    "Jane Doe, AP",
    "The mayor said the bridge will reopen in the spring, after the repairs.",
]


def _agency_under_sentence_in_full(
    state: ParseState, index: int, block: Block
) -> PlacedCredit | None:
    """What ``_agency_under_sentence`` finds without its first test of the last line."""
    if _sentence_above(state, index):
        return _bare_agency_line(state, block)
    first, newline, last = state.block_text(block).partition("\n")
    if not newline or "\n" in last or not _caption_sentence(state, first, min_words=True):
        return None
    return _bare_agency_line(state, Block(block.end - len(last), block.end))


@given(
    sentence=st.sampled_from(_CAPTION_SENTENCES),
    glued=st.sampled_from(_CAPTION_SENTENCES),
    line=st.sampled_from(_UNDER_LINES),
    padding=st.text(alphabet=" xX", max_size=45),
    two_lines=st.booleans(),
)
def test_agency_under_sentence_first_test(
    sentence: str, glued: str, line: str, padding: str, two_lines: bool
) -> None:
    """The last line's length, tested first, never refuses an agency the full reading finds."""
    under = f"{glued}\n{line}{padding}".rstrip() if two_lines else f"{line}{padding}".rstrip()
    state = page_state(f"Storm hits\n\nThe lede of the story.\n\n{sentence}\n{under}\n\nThe end.")
    for index, block in enumerate(state.blocks):
        text = state.block_text(block)
        found = _agency_under_sentence(state, index, block, text)
        assert found == _agency_under_sentence_in_full(state, index, block)


# --- the page reader's link wording --------------------------------------------------------

_LINK_CUES = _link_cues(_LEXICON)
_KIND_CUES = _any_kind_cue(_LEXICON)
_LINK_PIECES = st.sampled_from(
    [
        "share",
        "read more",
        "click",
        "here",
        "posted",
        "by",
        "tags",
        ":",
        "log",
        "in",
        "login",
        "photos",
        "advertis",
        "copyright",
        " ",
        "-",
        "_",
        "|",
        ".",
        "x",
        "9",
        "\n",
        "\x1c",
        "ſ",
    ]
)


@given(pieces=st.lists(st.tuples(_LINK_PIECES, st.booleans()), max_size=12))
def test_link_wording_in_the_lowered_line_is_the_plain_count(
    pieces: list[tuple[str, bool]],
) -> None:
    """Link wording in any case, glued to anything: counted as the plain search counts it."""
    line = "".join(piece.upper() if upper else piece for piece, upper in pieces)
    assert _LINK_CUES.count(line) == len(_LINK_CUES.pattern.findall(line))
    assert _KIND_CUES.found_in(line) == (_KIND_CUES.pattern.search(line) is not None)
