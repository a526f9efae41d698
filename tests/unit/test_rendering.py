"""copydesk.render: the article's source as HTML with every part marked, escaped strictly."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections import Counter
from pathlib import Path

import attrs
import pytest

import copydesk
from _html_view import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, read_view, shown, stray_markup
from copydesk import Article, Span
from copydesk.rendering import PARTS, render_page

WIRE = (
    "Storm hits coast\n\nBy Jane Doe, Associated Press\n\n"
    "Published Nov. 2, 2024 | Updated 10:02 a.m. ET Nov. 3, 2024\n\n"
    "MIAMI, Fla., Nov. 2 (AP) — The storm hit the coast on Monday, officials said.\n\n"
    '"We are ready," Mayor Ann Lee said. "We will stay," she added.\n\n'
    "Residents leave on Monday. Photo by John Roe/AP\n\n"
    "(Reporting by Ann Lee; Editing by Tom Kerr)\n\nShare this article"
)


def expected_marks(article: Article) -> Counter[tuple[str, int, int]]:
    """(data-part, start, end) of every part the view should mark, speakers once per span."""
    spans: list[tuple[str, Span]] = [
        (type(part).__name__.lower(), part.span) for part in article.parts()
    ]
    spans += [("credit", c.credit.span) for c in article.captions if c.credit is not None]
    spans += [("quote", quote.span) for quote in article.quotes]
    speakers = {quote.speaker.span for quote in article.quotes if quote.speaker is not None}
    spans += [("speaker", span) for span in speakers]
    if article.site is not None:
        spans.append(("site", article.site.span))
    spans += [("date", stamp.span) for stamp in (article.published, article.updated) if stamp]
    return Counter((name, span.start, span.end) for name, span in spans)


def marked(fragment: str) -> Counter[tuple[str, int, int]]:
    """(data-part, start, end) of every part's first element in the view."""
    found = Counter()
    for mark in read_view(fragment).marks:
        if mark.first:
            start, end = map(int, mark.attributes["data-span"].split("-"))
            found[mark.part, start, end] += 1
    return found


@pytest.fixture(scope="module")
def wire() -> Article:
    return copydesk.parse(WIRE, reference_date=dt.date(2024, 11, 5))


def test_the_wire_story_has_every_kind_of_part(wire: Article) -> None:
    """The fixture exercises every mark: otherwise the tests below would prove less."""
    kinds = {name for name, _, _ in expected_marks(wire)}
    assert kinds == {
        "headline", "byline", "dateline", "paragraph", "quote", "speaker", "caption", "credit",
        "chrome", "date",
    }  # fmt: skip


@pytest.mark.parametrize("name", ["seed", "wire"])
def test_every_part_is_marked_once_with_its_span(name: str, wire: Article, seed_text: str) -> None:
    article = wire if name == "wire" else copydesk.parse(seed_text)
    fragment = copydesk.render(article)
    assert marked(fragment) == expected_marks(article)
    for mark in read_view(fragment).marks:
        start, end = map(int, mark.attributes["data-span"].split("-"))
        if mark.first and mark.part != "quote":  # a quote may run on into the next paragraph
            assert mark.text == article.source[start:end]


def test_labels_and_details(wire: Article) -> None:
    marks = {mark.part: mark.attributes for mark in read_view(copydesk.render(wire)).marks}
    assert marks["headline"]["data-label"] == "headline"
    assert marks["dateline"]["data-label"] == "dateline"
    assert "location: MIAMI, Fla." in marks["dateline"]["title"]
    assert "date: 2024-11-02" in marks["dateline"]["title"]
    assert "agency: AP" in marks["dateline"]["title"]
    dates = [m.attributes for m in read_view(copydesk.render(wire)).marks if m.part == "date"]
    assert [d["data-label"] for d in dates] == ["published", "updated"]
    assert "date: 2024-11-03T10:02:00-05:00" in dates[1]["title"]
    assert marks["caption"]["data-label"] == "caption"
    assert "names: John Roe" in marks["credit"]["title"]
    assert marks["chrome"]["data-label"] == "chrome: share"
    bylines = [m.attributes for m in read_view(copydesk.render(wire)).marks if m.part == "byline"]
    assert [b["data-label"] for b in bylines] == ["byline", "byline: reporting"]
    assert "names: Jane Doe\norganization: AP" in bylines[0]["title"]
    assert "editors: Tom Kerr" in bylines[1]["title"]
    quotes = [m.attributes for m in read_view(copydesk.render(wire)).marks if m.part == "quote"]
    assert quotes[0]["data-label"] == "quote 1: Ann Lee"
    assert "cue: said" in quotes[0]["title"]
    assert "speaker's title: Mayor" in quotes[0]["title"]


def test_the_seed_site_sits_inside_its_chrome_line(seed_text: str) -> None:
    fragment = copydesk.render(copydesk.parse(seed_text))
    assert (
        '<span class="cd-mark cd-chrome" data-part="chrome" data-span="93-128"'
        ' data-label="chrome: branding" title="chrome: branding&#10;kind: branding">'
        '<span class="cd-mark cd-site" data-part="site" data-span="93-128"'
    ) in fragment


def test_the_visible_text_is_the_source(wire: Article, seed_text: str) -> None:
    for article in (wire, copydesk.parse(seed_text)):
        assert read_view(copydesk.render(article)).text == article.source


HOSTILE = (
    'Breaking <script>alert("x")</script> news\n\n'
    "By <img src=x onerror=alert(1)> Jane Doe\n\n"
    'The storm hit the coast on Monday, officials said. <a href="javascript:alert(1)">x</a>\n\n'
    '"It was </span></div><script>steal()</script> bad," said O\'Brien "&amp; <b>"\n\n'
    "Carriage\r\nreturns\rstay, and so do & &lt; ]]> <!-- --> \x00 \ud800 \u202e end"
)


def test_hostile_text_comes_out_escaped() -> None:
    article = copydesk.parse(HOSTILE)
    fragment = copydesk.render(article)
    view = read_view(fragment)
    assert set(view.tags) <= ALLOWED_TAGS
    assert view.attribute_names <= ALLOWED_ATTRIBUTES
    assert "<script>" not in fragment
    assert 'Breaking &lt;script&gt;alert("x")&lt;/script&gt; news' in fragment
    assert "<" not in stray_markup(fragment)
    assert view.text == shown(HOSTILE)
    assert "\r\n" in view.text  # kept as &#13;, which a browser does not turn into "\n"


def test_hostile_text_in_attributes_stays_inside_them() -> None:
    """Chrome kinds, names and cues come from the text or the user: they are escaped too."""
    parser = copydesk.Parser()
    parser.lexicon.add_chrome("Get the app", kind='x" onmouseover="alert(1)')
    article = parser.parse("Storm hits coast\n\nThe storm hit the coast.\n\nGet the app")
    fragment = copydesk.render(article)
    view = read_view(fragment)
    assert view.attribute_names <= ALLOWED_ATTRIBUTES
    (chrome,) = [mark for mark in view.marks if mark.part == "chrome"]
    assert chrome.attributes["data-label"] == 'chrome: x" onmouseover="alert(1)'


def test_a_quote_across_two_paragraphs_is_split_and_nests(wire: Article) -> None:
    """A quote that runs on past its paragraph is cut there and continued in the next one."""
    first, second = wire.paragraphs[0].span, wire.paragraphs[1].span
    quote = copydesk.Quote(text="x", span=Span(first.start + 4, second.start + 6))
    speaker = copydesk.Speaker(mention="y", span=Span(first.end - 2, second.start + 2))
    article = Article(
        source=wire.source,
        paragraphs=wire.paragraphs,
        quotes=(attrs.evolve(quote, speaker=speaker),),
    )
    fragment = copydesk.render(article)
    view = read_view(fragment)
    assert view.text == WIRE
    assert fragment.count("<span") == fragment.count("</span>")
    for part, span in (("quote", quote.span), ("speaker", speaker.span)):
        pieces = [mark for mark in view.marks if mark.part == part]
        assert [mark.first for mark in pieces] == [True, False, False]
        assert "".join(mark.text for mark in pieces) == span.slice(WIRE)
    paragraphs = [mark for mark in view.marks if mark.part == "paragraph"]
    assert [mark.first for mark in paragraphs] == [True, True]  # never cut by a quote
    assert [mark.text for mark in paragraphs] == [p.text for p in wire.paragraphs]


def test_parts_chooses_what_is_marked(wire: Article) -> None:
    fragment = copydesk.render(wire, parts=("quotes", "speakers"))
    assert {mark.part for mark in read_view(fragment).marks} == {"quote", "speaker"}
    assert read_view(fragment).text == wire.source
    assert read_view(copydesk.render(wire, parts=())).marks == []
    with pytest.raises(ValueError, match="unknown part 'quote'"):
        copydesk.render(wire, parts=("quote",))
    with pytest.raises(TypeError, match="not a string"):
        copydesk.render(wire, parts="quotes")
    assert set(PARTS) == {"chrome", "site", "headline", "dateline", "dates", "bylines", "captions",
                          "credits", "paragraphs", "quotes", "speakers"}  # fmt: skip


def test_the_legend_names_every_kind_and_can_be_left_out(wire: Article) -> None:
    with_legend = copydesk.render(wire)
    for kind in ("headline", "dateline", "byline", "caption", "credit", "quote", "speaker"):
        assert f'<span class="cd-mark cd-{kind} cd-key"' in with_legend
    assert '<div class="copydesk-legend">' in with_legend
    assert '<div class="copydesk-legend">' not in copydesk.render(wire, legend=False)


def test_colours_follow_the_theme_and_shapes_tell_kinds_apart(wire: Article) -> None:
    fragment = copydesk.render(wire)
    assert "@media (prefers-color-scheme:dark)" in fragment
    shapes = ["3px solid", "4px double", "2px dashed", "2px dotted", "wavy", "3px double"]
    for shape in shapes:
        assert shape in fragment
    assert "content:attr(data-label)" in fragment


def test_a_notebook_shows_the_rendering(wire: Article) -> None:
    assert wire._repr_html_() == copydesk.render(wire)


def test_the_page_is_whole_ascii_and_forbids_scripts(wire: Article) -> None:
    page = render_page([("a <b>.txt", wire), (None, copydesk.parse("Café\n\nIt did."))])
    assert page.startswith("<!DOCTYPE html>")
    assert page.rstrip().endswith("</html>")
    assert page.isascii()
    assert "default-src 'none'" in page
    assert '<h2 class="copydesk-name">a &lt;b&gt;.txt</h2>' in page
    assert page.count('<div class="copydesk-text">') == 2


def test_command_line_writes_one_page_for_all_files(tmp_path: Path) -> None:
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(WIRE, encoding="utf-8")
    second.write_text("Second story\n\nIt rained <all> day.", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "copydesk", "parse", "--format", "html", str(first), str(second)],
        capture_output=True,
        text=True,
        check=True,
    )
    page = result.stdout
    assert page.count("<!DOCTYPE html>") == 1
    assert page.count("</html>") == 1
    assert page.count('<div class="copydesk-text">') == 2
    assert f'<h2 class="copydesk-name">{first}</h2>' in page
    assert "It rained &lt;all&gt; day." in page
