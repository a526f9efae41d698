"""Speed of the batch path: worker scaling of ``copydesk batch`` and its overhead over ``parse``.

For each corpus file (default: every ``../shared/corpus/*/dev.jsonl.gz``) it measures

* ``parse``: a loop of ``Parser.parse`` over the texts, already in memory;
* ``parse+json``: the same plus ``to_dict()`` and ``json.dumps`` (what any output costs);
* ``batch path``: :func:`copydesk.batch.parse_jsonl` with one worker, in this process,
  from the gzipped file to a temporary file (reading, decoding, parsing, writing);
* ``copydesk batch --workers N`` for N = 1 and 2, as subprocesses, end to end (wall clock,
  interpreter start included), one right after the other in each repeat;
* with ``--parse-many``, :func:`copydesk.parse_many` with 1 and 2 workers likewise, on the
  texts in memory (it returns the articles to this process).

The in-process figures are CPU time of this process (``time.process_time``), which other load
on a shared machine disturbs less than wall clock; the three are timed in turn on slices of
about 100 records, and each is the best of ``--repeat`` runs. The
``copydesk batch`` rates are wall clock, so they are only meaningful on an otherwise idle
machine: each repeat gives one speed-up (its two-worker run over its one-worker run), the row
shows their median and range, and a line per repeat shows how many CPUs *other* processes kept
busy during each run (from ``/proc/stat``, our own processes taken out), so disturbed runs can
be told apart. ``--wait-idle S`` waits (up to S seconds) for the other load to drop before each
pair of runs. The last row, ``all``, runs on every corpus concatenated into one input, as a
crawl would be processed.

Run from the repository root::

    PYTHONPATH=src python benchmarks/batch_speed.py [CORPUS.jsonl.gz ...] [--repeat 3]
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import gzip
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from copydesk import Parser
from copydesk.batch import parse_jsonl, parse_many

ROOT = Path(__file__).resolve().parent.parent
# ../shared/corpus beside the repository (a worktree may sit one level deeper).
CORPORA = next(
    (up / "shared" / "corpus" for up in ROOT.parents if (up / "shared" / "corpus").is_dir()),
    ROOT.parent / "shared" / "corpus",
)


def main() -> None:
    options = _arguments().parse_args()
    paths = options.corpora or sorted(CORPORA.glob("*/dev.jsonl.gz"))
    if not paths:
        sys.exit(f"no corpora given and none found under {CORPORA}")
    print(f"load average at start: {_load()}  CPUs: {os.cpu_count()}  repeat: {options.repeat}")
    header = (
        f"{'corpus':<18}{'docs':>7}{'parse':>9}{'+json':>9}{'batch':>9}"
        f"{'overhead':>10}{'w=1 /s':>9}{'w=2 /s':>9}{'speedup (range)':>22}{'cpu w2/w1':>11}"
    )
    print(header + "\n" + "-" * len(header))
    for path in [] if options.combined_only else paths:
        _print(Path(path).parent.name, _measure(Path(path), options))
    with tempfile.TemporaryDirectory() as scratch:
        combined = Path(scratch) / "all.jsonl.gz"
        with gzip.open(combined, "wb", compresslevel=1) as sink:
            for path in paths:
                sink.write(gzip.decompress(Path(path).read_bytes()))
        _print("all", _measure(combined, options))
    print(f"load average at end: {_load()}")
    print(
        "parse, +json, batch: CPU microseconds per article in one process (best of the "
        "repeats); overhead: batch over parse; w=N /s: articles per second of `copydesk batch "
        "--workers N` (wall clock, process start included; best run); speedup: w=2 over w=1, "
        "median (min-max) of the repeats; cpu w2/w1: total CPU time of the two-worker run over "
        "the one-worker run, median (1.00 = no parallel overhead; unlike wall clock, little "
        "disturbed by other load); others: CPUs kept busy by other processes during each run."
    )


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path, help="JSON Lines corpus files (.gz)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing (best is kept)")
    parser.add_argument(
        "--combined-only", action="store_true", help="measure only the corpora concatenated"
    )
    parser.add_argument(
        "--wait-idle",
        type=float,
        default=0.0,
        metavar="S",
        help="before each pair of `copydesk batch` runs, wait up to S seconds for other load "
        "to drop below a tenth of a CPU",
    )
    parser.add_argument(
        "--parse-many",
        action="store_true",
        help="also time copydesk.parse_many with 1 and 2 workers on the texts in memory",
    )
    parser.add_argument(
        "--scaling-only",
        action="store_true",
        help="time only `copydesk batch` (for many quick repeats on a busy machine)",
    )
    return parser


def _measure(path: Path, options: argparse.Namespace) -> dict[str, Any]:
    lines = gzip.decompress(path.read_bytes()).splitlines(keepends=True)
    texts = [json.loads(line)["text"] for line in lines]
    parser = Parser()

    def bare(texts: list[str]) -> None:
        for text in texts:
            parser.parse(text)

    def with_json(texts: list[str]) -> None:
        for text in texts:
            # The encoder settings of the batch output.
            json.dumps(parser.parse(text).to_dict(), check_circular=False, separators=(",", ":"))

    with tempfile.TemporaryDirectory() as scratch:
        output = Path(scratch) / "out.jsonl"

        def batch_path(gzipped: bytes, sink: IO[bytes]) -> None:
            with gzip.GzipFile(fileobj=io.BytesIO(gzipped)) as records:
                parse_jsonl(records, sink, workers=1, parser=parser)

        def in_process() -> dict[str, float]:
            """CPU seconds of each way, over slices of the input taken in turn (see _slices)."""
            spent = dict.fromkeys(("parse", "json", "batch"), 0.0)
            with output.open("wb") as sink:
                for number, (part, gzipped) in enumerate(_slices(lines, texts)):
                    ways: list[tuple[str, Callable[[], None]]] = [
                        ("parse", functools.partial(bare, part)),
                        ("json", functools.partial(with_json, part)),
                        ("batch", functools.partial(batch_path, gzipped, sink)),
                    ]
                    for name, run in ways[number % 3 :] + ways[: number % 3]:
                        spent[name] += _cpu_seconds(run)
            return spent

        def command(workers: int) -> Callable[[], None]:
            arguments = [sys.executable, "-m", "copydesk", "batch", str(path)]
            arguments += ["-o", str(output), "--workers", str(workers), "--no-progress"]
            return lambda: subprocess.run(arguments, check=True, capture_output=True)

        def many(workers: int) -> Callable[[], None]:
            def run() -> None:
                parse_many(texts, workers=workers, parser=parser)

            return run

        if not options.scaling_only:
            bare(texts)  # warm up: compiled patterns, caches
        best: dict[str, float] = {}
        runs: list[dict[int, _Run]] = []
        many_runs: list[dict[int, _Run]] = []
        for repeat in range(options.repeat):
            if not options.scaling_only:
                for name, seconds in in_process().items():
                    best[name] = min(best.get(name, float("inf")), seconds)
            _wait_idle(options.wait_idle)
            # Alternate which goes first, so a trend in the load favours neither.
            order = (1, 2) if repeat % 2 == 0 else (2, 1)
            runs.append({workers: _run_command(command(workers)) for workers in order})
            if options.parse_many:
                _wait_idle(options.wait_idle)
                many_runs.append({workers: _run_command(many(workers)) for workers in order})
    return {"docs": len(texts), **best, "runs": runs, "many_runs": many_runs}


@dataclasses.dataclass
class _Run:
    wall: float
    """Seconds, wall clock."""
    cpu: float
    """CPU seconds of the command and its worker processes."""
    others: float
    """CPUs kept busy by other processes during the run, on average (nan off Linux)."""


def _run_command(run: Callable[[], None]) -> _Run:
    """Time *run*: wall clock, CPU of this process and its children, CPU of other processes."""
    busy_before = _busy_cpu_seconds()
    cpu_before = _children_cpu() + time.process_time()
    started = time.perf_counter()
    run()
    wall = time.perf_counter() - started
    cpu = _children_cpu() + time.process_time() - cpu_before
    others = (_busy_cpu_seconds() - busy_before - cpu) / wall
    return _Run(wall, cpu, max(others, 0.0))


def _busy_cpu_seconds() -> float:
    """CPU seconds all processes on the machine have used since boot (nan off Linux)."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return float("nan")
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(f) for f in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def _wait_idle(limit: float) -> None:
    """Wait up to *limit* seconds for other processes to use less than a tenth of a CPU."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        before = _busy_cpu_seconds()
        time.sleep(1.0)
        if _busy_cpu_seconds() - before < 0.1:
            return


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _slices(lines: list[bytes], texts: list[str]) -> Iterator[tuple[list[str], bytes]]:
    """The input in slices of about 100 records or 1 MB: their texts, and their lines gzipped.

    The three in-process ways are timed in turn on each slice, so that a change in the load
    from other processes during a run hits them alike, rather than whichever ran last.
    """
    start = 0
    while start < len(lines):
        end, size = start, 0
        while end < len(lines) and end - start < 100 and size < 1 << 20:
            size += len(lines[end])
            end += 1
        yield texts[start:end], gzip.compress(b"".join(lines[start:end]), compresslevel=1)
        start = end


def _cpu_seconds(run: Callable[[], None]) -> float:
    started = time.process_time()
    run()
    return time.process_time() - started


def _print(name: str, row: dict[str, Any]) -> None:
    docs = row["docs"]
    per_article = [row.get(key, float("nan")) / docs * 1e6 for key in ("parse", "json", "batch")]
    overhead = row.get("batch", float("nan")) / row.get("parse", float("nan")) - 1
    runs: list[dict[int, _Run]] = row["runs"]
    speedups = [run[1].wall / run[2].wall for run in runs]
    cpu_ratio = statistics.median(run[2].cpu / run[1].cpu for run in runs)
    rate_1 = docs / min(run[1].wall for run in runs)
    rate_2 = docs / min(run[2].wall for run in runs)
    spread = f"{statistics.median(speedups):.2f}x ({min(speedups):.2f}-{max(speedups):.2f})"
    print(
        f"{name:<18}{docs:>7.0f}"
        + "".join(f"{value:>9.0f}" for value in per_article)
        + f"{overhead:>10.1%}{rate_1:>9.0f}{rate_2:>9.0f}{spread:>22}{cpu_ratio:>11.2f}",
        flush=True,
    )
    for what, measured in (("batch", runs), ("parse_many", row["many_runs"])):
        for number, run in enumerate(measured, start=1):
            print(
                f"{'':<8}{what:>10} run {number}: w=1 {docs / run[1].wall:.0f}/s (others "
                f"{run[1].others:.2f} CPUs), w=2 {docs / run[2].wall:.0f}/s (others "
                f"{run[2].others:.2f} CPUs): {run[1].wall / run[2].wall:.2f}x, "
                f"cpu w2/w1 {run[2].cpu / run[1].cpu:.2f}",
                flush=True,
            )


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


if __name__ == "__main__":
    main()
