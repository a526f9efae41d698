"""Segmentation: the fast line scanner agrees with a plain line-by-line reading."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from copydesk.steps.normalize import _line_groups

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
