"""Speed of the batch path: worker scaling of ``copydesk batch`` and its overhead over ``parse``.

For each corpus file (default: every ``../shared/corpus/*/dev.jsonl.gz``) it measures

* ``parse``: a loop of ``Parser.parse`` over the texts, already in memory;
* ``parse+json``: the same plus ``to_dict()`` and ``json.dumps`` (what any output costs);
* ``batch path``: :func:`copydesk.batch.parse_jsonl` with one worker, in this process,
  from the gzipped file to a temporary file (reading, decoding, parsing, writing);
* ``copydesk batch --workers N`` for N = 1 and 2, as subprocesses, end to end (wall clock,
  interpreter start included).

The in-process figures are CPU time of this process (``time.process_time``), which other load
on a shared machine disturbs little; the ``copydesk batch`` rates are wall clock, so they are
only meaningful on an otherwise idle machine. Each figure is the best of ``--repeat`` runs,
interleaved, and the load average is printed so disturbed runs can be spotted. The last row,
``all``, runs on every corpus concatenated into one input, as a crawl would be processed.

Run from the repository root::

    PYTHONPATH=src python benchmarks/batch_speed.py [CORPUS.jsonl.gz ...] [--repeat 3]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from copydesk import Parser
from copydesk.batch import parse_jsonl

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
        f"{'overhead':>10}{'w=1 /s':>9}{'w=2 /s':>9}{'speedup':>9}{'cpu w2/w1':>11}"
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
        "parse, +json, batch: CPU microseconds per article in one process; overhead: batch over "
        "parse; w=N /s: articles per second of `copydesk batch --workers N` (wall clock, "
        "process start included); speedup: w=2 over w=1; cpu w2/w1: total CPU time of the "
        "two-worker run over the one-worker run (1.00 = no parallel overhead; unlike wall "
        "clock, little disturbed by other load)."
    )


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path, help="JSON Lines corpus files (.gz)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing (best is kept)")
    parser.add_argument(
        "--combined-only", action="store_true", help="measure only the corpora concatenated"
    )
    parser.add_argument(
        "--scaling-only",
        action="store_true",
        help="time only `copydesk batch` (for many quick repeats on a busy machine)",
    )
    return parser


def _measure(path: Path, options: argparse.Namespace) -> dict[str, float]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle]
    parser = Parser()

    def bare() -> None:
        for text in texts:
            parser.parse(text)

    def with_json() -> None:
        for text in texts:
            json.dumps(parser.parse(text).to_dict(), ensure_ascii=False)

    with tempfile.TemporaryDirectory() as scratch:
        output = Path(scratch) / "out.jsonl"

        def batch_path() -> None:
            with gzip.open(path, "rb") as lines, output.open("wb") as sink:
                parse_jsonl(lines, sink, workers=1, parser=parser)

        def command(workers: int) -> Callable[[], None]:
            arguments = [sys.executable, "-m", "copydesk", "batch", str(path)]
            arguments += ["-o", str(output), "--workers", str(workers), "--no-progress"]
            return lambda: subprocess.run(arguments, check=True, capture_output=True)

        if not options.scaling_only:
            bare()  # warm up: compiled patterns, caches
        # Interleave the runs so a burst of load from elsewhere hits them alike.
        best: dict[str, float] = {}
        in_process = (
            ()
            if options.scaling_only
            else (
                ("parse", bare, _cpu_seconds),
                ("json", with_json, _cpu_seconds),
                ("batch", batch_path, _cpu_seconds),
            )
        )
        for _ in range(options.repeat):
            for name, run, clock in (
                *in_process,
                ("w1", command(1), _wall_seconds),
                ("cpu1", command(1), _children_cpu_seconds),
                ("w2", command(2), _wall_seconds),
                ("cpu2", command(2), _children_cpu_seconds),
            ):
                best[name] = min(best.get(name, float("inf")), clock(run))
    return {"docs": len(texts), **best}


def _cpu_seconds(run: Callable[[], None]) -> float:
    started = time.process_time()
    run()
    return time.process_time() - started


def _children_cpu_seconds(run: Callable[[], None]) -> float:
    """CPU time of the subprocesses *run* starts and waits for (workers included)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    run()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def _wall_seconds(run: Callable[[], None]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def _print(name: str, row: dict[str, float]) -> None:
    docs = row["docs"]
    per_article = [row.get(key, float("nan")) / docs * 1e6 for key in ("parse", "json", "batch")]
    overhead = row.get("batch", float("nan")) / row.get("parse", float("nan")) - 1
    rate_1, rate_2 = docs / row["w1"], docs / row["w2"]
    print(
        f"{name:<18}{docs:>7.0f}"
        + "".join(f"{value:>9.0f}" for value in per_article)
        + f"{overhead:>10.1%}{rate_1:>9.0f}{rate_2:>9.0f}{rate_2 / rate_1:>8.2f}x"
        + f"{row['cpu2'] / row['cpu1']:>11.2f}",
        flush=True,
    )


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


if __name__ == "__main__":
    main()
