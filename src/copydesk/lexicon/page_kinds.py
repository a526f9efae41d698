"""Data for telling what kind of page a text is, before its main content is read.

The page reader (``copydesk.steps.boilerplate``) reads an article's page one way: one
contiguous article among menus, teasers and comments. A forum thread, a product page, a
listing, a service page or a piece of documentation holds its content otherwise (many posts,
short spec lines, a grid of items), and is read with weights fitted on such pages
(see ``docs/explanation/whole-pages.md``, "Pages that are no article").

* :data:`PAGE_KIND_CUES`: ``(group, pattern)`` pairs: wording that is common on one kind of
  page (a price, ``Add to cart``, ``Reply``, ``Parameters``, ``Read more``). The page-kind
  classifier counts the blocks that hold a cue of each group.
* :data:`PAGE_KIND_WEIGHTS`: the weights of the linear page-kind classifier (log-odds that
  the page is no article), and :data:`PAGE_KIND_THRESHOLD`, the log-odds above which a page
  is read as no article; fitted by ``benchmarks/fit_page_kinds.py`` with its defaults::

      PYTHONPATH=src python benchmarks/fit_page_kinds.py --write

* :data:`OTHER_PAGE_WEIGHTS` and :data:`OTHER_PAGE_CONTEXT_WEIGHTS`: the block classifier's
  weights for pages read as no article (fitted by the same script, on every page type), and
  :data:`OTHER_PAGE_EXTRA_REGION_SHARE`, the share of the best region's weight at which
  such a page keeps another region too.
"""

from __future__ import annotations

#: ``(group, pattern)``: wording typical of one kind of page (case-insensitive patterns).
PAGE_KIND_CUES: tuple[tuple[str, str], ...] = (
    ("price", r"(?:[$€£¥₹]\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:€|USD|EUR|GBP|kr|zł|руб)(?!\w))"),
    (
        "product",
        r"\b(?:add to (?:cart|basket|bag|wish ?list)|buy now|in stock|out of stock|sku|"
        r"free shipping|free delivery|quantity|qty|specifications|out of 5|write a review|"
        r"customer reviews|in den warenkorb|ajouter au panier|añadir al carrito)\b",
    ),
    (
        "post",
        r"(?:\b(?:reply|replies|quote|joined|registered|member since|permalink|upvotes?|"
        r"answered|asked|moderator|thread|posts?:|report post|likes?)\b|\b(?:said|wrote):$|"
        r"^#\d+$)",
    ),
    (
        "docs",
        r"\b(?:parameters?|returns?|arguments?|syntax|usage|api|reference|installation|"
        r"configuration|on this page|table of contents|edit (?:this page|on github)|"
        r"deprecated|documentation|note:|warning:|tip:|example:|examples)\b",
    ),
    (
        "code",
        r"(?:^\s*(?:\$ |>>> |#include|import |from \S+ import|def |class |function |var |const "
        r"|let |//|\{|\})|\w\([^()]*\)\s*[;{]?$|=>|::|\w\.\w+\()",
    ),
    (
        "listing",
        r"\b(?:read more|next page|page \d+ of \d+|showing \d|results|sort by|filter|"
        r"load more|view all|see all|older posts|newer posts|previous page)\b",
    ),
    (
        "service",
        r"\b(?:contact us|get in touch|book (?:now|online|an appointment)|request a quote|"
        r"free consultation|our services|call (?:us|now|today)|opening hours|testimonials|"
        r"why choose|pricing|schedule a)\b",
    ),
    (
        "article",
        r"(?:^by [A-Z]|\b(?:min read|published|updated|reporter|correspondent|share this|"
        r"related (?:stories|articles)|advertisement|photo:|getty images|reuters|"
        r"associated press)\b)",
    ),
)

#: ``(feature, weight)`` of the page-kind classifier: log-odds that a page is no article
#: (``benchmarks/fit_page_kinds.py``; the features are ``PAGE_KIND_FEATURES`` in
#: ``copydesk.steps.boilerplate.kinds``). Empty: every page is read as an article.
PAGE_KIND_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("bias", -0.103),
    ("log_blocks", -0.718),
    ("prose_share", -3.639),
    ("short_share", 0.532),
    ("longest", -1.027),
    ("mean_words", -0.196),
    ("questions", 1.765),
    ("dates", 1.579),
    ("digits", 1.257),
    ("same_opening", 2.019),
    ("label_lines", -2.012),
    ("cue_price", 0.046),
    ("cue_product", -1.060),
    ("cue_post", 0.887),
    ("cue_docs", 1.758),
    ("cue_code", 1.339),
    ("cue_listing", 0.651),
    ("cue_service", -0.091),
    ("cue_article", -1.417),
)

#: A page whose log-odds of being no article exceed this is read as no article.
PAGE_KIND_THRESHOLD = 0.756

#: The block classifier's first-stage weights for pages read as no article.
OTHER_PAGE_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("bias", -0.023),
    ("log_words", -0.355),
    ("tiny", -0.412),
    ("long", 0.248),
    ("stopwords", -1.056),
    ("ends_sentence", 1.038),
    ("sentences", -0.089),
    ("commas", 1.291),
    ("capitalised", -0.441),
    ("digits", -0.180),
    ("short_run", 0.063),
    ("chrome_near", -1.378),
    ("position", -0.797),
    ("repeated", 0.143),
    ("link_cues", -4.212),
    ("date", -0.544),
    ("separators", -1.106),
    ("prev_log_words", 0.265),
    ("next_log_words", 0.342),
    ("prev_stopwords", 0.152),
    ("next_stopwords", 0.169),
    ("window_log_words", 0.375),
    ("above_title_repeat", -1.660),
    ("below_page_longest", -0.412),
    ("below_page_stopwords", -1.843),
    ("code", 0.202),
    ("prose_inside", 0.729),
    ("prose_none_before", -0.722),
    ("prose_none_after", -0.959),
)

#: The block classifier's second-stage weights for pages read as no article.
OTHER_PAGE_CONTEXT_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("bias", 0.592),
    ("score", -0.042),
    ("near_mean", 0.279),
    ("wide_mean", 0.206),
    ("near_max", 0.127),
    ("wide_positive", 0.592),
    ("log_words", 0.075),
    ("ends_sentence", 0.494),
    ("core_distance", 0.252),
    ("below_core", -0.141),
    ("below_top", -6.624),
)

#: On a page read as no article, another region is kept when its total is at least this
#: share of the best region's.
OTHER_PAGE_EXTRA_REGION_SHARE = 0.5
