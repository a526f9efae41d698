"""Data for telling what kind of page a text is, before its main content is read.

The page reader (``copydesk.steps.boilerplate``) reads an article's page one way: one
contiguous article among menus, teasers and comments. A forum thread, a product page, a
listing, a service page or a piece of documentation holds its content otherwise (many posts,
short spec lines, a grid of items), and is read with weights fitted on such pages
(see ``docs/explanation/whole-pages.md``, "What kind of page is it?").

* :data:`PAGE_KIND_CUES`: ``(group, pattern)`` pairs: wording that is common on one kind of
  page (a price, ``Add to cart``, ``Reply``, ``Parameters``, ``Read more``). The page-kind
  classifier counts the blocks that hold a cue of each group.
* :data:`PAGE_KIND_CUE_GUARDS` and :data:`PAGE_KIND_CUE_WORDS`: cheap first tests of the
  cues (a pattern, or pieces of text, that each match of a cue holds), so that a block
  without them is not searched for the cue.
* :data:`PAGE_KIND_WEIGHTS`: the weights of the linear page-kind classifier (log-odds that
  the page is no article), and :data:`PAGE_KIND_THRESHOLD`, the log-odds above which a page
  is read as no article; fitted by ``benchmarks/fit_page_kinds.py`` with its defaults::

      PYTHONPATH=src python benchmarks/fit_page_kinds.py --write

* :data:`OTHER_PAGE_WEIGHTS` and :data:`OTHER_PAGE_CONTEXT_WEIGHTS`: the block classifier's
  weights for pages read as no article (fitted by the same script, on WCXB's six page types
  that are no article), and
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

# The patterns of PAGE_KIND_CUES that the first tests below were written for.
_PRICE, _PRODUCT, _POST, _DOCS, _CODE, _LISTING, _SERVICE, _ARTICLE = (
    pattern for _, pattern in PAGE_KIND_CUES
)

#: ``(cue pattern, guard)``: a cheap pattern that every match of the cue pattern holds
#: (compiled as written), so a block without it is not searched for the cue. A first test
#: applies only to the exact pattern it was written for (here and in
#: :data:`PAGE_KIND_CUE_WORDS`): a lexicon that changes a cue searches it everywhere.
#: The price cue's two alternatives both hold a digit.
PAGE_KIND_CUE_GUARDS: tuple[tuple[str, str], ...] = ((_PRICE, r"\d"),)


def _words(pattern: str, *words: str) -> tuple[tuple[str, str], ...]:
    return tuple((pattern, word) for word in words)


#: ``(cue pattern, piece)``: every match of the cue pattern holds one of its pieces (read
#: case-insensitively), so a block whose lower-cased text holds none is not searched for the
#: cue. Each piece is part of one alternative, in ASCII: ``add to`` and a space of
#: ``add to (?:cart|...)``, ``repl`` of ``reply|replies``, ``(`` of a call ``\w\(...``; the
#: code cue's line-start words are pieces wherever they stand. The text is read with a line
#: break before it, so a line break, ``by`` and a space is ``^by`` at any line's start.
PAGE_KIND_CUE_WORDS: tuple[tuple[str, str], ...] = (
    *_words(
        _PRODUCT,
        "add to ",
        "buy now",
        "stock",
        "sku",
        "free shipping",
        "free delivery",
        "quantity",
        "qty",
        "specifications",
        "out of 5",
        "write a review",
        "customer reviews",
        "in den warenkorb",
        "ajouter au panier",
        " al carrito",
    ),
    *_words(
        _POST,
        "repl",
        "quote",
        "joined",
        "registered",
        "member since",
        "permalink",
        "upvote",
        "answered",
        "asked",
        "moderator",
        "thread",
        "post",
        "like",
        "said:",
        "wrote:",
        "\n#",
    ),
    *_words(
        _DOCS,
        "parameter",
        "return",
        "argument",
        "syntax",
        "usage",
        "api",
        "reference",
        "installation",
        "configuration",
        "on this page",
        "table of contents",
        "edit ",
        "deprecated",
        "documentation",
        "note:",
        "warning:",
        "tip:",
        "example",
    ),
    *_words(
        _CODE,
        "$ ",
        ">>> ",
        "#include",
        "import ",
        "from ",
        "def ",
        "class ",
        "function ",
        "var ",
        "const ",
        "let ",
        "//",
        "{",
        "}",
        "(",
        "=>",
        "::",
    ),
    *_words(
        _LISTING,
        "read more",
        "next page",
        "page ",
        "showing ",
        "results",
        "sort by",
        "filter",
        "load more",
        "view all",
        "see all",
        "older posts",
        "newer posts",
        "previous page",
    ),
    *_words(
        _SERVICE,
        "contact us",
        "get in touch",
        "book ",
        "request a quote",
        "free consultation",
        "our services",
        "call ",
        "opening hours",
        "testimonials",
        "why choose",
        "pricing",
        "schedule a",
    ),
    *_words(
        _ARTICLE,
        "\nby ",
        "min read",
        "published",
        "updated",
        "reporter",
        "correspondent",
        "share this",
        "related ",
        "advertisement",
        "photo:",
        "getty images",
        "reuters",
        "associated press",
    ),
)

#: ``(feature, weight)`` of the page-kind classifier: log-odds that a page is no article
#: (``benchmarks/fit_page_kinds.py``; the features are ``PAGE_KIND_FEATURES`` in
#: ``copydesk.steps.boilerplate.kinds``). Empty: every page is read as an article.
#: Learned as no article: WCXB's service, listing, forum and documentation pages.
PAGE_KIND_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("bias", -0.322),
    ("log_blocks", -0.603),
    ("prose_share", -3.360),
    ("short_share", 0.067),
    ("longest", -0.299),
    ("mean_words", -0.354),
    ("questions", 1.769),
    ("dates", 1.682),
    ("digits", 0.897),
    ("same_opening", 1.537),
    ("label_lines", -1.447),
    ("cue_price", -1.321),
    ("cue_product", -3.025),
    ("cue_post", 1.389),
    ("cue_docs", 1.852),
    ("cue_code", 1.129),
    ("cue_listing", 0.375),
    ("cue_service", 0.494),
    ("cue_article", -1.407),
)

#: A page whose log-odds of being no article exceed this is read as no article.
PAGE_KIND_THRESHOLD = 1.397

#: The block classifier's first-stage weights for pages read as no article.
OTHER_PAGE_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("bias", -0.026),
    ("log_words", -0.355),
    ("tiny", -0.412),
    ("long", 0.248),
    ("stopwords", -1.054),
    ("ends_sentence", 1.038),
    ("sentences", -0.088),
    ("commas", 1.291),
    ("capitalised", -0.441),
    ("digits", -0.179),
    ("short_run", 0.064),
    ("chrome_near", -1.341),
    ("position", -0.797),
    ("repeated", 0.143),
    ("link_cues", -4.215),
    ("date", -0.545),
    ("separators", -1.106),
    ("prev_log_words", 0.265),
    ("next_log_words", 0.342),
    ("prev_stopwords", 0.153),
    ("next_stopwords", 0.168),
    ("window_log_words", 0.377),
    ("above_title_repeat", -1.660),
    ("below_page_longest", -0.412),
    ("below_page_stopwords", -1.840),
    ("code", 0.201),
    ("prose_inside", 0.729),
    ("prose_none_before", -0.722),
    ("prose_none_after", -0.960),
)

#: The block classifier's second-stage weights for pages read as no article.
OTHER_PAGE_CONTEXT_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("bias", 0.595),
    ("score", -0.041),
    ("near_mean", 0.280),
    ("wide_mean", 0.206),
    ("near_max", 0.125),
    ("wide_positive", 0.595),
    ("log_words", 0.074),
    ("ends_sentence", 0.494),
    ("core_distance", 0.246),
    ("below_core", -0.141),
    ("below_top", -6.619),
)

#: On a page read as no article, another region is kept when its total is at least this
#: share of the best region's.
OTHER_PAGE_EXTRA_REGION_SHARE = 0.5
