"""Segmentation: the fast line scanner and the streaming segmenter agree with a plain
line-by-line reading."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from copydesk import Lexicon, ParseState
from copydesk.steps import normalize, segment
from copydesk.steps.normalize import _is_hard_wrapped, _is_wrapped_at, _line_groups

# Normalised text holds no whitespace but " " and "\n".
normalised_text = st.text(st.sampled_from([" ", "\n", "a", "“", "\ud800", "😀", "."]), max_size=60)


def _reference_line_groups(text: str) -> list[list[tuple[int, int]]]:
    """Split on "\\n", trim each line, cut the runs at blank lines."""
    groups: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    position = 0
    for line in text.split("\n"):
        stripped = line.strip(" ")
        if stripped:
            start = position + len(line) - len(line.lstrip(" "))
            current.append((start, start + len(stripped)))
        elif current:
            groups.append(current)
            current = []
        position += len(line) + 1
    if current:
        groups.append(current)
    return groups


@given(normalised_text | st.text().map(lambda t: "".join(c if not c.isspace() else " " for c in t)))
def test_line_groups_match_a_line_by_line_reading(text: str) -> None:
    """Trimmed line offsets, grouped at blank lines, exactly as a line-by-line split gives."""
    assert _line_groups(text) == _reference_line_groups(text)


def _reference_blocks(text: str) -> list[tuple[int, int]]:
    """Segmentation as it was written before it streamed: every group's lines in a list,
    every line a block, then the long litter runs merged, then the very long runs of tiny
    blocks (the same rules, read plainly)."""
    groups = _reference_line_groups(text)
    sure = [_is_hard_wrapped(text, g) or _is_wrapped_at(text, g, 0) for g in groups]
    inner = [line for group, s in zip(groups, sure, strict=True) if s for line in group[:-1]]
    width = max((end - start for start, end in inner), default=0)
    blocks: list[tuple[int, int]] = []
    for group, s in zip(groups, sure, strict=True):
        if s or _is_wrapped_at(text, group, width):
            blocks.append((group[0][0], group[-1][1]))
        else:
            blocks.extend(group)

    def is_litter(start: int, end: int) -> bool:
        return end - start <= 2 or not any(c.isalnum() for c in text[start:end])

    litter_merged = _merge_runs(blocks, is_litter, 64)
    return _merge_runs(litter_merged, lambda start, end: end - start <= 10, 1000)


def _merge_runs(
    blocks: list[tuple[int, int]], joins: Callable[[int, int], bool], min_run: int
) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for start, end in [*blocks, (-1, -1)]:  # a sentinel ends the last run
        if start >= 0 and joins(start, end):
            run.append((start, end))
            continue
        merged.extend([(run[0][0], run[-1][1])] if len(run) >= min_run else run)
        run = []
        if start >= 0:
            merged.append((start, end))
    return merged


_WRAPPED_LINE = "The storm hit the coast on Monday and it cut power"  # 50 characters
_line = st.sampled_from(
    ["a", "--", "“", _WRAPPED_LINE, _WRAPPED_LINE + " to homes.", "x" * 120, "News", "", " "]
)


@given(
    st.lists(_line, max_size=300).map("\n".join)
    | st.text(st.sampled_from("a-\n "), max_size=400)
    # A run of tiny lines around the length that makes it one block.
    | st.tuples(st.integers(995, 1005), st.sampled_from(["News", "a", "Share this!"])).map(
        lambda count_line: "Storm hits the coast\n" + (count_line[1] + "\n") * count_line[0]
    )
)
def test_segment_matches_a_plain_reading(text: str) -> None:
    """The streaming segmenter (lines held only while they may be one wrapped paragraph,
    long runs merged as they come) cuts the blocks a plain, list-based reading cuts."""
    state = ParseState(text, Lexicon.default())
    normalize(state)
    segment(state)
    assert [(block.start, block.end) for block in state.blocks] == _reference_blocks(text)
