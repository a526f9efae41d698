"""The copydesk command line.

- ``copydesk parse FILE... | -`` prints each article's parts: a readable summary
  (``--format text``, the default), JSON (``--format json``), Markdown, or an HTML page
  with each part marked (``--format html``).
- ``copydesk batch IN.jsonl[.gz] -o OUT.jsonl[.gz]`` parses a JSON Lines file of records in
  worker processes and writes one JSON record per input line, in input order.
- ``copydesk schema`` prints the JSON Schema of the records ``batch`` writes.

Exit codes: 0 success; 1 some articles or records failed; 2 usage or I/O error; 130
interrupted (Ctrl-C). User mistakes are reported on one line, never with a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gzip
import io
import json
import os
import sys
import textwrap
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from typing import IO, Any, BinaryIO

from copydesk import Article, Parser, rendering
from copydesk.batch import BatchReport, default_workers, parse_jsonl
from copydesk.schema import article_schema, record_schema

__all__ = ["format_markdown", "format_text", "main"]

_WIDTH = 100
#: gzip level of a ``.gz`` output. Level 1 compresses about 2.5 times faster than gzip's
#: default 6, for output about 18 % larger, on the dev corpora: at level 6, compressing cost
#: more than turning the articles into JSON, about a quarter of a short article's parse.
_COMPRESSLEVEL = 1
#: ``copydesk batch`` lists at most this many failures at the end (all are in the output).
_LISTED_FAILURES = 20

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class _UserError(Exception):
    """A mistake in the command or its files: reported on one line, exit code 2."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code.

    >>> main(["schema", "--article"]) == 0  # doctest: +ELLIPSIS
    {...}
    True
    """
    try:
        args = _arguments().parse_args(argv)
    except SystemExit as exit:  # argparse has printed usage and the error already
        return exit.code if isinstance(exit.code, int) else EXIT_USAGE
    try:
        code: int = args.run(args)
        return code
    except _UserError as error:
        _say(str(error))
        return EXIT_USAGE
    except KeyboardInterrupt:
        _say("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # e.g. `copydesk parse ... | head`: the reader has gone
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as error:  # e.g. the output cannot be flushed when it is closed
        _say(f"I/O error: {error.strerror or error}")
        return EXIT_USAGE


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="copydesk", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    parse = commands.add_parser(
        "parse", help="parse article text files and print their parts", description=_PARSE_HELP
    )
    parse.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files, or - for stdin")
    parse.add_argument("--format", choices=("text", "json", "markdown", "html"), default="text")
    _add_reference_date(parse)
    parse.set_defaults(run=_run_parse)

    batch = commands.add_parser(
        "batch", help="parse a JSON Lines file of records in parallel", description=_BATCH_HELP
    )
    batch.add_argument("input", metavar="IN", help="JSON Lines input, gzipped or not; - for stdin")
    batch.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="output file (.gz compresses); - for stdout",
    )
    batch.add_argument("--text-field", default="text", help="the field holding the article text")
    batch.add_argument("--id-field", default="id", help="the field holding the record id")
    batch.add_argument(
        "--workers",
        type=_positive_int,
        default=default_workers(),
        metavar="N",
        help="worker processes (default: one per CPU, here %(default)s)",
    )
    batch.add_argument(
        "--chunksize", type=_positive_int, default=64, metavar="N", help=argparse.SUPPRESS
    )
    batch.add_argument(
        "--compresslevel",
        type=int,
        choices=range(1, 10),
        default=_COMPRESSLEVEL,
        metavar="1-9",
        help="gzip level of a .gz output (default %(default)s: fastest; 9: smallest)",
    )
    batch.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show progress on stderr (default: when stderr is a terminal)",
    )
    _add_reference_date(batch)
    batch.set_defaults(run=_run_batch)

    schema = commands.add_parser(
        "schema", help="print the JSON Schema of batch output records", description=_SCHEMA_HELP
    )
    schema.add_argument(
        "--article", action="store_true", help="the schema of one article instead of a record"
    )
    schema.set_defaults(run=_run_schema)
    return parser


_PARSE_HELP = "Parse each FILE as one article and print its parts."
_BATCH_HELP = (
    "Parse a JSON Lines file of records (one article per line) in worker processes. Writes one "
    "line per input record, in input order: {id, line, article, error}. Bad records are "
    "written with an error and listed at the end. Exit code 0: all parsed; 1: some failed; "
    "2: usage or I/O error; 130: interrupted (the output keeps what was written)."
)
_SCHEMA_HELP = "Print the JSON Schema (2020-12) of the records `copydesk batch` writes."


def _add_reference_date(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--reference-date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="resolve printed dates without a year against this day",
    )


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}") from None


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return number


# --- copydesk parse ------------------------------------------------------------------------


def _run_parse(args: argparse.Namespace) -> int:
    parser = Parser()
    code = EXIT_OK
    if args.format == "html":  # one page for all the files: rendering.page_head ... page_tail
        sys.stdout.write(rendering.page_head())
    for path in args.files:
        try:
            text = _read_text(path)
        except _UserError as error:
            _say(str(error))
            code = EXIT_USAGE
            continue
        try:
            article = parser.parse(text, reference_date=args.reference_date)
        except Exception as error:  # a bug in a step, not the user's mistake: say which file
            _say(f"cannot parse {_shown(path)}: {type(error).__name__}: {error}")
            code = max(code, EXIT_FAILED)
            continue
        title = None if path == "-" else path
        if args.format == "json":
            output = json.dumps(article.to_dict(), ensure_ascii=False) + "\n"
            if not _encodable(output, sys.stdout):
                output = json.dumps(article.to_dict()) + "\n"  # ASCII escapes: still JSON
        elif args.format == "html":
            output = rendering.page_section(article, name=title)
        elif args.format == "markdown":
            output = _printable(format_markdown(article, title=title))
        else:
            output = _printable(format_text(article, title=title))
        sys.stdout.write(output)
    if args.format == "html":
        sys.stdout.write(rendering.page_tail())
    sys.stdout.flush()
    return code


def _encodable(text: str, stream: IO[str]) -> bool:
    """Whether *stream* can write *text* as configured (a cp1252 console cannot write emoji)."""
    if (getattr(stream, "errors", None) or "strict") != "strict":
        return True  # the stream escapes or replaces what it cannot encode by itself
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


def _read_text(path: str) -> str:
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError as error:
            raise _UserError(f"cannot read {path}: {error.strerror or error}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _UserError(
            f"{_shown(path)} is not UTF-8: byte 0x{data[error.start]:02x} "
            f"at byte offset {error.start}"
        ) from None


def _shown(path: str) -> str:
    return "standard input" if path == "-" else path


def format_text(article: Article, *, title: str | None = None) -> str:
    """A readable summary of *article*: one labelled line per part, then the body.

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
    for byline in article.bylines:
        field("byline", _byline(byline))
    for caption in article.captions:
        field("caption", _short(caption.text))
        if caption.credit:
            field("  credit", _credit(caption.credit))
    for quote in article.quotes:
        field("quote", f"{_speaker(quote)} [{quote.cue or '-'}]: {_short(quote.text, 70)}")
    for chrome in article.chrome:
        field("chrome", f"{chrome.kind}: {_short(chrome.text, 70)}")
    lines.append("")
    lines.extend(textwrap.fill(paragraph.text, _WIDTH) + "\n" for paragraph in article.paragraphs)
    return "\n".join(lines).rstrip() + "\n"


def format_markdown(article: Article, *, title: str | None = None) -> str:
    """*article* as a Markdown document: headline, a list of its parts, quotes, then the body.

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
    facts += [f"- **Byline:** {_md(_byline(byline))}" for byline in article.bylines]
    for caption in article.captions:
        credit = f" (credit: {_md(_credit(caption.credit))})" if caption.credit else ""
        facts.append(f"- **Caption:** {_md(_short(caption.text))}{credit}")
    if facts:
        lines += [*facts, ""]
    if article.quotes:
        lines += ["## Quotes", ""]
        for quote in article.quotes:
            lines += [f"> {_md(_short(quote.text, 200))}", f"> — {_md(_speaker(quote))}", ""]
        lines += ["## Body", ""]
    lines += [_md(" ".join(paragraph.text.split())) + "\n" for paragraph in article.paragraphs]
    return "\n".join(lines).rstrip() + "\n"


def _site(article: Article) -> str:
    assert article.site is not None
    return article.site.name + (f" — {article.site.tagline}" if article.site.tagline else "")


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


def _speaker(quote: Any) -> str:
    if quote.speaker is None:
        return "?"
    return str(quote.speaker.name or quote.speaker.mention)


def _short(text: str, width: int = 80) -> str:
    return textwrap.shorten(" ".join(text.split()), width, placeholder=" …")


def _md(text: str) -> str:
    """Escape what Markdown would read as markup at the start of a line or inline."""
    text = text.replace("\\", "\\\\")
    for character in "*_`[]<>#|":
        text = text.replace(character, "\\" + character)
    return text


# --- copydesk batch ------------------------------------------------------------------------


def _run_batch(args: argparse.Namespace) -> int:
    if args.output != "-" and args.input != "-" and _same_file(args.input, args.output):
        raise _UserError(f"the output {args.output} would overwrite the input")
    with (
        _open_input(args.input) as (lines, position, size),
        _open_output(args.output, args.compresslevel) as output,
    ):
        show = sys.stderr.isatty() if args.progress is None else args.progress
        progress = _Progress(position, size) if show else None
        report = BatchReport()
        try:
            parse_jsonl(
                lines,
                output,
                text_field=args.text_field,
                id_field=args.id_field,
                workers=args.workers,
                chunksize=args.chunksize,
                reference_date=args.reference_date,
                report=report,
                on_progress=progress,
            )
        except KeyboardInterrupt:
            _finish(progress, report)
            _say(f"interrupted: {report.records:,} records written to {_shown(args.output)}")
            return EXIT_INTERRUPTED
        except BrokenProcessPool:
            _finish(progress, report)
            raise _UserError(
                f"a worker process died after {report.records:,} records (out of memory?); "
                "try fewer --workers"
            ) from None
        except (gzip.BadGzipFile, EOFError, zlib.error) as error:  # a corrupt or cut .gz
            _finish(progress, report)
            raise _UserError(
                f"cannot read {args.input}: {error} (after {report.records:,} records)"
            ) from None
        except OSError as error:  # e.g. a full disk
            _finish(progress, report)
            raise _UserError(
                f"I/O error after {report.records:,} records: {error.strerror or error}"
            ) from None
        _finish(progress, report)
    return _summarize(report, args.output)


def _summarize(report: BatchReport, output: str) -> int:
    destination = "" if output == "-" else f", written to {output}"
    if not report.failed:
        _say(f"parsed {report.records:,} records{destination}")
        return EXIT_OK
    _say(f"{report.failed:,} of {report.records:,} records failed{destination}:")
    for failure in report.failures[:_LISTED_FAILURES]:
        print(f"  {failure}", file=sys.stderr)
    if report.failed > _LISTED_FAILURES:
        print(
            f"  ... and {report.failed - _LISTED_FAILURES:,} more (their output records "
            "have an error field)",
            file=sys.stderr,
        )
    return EXIT_FAILED


def _same_file(first: str, second: str) -> bool:
    try:
        return os.path.samefile(first, second)
    except OSError:
        return False


@contextlib.contextmanager
def _open_input(path: str) -> Iterator[tuple[Iterator[bytes], Callable[[], int], int | None]]:
    """Yield (lines, a function giving the raw bytes read so far, the raw size or None)."""
    if path == "-":
        raw: BinaryIO = sys.stdin.buffer
    else:
        try:
            raw = open(path, "rb")  # noqa: SIM115 - closed below
        except OSError as error:
            raise _UserError(f"cannot read {path}: {error.strerror or error}") from None
    try:
        size = os.fstat(raw.fileno()).st_size if path != "-" else None
        # Gzip or not is told by the first two bytes, so stdin and any file name work.
        buffered = raw if hasattr(raw, "peek") else io.BufferedReader(raw)  # type: ignore[type-var]
        compressed = buffered.peek(2)[:2] == b"\x1f\x8b"
        stream = gzip.GzipFile(fileobj=buffered) if compressed else buffered
        yield iter(stream), (raw.tell if size else lambda: 0), size
    finally:
        if path != "-":
            raw.close()


@contextlib.contextmanager
def _open_output(path: str, compresslevel: int = _COMPRESSLEVEL) -> Iterator[IO[bytes]]:
    if path == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    try:
        handle: IO[bytes] = open(path, "wb")  # noqa: SIM115 - closed below
    except OSError as error:
        raise _UserError(f"cannot write {path}: {error.strerror or error}") from None
    try:
        if path.endswith(".gz"):
            with gzip.GzipFile(
                fileobj=handle, mode="wb", compresslevel=compresslevel
            ) as compressed:
                yield compressed  # type: ignore[misc]
        else:
            yield handle
    finally:
        handle.close()


class _Progress:
    """Prints ``records, rate, percent done, ETA`` on one stderr line, at most 4 times a second."""

    def __init__(self, position: Callable[[], int], size: int | None) -> None:
        self.position = position
        self.size = size
        self.started = time.monotonic()
        self.shown = 0.0

    def __call__(self, report: BatchReport, *, final: bool = False) -> None:
        now = time.monotonic()
        if not final and now - self.shown < 0.25:
            return
        self.shown = now
        elapsed = max(now - self.started, 1e-9)
        parts = [f"{report.records:,} records", f"{report.records / elapsed:,.0f}/s"]
        if report.failed:
            parts.append(f"{report.failed:,} failed")
        done = self.position() / self.size if self.size else 0.0
        if done > 0 and not final:
            remaining = elapsed * (1 - done) / done
            parts += [f"{done:.0%}", f"ETA {_clock(remaining)}"]
        elif final:
            parts.append(f"in {_clock(elapsed)}")
        sys.stderr.write("\r\033[K" + ", ".join(parts) + ("\n" if final else ""))
        sys.stderr.flush()


def _finish(progress: _Progress | None, report: BatchReport) -> None:
    if progress is not None:
        progress(report, final=True)


def _clock(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}"


# --- copydesk schema -----------------------------------------------------------------------


def _run_schema(args: argparse.Namespace) -> int:
    schema = article_schema() if args.article else record_schema()
    print(json.dumps(schema, indent=2, ensure_ascii=False))
    return EXIT_OK


def _say(message: str) -> None:
    print(f"copydesk: {message}", file=sys.stderr)
