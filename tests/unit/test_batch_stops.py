"""How a batch stops and what it reads: slow records, signals during a write, input errors,
byte-order marks, and each record parsed once (in this process; the program's own signal
handling is in test_batch_signals.py)."""

from __future__ import annotations

import codecs
import collections
import io
import json
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from types import FrameType

import pytest

from copydesk import Parser, ParseState, step
from copydesk.batch import iter_parse, parse_jsonl, parse_many

SLOW_FLAG = "COPYDESK_TEST_SLOW_FLAG"
PARSE_LOG = "COPYDESK_TEST_PARSE_LOG"


@step(requires=("blocks",))
def slow_on_marker(state: ParseState) -> None:
    """Take a minute over a text holding SLOW; say so in the flag file first."""
    if "SLOW" in state.source:
        Path(os.environ[SLOW_FLAG]).touch()
        time.sleep(60)


@step(requires=("blocks",))
def log_each_parse(state: ParseState) -> None:
    """Append the first line of every text parsed to the log file (workers included)."""
    with open(os.environ[PARSE_LOG], "a", encoding="utf-8") as log:
        log.write(state.source.split("\n", 1)[0] + "\n")


def record(number: int, headline: str | None = None) -> bytes:
    text = f"{headline or f'Headline {number}'}\n\nThe council met on day {number}."
    return (json.dumps({"id": number, "text": text}) + "\n").encode()


def test_ctrl_c_does_not_wait_for_a_slow_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: Ctrl-C waited for the record being parsed (53 s with a slow record);
    now the workers are killed at once."""
    flag = tmp_path / "slow-started"
    monkeypatch.setenv(SLOW_FLAG, str(flag))
    parser = Parser().add("slow", slow_on_marker, after="headline")
    lines = [record(0), record(1, "SLOW"), record(2), record(3)]

    def interrupt_once_the_slow_record_is_parsed() -> None:
        while not flag.exists():
            time.sleep(0.01)
        os.kill(os.getpid(), signal.SIGINT)

    threading.Thread(target=interrupt_once_the_slow_record_is_parsed, daemon=True).start()
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    started = time.monotonic()
    try:
        with pytest.raises(KeyboardInterrupt):
            parse_jsonl(lines, io.BytesIO(), workers=2, chunksize=1, parser=parser)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert time.monotonic() - started < 30  # a hang guard: the slow record sleeps 60 s
    assert multiprocessing.active_children() == []  # no worker left behind


def test_each_record_is_parsed_once_with_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: with 2+ workers the first text was parsed twice (a warm-up in the parent,
    then in a worker): a 50 MB first record took twice as long."""
    log = tmp_path / "parses.log"
    monkeypatch.setenv(PARSE_LOG, str(log))
    parser = Parser().add("log", log_each_parse, after="headline")
    lines = [record(n) for n in range(6)]
    output = io.BytesIO()
    assert parse_jsonl(lines, output, workers=2, chunksize=1, parser=parser).records == 6
    counts = collections.Counter(log.read_text(encoding="utf-8").splitlines())
    assert {f"Headline {n}": counts[f"Headline {n}"] for n in range(6)} == {
        f"Headline {n}": 1 for n in range(6)
    }


class SignallingOutput(io.BytesIO):
    """An output that sends this process *number* at the start of every write."""

    def __init__(self, number: int) -> None:
        super().__init__()
        self.number = number

    def write(self, data: bytes) -> int:  # type: ignore[override]
        os.kill(os.getpid(), self.number)
        return super().write(data)


def test_an_ignored_ctrl_c_stays_ignored_during_a_write() -> None:
    """Regression: a SIGINT the caller had set to be ignored still interrupted a write."""
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        output = SignallingOutput(signal.SIGINT)
        report = parse_jsonl([record(n) for n in range(4)], output, workers=1, chunksize=2)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert report.records == 4
    assert len(output.getvalue().splitlines()) == 4


class Stopped(Exception):
    """Raised by the test's SIGTERM handler."""


def test_sigterm_during_a_write_is_delivered_after_it() -> None:
    """A SIGTERM handler runs after the chunk being written is written whole."""

    def stop(number: int, frame: FrameType | None) -> None:
        raise Stopped

    previous = signal.signal(signal.SIGTERM, stop)
    output = SignallingOutput(signal.SIGTERM)
    try:
        with pytest.raises(Stopped):
            parse_jsonl([record(n) for n in range(4)], output, workers=1, chunksize=2)
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert [json.loads(line)["id"] for line in output.getvalue().splitlines()] == ["0", "1"]


def test_a_byte_order_mark_before_the_first_record_is_skipped() -> None:
    """Regression: a UTF-8 byte-order mark made the first JSONL record fail as bad JSON."""
    output = io.BytesIO()
    lines = [codecs.BOM_UTF8 + record(0), record(1)]
    report = parse_jsonl(lines, output, workers=1)
    assert (report.records, report.failed) == (2, 0)
    assert report.bytes_read == sum(len(line) for line in lines)


def test_a_line_holding_only_a_byte_order_mark_is_blank() -> None:
    """A byte-order mark alone on the first line is no record."""
    output = io.BytesIO()
    report = parse_jsonl([codecs.BOM_UTF8 + b"\n", record(1)], output, workers=1)
    assert (report.records, report.failed) == (1, 0)
    assert json.loads(output.getvalue())["line"] == 2


@pytest.mark.parametrize("function", [parse_many, lambda texts: list(iter_parse(texts))])
@pytest.mark.parametrize("text", ["abc", b"abc"])
def test_a_single_string_is_refused(function: object, text: object) -> None:
    """Regression: parse_many("abc") parsed three one-letter articles."""
    with pytest.raises(TypeError, match=r"not a single (str|bytes)"):
        function(text)  # type: ignore[operator]


@pytest.mark.parametrize("workers", [1, 2])
def test_texts_read_before_an_input_error_are_parsed_first(workers: int) -> None:
    """Regression: an error reading the texts lost the articles of the texts read before it."""

    def cut() -> Iterator[str]:
        for number in range(5):
            yield f"Headline {number}\n\nBody."
        raise EOFError("the input was cut")

    headlines: list[str | None] = []

    def read_all() -> None:
        for article in iter_parse(cut(), workers=workers, chunksize=2):
            headlines.append(article.headline.text if article.headline else None)

    with pytest.raises(EOFError, match="the input was cut"):
        read_all()
    assert headlines == [f"Headline {number}" for number in range(5)]


@step(requires=("blocks",))
def die_on_marker(state: ParseState) -> None:
    """End the worker process at once on a text holding DIE (as the out-of-memory killer)."""
    if "DIE" in state.source:
        os._exit(3)


def test_a_worker_that_dies_is_reported_and_the_others_stop() -> None:
    """A worker that ends mid-run raises BrokenProcessPool, after the records before it."""
    parser = Parser().add("die", die_on_marker, after="headline")
    lines = [record(0), record(1), record(2, "DIE"), record(3)]
    output = io.BytesIO()
    with pytest.raises(BrokenProcessPool, match="exit code 3"):
        parse_jsonl(lines, output, workers=2, chunksize=1, parser=parser)
    assert [json.loads(line)["id"] for line in output.getvalue().splitlines()] == ["0", "1"]
    assert multiprocessing.active_children() == []
