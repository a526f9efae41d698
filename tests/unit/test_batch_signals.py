"""``copydesk batch`` as a program, stopped by signals or by a cut input, with 1, 2 and 4 workers.

Every case runs the command in a subprocess and checks what is left: the exit code, one line
on stderr, an output that is whole (a ``.gz`` that decompresses) holding a prefix of the
input, no temporary file and no worker process still alive.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import re
import signal
import subprocess
import sys
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest

import copydesk

SRC = str(Path(copydesk.__file__).resolve().parent.parent)
RECORDS = 6000
WORKERS = [1, 2, 4]


def program(*argv: str) -> subprocess.Popen[str]:
    """Start ``python -m copydesk`` with this checkout's sources first on the path."""
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.Popen(
        [sys.executable, "-m", "copydesk", *argv],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        # Whatever the test runner does with the stop signals (Ctrl-C, or SIGHUP ignored under
        # nohup), the program starts with the defaults.
        preexec_fn=_default_stop_signals,
    )


def _default_stop_signals() -> None:
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGHUP, signal.SIG_DFL)


def record(number: int) -> dict[str, Any]:
    return {"id": number, "text": f"Headline {number}\n\n" + "A sentence of the story. " * 40}


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A JSON Lines input long enough that no run ends before it is stopped."""
    path = tmp_path_factory.mktemp("crawl") / "in.jsonl"
    path.write_text("".join(json.dumps(record(n)) + "\n" for n in range(RECORDS)))
    return path


def wait_for_records(stderr: IO[str]) -> None:
    """Read the progress line until it reports at least one record written."""
    seen = ""
    while True:
        character = stderr.read(1)
        assert character, f"the batch ended before reporting progress: {seen!r}"
        seen = (seen + character)[-200:]
        match = re.search(r"([\d,]+) records", seen)
        if match and int(match.group(1).replace(",", "")) > 0:
            return


def children(pid: int) -> list[int]:
    """The processes whose parent is *pid* (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def gone(pids: list[int], timeout: float = 10.0) -> bool:
    """Whether every process in *pids* has ended (or is a zombie) within *timeout* seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        alive = []
        for pid in pids:
            try:
                state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
            except OSError:
                continue
            if state != "Z":
                alive.append(pid)
        if not alive:
            return True
        time.sleep(0.05)
    return False


def ids_in(path: Path) -> list[str]:
    """The ids of a .gz output, which must decompress completely."""
    return [json.loads(line)["id"] for line in gzip.decompress(path.read_bytes()).splitlines()]


@pytest.fixture
def reaped() -> Iterator[list[int]]:
    """PIDs to kill at the end of the test if they are still running (never leave strays)."""
    pids: list[int] = []
    yield pids
    for pid in pids:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)


needs_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")


@needs_proc
@pytest.mark.parametrize("workers", WORKERS)
@pytest.mark.parametrize("stop", ["SIGINT", "SIGTERM", "SIGHUP"])
def test_a_stop_signal_leaves_a_whole_output_and_no_worker(
    crawl: Path, tmp_path: Path, reaped: list[int], stop: str, workers: int
) -> None:
    """Regression: SIGTERM/SIGHUP killed the batch silently (exit -15), cut the .gz before its
    end-of-stream marker, and left the workers running with parent PID 1."""
    number = getattr(signal, stop)
    output = tmp_path / "out.jsonl.gz"
    process = program(
        "batch", str(crawl), "-o", str(output), "--workers", str(workers), "--progress"
    )
    reaped.append(process.pid)
    assert process.stderr is not None
    wait_for_records(process.stderr)
    workers_seen = children(process.pid)
    reaped.extend(workers_seen)
    assert len(workers_seen) == (workers if workers > 1 else 0)
    process.send_signal(number)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 128 + number, err
    cause = "" if stop == "SIGINT" else f" by {stop}"
    written = re.search(rf"copydesk: interrupted{cause}: ([\d,]+) records written to ", err)
    assert written, err
    assert "Traceback" not in err
    ids = ids_in(output)
    assert 0 < len(ids) < RECORDS
    assert len(ids) == int(written.group(1).replace(",", ""))
    assert ids == [str(n) for n in range(len(ids))]  # a prefix of the input: resumable
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl.gz"]  # no temporary file
    assert gone(workers_seen)


@needs_proc
def test_workers_die_with_a_killed_parent_and_the_old_output_stays(
    crawl: Path, tmp_path: Path, reaped: list[int]
) -> None:
    """Regression: killed outright, the batch left its workers running and a cut .gz.

    Now the workers die with it, and OUT keeps its old content (the new one was being
    written to a temporary file beside it)."""
    output = tmp_path / "out.jsonl.gz"
    output.write_bytes(gzip.compress(b'{"old": true}\n'))
    process = program("batch", str(crawl), "-o", str(output), "--workers", "2", "--progress")
    reaped.append(process.pid)
    assert process.stderr is not None
    wait_for_records(process.stderr)
    workers_seen = children(process.pid)
    reaped.extend(workers_seen)
    assert len(workers_seen) == 2
    process.kill()
    process.communicate(timeout=60)
    assert gone(workers_seen)
    assert gzip.decompress(output.read_bytes()) == b'{"old": true}\n'
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "out.jsonl.gz"]
    assert all(re.fullmatch(r"\.out\.jsonl\.gz\..+\.part", name) for name in leftovers)


def complete_lines(data: bytes) -> int:
    """How many whole lines the readable part of a cut gzip stream holds."""
    return zlib.decompressobj(wbits=31).decompress(data).count(b"\n")


@pytest.mark.parametrize("workers", WORKERS)
def test_a_cut_gzip_input_keeps_every_record_before_the_cut(tmp_path: Path, workers: int) -> None:
    """Regression: with 2+ workers none of the complete records before the cut reached the
    output (with one worker, those of the last chunk were lost)."""
    data = "".join(json.dumps(record(n)) + "\n" for n in range(300)).encode()
    compressed = gzip.compress(data)
    source = tmp_path / "in.jsonl.gz"
    source.write_bytes(compressed[: len(compressed) // 2])
    expected = complete_lines(source.read_bytes())
    assert 64 < expected < 300  # more than one chunk, not all
    output = tmp_path / "out.jsonl.gz"
    process = program(
        "batch", str(source), "-o", str(output), "--workers", str(workers), "--chunksize", "16"
    )
    _, err = process.communicate(timeout=120)
    assert process.returncode == 2, err
    assert err == (
        f"copydesk: cannot read {source}: Compressed file ended before the end-of-stream "
        f"marker was reached (after {expected} records; they are written to {output})\n"
    )
    assert ids_in(output) == [str(n) for n in range(expected)]
