"""Label site chrome: whole blocks that match a chrome pattern of the lexicon.

Rules with position ``"any"`` apply everywhere; ``"edge"`` rules only above the first or
below the last block of prose, so that a word like "Contact" opens no real paragraph by
mistake. Every labelled block is kept in :attr:`Article.chrome`.
"""

from __future__ import annotations

import regex

from copydesk._pipeline import step
from copydesk._state import Block, ParseState
from copydesk.lexicon import Lexicon

__all__ = ["chrome", "is_prose"]

# Longer blocks are never chrome lines; bounding the input bounds the matching cost.
_MAX_CHROME_CHARS = 400
_WORD = regex.compile(r"\w+")
_SENTENCE = regex.compile(r"[.!?][\"”’')]*(?:\s|$)")
_MIN_PROSE_WORDS = 10


def _compile(rules: list[tuple[int, str]]) -> regex.Pattern[str]:
    alternatives = "|".join(f"(?P<r{index}>{pattern})" for index, pattern in rules)
    # The outer group of each rule closes last, so ``match.lastgroup`` names the rule.
    return regex.compile(rf"(?i:{alternatives})\s*")


def _matchers(lexicon: Lexicon) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """(pattern for blocks at the page edges, pattern for blocks amid the prose)."""
    every = [(index, rule.pattern) for index, rule in enumerate(lexicon.chrome_rules)]
    anywhere = [
        (index, pattern)
        for index, pattern in every
        if lexicon.chrome_rules[index].position == "any"
    ]
    return _compile(every), _compile(anywhere)


def is_prose(text: str) -> bool:
    """Whether *text* reads like running prose: enough words and a sentence end."""
    return len(_WORD.findall(text)) >= _MIN_PROSE_WORDS and _SENTENCE.search(text) is not None


@step(requires=("blocks",), provides=("chrome",))
def chrome(state: ParseState) -> None:
    """Label every block that is site chrome.

    A block is chrome when its whole text matches a rule of
    :attr:`Lexicon.chrome_rules <copydesk.Lexicon.chrome_rules>` (the first match names the
    kind); ``edge`` rules match only above or below the article's prose.

    >>> from copydesk import Lexicon, ParseState
    >>> from copydesk.steps import normalize, segment
    >>> text = "Skip to content\\n\\nStorm hits\\n\\nThe storm hit.\\n\\nShare this article"
    >>> state = ParseState(text, Lexicon.default())
    >>> for run in (normalize, segment, chrome):
    ...     run(state)
    >>> for block in state.blocks:
    ...     print(block.label, block.kind, state.block_text(block), sep=" | ")
    chrome | navigation | Skip to content
    body | None | Storm hits
    body | None | The storm hit.
    chrome | share | Share this article
    """
    edge_pattern, middle_pattern = state.lexicon.cached("chrome.matchers", _matchers)
    first_prose, last_prose = _prose_bounds(state)
    for index, block in enumerate(state.blocks):
        if not block.is_body or block.end - block.start > _MAX_CHROME_CHARS:
            continue
        pattern = middle_pattern if first_prose <= index <= last_prose else edge_pattern
        match = pattern.fullmatch(state.block_text(block))
        if match is not None and match.lastgroup is not None:
            rule = state.lexicon.chrome_rules[int(match.lastgroup[1:])]
            state.mark_chrome(block, rule.kind)


def _prose_bounds(state: ParseState) -> tuple[int, int]:
    """Indices of the first and last prose blocks (an empty range when there is none)."""
    prose = [index for index, block in enumerate(state.blocks) if _is_prose_block(state, block)]
    if not prose:
        return len(state.blocks), -1
    return prose[0], prose[-1]


def _is_prose_block(state: ParseState, block: Block) -> bool:
    return is_prose(state.block_text(block))
