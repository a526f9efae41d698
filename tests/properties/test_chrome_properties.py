"""Chrome: trying rules by a line's first character names the same kind as one alternation."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from copydesk.lexicon import Lexicon
from copydesk.steps.chrome import _Matchers

_LEXICON = Lexicon.default()
_MATCHERS = _Matchers.build(_LEXICON)

# Words of the chrome rules, other words, and characters that open no rule or fold oddly.
_PIECES = [
    "share",
    "Share",
    "this",
    "article",
    ":",
    "©",
    "2024",
    "all rights reserved",
    "(c)",
    "Home",
    "menu",
    "contact",
    "us",
    "12",
    "comments",
    "min read",
    "«",
    "previous",
    "[ad_1]",
    "Facebook",
    "|",
    "Twitter",
    "follow",
    "on",
    "the",
    "council",
    "met",
    ".",
    "Über",
    "ſ",
    "\u212a",
    "uses cookies",
    "(opens in new window)",
    "read more",
    "sign up",
    "newsletter",
]
lines = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=6).map(" ".join)


def _one_alternation_kind(text: str, *, middle: bool) -> str | None:
    rules = [
        (index, rule)
        for index, rule in enumerate(_LEXICON.chrome_rules)
        if not (middle and rule.position == "edge")
    ]
    alternatives = "|".join(f"(?P<r{index}>{rule.pattern})" for index, rule in rules)
    match = regex.compile(rf"(?i:{alternatives})\s*").fullmatch(text)
    if match is None or match.lastgroup is None:
        return None
    return _LEXICON.chrome_rules[int(match.lastgroup[1:])].kind


@given(lines, st.booleans())
def test_first_character_dispatch_agrees_with_one_alternation(text: str, middle: bool) -> None:
    """Whatever the line, the first matching rule is the one the full alternation finds."""
    rule = _MATCHERS.rule_for(text, middle=middle)
    assert (rule.kind if rule else None) == _one_alternation_kind(text, middle=middle)
