"""Signals that stop a batch: hold them back during a write, turn them into an exception.

Ctrl-C (SIGINT), SIGTERM (``kill``, a service manager stopping a job) and SIGHUP (the
terminal closed) all mean "stop now". A stop in the middle of a write to a gzip file leaves
its checksum out of step with its data, so the file is corrupt once closed: writes are done
whole under :func:`signals_deferred`, and the signals that came meanwhile are delivered
right after. A signal the caller set to be ignored stays ignored.

A handler's exception can be lost: when the signal lands while Python runs a finalizer
(``__del__``, as the ``regex`` module's pattern caches have), the exception is printed as
"ignored" and the run goes on. So :func:`signals_stop` also records each stop, and the batch
loop calls :func:`raise_pending_stop` between chunks; the "ignored" report of such a lost stop
(a traceback on standard error) is kept quiet, as the stop is still delivered.
"""

from __future__ import annotations

import contextlib
import signal
import sys
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


#: Stop signals received inside :func:`signals_stop` and not yet acted on.
_pending_stops: list[int] = []


def _stop_exception(number: int) -> KeyboardInterrupt:
    return KeyboardInterrupt() if number == signal.SIGINT else Interrupted(number)


def raise_pending_stop() -> None:
    """Raise the stop that a signal asked for, if its handler's exception was lost.

    >>> raise_pending_stop()  # nothing pending: nothing happens
    """
    if _pending_stops:
        number = _pending_stops[0]
        _pending_stops.clear()
        raise _stop_exception(number)


@contextlib.contextmanager
def signals_stop() -> Iterator[None]:
    """In the block, SIGTERM and SIGHUP raise :class:`Interrupted`, as Ctrl-C raises
    KeyboardInterrupt, and each stop is recorded for :func:`raise_pending_stop`. Signals the
    caller set to be ignored, or gave a handler of its own, keep their handling."""
    if not _in_main_thread():
        yield
        return

    def stop(number: int, frame: FrameType | None) -> None:
        _pending_stops.append(number)
        raise _stop_exception(number)

    previous = {}
    for number in STOP_SIGNALS:
        handler = signal.getsignal(number)
        ours = handler is signal.default_int_handler or (
            number != signal.SIGINT and handler is not signal.SIG_IGN
        )
        if ours:
            previous[number] = signal.signal(number, stop)
    _pending_stops.clear()
    previous_hook = sys.unraisablehook

    def quiet_lost_stop(unraisable: sys.UnraisableHookArgs) -> None:
        # A stop our handler raised inside a finalizer: raise_pending_stop delivers it.
        if _pending_stops and isinstance(unraisable.exc_value, KeyboardInterrupt):
            return
        previous_hook(unraisable)

    sys.unraisablehook = quiet_lost_stop
    try:
        yield
    finally:
        sys.unraisablehook = previous_hook
        _pending_stops.clear()
        for number, handler in previous.items():
            signal.signal(number, handler)
