"""Data for finding the article inside a whole web page dumped to text.

* :data:`STOPWORDS`: the commonest function words of major languages. Running prose is full
  of them; menus, teaser headlines and footers are not. A page's language is the list with
  the most hits, so the measure works on non-English pages too.
* :data:`LINK_CUES`: wording that marks a line as a link or a widget ("Click to", "Read
  more", "(Opens in new window)", "Posted by", "Comments").
* :data:`KIND_CUES`: ``(kind, pattern)`` pairs that name what a dropped block is; the first
  pattern found in the block wins.
* :data:`TEASER_LEADS`: the lead of a link to another story printed inside an article
  ("Related:", "Read more:", "On example.com:").
* :data:`NOT_CLOSING_LINES`: wording of a sentence under an article that is the site's
  (it speaks to the reader, trails off, shouts), so it does not join as the last paragraph.
* :data:`EMBEDDED_POST_SIGNATURES`: the signature line of an embedded social-media post
  ("— Jane Doe (@janedoe) November 18, 2019"): the post is the article's.
* :data:`ARTICLE_CARD_HEADINGS`: the heading of a card under an article that is the
  article's (a recipe's "Ingredients").
* :data:`BOILERPLATE_WEIGHTS`: the weights of the linear block classifier, fitted by
  ``benchmarks/fit_boilerplate.py`` (see ``docs/explanation/whole-pages.md``) with its
  defaults, which are, spelled out (feat/pages-6, issue #18)::

      PYTHONPATH=src python benchmarks/fit_boilerplate.py \
          ../shared/corpus/scrapinghub-aeb/dev.jsonl.gz ../shared/corpus/l3s-gn1/dev.jsonl.gz \
          ../shared/corpus/wcxb/dev.jsonl.gz \
          --page-types article --word-labels --corpus-weight wcxb=0.1 --write

  (the two older page corpora, and WCXB's article pages at a tenth of a page's weight).
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


STOPWORDS: dict[str, tuple[str, ...]] = {
    "en": _words(
        "a about after all also an and any are as at be been before but by can could did do "
        "does for from had has have he her his how i if in into is it its just may more most "
        "my no not now of on one only or other our out over she so some such than that the "
        "their them then there these they this those to under up was we were what when where "
        "which while who will with would you your"
    ),
    "de": _words(
        "aber als am an auch auf aus bei bis das dass dem den der des die dies diese dieser "
        "doch durch ein eine einem einen einer eines er es für hat hatte ich ihr im in ist ja "
        "kann mit nach nicht noch nur oder sich sie sind so um und uns vom von vor war waren "
        "was wenn werden wie wir wird wurde zu zum zur über"
    ),
    "fr": _words(
        "a au aux avec ce ces cette comme dans de des du elle en est et été il ils je la le "
        "les leur lui mais me même ne nous on ont ou par pas plus pour qu que qui sa se ses "
        "son sont sur un une vous y à était être"
    ),
    "es": _words(
        "a al como con de del el ella en era es esta este fue ha hay la las le lo los más no "
        "nos o para pero por que se ser si sin sobre son su sus también un una uno y ya está "
        "están entre"
    ),
    "it": _words(
        "a al alla anche che chi come con da dal del della delle di è e gli ha hanno i il in "
        "la le lo ma mi nel nella non per più questo questa si sono su sua suo tra un una uno "
        "ed era essere"
    ),
    "pt": _words(
        "a ao aos as com como da das de do dos e ela ele em entre era está foi há isso mais "
        "mas na nas no nos não o os ou para pela pelo por que se sem ser seu sua são também "
        "um uma é"
    ),
    "nl": _words(
        "aan al als bij dat de deze die dit door een en er had heeft het hij hoe ik in is je "
        "kan maar met meer naar niet nog of om ook op over te tot uit van voor was wat we "
        "werd wie wij worden zijn zij zo"
    ),
    "ru": _words(
        "а без бы был была были было в вы где да для до его ее её если есть еще ещё же за и "
        "из или им их к как когда ко ли мы на над не нет но о об он она они от по под при с "
        "со так также то только у уже что это этот я"
    ),
    "pl": _words(
        "a aby ale bo by być dla do go i ich jak jako jest jego jej już na nie o od po pod "
        "przez się są ta tak także te to tylko w we z za że który która które"
    ),
    "sv": _words(
        "att av de den det där efter eller en ett för från han har hon i inte jag kan man med "
        "men när och om på så som till var vi vid är"
    ),
    "id": _words(
        "ada adalah akan bahwa dalam dan dari dengan di ini itu juga ke karena oleh pada para "
        "sebagai sudah telah tidak untuk yang"
    ),
    "tr": _words("ama bir bu da de daha en gibi için ile ki ne olan olarak sonra ve veya çok"),
}
"""Function words per language (ISO 639-1 code -> words, lower case)."""

LINK_CUES: tuple[str, ...] = (
    r"\bclick (?:here|to)\b",
    r"\bread (?:more|full)\b",
    r"\bopens? in (?:a )?new (?:window|tab)\b",
    r"\bcontinue reading\b",
    r"\bposted (?:by|in|on|at)\b",
    r"\b(?:view|see|show|load) (?:all|more)\b",
    r"\bcomments?\b",
    r"\brepl(?:y|ies)\b",
    r"\bshare\b",
    r"\bsubscribe\b",
    r"\bsign (?:in|up)\b",
    r"\blog ?in\b",
    r"\bnewsletter\b",
    r"\bprint\b",
    r"\bemail\b",
    r"\brss\b",
    r"\bcopyright\b|©",
    r"\bprivacy\b",
    r"\btags?:",
    r"\bfiled under\b",
    r"\badvertis",
    r"\bphotos?\b|\bvideos?\b|\bgallery\b",
    r"»|›|«",
)
"""Patterns (``regex``, case-insensitive) of link and widget wording."""

KIND_CUES: tuple[tuple[str, str], ...] = (
    ("share", r"\bshare\b|\btweet\b|opens? in (?:a )?new window|\bdigg\b|del\.icio\.us"),
    (
        "comments",
        r"\bcomments?\b|\brepl(?:y|ies)\b|\bposted by\b|\bwrote:|\breport abuse\b|\brecommend\b",
    ),
    (
        "legal",
        r"©|\bcopyright\b|\ball rights reserved\b|\bprivacy\b|\bterms of (?:use|service)\b|\bcookies?\b",
    ),
    ("subscribe", r"\bsubscri|\bnewsletter\b|\bsign up\b|\bstay up to date\b"),
    ("advertisement", r"\badvertis|\bsponsored\b"),
    (
        "related",
        r"\brelated\b|\bmore (?:stories|news|from|on)\b|\bmost (?:read|popular|viewed|emailed)\b|\brecommended\b|\balso\b|\btop stories\b|\bheadlines\b",
    ),
)
"""``(kind, pattern)``: what a dropped block is, when its wording says so."""

NOT_HEADLINE: tuple[str, ...] = (
    # Bylines, datelines and stamps that stand between a page's headline and its article.
    r"^(?:by|from|posted|updated|published|last updated|written by|photo|image|video)\b",
    r"\b(?:staff|special) (?:writer|correspondent)\b|\bnews service\b|\bstaff reporter\b",
    # A writer's role line under the byline ("Business reporter, BBC News", "Political
    # editor"): at most three words before the role, which ends the line or a comma follows.
    r"^(?:[\w'’.-]+\s+){0,3}(?:reporter|correspondent|editor|writer|journalist|columnist"
    r"|presenter|analyst|producer|contributor)s?\s*(?:,|$)",
    r"/(?:ap|afp|reuters|getty|associated press)\b",
    # Article tools ("E-mail this to a friend", "Printable version").
    r"\be-mail (?:this|story|article|to)\b|\bprintable\b|\bprinter[- ]friendly\b",
    r"\b(?:refer|send|e-?mail)(?: this)?(?: story| article| page)? to a friend\b",
    r"\b(?:web ?)?feeds?\b",
    # Menu rows and lines of symbols.
    r"\s[|•·]\s",
    r"^[\W\d_]+$",
    # feat/headline-9: a list's entry opening with its bullet ("• Review: the monster film"),
    # the writer's archive link ("All Jane Doe articles"), a login box ("Remember me",
    # "Forgot your password?"), the site's note on its methods ("Learn about our Editorial
    # Process").
    r"^\s*[•▪◦‣►■]",
    r"\beditorial (?:process|guidelines|policy|standards)\b",
    r"^all\s+(?:[\w'’.-]+\s+){1,4}(?:articles|posts|stories|columns|blogs)$",
    r"\bremember me\b|\bforgot(?:ten)? (?:your )?(?:password|username|login)\b",
)
"""Patterns (``regex``, case-insensitive, searched) of lines that are never a page's headline."""

HEADLINE_STAMPS: tuple[str, ...] = (
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b",
    r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b",
    r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b",
    r"\b\d{1,2}:\d{2}\b",
)
"""Patterns (``regex``, case-insensitive, searched) of a date or a time in a line: such a
line is a stamp, never a page's headline, unless its other words read like the title line
(``Weekly Wrap-Up 12/19/2025`` under the title ``Weekly Wrap-Up``; feat/headline-14)."""

COMMENT_HEADERS: tuple[str, ...] = (
    # "Alex on September 17, 2018 at 6:34 am said:", "jdoe wrote:" (with a date or time).
    r"\b(?:said|says|wrote|writes|commented|replied)\s*:?\s*$",
    # "Posted by jdoe on 12 Jan 2008 at 10:15", "Submitted by jdoe (not verified) on ..."
    r"^(?:posted|submitted|written|comment) by\b",
)
"""Patterns (``regex``, case-insensitive, searched) of the header line of a reader comment.
A short line with a date or time that matches one opens a comment; several of them after
the article start its comment thread (see ``docs/explanation/whole-pages.md``)."""

ARTICLE_END_CUES: tuple[str, ...] = (
    # Headings of the boxes printed under an article: the author's bio, more stories.
    r"^(?:about the (?:author|writer)s?|sobre o autor|sobre a autora|über den autor)\s*:?$",
    # "Sobre Carlos Nadalim": a Portuguese author box (the name's capitals must match).
    r"^(?-i:[Ss]obre\s+\p{Lu}\w+(?:\s+\p{Lu}\w+){1,2})$",
    r"^more (?:great )?(?:\w+ )?stories\s*:?$",
    r"^(?:related (?:stories|articles|posts)|you (?:may|might) also like|read next)\s*:?$",
    r"^(?:artigos relacionados|leia também|mehr zum thema)\s*:?$",
    # The heading of the readers' comments: what follows is theirs.
    r"^(?:have your say|readers?['’]? comments|your comments)\s*:?$",
    # feat/pages-5: a comment form's heading, a box of the site's latest stories or of a
    # section's ("More in Sport"), the writer's other articles ("More articles
    # from Jane Doe").
    r"^(?:leave a (?:reply|comment)|post a comment|add a comment|join the discussion)\s*:?$",
    r"^(?:top|latest|most read|most popular|trending) (?:stories|news|articles|headlines)\s*:?$",
    r"^more in (?-i:\p{Lu}\w+)$",
    r"^more (?:articles|posts|stories) (?:from|by) (?-i:\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){0,3})$",
    # feat/pages-6: the boxes under a page's article when WCXB's articles are in the fit
    # (it reaches further down): other posts ("Keep Reading", "You might also enjoy these
    # posts"), the comment box ("What do you think?", a blog's "12 comments:").
    r"^keep reading\s*:?$",
    r"^you (?:may|might) (?:also )?(?:like|enjoy|be interested in)\b[^.!?]{0,60}:?$",
    r"^what do you think\s*\??$",
    r"^\d+ comments?\s*:$",
)
"""Patterns (``regex``, case-insensitive, matched against a whole short line) of a heading
that closes the article: what follows it (a bio, other stories) is not the article."""

ARTICLE_END_LINES: tuple[str, ...] = (
    # The writer's contact line, a disclaimer or the wire's syndication notice: the article
    # has ended, and what follows is the site's.
    r"\bcan be (?:reached|contacted|e-?mailed) (?:at|by|on)\b",
    r"^(?:disclaimer|haftungsausschluss|aviso legal)\s*:",
    r"\bopinions expressed (?:in|on) this\b",
    r"\bthis (?:news )?(?:article|story|material) (?:is|was) (?:copyrighted|published) by\b",
    # "Write to Jane Doe at jdoe@example.com", "Follow him on Twitter @jdoe".
    r"^(?:e-?mail|write to|contact)\s+\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){0,3}\s+at\s+\S+@",
    r"\bfollow (?:him|her|them|me) (?:on twitter\b|@\w)",
    # The site's pitch after the story: "If you enjoyed this article, ... subscribe".
    r"^if you (?:enjoyed|liked|like|enjoy|appreciated) (?:this|that|the) (?:article|story|post)\b",
    # feat/pages-6: a newsroom's call for donations ("This story is funded by readers").
    r"^this (?:story|article|reporting|journalism) (?:is|was) (?:funded|supported|made possible) by (?:readers|you|donors|members)\b",
)
"""Patterns (``regex``, case-insensitive) of a line that closes a page's article: a
contact line, a disclaimer. The line and what follows it are not the article."""

MARKUP_LINES: tuple[str, ...] = (
    # A line that opens with an HTML tag: an ad or widget whose source leaked into the text.
    r"^\s*<(?:a|img|script|iframe|div|span|table|object|embed|noscript|style|link|form)\b[^<>]{0,500}>?",
    r"\bdocument\.write\s*\(",
    # Style sheets and scripts: "@import url(...)", "/** comment */", "if(typeof(x) == ...",
    # "var ads = ...", "function show() {", "document.getElementById(".
    r"^\s*@import\s",
    r"^\s*/\*",
    r"^\s*(?:if\s*\(\s*typeof\b|var\s+\w+\s*=|function\s+\w*\s*\()",
    r"\bdocument\.(?:images|cookie|getElementById|location)\b",
)
"""Patterns (``regex``, case-insensitive) of a line of leaked markup or script inside the
article region: it is chrome of kind ``markup``."""

TEASER_LEADS: tuple[str, ...] = (
    # "Related: <headline>", "Read more: <headline>", "SEE MORE: <headline>": a link to
    # another story printed between the article's paragraphs.
    r"^related(?:\s+\w+){0,2}\s*:",
    r"^(?:read|see)\s+(?:more|also|next)\s*:",
    r"^(?:watch|listen)(?:\s+(?:live|now|again|in full))?\s*:",
    r"^(?:previous|prev|next)\s+(?:story|article|post)\s*:",
    # "Also on rt.com <headline>", "On HoustonChronicle.com: <headline>": the site's own.
    r"^(?:also\s+)?on\s+(?:[\w-]+\.)+[a-z]{2,}\b",
)
"""Patterns (``regex``, case-insensitive, searched in a short line) of the lead of a link
to another story: a line that opens with one and goes on is a teaser, not article text."""

NOT_CLOSING_LINES: tuple[str, ...] = (
    # The site speaks to the reader ("Be sure to subscribe", "If you click on a link").
    r"\byou(?:r|rs|'re|’re|'ll|’ll)?\b",
    # A teaser cut short, a shout.
    r"(?:\.\.\.|…|!!)[\"”’')\]]*$",
)
"""Patterns (``regex``, case-insensitive, searched) of a sentence under a page's article
that is the site's, not the article's last paragraph (not applied inside a quotation)."""

EMBEDDED_POST_SIGNATURES: tuple[str, ...] = (
    # The last line of an embedded tweet: "— Jane Doe (@janedoe) November 18, 2019".
    r"^[—–-]\s*[^\n]{1,80}?\(@\w{1,30}\)\s*(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}+\.?\s+\d{4})\s*$",
    # Instagram's: "A post shared by Jane Doe (@janedoe) on Nov 18, 2019 at 10:15am PST".
    r"^a post shared by\b[^\n]{0,80}\(@[\w.]{1,30}\)",
)
"""Patterns (``regex``, case-insensitive, searched) of the signature line that closes a
social-media post embedded in an article: the post is the article's, not a widget."""

ARTICLE_CARD_HEADINGS: tuple[str, ...] = (
    # The parts of a recipe card printed under a blog post: ingredients and steps.
    r"^(?:ingredients|instructions|directions|method|preparation|zutaten|zubereitung"
    r"|ingrédients|préparation|ingredientes|preparación|modo de preparo|ingredienti"
    r"|preparazione|ингредиенты|приготовление)\s*:?$",
)
"""Patterns (``regex``, case-insensitive, searched in a short line) of the heading of a
card under a page's article whose parts are the article's (a recipe's ``Ingredients``):
the card joins the article, from its title down to the next chrome or widget line."""

BOILERPLATE_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("bias", -3.323),
    ("log_words", -0.265),
    ("tiny", -0.232),
    ("long", 0.064),
    ("stopwords", -0.828),
    ("ends_sentence", 1.749),
    ("sentences", 0.130),
    ("commas", 0.844),
    ("capitalised", -0.254),
    ("digits", 0.870),
    ("short_run", 0.289),
    ("chrome_near", 0.128),
    ("position", -2.159),
    ("repeated", -0.376),
    ("link_cues", -5.473),
    ("date", -0.466),
    ("separators", -1.333),
    ("prev_log_words", 0.243),
    ("next_log_words", 0.304),
    ("prev_stopwords", 0.713),
    ("next_stopwords", 0.165),
    ("window_log_words", 1.505),
    ("above_title_repeat", -2.935),
    ("below_page_longest", -0.466),
    ("below_page_stopwords", -1.669),
    ("code", 0.102),
    ("prose_inside", 1.135),
    ("prose_none_before", -1.119),
    ("prose_none_after", -1.218),
)
"""``(feature, weight)`` pairs of the block classifier (filled in by the fit script)."""

BOILERPLATE_CONTEXT_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("bias", 0.927),
    ("score", 0.110),
    ("near_mean", 0.333),
    ("wide_mean", 0.131),
    ("near_max", 0.065),
    ("wide_positive", 0.283),
    ("log_words", 0.131),
    ("ends_sentence", 0.855),
    ("core_distance", -0.540),
    ("below_core", -0.363),
    ("below_top", -4.554),
)
"""``(feature, weight)`` pairs of the second stage, which reads neighbours' scores."""

BOILERPLATE_LENGTH_POWER = 0.5
"""Exponent of a block's word count in its weight when the article region is chosen."""

BOILERPLATE_INSIDE_THRESHOLD = -2.0
"""Log-odds below which a block inside the article region is dropped all the same."""

BOILERPLATE_EXTRA_REGION_SHARE = 0.5
"""A page with no single article (a forum thread, a listing, a grid of products) keeps,
besides the best region, every other region whose total is at least this share of the
best's (0: the best region only)."""

BOILERPLATE_SHORT_RUN_WORDS = 12
"""When the article region is chosen, a run of blocks of at most this many words that lean
against the article (item names, spec lines, a table of contents between a round-up's
parts) costs as one block of all their words, not as many blocks (0: every block alone).
Chosen on held-out pages, folds by site."""

BOILERPLATE_REGION_BIAS = 1.0
"""Added to every block's log-odds when the region is chosen: a longer region is preferred
to a shorter one (a lost paragraph costs more than a kept teaser). Chosen on held-out pages
with ``benchmarks/fit_boilerplate.py --grid``."""
