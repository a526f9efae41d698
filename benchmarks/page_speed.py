"""CPU time of whole parses of web pages, for one or more versions of copydesk, in turns.

Usage::

    python benchmarks/page_speed.py [CORPUS.jsonl.gz] [--limit N] [--src LABEL=PATH ...]
                                    [--rounds R] [--passes P] [--steps] [--instructions]

The first ``--limit`` article pages of a corpus (default: the WCXB dev corpus; the speed
goal of issue #18 is stated for its article pages) are parsed whole, ``--passes`` times in
one process, each pass timed with ``time.process_time``. One *round* starts one process per
version (``PYTHONPATH`` = that version's ``src``) and keeps its cheapest pass (the first
pays for compiling patterns); the versions take turns round after round, so a machine
shared with other jobs slows them alike. Compare the minimums, within one run only.

Versions are given as ``LABEL=PATH`` of a ``src`` folder (``--src main=/tmp/ref/src``; a
commit is extracted with ``git archive COMMIT src | tar -x -C /tmp/ref``); without
``--src``, this checkout's ``src`` is measured. With ``--steps``, each version's cheapest
pass is also split by step (the steps timed in the same process, one more pass each round).

With ``--instructions``, each version instead parses the pages once under Valgrind
(``cachegrind``, no cache simulation; some 25x slower) and the instructions it executed are
counted, less those of a process that reads the pages and parses none: a count does not
move with the load of a shared machine, where CPU times of a few percent apart do.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "wcxb" / "dev.jsonl.gz"
MB = 1_000_000


def sibling(name: str) -> Any:
    """The benchmark script ``benchmarks/<name>.py`` as a module (its corpus reader)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def worker(args: argparse.Namespace) -> int:
    """Measure this process's copydesk (its ``PYTHONPATH``) and print JSON."""
    from copydesk import Parser

    speed = sibling("speed")
    texts = speed.read_texts(Path(args.corpus or DEFAULT_CORPUS), args.limit)
    parser = Parser()
    timings = []
    for _ in range(args.passes):
        gc.collect()
        start = time.process_time()
        for text in texts:
            parser.parse(text)
        timings.append(time.process_time() - start)
    steps: dict[str, float] = {}
    if args.steps:
        speed.CLOCK = time.process_time
        steps = speed.per_step_seconds(texts)
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / MB
    result = {"pages": len(texts), "megabytes": megabytes, "seconds": timings, "steps": steps}
    print(json.dumps(result))
    return 0


def instructions(path: str, limit: int, corpus: str | None) -> int:
    """Instructions a worker of the version at *path* executes parsing *limit* pages once."""
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no"]
    command += ["--cachegrind-out-file=/dev/null", sys.executable, __file__]
    command += [*([corpus] if corpus else []), "--limit", str(limit), "--passes", "1"]
    environment = {**os.environ, "PYTHONPATH": path}
    report = subprocess.run(
        [*command, "--worker"], env=environment, check=True, capture_output=True, text=True
    ).stderr
    found = re.search(r"I\s+refs:\s+([\d,]+)", report)
    if found is None:
        raise RuntimeError(f"no instruction count in Valgrind's report:\n{report}")
    return int(found.group(1).replace(",", ""))


def count_driver(args: argparse.Namespace) -> int:
    """Count each version's instructions (see ``--instructions``); print the table."""
    print(f"instructions of one parse of {args.limit} pages (Valgrind cachegrind):")
    print("| version | instructions | per page |")
    print("|---|---:|---:|")
    for label, path in versions(args):
        parsed = instructions(path, args.limit, args.corpus)
        idle = instructions(path, 0, args.corpus)
        count = parsed - idle
        print(f"| {label} | {count:,} | {count // max(args.limit, 1):,} |")
    return 0


def versions(args: argparse.Namespace) -> list[tuple[str, str]]:
    """``(label, src path)`` of each version to measure, read as ``quote_speed.py`` reads
    its ``--src`` options."""
    pairs: list[tuple[str, str]] = sibling("quote_speed").versions(args)
    return pairs


def driver(args: argparse.Namespace) -> int:
    """Alternate one worker process per version, round after round; print the table."""
    cheapest: dict[str, list[float]] = {}
    steps: dict[str, dict[str, float]] = {}
    size: dict[str, Any] = {}
    options = [args.corpus] if args.corpus else []
    options += ["--limit", str(args.limit), "--passes", str(args.passes)]
    options += ["--steps"] if args.steps else []
    for _ in range(args.rounds):
        for label, path in versions(args):
            environment = {**os.environ, "PYTHONPATH": path}
            command = [sys.executable, __file__, *options, "--worker"]
            output = subprocess.run(
                command, env=environment, check=True, capture_output=True, text=True
            ).stdout
            result = json.loads(output)
            size = result
            cheapest.setdefault(label, []).append(min(result["seconds"]))
            kept = steps.setdefault(label, {})
            for name, seconds in result["steps"].items():
                kept[name] = min(kept.get(name, seconds), seconds)
    pages, megabytes = size["pages"], size["megabytes"]
    print(
        f"whole parse of {pages} pages ({megabytes:.2f} MB), CPU s "
        f"({args.rounds} alternated rounds, best of {args.passes} passes each):"
    )
    print("| version | min s | median s | pages/s | MB/s |")
    print("|---|---:|---:|---:|---:|")
    for label, seconds in cheapest.items():
        best = min(seconds)
        print(
            f"| {label} | {best:.3f} | {statistics.median(seconds):.3f} | "
            f"{pages / best:.1f} | {megabytes / best:.3f} |"
        )
    if args.steps:
        labels = list(steps)
        print("\nby step, CPU s (cheapest of the rounds):")
        print("| step | " + " | ".join(labels) + " |")
        print("|---|" + "---:|" * len(labels))
        for name in steps[labels[0]]:
            row = " | ".join(f"{steps[label].get(name, 0.0):.3f}" for label in labels)
            print(f"| {name} | {row} |")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the options and run the driver or a worker."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", help="corpus JSONL file (default: WCXB dev)")
    parser.add_argument("--limit", type=int, default=200, help="article pages (default 200)")
    parser.add_argument("--src", action="append", help="LABEL=PATH of a src folder (repeatable)")
    parser.add_argument("--rounds", type=int, default=3, help="alternated rounds (default 3)")
    parser.add_argument("--passes", type=int, default=2, help="passes per process (default 2)")
    parser.add_argument("--steps", action="store_true", help="also split each version by step")
    parser.add_argument(
        "--instructions", action="store_true", help="count instructions under Valgrind instead"
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker(args)
    return count_driver(args) if args.instructions else driver(args)


if __name__ == "__main__":
    raise SystemExit(main())
