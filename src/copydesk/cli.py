"""The copydesk command line.

- ``copydesk parse FILE... | -`` prints each article's parts: a readable summary
  (``--format text``, the default), JSON (``--format json``) or Markdown.
- ``copydesk batch IN.jsonl[.gz] -o OUT.jsonl[.gz]`` parses a JSON Lines file of records in
  worker processes and writes one JSON record per input line, in input order.
- ``copydesk schema`` prints the JSON Schema of the records ``batch`` writes.

Exit codes: 0 success; 1 some articles or records failed; 2 usage or I/O error; 130
interrupted by Ctrl-C (SIGINT), 143 by SIGTERM, 129 by SIGHUP (128 + the signal's number).
User mistakes are reported on one line, never with a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from typing import IO

import copydesk
from copydesk import Parser
from copydesk._batch_command import (
    COMPRESSLEVEL,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    UserError,
    run_batch,
    say,
    shown,
)
from copydesk._formats import FORMATS, format_markdown, format_text
from copydesk._signals import signal_of
from copydesk._workers import default_workers
from copydesk.schema import article_schema, record_schema

__all__ = ["format_markdown", "format_text", "main"]


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
    except UserError as error:
        say(str(error))
        return EXIT_USAGE
    except KeyboardInterrupt as interrupt:  # Ctrl-C, or SIGTERM / SIGHUP during a batch
        say("interrupted")
        return 128 + signal_of(interrupt)
    except BrokenPipeError:  # e.g. `copydesk parse ... | head`: the reader has gone
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as error:  # e.g. the output cannot be flushed when it is closed
        say(f"I/O error: {error.strerror or error}")
        return EXIT_USAGE


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="copydesk", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"%(prog)s {copydesk.__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    parse = commands.add_parser(
        "parse", help="parse article text files and print their parts", description=_PARSE_HELP
    )
    parse.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files, or - for stdin")
    parse.add_argument(
        "--format",
        choices=tuple(FORMATS),
        default=next(iter(FORMATS)),
        help="what to print: "
        + "; ".join(f"{name}: {choice.help}" for name, choice in FORMATS.items())
        + " (default: %(default)s)",
    )
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
        help="output file (.gz compresses); - for stdout (required)",
    )
    batch.add_argument(
        "--text-field",
        default="text",
        metavar="NAME",
        help="the field holding the article text (default: %(default)s)",
    )
    batch.add_argument(
        "--id-field",
        default="id",
        metavar="NAME",
        help="the field copied to the output's id (default: %(default)s)",
    )
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
        default=COMPRESSLEVEL,
        metavar="1-9",
        help="gzip level of a .gz output (default: %(default)s, fastest; 9: smallest)",
    )
    batch.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show progress on stderr (default: when stderr is a terminal)",
    )
    _add_reference_date(batch)
    batch.set_defaults(run=run_batch)

    schema = commands.add_parser(
        "schema", help="print the JSON Schema of batch output records", description=_SCHEMA_HELP
    )
    schema.add_argument(
        "--article",
        action="store_true",
        help="the schema of one article instead of a record (default: a record)",
    )
    schema.set_defaults(run=_run_schema)
    return parser


_PARSE_HELP = (
    "Parse each FILE as the text of one article and print its parts. Control characters in "
    "the text (terminal escape sequences) are printed as visible escapes. For a JSON Lines "
    "file of many articles, use `copydesk batch`."
)
_BATCH_HELP = (
    "Parse a JSON Lines file of records (one JSON object per line, such as "
    '{"id": 1, "text": "..."}) in worker processes. Writes one line per input record, in '
    "input order: {id, line, article, error}. Bad records are written with an error and "
    "listed at the end. The output is written to a temporary file and renamed when closed. "
    "Exit code 0: all parsed; 1: some failed; 2: usage or I/O error; 130, 143, 129: "
    "interrupted by Ctrl-C, SIGTERM, SIGHUP (the output keeps what was written)."
)
_SCHEMA_HELP = "Print the JSON Schema (2020-12) of the records `copydesk batch` writes."


def _add_reference_date(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--reference-date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="resolve printed dates without a year against this day (default: none)",
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
    output_format = FORMATS[args.format]
    code = EXIT_OK
    sys.stdout.write(output_format.head())
    for path in args.files:
        try:
            text = _read_text(path)
        except UserError as error:
            say(str(error))
            code = EXIT_USAGE
            continue
        if _looks_like_json_lines(text):
            say(
                f"{shown(path)} looks like JSON Lines; `copydesk parse` reads a file as the "
                "text of one article: to parse one article per record, use "
                f"`copydesk batch {path} -o OUT.jsonl`"
            )
        try:
            article = parser.parse(text, reference_date=args.reference_date)
        except Exception as error:  # a bug in a step, not the user's mistake: say which file
            say(f"cannot parse {shown(path)}: {type(error).__name__}: {error}")
            code = max(code, EXIT_FAILED)
            continue
        output = output_format.write(article, title=None if path == "-" else path)
        if not _encodable(output, sys.stdout):
            output = output_format.escape(output, sys.stdout.encoding or "utf-8")
        sys.stdout.write(output)
    sys.stdout.write(output_format.tail())
    sys.stdout.flush()
    return code


def _looks_like_json_lines(text: str) -> bool:
    """Whether *text* starts with a line holding one JSON object (a record, not an article)."""
    first_line = text.lstrip("\ufeff \t\r\n").split("\n", 1)[0].strip()
    if not (first_line.startswith("{") and first_line.endswith("}")):
        return False
    try:
        return isinstance(json.loads(first_line), dict)
    except ValueError:
        return False


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


def _read_text(path: str) -> str:
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError as error:
            raise UserError(f"cannot read {path}: {error.strerror or error}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UserError(
            f"{shown(path)} is not UTF-8: byte 0x{data[error.start]:02x} "
            f"at byte offset {error.start}"
        ) from None


# --- copydesk schema -----------------------------------------------------------------------


def _run_schema(args: argparse.Namespace) -> int:
    schema = article_schema() if args.article else record_schema()
    print(json.dumps(schema, indent=2, ensure_ascii=False))
    return EXIT_OK
