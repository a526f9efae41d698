"""A page of posts (a forum thread) keeps every post; an article keeps out the teasers
printed under the same label as its own headline."""

from __future__ import annotations

import copydesk
from copydesk import Parser

MENU = "\n".join(["Home", "Forums", "Members", "Search", "Help", "Rules", "Sign in", "Register"])
POSTS = [
    (
        "stargazer_ann",
        [
            "I am new to astronomy and would like some advice on choosing my first telescope, "
            "something easy to set up that still shows the planets and a few bright galaxies.",
            "My budget is around four hundred and I live in a town with a fair amount of light "
            "pollution, so I am not sure whether a reflector or a refractor would suit me.",
        ],
    ),
    (
        "old_lens",
        [
            "A small dobsonian is the usual answer, and for good reason: it is cheap for its "
            "aperture, it takes a minute to set up, and there is nothing on it to break.",
        ],
    ),
    (
        "nightowl",
        [
            "I started with a refractor on a wobbly mount and regretted it within a month, "
            "so whatever you buy, spend a fair part of the money on a steady mount.",
            "Join a local club before you buy anything, because most of them lend telescopes "
            "to their members and you can try a few kinds under your own sky.",
        ],
    ),
    (
        "stargazer_ann",
        [
            "Thank you all, this is very helpful, and I will look for a club near me this "
            "weekend before I decide which of the two kinds of telescope to buy.",
        ],
    ),
]
FOOTER = "\n".join(["About us", "Contact", "Privacy Policy", "Terms of Use", "© 2024 Stargazers"])


def forum_page() -> str:
    parts = ["Best first telescope? - Beginners - Stargazers Forum", MENU, "Best first telescope?"]
    for day, (poster, paragraphs) in enumerate(POSTS, start=3):
        parts += [poster, "Senior Member", "Location", "Leeds", f"March {day}, 2024", *paragraphs]
    parts.append(FOOTER)
    return "\n\n".join(parts)


def post_texts() -> list[str]:
    return [text for _, paragraphs in POSTS for text in paragraphs]


def test_every_post_of_a_thread_is_kept() -> None:
    kept = [paragraph.text for paragraph in copydesk.parse(forum_page()).paragraphs]
    assert [text for text in kept if text in post_texts()] == post_texts()
    assert not any("Privacy Policy" in text or "Sign in" in text for text in kept)


def test_without_the_pass_the_thread_is_cut_to_some_posts() -> None:
    parser = Parser().disable("boilerplate.thread_posts")
    kept = {paragraph.text for paragraph in parser.parse(forum_page()).paragraphs}
    assert not set(post_texts()) <= kept


ARTICLE = [
    "The city council voted on Tuesday to approve a new budget for the coming year, after a "
    "long debate about the cost of repairing the old bridge over the river.",
    "Members of the council said that the money would be spent on roads, schools and the "
    "library, and that taxes would not rise for most of the residents of the city.",
    "The mayor said in a statement that she was pleased with the vote and that the work on the "
    "bridge would start in the spring, if the weather allows it.",
    "Opponents of the plan said they would ask the state court to look at the decision, which "
    "they called a waste of money at a time when many families are struggling.",
]
TEASERS = [
    ("Mayor opens the harbour walk", "The new walk along the harbour opened on Friday."),
    ("School roof to be repaired", "The work will start when the pupils leave in July."),
    ("Library hours to grow", "The library will open on Sundays from the first of May."),
]


def test_teasers_under_the_article_s_own_label_stay_out() -> None:
    parts = ["Council approves new budget | The Courier", MENU, "Politics"]
    parts += ["Council approves new budget", "By Jane Doe", *ARTICLE, "More stories"]
    for headline, summary in TEASERS:
        parts += ["Politics", headline, summary]
    parts.append(FOOTER)
    kept = [paragraph.text for paragraph in copydesk.parse("\n\n".join(parts)).paragraphs]
    assert kept == ARTICLE
