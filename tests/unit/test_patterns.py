"""Lexicon alternations written with shared openings match exactly as the plain ones."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from copydesk.lexicon import Lexicon
from copydesk.reading.page import ENDS_SENTENCE
from copydesk.reading.patterns import AnyPattern, alternation, top_level_alternatives

_LEXICON = Lexicon.default()
# The tables the page reader searches as one alternation.
_TABLES = {
    name: tuple(getattr(_LEXICON, name))
    for name in (
        "link_cues",
        "teaser_leads",
        "comment_headers",
        "article_end_cues",
        "article_end_lines",
        "markup_lines",
        "not_closing_lines",
        "embedded_post_signatures",
        "article_card_headings",
        "not_headline",
        "headline_stamps",
        "headline_anchors",
    )
}
_TABLES["kind_cues"] = tuple(pattern for _, pattern in _LEXICON.kind_cues)

# Words of the cues, other words, and characters that fold oddly or end a word.
_PIECES = [
    "Share",
    "share",
    "print",
    "PRİNT",  # the dotted capital I folds to two characters
    "ſhare",  # long s
    "\u212aeep reading",  # Kelvin sign
    "read more",
    "Related:",
    "comments",
    "12 comments:",
    "Posted by",
    "jdoe",
    "said:",
    "©",
    "»",
    "<a href=x>",
    "document.write(",
    "About the author",
    "the",
    "storm",
    " ",
    "\n",
    ".",
    "-",
    "(@jdoe)",
]


def _plain(patterns: tuple[str, ...]) -> regex.Pattern[str]:
    return regex.compile("(?i)" + "|".join(f"(?:{pattern})" for pattern in patterns))


def _spans(pattern: regex.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


def test_top_level_alternatives_skip_groups_sets_and_escapes() -> None:
    """Only a ``|`` outside groups, sets and escapes cuts a pattern."""
    assert top_level_alternatives(r"a|b(?:c|d)|[|x]|\||[]|]|e") == [
        "a",
        "b(?:c|d)",
        "[|x]",
        r"\|",
        "[]|]",
        "e",
    ]
    assert top_level_alternatives("abc") == ["abc"]


def test_alternation_shares_openings_of_consecutive_alternatives_only() -> None:
    """Runs of ``\\b`` (or ``^``) alternatives share one; order is kept unless asked not to."""
    patterns = [r"\bone\b", r"^two", r"\bthree|four"]
    assert alternation(patterns) == r"\b(?:(?:one\b))|^(?:(?:two))|\b(?:(?:three))|(?:four)"
    assert alternation(patterns, ordered=False) == (
        r"^(?:(?:two))|\b(?:(?:one\b)|(?:three))|(?:four)"
    )


def test_alternation_keeps_patterns_with_inline_flags_whole() -> None:
    """A pattern with flags for all of it (or verbose syntax) is not cut into pieces."""
    assert alternation([r"(?-i)\bA|\bB"]) == r"(?:(?-i)\bA|\bB)"
    assert alternation([r"(?x: \ba # x|y )"]) == r"(?:(?x: \ba # x|y ))"
    assert alternation([r"(?-i:\bA)|\bb"]) == r"(?:(?-i:\bA))|\b(?:(?:b))"


@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_ordered_alternations_find_the_same_matches(text: str) -> None:
    """Every match (where, and how long) is the plain alternation's, for every table."""
    for patterns in _TABLES.values():
        shared = regex.compile("(?i)" + alternation(patterns))
        assert _spans(shared, text) == _spans(_plain(patterns), text), patterns
        assert len(shared.findall(text)) == len(_plain(patterns).findall(text))


@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_unordered_alternations_find_a_match_where_the_plain_one_does(text: str) -> None:
    """Gathered by opening, the alternatives still say whether a text holds a match."""
    for patterns in _TABLES.values():
        shared = regex.compile("(?i)" + alternation(patterns, ordered=False))
        assert (shared.search(text) is None) == (_plain(patterns).search(text) is None)


@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_any_patterns_find_a_match_where_the_plain_alternation_does(text: str) -> None:
    """Searched as the anchored alternatives and the others, a table still says whether a
    text holds a match."""
    for patterns in _TABLES.values():
        found = AnyPattern(patterns).search(text)
        assert (found is None) == (_plain(patterns).search(text) is None), patterns


def test_any_pattern_searches_anchored_alternatives_apart() -> None:
    """The alternatives opening with ``^`` hold only at the start; the others anywhere."""
    cues = AnyPattern([r"^related:", r"\bshare\b|^see also:"])
    assert cues.search("Related: a story") is not None
    assert cues.search("Please share this") is not None
    assert cues.search("We see also: this") is None
    assert cues.search("Unrelated: a story") is None


def test_any_pattern_keeps_patterns_with_inline_flags_in_one_alternation() -> None:
    """A pattern with flags for all of it is not cut: the table is searched as one."""
    patterns = (r"^A(?-i)", r"\bb")
    cues = AnyPattern(patterns)
    for text in ("a b", "a", "A", "b", "B"):
        assert (cues.search(text) is None) == (_plain(patterns).search(text) is None), text


@given(st.text(alphabet='ab .!?:"”)]\n。', max_size=12))
def test_ends_sentence_searched_from_the_end_agrees_with_a_forward_search(text: str) -> None:
    """The reverse search finds a sentence end exactly where a forward one does."""
    forward = regex.compile(r"[.!?。！？:][\"”’')\]]*$")
    assert (ENDS_SENTENCE.search(text) is None) == (forward.search(text) is None)
