"""The engine of :mod:`copydesk.batch`: an ordered map over worker processes.

Workers never outlive the run: they ignore the stop signals (the parent handles them), they
are killed at once when the run stops early (an interrupt, an error, an abandoned generator)
instead of finishing the record in hand, and on Linux they die with the parent process
however it ends, even by SIGKILL.
"""

from __future__ import annotations

import ctypes
import itertools
import multiprocessing
import multiprocessing.connection
import os
import pickle
import signal
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.connection import Connection
from typing import Any, Protocol, TypeVar

from copydesk._signals import STOP_SIGNALS

_Chunk = TypeVar("_Chunk")
_Result = TypeVar("_Result")
_ChunkIn = TypeVar("_ChunkIn", contravariant=True)
_ResultOut = TypeVar("_ResultOut", covariant=True)
_Item = TypeVar("_Item")

#: Tasks kept in flight per worker: enough to keep workers busy, few enough for constant memory.
_TASKS_PER_WORKER = 4
#: ``prctl`` option of Linux: the signal a process gets when its parent dies.
_PR_SET_PDEATHSIG = 1


class Job(Protocol[_ChunkIn, _ResultOut]):
    """What a worker does with one chunk; it is pickled once and sent to every worker."""

    def run(self, chunk: _ChunkIn, /) -> _ResultOut: ...

    def warm_up(self) -> None:
        """Do a little work of the kind ``run`` does, to fill the caches workers inherit."""


def default_workers() -> int:
    """The number of CPUs this process may run on (at least 1).

    >>> default_workers() >= 1
    True
    """
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def ordered_map(
    job: Job[_Chunk, _Result], chunks: Iterable[_Chunk], *, workers: int | None = None
) -> Iterator[_Result]:
    """Yield ``job.run(chunk)`` for each chunk, in order, from *workers* processes.

    At most a few chunks per worker are read ahead, so memory stays constant. With one
    worker, or a single chunk, everything runs in this process. A chunk whose ``run``
    raises raises the same error here, in its turn; a worker that dies raises
    :class:`~concurrent.futures.process.BrokenProcessPool`.
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
        # compiled patterns: compile them once here rather than once in every worker. The
        # job warms up on a text of its own, so that every record is parsed once only.
        job.warm_up()
    pool = _Pool()
    try:
        pool.start(context, workers, payload)
        yield from pool.ordered(itertools.chain(first, chunks), workers * _TASKS_PER_WORKER)
    finally:
        pool.close()


class _Pool:
    """Worker processes, each with a pipe of its own and at most one chunk at a time.

    There is no helper thread: the parent sends a chunk to each idle worker, and waits for
    any result. Closing the pool after a stop kills the workers outright, which nothing can
    hold up (a pool whose helper thread reads a result half written by a killed worker
    waits for the rest of it forever).
    """

    def __init__(self) -> None:
        self.processes: list[Any] = []
        self.connections: list[Connection] = []
        self.finished = False

    def start(self, context: Any, workers: int, payload: bytes) -> None:
        forked = context.get_start_method() == "fork"
        for _ in range(workers):
            ours, theirs = context.Pipe()
            # A forked worker closes its copies of the parent's ends of the pipes, so that
            # each pipe's end is seen (EOF) when the parent or the worker closes its side.
            inherited = [c.fileno() for c in (*self.connections, ours)] if forked else []
            process = context.Process(
                target=_work, args=(theirs, payload, os.getpid(), inherited), daemon=True
            )
            process.start()
            theirs.close()
            self.processes.append(process)
            self.connections.append(ours)

    def ordered(self, chunks: Iterator[Any], ahead: int) -> Iterator[Any]:
        """Yield the results of *chunks* in order, with at most *ahead* chunks read ahead."""
        idle = list(range(len(self.processes)))
        busy: dict[int, int] = {}  # worker -> the number of the chunk it has
        results: dict[int, tuple[bool, Any]] = {}  # chunk number -> (ok, result or error)
        sent = given = 0
        more = True
        while True:
            while more and idle and sent - given < ahead:
                chunk = next(chunks, _END)
                if chunk is _END:
                    more = False
                    break
                worker = idle.pop()
                busy[worker] = sent
                sent += 1
                if not self._send(worker, chunk):
                    results[busy.pop(worker)] = (False, self._died(worker))
            if given in results:
                ok, result = results.pop(given)
                given += 1
                if not ok:
                    raise result
                yield result
            elif busy:
                for worker in self._ready(busy):
                    answer = self._receive(worker)
                    results[busy.pop(worker)] = answer or (False, self._died(worker))
                    if answer:
                        idle.append(worker)
            else:  # every chunk sent has been given: the end (a dead worker raised before)
                self.finished = True
                return

    def _ready(self, busy: dict[int, int]) -> list[int]:
        """Wait until a busy worker has a result (or has died); return those that have."""
        owners: dict[Any, int] = {}
        for worker in busy:
            owners[self.connections[worker]] = worker
            owners[self.processes[worker].sentinel] = worker  # ready when it has died
        return sorted({owners[item] for item in multiprocessing.connection.wait(list(owners))})

    # A worker that has died is not given work again; its chunk's result is the error, raised
    # in its turn, after the results of the chunks before it.

    def _send(self, worker: int, chunk: Any) -> bool:
        try:
            self.connections[worker].send(chunk)
        except OSError:  # it has died since it sent its last result
            return False
        return True

    def _receive(self, worker: int) -> tuple[bool, Any] | None:
        try:
            answer: tuple[bool, Any] = self.connections[worker].recv()
        except (EOFError, OSError):
            return None
        return answer

    def _died(self, worker: int) -> BrokenProcessPool:
        self.processes[worker].join(timeout=1)
        code = self.processes[worker].exitcode
        return BrokenProcessPool(f"a worker process ended while parsing (exit code {code})")

    def close(self) -> None:
        """Let the workers go when all is done; kill them at once after a stop."""
        if not self.finished:
            for process in self.processes:
                process.kill()
        for connection in self.connections:
            connection.close()  # a waiting worker reads the end of its input and returns
        for process in self.processes:
            process.join(timeout=5)
            if process.is_alive():
                process.kill()
                process.join()


_END = object()


def _work(connection: Connection, payload: bytes, parent: int, inherited: list[int]) -> None:
    """A worker process: run the job on each chunk received, send back (ok, result)."""
    for descriptor in inherited:
        os.close(descriptor)
    # Stopping is the parent's to handle: it stops feeding work, closes the output cleanly
    # and kills the workers. A forked worker would otherwise run the parent's handlers.
    for number in STOP_SIGNALS:
        signal.signal(number, signal.SIG_IGN)
    _die_with(parent)
    job = pickle.loads(payload)
    while True:
        try:
            chunk = connection.recv()
        except (EOFError, OSError):  # the parent is done with this worker
            return
        try:
            answer: tuple[bool, Any] = (True, job.run(chunk))
        except Exception as error:  # the parent raises it in the chunk's turn
            answer = (False, error)
        try:
            connection.send(answer)
        except (pickle.PicklingError, AttributeError, TypeError) as error:
            connection.send((False, RuntimeError(f"cannot send the result back: {error}")))
        except OSError:  # the parent has gone
            return


def _pickled(job: object) -> bytes:
    try:
        return pickle.dumps(job)
    except (pickle.PicklingError, AttributeError, TypeError) as error:
        raise TypeError(
            f"the parser cannot be sent to worker processes ({error}); define custom steps "
            "and plugins at module level (not as lambdas or local functions), or use workers=1"
        ) from error


def _die_with(parent: int) -> None:
    """Have Linux kill this process when its parent dies, even by SIGKILL (elsewhere: no-op)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


class StopAtError(Iterator[_Item]):
    """Iterate over *items* until they raise; keep the error to raise after the last item.

    The items read before an input error (a cut gzip file) are then all processed and
    written before the error is reported.

    >>> def cut():
    ...     yield 1
    ...     raise EOFError("cut")
    >>> items = StopAtError(cut())
    >>> list(items), items.error
    ([1], EOFError('cut'))
    """

    def __init__(self, items: Iterable[_Item]) -> None:
        self._items = iter(items)
        self.error: Exception | None = None

    def __next__(self) -> _Item:
        if self.error is not None:
            raise StopIteration
        try:
            return next(self._items)
        except StopIteration:
            raise
        except Exception as error:
            self.error = error
            raise StopIteration from None

    def raise_error(self) -> None:
        """Raise the error met, if any."""
        if self.error is not None:
            raise self.error
