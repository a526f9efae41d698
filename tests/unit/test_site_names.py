"""The site's name and tagline: read from the page's title and branding lines, whatever
their letters and whatever page furniture stands above them."""

from __future__ import annotations

import pytest

import copydesk

BODY = "The storm hit the coast on Monday and many roads were closed for the day."

_TOP = "\n\n".join(["Menu"] * 19)
_PAGE = (
    f"{_TOP}\n\nSite icon Harbor Ledger\n\nCouncil approves budget plan\n\n"
    f"Harbor Ledger - news that matters\n\n{BODY}"
)


@pytest.mark.parametrize("site", ["Straße Zeitung", "İzmir News"])
def test_site_name_from_a_title_line_with_length_changing_case(site: str) -> None:
    """The site part of ``Site | Headline`` comes back as printed, whatever its letters."""
    text = f"{site} | Storm hits the coast\n\nStorm hits the coast\n\n{BODY}"
    article = copydesk.parse(text)
    assert article.site is not None
    assert article.site.name == site


def test_a_chrome_line_at_the_top_keeps_the_site() -> None:
    """Adding a known chrome line above the page changes neither site nor body."""
    added = "Skip to content\n\n"
    plain, padded = copydesk.parse(_PAGE), copydesk.parse(added + _PAGE)
    assert plain.site is not None
    assert padded.site is not None
    assert (padded.site.name, padded.site.tagline) == (plain.site.name, plain.site.tagline)
    assert [p.text for p in padded.paragraphs] == [p.text for p in plain.paragraphs]


def test_the_tagline_line_below_a_long_menu_is_chrome() -> None:
    """The ``Site - tagline`` line below twenty menu lines is chrome (the page step finds it)."""
    article = copydesk.parse(_PAGE)
    assert [p.text for p in article.paragraphs] == [BODY]
