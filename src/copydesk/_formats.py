"""What ``copydesk parse --format`` prints: one writer per format, all listed in :data:`FORMATS`.

A new format is a function ``(article, file name or None) -> str`` and one line in
:data:`FORMATS`. Scraped text can hold terminal escape sequences (a page could retitle or
clear the reader's terminal): the formats meant for a terminal write control characters as
visible escapes (:func:`escape_controls`), and JSON escapes them as JSON does.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import attrs

from copydesk import rendering
from copydesk._models import Article, DateStamp, Quote

#: Width of the body text in the text format.
_WIDTH = 100
#: What a quote with no speaker found is shown as.
NO_SPEAKER = "(no speaker)"

# C0 controls but line feed and tab, DEL, and the C1 controls (U+009B is a one-character
# CSI, which some terminals obey as ESC [ does).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def escape_controls(text: str) -> str:
    r"""*text* with every control character but line feed and tab written as ``\xNN``.

    >>> escape_controls("Title\x1b]0;owned\x07 and\ttab\n")
    'Title\\x1b]0;owned\\x07 and\ttab\n'
    """
    return _CONTROLS.sub(lambda match: f"\\x{ord(match.group()):02x}", text)


def format_text(article: Article, *, title: str | None = None) -> str:
    """A readable summary of *article*: one labelled line per part, then the body.

    Control characters (terminal escape sequences) are written as visible ``\\xNN`` escapes.

    >>> import copydesk
    >>> print(format_text(copydesk.parse("Storm hits coast\\n\\nIt rained.")), end="")
    headline   Storm hits coast
    <BLANKLINE>
    It rained.
    """
    lines: list[str] = [f"== {title}"] if title else []

    def field(label: str, value: object) -> None:
        lines.append(f"{label:<10} {value}")

    if article.site:
        field("site", _site(article))
    field("headline", article.headline.text if article.headline else "-")
    if article.dateline:
        field("dateline", _dateline(article))
    for label, stamp in (("published", article.published), ("updated", article.updated)):
        if stamp:
            field(label, _stamp(stamp))
    for byline in article.bylines:
        field("byline", _byline(byline))
    for caption in article.captions:
        field("caption", _short(caption.text))
        if caption.credit:
            field("  credit", _credit(caption.credit))
    for pieces in article.quotations():
        # The later pieces of a quotation ('"A," she said, "b."') follow its first, indented.
        for label, quote in zip(("quote", *["  + piece"] * len(pieces)), pieces, strict=False):
            cue = f" [{quote.cue}]" if quote.cue else ""
            field(label, f"{_speaker(quote)}{cue}: {_short(quote.text, 70)}")
    for chrome in article.chrome:
        field("chrome", f"{chrome.kind}: {_short(chrome.text, 70)}")
    lines.append("")
    lines.extend(_wrap(paragraph.text, _WIDTH) + "\n" for paragraph in article.paragraphs)
    return escape_controls("\n".join(lines).rstrip() + "\n")


def format_markdown(article: Article, *, title: str | None = None) -> str:
    """*article* as a Markdown document: headline, a list of its parts, quotes, then the body.

    Control characters are written as visible ``\\xNN`` escapes, as in :func:`format_text`.

    >>> import copydesk
    >>> print(format_markdown(copydesk.parse("Storm hits coast\\n\\nIt rained.")), end="")
    # Storm hits coast
    <BLANKLINE>
    It rained.
    """
    lines: list[str] = [f"<!-- {title} -->", ""] if title else []
    lines += [f"# {_md(article.headline.text) if article.headline else '(no headline)'}", ""]
    facts: list[str] = []
    if article.site:
        facts.append(f"- **Site:** {_md(_site(article))}")
    if article.dateline:
        facts.append(f"- **Dateline:** {_md(_dateline(article))}")
    for label, stamp in (("Published", article.published), ("Updated", article.updated)):
        if stamp:
            facts.append(f"- **{label}:** {_md(_stamp(stamp))}")
    facts += [f"- **Byline:** {_md(_byline(byline))}" for byline in article.bylines]
    for caption in article.captions:
        credit = f" (credit: {_md(_credit(caption.credit))})" if caption.credit else ""
        facts.append(f"- **Caption:** {_md(_short(caption.text))}{credit}")
    if facts:
        lines += [*facts, ""]
    if article.quotes:
        lines += ["## Quotes", ""]
        for pieces in article.quotations():  # a quotation's pieces joined into one
            words = " … ".join(quote.text for quote in pieces)
            lines += [f"> {_md(_short(words, 200))}", f"> — {_md(_speaker(pieces[0]))}", ""]
        lines += ["## Body", ""]
    lines += [_md(" ".join(paragraph.text.split())) + "\n" for paragraph in article.paragraphs]
    return escape_controls("\n".join(lines).rstrip() + "\n")


# DEL and the C1 controls, which JSON may write as themselves: escaped, a terminal cannot
# read them as commands. (JSON always escapes the C0 controls, ESC among them.)
_JSON_UNESCAPED_CONTROLS = re.compile("[\x7f-\x9f]")


def format_json(article: Article, *, title: str | None = None) -> str:
    """One line of JSON: ``{"file": title, "article": article.to_dict()}``.

    ``file`` is the file name as given on the command line (null for standard input).

    >>> import copydesk
    >>> line = format_json(copydesk.parse("Storm\\n\\nIt rained.\\x9b"), title="a.txt")
    >>> line[:40], "\\x9b" in line, "\\\\u009b" in line
    ('{"file": "a.txt", "article": {"source": ', False, True)
    >>> json.loads(line)["article"]["source"]
    'Storm\\n\\nIt rained.\\x9b'
    """
    written = json.dumps({"file": title, "article": article.to_dict()}, ensure_ascii=False)
    return _JSON_UNESCAPED_CONTROLS.sub(_json_escape, written) + "\n"


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def backslash_escapes(text: str, encoding: str) -> str:
    """*text* with what *encoding* cannot write as backslash escapes (``\\U0001f600``)."""
    return text.encode(encoding, "backslashreplace").decode(encoding)


def json_escapes(text: str, encoding: str) -> str:
    """JSON Lines *text* with every non-ASCII character as a JSON escape: still the same JSON."""
    return "".join(json.dumps(json.loads(line)) + "\n" for line in text.splitlines())


@attrs.frozen
class OutputFormat:
    """One choice of ``copydesk parse --format``."""

    write: Callable[..., str]
    """``write(article, title=file name or None) -> str``: what is printed for one file."""
    help: str
    """What it prints, for ``--help``."""
    escape: Callable[[str, str], str] = backslash_escapes
    """``escape(output, encoding)``: the output, for a stdout that cannot encode all of it."""
    head: Callable[[], str] = str
    """What is printed once before the first file (``str()`` is the empty string)."""
    tail: Callable[[], str] = str
    """What is printed once after the last file."""


def format_html(article: Article, *, title: str | None = None) -> str:
    """One section of the HTML page: the article rendered (:func:`copydesk.render`)."""
    return rendering.page_section(article, name=title)


#: The formats of ``copydesk parse``, by name; the first is the default.
FORMATS: dict[str, OutputFormat] = {
    "text": OutputFormat(format_text, "a readable summary: one labelled line per part, the body"),
    "json": OutputFormat(
        format_json, 'one line per file: {"file": NAME, "article": {...}}', json_escapes
    ),
    "markdown": OutputFormat(format_markdown, "a Markdown document per file"),
    "html": OutputFormat(
        format_html,
        "one self-contained HTML page showing every part marked in the text",
        head=rendering.page_head,
        tail=rendering.page_tail,
    ),
}


# --- the parts, as the readable formats show them -------------------------------------------


def _site(article: Article) -> str:
    assert article.site is not None
    return article.site.name + (f" — {article.site.tagline}" if article.site.tagline else "")


def _stamp(stamp: DateStamp) -> str:
    """A date stamp's value, then its printed form (``2025-12-04 '4 Dec 2025'``)."""
    note = " (day and month could be swapped)" if stamp.ambiguous else ""
    return f"{stamp.value.isoformat()} {stamp.text!r}{note}"


def _dateline(article: Article) -> str:
    dateline = article.dateline
    assert dateline is not None
    details = (
        ("location", dateline.location),
        ("date", dateline.date or dateline.date_text),
        ("agency", dateline.agency),
    )
    return " ".join([repr(dateline.text)] + [f"{name}={value}" for name, value in details if value])


def _byline(byline: Any) -> str:
    organization = f" ({byline.organization})" if byline.organization else ""
    return f"{byline.kind}: {', '.join(byline.names) or byline.text}{organization}"


def _credit(credit: Any) -> str:
    file_photo = " (file photo)" if credit.file_photo else ""
    return f"{', '.join(credit.names) or '-'} / {credit.agency or '-'}{file_photo}"


def _speaker(quote: Quote) -> str:
    if quote.speaker is None:
        return NO_SPEAKER
    return str(quote.speaker.name or quote.speaker.mention)


def _short(text: str, width: int = 80, placeholder: str = " …") -> str:
    """*text* on one line, cut at a word to at most *width* characters (a long word is cut).

    >>> _short("The storm hit   the coast", 16)
    'The storm hit …'
    >>> _short("x" * 30, 10)
    'xxxxxxxx …'
    """
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    room = width - len(placeholder)
    kept = flat[: room + 1]
    kept = kept.rsplit(" ", 1)[0] if " " in kept else kept[:room]
    return kept.rstrip() + placeholder


def _wrap(text: str, width: int) -> str:
    """*text* filled to lines of at most *width* characters, in time linear in its length.

    Lines break at whitespace; a word longer than a line is cut into pieces of *width*
    characters (``textwrap.fill`` takes time quadratic in such a word's length).

    >>> print(_wrap("one two three " + "x" * 12, 8))
    one two
    three
    xxxxxxxx
    xxxx
    """
    lines: list[str] = []
    line: list[str] = []
    used = 0  # the length of the line so far, spaces included
    for word in text.split():
        for start in range(0, len(word), width):
            piece = word[start : start + width]
            if line and used + 1 + len(piece) > width:
                lines.append(" ".join(line))
                line, used = [], 0
            used += len(piece) + (1 if line else 0)
            line.append(piece)
    if line:
        lines.append(" ".join(line))
    return "\n".join(lines)


def _md(text: str) -> str:
    """Escape what Markdown would read as markup at the start of a line or inline."""
    text = text.replace("\\", "\\\\")
    for character in "*_`[]<>#|":
        text = text.replace(character, "\\" + character)
    return text
