"""Shared helpers for the property tests: invariants every parse must satisfy."""

from __future__ import annotations

import itertools

from hypothesis import strategies as st

import copydesk
from copydesk import Article
from copydesk.steps.normalize import LINE_BREAKS, SPACES

# Characters and pieces that have broken text tools before: NUL and other controls, lone
# surrogates, bidi marks, emoji, combining marks, characters whose case folding changes
# their length, every line break and space the normaliser knows, and news punctuation.
HOSTILE_PIECES = (
    "\x00",
    "\x07",
    "\x1b[31m",
    "\x7f",
    "\ud800",
    "\udfff",
    "\u202e",
    "\u200f",
    "\u2066",
    "\ufeff",
    "\ufffd",
    "😀",
    "👩‍👩‍👧",
    "e\u0301",
    "ß",
    "İ",
    "ﬁ",
    "ǅ",
    *LINE_BREAKS,
    *SPACES,
    "\n",
    "\r\n",
    "\n\n",
    "“",
    "”",
    '"',
    "'",
    "‘",
    "’",
    "«",
    "»",
    "(",
    ")",
    "—",
    "–",
    "--",
    "By ",
    "Photo by ",
    "(AP Photo/",
    "REUTERS/",
    "WASHINGTON (AP) — ",
    "Site icon ",
    " | ",
    "Share this:",
    "said",
    "The council met on Tuesday.",
    "Headline",
    "Source link",
    "By Jane Doe",
    "Nov. 2",
    "(AP Photo/Jane Doe)",
    "Related",
    ".",
    "©",
    "Advertisement",
)


def first_surrogate_pair(text: str) -> int | None:
    """Where the first high surrogate directly followed by a low one stands, if any.

    ``parse`` refuses such a text (JSON would read the two back as one character).
    """
    for position, (high, low) in enumerate(itertools.pairwise(text)):
        if "\ud800" <= high <= "\udbff" and "\udc00" <= low <= "\udfff":
            return position
    return None


def parse_accepts(text: str) -> bool:
    """Whether ``parse`` takes *text*: any str without a surrogate pair."""
    return first_surrogate_pair(text) is None


_any_mixture = st.lists(
    st.sampled_from(HOSTILE_PIECES)
    | st.text(st.characters(categories=["Cs"]), max_size=2)
    | st.text(max_size=8),
    max_size=40,
).map("".join)

hostile_text = _any_mixture.filter(parse_accepts)
"""Strings built from hostile pieces and arbitrary characters, lone surrogates included
(but never a high one right before a low one, which parse refuses)."""

any_text = (
    st.text() | st.text(st.characters(codec=None, exclude_categories=[])) | _any_mixture
).filter(parse_accepts)
"""Any str that parse accepts, from plain Unicode text to hostile mixtures."""

text_with_a_surrogate_pair = st.tuples(
    _any_mixture, st.sampled_from(["\ud800\udc00", "\ud83d\ude00", "\udbff\udfff"]), _any_mixture
).map("".join)
"""Hostile mixtures holding at least one surrogate pair, which parse refuses."""


def is_space(character: str) -> bool:
    """Whether the parser may leave *character* out of every part."""
    return character.isspace() or character in SPACES or character in LINE_BREAKS


def check_lossless(article: Article) -> None:
    """Spans slice the source to each text; top-level parts don't overlap and cover it."""
    text = article.source
    parts = article.parts()
    for part in parts:
        assert part.span.slice(text) == part.text
    for first, second in itertools.pairwise(parts):
        assert first.span.end <= second.span.start
    for caption in article.captions:
        if caption.credit is not None:
            assert caption.credit.span.slice(text) == caption.credit.text
            assert caption.span.contains(caption.credit.span)
    for quote in article.quotes:
        assert quote.text in quote.span.slice(text)
        assert any(part.span.contains(quote.span) for part in parts)
    if article.site is not None:
        assert 0 <= article.site.span.start <= article.site.span.end <= len(text)
    assert "".join(piece for _, piece in article.segments()) == text
    position = 0
    for part in parts:
        assert all(is_space(c) for c in text[position : part.span.start])
        position = part.span.end
    assert all(is_space(c) for c in text[position:])


def signature(article: Article) -> tuple[object, ...]:
    """What a parse found, with whitespace collapsed and offsets dropped.

    Two parses of texts that differ only in line ends, trailing spaces or blank lines have
    the same signature.
    """

    def collapse(text: str) -> str:
        return " ".join(text.split())

    parts = tuple((type(part).__name__, collapse(part.text)) for part in article.parts())
    chrome = tuple((collapse(chrome.text), chrome.kind) for chrome in article.chrome)
    credits = tuple(
        (collapse(c.credit.text), c.credit.names, c.credit.agency, c.credit.file_photo)
        for c in article.captions
        if c.credit is not None
    )
    site = None if article.site is None else (article.site.name, article.site.tagline)
    quotes = tuple((collapse(q.text), q.kind, q.speaker and q.speaker.name) for q in article.quotes)
    return parts, chrome, credits, site, quotes


def parse_and_check(text: str) -> Article:
    """Parse *text* with the default parser and check the lossless invariants."""
    article = copydesk.parse(text)
    check_lossless(article)
    return article


# A short story around the block(s) a caption property puts between its paragraphs.
CAPTION_STORY_HEADLINE = "Council approves the new budget after a long debate"
CAPTION_STORY_LEDE = (
    "The city council approved the budget on Tuesday after a debate that lasted more "
    "than six hours, officials said."
)
CAPTION_STORY_SECOND = "The budget raises spending on schools and roads by a fifth, the mayor said."
CAPTION_STORY_THIRD = (
    "Work on the first roads is to start in the spring, a spokesman for the city said."
)


def caption_story(*blocks: str) -> Article:
    """Parse the caption story with *blocks* between its lede and its second paragraph."""
    return copydesk.parse(
        "\n\n".join(
            [
                CAPTION_STORY_HEADLINE,
                CAPTION_STORY_LEDE,
                *blocks,
                CAPTION_STORY_SECOND,
                CAPTION_STORY_THIRD,
            ]
        )
    )
