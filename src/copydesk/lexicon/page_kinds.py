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
PAGE_KIND_WEIGHTS: tuple[tuple[str, float], ...] = ()

#: A page whose log-odds of being no article exceed this is read as no article.
PAGE_KIND_THRESHOLD = 1000.0

#: The block classifier's first-stage weights for pages read as no article.
OTHER_PAGE_WEIGHTS: tuple[tuple[str, float], ...] = ()

#: The block classifier's second-stage weights for pages read as no article.
OTHER_PAGE_CONTEXT_WEIGHTS: tuple[tuple[str, float], ...] = ()

#: On a page read as no article, another region is kept when its total is at least this
#: share of the best region's.
OTHER_PAGE_EXTRA_REGION_SHARE = 0.5
