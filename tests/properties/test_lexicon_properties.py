"""Lexicon edits: an entry that an add_* method accepts never makes a later parse fail."""

from __future__ import annotations

import inspect
import typing
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import copydesk
from copydesk.lexicon import BylineTable, Lexicon

# Words made of letters, marks that lexicon code treats specially (":", "_", brackets, quote
# marks), characters whose case folding changes their length, and control characters.
_WORDS = st.lists(
    st.sampled_from([*"aAbZé .:-_'’()/,;|&“”\"\n0", "by", "Photo", "İ", "ß", "\x00"]),
    min_size=1,
    max_size=8,
).map("".join)
# Patterns from pieces, many of them broken or able to match empty text.
# fmt: off
_PIECES = (
    "a", ".", ":", "^", "$", "+", "*", "?", "|", "(", ")", "Photo", r"\w+", r"\d", r"\s",
    "(?:x|y)", r"\p{Lu}", r"\.", "(?i)", r"\b", "{1,3}", "(?=a)", "(?<=b)",
)
# fmt: on
_PATTERNS = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=5).map("".join)
_TABLES = st.sampled_from(typing.get_args(BylineTable))
_PATTERN_METHODS = st.sampled_from(
    [
        name
        for name in dir(Lexicon)
        if name.startswith("add_")
        and "pattern" in inspect.signature(getattr(Lexicon, name)).parameters
    ]
)


def _call(method: str, *args: Any, **kwargs: Any) -> tuple[str, tuple[Any, ...], dict[str, Any]]:
    return method, args, kwargs


_EDITS = st.one_of(
    st.builds(_call, st.just("add_chrome"), _WORDS, _WORDS),
    st.builds(
        _call,
        st.just("add_chrome"),
        _PATTERNS,
        is_regex=st.just(True),
        position=st.sampled_from(["any", "edge"]),
    ),
    st.builds(_call, st.just("add_agency"), _WORDS, _WORDS, st.tuples(_WORDS, _WORDS)),
    st.builds(_call, st.just("add_region"), _WORDS, _WORDS),
    st.builds(_call, st.just("add_dateline_city"), _WORDS),
    st.builds(_call, st.just("add_byline_words"), _TABLES, _WORDS),
    st.builds(_call, st.just("add_trailer_role"), _WORDS, _WORDS),
    st.builds(_call, st.just("add_caption_verb"), _WORDS),
    st.builds(_call, st.just("add_speech_verb"), _WORDS, _WORDS),
    st.builds(_call, st.just("add_title"), _WORDS),
    st.builds(_call, st.just("add_cue_channel"), _WORDS),
    st.builds(_call, st.just("add_stopwords"), _WORDS, st.lists(_WORDS, min_size=1)),
    st.builds(_call, st.just("add_bare_caption_credit"), _WORDS),
    st.builds(_call, _PATTERN_METHODS, _PATTERNS),
)

# Texts with a slot for the new entry next to what the steps read: a byline, a trailer, a
# dateline, a quote, a caption and its credit, a picture line.
_TEXTS = (
    "Headline\n\nBy {0}\n\nThe council voted on Tuesday to approve the budget, {0} said.\n\n"
    "({0} Jane Doe; Editing by Ann Roe)",
    "{0}\n\nWASHINGTON, {0} (AP) - The storm hit the coast on Monday, officials said.\n\n"
    "“Yes,” {0} Smith {0}.\n\nA lake at dawn. {0}",
    "Title\n\n{0} by Jane Doe\n\nThe storm hit. {0}\n\n{0}: Jane Doe/Reuters\n\n{0}\n\nMore.",
)


@given(edit=_EDITS)
def test_an_entry_the_lexicon_accepts_never_makes_a_parse_fail(
    edit: tuple[str, tuple[Any, ...], dict[str, Any]],
) -> None:
    """An add_* call either raises TypeError/ValueError at once, or every later parse works
    (and stays lossless), with the new entry printed where the steps look for it."""
    method, args, kwargs = edit
    parser = copydesk.Parser()
    try:
        getattr(parser.lexicon, method)(*args, **kwargs)
    except (TypeError, ValueError):
        assert parser.lexicon == Lexicon.default()
        return
    entry = args[0] if method in ("add_chrome", "add_trailer_role", "add_region") else args[-1]
    for template in _TEXTS:
        text = template.format(entry if isinstance(entry, str) else " ".join(entry))
        article = parser.parse(text)
        assert "".join(segment for _, segment in article.segments()) == text
