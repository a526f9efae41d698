"""Properties of whole-page parsing: known chrome around an article never changes its body."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import copydesk

SUBJECTS = ["The council", "The mayor", "Officials", "The company", "Residents", "The court"]
VERBS = ["said", "announced", "argued", "warned", "confirmed", "explained"]
CLAUSES = [
    "that the new budget would be approved before the end of the year",
    "that the old bridge over the river had to be repaired as soon as possible",
    "that the plan was a waste of money at a time when many families are struggling",
    "that the work would start in the spring if the weather allows it",
    "that the school would stay open for the children of the town",
    "that the report had found no evidence of any wrongdoing by the staff",
]

TOP_CHROME = [
    "Skip to content",
    "Home\nNews\nWorld\nPolitics\nBusiness\nSport\nWeather",
    "Menu",
    "Search",
    "Sign In",
    "Subscribe",
    "Share this:\nClick to share on Facebook (Opens in new window)\nTweet",
]
BOTTOM_CHROME = [
    "Share this:\nClick to share on Twitter (Opens in new window)",
    "Related",
    "Leave a Comment",
    "About us\nContact\nCareers\nAdvertise with us",
    "Privacy Policy\nTerms of Use",
    "© 2024 Example Media. All rights reserved.",
    "Back to top",
]

sentences = st.builds(
    lambda subject, verb, clause: f"{subject} {verb} {clause}.",
    st.sampled_from(SUBJECTS),
    st.sampled_from(VERBS),
    st.sampled_from(CLAUSES),
)
paragraphs = st.lists(sentences, min_size=2, max_size=3).map(" ".join)
articles = st.lists(paragraphs, min_size=3, max_size=6)
# The page classifier only reads texts of page size (15 blocks or more, not counting lines a
# chrome rule matched); shorter texts are tidy articles whatever chrome surrounds them.
page_sized_articles = st.lists(paragraphs, min_size=12, max_size=16)


def _page(headline: str, body: list[str], top: list[str], bottom: list[str]) -> str:
    return "\n\n".join([*top, headline, *body, *bottom])


@given(
    page_sized_articles,
    st.lists(st.sampled_from(TOP_CHROME), min_size=1, max_size=4, unique=True),
    st.lists(st.sampled_from(BOTTOM_CHROME), min_size=1, max_size=5, unique=True),
)
def test_chrome_around_an_article_leaves_its_body(
    body: list[str], top: list[str], bottom: list[str]
) -> None:
    """Menus above and footers below an article don't change its paragraphs."""
    headline = "Council approves the new budget"
    tidy = copydesk.parse(_page(headline, body, [], []))
    text = _page(headline, body, top, bottom)
    article = copydesk.parse(text)
    assert [p.text for p in tidy.paragraphs] == body
    assert [p.text for p in article.paragraphs] == body
    assert "".join(piece for _, piece in article.segments()) == text


@given(articles, st.lists(st.sampled_from(BOTTOM_CHROME), min_size=1, max_size=5, unique=True))
def test_the_headline_survives_page_furniture(body: list[str], bottom: list[str]) -> None:
    """A title line and a menu above the headline leave the headline found."""
    headline = "Council approves the new budget"
    top = [f"{headline} | The Riverside Courier", TOP_CHROME[1]]
    article = copydesk.parse(_page(headline, body, top, bottom))
    assert article.headline is not None
    assert article.headline.text == headline
    assert article.site is not None
    assert article.site.name == "The Riverside Courier"


NAMES = ["riverfan", "oldtimer", "Jane D.", "Mark", "citywatcher", "Ana (Editor)"]
MONTHS = ["January", "March", "June", "October"]

comment_headers = st.builds(
    lambda name, month, day, verb: f"{name} on {month} {day}, 2024 at 9:{day:02d} pm {verb}:",
    st.sampled_from(NAMES),
    st.sampled_from(MONTHS),
    st.integers(min_value=1, max_value=28),
    st.sampled_from(["said", "says", "wrote"]),
)
comments = st.tuples(comment_headers, paragraphs).map("\n\n".join)


@given(articles, st.lists(comments, min_size=2, max_size=4))
def test_a_comment_thread_under_a_page_article_is_chrome(
    body: list[str], thread: list[str]
) -> None:
    """Dated comment headers under a page's article end it, however prose-like the comments."""
    headline = "Council approves the new budget"
    top = [f"{headline} | The Riverside Courier", TOP_CHROME[1], "By Jane Doe"]
    text = _page(headline, body, top, [*thread, BOTTOM_CHROME[3]])
    article = copydesk.parse(text)
    assert [p.text for p in article.paragraphs] == body
    headers = [comment.split("\n\n")[0] for comment in thread]
    kinds = {c.text: c.kind for c in article.chrome}
    assert all(kinds.get(header) == "comments" for header in headers)
    assert "".join(piece for _, piece in article.segments()) == text


TEASER_SUBJECTS = ["Mayor", "Police", "Local bakery", "County court", "River club", "Schools"]
TEASER_PREDICATES = [
    "opens the new harbour walk after two years of work",
    "close the main road for the spring cycle race",
    "wins a national prize for its rye bread",
    "rules on the old mill planning dispute",
    "plans a summer festival on the green",
    "face a long wait for the new classrooms",
]
teaser_lines = st.builds(
    lambda subject, predicate: f"{subject} {predicate}",
    st.sampled_from(TEASER_SUBJECTS),
    st.sampled_from(TEASER_PREDICATES),
)


@given(
    page_sized_articles,
    st.lists(teaser_lines, min_size=3, max_size=8, unique=True),
    st.integers(min_value=2, max_value=10),
)
def test_a_teaser_list_inside_a_page_article_is_dropped(
    body: list[str], teasers: list[str], at: int
) -> None:
    """A list of three to eight headline-shaped teaser lines between a page article's
    paragraphs is chrome, and the article's paragraphs after it stay."""
    headline = "Council approves the new budget"
    top = [f"{headline} | The Riverside Courier", TOP_CHROME[1]]
    text = _page(headline, [*body[:at], *teasers, *body[at:]], top, BOTTOM_CHROME[3:5])
    article = copydesk.parse(text)
    assert [p.text for p in article.paragraphs] == body
    assert set(teasers) <= {c.text for c in article.chrome}
    assert "".join(piece for _, piece in article.segments()) == text


TEASER_LEAD_WORDS = [
    "Related:",
    "Read more:",
    "SEE MORE:",
    "Also on example.com",
    "On Courier.com:",
]


@given(
    page_sized_articles,
    st.lists(
        st.tuples(st.sampled_from(TEASER_LEAD_WORDS), teaser_lines).map(" ".join),
        min_size=1,
        max_size=3,
        unique=True,
    ),
    st.integers(min_value=1, max_value=10),
)
def test_links_to_other_stories_inside_a_page_article_are_related(
    body: list[str], links: list[str], at: int
) -> None:
    """``Related: <headline>`` lines between a page article's paragraphs are related chrome."""
    headline = "Council approves the new budget"
    top = [f"{headline} | The Riverside Courier", TOP_CHROME[1]]
    text = _page(headline, [*body[:at], *links, *body[at:]], top, BOTTOM_CHROME[3:5])
    article = copydesk.parse(text)
    assert [p.text for p in article.paragraphs] == body
    kinds = {c.text: c.kind for c in article.chrome}
    assert all(kinds.get(link) == "related" for link in links)
    assert "".join(piece for _, piece in article.segments()) == text


HANDLES = ["janeroe", "riverfan", "CityCouncil", "courier_news"]
tweets = st.builds(
    lambda sentence, handle, month, day: (
        f"{sentence} https://t.co/AbCd{day:04d}",
        f"— {handle.title()} (@{handle}) {month} {day}, 2024",
    ),
    sentences,
    st.sampled_from(HANDLES),
    st.sampled_from(MONTHS),
    st.integers(min_value=1, max_value=28),
)


@given(page_sized_articles, tweets, st.integers(min_value=2, max_value=12))
def test_an_embedded_tweet_stays_in_a_page_article(
    body: list[str], tweet: tuple[str, str], at: int
) -> None:
    """A tweet quoted in a page's article (or closing it) keeps its text and signature."""
    headline = "Council approves the new budget"
    top = [f"{headline} | The Riverside Courier", TOP_CHROME[1]]
    expected = [*body[:at], *tweet, *body[at:]]
    text = _page(headline, expected, top, BOTTOM_CHROME[3:5])
    assert [p.text for p in copydesk.parse(text).paragraphs] == expected
