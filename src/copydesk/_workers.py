"""The engine of :mod:`copydesk.batch`: an ordered map over worker processes.

Workers never outlive the run: they ignore the stop signals (the parent handles them), they
are killed at once when the run stops early (an interrupt, an error, an abandoned generator)
instead of finishing the record in hand, and on Linux they die with the parent process
however it ends, even by SIGKILL.
"""

from __future__ import annotations

import collections
import ctypes
import itertools
import multiprocessing
import os
import pickle
import signal
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
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
        # compiled patterns: compile them once here rather than once in every worker. The
        # job warms up on a text of its own, so that every record is parsed once only.
        job.warm_up()
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(payload, os.getpid())
    ) as pool:
        pending: collections.deque[Future[_Result]] = collections.deque()
        done = False
        try:
            for chunk in itertools.chain(first, chunks):
                pending.append(pool.submit(_run_chunk, chunk))
                if len(pending) >= workers * _TASKS_PER_WORKER:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
            done = True
        finally:
            if not done:  # an error, an interrupt or an abandoned generator
                # Killing the workers fails every pending task: none is started. (Cancelling
                # them first makes Python 3.11's executor raise InvalidStateError in its
                # thread when it sees the workers gone.)
                _kill_workers(pool)


def _kill_workers(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now: a record that takes a minute to parse must not hold up a stop."""
    kill = getattr(pool, "kill_workers", None)  # Python 3.14 and later
    if kill is not None:
        kill()
        return
    # Before 3.14 the executor offers no way to stop a running task; its table of worker
    # processes is the only handle on them.
    processes: dict[int, multiprocessing.Process] = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        if process.is_alive():
            process.kill()


def _pickled(job: object) -> bytes:
    try:
        return pickle.dumps(job)
    except (pickle.PicklingError, AttributeError, TypeError) as error:
        raise TypeError(
            f"the parser cannot be sent to worker processes ({error}); define custom steps "
            "and plugins at module level (not as lambdas or local functions), or use workers=1"
        ) from error


_worker_job: Any = None


def _start_worker(payload: bytes, parent: int) -> None:
    global _worker_job
    # Stopping is the parent's to handle: it stops feeding work, closes the output cleanly
    # and kills the workers. A forked worker would otherwise run the parent's handlers.
    for number in STOP_SIGNALS:
        signal.signal(number, signal.SIG_IGN)
    _die_with(parent)
    _worker_job = pickle.loads(payload)


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


def _run_chunk(chunk: Any) -> Any:
    return _worker_job.run(chunk)


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
