"""Photo credits: how a credit ends a caption, and the words inside one.

Each pattern in :data:`CREDIT_PATTERNS` matches a whole credit at the *end* of a block (the
captions step anchors it there and searches only the block's tail). The step then reads the
photographers, the agency and the file-photo flag from the matched text itself, so a pattern
only has to say where the credit is. A pattern may name a group ``label`` for words such as
``Photo:`` that say "this is a credit" on their own; a credit without a label must name a
known agency or a photo-agency word (:data:`PHOTO_AGENCY_WORDS`) to count.

For speed the step only tries the patterns on text that holds one of ``: / ) ] © |``,
`` via ``, ``Photo``, ``PHOTO``, `` photo``, `` image``, `` picture``, ``Getty``,
``Shutterstock``, ``Alamy``, ``Image copyright``, ``Image source``, ``Courtesy``,
``COURTESY`` or `` courtesy``;
a pattern you add must match only such text. (Bare agencies after a caption's last sentence,
:data:`BARE_CAPTION_CREDITS`, are looked for apart from these patterns.)
"""

from __future__ import annotations

# Credit text: no line break, no parentheses (the patterns add those they need).
_TEXT = r"[^\n()\[\]]{1,80}?"
_CAPITAL_TEXT = r"(?=[\p{Lu}\d@])[^\n()\[\]]{1,80}?"
_LABEL_WORD = r"(?:Photo|PHOTO|Photograph|PHOTOGRAPH|Picture|PICTURE|Pic|PIC|Image|IMAGE)s?"
# "Photos: Sunday's best" is a gallery link; a colon credit label is singular.
_SINGLE_LABEL_WORD = (
    r"(?:Photo|PHOTO|Photograph|PHOTOGRAPH|Photographer|PHOTOGRAPHER|Picture|PICTURE|Pic|PIC"
    r"|Image|IMAGE|Foto|FOTO)"
)
# One piece of a slashed credit: a few capitalised words ("Jane Q. Doe", "THE CANADIAN
# PRESS", "Getty Images").
_CAPITALISED_PIECE = r"\p{Lu}[\p{L}.'’&-]*(?:\s\p{Lu}[\p{L}.'’&-]*){0,3}"

BARE_CAPTION_CREDITS: tuple[str, ...] = (
    *("Getty Images", "Getty", "AFP", "Reuters", "AP", "EPA", "PA"),
    # feat/captions-1: in capitals, or as the agency's photo: "... on Monday. REUTERS".
    *("GETTY IMAGES", "REUTERS", "ASSOCIATED PRESS", "Associated Press", "AP Photo"),
    *("AP PHOTO", "AFP PHOTO", "AFP Photo"),
)
"""Agencies printed bare after a caption's last sentence, without a label or a slash: ``A
stock image of a coffee cup. Researchers looked at its effect. Getty``. Only a short block
of a few sentences counts (a story's last paragraph may end in an agency's sign-off)."""

POLLSTERS: tuple[str, ...] = (
    "Ipsos", "Zogby", "YouGov", "Gallup", "Marist", "NORC", "Harris", "Edison", "TIPP",
    "Quinnipiac", "SSRS", "Siena", "Morning Consult", "Pew",
)  # fmt: skip
"""Polling firms a wire agency names its polls with (``a Reuters/Ipsos poll``): after the
agency's slash, a poll's partner, not a photographer (``REUTERS/Jane Doe``; ``REUTERS/Harris
Doe`` is one)."""

CREDIT_PATTERNS: tuple[str, ...] = (
    # UPI: "File Photo by Al Drago/UPI | License Photo"; "Photo by X/Getty Images",
    # "Photograph by : X/Getty Images", "STAFF PHOTO BY KATHY ANDERSON", "Photo courtesy X";
    # an outlet's photo: "(Tribune photo by X)", "(Sun-Times Staff Photo by X)".
    rf"\(?(?P<label>(?:(?:File|FILE|Staff|STAFF|AP|UPI) (?:photo|{_LABEL_WORD})|{_LABEL_WORD})"
    r"(?:graph)? ?(?:(?:[Bb]y|BY|[Cc]ourtesy(?: of)?|COURTESY(?: OF)?|credit|Credit)\s*:?))"
    rf"\s*{_TEXT}\)?(?:\s*\|\s*(?i:License Photo))?",
    r"\((?P<label>\p{Lu}[\w.&'’-]*(?: \p{Lu}[\w.&'’-]*){0,2} (?i:staff )?(?:photo|Photo|PHOTO)s?"
    rf" (?:by|By|BY))\s*{_TEXT}\)",
    # Labelled: "Photo: John Locher, AP", "Photograph: X/Reuters", "(Picture: PA)",
    # "(Image: Getty)", "(Pic:PA)", "Credit: Getty - Contributor", "Image copyright Getty",
    # the BBC's "Image source, Getty Images".
    rf"\(?(?P<label>(?:{_SINGLE_LABEL_WORD}|Credit|CREDIT)"
    r"(?: credit| copyright)?\s*[:：]|Image (?:copyright|source),?|Credit\.\.\.)"
    rf"\s*{_TEXT}\)?",
    # (Before the unlabelled patterns: at one start the first wins.)
    # feat/captions-1: a photo word and a slash, after the caption's last sentence with
    # spaces ("... on Monday. Photo / Jane Doe") or in brackets ("(Photo/Agencies)"); not
    # "Best Photo/Multimedia Archive", a menu's link.
    rf"(?<=[.!?\"”’)]\s)(?P<label>(?:Photo|PHOTO|Picture|Pic)\s/)\s{_TEXT}",
    rf"\((?P<label>(?:Photo|PHOTO|Picture|Pic)\s?/)\s*{_TEXT}\)",
    # AP, UPI, AFP: "(AP Photo/Jeffrey T. Barnes)", "(AP Photo/Manuel Balce Ceneta, File)",
    # "(AFP PHOTO / ADRIAN DENNIS)", "(UPI Photo/Andrea Melendez/POOL)".
    # A second credit may follow: "(AP Photo/Focus Features, Alex Bailey) (Alex Bailey - AP)".
    r"\((?P<label>[\p{Lu}][\w.&-]*(?: [\p{Lu}][\w.&-]*){0,2} (?:Photo|PHOTO))"
    rf"\s*/\s*{_TEXT}\)(?:\s*\([^\n()]{{1,40}}\))?",
    # An agency's photo without a name: "(TOI Photo)", "(HT Photo)", "(AP Photo)".
    r"\((?P<label>[\p{Lu}][\w.&-]*(?: [\p{Lu}][\w.&-]*){0,2} (?:Photo|PHOTO|Pic|PIC))\)",
    # Reuters: "REUTERS/Kevin Lamarque/File Photo", "THE ASSOCIATED PRESS/Jae C. Hong".
    # (Not "Reuters/Ipsos", a poll's name: see POLLSTERS.)
    r"(?P<label>REUTERS|Reuters|THE ASSOCIATED PRESS|ASSOCIATED PRESS)\s*/\s*"
    rf"(?!(?i:{'|'.join(POLLSTERS)})\b(?!\s\p{{Lu}}))"
    r"[^\n()\[\]/]{1,60}?(?:\s*/\s*(?:File|FILE)(?: Photo| PHOTO)?)?",
    # "(China Photos/Getty Images)", "(Richard Lam/Canadian Press)", "(Getty Images: X)".
    rf"\({_CAPITAL_TEXT}(?:/|: )[^\n()\[\]]{{1,80}}?\)",
    # A dash before an agency or a newspaper: "(Jane Doe - AP)", "(By Jane Doe -- The
    # Daily Post)" (not "(One Month - One Picture)").
    rf"\({_CAPITAL_TEXT}\s[-–—]{{1,2}}\s(?:{'|'.join(BARE_CAPTION_CREDITS)}|The {_CAPITALISED_PIECE})\)",
    # "(MARK O'NEILL, Sun Media)": a photographer and an outlet.
    rf"\({_CAPITAL_TEXT},\s[^\n()\[\],]{{1,40}}\)",
    # "X/AFP via Getty Images", "Pool via AP".
    r"(?<![\w,;:])(?=\p{Lu})(?:[^\n()\[\].]|(?<=\b(?:\p{Lu}|(?i:jr|sr)))\.){1,60}?"
    r"\s+via\s+(?:Getty Images|AP|Reuters|AFP|EPA)",
    # "[EPA]", "[Photo/Xinhua]", "© Gallo Images".
    r"\[(?:Photo\s*/\s*)?[\p{Lu}][\w .&/-]{1,40}\]",
    # "© Gallo Images" (a year makes it a copyright line: "© Guardian News 2008").
    r"(?P<label>©)\s*[\p{Lu}][^\n©\d]{1,60}",
    # After the caption's last sentence, a name, a spaced slash and an outlet: "... on July
    # 25. Jane Q. Doe / AP file", "Ann DOE / AFP". (The step keeps it only when the outlet
    # is one it knows.)
    r"(?<=[.!?\"”’)]\s)(?:\p{Lu}(?:[^\n()\[\]/.]|(?<=\b\p{Lu})\.){1,50}?\s/\s"
    r"\p{Lu}[\w&.-]*(?:\s\p{Lu}[\w&.-]*){0,3}(?:\s(?:file|File|FILE)(?:\s(?:photo|Photo))?)?)",
    # After the caption's last sentence (maybe past a dash or a bar), capitalised pieces
    # joined by slashes: "... on Monday. AFP/Getty Images", "Jane Doe/AFP/Getty Images",
    # "THE CANADIAN PRESS/Jane Doe", "JANE DOE/Daily Herald". (The step keeps it only when
    # a piece is an agency or an outlet it knows, or a photo word, and names a person
    # beside an agency: "Reuters/Ipsos", a poll's name, is none.)
    rf"(?<=\w\s\S+[.!?\"”’)]\s(?:[-–—|]\s)?){_CAPITALISED_PIECE}(?:\s?/\s?{_CAPITALISED_PIECE}){{1,3}}",
    # feat/captions-1: a photographer, a bar and a photo agency after the caption's last
    # sentence: "... on Monday. Jane Doe | Getty Images" ("Jane Doe | Reuters" alone is a
    # byline's shape: only a photo agency counts).
    rf"(?<=\w\s\S+[.!?\"”’)]\s){_CAPITALISED_PIECE}\s\|\s(?:Getty Images|Shutterstock|Alamy"
    r"|iStock|Getty)",
    # An agency's photo after the caption's last sentence, without brackets: "... on Monday.
    # AP Photo/Jane Doe".
    r"(?<=[.!?\"”’)]\s)(?P<label>[\p{Lu}][\w.&-]*(?: [\p{Lu}][\w.&-]*){0,2} (?:Photo|PHOTO))"
    rf"\s*/\s*{_TEXT}",
    # Where the photo came from, after the caption's last sentence: "... on Monday.
    # (Submitted photo)", "Courtesy photo", "Contributed image".
    r"(?<=[.!?\"”’)]\s)\(?(?P<label>(?i:submitted|contributed|courtesy|staff|family|handout)"
    r" (?:photo|image|picture)s?)\)?",
    # feat/captions-1: who lent the photo, after the caption's last sentence or on a line of
    # its own: "... on Monday. (Courtesy of the Doe family)", "... 1998. Courtesy Gallery
    # North.", "Courtesy of Acme Corp.", "Image courtesy of the city" (not "as a courtesy
    # to", prose in lower case; on a line of its own "of" or a photo word is asked for:
    # "Courtesy Pay" is a bank's service).
    r"(?<=[.!?\"”’)]\s)\(?(?P<label>(?:(?:Photo|Image|Picture) )?(?:[Cc]ourtesy|COURTESY)"
    r"(?: of| OF)?)\s+(?=[\p{Lu}\w])[^\n()\[\]:]{1,60}?\)?",
    r"(?:^|(?<=\n))\(?(?P<label>(?:Photo|Image|Picture) (?:[Cc]ourtesy|COURTESY)(?: of| OF)?"
    r"|(?:Courtesy|COURTESY) (?:of|OF))\s+(?=[\p{Lu}\w])[^\n()\[\]:]{1,60}?\)?",
)
"""Patterns of a photo credit at the end of a caption (``regex`` syntax)."""

# A photographer's name printed in capitals: "KATHY DOE", "ANNA DeVRIES".
_CAPITAL_NAME = r"(?:\p{Lu}\p{Ll}?\p{Lu}[\p{Lu}'.-]*|\p{Lu}\.?)(?:\s(?:\p{Lu}\p{Ll}?\p{Lu}[\p{Lu}'.-]*|\p{Lu}\.)){1,3}"

LEADING_CREDIT_PATTERNS: tuple[str, ...] = (
    # "STAFF PHOTO BY KATHY DOE Fans wait outside the arena.": the label and the name in
    # capitals, then the caption in mixed case.
    rf"(?P<label>(?:STAFF |FILE |SPECIAL )?PHOTO(?:GRAPH)? BY)\s+{_CAPITAL_NAME}(?=\s+\p{{Lu}}\p{{Ll}})",
    # "(Photo: John Roe) Fans wait outside the arena.": a labelled credit in brackets.
    rf"\((?P<label>{_SINGLE_LABEL_WORD}\s*:)\s*{_TEXT}\)(?=\s+\p{{Lu}}\p{{Ll}})",
)
"""Patterns of a credit that *opens* a caption (matched at the start of a block)."""

STANDALONE_CREDIT_PATTERNS: tuple[str, ...] = (
    # A credit-only line: "John McConnico/Associated Press", "Leader-Post/Bryan Schlosser",
    # "Alex Wong | Getty Images", "Photo: AP", "Getty Images".
    r"[\p{Lu}][^\n()\[\]]{0,70}(?:/|\s\|\s)[^\n()\[\]]{1,70}",
    r"(?:Getty Images|Getty|Shutterstock|Alamy|Pool via (?:AP|Reuters|AFP|Getty Images))",
)
"""Whole-block patterns of a credit printed on its own line (the caption is ``text ==
credit``); the line must still name an agency or a photo-agency word."""

PHOTO_AGENCY_WORDS: tuple[str, ...] = (
    "images",
    "image",
    "photos",
    "photo",
    "pictures",
    "picture",
    "pool",
    "wire",
    "wireimage",
    "getty",
    "shutterstock",
    "rex",
    "alamy",
    "istock",
    "istockphoto",
    "archive",
    "archives",
    "handout",
    "courtesy",
    "contributor",
    "photography",
    "photographer",
    "photographers",
    # Photo agencies known by one word: "Jane Doe/Corbis", "Jane Doe/Landov".
    *("corbis", "landov", "zuma", "sipa", "polaris", "redux", "newscom", "wenn", "abaca"),
    *("filmmagic", "photoshot", "barcroft", "splash"),
)
"""Words that make a credit part an agency or outlet rather than a photographer."""

CAPTION_CUES: tuple[str, ...] = (
    # Where a person stands in the picture: "(left)", "(L)", "Jane Doe, left, and ...",
    # "second from right".
    # ("(R)" and "(C)" are left out: they are trademark and copyright signs as often;
    # "(above)" and "(below)" point at a video in the story's own prose.)
    r"\((?:left|right|center|centre|L|inset|pictured)\)",
    r",\s(?:left|right|center|centre|foreground|background)(?:,|\s+(?:and|with)\b)",
    r"\b(?:second|third|fourth)\s+from\s+(?:left|right)\b",
    # What the picture is: "(file photo)", "in this undated photo", "combined image".
    r"\((?:file|FILE)(?:\s+(?:photo|picture|image|pic))?\)",
    r"\b(?:in\s+this|in\s+an?)\s+(?:\w+\s+){0,2}(?:photo|picture|image|handout|photograph)\b",
    r"\b(?:[Uu]ndated|[Ff]ile|[Hh]andout)\s+(?:photo|picture|image|photograph)\b",
    r"\bcombined\s+image\b",
    r"\bpose[sd]?\s+(?:for|with|during|after|before|at|in|on)\b",
    r"\bshak(?:e|es|ing)\s+hands\b",
    # feat/captions-1: what the picture shows: "A general view of the harbour", "An artist's
    # impression of the new stadium".
    r"^(?:A|An)\s+(?:general\s+|aerial\s+|wide\s+)?view\s+(?:of|from|across)\b",
    r"\b(?:[Aa]n\s+)?artist(?:['’]s|s['’])\s+(?:impression|rendering|drawing)\b",
)
"""Patterns of picture language: a short one-sentence block holding one is a caption even
without a credit (``Jane Doe (left) arrives at the court``)."""

CAPTION_VERBS: tuple[str, ...] = (
    "arrives",
    "arriving",
    "arrive",
    "attends",
    "attend",
    "celebrates",
    "celebrate",
    "celebrating",
    "chase",
    "chases",
    "chats",
    "cheer",
    "cheers",
    "delivers",
    "gestures",
    "gesturing",
    "greets",
    "greeting",
    "holds",
    "holding",
    "inspect",
    "inspects",
    "kneels",
    "leaves",
    "listens",
    "performs",
    "performing",
    "react",
    "reacts",
    "searches",
    "sits",
    "sitting",
    "smiles",
    "smiling",
    "speaks",
    "speaking",
    "stand",
    "stands",
    "standing",
    "walk",
    "walks",
    "walking",
    "watch",
    "watches",
    "wave",
    "waves",
    "waving",
    # feat/captions-1: more of what people do in a picture; none a noun as well ("wait
    # times", "pay raises") or a headline's verb ("revenue jumps", "raises fears", "festival
    # embraces", "in running for").
    *("carrying", "crossing", "hugs", "hugging", "kisses", "riding", "dancing", "pointing"),
    *("marching", "prays", "praying", "shouting", "salutes", "saluting", "applauds"),
)
"""Present-tense verbs of a picture ("Soldiers stand guard"): they mark a caption in a
short block that ends without a period, where a paragraph of the story would tell its
news in the past tense."""

ABBREVIATIONS: tuple[str, ...] = (
    *("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
    *("const", "gov", "sen", "rep", "gen", "col", "capt", "sgt", "rev", "prof"),
    *("mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "co", "corp", "inc", "ltd", "vs"),
    *("ft", "mt"),
)
"""Abbreviations whose period ends no sentence (``Const. Jane Doe``, ``Dec. 31``): a caption
holds one sentence at most, and these do not count as a second."""

PICTURE_ABOVE_LINES: tuple[str, ...] = (
    # The buttons of a photo, printed between it and its caption: "View larger image",
    # "Click photo to enlarge", "Enlarge This Image", "Zoom".
    r"(?:click|tap)(?: on)?(?: the)?(?: (?:photo|image|picture))? to (?:enlarge|zoom|expand)"
    r"(?: (?:the )?(?:photo|image|picture))?",
    r"(?:view|see) (?:a )?larger (?:image|photo|picture|version)",
    r"enlarge(?: this)? (?:image|photo|picture)",
    r"zoom",
    # "Buy Daily Star photo reprints": the photo's order button.
    r"buy (?:[\w'’.-]+ ){0,3}photo reprints?",
    # "Enlarge", "+ Enlarge", "Enlarge photo"; a gallery's counter, "Photo 2 of 12" (not a
    # carousel's "Slide 1 of 5": its slides are promotions as often); a caption's toggle,
    # "toggle caption", "Show caption".
    r"\+? ?enlarge(?: (?:photo|image|picture))?",
    r"(?:photo|image|picture) \d+ (?:of|/) \d+",
    r"(?:toggle|show) caption",
    # feat/chrome-9: the BBC's caption label alone on its line, the caption on the next
    # ("Image caption," / "Jane Doe at the rally"); on one line it is a label (see
    # CAPTION_LABELS).
    r"image caption,?",
    # feat/captions-1: a photo's size buttons: "[Enlarge]", "View full size image", "Zoom
    # photo", "Related photo". (Not "Buy this photo": printed under a caption as often, with
    # a paragraph of the story under it.)
    r"\[\+? ?enlarge(?: (?:photo|image|picture))?\]",
    r"(?:view )?full[- ]size (?:photo|image|picture)",
    r"zoom (?:photo|image|picture)",
    r"related (?:photo|image|picture)s?",
)
"""Patterns (case-insensitive, whole line) of a photo's button printed right *above* its
caption: the block under such a line is the caption."""

PICTURE_BELOW_LINES: tuple[str, ...] = (
    # A gallery link printed under the caption: "More photos:", "See more pictures",
    # "More pictures: < Prev | Next >", "Photo Gallery>>>", "Click for the X Gallery".
    r"(?:see )?more (?:photos|pictures|pics|images)\b[^\n]{0,30}",
    r"photo gallery\s*>+",
    r"click (?:here )?for (?:the |our |a )?[^\n]{0,40}gallery",
    # "hide caption" under the caption; "View slideshow", "See photo gallery".
    r"hide caption",
    r"(?:view|see|launch|watch) (?:the |our |a )?(?:photo )?(?:slide ?show|gallery)",
    # feat/captions-1: "Photos (3)", "See all photos". ("Photo Gallery" alone heads a box
    # as often, under a list of links.)
    r"(?:photos|pictures|images) \(\d+\)",
    r"(?:see|view) all (?:photos|pictures|images)",
)
"""Patterns (case-insensitive, whole line) of a gallery link printed right *below* a
caption: the block above such a line is the caption, if it ends without a period."""

CAPTION_LABELS: tuple[str, ...] = (
    # "Caption: The band signed a new deal", "PHOTO CAPTION: ...".
    r"(?i:(?:photo |picture )?caption)\s*:\s",
    # The BBC's "Image caption The band signed a new deal", "Image caption, The band ..."
    # (no colon; printed under an "Image copyright Getty Images" or "Image source, Getty
    # Images" line, with which the captions step joins it).
    r"Image caption,?\s+(?=\S)",
)
"""Patterns of a label that opens a caption (matched at the start of a block)."""

FORM_ANSWERS: tuple[str, ...] = ("yes", "no", "none", "n/a", "na", "true", "false")
"""Answers of a web form's field (``Picture: Yes``): after a credit label, no source."""

MARKUP_CAPTION_OPENERS: tuple[str, ...] = (
    # Leaked HTML that opens a caption: '<div class="cap">', '<span class="photo-caption">',
    # '<figcaption>'.
    r"<figcaption\b[^<>]*>",
    r"<\w+\b[^<>]*\b(?:class|id)\s*=\s*[\"']?[\w -]*(?:cap|caption|cutline)[\w-]*[^<>]*>",
)
"""Patterns (case-insensitive) of a leaked HTML tag opening a caption: the text right after
a markup block ending in one is a caption."""

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]*\.?)"
CAPTION_DATE_ENDS: tuple[str, ...] = (
    # An agency's caption: "... in Ottawa, Monday, Jan. 7, 2008.", "... on Monday, January
    # 7, 2008", "... in Islamabad, 18 Nov 2007".
    rf"\b{_WEEKDAY},?\s+{_MONTH}\s+\d{{1,2}},\s+\d{{4}}\.?$",
    rf",\s+\d{{1,2}}\s+{_MONTH}\s+\d{{4}}$",
)
"""feat/captions-1: patterns of the date an agency's caption ends with: a weekday and a
date with its year (or a date with its year after a comma, and no period). A one-sentence
block ending so, with no speech and no auxiliary verb (``The hearing will be held on
Monday, Jan. 14, 2008.`` is the story's), is a caption."""

GLUED_CAPTION_CUES: tuple[str, ...] = (
    # A sports picture: "Jane Doe in action in 2007." ("missing in action" reads as prose
    # elsewhere, so this only counts where a repeated lede shows the block is a teaser).
    r"\bin\s+action\b",
)
"""Patterns of picture language that mark the sentence before a repeated lede as a caption
(with the caption cues and verbs)."""

SKIPPED_CREDIT_PARTS: tuple[str, ...] = (
    *("file", "file photo", "license photo"),
    *("pool", "staff", "stf", "ho", "handout", "dpa"),
    # Where the photo came from, naming no one: "Submitted photo", "(Courtesy photo)".
    *("photo", "submitted photo", "contributed photo", "courtesy photo"),
    *("family photo", "handout photo"),
)
"""Parts of a credit (casefolded, whole part) that name neither a photographer nor the
agency: ``File``, ``Pool``, ``STF`` (staff), ``HO`` (handout), ``License Photo`` (a link)."""
