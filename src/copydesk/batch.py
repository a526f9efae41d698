"""Parse many articles at once, in worker processes, results in input order.

:func:`copydesk.parse_many` returns a list; :func:`iter_parse` yields articles as they are ready and
keeps only a few chunks in flight, so it runs in constant memory over any iterable;
:func:`parse_jsonl` streams JSON Lines records to JSON Lines output (``copydesk batch``).

Each worker process receives the parser once, pickled, when it starts. A custom
:class:`~copydesk.Parser` works in the workers as long as it pickles: its steps and plugins
must be importable (defined at module level, not lambdas or local functions).

>>> import copydesk
>>> texts = ["Storm hits coast\\n\\nIt rained.", "Calm day\\n\\nIt did not."]
>>> [article.headline.text for article in copydesk.parse_many(texts)]
['Storm hits coast', 'Calm day']
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from json.encoder import encode_basestring_ascii
from typing import IO, Any, TypeVar

import attrs

from copydesk._json import article_json
from copydesk._models import Article
from copydesk._pipeline import Parser
from copydesk._signals import raise_pending_stop, signals_deferred
from copydesk._workers import StopAtError, default_workers, ordered_map

__all__ = [
    "BatchReport",
    "Failure",
    "default_workers",
    "iter_parse",
    "parse_jsonl",
    "parse_many",
]

_Item = TypeVar("_Item")

#: Texts per task sent to a worker when no ``chunksize`` is given.
DEFAULT_CHUNKSIZE = 32
#: ``parse_jsonl`` closes a chunk early once it holds this many bytes of input, so that long
#: articles travel in small chunks and no worker is left with a long last one.
_CHUNK_BYTES = 1 << 18
#: How the message of a record that is not JSON begins.
BAD_JSON = "bad JSON"
#: ``BatchReport.failures`` keeps this many failures; later ones are only counted.
MAX_KEPT_FAILURES = 1000


# --- the Python API ----------------------------------------------------------------------


def parse_many(
    texts: Iterable[str],
    *,
    workers: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    reference_date: dt.date | None = None,
    parser: Parser | None = None,
) -> list[Article]:
    """Parse every text in *texts* and return the articles in the same order.

    *workers* processes do the parsing (default: one per CPU; ``workers=1`` parses in this
    process). Texts travel to the workers *chunksize* at a time. *parser* (default: a
    default :class:`~copydesk.Parser`) must pickle; *reference_date* applies to every text.
    The first text that fails to parse raises its error here, as :func:`copydesk.parse`
    would. Each text is parsed once. A single string is refused (``TypeError``): it would
    be read as one article per character.

    >>> parse_many(["Headline\\n\\nBody."], workers=1)[0].body
    'Body.'
    >>> parse_many("Headline\\n\\nBody.")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    TypeError: parse_many() takes an iterable of texts, not a single str: ...
    """
    _refuse_single_text(texts, "parse_many")
    return list(
        iter_parse(
            texts,
            workers=workers,
            chunksize=chunksize,
            reference_date=reference_date,
            parser=parser,
        )
    )


def iter_parse(
    texts: Iterable[str],
    *,
    workers: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    reference_date: dt.date | None = None,
    parser: Parser | None = None,
) -> Iterator[Article]:
    """Like :func:`copydesk.parse_many`, but yield the articles in order as they are ready.

    Only a few chunks per worker are read ahead of the consumer, so a generator of texts of
    any length is parsed in constant memory.

    >>> [a.headline.text for a in iter_parse(iter(["One\\n\\nBody.", "Two\\n\\nBody."]))]
    ['One', 'Two']
    """
    _refuse_single_text(texts, "iter_parse")
    job = _ParseTexts(parser if parser is not None else Parser(), reference_date)
    read = StopAtError(texts)
    for articles in ordered_map(job, _chunks(read, chunksize), workers=workers):
        yield from articles
    read.raise_error()  # the texts read before an error in *texts* are parsed first


def _refuse_single_text(texts: object, function: str) -> None:
    if isinstance(texts, (str, bytes)):
        raise TypeError(
            f"{function}() takes an iterable of texts, not a single {type(texts).__name__}: "
            "use copydesk.parse(text) or parse_many([text])"
        )


# --- JSON Lines in, JSON Lines out ---------------------------------------------------------


@attrs.frozen
class Failure:
    """A record that could not be parsed.

    >>> import io
    >>> report = parse_jsonl([b'{"id": 2, "body": "no text field"}\\n'], io.BytesIO(), workers=1)
    >>> failure = report.failures[0]
    >>> failure
    Failure(line=1, id='2', message="no 'text' field")
    >>> str(failure)
    "line 1 (id 2): no 'text' field"
    """

    line: int
    """Its line number in the input (from 1)."""
    id: str | None
    """Its id, when the record has one."""
    message: str
    """What went wrong, in one line."""

    def __str__(self) -> str:
        where = f"line {self.line}" + (f" (id {self.id})" if self.id is not None else "")
        return f"{where}: {self.message}"


@attrs.define
class BatchReport:
    """What :func:`parse_jsonl` did so far; it is updated after every chunk written.

    >>> import io
    >>> lines = [b'{"id": 1, "text": "Title\\\\n\\\\nBody."}\\n', b"oops\\n"]
    >>> report = parse_jsonl(lines, io.BytesIO(), workers=1)
    >>> report.records, report.failed, report.parsed
    (2, 1, 1)
    >>> report.bytes_read == sum(len(line) for line in lines)
    True
    """

    records: int = 0
    """Records written (parsed or failed)."""
    failed: int = 0
    """Records written with an ``error``."""
    failures: list[Failure] = attrs.field(factory=list)
    """The first :data:`MAX_KEPT_FAILURES` failures, in input order."""
    bytes_read: int = 0
    """Input bytes consumed by the records written."""

    @property
    def parsed(self) -> int:
        """Records parsed without error.

        >>> BatchReport(records=10, failed=3).parsed
        7
        """
        return self.records - self.failed


def parse_jsonl(
    lines: Iterable[bytes],
    output: IO[bytes],
    *,
    text_field: str = "text",
    id_field: str = "id",
    workers: int | None = None,
    chunksize: int = 64,
    reference_date: dt.date | None = None,
    parser: Parser | None = None,
    report: BatchReport | None = None,
    on_progress: Callable[[BatchReport], None] | None = None,
) -> BatchReport:
    """Parse JSON Lines records from *lines* (raw bytes) and write JSON Lines to *output*.

    Every non-blank input line gives exactly one output line, in input order, shaped as
    :func:`copydesk.schema.record_schema` says: ``{"id", "line", "article", "error"}``. A bad
    line (not UTF-8, not JSON, no text ...) or an article that fails to parse is written with
    an ``error`` and never stops the run. *report* (a new one by default) is updated after
    each chunk is written and passed to *on_progress*; if the run is interrupted, it tells
    what was written. A UTF-8 byte-order mark before the first record is skipped.

    An error reading *lines* (a cut gzip file) is raised once every record read before it
    is written. A chunk is written whole: Ctrl-C, SIGTERM and SIGHUP are held back during a
    write and delivered after it; a signal set to be ignored stays ignored.

    >>> import io
    >>> out = io.BytesIO()
    >>> report = parse_jsonl([b'{"id": 7, "text": "Title\\\\n\\\\nBody."}\\n', b"oops\\n"], out)
    >>> report.records, report.failed, str(report.failures[0])
    (2, 1, 'line 2: bad JSON: Expecting value at column 1')
    >>> [json.loads(line)["id"] for line in out.getvalue().splitlines()]
    ['7', None]
    """
    report = report if report is not None else BatchReport()
    job = _ParseRecords(
        parser if parser is not None else Parser(), reference_date, text_field, id_field
    )
    read = StopAtError(lines)
    for written, failures, consumed in ordered_map(
        job, _line_chunks(read, chunksize), workers=workers
    ):
        with signals_deferred():
            output.write(written)
            report.records += written.count(b"\n")
            report.failed += len(failures)
            report.bytes_read += consumed
            room = MAX_KEPT_FAILURES - len(report.failures)
            report.failures.extend(failures[: max(room, 0)])
        if on_progress is not None:
            on_progress(report)
        raise_pending_stop()  # a stop whose exception a finalizer swallowed
    read.raise_error()
    return report


# --- jobs: what a worker does with one chunk ---------------------------------------------


#: What a job parses before the workers are forked (see ``ordered_map``): a short invented
#: article with most kinds of parts, so that the steps compile their patterns.
_WARM_UP_TEXT = (
    "Daily Example — news for you\n\nStorm hits the coast\n\nBy Jane Roe, Associated Press\n\n"
    "Rescue crews work near the harbor on Monday. (AP Photo/John Doe, File)\n\n"
    "PORTLAND, Maine (AP) — A storm hit the coast on Monday, officials said.\n\n"
    "“We will rebuild,” Mayor Ann Smith said on Tuesday. “It will take time,” she said.\n\n"
    "Share this:"
)


@attrs.frozen
class _ParseTexts:
    parser: Parser
    reference_date: dt.date | None

    def run(self, texts: list[str]) -> list[Article]:
        return [self.parser.parse(text, reference_date=self.reference_date) for text in texts]

    def warm_up(self) -> None:
        _warm_up(self.parser, self.reference_date)


def _warm_up(parser: Parser, reference_date: dt.date | None) -> None:
    # A parser whose custom step fails on this text fails the same way on real records,
    # where the failure is reported: nothing to say here.
    with contextlib.suppress(Exception):
        parser.parse(_WARM_UP_TEXT, reference_date=reference_date)


# A line of input: (line number from 1, byte offset of the line in the input, raw bytes).
_Line = tuple[int, int, bytes]
# What a worker returns for a chunk of lines: output bytes, failures, input bytes consumed.
_Written = tuple[bytes, list[Failure], int]


@attrs.frozen
class _ParseRecords:
    parser: Parser
    reference_date: dt.date | None
    text_field: str
    id_field: str

    def run(self, lines: list[_Line]) -> _Written:
        out: list[bytes] = []
        failures: list[Failure] = []
        consumed = 0
        for number, offset, raw in lines:
            consumed += len(raw)
            if offset == 0 and raw.startswith(codecs.BOM_UTF8):
                raw, offset = raw[len(codecs.BOM_UTF8) :], len(codecs.BOM_UTF8)
            if not raw.strip():
                continue  # a blank line is not a record
            record_id: str | None = None
            try:
                record_id, text = self._read(offset, raw)
                article = self.parser.parse(text, reference_date=self.reference_date)
                out.append(_parsed_line(record_id, number, article))
            except _BadRecord as error:
                record_id = error.record_id
                failures.append(Failure(number, record_id, str(error)))
            except Exception as error:  # a parse that failed: record it, keep going
                failures.append(Failure(number, record_id, f"{type(error).__name__}: {error}"))
            else:
                continue
            out.append(_json_line(_record(record_id, number, None, failures[-1].message)))
        return b"".join(out), failures, consumed

    def warm_up(self) -> None:
        _warm_up(self.parser, self.reference_date)

    def _read(self, offset: int, raw: bytes) -> tuple[str | None, str]:
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise _BadRecord(
                f"not UTF-8: byte 0x{raw[error.start]:02x} at byte offset {offset + error.start}"
            ) from None
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            ended = error.pos >= len(line.rstrip())
            where = "at the end of the line" if ended else f"at column {error.pos + 1}"
            raise _BadRecord(f"{BAD_JSON}: {error.msg} {where}") from None
        if not isinstance(record, dict):
            raise _BadRecord(f"expected a JSON object, got {_json_type(record)}")
        record_id = _id_of(record.get(self.id_field))
        text = record.get(self.text_field)
        if not isinstance(text, str):
            if self.text_field not in record:
                raise _BadRecord(f"no {self.text_field!r} field", record_id)
            raise _BadRecord(
                f"field {self.text_field!r} is {_json_type(text)}, not a string", record_id
            )
        return record_id, text


class _BadRecord(Exception):
    """A record that cannot be parsed; carries its id when it was read before the fault."""

    def __init__(self, message: str, record_id: str | None = None) -> None:
        super().__init__(message)
        self.record_id = record_id


def _record(
    record_id: str | None, line: int, article: dict[str, Any] | None, error: str | None
) -> dict[str, Any]:
    return {"id": record_id, "line": line, "article": article, "error": error}


# Output is for machines, so it is encoded for speed: compact separators, no check for
# circular references (to_dict makes none), and ASCII with \uXXXX escapes. Escaping is about
# a third faster than writing UTF-8 (a str with one non-ASCII character is stored two or four
# bytes a character, which then has to be encoded; an ASCII str is copied), costs ~2 % in size
# (~0.5 % once gzipped) on English news, and escapes lone surrogates, which UTF-8 cannot encode.
_ENCODE = json.JSONEncoder(check_circular=False, separators=(",", ":")).encode


def _json_line(value: object) -> bytes:
    return (_ENCODE(value) + "\n").encode("ascii")


def _parsed_line(record_id: str | None, line: int, article: Article) -> bytes:
    """``_json_line(_record(record_id, line, article.to_dict(), None))``, twice as fast."""
    written_id = "null" if record_id is None else encode_basestring_ascii(record_id)
    record = f'{{"id":{written_id},"line":{line},"article":{article_json(article)},"error":null}}\n'
    return record.encode("ascii")


def _id_of(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return "a number"
    return names.get(type(value), type(value).__name__)


# --- chunking ------------------------------------------------------------------------------


def _chunks(items: Iterable[_Item], size: int) -> Iterator[list[_Item]]:
    if size < 1:
        raise ValueError(f"chunksize must be at least 1, got {size}")
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _line_chunks(lines: Iterable[bytes], size: int) -> Iterator[list[_Line]]:
    """Number the lines, note their byte offsets, and group them by count and by bytes."""
    if size < 1:
        raise ValueError(f"chunksize must be at least 1, got {size}")
    chunk: list[_Line] = []
    chunk_bytes = 0
    offset = 0
    for number, raw in enumerate(lines, start=1):
        chunk.append((number, offset, raw))
        offset += len(raw)
        chunk_bytes += len(raw)
        if len(chunk) >= size or chunk_bytes >= _CHUNK_BYTES:
            yield chunk
            chunk, chunk_bytes = [], 0
    if chunk:
        yield chunk
