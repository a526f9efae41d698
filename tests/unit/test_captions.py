"""Photo captions and their credits."""

from __future__ import annotations

import pytest

import copydesk
from copydesk import Caption, Parser
from copydesk.steps.captions import read_credit

HEADLINE = "Storm batters the coast as thousands flee"
LEDE = (
    "The storm hit the coast on Monday, forcing thousands of residents to leave their "
    "homes, officials said."
)
SECOND = "Power was cut to more than 40,000 homes, and schools stayed closed on Tuesday."
CAPTION = "Residents wade through a flooded street in Miami on Monday."


def article_with(block: str, *, after_lede: bool = False) -> copydesk.Article:
    """An article with *block* right under the headline (or after the lede)."""
    parts = [HEADLINE, LEDE, block, SECOND] if after_lede else [HEADLINE, block, LEDE, SECOND]
    return copydesk.parse("\n\n".join(parts))


def only_caption(block: str, *, after_lede: bool = False) -> Caption:
    """The one caption of such an article."""
    (caption,) = article_with(block, after_lede=after_lede).captions
    return caption


@pytest.mark.parametrize(
    ("credit", "names", "agency", "file_photo"),
    [
        ("File Photo by Al Drago/UPI | License Photo", ("Al Drago",), "UPI", True),
        ("(AP Photo/Jeffrey T. Barnes)", ("Jeffrey T. Barnes",), "AP", False),
        ("(AP Photo/Manuel Balce Ceneta, File)", ("Manuel Balce Ceneta",), "AP", True),
        ("Photo: John Locher, AP", ("John Locher",), "AP", False),
        ("(Photo by Jane Doe/Getty Images)", ("Jane Doe",), "Getty Images", False),
        ("Jane Doe/AFP via Getty Images", ("Jane Doe",), "AFP", False),
        ("REUTERS/Kevin Lamarque/File Photo", ("Kevin Lamarque",), "Reuters", True),
        ("Photograph: Eva Manez/Reuters", ("Eva Manez",), "Reuters", False),
        ("Credit: Getty Images", (), "Getty Images", False),
        ("Image: Getty", (), "Getty Images", False),
        ("(Picture: PA)", (), "PA", False),
        ("Pool via AP", (), "AP", False),
        ("(AFP PHOTO / ADRIAN DENNIS)", ("Adrian Dennis",), "AFP", False),
        ("(UPI Photo/Ann Lee/POOL)", ("Ann Lee",), "UPI", False),
        ("(China Photos/Getty Images)", (), "Getty Images", False),
        ("[EPA]", (), "EPA", False),
        ("(ANN LEE, Sun Media)", ("Ann Lee",), "Sun Media", False),
        ("(Ann Lee/ FOX / March 8, 2007)", ("Ann Lee",), "FOX", False),
        ("(AP Photo/Ann Lee) (Ann Lee - AP)", ("Ann Lee",), "AP", False),
    ],
)
def test_caption_ending_in_credit(
    credit: str, names: tuple[str, ...], agency: str, file_photo: bool
) -> None:
    """A caption ending in each credit form gives the credit's parts."""
    caption = only_caption(f"{CAPTION} {credit}")
    assert caption.text == f"{CAPTION} {credit}"
    assert caption.credit is not None
    assert caption.credit.text == credit
    assert caption.credit.names == names
    assert caption.credit.agency == agency
    assert caption.credit.file_photo is file_photo


def test_file_prefix() -> None:
    """A caption opening 'FILE - ' is a file photo."""
    caption = only_caption(f"FILE - {CAPTION} (AP Photo/Ann Lee)")
    assert caption.credit is not None
    assert caption.credit.file_photo is True


@pytest.mark.parametrize(
    ("line", "names", "agency"),
    [
        ("Ann Lee/Associated Press", ("Ann Lee",), "AP"),
        ("ANN LEE/TORONTO STAR", ("Ann Lee",), "TORONTO STAR"),
        ("Ann Lee | Getty Images", ("Ann Lee",), "Getty Images"),
        ("Getty Images", (), "Getty Images"),
        ("Photo: Ann Lee, AP", ("Ann Lee",), "AP"),
    ],
)
def test_credit_only_line(line: str, names: tuple[str, ...], agency: str) -> None:
    """A credit on its own line is a caption whose text is the credit."""
    caption = only_caption(line)
    assert caption.credit is not None
    assert caption.text == caption.credit.text == line
    assert caption.credit.names == names
    assert caption.credit.agency == agency


def test_caption_in_the_middle_of_the_body() -> None:
    """A caption between body paragraphs leaves the body."""
    article = article_with(f"{CAPTION} (AP Photo/Ann Lee)", after_lede=True)
    assert len(article.captions) == 1
    assert [paragraph.text for paragraph in article.paragraphs] == [LEDE, SECOND]


def test_caption_span_is_exact() -> None:
    """The caption's and the credit's spans slice the source to their text."""
    article = article_with(f"{CAPTION} (AP Photo/Ann Lee)")
    (caption,) = article.captions
    assert caption.credit is not None
    assert caption.span.slice(article.source) == caption.text
    assert caption.credit.span.slice(article.source) == caption.credit.text
    assert caption.span.contains(caption.credit.span)


@pytest.mark.parametrize(
    "block",
    [
        "The report was first published by the AP reported.",
        "Officials said the storm was the worst in decades, the AP reported.",
        "He took a photo by the lake before the storm arrived, his sister said.",
        "News | Sports | Weather | Traffic",
        "Nation/World",
        "Business/Tech",
        "Photos: Sunday's best",
        "© 2008 Guardian News and Media Limited",
        "Jane Doe | Reuters",
        "Planning the trip and/or the return (both/either)",
        "The officer fired twice. (WARNING: Video contains graphic images.)",
        "The bill was sponsored by a first-term member (Rep. Ann Lee, R-NY)",
    ],
)
def test_not_a_caption(block: str) -> None:
    """Sentences that mention an agency, menus and copyright lines are no captions."""
    assert article_with(block, after_lede=True).captions == ()


def test_byline_with_agency_is_not_a_caption() -> None:
    """'By Jane Doe (AP)' stays a byline."""
    article = article_with("By Jane Doe (AP)")
    assert article.captions == ()
    assert article.bylines[0].names == ("Jane Doe",)


def test_read_credit() -> None:
    """read_credit() splits a credit into its parts."""
    assert read_credit("Photo: Getty Images/ Bryan Bedder") == (
        ("Bryan Bedder",),
        "Getty Images",
        False,
    )


def test_added_credit_pattern() -> None:
    """A credit pattern added to the lexicon finds its captions."""
    parser = Parser()
    parser.lexicon.add_credit_pattern(r"(?P<label>Bild:)\s*[^\n]{1,60}")
    article = parser.parse(f"{HEADLINE}\n\n{CAPTION} Bild: Ann Lee/dpa\n\n{LEDE}")
    (caption,) = article.captions
    assert caption.credit is not None
    assert caption.credit.names == ("Ann Lee",)


def test_caption_line_above_credit_line() -> None:
    """A credit line printed right under its caption line (no blank line) joins it."""
    article = copydesk.parse(f"{HEADLINE}\n\n{LEDE}\n\n{CAPTION}\nPhoto: Ann Lee, AP\n\n{SECOND}")
    (caption,) = article.captions
    assert caption.text == f"{CAPTION}\nPhoto: Ann Lee, AP"
    assert caption.credit is not None
    assert caption.credit.text == "Photo: Ann Lee, AP"
    assert [paragraph.text for paragraph in article.paragraphs] == [LEDE, SECOND]


def test_credit_line_after_blank_line_stands_alone() -> None:
    """After a blank line the credit line is a caption on its own; the text above stays."""
    article = copydesk.parse(f"{HEADLINE}\n\n{LEDE}\n\n{CAPTION}\n\nPhoto: Ann Lee, AP\n\n{SECOND}")
    (caption,) = article.captions
    assert caption.text == "Photo: Ann Lee, AP"
