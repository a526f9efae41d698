"""Properties that hold for every input string: totality and losslessness.

``any_text`` (in ``_checks.py``) mixes arbitrary Unicode, lone surrogates, control
characters, bidi marks, every line break and space the normaliser knows, and news pieces
(quote marks, ``By``, credits, chrome lines).
"""

from __future__ import annotations

import itertools

from _checks import any_text, check_lossless, is_space
from hypothesis import given

import copydesk


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
        if not is_space(character):
            assert offset in covered, (offset, character)
    assert "".join(piece for _, piece in article.segments()) == text


@given(any_text)
def test_parse_is_deterministic(text: str) -> None:
    """The same text always gives the same article."""
    assert copydesk.parse(text) == copydesk.parse(text)


@given(any_text)
def test_every_gap_between_parts_is_whitespace(text: str) -> None:
    """Quotes and credits lie inside their parts, and only whitespace lies between parts."""
    check_lossless(copydesk.parse(text))
