"""Property tests: quotes read alike in single and double marks, keep every printed character
and link their pieces in reading order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import copydesk
from copydesk import Article
from copydesk.steps.quotes.marks import HouseStyle
from copydesk.testing import GeneratedArticle, articles

#: Articles full of quotes: attributed paragraphs, and passages with split and running quotes.
quoted_articles = articles(quotes=True, passages=True, chrome=False, max_paragraphs=5)
_TO_SINGLE = str.maketrans({"“": "‘", "”": "’", '"': "'"})
_MARKS = "\"“”„«»‹›「」『』'‘’"
#: Random runs of words, marks, apostrophes, commas, full stops and paragraph breaks.
marked_text = st.text(alphabet=st.sampled_from("ab s.,\n“”\"'‘’:—Ms"), max_size=100)


def _reading(article: Article) -> list[tuple[object, ...]]:
    """What was read of each quote: its span, text, kind, cue, speaker and group."""
    return [
        (q.span, q.text, q.kind, q.cue, q.speaker and q.speaker.name, q.group)
        for q in article.quotes
    ]


@given(quoted_articles)
def test_single_quotes_read_as_double_ones(generated: GeneratedArticle) -> None:
    """The same article printed in the British style ('…', she said) reads the same: every
    double mark turned into a single one, one character for one."""
    double = copydesk.parse(generated.text)
    single = copydesk.parse(generated.text.translate(_TO_SINGLE))
    expected = [
        (span, str(text).translate(_TO_SINGLE), *rest) for span, text, *rest in _reading(double)
    ]
    assert _reading(single) == expected


def _check_printed_words(article: Article) -> None:
    """Each quote's text is the printed text after its opening mark, up to a comma or full
    stop the text leaves out, then nothing but closing marks."""
    for quote in article.quotes:
        printed = quote.span.slice(article.source)
        assert any(_printed_as(printed, opening, quote.text) for opening in (1, 2)), quote


def _printed_as(printed: str, opening: int, text: str) -> bool:
    """Whether *printed* is an opening mark of *opening* characters, *text*, perhaps a comma
    or full stop, then closing marks only."""
    if printed[:opening].strip(_MARKS) or not printed[opening:].startswith(text):
        return False
    rest = printed[opening + len(text) :]
    if rest[:1] in (",", "."):
        rest = rest[1:]
    return rest.strip(_MARKS) == ""


@given(
    # Mostly single marks and apostrophes: a mark of two is found apart from the others.
    st.lists(
        st.sampled_from(["''", "‘‘", "’’", "'", "‘", "’", "a", " ", '"', "»"]), max_size=12
    ).map("".join),
    st.booleans(),
    st.integers(0, 30),
    st.integers(0, 30),
)
def test_the_quick_mark_test_agrees_with_the_mark_search(
    text: str, singles: bool, start: int, end: int
) -> None:
    """Whether a stretch holds a mark is answered as the search for one answers it, in
    either house style, whatever stretch is asked (marks of two characters cut at its ends
    included)."""
    style = HouseStyle(singles=singles)
    expected = style.mark.search(text, start, end) is not None
    assert style.holds_mark(text, start, end) == expected


@given(marked_text)
def test_the_text_keeps_every_printed_character_but_the_sentences_mark(text: str) -> None:
    _check_printed_words(copydesk.parse(text))


@given(quoted_articles, st.booleans())
def test_generated_quotes_keep_their_printed_words(
    generated: GeneratedArticle, single: bool
) -> None:
    text = generated.text.translate(_TO_SINGLE) if single else generated.text
    _check_printed_words(copydesk.parse(text))


def _check_groups(article: Article) -> None:
    """Quotations are numbered 0, 1, 2 … in the reading order of their first pieces, and a
    later piece of a quotation never comes before an earlier one."""
    first_seen: list[int] = []
    last_end: dict[int, int] = {}
    for quote in article.quotes:
        assert quote.group is not None
        if quote.group not in last_end:
            assert quote.group == len(first_seen)
            first_seen.append(quote.group)
        else:
            assert quote.span.start >= last_end[quote.group]
        last_end[quote.group] = quote.span.end
    quotations = article.quotations()
    assert [q for pieces in quotations for q in pieces] == sorted(
        article.quotes, key=lambda q: (q.group, q.span.start)
    )
    assert [pieces[0].group for pieces in quotations] == list(range(len(quotations)))


@given(marked_text)
def test_groups_number_quotations_in_reading_order(text: str) -> None:
    _check_groups(copydesk.parse(text))


@given(quoted_articles, st.booleans())
def test_groups_join_the_pieces_of_generated_quotations(
    generated: GeneratedArticle, single: bool
) -> None:
    """Split and running quotes come back as one quotation each, whatever the marks."""
    text = generated.text.translate(_TO_SINGLE) if single else generated.text
    article = copydesk.parse(text)
    _check_groups(article)
    joined = [" ".join(q.text for q in pieces) for pieces in article.quotations()]
    whole = [q.text for q in generated.expected.whole_quotes()]
    if single:
        whole = [text.translate(_TO_SINGLE) for text in whole]
    assert joined == whole
