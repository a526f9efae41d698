"""Site chrome: lines that are page furniture, not article text.

Each entry is ``(kind, position, pattern)``. A pattern is a regular expression (``regex``
syntax, case-insensitive) that must match a *whole* block, so a sentence that merely contains
"related" or "share" never matches. ``position`` is ``"any"`` (chrome wherever it stands) or
``"edge"`` (chrome only above the first or below the last paragraph of prose, for words such
as "Home" or "Contact" that could open a real line).
"""

from __future__ import annotations

from copydesk.lexicon.dates import MONTHS, WEEKDAYS

ChromeEntry = tuple[str, str, str]
SectionEntry = tuple[str, str, str, str]

_SOCIAL = r"(?:facebook|twitter|x|instagram|linkedin|pinterest|reddit|whatsapp|telegram|tumblr|flipboard|youtube|tiktok|threads|bluesky|mastodon|email|e-mail|mail|print|sms|messenger|pocket)"

_LEGAL_LINK = r"(?:privacy(?: policy| notice| settings)?|terms(?: of (?:use|service))?(?: and conditions)?|cookie (?:policy|notice|settings)|manage cookies|your privacy choices|do not sell my (?:personal )?info(?:rmation)?)"

# feat/qa-10: the other links of a site's footer row (besides _LEGAL_LINK).
_SITE_LINK = (
    r"(?:contact(?: us)?|about(?: us)?|advertise(?: with us)?|careers|jobs|work (?:with|for) us"
    r"|site ?map|help|faq|accessibility|rss(?: feeds?)?|newsletters?|subscribe|masthead"
    r"|corrections|imprint|impressum|legal(?: notice)?|disclaimer|copyright|feedback|archives?"
    r"|cookies|terms|(?:editorial|community) (?:guidelines|standards)|ethics(?: policy)?"
    r"|reprints?(?: (?:&|and) permissions)?|licensing|syndication|home|contributors|staff)"
)

# A word of a printed date or time: a number ("10:02", "19,", "2019"), a month or weekday
# name, "a.m."/"pm", a time zone ("EST", "GMT"), "at"/"on".
_DATE_WORD = (
    r"(?:\d[\d:./-]*|"
    + "|".join(name.casefold() for _, names in MONTHS for name in names)
    + "|"
    + "|".join(day.casefold() for day in WEEKDAYS)
    + r"|[ap]\.?m|[a-z]{1,3}t|utc|gmt|at|on)\.?,?"
)

CHROME_PATTERNS: tuple[ChromeEntry, ...] = (
    # Branding: the site's logo alt text.
    ("branding", "any", r"site (?:icon|logo)\b.{0,80}"),
    # Navigation and accessibility links.
    (
        "navigation",
        "any",
        r"skip (?:to|past) (?:the )?(?:main )?(?:content|navigation|menu|search)",
    ),
    ("navigation", "any", r"go to (?:contents?|navigation|mobile version)"),
    ("navigation", "any", r"exit mobile version"),
    ("navigation", "any", r"back to top|scroll to top|return to top"),
    ("navigation", "any", r"accessibility links|toggle navigation|main menu|open menu|close menu"),
    (
        "navigation",
        "any",
        r"post navigation|previous (?:post|article|story)|next (?:post|article|story)",
    ),
    ("navigation", "edge", r"menu|search|home|news|sections?|log ?in|log ?out|sign ?in|register"),
    ("navigation", "any", r"«?\s*(?:previous|next|older|newer)(?: (?:page|posts?|entries))?\s*»?"),
    # Share rows.
    ("share", "any", r"share(?: this(?: article| story| post| page)?)?\s*:?"),
    ("share", "any", r"share (?:on|via|to|with) " + _SOCIAL + r"\b.{0,40}"),
    ("share", "any", r"click to (?:share|email|print)\b.{0,80}"),
    ("share", "any", r".{0,60}\(opens? in (?:a )?new (?:window|tab)\)"),
    ("share", "any", _SOCIAL + r"(?:\s*[|/,·•]?\s*" + _SOCIAL + r")*"),
    (
        "share",
        "any",
        r"tweet|copy(?: link)?|link copied!?|email (?:link|this)|print this(?: page| article)?",
    ),
    (
        "share",
        "any",
        r"like this:?|like loading\.*|sharethis.{0,40}|share ?close extra sharing options",
    ),
    # Related stories and promotions.
    (
        "related",
        "any",
        r"related(?: (?:stories|articles|posts|coverage|content|news|topics|links))?\s*:?",
    ),
    ("related", "any", r"(?:more|also|read|see|watch)(?: more| also)?\s*[:|]\s*.{0,150}"),
    (
        "related",
        "any",
        r"(?:you (?:may|might) (?:also )?(?:like|enjoy)|recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: now)?)\b.{0,60}",
    ),
    (
        "related",
        "any",
        r"explore more on these topics|more from .{0,40}|more on this (?:story|topic)",
    ),
    # feat/qa-7: a post's category and tag line under the story ("Filed under: Homelab").
    (
        "related",
        "edge",
        r"(?:filed under|posted in|categories|category|tags|tagged|topics)\s*:\s.{1,150}",
    ),
    # Feed and aggregator stubs.
    ("source", "any", r"source link|original source|view original(?: article)?"),
    (
        "feed",
        "any",
        r"continue reading.{0,40}|read (?:the )?full (?:story|article).{0,40}|read more\.*|learn more\.*",
    ),
    ("feed", "any", r".{0,200}\[\+\d+ chars\]"),
    (
        "advertisement",
        "any",
        r"\[?ad_\d\]?|advertisement:?|advertising|sponsored(?: content)?|story continues below(?: advertisement)?|ad(?: feedback)?",
    ),
    # Newsletters and subscriptions.
    ("subscribe", "any", r"subscribe(?: now| today| here)?!?|sign up(?: now| today| here)?!?"),
    ("subscribe", "any", r"(?:skip past|after) newsletter promotion"),
    ("subscribe", "any", r"(?:sign up|subscribe|register)\b.{0,80}\bnewsletters?\b.{0,80}"),
    ("subscribe", "any", r"(?:get|receive)\b.{0,60}\bnewsletters?\b.{0,60}"),
    (
        "subscribe",
        "any",
        r"by (?:signing up|subscribing|registering|providing your|submitting your|clicking)\b.{0,300}",
    ),
    # feat/pages-6: the site's call to action, a button's words on a line of their own
    # ("Book a demo", "Request a free quote", "Get started for free", "Sign-up for free").
    (
        "advertisement",
        "any",
        r"(?:book|request|schedule|claim) (?:a |an |your )?(?:free )?(?:demo|quote|consultation|trial|information)\b.{0,40}"
        r"|get started (?:for free|free|today|now)!?|sign[- ]up (?:for )?free!?",
    ),
    # Comments.
    (
        "comments",
        "any",
        r"leave a (?:comment|reply)|post a comment|add a comment|\d+ comments?|comments?|view comments|show comments",
    ),
    ("comments", "any", r"your email address will not be published\.?.{0,120}"),
    ("comments", "any", r"\d+ (?:thoughts|responses|replies) (?:on|to) .{0,200}"),
    # Social follow prompts.
    (
        "social",
        "any",
        r"follow (?:us|me|[\w.'’-]+(?: [\w.'’-]+){0,3}) on " + _SOCIAL + r"\b.{0,80}",
    ),
    ("social", "any", r"(?:find|like) us on " + _SOCIAL + r"\b.{0,40}"),
    # Legal: copyright, cookies, privacy.
    ("legal", "any", r"(?:copyright|©|\(c\))\s*(?:©\s*)?\d{4}\b.{0,200}"),
    ("legal", "any", r"©.{0,200}"),
    # On its own: a pattern that opens with ".{0,200}" is only fast without alternatives.
    ("legal", "any", r".{0,200}\ball rights reserved\.?"),
    # One legal link or a row of them without separators ("Terms of Service Privacy Notice").
    ("legal", "any", _LEGAL_LINK + r"(?:\s*[|·•,/]?\s*" + _LEGAL_LINK + r"){0,4}"),
    ("legal", "any", r".{0,120}\buses? cookies\b.{0,300}"),
    ("legal", "any", r"this site is protected by recaptcha.{0,200}"),
    ("footer", "any", r"proudly powered by wordpress.{0,40}|powered by \w+"),
    # feat/qa-7: a reporter's or press office's address, or a release's contact heading,
    # under the story.
    ("footer", "edge", r"(?:e-?mail:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    ("footer", "edge", r"(?:media|press|investor|news) (?:contacts?|enquiries|inquiries):?"),
    # A press release's last line names its issuer in capitals: "SOURCE Northwind Robotics".
    ("source", "edge", r"(?-i:SOURCE [^\n]{0,80}\p{Ll}[^\n]{0,80})"),
    # An agency desk's sign-off codes in lower case: "bur-jlm/hs", "sst/ach".
    # feat/qa-8: perhaps after the agency's code ("AAP bk/jrh") or before the agencies the
    # story draws on ("mm/rc (Reuters, dpa)").
    (
        "metadata",
        "edge",
        r"(?-i:(?:\p{Lu}{2,5} )?[a-z]{2,5}(?:-[a-z]{2,5}){0,3}(?:/[a-z]{2,5}){1,3}"
        r"(?: \([\p{L} ,]{2,60}\))?)",
    ),
    # feat/qa-8: the agency's code after a dash under the story ("--IANS"; "- Immigration"
    # is a menu's entry).
    ("source", "edge", r"(?-i:(?:--?|[—–]) ?\p{Lu}{2,6})"),
    (
        "footer",
        "edge",
        r"contact(?: us)?|about(?: us)?|advertise(?: with us)?|careers|site ?map|help|faq",
    ),
    # feat/qa-8: prompts and rows a first-time user's pasted pages kept in the body: a push
    # alert or inbox sign-up, a messaging channel to join, the comments' call, a "read also"
    # or "latest from" heading, an audio player's length.
    (
        "subscribe",
        "any",
        r"sign up (?:to|for) (?:our |the )?(?:push |breaking news |email )?"
        r"(?:alerts|notifications|updates)\b.{0,200}",
    ),
    ("subscribe", "any", r"get .{1,60} (?:delivered|sent) (?:straight |directly )?to your inbox!?"),
    ("subscribe", "any", r"we use your sign-?up to .{0,300}"),
    ("subscribe", "any", r"subscribe (?:now|today) (?:for|from) .{1,60}"),
    ("social", "any", r"join .{1,40}\b" + _SOCIAL + r" (?:channel|group|community)\b.{0,120}"),
    ("comments", "any", r"join the (?:conversation|discussion|debate)"),
    ("related", "any", r"(?:read|see) also:?|more (?:news|stories|headlines)"),
    ("related", "edge", r"latest (?:from|in|on) .{1,40}"),
    ("other", "any", r"listen(?: now)?\s*[·•|:-]?\s*\d{1,2}:\d{2}(?::\d{2})?"),
    # feat/chrome-9: a rule drawn with dashes, equals signs or tildes on a line of its own
    # ("-----", "====="). Asterisks ("* * *") are the story's section breaks and stay in the
    # body. feat/qa-10: the AP's underscores ("___", above its "Associated Press writer ...
    # contributed" line or a "Follow AP's coverage" line) are a rule too: no text.
    ("other", "any", r"-{3,}|={3,}|~{3,}|[—–]{2,}|_{3,}"),
    # feat/chrome-9: the agency or outlet a story is credited to, alone on a line under or
    # above it ("Source: Reuters", "Sources: AP, AFP"); "Source: the minister said ..." is a
    # sentence (a lower-case word), so every word must be capitalised or a joining word.
    (
        "source",
        "edge",
        r"sources?\s*:\s*(?-i:\p{Lu}[\p{L}\d&.'’-]*"
        r"(?:(?:,\s*|\s*/\s*|\s+(?:and |of |the |for )?)\p{Lu}[\p{L}\d&.'’-]*){0,5})\.?",
    ),
    # feat/chrome-9: a broadcaster's programme line above the story ("Heard on Morning
    # Edition", "As heard on All Things Considered").
    (
        "metadata",
        "edge",
        r"(?:as )?heard on (?-i:\p{Lu}[\p{L}'’.-]*"
        r"(?: (?:\p{Lu}[\p{L}'’.-]*|of|the|and|on|with|in|at)){0,5})",
    ),
    # Page metadata that is not article text.
    ("metadata", "any", r"\d{1,3}[ -]?min(?:ute)?s?(?: to)? read"),
    # feat/qa-7: a reading time without "read" ("2 min"; "60 Minutes" is a show's name) above
    # the story, and a paper's warning that the story is old.
    ("metadata", "edge", r"\d{1,3} ?mins?\.?|reading time:?\s*\d{1,3} ?min(?:ute)?s?\.?"),
    ("metadata", "any", r"this (?:article|story|content) is (?:more|over) than \d+ \w+ old"),
    # A wire's trailer: "This report by The Canadian Press was first published Nov. 5, 2026."
    (
        "metadata",
        "any",
        r"this (?:report|story|article) by .{1,60} was (?:first|originally) published .{1,40}",
    ),
    # A time stamp on its own: "Published 10:02 AM EST Nov 19, 2019", "Updated: Monday, 3 June".
    (
        "metadata",
        "any",
        r"(?:first |last )?(?:published|updated|posted)(?=[^\n]{0,40}\d):?"
        rf"(?:\s+{_DATE_WORD}){{1,10}}",
    ),
)


# feat/qa-10: a heading of page furniture and the blocks it heads. Each entry is ``(kind,
# shape, where, pattern)``: the pattern (case-insensitive) matches the whole heading block,
# the shape says which blocks under it belong to it:
#
# * ``teasers``: the headlines of other stories, one a line (no sentence end), as many as
#   follow, two at least unless they close the text's body ("Read also" / "Bus fares to
#   rise next month" / "Storm closes roads");
# * ``closing teasers``: the same, closing the text's body;
# * ``lines``: short lines that are no prose (a name, a title, an address, a number);
# * ``line``: one such line (the company under "News provided by");
# * ``paragraphs``: every body block down to the next chrome block or heading (a release's
#   boilerplate or legal notice at its end);
# * ``alone``: none; the heading is furniture by itself, once the page reader has read the
#   page (a footer's row of links is evidence of a page until then);
#
# and ``where`` is ``any``, or ``tidy`` for an entry read only in a tidy article, not on a
# whole web page: there the page reader has decided where the article ends, and a release's
# boilerplate and contacts on a news wire's page are part of what it shows; ``release``: in
# a tidy press release only (a text holding one of RELEASE_MARKS).
#
# A pattern with a group ``name`` heads its paragraphs only when the first names the
# name's first word ("About Northwind Robotics" / "Northwind Robotics Inc. designs ...").
CHROME_SECTIONS: tuple[SectionEntry, ...] = (
    ("source", "line", "any", r"news provided by:?"),
    # A footer's row of site links split by bars or dots ("Privacy | Terms | Contact us",
    # "About Us · Careers · Advertise"), every item a link a site prints there.
    (
        "footer",
        "alone",
        "any",
        rf"(?:{_LEGAL_LINK}|{_SITE_LINK})(?:\s*[|·•]\s*(?:{_LEGAL_LINK}|{_SITE_LINK})){{1,15}}",
    ),
    # A release's contact on one line, with an address or a number in it ("Media contact:
    # Jane Roe, jroe@example.com, +1 555 0100").
    (
        "footer",
        "alone",
        "tidy",
        r"(?:(?:media|press|investor|news) )?contacts?\s*:\s*(?=[^\n]{0,200}(?:@|\d{3}))"
        r"[^\n]{1,200}",
    ),
    # "Read more" or "See more" without a colon is as often a button under a paragraph, over
    # the page's next section: its teasers must close the text.
    ("related", "closing teasers", "any", r"(?:read|see) more"),
    (
        "related",
        "teasers",
        "any",
        r"(?:(?:read|see) (?:also|more\s*:)|also read|related(?: (?:stories|articles|posts|coverage"
        r"|content|news|topics|links|reading))?|more (?:on|about) this (?:story|topic)"
        r"|more (?:news|stories|headlines)|further reading"
        r"|recommended (?:for you|reading|stories|articles|videos)"
        r"|you (?:may|might) also (?:like|enjoy)|top stories"
        r"|most (?:read|popular|viewed)(?: (?:in|on) [^\n]{1,30})?)\s*:?",
    ),
    (
        "legal",
        "paragraphs",
        "tidy",
        r"(?:(?:cautionary|special) (?:note|statements?|language) (?:regarding|concerning|about"
        r"|on|relating to) )?forward[- ]looking (?:statements?|information)"
        r"|safe harbou?r(?: statement)?\s*:?",
    ),
    # "About Northwind Robotics" (not a site's "About Us"), in a press release only: on a
    # product or service page, "About Rode" heads the page's own text.
    (
        "footer",
        "paragraphs",
        "release",
        r"about (?-i:(?P<name>(?!(?:Us|Me)\b)\p{Lu}[\p{L}\d&.'’-]*"
        r"(?: (?:\p{Lu}[\p{L}\d&.'’-]*|of|and|&|the|for)){0,6}))\s*:?",
    ),
    (
        "footer",
        "lines",
        "tidy",
        r"(?:(?:(?:media|press|investor|news)(?: relations)? )?contacts?"
        r"(?: (?:information|details))?"
        r"|for (?:more|further) information,? (?:please )?contact)\s*:?",
    ),
)
"""Headings of page furniture and the blocks each heads (see the comment above)."""

RELEASE_MARKS: tuple[str, ...] = (
    # The wire in the dateline: "/PRNewswire/", "(BUSINESS WIRE)", "(GLOBE NEWSWIRE)".
    r"/\s*PR ?Newswire(?:-\w+)?\s*/",
    r"\((?:BUSINESS WIRE|GLOBE NEWSWIRE|ACCESSWIRE|Marketwired|EZ Newswire|PRWEB)\)",
    # Its issuer: "News provided by", "SOURCE Northwind Robotics" on a line of its own.
    r"(?im:^news provided by\b)",
    r"(?m:^SOURCE \p{Lu}[^\n]{0,80}$)",
)
"""Patterns (``regex`` syntax) that make a text a press release (feat/qa-10): its "About
<Company>" section is boilerplate."""
