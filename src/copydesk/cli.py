"""The ``copydesk`` command line.

``copydesk parse FILE... | -`` prints each article's parts, readable (``--format text``,
the default) or as JSON (``--format json``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import textwrap
from collections.abc import Sequence
from typing import TextIO

from copydesk import Article, Parser

__all__ = ["format_text", "main"]

_WIDTH = 100


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (0 ok, 2 usage or I/O error).

    When the reader of the output goes away (``copydesk parse ... | head``), it stops
    quietly with exit code 1.
    """
    try:
        return _run(_arguments().parse_args(argv))
    except BrokenPipeError:
        _silence_stdout()
        return 1


def _run(args: argparse.Namespace) -> int:
    try:
        reference_date = dt.date.fromisoformat(args.reference_date) if args.reference_date else None
    except ValueError:
        print(
            f"copydesk: --reference-date must be YYYY-MM-DD, got {args.reference_date!r}",
            file=sys.stderr,
        )
        return 2
    parser = Parser()
    for path in args.files:
        try:
            text = _read(path)
        except (OSError, UnicodeDecodeError) as error:
            print(f"copydesk: cannot read {path}: {error}", file=sys.stderr)
            return 2
        article = parser.parse(text, reference_date=reference_date)
        if args.format == "json":
            _print_json(article)
        else:
            print(_printable(format_text(article, title=None if path == "-" else path)))
    return 0


def _encodable(text: str, stream: TextIO) -> bool:
    """Whether *stream* can write *text* as it is configured (say, a cp1252 console)."""
    if (getattr(stream, "errors", None) or "strict") != "strict":
        return True  # the stream escapes or replaces what it cannot encode itself
    try:
        text.encode(getattr(stream, "encoding", None) or "utf-8")
    except UnicodeEncodeError:
        return False
    except LookupError:
        return True
    return True


def _printable(text: str) -> str:
    """*text*, with what stdout cannot encode written as backslash escapes."""
    if _encodable(text, sys.stdout):
        return text
    encoding = sys.stdout.encoding or "utf-8"
    return text.encode(encoding, "backslashreplace").decode(encoding)


def _print_json(article: Article) -> None:
    """Print the article as one line of JSON; escaped ASCII when stdout can't take the text."""
    line = json.dumps(article.to_dict(), ensure_ascii=False)
    if not _encodable(line, sys.stdout):
        line = json.dumps(article.to_dict())
    print(line)


def _silence_stdout() -> None:
    """Point stdout at the null device, so that flushing at exit raises no second error."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="copydesk", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    parse = commands.add_parser("parse", help="parse article text files and print the parts")
    parse.add_argument("files", nargs="+", metavar="FILE", help="text files, or - for stdin")
    parse.add_argument("--format", choices=("text", "json"), default="text")
    parse.add_argument(
        "--reference-date", metavar="YYYY-MM-DD", help="resolve dates against this day"
    )
    return parser


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def format_text(article: Article, *, title: str | None = None) -> str:
    """A readable summary of *article*: one labelled line per part, then the body."""
    lines: list[str] = [f"== {title}"] if title else []

    def field(label: str, value: object) -> None:
        lines.append(f"{label:<10} {value}")

    if article.site:
        field(
            "site",
            article.site.name + (f" — {article.site.tagline}" if article.site.tagline else ""),
        )
    field("headline", article.headline.text if article.headline else "-")
    if article.dateline:
        dateline = article.dateline
        parts = [f"{dateline.text!r}"] + [
            f"{name}={value}"
            for name, value in (
                ("location", dateline.location),
                ("date", dateline.date or dateline.date_text),
                ("agency", dateline.agency),
            )
            if value
        ]
        field("dateline", " ".join(parts))
    for byline in article.bylines:
        field(
            "byline",
            f"{byline.kind}: {', '.join(byline.names) or byline.text}"
            + (f" ({byline.organization})" if byline.organization else ""),
        )
    for caption in article.captions:
        field("caption", _short(caption.text))
        if caption.credit:
            credit = caption.credit
            field(
                "  credit",
                f"{', '.join(credit.names)} / {credit.agency}"
                + (" (file photo)" if credit.file_photo else ""),
            )
    for quote in article.quotes:
        speaker = quote.speaker.name or quote.speaker.mention if quote.speaker else "?"
        field("quote", f"{speaker} [{quote.cue or '-'}]: {_short(quote.text, 70)}")
    for chrome in article.chrome:
        field("chrome", f"{chrome.kind}: {_short(chrome.text, 70)}")
    lines.append("")
    lines.extend(textwrap.fill(paragraph.text, _WIDTH) + "\n" for paragraph in article.paragraphs)
    return "\n".join(lines).rstrip() + "\n"


def _short(text: str, width: int = 80) -> str:
    return textwrap.shorten(" ".join(text.split()), width, placeholder=" …")
