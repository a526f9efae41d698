"""See a parse: the article's source text as HTML, with every part marked.

:func:`render` returns a self-contained HTML fragment (inline CSS, no JavaScript, nothing
fetched from the network) for a notebook cell or a web page; :func:`render_page` wraps it in
a whole HTML page, as ``copydesk parse --format html`` writes it.

- The whole source is shown, in order, with its line breaks. The text of the marked view
  (the element with class ``copydesk-text``) is exactly :attr:`copydesk.Article.source`,
  except that the characters HTML cannot carry (NUL and lone surrogates) show as U+FFFD.
- Each part is a ``<span>`` with ``data-part`` (its type), ``data-span`` (``start-end``), a
  label drawn by CSS before it (not part of the text) and a ``title`` with its details,
  shown on hover. Quotes sit inside paragraphs, credits inside captions, the site inside its
  chrome line. A part that crosses the end of the part around it (a quote running over two
  paragraphs) is cut there and continued after it; the later pieces have class ``cd-cont``
  and no label.
- Every kind of part has its own border or underline style and a label, so the marks never
  rely on colour alone; the colours (Okabe and Ito's palette) follow a light or dark theme.
- The text is untrusted: everything from it is escaped, in text and in attributes, and the
  page's Content-Security-Policy forbids scripts and network access.

>>> import copydesk
>>> fragment = copydesk.render(copydesk.parse("Storm <b>hits</b>\\n\\nIt rained."))
>>> '<span class="cd-mark cd-headline" data-part="headline"' in fragment
True
>>> "Storm &lt;b&gt;hits&lt;/b&gt;" in fragment
True
"""

from __future__ import annotations

import heapq
import html
import re
from collections.abc import Collection, Iterable, Iterator
from typing import NamedTuple

from copydesk._models import Article, Quote, Span

__all__ = ["PARTS", "page_head", "page_section", "page_tail", "render", "render_page"]

#: The names :func:`render` accepts in ``parts``, one per kind of part.
PARTS = (
    "chrome",
    "site",
    "headline",
    "dateline",
    "dates",
    "bylines",
    "captions",
    "credits",
    "paragraphs",
    "quotes",
    "speakers",
)

#: The legend: each kind's class, its label and what it marks.
_LEGEND = (
    ("headline", "headline", "the headline"),
    ("dateline", "dateline", "place, date and agency that open the story"),
    ("date", "published", "when the article was published or updated"),
    ("byline", "byline", "authors and credit trailers"),
    ("caption", "caption", "a photo caption"),
    ("credit", "credit", "the photo credit inside a caption"),
    ("quote", "quote", "a passage in quotation marks"),
    ("speaker", "speaker", "who a quote is attributed to"),
    ("chrome", "chrome", "site furniture kept out of the body, labelled by kind"),
    ("site", "site", "the publication's name"),
    ("paragraph", "¶ paragraph", "a body paragraph"),
)


class _Mark(NamedTuple):
    """One part to mark: its place, how it is labelled and its details for the tooltip."""

    start: int
    end: int
    part: str  # the data-part value and CSS class suffix
    label: str
    details: str
    first: bool = True  # False for the later pieces of a part cut at an enclosing end


def render(article: Article, *, parts: Collection[str] = PARTS, legend: bool = True) -> str:
    """The source of *article* as an HTML fragment with the chosen *parts* marked.

    *parts* names the kinds to mark (see :data:`copydesk.rendering.PARTS`), all by default;
    *legend* adds a line explaining the marks above the text.

    >>> import copydesk
    >>> article = copydesk.parse('Storm hits coast\\n\\n"We are ready," Mayor Ann Lee said.')
    >>> fragment = render(article, parts=("quotes",), legend=False)
    >>> fragment.count('data-part="quote"'), fragment.count('data-part="headline"')
    (1, 0)
    >>> render(article, parts=("quote",))
    Traceback (most recent call last):
      ...
    ValueError: unknown part 'quote'; the parts are: chrome, site, headline, dateline, \
dates, bylines, captions, credits, paragraphs, quotes, speakers
    """
    if isinstance(parts, str):
        raise TypeError("parts must be a collection of part names, not a string")
    for name in parts:
        if name not in PARTS:
            raise ValueError(f"unknown part {name!r}; the parts are: {', '.join(PARTS)}")
    marks = [mark for mark in _marks(article) if _KIND_OF_PART[mark.part] in parts]
    pieces = ['<div class="copydesk-view">', _STYLE]
    if legend:
        pieces.append(_legend())
    pieces.append('<div class="copydesk-text">')
    pieces.extend(_marked_text(article.source, marks))
    pieces.append("</div></div>")
    return "".join(pieces)


def render_page(articles: Iterable[tuple[str | None, Article]], *, title: str = "copydesk") -> str:
    """A whole HTML page showing each ``(name, article)`` pair, the name as a heading.

    The page is ASCII: other characters are written as character references, so it reads
    right whatever encoding it is saved in. Its Content-Security-Policy allows inline styles
    only: no script runs and nothing is fetched.

    >>> import copydesk
    >>> page = render_page([("a.txt", copydesk.parse("Café opens\\n\\nIt did."))])
    >>> page.startswith("<!DOCTYPE html>"), "Caf&#233; opens" in page, page.isascii()
    (True, True, True)
    """
    return page_head(title) + "".join(page_section(a, name=n) for n, a in articles) + page_tail()


def page_head(title: str = "copydesk") -> str:
    """The start of the page :func:`render_page` writes, up to the first article."""
    return _ascii(
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="color-scheme" content="light dark">\n'
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        f"<title>{html.escape(title)}</title>\n"
        f"<style>{_PAGE_CSS}</style>\n</head>\n<body>\n"
    )


def page_section(article: Article, *, name: str | None = None) -> str:
    """One article of the page: a heading with *name* (when given), then the fragment."""
    heading = f'<h2 class="copydesk-name">{_text(name)}</h2>\n' if name else ""
    return _ascii(f"<section>\n{heading}{render(article)}\n</section>\n")


def page_tail() -> str:
    """The end of the page :func:`render_page` writes."""
    return "</body>\n</html>\n"


#: How deep each kind of part sits: parts of the article, the parts inside them, speakers.
_DEPTH = {
    "chrome": 0,
    "headline": 0,
    "dateline": 0,
    "byline": 0,
    "caption": 0,
    "paragraph": 0,
    "site": 1,
    "credit": 1,
    "date": 1,
    "quote": 1,
    "speaker": 2,
}

# --- the marks ---------------------------------------------------------------------------------

#: Which name in PARTS turns each data-part on.
_KIND_OF_PART = {
    "chrome": "chrome",
    "site": "site",
    "headline": "headline",
    "dateline": "dateline",
    "byline": "bylines",
    "caption": "captions",
    "credit": "credits",
    "date": "dates",
    "paragraph": "paragraphs",
    "quote": "quotes",
    "speaker": "speakers",
}


def _marks(article: Article) -> Iterator[_Mark]:
    source = article.source
    for chrome in article.chrome:
        yield _mark(chrome.span, "chrome", f"chrome: {chrome.kind}", ("kind", chrome.kind))
    if article.site is not None:
        site = article.site
        yield _mark(site.span, "site", "site", ("name", site.name), ("tagline", site.tagline))
    if article.headline is not None:
        yield _mark(article.headline.span, "headline", "headline")
    if article.dateline is not None:
        dateline = article.dateline
        date = dateline.date.isoformat() if dateline.date else None
        yield _mark(
            dateline.span,
            "dateline",
            "dateline",
            ("location", dateline.location),
            ("city", dateline.city),
            ("region", dateline.region),
            ("date as printed", dateline.date_text),
            ("date", date or "not resolved (no year and no reference date)"),
            ("agency", dateline.agency),
        )
    for label, stamp in (("published", article.published), ("updated", article.updated)):
        if stamp is not None:
            order = {True: "day first", False: "month first", None: None}[stamp.day_first]
            yield _mark(
                stamp.span,
                "date",
                label,
                ("date", stamp.value.isoformat()),
                ("digits read", order),
                ("ambiguous", "day and month could be swapped" if stamp.ambiguous else None),
            )
    for byline in article.bylines:
        label = "byline" if byline.kind == "author" else f"byline: {byline.kind}"
        yield _mark(
            byline.span,
            "byline",
            label,
            ("names", ", ".join(byline.names)),
            ("role", byline.role),
            ("organization", byline.organization),
            ("editors", ", ".join(byline.editors)),
        )
    for caption in article.captions:
        yield _mark(caption.span, "caption", "caption")
        credit = caption.credit
        if credit is not None:
            yield _mark(
                credit.span,
                "credit",
                "credit: file photo" if credit.file_photo else "credit",
                ("names", ", ".join(credit.names)),
                ("agency", credit.agency),
            )
    for number, paragraph in enumerate(article.paragraphs, 1):
        yield _mark(paragraph.span, "paragraph", "¶", heading=f"paragraph {number}")
    yield from _quote_marks(article.quotes, source)


def _quote_marks(quotes: Iterable[Quote], source: str) -> Iterator[_Mark]:
    # One speaker mention may introduce several quotes ('"A," he said, "B."'): it is marked
    # once, naming them all.
    spoken: dict[Span, list[tuple[int, Quote]]] = {}
    quotes = tuple(quotes)
    # The pieces of one quotation ('"A," she said, "b."') name each other: "quotes 1, 2".
    pieces: dict[int, list[str]] = {}
    for number, quote in enumerate(quotes, 1):
        if quote.group is not None:
            pieces.setdefault(quote.group, []).append(str(number))
    for number, quote in enumerate(quotes, 1):
        speaker = quote.speaker
        who = (speaker.name or speaker.mention) if speaker else None
        together = pieces.get(quote.group, []) if quote.group is not None else []
        yield _mark(
            quote.span,
            "quote",
            f"quote {number}" + (f": {who}" if who else ""),
            ("kind", quote.kind),
            ("speaker", who or "not found"),
            ("as written", speaker.mention if speaker else None),
            ("speaker's title", speaker.title if speaker else None),
            ("cue", quote.cue),
            ("one quotation", f"quotes {', '.join(together)}" if len(together) > 1 else None),
        )
        if speaker is not None:
            spoken.setdefault(speaker.span, []).append((number, quote))
    for span, said in spoken.items():
        speaker = said[0][1].speaker
        assert speaker is not None
        numbers = ", ".join(str(number) for number, _ in said)
        cues = "; ".join(dict.fromkeys(quote.cue for _, quote in said if quote.cue))
        yield _mark(
            span,
            "speaker",
            f"speaker of {numbers}",
            ("name", speaker.name),
            ("title", speaker.title),
            ("quotes", numbers),
            ("cue", cues),
        )


def _mark(
    span: Span, part: str, label: str, *details: tuple[str, str | None], heading: str = ""
) -> _Mark:
    """A mark whose tooltip is *heading* (the label by default) and the details given."""
    lines = [heading or label] + [f"{name}: {value}" for name, value in details if value]
    return _Mark(span.start, span.end, part, label, "\n".join(lines))


# --- the text, with the marks nested properly ---------------------------------------------------


def _marked_text(source: str, marks: Iterable[_Mark]) -> Iterator[str]:
    """Yield the escaped *source* with a ``<span>`` around each mark, properly nested.

    Marks open in order of their start, then of their depth (an article's part before a
    quote or credit in it, those before a speaker), then the longer first. A mark that
    would end after the one around it is cut at that end, and its rest queued to open
    again; a part that starts inside a deeper one (a paragraph inside a quote that runs on)
    cuts the deeper one instead, which opens again inside it.
    """
    pending = [(mark.start, _DEPTH[mark.part], -mark.end, n, mark) for n, mark in enumerate(marks)]
    heapq.heapify(pending)
    open_marks: list[_Mark] = []
    position = 0

    def requeue(rest: _Mark, order: int) -> None:
        heapq.heappush(pending, (rest.start, _DEPTH[rest.part], -rest.end, order, rest))

    while pending:
        _, depth, _, order, mark = heapq.heappop(pending)
        while open_marks and open_marks[-1].end <= mark.start:
            yield _text(source[position : open_marks[-1].end]) + "</span>"
            position = open_marks.pop().end
        yield _text(source[position : mark.start])
        position = mark.start
        while open_marks and mark.end > open_marks[-1].end and _DEPTH[open_marks[-1].part] > depth:
            yield "</span>"
            requeue(open_marks.pop()._replace(start=mark.start, first=False), order)
        if open_marks and mark.end > open_marks[-1].end:
            cut = open_marks[-1].end
            requeue(mark._replace(start=cut, first=False), order)
            mark = mark._replace(end=cut)
        yield _opening_tag(mark)
        open_marks.append(mark)
    while open_marks:
        yield _text(source[position : open_marks[-1].end]) + "</span>"
        position = open_marks.pop().end
    yield _text(source[position:])


def _opening_tag(mark: _Mark) -> str:
    classes = f"cd-mark cd-{mark.part}" + ("" if mark.first else " cd-cont")
    return (
        f'<span class="{classes}" data-part="{mark.part}" data-span="{mark.start}-{mark.end}"'
        f' data-label="{_attribute(mark.label)}" title="{_attribute(mark.details)}">'
    )


def _text(text: str) -> str:
    """*text* escaped for an HTML text node, kept as it is when the page is read."""
    # A browser reads a raw CR as a line feed: write it as a reference to keep it.
    return _carriable(html.escape(text, quote=False)).replace("\r", "&#13;")


def _attribute(text: str) -> str:
    return _carriable(html.escape(text, quote=True)).replace("\r", "&#13;").replace("\n", "&#10;")


#: NUL and surrogates (a str holds them unpaired): HTML cannot carry them.
_UNCARRIABLE = re.compile("[\0\ud800-\udfff]")


def _carriable(text: str) -> str:
    """*text* with the characters HTML cannot carry as U+FFFD."""
    return _UNCARRIABLE.sub("\ufffd", text)


def _ascii(text: str) -> str:
    return text.encode("ascii", "xmlcharrefreplace").decode("ascii")


def _legend() -> str:
    items = "".join(
        f'<span class="cd-mark cd-{part} cd-key" title="{_attribute(meaning)}">{label}</span> '
        for part, label, meaning in _LEGEND
    )
    hint = '<span class="cd-hint">hover a mark for its details</span>'
    return f'<div class="copydesk-legend">{items}{hint}</div>'


# --- the style -----------------------------------------------------------------------------------
# Okabe and Ito's colour-blind-safe palette, darkened on light backgrounds and lightened on
# dark ones so every label keeps a contrast of at least 4.5:1. The view sets its own
# background and text colours, so it stays readable whatever page or notebook holds it.
# Each kind also has its own border shape, and a label: colour is never the only cue.

_LIGHT = """
--cd-fg:#1a1a1a;--cd-bg:#ffffff;--cd-muted:#5f5f5f;--cd-stripe:rgba(0,0,0,.06);
--cd-headline:#0072b2;--cd-dateline:#8f5f00;--cd-date:#8f5f00;--cd-byline:#00775a;--cd-caption:#a8427a;
--cd-credit:#b34e00;--cd-quote:#6b6000;--cd-quote-tint:rgba(240,228,66,.35);
--cd-speaker:#b34e00;--cd-chrome:#5f5f5f;--cd-site:#0072b2;--cd-paragraph:#8a8a8a;
"""
_DARK = """
--cd-fg:#e8e8e8;--cd-bg:#1b1b1b;--cd-muted:#a6a6a6;--cd-stripe:rgba(255,255,255,.07);
--cd-headline:#56b4e9;--cd-dateline:#f0b43c;--cd-date:#f0b43c;--cd-byline:#3fd1a4;--cd-caption:#e79ac4;
--cd-credit:#ff8a4c;--cd-quote:#ede26a;--cd-quote-tint:rgba(240,228,66,.16);
--cd-speaker:#ff8a4c;--cd-chrome:#a6a6a6;--cd-site:#56b4e9;--cd-paragraph:#8a8a8a;
"""
_KINDS = (
    "headline",
    "dateline",
    "date",
    "byline",
    "caption",
    "credit",
    "quote",
    "speaker",
    "chrome",
    "site",
    "paragraph",
)

_STYLE = (
    "<style>"
    f".copydesk-view{{{_LIGHT}}}"
    f"@media (prefers-color-scheme:dark){{.copydesk-view{{{_DARK}}}}}"
    # the dark themes of JupyterLab and VS Code notebooks, whatever the system's setting
    f"[data-jp-theme-light=false] .copydesk-view,.vscode-dark .copydesk-view{{{_DARK}}}"
    ".copydesk-view{color:var(--cd-fg);background:var(--cd-bg);padding:.8em 1em;"
    "font:15px/1.7 system-ui,-apple-system,'Segoe UI',sans-serif;border-radius:4px}"
    ".copydesk-text{white-space:pre-wrap;overflow-wrap:anywhere}"
    ".copydesk-legend{font-size:12px;line-height:2.2;margin-bottom:.8em;padding-bottom:.4em;"
    "border-bottom:1px solid var(--cd-muted)}"
    ".copydesk-legend .cd-key{padding:0 .35em;margin-right:.3em}"
    ".copydesk-view .cd-hint{color:var(--cd-muted);font-style:italic}"
    # a mark never lets a bidi control in the untrusted text reorder what follows it
    ".copydesk-view .cd-mark{unicode-bidi:isolate;border-radius:3px}"
    ".copydesk-text .cd-mark:not(.cd-cont)::before{content:attr(data-label);"
    "font:600 10px/1 system-ui,sans-serif;color:var(--cd-bg);background:var(--cd-accent);"
    "padding:1px 4px;margin:0 3px 0 1px;border-radius:3px;vertical-align:2px;"
    # inline-block: the label never breaks over two lines nor takes its part's underline
    "display:inline-block;white-space:nowrap;font-style:normal;user-select:none}"
    + "".join(f".copydesk-view .cd-{kind}{{--cd-accent:var(--cd-{kind})}}" for kind in _KINDS)
    + ".copydesk-view .cd-headline{font-weight:700;border-bottom:3px solid var(--cd-accent)}"
    ".copydesk-view .cd-dateline{border-bottom:4px double var(--cd-accent)}"
    ".copydesk-view .cd-date{border-bottom:2px dotted var(--cd-accent)}"
    ".copydesk-view .cd-byline{border:2px dashed var(--cd-accent);padding:0 2px}"
    ".copydesk-view .cd-caption{font-style:italic;border:2px dotted var(--cd-accent);"
    "padding:0 2px}"
    ".copydesk-view .cd-credit{font-style:normal;border-bottom:2px solid var(--cd-accent);"
    "border-top:2px solid var(--cd-accent)}"
    ".copydesk-view .cd-quote{background:var(--cd-quote-tint);"
    "border-bottom:2px solid var(--cd-accent)}"
    ".copydesk-view .cd-speaker{text-decoration:underline wavy var(--cd-accent);"
    "text-underline-offset:3px;font-weight:600}"
    ".copydesk-view .cd-chrome{color:var(--cd-muted);background:repeating-linear-gradient("
    "135deg,var(--cd-stripe) 0 4px,transparent 4px 8px);outline:1px dashed var(--cd-muted)}"
    ".copydesk-view .cd-site{outline:3px double var(--cd-accent);outline-offset:1px}"
    ".copydesk-text .cd-paragraph:not(.cd-cont)::before{color:var(--cd-accent);"
    "background:none;font-size:12px;padding:0;margin:0 2px 0 0}"
    "</style>"
)

_PAGE_CSS = (
    "body{margin:0 auto;max-width:60em;padding:1em;font-family:system-ui,sans-serif}"
    "@media (prefers-color-scheme:dark){body{background:#111;color:#e8e8e8}}"
    ".copydesk-name{font-size:1em;font-family:ui-monospace,monospace}"
)
