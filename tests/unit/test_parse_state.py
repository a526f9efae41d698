"""The parse state's block edits keep what the steps need to know about each block."""

from __future__ import annotations

from copydesk import Lexicon, ParseState
from copydesk.steps import normalize, segment


def test_splitting_a_guessed_block_keeps_both_halves_claimable() -> None:
    """``ParseState.split_block`` keeps a guessed chrome label a guess on both halves, so a
    detector with strong evidence may still take either back."""
    state = ParseState("Most read\n\nBy Jane Doe | Updated 3:45 pm", Lexicon.default())
    normalize(state)
    segment(state)
    state.mark_chrome(state.blocks[1], "other", guessed=True)
    head, tail = state.split_block(1, state.text.index("|"))
    assert (head.guessed, tail.guessed) == (True, True)
    assert head.claimable
    assert tail.claimable
