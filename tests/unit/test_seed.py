"""The seed article: what the foundation promises about it."""

from __future__ import annotations

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
    """The body runs from the dateline paragraph to Austin's last line, without the caption."""
    article = copydesk.parse(seed_text)
    assert article.body.startswith("Nov. 2 (UPI)")
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
        assert quote.span.slice(article.source)[1:-1] == quote.text
        assert quote.speaker is not None
        assert quote.speaker.span.slice(article.source) == quote.speaker.mention
