"""The page-kind classifier's fast features equal the plain computation they replaced (kept
here as the reference): same features to the last bit on invented pages and random blocks;
and the kind decided on bounds of the cue counts is the kind of the full score, with
thresholds put right at the page's score."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from copydesk import Lexicon, ParseState
from copydesk._state import BODY
from copydesk.reading.page import ENDS_SENTENCE, MAX_SCAN_CHARS, WORD
from copydesk.steps import page_state
from copydesk.steps.boilerplate import cues, kinds
from copydesk.steps.boilerplate.kinds import (
    ARTICLE,
    CUE_GROUPS,
    OTHER,
    page_kind,
    page_kind_features,
    page_kind_score,
)
from copydesk.steps.boilerplate.lines import DATE, DIGIT

_LEXICON = Lexicon.default()


# --- the reference: the classifier's features as first written (one search per group and
# block, several passes over the texts) ---------------------------------------------------


def _reference_patterns(lexicon: Lexicon) -> list[regex.Pattern[str]]:
    grouped: dict[str, list[str]] = {group: [] for group in CUE_GROUPS}
    for group, pattern in lexicon.page_kind_cues:
        grouped.setdefault(group, []).append(pattern)
    return [
        regex.compile("(?im)" + "|".join(f"(?:{p})" for p in grouped[group]))
        if grouped[group]
        else regex.compile(r"(?!)")
        for group in CUE_GROUPS
    ]


def _reference_opening(text: str) -> str:
    match = regex.match(r"\w+(?:\W+\w+)?", text.lstrip())
    return match.group().casefold() if match else ""


def _reference_shape(texts: Sequence[str]) -> list[float]:
    count = len(texts) or 1
    words = [len(WORD.findall(text)) for text in texts]
    total_words = sum(words) or 1
    prose = sum(
        n for n, text in zip(words, texts, strict=True) if n >= 20 and ENDS_SENTENCE.search(text)
    )
    openings = Counter(_reference_opening(text) for text in texts)
    return [
        1.0,
        math.log1p(len(texts)) / 8,
        prose / total_words,
        sum(1 for n in words if n <= 4) / count,
        math.log1p(max(words, default=0)) / 7,
        sum(math.log1p(n) for n in words) / count / 5,
        sum(1 for text in texts if text.rstrip().endswith("?")) / count,
        sum(1 for text in texts if DATE.search(text)) / count,
        sum(1 for text in texts if DIGIT.search(text)) / count,
        sum(openings[_reference_opening(text)] > 1 for text in texts) / count,
        sum(1 for n, text in zip(words, texts, strict=True) if n <= 12 and ": " in text) / count,
    ]


def reference_features(state: ParseState) -> list[float]:
    texts = [
        state.block_text(block)[:MAX_SCAN_CHARS] for block in state.blocks if block.label == BODY
    ]
    patterns = _reference_patterns(state.lexicon)
    counts = [sum(pattern.search(text) is not None for text in texts) for pattern in patterns]
    return _reference_shape(texts) + [math.log1p(count) / 4.0 for count in counts]


# --- invented blocks ------------------------------------------------------------------------

BLOCKS = [
    "Home",
    "News",
    "Blue kettle",
    "$24.99",
    "€ 12,50",
    "Price: 30 EUR",
    "Only 9 kr today",
    "Tea set 12zł",
    "Add to Cart",
    "ADD TO WISH LIST",
    "In stock",
    "SKU: 1234",
    "Reply",
    "Jane wrote:",
    "#12",
    "Joined: March 2020",
    "Posts: 310",
    "Parameters",
    "Returns: a list",
    "Edit on GitHub",
    "NOTE: read this first",
    "$ pip install kettle",
    ">>> import kettle",
    "  def boil(water):",
    "from kettle import Kettle",
    "Const x = 1",
    "foo(bar);",
    "items.map(x => x + 1)",
    "std::vector",
    "kettle.boil()",
    "{",
    "}",
    "// a comment",
    "Read more",
    "Page 2 of 9",
    "Showing 1 of 20 results",
    "Contact Us",
    "Call now",
    "Book an appointment",
    "By Jane Doe",
    "by jane doe",
    "5 min read",
    "Published March 3, 2024",
    "Photo: Getty Images",
    "Reuters",
    "Advertisement",
    "Is the kettle safe?",
    "Label: value",
    "The city council voted on Tuesday to approve a new budget for the coming year, after a "
    "long debate about the cost of repairing the old bridge over the river.",
    "Members said (in a statement) that the money would go to roads, and the mayor: pleased.",
    # Characters a case-insensitive pattern matches to ASCII letters, and digits outside ASCII.
    "ADD TO CART \u212aettle İn stock",
    "ſKU 12",
    "Prıce ₹٣٤",
    "İMPORT os",
    "Jane wrote:\nReply\n#7",
    "Line one\n  class Kettle:\nline three",
    "x" * (MAX_SCAN_CHARS - 3) + " Reply",  # the cue lies past the scan's cut
]


def _pages() -> list[str]:
    pages = []
    for start in range(0, len(BLOCKS), 5):
        pages.append("\n\n".join(BLOCKS[start : start + 12]))
    pages.append("\n\n".join(BLOCKS))
    pages.append("\n\n".join(BLOCKS * 3))  # repeated short blocks (read once)
    pages.append("\n\n".join(reversed(BLOCKS)))
    return pages


@pytest.mark.parametrize("page", _pages())
def test_the_features_equal_the_reference_on_invented_pages(page: str) -> None:
    state = page_state(page)
    assert page_kind_features(state) == reference_features(state)


def test_a_lexicon_with_other_cues_is_searched_everywhere() -> None:
    # The first tests belong to the default cues: a changed cue has none and is searched.
    lexicon = Lexicon.default()
    lexicon.page_kind_cues = (("code", r"kettle"), ("price", r"^blue"), *lexicon.page_kind_cues)
    state = page_state("\n\n".join(BLOCKS), lexicon)
    features = page_kind_features(state)
    assert features == reference_features(state)
    assert features != page_kind_features(page_state("\n\n".join(BLOCKS)))


# --- random blocks ------------------------------------------------------------------------

_PIECES = [
    *(block for block in BLOCKS if len(block) < 200),
    "$",
    "€",
    "12",
    "3.50",
    "USD",
    "(",
    ")",
    ":",
    "=",
    ">",
    "{",
    ";",
    ".",
    "\n",
    " ",
    "  ",
    "\t",
    "import ",
    "from x import y",
    "said:",
    "api",
    "reply",
    "\u212a",
    "ſ",
    "İ",
    "ı",
    "٣",
    "é",
]
_BLOCK = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8).map("".join)
_FLIPS = st.lists(st.booleans(), min_size=1, max_size=7)


def _mixed_case(text: str, flips: list[bool]) -> str:
    return "".join(
        char.upper() if flips[index % len(flips)] else char.lower()
        for index, char in enumerate(text)
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_BLOCK, _FLIPS), min_size=1, max_size=12))
def test_the_first_tests_never_refuse_a_cue_and_the_features_equal_the_reference(
    blocks: list[tuple[str, list[bool]]],
) -> None:
    texts = [_mixed_case(text, flips) for text, flips in blocks]
    groups = cues.cue_groups(_LEXICON)
    for text in texts:
        for group, reference in zip(groups, _reference_patterns(_LEXICON), strict=True):
            expected = reference.search(text) is not None
            assert group.found_in(text, cues.lowered(text)) == expected, (text, group.pattern)
    state = page_state("\n\n".join(text.strip() or "x" for text in texts))
    assert page_kind_features(state) == reference_features(state)


# --- the tables behind the first tests ----------------------------------------------------


def test_the_characters_folding_into_ascii_are_the_engines() -> None:
    everything = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    folding = set(regex.findall(r"(?i)[\x00-\x7f]", everything))
    assert folding == {c for c in everything if cues._FOLDS_INTO_ASCII.match(c)}


def test_every_first_test_belongs_to_a_cue_of_the_lexicon() -> None:
    patterns = {pattern for _, pattern in _LEXICON.page_kind_cues}
    assert {pattern for pattern, _ in _LEXICON.page_kind_cue_guards} <= patterns
    assert {pattern for pattern, _ in _LEXICON.page_kind_cue_words} <= patterns
    assert all(
        piece.isascii() and piece == piece.lower() for _, piece in _LEXICON.page_kind_cue_words
    )
    # Every default group has a first test (else the speed work has silently lost one).
    assert all(
        group.guard is not None or group.pieces is not None for group in cues.cue_groups(_LEXICON)
    )


def test_with_no_weights_the_features_are_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(state: ParseState) -> list[float]:
        raise AssertionError("features read with no weights")

    monkeypatch.setattr(kinds, "page_kind_features", refuse)
    lexicon = Lexicon.default()
    lexicon.page_kind_weights = ()
    assert page_kind_score(page_state("\n\n".join(BLOCKS), lexicon)) == 0.0


# --- the kind decided on bounds ------------------------------------------------------------


def _full_score_kind(state: ParseState) -> str:
    return OTHER if page_kind_score(state) > state.lexicon.page_kind_threshold else ARTICLE


def _with_threshold(lexicon: Lexicon, threshold: float) -> Lexicon:
    changed = lexicon.copy()
    changed.page_kind_threshold = threshold
    return changed


def _thresholds(score: float) -> list[float]:
    """Thresholds on either side of *score*, from far to the last bit."""
    near = [math.nextafter(score, -math.inf), score, math.nextafter(score, math.inf)]
    return [score - 5.0, score - 0.1, *near, score + 0.1, score + 5.0]


def _assert_same_kind(text: str, lexicon: Lexicon) -> None:
    score = page_kind_score(page_state(text, lexicon))
    for threshold in _thresholds(score):
        state = page_state(text, _with_threshold(lexicon, threshold))
        assert page_kind(state) == _full_score_kind(state), (threshold, score)


@pytest.mark.parametrize("page", _pages())
def test_the_kind_is_the_full_scores_on_invented_pages(page: str) -> None:
    _assert_same_kind(page, Lexicon.default())


def test_the_kind_is_the_full_scores_with_pieces_read_per_block() -> None:
    # A piece with a line break inside cannot be found in the page's text at once.
    lexicon = Lexicon.default()
    lexicon.page_kind_cue_words = tuple(
        (pattern, "ply\nj" if piece == "repl" else piece)
        for pattern, piece in lexicon.page_kind_cue_words
    )
    groups = cues.cue_groups(lexicon)
    assert not all(group.whole_page for group in groups if group.pieces)
    _assert_same_kind("\n\n".join(BLOCKS), Lexicon.default())
    _assert_same_kind("\n\n".join(BLOCKS), lexicon)


def test_a_page_is_decided_without_counting_every_cue(monkeypatch: pytest.MonkeyPatch) -> None:
    counted: list[int] = []
    count = cues.PageCues.count

    def counting(self: cues.PageCues, group: int) -> int:
        counted.append(group)
        return count(self, group)

    monkeypatch.setattr(cues.PageCues, "count", counting)
    story = "The council met on Tuesday and voted to repair the old bridge over the river."
    state = page_state("\n\n".join(["Home", "News", story, story.upper(), "Contact"]))
    assert page_kind(state) == ARTICLE
    assert counted == []  # far below the threshold: the candidates alone bound the score


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_BLOCK, _FLIPS), min_size=1, max_size=12), st.integers(0, 6))
def test_the_kind_is_the_full_scores_on_random_blocks(
    blocks: list[tuple[str, list[bool]]], which: int
) -> None:
    texts = [_mixed_case(text, flips) for text, flips in blocks]
    text = "\n\n".join(text.strip() or "x" for text in texts)
    state = page_state(text)
    score = page_kind_score(state)
    threshold = _thresholds(score)[which]
    state = page_state(text, _with_threshold(Lexicon.default(), threshold))
    assert page_kind(state) == _full_score_kind(state)


def test_the_kind_with_no_weights_follows_the_threshold() -> None:
    lexicon = Lexicon.default()
    lexicon.page_kind_weights = ()
    for threshold, kind in ((-0.5, OTHER), (0.0, ARTICLE), (0.5, ARTICLE)):
        lexicon.page_kind_threshold = threshold
        assert kinds.page_kind(page_state("\n\n".join(BLOCKS), lexicon)) == kind


@pytest.mark.parametrize("page", _pages())
def test_the_features_equal_the_reference_read_in_short_stretches(
    page: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A page's text is read in stretches: a few blocks each, here.
    monkeypatch.setattr(cues, "_STRETCH_CHARS", 40)
    state = page_state(page)
    assert page_kind_features(state) == reference_features(state)
    _assert_same_kind(page, Lexicon.default())
