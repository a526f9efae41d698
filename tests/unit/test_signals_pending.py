"""A stop signal whose exception a finalizer swallowed still stops the batch (issue #21).

Regression: under load, SIGINT or SIGHUP sometimes landed while Python ran a ``__del__`` (the
``regex`` module's pattern caches have one); the handler's exception was printed as "ignored"
and the batch ran to its end with exit status 0.
"""

from __future__ import annotations

import io
import signal
import sys
from collections.abc import Iterator

import pytest

from copydesk._signals import Interrupted, raise_pending_stop, signals_stop
from copydesk.batch import parse_jsonl


class _HandlerInFinalizer:
    """Runs the current handler of *number* inside ``__del__``, where its exception is lost."""

    def __init__(self, number: int) -> None:
        self.number = number

    def __del__(self) -> None:
        handler = signal.getsignal(self.number)
        assert callable(handler)
        handler(self.number, None)


def _swallow(number: int) -> None:
    _HandlerInFinalizer(number)  # deleted at once: the handler's exception is "ignored"


pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")


@pytest.fixture(autouse=True)
def _stop_signals_at_their_defaults() -> Iterator[None]:
    """A batch keeps a stop signal ignored that its caller ignores (``nohup`` ignores SIGHUP),
    so these tests start from the defaults whatever the test runner set."""
    saved = {number: signal.getsignal(number) for number in (signal.SIGTERM, signal.SIGHUP)}
    for number in saved:
        signal.signal(number, signal.SIG_DFL)
    yield
    for number, handler in saved.items():
        signal.signal(number, handler)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("SIGINT", KeyboardInterrupt), ("SIGTERM", Interrupted), ("SIGHUP", Interrupted)],
)
def test_a_swallowed_stop_is_raised_at_the_next_check(
    name: str, expected: type[BaseException]
) -> None:
    number = getattr(signal, name)
    with signals_stop():
        _swallow(number)  # no exception reaches here
        with pytest.raises(expected) as raised:
            raise_pending_stop()
    assert not isinstance(raised.value, Interrupted) or raised.value.signal == number
    raise_pending_stop()  # raised once: nothing left


def test_the_batch_stops_after_the_chunk_in_which_the_stop_was_swallowed() -> None:
    records = [b'{"id": %d, "text": "Title\\n\\nBody."}\n' % n for n in range(6)]

    def lines():  # type: ignore[no-untyped-def]
        for number, line in enumerate(records):
            if number == 2:
                _swallow(signal.SIGTERM)
            yield line

    output = io.BytesIO()
    with signals_stop(), pytest.raises(Interrupted):
        parse_jsonl(lines(), output, chunksize=1)
    assert 0 < len(output.getvalue().splitlines()) < len(records)


def test_outside_a_stop_block_nothing_is_pending() -> None:
    with signals_stop():
        _swallow(signal.SIGTERM)
    raise_pending_stop()  # the block cleared what it recorded


class _FailingFinalizer:
    def __del__(self) -> None:
        raise ValueError("a finalizer's own error")


def test_a_swallowed_stop_is_not_reported_but_other_lost_errors_are(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Regression: the lost stop printed "Exception ignored in ... __del__" and a traceback on
    the batch's standard error, though the stop was delivered."""
    reported: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda lost: reported.append(lost.exc_type))
    with signals_stop():
        _swallow(signal.SIGHUP)
        _FailingFinalizer()  # deleted at once: its error is lost too, and is reported
        with pytest.raises(Interrupted):
            raise_pending_stop()
    assert reported == [ValueError]
    assert sys.unraisablehook.__name__ == "<lambda>"  # the caller's hook is back
