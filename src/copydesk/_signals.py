"""Signals that stop a batch: hold them back during a write, turn them into an exception.

Ctrl-C (SIGINT), SIGTERM (``kill``, a service manager stopping a job) and SIGHUP (the
terminal closed) all mean "stop now". A stop in the middle of a write to a gzip file leaves
its checksum out of step with its data, so the file is corrupt once closed: writes are done
whole under :func:`signals_deferred`, and the signals that came meanwhile are delivered
right after. A signal the caller set to be ignored stays ignored.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

#: The signals that stop a batch, in the order their handlers are set.
STOP_SIGNALS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class Interrupted(KeyboardInterrupt):
    """SIGTERM or SIGHUP, stopping a batch as Ctrl-C does (a :class:`KeyboardInterrupt`)."""

    def __init__(self, number: int) -> None:
        super().__init__(signal.Signals(number).name)
        self.signal = int(number)


def signal_of(interrupt: KeyboardInterrupt) -> int:
    """The signal behind *interrupt*: SIGINT for a plain KeyboardInterrupt.

    >>> signal_of(KeyboardInterrupt()) == signal.SIGINT, signal_of(Interrupted(signal.SIGTERM))
    (True, 15)
    """
    return interrupt.signal if isinstance(interrupt, Interrupted) else int(signal.SIGINT)


def _in_main_thread() -> bool:
    # Signal handlers can only be set in the main thread; elsewhere nothing changes.
    return threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def signals_deferred() -> Iterator[None]:
    """Hold the stop signals back until the block is done, then deliver them.

    Each signal received meanwhile is raised again once the previous handlers are back, so
    the caller's own handling applies (Ctrl-C raises KeyboardInterrupt after the block, a
    default SIGTERM ends the process after it). An ignored signal is left ignored.
    """
    if not _in_main_thread():
        yield
        return
    received: list[int] = []

    def hold(number: int, frame: FrameType | None) -> None:
        received.append(number)

    previous = {}
    for number in STOP_SIGNALS:
        handler = signal.getsignal(number)
        if handler is not signal.SIG_IGN and handler is not None:
            previous[number] = signal.signal(number, hold)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    for received_number in dict.fromkeys(received):
        signal.raise_signal(received_number)


@contextlib.contextmanager
def signals_stop() -> Iterator[None]:
    """In the block, SIGTERM and SIGHUP raise :class:`Interrupted`, as Ctrl-C raises
    KeyboardInterrupt. Signals the caller set to be ignored stay ignored."""
    if not _in_main_thread():
        yield
        return

    def stop(number: int, frame: FrameType | None) -> None:
        raise Interrupted(number)

    previous = {}
    for number in STOP_SIGNALS:
        if number != signal.SIGINT and signal.getsignal(number) is not signal.SIG_IGN:
            previous[number] = signal.signal(number, stop)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
