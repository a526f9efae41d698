"""Hostile input (issues #8 and #11): per-line costs that were out of line, and their fixes
leaving the parse of ordinary text as it was."""

from __future__ import annotations

import itertools

import pytest
import regex

import copydesk
from copydesk import Lexicon
from copydesk.steps.captions.tails import CreditPatterns, search_tail

_CREDIT_PIECES = (
    "A flooded street.",
    "Jane Doe,",
    "Photo: Reuters",
    "via AP",
    "(AP Photo/John Roe)",
    "REUTERS/Ann Lee",
    "[EPA]",
    "© Gallo Images",
    "(Photo: Jane Doe/Reuters)",
    "Photo by Jane Doe/",
)


def _alternation(lexicon: Lexicon) -> regex.Pattern[str]:
    """The one pattern of every credit form that ``search_tail`` replaced."""
    tail = "|".join(f"(?:{pattern})" for pattern in lexicon.credit_patterns)
    return regex.compile(rf"(?:^|(?<=[\s.,;:!?\"”]))(?:{tail})\s*$")


def test_credit_patterns_one_by_one_find_what_their_alternation_found() -> None:
    """The tail credit found pattern by pattern is the alternation's: leftmost start, and
    at one start the first pattern's (so the same ``label`` group)."""
    lexicon = Lexicon.default()
    patterns, alternation = CreditPatterns.build(lexicon), _alternation(lexicon)
    start = len("Headline\n")
    for pieces in itertools.permutations(_CREDIT_PIECES, 3):
        text = "Headline\n" + " ".join(pieces)
        expected = alternation.search(text, start)
        found = search_tail(patterns, text, start, len(text))
        assert _described(found) == _described(expected), text


def _described(match: regex.Match[str] | None) -> tuple[object, ...] | None:
    if match is None:
        return None
    labels = match.captures("label") if "label" in match.re.groupindex else []
    return match.span(), labels


def test_a_gallery_of_credit_lines_keeps_every_caption() -> None:
    """Hundreds of caption lines, each above its credit line, are as many captions (the
    merges now happen at the end of a shortened list; the result is the same)."""
    pairs = [f"A flooded street, number {i}.\nJane Doe/Getty Images" for i in range(300)]
    text = "Storm hits\n\nThe storm hit the coast on Monday.\n\n" + "\n\n".join(pairs)
    article = copydesk.parse(text)
    assert [caption.text for caption in article.captions] == pairs
    assert all(caption.span.slice(text) == caption.text for caption in article.captions)
    assert all(caption.credit.names == ("Jane Doe",) for caption in article.captions)


def test_a_run_of_credit_only_lines_stays_lossless() -> None:
    """Thousands of credit-only lines in a row (each merged with the line above, then cut
    again) parse in order, every part's span slicing the source to its text."""
    text = "".join(f"Photo by Jane Doe {i}/\n" for i in range(2_000))
    parts = copydesk.parse(text).parts()
    assert all(part.span.slice(text) == part.text for part in parts)
    assert all(a.span.end <= b.span.start for a, b in itertools.pairwise(parts))
    assert " ".join(part.text for part in parts).split() == text.split()


def test_a_lead_in_byline_far_above_the_lede_is_still_found() -> None:
    """In a page without prose (all of it "above the lede"), a ``By`` line anywhere is a
    byline, while a bare name far from the headline is not."""
    filler = "WASHINGTON, N.Y. (AP)\n" * 100
    text = f"Storm hits\n\n{filler}\nBy Jane Doe\n\nJohn Roe\n\n{filler}"
    article = copydesk.parse(text)
    assert [byline.names for byline in article.bylines] == [("Jane Doe",)]


def test_pronoun_quotes_by_the_hundred_keep_their_nearest_speaker() -> None:
    """Hundreds of ``"…," she said.`` quotes each go to the name reporting speech just above
    (the blocks before a quote are found by bisection, no longer by a scan of all blocks)."""
    names = ["Jane Doe", "Joan Roe", "Ann Lee", "Li Chen", "Mary Major"]  # (all women: "she")
    paragraphs = []
    for number in range(300):
        paragraphs.append(f"{names[number % 5]} said the town would rebuild after the storm.")
        paragraphs.append(f'"We will rebuild {number}," she said.')
    article = copydesk.parse("Storm hits\n\n" + "\n\n".join(paragraphs))
    speakers = [quote.speaker and quote.speaker.name for quote in article.quotes]
    assert speakers == [names[number % 5] for number in range(300)]


def test_a_thousand_tiny_lines_in_a_row_are_one_paragraph() -> None:
    """A run of 1,000 blocks of at most ten characters (no article prints one) is one block
    with an exact span, blank lines inside it or not; a run one shorter keeps its lines."""
    parser = copydesk.Parser().disable("boilerplate")
    run = "News\n\nShare this\n" * 500
    text = f"Storm hits the coast\n\n{run}\nThe storm hit the coast on Monday."
    paragraphs = parser.parse(text).paragraphs
    assert [p.text for p in paragraphs] == [run.strip(), "The storm hit the coast on Monday."]
    assert all(p.span.slice(text) == p.text for p in paragraphs)
    shorter = "News\n" * 999
    article = parser.parse(f"Storm hits the coast\n\n{shorter}\nThe storm hit the coast on Monday.")
    assert len(article.paragraphs) + len(article.chrome) == 1_000


def test_tiny_lines_after_a_litter_run_join_the_tiny_run() -> None:
    """A litter run merged first counts as one (long) block, which ends a tiny run."""
    parser = copydesk.Parser().disable("boilerplate")
    text = "Storm hits the coast\n\n" + "--\n" * 100 + "News\n" * 1_000
    blocks = [p.text for p in parser.parse(text).paragraphs]
    assert blocks == [("--\n" * 100).strip(), ("News\n" * 1_000).strip()]


def test_dated_bylines_read_once_give_the_bylines_read_one_by_one() -> None:
    """A page of ``Jan 14 2008 by Andy Howell`` lines (each read once, the names after a
    date remembered) gives every line the byline the line alone gives, dates as metadata."""
    line = "Jan 14 2008 by Andy Howell"
    alone = copydesk.parse(f"Storm hits\n\n{line}\n\nThe storm hit the coast on Monday.")
    assert [b.names for b in alone.bylines] == [("Andy Howell",)]
    text = "Storm hits\n\n" + f"{line}\n\n" * 60
    article = copydesk.parse(text)
    assert [b.text for b in article.bylines] == ["by Andy Howell"] * 60
    assert all(b.names == ("Andy Howell",) for b in article.bylines)
    assert [c.text for c in article.chrome if c.kind == "metadata"] == ["Jan 14 2008"] * 60


def test_a_page_of_hundreds_of_bylines_is_read_up_to_a_bound() -> None:
    """Past 64 author bylines a page is a listing: the lines after stay text, so the step
    does not split a block per line (each split shifts the whole block list)."""
    line = "Jan 14 2008 by Andy Howell"
    text = "Storm hits\n\n" + f"{line}\n\n" * 300
    article = copydesk.parse(text)
    assert [b.text for b in article.bylines] == ["by Andy Howell"] * 64
    # The lines past the bound stay text, but those near the headline are stamp lines.
    stamps = [c.text for c in article.chrome if c.kind == "metadata" and c.text == line]
    assert [p.text for p in article.paragraphs] == [line] * (300 - 64 - len(stamps))
    assert "".join(piece for _, piece in article.segments()) == text


def test_remembered_byline_readings_are_not_shared() -> None:
    """Each byline gets its own reading: an agency line absorbed by one byline does not
    reach the next one with the same names (a listing of his stories: each line keeps its
    names)."""
    text = (
        "Storm hits\n\nJan 14 2008 by Andy Howell\n\nAssociated Press\n\n"
        "Jan 15 2008 by Andy Howell\n\nJan 16 2008 by Andy Howell\n\n"
        "Jan 17 2008 by Andy Howell"
    )
    bylines = copydesk.parse(text).bylines
    assert [b.names for b in bylines] == [("Andy Howell",)] * 4
    assert [b.organization for b in bylines] == ["AP", None, None, None]


def test_credits_kept_as_records_come_back_whole() -> None:
    """The captions step keeps light records of the credits it found, not the models: the
    credits built from them have the text at their span, names, agency and file flag."""
    text = (
        "Storm hits\n\nThe storm hit the coast on Monday.\n\n"
        "FILE PHOTO - Waves hit the pier. (AP Photo/Ann Lee)\n\n"
        "Residents leave on Monday. Photo by John Roe/Reuters\n\n"
        "Jane Doe/Getty Images\n\nThe storm moved on."
    )
    captions = copydesk.parse(text).captions
    credits = [caption.credit for caption in captions]
    assert all(c is not None and c.span.slice(text) == c.text for c in credits)
    assert [(c.names, c.agency, c.file_photo) for c in credits if c is not None] == [
        (("Ann Lee",), "AP", True),
        (("John Roe",), "Reuters", False),
        (("Jane Doe",), "Getty Images", False),
    ]


def test_a_paragraph_read_in_part_for_one_pronoun_is_read_whole_for_the_next() -> None:
    """The spans read for a pronoun are remembered by span: the next paragraph's pronoun
    reads the whole paragraph above, with the name printed after the first pronoun."""
    text = 'Storm hits\n\n"Yes," he said. John Roe agreed.\n\n"No," he said.'
    speakers = [quote.speaker and quote.speaker.name for quote in copydesk.parse(text).quotes]
    assert speakers == [None, "John Roe"]


@pytest.mark.parametrize(
    "text",
    [
        "Reporting by Jane Doe; Editing by John Roe",
        "(Reporting by Jane Doe in Paris,Editing by John Roe)",
        "The book was co-written by Jane Doe and re-edited by John Roe.",
        "City Herald with files from Jane Doe",
        "x-reporting by Jane Doe; writing by John Roe",
    ],
)
def test_trailer_leads_are_those_of_the_lookbehind_pattern(text: str) -> None:
    """The leads found without a lookbehind are those the lookbehind pattern finds."""
    from copydesk.steps.bylines.trailers import trailer_leads
    from copydesk.steps.bylines.words import BylineWords

    words = BylineWords.build(Lexicon.default())
    alternation = words.trailer.pattern.removeprefix(r"(?i)\b")
    lookbehind = regex.compile(r"(?i)(?:^|(?<=[(;,]\s*)|(?<=\s))" + alternation)
    found = [(m.start(), m.group()) for m in trailer_leads(words, text, len(text))]
    assert found == [(m.start(), m.group()) for m in lookbehind.finditer(text)]
