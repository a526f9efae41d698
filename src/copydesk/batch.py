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

import collections
import contextlib
import datetime as dt
import itertools
import json
import multiprocessing
import os
import pickle
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from json.encoder import encode_basestring_ascii
from typing import IO, Any, Protocol, TypeVar

import attrs

from copydesk._json import article_json
from copydesk._models import Article
from copydesk._pipeline import Parser

__all__ = [
    "BatchReport",
    "Failure",
    "default_workers",
    "iter_parse",
    "parse_jsonl",
    "parse_many",
]

_Chunk = TypeVar("_Chunk")
_Result = TypeVar("_Result")
_ChunkIn = TypeVar("_ChunkIn", contravariant=True)
_ResultOut = TypeVar("_ResultOut", covariant=True)
_Item = TypeVar("_Item")

#: Texts per task sent to a worker when no ``chunksize`` is given.
DEFAULT_CHUNKSIZE = 32
#: Tasks kept in flight per worker: enough to keep workers busy, few enough for constant memory.
_TASKS_PER_WORKER = 4
#: ``parse_jsonl`` closes a chunk early once it holds this many bytes of input, so that long
#: articles travel in small chunks and no worker is left with a long last one.
_CHUNK_BYTES = 1 << 18
#: ``BatchReport.failures`` keeps this many failures; later ones are only counted.
MAX_KEPT_FAILURES = 1000


def default_workers() -> int:
    """The number of CPUs this process may run on (at least 1).

    >>> default_workers() >= 1
    True
    """
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


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
    would.

    >>> parse_many(["Headline\\n\\nBody."], workers=1)[0].body
    'Body.'
    """
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
    job = _ParseTexts(parser if parser is not None else Parser(), reference_date)
    for articles in _ordered_map(job, _chunks(texts, chunksize), workers=workers):
        yield from articles


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


@contextlib.contextmanager
def _interrupts_deferred() -> Iterator[None]:
    """Hold Ctrl-C back until the block is done, then raise it.

    A KeyboardInterrupt in the middle of a write to a gzip file leaves its checksum out of
    step with its data, so the file is corrupt once closed: chunks are written whole or not
    at all. (Signal handlers can only be set in the main thread; elsewhere nothing changes.)
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda number, frame: received.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if received:
        raise KeyboardInterrupt


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
    what was written.

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
    for written, failures, consumed in _ordered_map(
        job, _line_chunks(lines, chunksize), workers=workers
    ):
        with _interrupts_deferred():
            output.write(written)
            report.records += written.count(b"\n")
            report.failed += len(failures)
            report.bytes_read += consumed
            room = MAX_KEPT_FAILURES - len(report.failures)
            report.failures.extend(failures[: max(room, 0)])
        if on_progress is not None:
            on_progress(report)
    return report


# --- jobs: what a worker does with one chunk ---------------------------------------------


class _Job(Protocol[_ChunkIn, _ResultOut]):
    def run(self, chunk: _ChunkIn, /) -> _ResultOut: ...


@attrs.frozen
class _ParseTexts:
    parser: Parser
    reference_date: dt.date | None

    def run(self, texts: list[str]) -> list[Article]:
        return [self.parser.parse(text, reference_date=self.reference_date) for text in texts]


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
            raise _BadRecord(f"bad JSON: {error.msg} {where}") from None
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


# --- the engine: ordered map over worker processes ---------------------------------------


def _ordered_map(
    job: _Job[_Chunk, _Result], chunks: Iterable[_Chunk], *, workers: int | None = None
) -> Iterator[_Result]:
    """Yield ``job.run(chunk)`` for each chunk, in order, from *workers* processes.

    At most a few chunks per worker are in flight, so memory stays constant. With one worker,
    or a single chunk, everything runs in this process.
    """
    workers = default_workers() if workers is None else workers
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    chunks = iter(chunks)
    first = list(itertools.islice(chunks, 2))
    if workers == 1 or len(first) < 2:
        for chunk in itertools.chain(first, chunks):
            yield job.run(chunk)
        return
    payload = _pickled(job)
    context = multiprocessing.get_context()
    if context.get_start_method() == "fork":
        # Forked workers inherit the parent's memory, including the regex module's cache of
        # compiled patterns: compile them once here rather than once in every worker.
        _warm_up(job, first[0])
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(payload,)
    ) as pool:
        pending: collections.deque[Future[_Result]] = collections.deque()
        try:
            for chunk in itertools.chain(first, chunks):
                pending.append(pool.submit(_run_chunk, chunk))
                if len(pending) >= workers * _TASKS_PER_WORKER:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            # On an error, an interrupt or an abandoned generator: drop the work not started.
            for future in pending:
                future.cancel()


def _warm_up(job: _Job[Any, Any], chunk: Any) -> None:
    """Run *job* on the first item of *chunk* and throw the result away."""
    # A failure here is the first item's own: a worker meets it again and reports it.
    with contextlib.suppress(Exception):
        job.run(chunk[:1])


def _pickled(job: object) -> bytes:
    try:
        return pickle.dumps(job)
    except (pickle.PicklingError, AttributeError, TypeError) as error:
        raise TypeError(
            f"the parser cannot be sent to worker processes ({error}); define custom steps "
            "and plugins at module level (not as lambdas or local functions), or use workers=1"
        ) from error


_worker_job: Any = None


def _start_worker(payload: bytes) -> None:
    global _worker_job
    # Ctrl-C is the parent's to handle: it stops feeding work and closes the output cleanly.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_job = pickle.loads(payload)


def _run_chunk(chunk: Any) -> Any:
    return _worker_job.run(chunk)


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
