"""``copydesk batch``: its input, its output, its progress line and how it stops.

The output is written to a temporary file next to it and renamed over it once closed, so
that OUT is never a half-written file: it keeps its old content until the new one is
complete. A run stopped by Ctrl-C, SIGTERM, SIGHUP, a cut input or a dead worker still
closes its output properly and renames it: OUT then holds every record written, a prefix
of the input. A run that cannot write (a full disk) removes its temporary file.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import io
import os
import signal
import sys
import tempfile
import time
import zlib
from collections.abc import Callable, Iterator
from concurrent.futures.process import BrokenProcessPool
from typing import IO, BinaryIO, Protocol

from copydesk._formats import escape_controls
from copydesk._signals import signal_of, signals_deferred, signals_stop
from copydesk.batch import BAD_JSON, BatchReport, parse_jsonl

#: gzip level of a ``.gz`` output. Level 1 compresses about 2.5 times faster than gzip's
#: default 6, for output about 18 % larger, on the dev corpora: at level 6, compressing cost
#: more than turning the articles into JSON, about a quarter of a short article's parse.
COMPRESSLEVEL = 1
#: ``copydesk batch`` lists at most this many failures at the end (all are in the output).
_LISTED_FAILURES = 20

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

_NOT_JSON_LINES_HINT = (
    "{input} does not look like JSON Lines: `copydesk batch` reads one JSON object per "
    'line, such as {{"id": 1, "text": "Storm hits coast\\n\\nIt rained."}} (the fields are '
    "named by --text-field and --id-field); to parse a plain text file as one article, use "
    "`copydesk parse {input}`"
)


class UserError(Exception):
    """A mistake in the command or its files: reported on one line, exit code 2."""


def say(message: str) -> None:
    """Print *message* on stderr; a record id or file name cannot drive the terminal."""
    print(escape_controls(f"copydesk: {message}"), file=sys.stderr)


def shown(path: str) -> str:
    return "standard input" if path == "-" else path


def run_batch(args: argparse.Namespace) -> int:
    if args.output != "-" and args.input != "-" and _same_file(args.input, args.output):
        raise UserError(f"the output {args.output} would overwrite the input")
    report = BatchReport()
    with signals_stop():
        with (
            _open_input(args.input) as (lines, position, size),
            _open_output(args.output, args.compresslevel) as output,
        ):
            show = sys.stderr.isatty() if args.progress is None else args.progress
            progress = _Progress(position, size) if show else None
            try:
                stopped = _parse(args, lines, output, report, progress)
            finally:
                if progress is not None:
                    progress(report, final=True)
        # The output is closed and in place: now say why the run stopped, if it did.
        if stopped is not None:
            code, message = stopped
            say(message)
            return code
    return _summarize(report, args)


def _parse(
    args: argparse.Namespace,
    lines: Iterator[bytes],
    output: IO[bytes],
    report: BatchReport,
    progress: _Progress | None,
) -> tuple[int, str] | None:
    """Run the batch; for a stop that keeps the output, return its exit code and message."""
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
    except KeyboardInterrupt as interrupt:  # Ctrl-C, SIGTERM or SIGHUP
        number = signal_of(interrupt)
        cause = "" if number == signal.SIGINT else f" by {signal.Signals(number).name}"
        written = f"{report.records:,} records written to {shown(args.output)}"
        return 128 + number, f"interrupted{cause}: {written}"
    except BrokenProcessPool:
        return EXIT_USAGE, (
            f"a worker process died after {report.records:,} records (out of memory?); "
            "try fewer --workers"
        )
    except (gzip.BadGzipFile, EOFError, zlib.error) as error:  # a corrupt or cut .gz
        return EXIT_USAGE, (
            f"cannot read {args.input}: {error} (after {report.records:,} records; they are "
            f"written to {shown(args.output)})"
        )
    except OSError as error:  # e.g. a full disk: the output is not kept
        raise UserError(
            f"I/O error after {report.records:,} records: {error.strerror or error}"
        ) from None
    return None


def _summarize(report: BatchReport, args: argparse.Namespace) -> int:
    destination = "" if args.output == "-" else f", written to {args.output}"
    if not report.failed:
        say(f"parsed {report.records:,} records{destination}")
        return EXIT_OK
    say(f"{report.failed:,} of {report.records:,} records failed{destination}:")
    for failure in report.failures[:_LISTED_FAILURES]:
        print(escape_controls(f"  {failure}"), file=sys.stderr)
    if report.failed > _LISTED_FAILURES:
        print(
            f"  ... and {report.failed - _LISTED_FAILURES:,} more (their output records "
            "have an error field)",
            file=sys.stderr,
        )
    if not report.parsed and all(f.message.startswith(BAD_JSON) for f in report.failures):
        say(_NOT_JSON_LINES_HINT.format(input=args.input if args.input != "-" else "FILE"))
    return EXIT_FAILED


def _same_file(first: str, second: str) -> bool:
    try:
        return os.path.samefile(first, second)
    except OSError:
        return False


# --- the input -----------------------------------------------------------------------------


@contextlib.contextmanager
def _open_input(path: str) -> Iterator[tuple[Iterator[bytes], Callable[[], int], int | None]]:
    """Yield (lines, a function giving the raw bytes read so far, the raw size or None)."""
    if path == "-":
        raw: BinaryIO = sys.stdin.buffer
    else:
        try:
            raw = open(path, "rb")  # noqa: SIM115 - closed below
        except OSError as error:
            raise UserError(f"cannot read {path}: {error.strerror or error}") from None
    try:
        size = os.fstat(raw.fileno()).st_size if path != "-" else None
        # Gzip or not is told by the first two bytes, so stdin and any file name work. A
        # pipe's first read can return a single byte: read until there are two (or none).
        head = raw.read(2)
        while 0 < len(head) < 2 and (more := raw.read(2 - len(head))):
            head += more
        stream = io.BufferedReader(_Replayed(head, raw))
        lines = gzip.GzipFile(fileobj=stream) if head == b"\x1f\x8b" else stream
        yield iter(lines), (raw.tell if size else lambda: 0), size
    finally:
        if path != "-":
            raw.close()


class _Readable(Protocol):
    def read(self, size: int = ..., /) -> bytes: ...


class _Replayed(io.RawIOBase):
    """*source* with *head*, the bytes already read from it, put back in front."""

    def __init__(self, head: bytes, source: _Readable) -> None:
        self._head = head
        self._source = source

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            data, self._head = self._head[: len(buffer)], self._head[len(buffer) :]
        else:
            data = self._read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def _read(self, size: int) -> bytes:
        read1 = getattr(self._source, "read1", None)  # what is there, without waiting for more
        return bytes(read1(size) if read1 is not None else self._source.read(size))


# --- the output ----------------------------------------------------------------------------


@contextlib.contextmanager
def _open_output(path: str, compresslevel: int = COMPRESSLEVEL) -> Iterator[IO[bytes]]:
    """Yield the output stream; close it (and put it in place) when the block ends.

    An error in the block (other than one :func:`_parse` reports as a stop) leaves the
    target as it was. Signals are held back while the file is closed and renamed.
    """
    if path == "-":
        yield sys.stdout.buffer
        with signals_deferred():
            sys.stdout.buffer.flush()
        return
    target = os.path.realpath(path)  # through a symbolic link, to the file it names
    temporary = None if _is_special(target) else _temporary_beside(target, path)
    try:
        handle: IO[bytes] = open(temporary or path, "wb")  # noqa: SIM115 - closed below
    except OSError as error:
        _remove(temporary)
        raise UserError(f"cannot write {path}: {error.strerror or error}") from None
    output = handle
    try:
        if path.endswith(".gz"):
            compressed = gzip.GzipFile(fileobj=handle, mode="wb", compresslevel=compresslevel)
            output = compressed  # type: ignore[assignment]
        yield output
        with signals_deferred():
            output.close()
            handle.close()
            if temporary is not None:
                os.replace(temporary, target)
    except BaseException:
        for stream in (output, handle):
            with contextlib.suppress(OSError, ValueError):
                stream.close()
        _remove(temporary)
        raise


def _is_special(path: str) -> bool:
    """Whether *path* is a device, pipe or socket (written in place, never replaced)."""
    try:
        return not os.path.isfile(path) and os.path.exists(path)
    except OSError:
        return False


def _temporary_beside(path: str, shown_path: str) -> str:
    """A new empty file in *path*'s folder, with the permissions *path* has or would get."""
    folder, name = os.path.split(path)
    try:
        descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".part")
    except OSError as error:
        raise UserError(f"cannot write {shown_path}: {error.strerror or error}") from None
    try:
        mode = os.stat(path).st_mode & 0o7777
    except OSError:
        mode = 0o666 & ~_umask()
    os.fchmod(descriptor, mode)
    os.close(descriptor)
    return temporary


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _remove(path: str | None) -> None:
    if path is not None:
        with contextlib.suppress(OSError):
            os.remove(path)


# --- progress ------------------------------------------------------------------------------


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


def _clock(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}"
