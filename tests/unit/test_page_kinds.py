"""The page's kind: an article's page is read as one article; a page that is no article (a
forum thread, a shop, a listing) is read with its own weights and keeps more regions."""

from __future__ import annotations

import copydesk
from copydesk import Lexicon
from copydesk.steps import page_state
from copydesk.steps.boilerplate import FEATURES
from copydesk.steps.boilerplate.kinds import (
    ARTICLE,
    OTHER,
    PAGE_KIND_FEATURES,
    page_kind,
    page_kind_features,
    page_kind_score,
)

MENU = "\n".join(["Home", "News", "World", "Politics", "Business", "Sport", "Weather", "Video"])
FOOTER = "\n".join(["About us", "Contact", "Privacy Policy", "Terms of Use", "© 2024 Example"])
STORY = [
    "The city council voted on Tuesday to approve a new budget for the coming year, after a "
    "long debate about the cost of repairing the old bridge over the river.",
    "Members of the council said that the money would be spent on roads, schools and the "
    "library, and that taxes would not rise for most of the residents of the city.",
    "The mayor said in a statement that she was pleased with the vote and that the work on "
    "the bridge would start in the spring, if the weather allows it.",
]
ARTICLE_PAGE = "\n\n".join(
    [
        "Council approves budget | The Courier",
        MENU,
        "Council approves budget",
        "By Jane Doe",
        "Published March 3, 2024",
        *STORY,
        FOOTER,
    ]
)


def shop_page() -> str:
    items = []
    for name, price in (("Blue kettle", "$24.99"), ("Red toaster", "$31.50"), ("Tea cup", "$4")):
        items += [name, price, "Add to cart", "In stock"]
    return "\n\n".join(["Kitchen | Example Shop", MENU, "Kitchen", *items, FOOTER])


def features_of(text: str) -> dict[str, float]:
    return dict(zip(PAGE_KIND_FEATURES, page_kind_features(page_state(text)), strict=True))


def test_a_shop_page_has_prices_and_shop_wording_and_no_prose() -> None:
    shop, article = features_of(shop_page()), features_of(ARTICLE_PAGE)
    assert shop["cue_price"] > 0
    assert shop["cue_product"] > 0
    assert article["cue_price"] == 0
    assert article["cue_product"] == 0
    assert shop["prose_share"] == 0 < article["prose_share"]
    assert article["cue_article"] > 0  # its byline and "Published"


def test_every_feature_has_a_value_and_the_lexicon_cues_are_read() -> None:
    lexicon = Lexicon.default()
    lexicon.page_kind_cues = (("product", r"\bkettle\b"),)
    features = dict(
        zip(PAGE_KIND_FEATURES, page_kind_features(page_state(shop_page(), lexicon)), strict=True)
    )
    assert features["cue_product"] > 0  # the new wording counts
    assert features["cue_price"] == 0  # the table has no price pattern left


def lexicon_reading_every_page_as(kind: str) -> Lexicon:
    """A lexicon whose classifier scores every page 1 (a threshold under it: no article)."""
    lexicon = Lexicon.default()
    lexicon.page_kind_weights = (("bias", 1.0),)
    lexicon.page_kind_threshold = 0.0 if kind == OTHER else 2.0
    return lexicon


def test_the_kind_follows_the_score_and_the_threshold() -> None:
    state = page_state(ARTICLE_PAGE, lexicon_reading_every_page_as(OTHER))
    assert page_kind_score(state) == 1.0
    assert page_kind(state) == OTHER
    assert page_kind(page_state(ARTICLE_PAGE, lexicon_reading_every_page_as(ARTICLE))) == ARTICLE


def test_the_reader_records_the_kind_on_the_state_and_leaves_tidy_text_alone() -> None:
    parser = copydesk.Parser()
    tidy = copydesk.ParseState("A headline\n\n" + STORY[0], parser.lexicon)
    page = copydesk.ParseState(ARTICLE_PAGE, parser.lexicon)
    for state in (tidy, page):
        parser.pipeline.run(state)
    assert tidy.page_kind is None  # no page: the reader does not run
    assert page.page_kind == ARTICLE


def test_a_page_read_as_no_article_uses_its_own_weights() -> None:
    lexicon = lexicon_reading_every_page_as(OTHER)
    # Weights that keep every block: each block scores high whatever its features.
    lexicon.other_page_weights = (("bias", 5.0),)
    lexicon.other_page_context_weights = (("bias", 5.0), ("score", 1.0))
    kept = copydesk.Parser(lexicon=lexicon).parse(ARTICLE_PAGE)
    read_as_article = copydesk.Parser().parse(ARTICLE_PAGE)
    assert "Politics" in kept.body
    assert "Politics" not in read_as_article.body
    assert all(name in FEATURES for name, _ in lexicon.other_page_weights)
