"""Whole pages: the article is found amid menus, teasers, comments and footers."""

from __future__ import annotations

import pytest

import copydesk
from copydesk.lexicon import Lexicon
from copydesk.reading.page import looks_like_page
from copydesk.steps import page_state
from copydesk.steps.boilerplate import (
    FEATURES,
    Draft,
    best_region,
    block_features,
    content_regions,
    page_language,
    region_gains,
    scoring_runs,
)
from copydesk.steps.boilerplate.joins import join_closing_sentences, join_end_past_teasers
from copydesk.steps.boilerplate.lines import is_teaser_line
from copydesk.steps.boilerplate.lists import join_repeated_parts
from copydesk.steps.boilerplate.teasers import drop_repeated_edges, drop_teaser_runs
from copydesk.steps.boilerplate.trims import cut_at_end_heading, cut_comment_thread

PROSE_POSITION = ("prose_inside", "prose_none_before", "prose_none_after")
MENU = "\n".join(
    ["Home", "News", "World", "Politics", "Business", "Sport", "Weather", "Opinion", "Video"]
)
ARTICLE = [
    "The city council voted on Tuesday to approve a new budget for the coming year, "
    "after a long debate about the cost of repairing the old bridge over the river.",
    "Members of the council said that the money would be spent on roads, schools and the "
    "library, and that taxes would not rise for most of the residents of the city.",
    "The mayor said in a statement that she was pleased with the vote and that the work on "
    "the bridge would start in the spring, if the weather allows it.",
    "Opponents of the plan said they would ask the state court to look at the decision, "
    "which they called a waste of money at a time when many families are struggling.",
]
FOOTER = "\n".join(
    ["About us", "Contact", "Careers", "Privacy Policy", "Terms of Use", "© 2024 Example Media"]
)


def page(*parts: str) -> str:
    """Join page parts with blank lines, as a scraper's text dump does."""
    return "\n\n".join(parts)


def article_page(**extra: str) -> str:
    """A page: title, menu, headline, byline, the article, then extra parts and a footer."""
    return page(
        "Council approves new budget | The Riverside Courier",
        MENU,
        "Council approves new budget",
        "By Jane Doe, Staff Writer",
        "March 3, 2024 10:15 am",
        *ARTICLE,
        *extra.values(),
        FOOTER,
    )


def test_menus_and_footer_are_dropped() -> None:
    """Only the article's paragraphs stay in the body; the rest is chrome."""
    article = copydesk.parse(article_page())
    assert [p.text for p in article.paragraphs] == ARTICLE
    kinds = {c.kind for c in article.chrome}
    assert "navigation" in kinds
    assert "legal" in kinds


def test_headline_and_site_come_from_the_title_line() -> None:
    """The headline is the repeat above the byline; the title's other part names the site."""
    article = copydesk.parse(article_page())
    assert article.headline is not None
    assert article.headline.text == "Council approves new budget"
    assert article.site is not None
    assert article.site.name == "The Riverside Courier"
    assert ("Council approves new budget | The Riverside Courier", "title") in [
        (c.text, c.kind) for c in article.chrome
    ]


def test_teasers_after_the_article_are_related() -> None:
    """A list of other stories' headlines under the article is dropped as related."""
    teasers = "\n".join(
        [
            "More stories",
            "Storm closes schools across the county",
            "Police search for missing hiker near the lake",
            "Local team wins the regional final",
            "New cafe opens on Main Street",
        ]
    )
    article = copydesk.parse(article_page(teasers=teasers))
    assert [p.text for p in article.paragraphs] == ARTICLE
    assert ("More stories", "related") in [(c.text, c.kind) for c in article.chrome]


def test_comments_after_the_article_are_dropped() -> None:
    """Reader comments below the article are chrome of kind comments, not body."""
    comments = page(
        "12 Comments",
        "Posted by riverfan at 9:12 pm",
        "This is a waste of money and the bridge has been fine for years.",
        "Reply",
        "Posted by oldtimer at 9:40 pm",
        "Finally some good news for the library.",
        "Reply",
    )
    article = copydesk.parse(article_page(comments=comments))
    assert [p.text for p in article.paragraphs] == ARTICLE
    assert "comments" in {c.kind for c in article.chrome}


def test_share_row_inside_the_page_is_dropped() -> None:
    """Share buttons between the byline and the article are chrome."""
    share = "Share this:\nClick to share on Facebook (Opens in new window)\nTweet"
    text = page(
        "Council approves new budget | The Riverside Courier",
        MENU,
        "Council approves new budget",
        share,
        *ARTICLE,
        FOOTER,
    )
    article = copydesk.parse(text)
    assert [p.text for p in article.paragraphs] == ARTICLE
    assert {"share"} <= {c.kind for c in article.chrome}


def test_headline_without_a_title_repeat_is_the_line_above_the_byline() -> None:
    """With no title repeat, the nearest headline-shaped line above, past byline and date."""
    text = page(
        "The Riverside Courier",
        MENU,
        "Bridge repairs to start in the spring",
        "By Jane Doe",
        "March 3, 2024",
        *ARTICLE,
        FOOTER,
    )
    article = copydesk.parse(text)
    assert article.headline is not None
    assert article.headline.text == "Bridge repairs to start in the spring"


def test_title_line_alone_gives_the_headline_and_the_site() -> None:
    """When no line repeats the title, its headline part is split off the site part."""
    text = page(
        "Bridge repairs to start in the spring - The Riverside Courier",
        MENU,
        *ARTICLE,
        FOOTER,
        MENU,  # a page of realistic size (see looks_like_page): the menu again at the foot
    )
    article = copydesk.parse(text)
    assert article.headline is not None
    assert article.headline.text == "Bridge repairs to start in the spring"
    assert article.site is not None
    assert article.site.name == "The Riverside Courier"
    assert "".join(piece for _, piece in article.segments()) == text


def test_a_dateline_line_above_the_article_stays() -> None:
    """A dateline on its own line just above the article is not dropped with the menu."""
    text = page(
        "Council approves new budget | The Riverside Courier",
        MENU,
        "Council approves new budget",
        "By Jane Doe",
        "RIVERSIDE, Calif. --",
        *ARTICLE,
        FOOTER,
    )
    article = copydesk.parse(text)
    assert "RIVERSIDE, Calif. --" not in [c.text for c in article.chrome]
    assert article.body.endswith(ARTICLE[-1])


def test_every_part_keeps_its_span() -> None:
    """Dropped blocks keep exact spans: the parts rebuild the page."""
    text = article_page()
    article = copydesk.parse(text)
    assert "".join(piece for _, piece in article.segments()) == text
    for part in article.chrome:
        assert part.span.slice(text) == part.text


def test_a_tidy_article_is_not_a_page() -> None:
    """A headline and paragraphs are left alone."""
    text = page("Council approves new budget", *ARTICLE)
    assert not looks_like_page(page_state(text))
    article = copydesk.parse(text)
    assert [p.text for p in article.paragraphs] == ARTICLE
    assert article.chrome == ()


def test_a_short_table_of_figures_is_not_a_page() -> None:
    """An earnings report's rows are short lines, but the text is no page."""
    rows = ["Shr 16 cts vs 13 cts", "Net 1.2 mln vs 900,000", "Revs 12 mln vs 10 mln"]
    text = page("ACME CORP RAISES DIVIDEND", "CHICAGO, March 2 -", *rows, "Pay April 15", "Reuter")
    assert not looks_like_page(page_state(text))
    paragraphs = [p.text for p in copydesk.parse(text).paragraphs]
    assert all(row in paragraphs for row in rows)


def test_menu_rows_make_a_page() -> None:
    """Two menus printed on one line each (``Home | News | Sport``) make a text a page."""
    rows = ["HOME • CLASSIFIEDS • EVENTS • MEDIA KIT • HELP", "About | Privacy | Terms | Contact"]
    article = ARTICLE * 3
    one_row = page(rows[0], "Council approves new budget", *article)
    assert not looks_like_page(page_state(one_row))
    text = page(rows[0], "Council approves new budget", *article, rows[1])
    assert looks_like_page(page_state(text))
    assert [p.text for p in copydesk.parse(text).paragraphs] == article


def test_a_german_page() -> None:
    """Stopwords of the page's language are used: a German article is found too."""
    paragraphs = [
        "Der Stadtrat hat am Dienstag einen neuen Haushalt beschlossen, nachdem lange über "
        "die Kosten für die Reparatur der alten Brücke über den Fluss gestritten wurde.",
        "Die Mitglieder des Rates sagten, dass das Geld für Straßen, Schulen und die "
        "Bibliothek ausgegeben werde und die Steuern für die meisten Bürger nicht steigen.",
        "Die Bürgermeisterin sagte, sie sei mit der Abstimmung zufrieden, und die Arbeiten an "
        "der Brücke würden im Frühjahr beginnen, wenn das Wetter es erlaubt.",
    ]
    menu = "Startseite\nPolitik\nWirtschaft\nSport\nKultur\nWetter"
    footer = "Impressum\nDatenschutz\nKontakt\n© 2024 Beispiel Verlag"
    text = page("Stadtrat beschließt Haushalt | Kurier", menu, "Stadtrat beschließt Haushalt")
    text = page(text, *paragraphs, footer)
    article = copydesk.parse(text)
    assert [p.text for p in article.paragraphs] == paragraphs
    assert article.headline is not None
    assert article.headline.text == "Stadtrat beschließt Haushalt"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le conseil a voté le budget et les impôts ne vont pas augmenter pour la ville.", "fr"),
        ("Городской совет утвердил бюджет, и это не вызвало споров в городе.", "ru"),
        ("El consejo aprobó el presupuesto y los impuestos no van a subir para la ciudad.", "es"),
        ("東京で新しい橋が開通した。", None),
    ],
)
def test_page_language(text: str, language: str | None) -> None:
    """The language is the stopword list with the most hits (none for Japanese)."""
    assert page_language(text, Lexicon.default()) == language


def test_added_stopwords_are_used() -> None:
    """A language added to the lexicon is recognised."""
    lexicon = Lexicon.default()
    lexicon.add_stopwords("xx", ["zork", "blip"])
    assert page_language("zork blip zork blip mango", lexicon) == "xx"


def test_best_region_is_the_largest_positive_run() -> None:
    """The region is the contiguous run with the largest sum of gains."""
    assert best_region([-1.0, 3.0, -1.0, 2.0, -5.0, 4.0]) == (1, 3)
    assert best_region([]) is None


def test_features_have_one_vector_per_block() -> None:
    """Every block gets a feature vector of the declared length."""
    state = page_state(article_page())
    vectors = block_features(state)
    assert len(vectors) == len(state.blocks)
    assert {len(vector) for vector in vectors} == {len(FEATURES)}


def test_the_step_can_be_disabled() -> None:
    """Without the boilerplate step a page's menus stay in the body."""
    parser = copydesk.Parser().disable("boilerplate")
    article = parser.parse(article_page())
    assert "Politics\nBusiness" not in article.body
    assert any(p.text == "Politics" for p in article.paragraphs)


@pytest.mark.parametrize("text", ["", " \n\n ", "Home", "a\n" * 40, "|\n" * 30 + "x"])
def test_odd_inputs_do_not_crash(text: str) -> None:
    """Empty, blank and symbol-only texts parse."""
    article = copydesk.parse(text)
    assert "".join(piece for _, piece in article.segments()) == text


def test_leaked_html_is_cut_at_its_tags() -> None:
    """A page that arrived as raw HTML on one line: tags are markup chrome, text is judged."""
    tags = "<div class='nav'><a href='/'>Home</a> <a href='/news'>News</a></div>"
    body = "".join(f"<p>{paragraph}</p>" for paragraph in ARTICLE)
    text = f"<html><head><title>Budget</title></head><body>{tags * 3}{body}</body></html>"
    article = copydesk.parse(text)
    assert [p.text for p in article.paragraphs] == ARTICLE
    assert "markup" in {c.kind for c in article.chrome}
    assert "".join(piece for _, piece in article.segments()) == text


def test_a_prose_comment_thread_without_a_comments_line_is_dropped() -> None:
    """Comments written like prose end the article at their dated headers ("X on ... said:")."""
    thread = page(
        "riverfan on March 3, 2024 at 9:12 pm said:",
        "I think the council has made a sensible choice this time, and the bridge has needed "
        "the work for years, so the vote is good news for all of the people who use it.",
        "oldtimer on March 4, 2024 at 8:40 am said:",
        "The library should have had the money first, in my view, because the children of "
        "the city have waited for a new reading room for a very long time now.",
    )
    article = copydesk.parse(article_page(thread=thread))
    assert [p.text for p in article.paragraphs] == ARTICLE
    assert ("riverfan on March 3, 2024 at 9:12 pm said:", "comments") in [
        (c.text, c.kind) for c in article.chrome
    ]


def test_a_comment_header_over_its_date_line_opens_a_thread() -> None:
    """A poster's name over the comment's date stamp (``jdoe says:`` / the date) is a
    comment header too: the draft ends before the first of them."""
    text = page(
        *ARTICLE,
        "riverfan says:",
        "March 3, 2024 at 9:12 pm",
        "The bridge has needed the work for years, so the vote is good news for everyone.",
        "oldtimer says:",
        "March 4, 2024 at 8:40 am",
        "The library should have had the money first, in my view, and I am not alone.",
    )
    state = page_state(text)
    draft = Draft(state, scores=[1.0] * len(state.blocks), keep=[True] * len(state.blocks))
    cut_comment_thread(draft)
    kept = [
        state.block_text(block)
        for block, flag in zip(state.blocks, draft.keep, strict=True)
        if flag
    ]
    assert kept == ARTICLE
    assert draft.thread == (len(ARTICLE), len(state.blocks) - 1)


def test_a_says_line_without_a_date_under_it_is_no_comment_header() -> None:
    """A short ``... says:`` lead-in followed by prose, not by a date stamp, stays."""
    lead_in = "Here is what the mayor says:"
    text = page(*ARTICLE[:2], lead_in, ARTICLE[2], lead_in, ARTICLE[3])
    state = page_state(text)
    draft = Draft(state, scores=[1.0] * len(state.blocks), keep=[True] * len(state.blocks))
    cut_comment_thread(draft)
    assert all(draft.keep)
    assert draft.thread is None


@pytest.mark.parametrize(
    "heading", ["More articles from Jane Doe", "Leave a Reply", "Top Stories", "More in Sport"]
)
def test_a_heading_dropped_inside_the_region_still_ends_the_article(heading: str) -> None:
    """A box's heading that scored too low to stay inside the region ends the article all
    the same: what follows it (a bio, a comment form, other stories) goes."""
    box = "The new harbour walk opens on Friday, and the mayor will cut the ribbon at noon."
    text = page(*ARTICLE, heading, box)
    state = page_state(text)
    keep = [True] * len(state.blocks)
    keep[len(ARTICLE)] = False
    draft = Draft(state, scores=[1.0] * len(state.blocks), keep=keep)
    cut_at_end_heading(draft)
    kept = [
        state.block_text(block)
        for block, flag in zip(state.blocks, draft.keep, strict=True)
        if flag
    ]
    assert kept == ARTICLE


@pytest.mark.parametrize("subhead", ["More details", "More Information", "More in store"])
def test_a_more_subhead_inside_the_article_stays(subhead: str) -> None:
    """A subhead that opens with ``More`` but names no section is the article's own."""
    text = page(*ARTICLE[:2], subhead, *ARTICLE[2:])
    state = page_state(text)
    draft = Draft(state, scores=[1.0] * len(state.blocks), keep=[True] * len(state.blocks))
    cut_at_end_heading(draft)
    assert all(draft.keep)


def test_a_single_said_line_inside_the_article_stays() -> None:
    """One dated "... said:" line is not a comment thread: the article keeps it."""
    quote_line = "The mayor on March 3, 2024 said:"
    text = page(
        "Council approves new budget | The Riverside Courier",
        MENU,
        "Council approves new budget",
        "By Jane Doe, Staff Writer",
        *ARTICLE[:2],
        quote_line,
        *ARTICLE[2:],
        FOOTER,
    )
    article = copydesk.parse(text)
    assert [p.text for p in article.paragraphs] == [*ARTICLE[:2], quote_line, *ARTICLE[2:]]


def test_the_title_repeat_nearest_the_article_wins() -> None:
    """Of two blocks repeating the title's headline part, the one above the article wins."""
    text = page(
        "Courier - Council approves new budget - Local News",
        "Council approves new budget - Local News",
        MENU,
        "Council approves new budget",
        "By Jane Doe",
        *ARTICLE,
        FOOTER,
    )
    article = copydesk.parse(text)
    assert article.headline is not None
    assert article.headline.text == "Council approves new budget"
    assert article.headline.span.start == text.index("Council approves new budget\n\nBy")


def test_a_section_name_first_is_no_page_title() -> None:
    """A one-word first line ("Sport") repeated in the menu is no title: the line above wins."""
    text = page(
        "Sport",
        *MENU.upper().split("\n"),
        "SCIENCE",
        "HEALTH",
        "Bridge repairs to start in the spring",
        "By Jane Doe",
        *ARTICLE,
        "Share this:",
        "Click to share on Facebook (Opens in new window)",
        *FOOTER.split("\n"),
    )
    article = copydesk.parse(text)
    assert article.headline is not None
    assert article.headline.text == "Bridge repairs to start in the spring"


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("Council approves new budget_English_Courier", "Courier"),
        ("Council approves new budget- News-The Courier", "News-The Courier"),
        ("Courier > News > Council approves new budget", "Courier"),
    ],
)
def test_title_parts_split_at_glued_separators(title: str, site: str) -> None:
    """Underscores, glued dashes and breadcrumb arrows separate a title's parts; the site's
    name is the part at the title's far end from the headline (``News`` is a section)."""
    text = page(title, MENU, "Council approves new budget", "By Jane Doe", *ARTICLE, FOOTER)
    article = copydesk.parse(text)
    assert article.headline is not None
    assert article.headline.text == "Council approves new budget"
    assert article.site is not None
    assert article.site.name.casefold() == site.casefold()


def test_a_style_sheet_line_is_never_the_headline() -> None:
    """A leaked ``@import`` or script line repeating nothing is not taken for a headline."""
    text = page(
        "Council approves new budget | The Riverside Courier",
        MENU,
        '@import "/css/screen/news.css";',
        "By Jane Doe",
        *ARTICLE,
        FOOTER,
    )
    article = copydesk.parse(text)
    assert article.headline is None or "@import" not in article.headline.text


def test_a_headline_glued_to_its_date_line_is_split_off() -> None:
    """A block holding the title's headline part and a stamp line gives up the headline."""
    text = page(
        "Council approves new budget - Local - The Riverside Courier",
        MENU,
        "Council approves new budget\nMarch 3, 2024, 10:15 am",
        "By Jane Doe",
        *ARTICLE,
        FOOTER,
    )
    article = copydesk.parse(text)
    assert article.headline is not None
    assert article.headline.text == "Council approves new budget"
    assert article.headline.span.start == text.index("Council approves new budget\nMarch")


def test_a_tidy_text_title_with_a_glued_site_part() -> None:
    """``Head_Site`` on the first line and ``Head`` opening the next block: the latter wins."""
    text = page(
        "Council approves new budget_English_Courier",
        "Council approves new budget\nwww.courier.example 2024-03-03 10:15:00 Print",
        *ARTICLE,
    )
    article = copydesk.parse(text)
    assert article.headline is not None
    assert article.headline.text == "Council approves new budget"
    assert article.headline.span.start > 0
    assert article.site is not None
    assert article.site.name.casefold() == "courier"  # "English" is the edition


def test_teasers_under_a_related_header_are_not_the_headline() -> None:
    """Lines between a "Related Articles" header and the article are its box's teasers."""
    text = page(
        "The Riverside Courier",
        MENU,
        "Bridge repairs to start in the spring",
        "March 3, 2024, 10:15",
        "Related Articles",
        "Mayor defends the cost of the new library",
        "River levels fall after a dry winter",
        *ARTICLE,
        FOOTER,
    )
    article = copydesk.parse(text)
    assert article.headline is not None
    assert article.headline.text == "Bridge repairs to start in the spring"


def test_a_feed_link_is_not_the_headline() -> None:
    """Link wording such as "Get Local News Feeds" above the byline is skipped."""
    text = page(
        "The Riverside Courier",
        MENU,
        "Bridge repairs to start in the spring",
        "Get Local News Feeds",
        "By Jane Doe",
        *ARTICLE,
        FOOTER,
    )
    article = copydesk.parse(text)
    assert article.headline is not None
    assert article.headline.text == "Bridge repairs to start in the spring"


def test_an_about_the_author_box_ends_the_article() -> None:
    """A bio under an "About the author" heading is not article text, however prose-like."""
    bio = page(
        "About the author",
        "Jane Doe has covered the city council for the Courier since 2015, and before that "
        "she wrote about schools and the courts for a weekly paper in the north of the state.",
    )
    article = copydesk.parse(article_page(bio=bio))
    assert [p.text for p in article.paragraphs] == ARTICLE
    assert "About the author" in [c.text for c in article.chrome]


def test_an_end_heading_at_the_top_of_the_article_cuts_nothing() -> None:
    """A "Related stories" line before any article text does not end the article."""
    text = page(
        "Council approves new budget | The Riverside Courier",
        MENU,
        "Council approves new budget",
        "Related stories",
        *ARTICLE,
        FOOTER,
    )
    article = copydesk.parse(text)
    assert [p.text for p in article.paragraphs][-len(ARTICLE) :] == ARTICLE


TEASERS = [
    "Mayor opens the new harbour walk after two years of work",
    "Police close the main road for the spring cycle race",
    "Local bakery wins a national prize for its rye bread",
]


def test_a_teaser_list_inside_the_article_is_dropped() -> None:
    """Three headline-shaped lines between the article's paragraphs are a teaser list."""
    text = page(
        "Council approves new budget | The Riverside Courier",
        MENU,
        "Council approves new budget",
        *ARTICLE[:2],
        *TEASERS,
        *ARTICLE[2:],
        FOOTER,
    )
    article = copydesk.parse(text)
    assert [p.text for p in article.paragraphs] == ARTICLE
    assert {c.text for c in article.chrome} >= set(TEASERS)


def _teaser_runs_kept(parts: list[str]) -> list[str]:
    """The lines of *parts* (article blocks, all kept) that drop_teaser_runs keeps."""
    state = page_state(page(*parts))
    draft = Draft(state, scores=[1.0] * len(state.blocks), keep=[True] * len(state.blocks))
    drop_teaser_runs(draft)
    return [
        state.block_text(block)
        for block, flag in zip(state.blocks, draft.keep, strict=True)
        if flag
    ]


ROUND_UP_SPECS = [
    ["Company in focus: Harbour Works", "Chief executive Jane Doe", "Product in focus: Tide Gauge"],
    ["Company in focus: Bridge Labs", "Chief executive John Roe", "Product in focus: Span Monitor"],
]


def test_runs_that_repeat_one_pattern_inside_the_article_stay() -> None:
    """A round-up prints the same spec lines under each of its items: runs between the
    article's paragraphs whose lines open alike are the article's, not teaser lists."""
    parts = [ARTICLE[0], *ROUND_UP_SPECS[0], ARTICLE[1], *ROUND_UP_SPECS[1], *ARTICLE[2:]]
    assert _teaser_runs_kept(parts) == parts


def test_runs_under_the_same_line_inside_the_article_stay() -> None:
    """Table rows under the same header line (``Pros Cons``) after two paragraphs repeat a
    pattern too, though their lines open differently."""
    rows = [
        ["Quick to set up Slow on old phones", "Clear reports Few export options", "Free plan Ads"],
        ["Runs offline Costly for teams", "Good support Steep learning curve", "Open file format"],
    ]
    parts = [ARTICLE[0], "Pros Cons", *rows[0], ARTICLE[1], "Pros Cons", *rows[1], *ARTICLE[2:]]
    kept = _teaser_runs_kept(parts)
    assert kept == parts


def test_two_different_teaser_lists_inside_the_article_go() -> None:
    """Two lists of other stories that share no pattern are both dropped."""
    other = [
        "Harbour festival returns after a long break",
        "School board names its new head teacher",
        "Storm damage closes the coastal road again",
    ]
    parts = [ARTICLE[0], *TEASERS, ARTICLE[1], *other, *ARTICLE[2:]]
    assert _teaser_runs_kept(parts) == ARTICLE


def test_a_table_of_figures_inside_the_article_stays() -> None:
    """Short lines with many figures (a results table) are not teasers."""
    table = ["Riverside 14 11 6 15 - 46", "Hillside 18 22 13 17 - 70", "Lakeside 9 12 20 11 - 52"]
    text = page(
        "Council approves new budget | The Riverside Courier",
        MENU,
        "Council approves new budget",
        *ARTICLE[:2],
        *table,
        *ARTICLE[2:],
        FOOTER,
    )
    article = copydesk.parse(text)
    assert [p.text for p in article.paragraphs] == [*ARTICLE[:2], *table, *ARTICLE[2:]]


@pytest.mark.parametrize(
    ("line", "teaser"),
    [
        ("Mayor opens the new harbour walk after two years of work", True),
        ("The mayor opened the harbour walk on Monday.", False),
        ("Get the new phone for $199 at the store", False),
        ("Riverside 14 11 6 15 - 46", False),
        ("Home", False),
    ],
)
def test_teaser_line_shape(line: str, teaser: bool) -> None:
    """A teaser line has a few words, no sentence end, no price and few figures."""
    assert is_teaser_line(line) is teaser


def test_a_deck_above_the_byline_is_dropped() -> None:
    """A one-sentence summary between the headline and the byline is not article text."""
    deck = "The vote ends a long fight over the cost of the bridge."
    text = page(
        "Council approves new budget | The Riverside Courier",
        MENU,
        "Council approves new budget",
        deck,
        "By Jane Doe",
        "March 3, 2024 10:15 am",
        *ARTICLE,
        FOOTER,
    )
    article = copydesk.parse(text)
    assert [p.text for p in article.paragraphs] == ARTICLE
    assert deck in {c.text for c in article.chrome}


def test_a_lede_without_a_byline_under_it_stays() -> None:
    """A short first paragraph followed by more story, not by a byline, is kept."""
    lede = "The council approved the budget on Tuesday."
    article = copydesk.parse(article_page(lede=lede))
    assert [p.text for p in article.paragraphs][: len(ARTICLE)] == ARTICLE


def test_legal_lines_closing_the_article_are_dropped() -> None:
    """A stamp and a "Terms of Service" line at the article's end are not its text."""
    text = page(
        "Council approves new budget | The Riverside Courier",
        MENU,
        "Council approves new budget",
        *ARTICLE,
        "Published 10:15 AM EST Mar 3, 2024",
        "Terms of Service Privacy Notice",
        FOOTER,
    )
    article = copydesk.parse(text)
    assert [p.text for p in article.paragraphs] == ARTICLE


def test_a_list_under_the_article_joins_it() -> None:
    """Short similar lines right under the article (a results list) are its text."""
    results = [
        "Riverside (Group A): 10 points",
        "Hillside (Group A): 8 points",
        "Lakeside (Group B): 7 points",
        "Parkside (Group B): 5 points",
        "Seaside (Group C): 4 points",
    ]
    text = _with_under(*results)
    article = copydesk.parse(text)
    assert [p.text for p in article.paragraphs] == [*ARTICLE, *results]


def test_a_list_line_without_a_figure_stays_and_a_name_under_the_list_goes() -> None:
    """Lines of the list's shape without figures are no teaser run; the writer's name and
    job under the list are not its lines."""
    results = [
        "Riverside (Group A): Tenth appearance",
        "Hillside (Group A): 8th appearance",
        "Lakeside (Group B): First appearance",
        "Parkside (Group B): Second appearance",
        "Seaside (Group C): Third appearance",
        "Bayside (Group C): 4th appearance",
    ]
    writer = ["Jane Doe", "Courier Sports Writer", "follow"]
    text = _with_under(*results, *writer)
    article = copydesk.parse(text)
    assert [p.text for p in article.paragraphs] == [*ARTICLE, *results]


def test_a_menu_with_separators_under_the_article_stays_out() -> None:
    """Menu lines ending in a bar are no list of the article's."""
    menu = ["News |", "Business |", "Sports |", "Living |", "Jobs |", "Cars |"]
    article = copydesk.parse(article_page(menu="\n\n".join(menu)))
    assert not set(menu) & {p.text for p in article.paragraphs}


def test_a_leaked_ad_tag_inside_the_article_is_markup() -> None:
    """A line of ad HTML between the article's paragraphs is chrome of kind markup."""
    ad = '<a href="http://ads.example.com/click?id=1" target="_blank"><img src="x.gif"></a>'
    text = _with_inside(ad)
    article = copydesk.parse(text)
    assert [p.text for p in article.paragraphs] == ARTICLE
    assert [c.kind for c in article.chrome if c.text == ad] == ["markup"]


def test_a_contact_line_ends_the_article() -> None:
    """The writer's contact line closes the article; the site's blurb after it is dropped."""
    contact = "Jane Doe can be reached at jdoe@example.com or 555-0100."
    blurb = (
        "The Riverside Courier is the oldest newspaper in the county and has served its "
        "readers with local news, sport and opinion since the year it was founded."
    )
    article = copydesk.parse(article_page(contact=contact, blurb=blurb))
    assert [p.text for p in article.paragraphs] == ARTICLE


def test_a_disclaimer_over_the_article_ends_nothing() -> None:
    """A line that closes an article stands near its end: a disclaimer with more of the
    article under it than above it (an affiliate note after the opening) cuts nothing."""
    disclaimer = "Disclaimer: this post holds affiliate links; we may earn a small fee."
    more = [
        "The council will meet again in April to look at the plans for the bridge, and the "
        "public may speak at that meeting for up to three minutes each, the clerk said.",
        "A second vote on the library hours is expected in the summer, after a survey of the "
        "people who use it most, which the council will send out to every household.",
    ]
    text = page(
        "Council approves new budget | The Riverside Courier",
        MENU,
        "Council approves new budget",
        "By Jane Doe, Staff Writer",
        *ARTICLE[:2],
        disclaimer,
        *ARTICLE[2:],
        *more,
        FOOTER,
    )
    paragraphs = [p.text for p in copydesk.parse(text).paragraphs]
    assert [p for p in paragraphs if p != disclaimer] == [*ARTICLE, *more]


def test_end_line_and_markup_tables_extend_per_parser() -> None:
    """add_article_end_line() and add_markup_line() put a pattern first and clear the cache."""
    lexicon = Lexicon.default()
    lexicon.add_article_end_line(r"\bkan kontaktes\b")
    lexicon.add_markup_line(r"^\s*<video\b")
    assert lexicon.article_end_lines[0] == r"\bkan kontaktes\b"
    assert lexicon.markup_lines[0] == r"^\s*<video\b"


def _closing_rule(*below: str, score: float = -1.0) -> list[bool]:
    """Which blocks are kept after the closing-sentence rule, for the article followed by
    *below* (each scoring *score*) and a footer line (scoring far lower)."""
    state = page_state(page(*ARTICLE, *below, "Privacy Policy"))
    count = len(state.blocks)
    scores = [3.0] * len(ARTICLE) + [score] * len(below) + [-6.0]
    keep = [True] * len(ARTICLE) + [False] * (count - len(ARTICLE))
    assert state.lexicon.boilerplate_inside_threshold == -2.0  # the bar the scores are set by
    join_closing_sentences(Draft(state, scores, keep))
    return keep[len(ARTICLE) :]


def test_a_short_closing_paragraph_joins_the_article() -> None:
    """A short last paragraph right under the article, scoring above the inside bar, joins."""
    assert _closing_rule("Nobody was hurt in the fire.") == [True, False]
    assert _closing_rule("Nobody was hurt in the fire.", score=-2.5) == [False, False]


def test_at_most_two_closing_paragraphs_join() -> None:
    """Only the first two sentences under the article may join it."""
    below = [
        "Nobody was hurt in the fire.",
        "The road will open again on Friday.",
        "The police are looking into the cause.",
    ]
    assert _closing_rule(*below) == [True, True, False, False]


def test_a_closing_paragraph_in_quotes_may_speak_to_you() -> None:
    """Second person inside a quotation is the article's, not the site's."""
    assert _closing_rule("“You will see the bridge open in May,” she said.") == [True, False]


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for our newsletter to get the news first.",
        "Stay up to date with the Riverside Courier.",
        "If you buy through one of our links we may earn a commission.",
        "Mayor opens the new harbour walk after two years of work...",
        "Thanks for reading this story!!",
        "Posted on March 3, 2024 at 10:15.",
        "Mayor opens the harbour walk",
        "Thanks, everyone.",
    ],
)
def test_a_site_sentence_under_the_article_stays_out(line: str) -> None:
    """Lines under the article that are the site's (they speak to the reader, trail off,
    shout, carry a date or widget wording, end in no sentence mark, are too short) do not
    join it."""
    assert _closing_rule(line) == [False, False]


def test_a_short_closing_paragraph_on_a_page_joins_past_a_caption() -> None:
    """On a whole page, a photo caption between the article and its short last paragraph
    does not keep that paragraph out."""
    caption = "The old bridge over the river on Monday. (AP Photo/Jane Doe)"
    closing = "Work on the bridge starts in May."
    article = copydesk.parse(article_page(caption=caption, closing=closing))
    assert [p.text for p in article.paragraphs] == [*ARTICLE, closing]
    assert len(article.captions) == 1


@pytest.mark.parametrize(
    "line",
    [
        "Related: Mayor opens the new harbour walk",
        "Read more: Police close the main road for the spring race",
        "SEE MORE: Local bakery wins a national prize",
        "Also on example.com Schools stay closed after the storm",
        "On Courier.com: Five things to know about the new budget",
        "Next story: Police close the main road for the spring race",
    ],
)
def test_a_teaser_lead_line_inside_the_article_is_related(line: str) -> None:
    """``Related: <headline>`` between the article's paragraphs is another story's link."""
    text = _with_inside(line)
    article = copydesk.parse(text)
    assert [p.text for p in article.paragraphs] == ARTICLE
    assert [c.kind for c in article.chrome if c.text == line] == ["related"]


def test_a_paragraph_opening_like_a_lead_but_long_stays() -> None:
    """A long paragraph that opens with ``Related:`` words is prose, not a teaser line."""
    long_line = (
        "Related: the council said the budget covers roads, schools and the library, and "
        "members of the public will be able to comment on the plan at three meetings in "
        "the town hall before the final vote in the summer, the mayor said on Tuesday."
    )
    text = _with_inside(long_line)
    assert long_line in [p.text for p in copydesk.parse(text).paragraphs]


def test_teaser_lead_and_closing_tables_extend_per_parser() -> None:
    """add_teaser_lead() and add_not_closing_line() put a pattern first."""
    lexicon = Lexicon.default()
    lexicon.add_teaser_lead("^læs også:")
    lexicon.add_not_closing_line(r"\bdu\b")
    assert lexicon.teaser_leads[0] == "^læs også:"
    assert lexicon.not_closing_lines[0] == r"\bdu\b"
    parser = copydesk.Parser()
    parser.lexicon.add_teaser_lead("^læs også:")
    line = "Læs også: Borgmesteren åbner havnen"
    text = _with_inside(line)
    assert line not in [p.text for p in parser.parse(text).paragraphs]


_TWEET = "The bridge is finally open and it looks great https://t.co/AbCd1234"
_SIGNATURE = "— Jane Roe (@janeroe) March 3, 2024"


def test_an_embedded_tweet_inside_the_article_stays() -> None:
    """A tweet quoted between the article's paragraphs keeps its text and signature line."""
    text = page(
        "Council approves new budget | The Riverside Courier",
        MENU,
        "Council approves new budget",
        *ARTICLE[:2],
        _TWEET,
        _SIGNATURE,
        *ARTICLE[2:],
        FOOTER,
    )
    paragraphs = [p.text for p in copydesk.parse(text).paragraphs]
    assert paragraphs == [*ARTICLE[:2], _TWEET, _SIGNATURE, *ARTICLE[2:]]


def test_an_embedded_tweet_closing_the_article_stays() -> None:
    """A tweet right under the article's last paragraph is not a date stamp of the footer."""
    paragraphs = [
        p.text for p in copydesk.parse(article_page(tweet=_TWEET, sig=_SIGNATURE)).paragraphs
    ]
    assert paragraphs[-2:] == [_TWEET, _SIGNATURE]
    assert paragraphs[: len(ARTICLE)] == ARTICLE


def test_a_signature_far_under_the_article_is_not_pulled_in() -> None:
    """A signature line several blocks under the article (a sidebar's tweet) stays out."""
    sidebar = ["Most popular", "Weather", "Traffic", "Obituaries"]
    text = article_page(sidebar="\n\n".join(sidebar), tweet=_TWEET, sig=_SIGNATURE)
    assert _SIGNATURE not in [p.text for p in copydesk.parse(text).paragraphs]


def test_embedded_post_signatures_extend_per_parser() -> None:
    """add_embedded_post_signature() puts a pattern first."""
    lexicon = Lexicon.default()
    lexicon.add_embedded_post_signature("^shared on mastodon by ")
    assert lexicon.embedded_post_signatures[0] == "^shared on mastodon by "


_HEADLINE_BOX = "\n".join(
    [
        "Mayor opens the new harbour walk after two years of work",
        "Police close the main road for the spring cycle race",
        "Local bakery wins a national prize for its rye bread",
    ]
)


def _with_under(*lines: str) -> str:
    """A page whose article has *lines* under it, then a share row and the footer."""
    return page(
        "Council approves new budget | The Riverside Courier",
        MENU,
        "Council approves new budget",
        *ARTICLE,
        *lines,
        "Share this article",
        FOOTER,
    )


def _with_inside(*lines: str) -> str:
    """A page whose article has *lines* between its second and third paragraphs."""
    return page(
        "Council approves new budget | The Riverside Courier",
        MENU,
        "Council approves new budget",
        *ARTICLE[:2],
        *lines,
        *ARTICLE[2:],
        FOOTER,
    )


def test_a_block_of_headlines_inside_the_article_is_related() -> None:
    """A teaser box printed as one block of headline lines is dropped as related."""
    article = copydesk.parse(_with_inside(_HEADLINE_BOX))
    assert [p.text for p in article.paragraphs] == ARTICLE
    assert [c.kind for c in article.chrome if c.text == _HEADLINE_BOX] == ["related"]


def test_a_list_the_article_introduces_stays() -> None:
    """The same lines under a lead-in that ends in a colon are the article's own list."""
    lead_in = "The council listed the projects it will pay for first:"
    article = copydesk.parse(_with_inside(lead_in, _HEADLINE_BOX))
    assert _HEADLINE_BOX in [p.text for p in article.paragraphs]


def test_a_hard_wrapped_paragraph_on_a_page_stays() -> None:
    """Lines of a hard-wrapped paragraph end without a full stop but are no headlines."""
    wrapped = (
        "The council said the work on the old bridge would start in May. The\n"
        "bridge has been closed to lorries since the winter. Repairs will cost\n"
        "more than the council first said, the mayor told reporters in St. Paul."
    )
    assert wrapped in [p.text for p in copydesk.parse(_with_inside(wrapped)).paragraphs]


def test_a_wrapped_paragraph_whose_lines_open_with_capitals_stays() -> None:
    """A wrapped line that ends mid-sentence is no headline, however the next line opens."""
    wrapped = (
        "The city council approved a plan to expand the harbor after a long\n"
        "meeting. The city council approved the new budget earlier this month.\n"
        "The city council approved a plan to expand the harbor after a long\n"
        "meeting."
    )
    assert wrapped in [p.text for p in copydesk.parse(_with_inside(wrapped)).paragraphs]


LONG_TEASERS = [
    "Mayor opens the new harbour walk after two years of work",
    "Police close the main road for the spring cycle race",
    "Local bakery wins a national prize for its rye bread",
    "County court rules on the old mill planning dispute",
    "River club plans a summer festival on the green",
]


def test_an_article_part_after_a_long_teaser_list_stays() -> None:
    """One paragraph after five teaser lines inside the article is still the article's."""
    body = ARTICLE * 3
    text = page(
        "Council approves new budget | The Riverside Courier",
        MENU,
        "Council approves new budget",
        *body[:-1],
        *LONG_TEASERS,
        body[-1],
        FOOTER,
    )
    article = copydesk.parse(text)
    assert [p.text for p in article.paragraphs] == body
    assert [c.kind for c in article.chrome if c.text in LONG_TEASERS] == ["related"] * 5


def _past_teasers_rule(*after: str) -> list[bool]:
    """Which blocks are kept after the rule that looks past a teaser list under the region,
    for the article, five teaser lines and *after* (each scoring well), then a footer line."""
    state = page_state(page(*ARTICLE, *LONG_TEASERS, *after, "Privacy Policy"))
    scores = [3.0] * len(ARTICLE) + [-2.5] * len(LONG_TEASERS) + [1.0] * len(after) + [-6.0]
    keep = [True] * len(ARTICLE) + [False] * (len(scores) - len(ARTICLE))
    assert state.lexicon.boilerplate_region_bias == 1.0  # the bias the scores are set by
    join_end_past_teasers(Draft(state, scores, keep))
    return keep[len(ARTICLE) + len(LONG_TEASERS) :]


def test_the_article_end_after_a_teaser_list_joins_it() -> None:
    """Prose under a teaser list, with only chrome under it, is the article's end."""
    assert _past_teasers_rule(ARTICLE[0]) == [True, False]
    assert _past_teasers_rule(ARTICLE[0], ARTICLE[1]) == [True, True, False]


def test_text_going_on_after_a_teaser_list_stays_out() -> None:
    """Prose under a teaser list that more text follows (a summary, a comment) stays out."""
    summary = "The mayor opened the new harbour walk on Monday after two years of work."
    assert _past_teasers_rule(summary, "Police close the main road") == [False, False, False]
    assert _past_teasers_rule("riverfan on March 3, 2024 at 9:12 pm said:", summary) == [
        False,
        False,
        False,
    ]
    assert _past_teasers_rule("Sign up for our newsletter and you will never miss a story.") == [
        False,
        False,
    ]


def test_a_teaser_run_counts_its_lines_dropped_already() -> None:
    """Teaser lines that scored too low to stay still make the kept ones a run."""
    state = page_state(page(*ARTICLE[:2], *LONG_TEASERS, *ARTICLE[2:]))
    keep = [True] * len(state.blocks)
    for inner in range(3, 6):  # the list's three middle lines were dropped already
        keep[inner] = False
    draft = Draft(state, [0.0] * len(keep), keep)
    drop_teaser_runs(draft)
    assert draft.related == set(range(2, 7))
    assert keep == [True, True] + [False] * 5 + [True, True]


def test_a_list_under_a_lead_in_is_no_teaser_run() -> None:
    """Headline-shaped lines under ``... the following:`` are the article's own list."""
    lead_in = "This post will discuss the following:"
    items = ["Why the new bridge is needed", "What the work will cost", "Who will pay for it"]
    text = _with_inside(lead_in, *items)
    assert [p.text for p in copydesk.parse(text).paragraphs] == [
        *ARTICLE[:2],
        lead_in,
        *items,
        *ARTICLE[2:],
    ]


def test_a_lede_above_a_short_list_joins_the_article() -> None:
    """Good prose above the article joins it past a list of short lines (one box)."""
    lede = (
        "When the storm season comes to the coast every family in the county is told to "
        "pack a simple kit, and most of them keep it by the front door until the spring, "
        "because the roads can close within an hour of the first warning from the council."
    )
    kit = ["Bottled water", "A torch", "Spare batteries", "A first aid kit", "Blankets"]
    text = page(
        "Council approves new budget | The Riverside Courier",
        MENU,
        "Council approves new budget",
        "By Jane Doe, Staff Writer",
        lede,
        "Our kit is simple.",
        "\n\n".join(kit),
        *ARTICLE,
        FOOTER,
    )
    paragraphs = [p.text for p in copydesk.parse(text).paragraphs]
    assert paragraphs[0] == lede
    assert paragraphs[-len(ARTICLE) :] == ARTICLE


@pytest.mark.parametrize(
    "contact",
    [
        "Write to Jane Doe at jdoe@example.com",
        "Email Jane Doe at jdoe@example.com or follow her @janedoe.",
        "Jane Doe covers the council for the Courier. Follow her on Twitter.",
        "If you enjoyed this article, we have an offer for you: become a member of the club.",
    ],
)
def test_a_write_to_or_follow_line_ends_the_article(contact: str) -> None:
    """``Write to <name> at <address>``, ``Follow her on Twitter`` and the site's pitch
    (``If you enjoyed this article ...``) close the article."""
    blurb = (
        "Join our forums to keep talking about the news of the county, the weather and more, "
        "and tell us when you have a tip or a correction for the newsroom."
    )
    article = copydesk.parse(article_page(contact=contact, blurb=blurb))
    assert [p.text for p in article.paragraphs] == ARTICLE


@pytest.mark.parametrize(
    "line",
    [
        '@import "/css/screen/section/sport.css";',
        "/** * set up the site's namespace */ site.ads = {};",
        'if(typeof(site) == "object"){ site.showAds(true); }',
        "var adSlot = 'top';",
        "function showBanner() { return false; }",
        "x = document.getElementById('banner');",
    ],
)
def test_a_leaked_script_or_style_line_inside_the_article_is_markup(line: str) -> None:
    """Style-sheet and script lines that leaked between the paragraphs are markup chrome."""
    article = copydesk.parse(_with_inside(line))
    assert [p.text for p in article.paragraphs] == ARTICLE
    assert [c.kind for c in article.chrome if c.text == line] == ["markup"]


@pytest.mark.parametrize("heading", ["Have your say", "Readers' comments:", "Your comments"])
def test_a_comments_heading_ends_the_article(heading: str) -> None:
    """Readers' comments under a comments heading are not article text, however prose-like."""
    comments = [
        "I think the council made a sensible choice this time, and the roads have needed the "
        "work for years, so the money is good news for all of the people who use them.",
        "Jane, Riverside",
        "The schools should have had the money first, in my view, because the children of "
        "the county have waited for new classrooms for a very long time now.",
    ]
    article = copydesk.parse(article_page(heading=heading, comments="\n\n".join(comments)))
    assert [p.text for p in article.paragraphs] == ARTICLE


_TICKER = [
    f"{story} Officials said the work would go on through the summer, and that the cost had "
    "been met by the county and the state."
    for story in (
        "Mayor opens the harbour walk LONDON: The mayor opened the new harbour walk on Monday "
        "after two years of work on the old quay.",
        "Police close the main road LONDON: The police closed the main road for the spring "
        "cycle race, which drew thousands of riders.",
        "Bakery wins a national prize LONDON: A local bakery won a national prize for its rye "
        "bread at a show in the north of the country.",
    )
]


def _repeated_edges_rule(top: list[str], inside: list[str], bottom: list[str]) -> list[bool]:
    """Which blocks stay kept after the repeated-edge rule, for a region holding *inside*
    between the blocks *top* and *bottom* (outside it)."""
    state = page_state(page(*top, *inside, *bottom))
    keep = [False] * len(top) + [True] * len(inside) + [False] * len(bottom)
    assert len(keep) == len(state.blocks)
    drop_repeated_edges(Draft(state, [0.0] * len(keep), keep))
    return keep[len(top) : len(top) + len(inside)]


def test_a_ticker_printed_twice_is_dropped_at_the_article_edge() -> None:
    """Story summaries at the article's edge that the page prints again outside it go."""
    kept = _repeated_edges_rule(["Menu"], [*_TICKER, *ARTICLE], ["Breaking News", *_TICKER])
    assert kept == [False] * len(_TICKER) + [True] * len(ARTICLE)
    kept = _repeated_edges_rule([*_TICKER, "Menu"], [*ARTICLE, *_TICKER[:2]], ["Privacy"])
    assert kept == [True] * len(ARTICLE) + [False, False]


def test_an_article_printed_twice_keeps_both_copies() -> None:
    """Paragraphs repeated inside the article (a page that prints the story twice) stay."""
    assert _repeated_edges_rule(["Menu"], [*ARTICLE, *ARTICLE], ["Privacy"]) == [True] * 8


def test_a_lede_repeated_once_outside_the_article_stays() -> None:
    """One paragraph repeated outside the article (its lede in a teaser box) is no ticker."""
    assert _repeated_edges_rule([ARTICLE[0], "Menu"], ARTICLE, ["Privacy"]) == [True] * 4


def test_a_ticker_printed_twice_on_a_page_is_chrome() -> None:
    """On a whole page, the dropped ticker blocks are chrome of kind ``related``."""
    text = page(
        "Council approves new budget | The Riverside Courier",
        MENU,
        *_TICKER,
        "Council approves new budget",
        *ARTICLE,
        FOOTER,
        MENU,
        "Breaking News",
        *_TICKER,
        FOOTER,
    )
    article = copydesk.parse(text)
    assert [p.text for p in article.paragraphs] == ARTICLE
    assert {c.text for c in article.chrome} >= set(_TICKER)


def test_a_deck_above_a_byline_run_into_its_date_line_is_dropped() -> None:
    """A byline block whose last line is the date stamp marks the deck above it too."""
    deck = "Will the new budget fix the old bridge, and who pays for it?"
    text = page(
        "Council approves new budget | The Riverside Courier",
        MENU,
        "Council approves new budget",
        deck,
        "Jane Doe and John T. Roe Riverside Falls Daily Courier\n"
        "Published 10:02 AM EST Nov 19, 2019",
        *ARTICLE,
        FOOTER,
    )
    article = copydesk.parse(text)
    assert [p.text for p in article.paragraphs][-len(ARTICLE) :] == ARTICLE
    assert deck in {c.text for c in article.chrome}


_RECIPE = [
    "Spiced Pear Jam",
    "Ingredients",
    "8 ripe pears, peeled",
    "1 lemon",
    "Salt and pepper",
    "Instructions",
    "Boil the pears with the lemon juice until thick.",
    "Spoon the jam into warm jars and close them.",
]


def test_a_recipe_card_under_the_article_joins_it() -> None:
    """A recipe printed under a post, title to last step, is the article's text."""
    text = _with_under(*_RECIPE)
    article = copydesk.parse(text)
    assert [p.text for p in article.paragraphs] == [*ARTICLE, *_RECIPE]


def test_a_card_heading_far_under_the_article_opens_no_card() -> None:
    """A heading after more than a few blocks under the article pulls nothing in."""
    far = ["Latest stories", "Mayor opens the harbour walk", "Police close the main road"]
    text = _with_under(*far, *_RECIPE[1:])
    paragraphs = [p.text for p in copydesk.parse(text).paragraphs]
    assert paragraphs == ARTICLE


def test_card_headings_extend_per_parser() -> None:
    """A parser's lexicon takes more card headings."""
    lexicon = Lexicon.default()
    lexicon.add_article_card_heading("^ingredienser$")
    assert lexicon.article_card_headings[0] == "^ingredienser$"


def test_the_tail_of_a_teaser_list_above_the_article_is_dropped() -> None:
    """A teaser line opening the article under three more teaser lines is the list's."""
    state = page_state(page(*LONG_TEASERS, *ARTICLE))
    draft = Draft(state, [0.0] * len(state.blocks), [False] * 4 + [True] * (len(state.blocks) - 4))
    drop_teaser_runs(draft)
    assert draft.related == {4}


def test_a_headline_and_deck_above_the_article_are_no_list() -> None:
    """Two headline-shaped lines above the article (a headline, its deck) drop nothing."""
    state = page_state(page("Menu", *LONG_TEASERS[:2], *ARTICLE))
    keep = [False, False, True] + [True] * len(ARTICLE)
    draft = Draft(state, [0.0] * len(keep), keep)
    drop_teaser_runs(draft)
    assert draft.related == set()
    assert all(draft.keep[2:])


def _round_up(shops: list[str]) -> list[str]:
    """The items of a gadget round-up: name and price, a shop line, a paragraph each."""
    items = []
    for number, shop in enumerate(shops, start=1):
        items += [
            f"Gadget model {number} for ${number * 40}",
            f"See it now: {shop}",
            f"The gadget number {number} was one of the best things we tried this year, and it "
            "costs far less than the ones that came before it, so it is easy to recommend.",
        ]
    return items


def _repeated_parts_rule(items: list[str], inside: int) -> list[bool]:
    """Which item blocks are kept after the repeated-parts rule, when the region holds the
    article and the first *inside* blocks of *items*, a footer line under them."""
    state = page_state(page(*ARTICLE, *items, "Privacy Policy"))
    keep = [True] * (len(ARTICLE) + inside) + [False] * (len(items) - inside + 1)
    join_repeated_parts(Draft(state, [0.0] * len(keep), keep))
    return keep[len(ARTICLE) : len(ARTICLE) + len(items)]


def test_a_round_up_s_items_under_the_region_join_it() -> None:
    """Items printed alike (name, ``See it now: <shop>``, paragraph) go on past the region."""
    items = _round_up(["Amazon", "Apple", "Amazon", "Best Buy", "Amazon"])
    assert _repeated_parts_rule(items, inside=8) == [True] * len(items)


def test_a_share_row_under_every_post_opens_no_parts() -> None:
    """The same line under every item (a share row) is no marker of the article's parts."""
    items = _round_up(["Amazon"] * 5)
    assert _repeated_parts_rule(items, inside=8) == [True] * 8 + [False] * 7


def test_comment_replies_open_no_parts() -> None:
    """Lines with widget wording (``Reply to comment by jdoe``) under comments open no parts."""
    comment = (
        "I think the council made a sensible choice this time, and the roads have needed the "
        "work for years."
    )
    items = [
        line
        for name in ("jdoe", "riverfan", "oldtimer")
        for line in (comment, f"Reply to comment by {name}")
    ]
    assert _repeated_parts_rule(items, inside=5) == [True] * 5 + [False]


def test_a_run_of_short_lines_costs_as_one_block() -> None:
    """Short lines that lean against the article cost, together, as one block of all their
    words: a round-up's item lines between two parts do not outweigh the parts."""
    leanings = [0.5, -0.5, -0.5, -0.5, -0.5, -0.5, -0.5, 0.5]
    words = [36, 4, 4, 4, 4, 4, 4, 36]
    alone = region_gains(leanings, words, length_power=0.5, short_words=0)
    together = region_gains(leanings, words, length_power=0.5, short_words=12)
    assert best_region(alone) == (0, 0)  # each line alone: the run costs 6, a part gains 3
    assert best_region(together) == (0, 7)  # as one block of 24 words it costs about 2.4
    assert sum(together[1:7]) == pytest.approx(-0.5 * 24**0.5)


def test_a_long_block_breaks_a_run_of_short_lines() -> None:
    """Only short blocks join a run: a long block against the article costs on its own."""
    gains = region_gains([-0.5, -0.5, -0.5], [4, 40, 4], length_power=0.5, short_words=12)
    assert gains == [-1.0, -0.5 * 40**0.5, -1.0]


def test_prose_position_features() -> None:
    """A block above all the page's prose, one inside it and one below it are told apart."""
    state = page_state(article_page())
    vectors = block_features(state)
    inside, before, after = (FEATURES.index(name) for name in PROSE_POSITION)
    texts = [state.block_text(block) for block in state.blocks]
    menu = texts.index("Council approves new budget")
    middle = texts.index(ARTICLE[2])
    footer = len(texts) - 1
    assert vectors[menu][before] == 1.0
    assert vectors[menu][after] == 0.0
    assert vectors[middle][inside] > 0.5
    assert vectors[middle][before] == 0.0
    assert vectors[footer][after] == 1.0
    assert vectors[footer][inside] == 0.0


# --- several content regions (feat/pages-8) ---------------------------------------------

NOTICES = [
    [
        "Our garden club met on Saturday to plant the new beds by the library, and twenty "
        "members came along with spades and seedlings for the spring.",
        "The beds will hold herbs and vegetables that anyone in the town may pick, and the "
        "school will look after them during the summer holidays.",
    ],
    [
        "The choir will sing at the harbour on Sunday evening, and the money raised at the "
        "door will go to the lifeboat station and its new engine.",
        "Tickets cost five pounds at the library, and children under twelve come in for free "
        "if an adult who has a ticket brings them along.",
    ],
]
# A long run of one-word links between two notices: no region crosses it.
LINKS = "\n".join(
    [
        "Share",
        "Tweet",
        "Email",
        "Print",
        "Login",
        "Register",
        "Newsletter",
        "Events",
        "Clubs",
        "Schools",
        "Shops",
        "Parking",
        "Bins",
        "Libraries",
        "Parks",
        "Roads",
        "Housing",
        "Council",
        "Jobs",
        "Planning",
        "Licences",
        "Elections",
        "Tax",
    ]
)


def test_scoring_runs_are_the_best_run_then_the_best_beside_it() -> None:
    assert scoring_runs([3.0, -5.0, 2.0, -1.0, 2.0, -5.0]) == [(0, 0, 3.0), (2, 4, 3.0)]
    assert scoring_runs([-1.0, -2.0]) == []
    # a run that a later gain outweighs is merged into one
    assert scoring_runs([2.0, -1.0, 3.0]) == [(0, 2, 4.0)]


def test_content_regions_keep_a_region_of_half_the_best_weight_or_more() -> None:
    gains = [4.0, -6.0, 2.0, -6.0, 1.5]
    assert content_regions(gains, 0.5) == [(0, 0), (2, 2)]
    assert content_regions(gains, 0.25) == [(0, 0), (2, 2), (4, 4)]
    assert content_regions(gains, 0.0) == [(0, 0)]
    assert content_regions([-1.0], 0.5) == []


def notices_page(*parts: str) -> str:
    return page("Town notices | The Parish Board", *parts, FOOTER)


def test_a_page_of_several_items_keeps_each_one() -> None:
    text = notices_page(MENU, "Town notices", *NOTICES[0], LINKS, *NOTICES[1])
    kept = [paragraph.text for paragraph in copydesk.parse(text).paragraphs]
    assert kept == [*NOTICES[0], *NOTICES[1]]
    one_region = copydesk.Parser()
    one_region.lexicon.boilerplate_extra_region_share = 0.0
    assert [paragraph.text for paragraph in one_region.parse(text).paragraphs] == NOTICES[0]


def test_a_box_the_page_prints_twice_is_no_second_region() -> None:
    text = notices_page(*NOTICES[1], MENU, "Town notices", *NOTICES[0], LINKS, *NOTICES[1])
    kept = [paragraph.text for paragraph in copydesk.parse(text).paragraphs]
    assert kept == NOTICES[0]
