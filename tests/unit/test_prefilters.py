"""The cheap first tests of the speed work refuse only what the full search refuses too."""

from __future__ import annotations

import pytest
import regex

from copydesk import Parser, ParseState
from copydesk.lexicon import Lexicon
from copydesk.reading.name_runs import name_run
from copydesk.reading.page import collapse, opening_words
from copydesk.steps.bylines.trailers import may_hold_trailer_lead, trailer_leads
from copydesk.steps.bylines.words import BylineWords, key_words
from copydesk.steps.captions.described import Cues, holds_quote_mark
from copydesk.steps.captions.tails import CREDIT_MARKS, may_hold_credit
from copydesk.steps.captions.wording import QUOTE_MARKS
from copydesk.steps.chrome import _Matchers, _required_literal
from copydesk.steps.dateline.parts import _LOOSE_PLACE
from copydesk.steps.normalize import normalize, segment
from copydesk.steps.quotes.cues import patterns
from copydesk.steps.quotes.full_names import FullNames

# Lines that hold a rule's required piece in other cases and spellings, and lines that don't.
CHROME_LINES = [
    "This site uses cookies to improve your experience.",
    "THIS SITE USES COOKIES.",
    "This site uſes cooKies",  # long s, Kelvin sign: both fold to ASCII letters
    "THIS SİTE USES COOKİES",  # the dotted capital I casefolds to two characters
    "Daily Planet. All Rights Reserved.",
    "Click to share on Facebook (Opens in new window)",
    "Read the full story [+2031 chars]",
    "5 min read",
    "The council met on Monday and voted to close the old bridge for good.",
]


def _first_rule_plainly(matchers: _Matchers, text: str, *, middle: bool) -> str | None:
    """The kind of the first rule that matches, every rule tried in order."""
    for rule, pattern in zip(matchers.rules, matchers.patterns, strict=True):
        if middle and rule.position == "edge":
            continue
        if pattern.fullmatch(text) is not None:
            return rule.kind
    return None


def test_required_literal_reads_plain_runs() -> None:
    """The longest unquantified run of plain characters outside groups is required."""
    assert _required_literal(r".{0,120}\buses? cookies\b.{0,300}") == " cookies"
    assert _required_literal(r"\d{1,3} ?min(?:ute)?s? read") == " read"
    assert _required_literal(r"Download\ our\ app") == "download our app"
    assert _required_literal(r"[]x]yz{2}abcd") == "abcd"


def test_required_literal_gives_none_when_unsure() -> None:
    """Alternations, unknown escapes, verbose patterns and short runs give no test."""
    for pattern in (
        r"share|tweet",
        r"\x41bcdef",
        r"(?x)a b c d",
        r"ab(?:cd)?",
        r"über uns",
        r"\p{Lu}+ news",
        r"(abc",
        r"a{2,",
    ):
        assert _required_literal(pattern) is None, pattern


@pytest.mark.parametrize("middle", [False, True])
def test_rule_for_agrees_with_every_rule_tried_in_order(middle: bool) -> None:
    """Skipping rules by their required piece names the same kind as trying them all."""
    lexicon = Lexicon.default()
    lexicon.add_chrome("Download our app", kind="promotion")
    lexicon.add_chrome(r"(?-i:AP) news", kind="wire", is_regex=True)
    matchers = _Matchers.build(lexicon)
    lines = [*CHROME_LINES, "download OUR app", "Download our apps", "AP news", "ap news"]
    for text in [*lines, "S", "s\u212aip to content", "SKIP TO CONTENT", "Sa", "\u212a"]:
        rule = matchers.rule_for(text, middle=middle)
        expected = _first_rule_plainly(matchers, text, middle=middle)
        assert (rule.kind if rule else None) == expected, text


def test_two_character_openings_rule_out_rules() -> None:
    """A line opening with two characters no rule can open with is tried against the
    rules that scan only; the memo keeps the pair as printed."""
    matchers = _Matchers.build(Lexicon.default())
    assert matchers.rule_for("Sanders said on Monday that he would run.", middle=True) is None
    tried = matchers.by_opening["Sa", True]
    assert all(matchers.openings[index] is None for index in tried)
    rule = matchers.rule_for("SKIP TO CONTENT", middle=True)
    assert rule is not None
    assert rule.kind == "navigation"


def test_dotted_capital_i_turns_the_literal_test_off() -> None:
    """A line with the dotted capital I is tried against every rule (no literal test)."""
    matchers = _Matchers.build(Lexicon.default())
    rule = matchers.rule_for("THIS SİTE USES COOKİES", middle=False)
    assert rule is not None
    assert rule.kind == "legal"


def test_key_words_keep_the_shortest_holder() -> None:
    """A lead's longest word, casefolded; a word holding another key word is dropped."""
    assert key_words([["Reporting", "by"], ["reported", "by"], ["report", "from"]]) == ("report",)
    assert key_words([["written", "by"], ["edited", "by"]]) == ("edited", "written")
    assert key_words([["über", "by"]]) is None


def test_trailer_lead_test_never_refuses_a_lead() -> None:
    """Wherever the lead search finds a lead, the key-word test lets the text through."""
    words = BylineWords.build(Lexicon.default())
    for text in (
        "(Reporting by Jane Doe; Editing by John Roe)",
        "REPORTING BY JANE DOE",
        "Additional\nreporting by Ann Lee",
        "WRİTİNG BY JANE DOE",
        "With files from The Canadian Press",
        "The council met on Monday.",
    ):
        found = next(trailer_leads(words, text, len(text)), None)
        if found is not None or "İ" in text:
            assert may_hold_trailer_lead(words, text, len(text)), text
    assert not may_hold_trailer_lead(words, "The council met on Monday.", 26)


def test_added_trailer_role_is_found() -> None:
    """A lead added to the lexicon brings its own key word."""
    parser = Parser()
    parser.lexicon.add_trailer_role("photos compiled by", "photography")
    words = BylineWords.build(parser.lexicon)
    assert words.trailer_words is not None
    assert "photos" not in words.trailer_words
    assert may_hold_trailer_lead(words, "Photos compiled by Jane Doe", 27)


def test_credit_marks_search_matches_a_test_per_mark() -> None:
    """One stdlib search for the credit marks answers like an ``in`` test per mark."""
    for text in ("(AP Photo/Jane Doe)", "Getty Images", "The council met.", "a via b", "x: y"):
        assert may_hold_credit(text) == any(mark in text for mark in CREDIT_MARKS)


def test_cues_one_by_one_agree_with_their_alternation() -> None:
    """The built-in cues searched one by one find picture language where their alternation
    does; an added cue keeps the alternation."""
    lexicon = Lexicon.default()
    cues = Cues.build(lexicon)
    alternation = regex.compile("|".join(f"(?:{cue})" for cue in lexicon.caption_cues))
    for text in (
        "Jane Doe (left) arrives at the court",
        "Jane Doe, right, and John Roe pose for a photo",
        "In this undated photo the river floods the town",
        "The council met on Monday.",
        "Players shake hands after the match",
    ):
        assert cues.search(text) == (alternation.search(text) is not None), text
    lexicon.add_caption_cue(r"\bseen\s+here\b")
    assert len(Cues.build(lexicon).cues) == 1


# The loose place pattern as it was, with backtracking (the possessive one must agree).
_BACKTRACKING_LOOSE_PLACE = regex.compile(
    r"(?P<place>\p{L}[\p{L}'’.-]*(?:[ ]\p{L}[\p{L}'’.-]*){0,3})(?=[ ]?,)"
)


def test_possessive_loose_place_matches_like_backtracking() -> None:
    """Giving back letters or words never finds the comma, so the possessive pattern
    matches where the backtracking one does, to the same end."""
    for text in (
        "New york, March 2 - The storm",
        "omaha , march 5",
        "Sanders said on Monday that he would run",
        "A B C D E, F",
        "St. John's, Nfld.",
        "one two three four, five",
        "Winston-Salem ,",
        "x,",
    ):
        expected = _BACKTRACKING_LOOSE_PLACE.match(text)
        found = _LOOSE_PLACE.match(text)
        assert (found and found.span()) == (expected and expected.span()), text


def test_opening_words_start_the_collapsed_text() -> None:
    """The first two words, collapsed, are where the collapsed block starts."""
    for text in ("Storm  hits\nthe coast", "One", "Straße  FÜR alle", "a\n\nb c"):
        assert collapse(text).startswith(opening_words(text))


def test_quote_mark_test_agrees_with_the_search() -> None:
    """The ``in`` tests for quotation marks answer like the pattern's search."""
    for text in ('He said "yes"', "«Oui»", "“A”", "it’s", "O'Brien", "plain", "a » b"):
        assert holds_quote_mark(text) == (QUOTE_MARKS.search(text) is not None), text


def test_glued_trailer_is_still_cut_off() -> None:
    """A bracketed trailer on its own line under the last paragraph is cut off and read."""
    text = (
        "Storm hits coast\n\n"
        "The storm hit the coast on Monday and cut power to thousands of homes along the "
        "shore, officials said.\n\n"
        "Schools stayed closed on Tuesday as the water receded slowly from the town.\n"
        "(Reporting by Jane Doe; Editing by John Roe)"
    )
    bylines = Parser().parse(text).bylines
    assert [byline.names for byline in bylines] == [("Jane Doe",)]


def _names_read_forward(names: FullNames, text: str, span: tuple[int, int]) -> tuple[str, str]:
    """The last full name and the last one followed by a speech verb, read front to back
    with every run's person (the plain way)."""
    last, reporter = "", ""
    for run in name_run(Lexicon.default()).finditer(text, *span):
        if len(run.group().split()) < 2:
            continue
        person = names.person(text, run.start(), run.end())
        if person is None or " " not in person.name:
            continue
        last = person.name
        if names.reports(text, run.end(), span[1]):
            reporter = person.name
    return last, reporter


def test_names_read_from_the_end_agree_with_a_forward_reading() -> None:
    """Reading the name runs from the end finds the same last name and last reporter."""
    paragraphs = [
        "Jane Roe said the plan would fail. Mayor Ann Lee visited New York on Monday.",
        "Ann Lee and Jane Roe met. Neither spoke to Bob Stone.",
        "The council met on Monday and voted to close the old bridge for good.",
        "Senator Ann Lee told reporters that John Doe Jr. said nothing.",
    ]
    text = "Storm hits\n\n" + "\n\n".join(paragraphs)
    state = ParseState(text, Lexicon.default())
    for run in (normalize, segment):
        run(state)
    names = FullNames(state, state.lexicon.cached("quotes.patterns", patterns))
    for block in state.blocks:
        for cut in range(block.start + 1, block.end + 1, 7):
            span = (block.start, cut)
            last, reporter = names.read_names(span)
            expected = _names_read_forward(names, text, span)
            assert (last.name if last else "", reporter.name if reporter else "") == expected
