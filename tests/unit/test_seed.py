"""The seed article: what the foundation promises about it."""

from __future__ import annotations

import datetime as dt

import copydesk


def test_site_name_and_tagline(seed_text: str) -> None:
    """The logo and slogan lines name the site."""
    article = copydesk.parse(seed_text)
    assert article.site is not None
    assert article.site.name == "Occasional Digest"
    assert article.site.tagline == "a story for you"


def test_headline(seed_text: str) -> None:
    """The headline is the first headline-shaped line."""
    article = copydesk.parse(seed_text)
    assert article.headline is not None
    assert article.headline.text == "Zelensky wants Ukraine to attack North Korean troops in Russia"


def test_chrome_lines_are_labelled_and_kept(seed_text: str) -> None:
    """The four chrome lines are kept with a kind."""
    article = copydesk.parse(seed_text)
    assert [(c.text, c.kind) for c in article.chrome] == [
        ("Site icon Occasional Digest", "branding"),
        ("Occasional Digest - a story for you", "branding"),
        ("Source link", "source"),
        ("Exit mobile version", "navigation"),
    ]


def test_body_bounds(seed_text: str) -> None:
    """The body runs from the lede to Austin's last line, without dateline and caption."""
    article = copydesk.parse(seed_text)
    assert article.body.startswith("Ukrainian President Volodymyr Zelensky wants")
    assert article.body.endswith("that might change, Austin said.")
    assert "License Photo" not in article.body
    assert len(article.paragraphs) == 12


def test_caption_and_credit(seed_text: str) -> None:
    """The photo caption ends in a UPI file-photo credit."""
    article = copydesk.parse(seed_text)
    (caption,) = article.captions
    assert caption.text.startswith("Ukraine President Volodymyr Zelensky speaks")
    assert caption.credit is not None
    assert caption.credit.text == "File Photo by Al Drago/UPI | License Photo"
    assert caption.credit.names == ("Al Drago",)
    assert caption.credit.file_photo is True
    assert caption.credit.agency == "UPI"


def test_dateline(seed_text: str) -> None:
    """The seed opens with a date-only UPI dateline, resolved against the reference date."""
    article = copydesk.parse(seed_text, reference_date=dt.date(2024, 11, 5))
    dateline = article.dateline
    assert dateline is not None
    assert dateline.text == "Nov. 2 (UPI) —"
    assert dateline.span.slice(seed_text) == dateline.text
    assert (dateline.location, dateline.date_text, dateline.agency) == (None, "Nov. 2", "UPI")
    assert dateline.date == dt.date(2024, 11, 2)


def test_dateline_date_needs_a_reference(seed_text: str) -> None:
    """Without a reference date or a printed year the date stays unresolved."""
    dateline = copydesk.parse(seed_text).dateline
    assert dateline is not None
    assert dateline.date_text == "Nov. 2"
    assert dateline.date is None


def test_no_byline(seed_text: str) -> None:
    """The seed prints no byline; the UPI dateline is not read as one."""
    assert copydesk.parse(seed_text).bylines == ()


def test_quotes_and_speakers(seed_text: str) -> None:
    """Exactly five direct quotes: three by Zelensky, two by Austin, with cues and titles."""
    article = copydesk.parse(seed_text)
    direct = [quote for quote in article.quotes if quote.kind == "direct"]
    assert len(direct) == len(article.quotes) == 5
    assert [quote.text.split()[:3] for quote in direct] == [
        ["Everyone", "is", "just"],
        ["We", "see", "every"],
        ["We", "could", "strike"],
        ["Russia", "intends", "to"],
        ["That", "would", "make"],
    ]
    speakers = [quote.speaker for quote in direct]
    assert all(speaker is not None for speaker in speakers)
    assert [s.name for s in speakers if s] == ["Volodymyr Zelensky"] * 3 + ["Lloyd Austin"] * 2
    assert [s.mention for s in speakers if s] == ["Zelensky"] * 3 + ["Austin"] * 2
    assert [s.title for s in speakers if s] == ["Ukrainian President"] * 3 + [
        "U.S. Secretary of Defense"
    ] * 2
    assert all(quote.cue for quote in direct)
    assert direct[0].cue == "said in a post on Telegram"
    assert direct[3].cue == "said"
    for quote in direct:
        inside = quote.span.slice(article.source)[1:-1]  # the text, and the sentence's comma
        assert inside.startswith(quote.text)
        assert inside[len(quote.text) :] in ("", ",", ".")
        assert quote.speaker is not None
        assert quote.speaker.span.slice(article.source) == quote.speaker.mention
