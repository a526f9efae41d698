"""Find the article inside a whole web page: drop menus, teasers, comments and footers.

A page dumped to text puts the article somewhere in the middle of navigation menus, share
rows, teaser lists, comment threads and footers. The ``boilerplate`` step
(:class:`PageReader`) works on the text alone:

1. **Is it a page?** A tidy article (a headline and paragraphs) is left alone. A text is a
   page when it shows page furniture: runs of short menu lines, chrome lines, a title line
   repeated lower down (see :func:`copydesk.reading.page.looks_like_page`).
   **What kind of page?** (:mod:`~copydesk.steps.boilerplate.kinds`) A page that reads as
   no article (a forum thread, a shop, a listing) is scored with its own weights and keeps
   more regions; :attr:`copydesk.ParseState.page_kind` records the kind.
2. **Score each block.** :func:`block_features` describes every block by shallow text
   features (length, share of stopwords, sentence punctuation, capitalised words, runs of
   short lines, link wording, repeated lines, position, and the same for its neighbours); a
   linear model whose weights live in the lexicon turns them into a score.
3. **Smooth.** An article is one contiguous region with few gaps: the region with the
   largest total of word-weighted scores is the article's draft; outside it everything is
   chrome, inside it only blocks that score clearly low are.
4. **Revise.** The passes of :data:`PASSES`, in that order, let blocks join the draft or
   drop out of it (a lede beyond a box, a list under the article, a comment thread, a
   teaser list ...). Each can be switched off: ``parser.disable("boilerplate.deck")``.

Every dropped block stays in :attr:`copydesk.Article.chrome` with a kind (``navigation`` above the
article, ``footer`` below it, or what its wording says: ``comments``, ``related``,
``share``, ``legal`` ...).

The modules, one job each: ``kinds`` (the page's kind) and ``cues`` (its cue counts),
``features`` and ``scores`` (the classifier), ``draft`` (what the passes revise),
``joins``, ``lists``, ``posts``, ``teasers`` and ``trims`` (the passes), ``lines`` (the
line tests they share) and ``reader`` (the step).
"""

from __future__ import annotations

from copydesk.steps.boilerplate.draft import Draft, PagePass
from copydesk.steps.boilerplate.features import FEATURES, block_features, page_language
from copydesk.steps.boilerplate.joins import (
    join_closing_sentences,
    join_end_past_teasers,
    join_nearby_prose,
    keep_embedded_posts,
)
from copydesk.steps.boilerplate.lists import join_card_below, join_list_below, join_repeated_parts
from copydesk.steps.boilerplate.posts import join_thread_posts
from copydesk.steps.boilerplate.reader import PageReader, split_markup
from copydesk.steps.boilerplate.scores import (
    CONTEXT_FEATURES,
    best_region,
    block_scores,
    content_regions,
    context_features,
    decide,
    first_stage_scores,
    page_scores,
    region_gains,
    scoring_runs,
)
from copydesk.steps.boilerplate.teasers import (
    drop_repeated_edges,
    drop_teaser_blocks,
    drop_teaser_leads,
    drop_teaser_runs,
)
from copydesk.steps.boilerplate.trims import (
    cut_at_end_heading,
    cut_at_end_line,
    cut_comment_thread,
    drop_deck,
    drop_edge_stamps,
    drop_markup_lines,
)

__all__ = [
    "CONTEXT_FEATURES",
    "FEATURES",
    "PASSES",
    "Draft",
    "PagePass",
    "PageReader",
    "best_region",
    "block_features",
    "block_scores",
    "boilerplate",
    "content_regions",
    "context_features",
    "decide",
    "first_stage_scores",
    "page_language",
    "page_scores",
    "region_gains",
    "scoring_runs",
    "split_markup",
]

#: The page reader's passes, ``(name, pass)`` in running order. The ones that let blocks
#: join the draft come first (they need a kept block to start from), then the ones that cut
#: the article short or drop blocks from it.
PASSES: tuple[tuple[str, PagePass], ...] = (
    ("nearby_prose", join_nearby_prose),
    ("end_past_teasers", join_end_past_teasers),
    ("embedded_posts", keep_embedded_posts),
    ("closing_sentences", join_closing_sentences),
    ("list_below", join_list_below),
    ("card_below", join_card_below),
    ("repeated_parts", join_repeated_parts),
    # Before the cuts: a comment that quotes the article stands outside what they leave.
    ("repeated_edges", drop_repeated_edges),
    ("comment_thread", cut_comment_thread),
    ("end_heading", cut_at_end_heading),
    ("end_line", cut_at_end_line),
    ("teaser_runs", drop_teaser_runs),
    ("teaser_leads", drop_teaser_leads),
    ("teaser_blocks", drop_teaser_blocks),
    ("deck", drop_deck),
    # After the cuts: a forum's posts under dated headers would be cut as a comment thread.
    ("thread_posts", join_thread_posts),
    ("markup_lines", drop_markup_lines),
    ("edge_stamps", drop_edge_stamps),
)

#: The ``boilerplate`` step of the default pipeline: every pass enabled.
boilerplate = PageReader(PASSES)
