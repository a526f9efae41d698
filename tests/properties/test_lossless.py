"""Properties that hold for every input string: totality and losslessness."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

import copydesk
from copydesk.steps.normalize import LINE_BREAKS, SPACES

# Text that looks a little like news pages: words, chrome phrases, marks and odd spaces.
_PIECES = st.sampled_from(
    [
        "Headline",
        "Share this:",
        "Source link",
        "By Jane Doe",
        "WASHINGTON (AP) —",
        "“",
        "”",
        '"',
        "said",
        "Nov. 2",
        "(AP Photo/Jane Doe)",
        "Related",
        "\n",
        "\n\n",
        "\r\n",
        " ",
        "\u00a0",
        "\u200b",
        ".",
        "The council met on Tuesday.",
        "©",
        "Advertisement",
    ]
)
news_like_text = st.lists(_PIECES | st.text(max_size=12), max_size=40).map("".join)
any_text = st.text() | news_like_text


def _is_space(character: str) -> bool:
    return character.isspace() or character in SPACES or character in LINE_BREAKS


@given(any_text)
def test_spans_slice_the_source_to_each_text(text: str) -> None:
    """Every model's span slices the source to exactly its text."""
    article = copydesk.parse(text)
    for part in article.parts():
        assert part.span.slice(text) == part.text
    for caption in article.captions:
        if caption.credit is not None:
            assert caption.credit.span.slice(text) == caption.credit.text
            assert caption.span.contains(caption.credit.span)
    if article.site is not None:
        assert 0 <= article.site.span.start <= article.site.span.end <= len(text)


@given(any_text)
def test_top_level_parts_cover_all_text_without_overlap(text: str) -> None:
    """Top-level parts never overlap, and every non-space character is in one of them."""
    article = copydesk.parse(text)
    parts = article.parts()
    for first, second in itertools.pairwise(parts):
        assert first.span.end <= second.span.start
    covered = set().union(*(range(p.span.start, p.span.end) for p in parts)) if parts else set()
    for offset, character in enumerate(text):
        if not _is_space(character):
            assert offset in covered, (offset, character)
    assert "".join(piece for _, piece in article.segments()) == text


@given(any_text)
def test_parse_is_deterministic(text: str) -> None:
    """The same text always gives the same article."""
    assert copydesk.parse(text) == copydesk.parse(text)
