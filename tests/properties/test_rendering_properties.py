"""copydesk.render on generated and hostile articles: the view shows the source, escaped."""

from __future__ import annotations

from _checks import HOSTILE_PIECES, any_text
from hypothesis import given
from hypothesis import strategies as st

import copydesk
from _html_view import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, read_view, shown, stray_markup
from copydesk.testing import GeneratedArticle, articles

#: Markup and references a scraped page may carry, to splice into generated articles.
MARKUP = (
    "<script>alert(1)</script>",
    "</span></div>",
    '<img src=x onerror="alert(1)">',
    '" onmouseover="alert(1)',
    "javascript:alert(1)",
    "&amp;",
    "&lt;b&gt;",
    "&#0;",
    "<!--",
    "]]>",
    "<style>",
    "<",
    ">",
    "&",
)

splices = st.lists(
    st.tuples(st.floats(0, 1), st.sampled_from(MARKUP + HOSTILE_PIECES) | st.text(max_size=6)),
    max_size=6,
)


def spliced(generated: GeneratedArticle, pieces: list[tuple[float, str]]) -> str:
    """The generated article's text with *pieces* put in at the given fractions of it."""
    text = generated.text
    for fraction, piece in pieces:
        at = int(fraction * len(text))
        text = text[:at] + piece + text[at:]
    return text


def check_view(text: str) -> None:
    article = copydesk.parse(text)
    fragment = copydesk.render(article)
    view = read_view(fragment)
    assert view.text == shown(text)
    assert set(view.tags) <= ALLOWED_TAGS
    assert view.attribute_names <= ALLOWED_ATTRIBUTES
    assert "<" not in stray_markup(fragment)
    assert fragment.count("<span") == fragment.count("</span>")


@given(articles(datelines=True, bylines=True, quotes=True, passages=True, trailers=True), splices)
def test_generated_articles_show_their_source_escaped(
    generated: GeneratedArticle, pieces: list[tuple[float, str]]
) -> None:
    check_view(spliced(generated, pieces))


@given(any_text)
def test_any_text_shows_as_itself(text: str) -> None:
    check_view(text)
