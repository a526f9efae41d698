"""CPU time of the quotes step alone, per MB, for one or more versions of copydesk.

Usage::

    python benchmarks/quote_speed.py [CORPUS.jsonl.gz] [--limit N] [--kinds said_lines,...]
                                     [--src LABEL=PATH ...] [--rounds R] [--passes P]
                                     [--profile [--sort cumulative] [--top 30]]

Every document is parsed up to the quotes step once (untimed); then the step alone runs on
the states it would have received, ``--passes`` times, each pass timed with
``time.process_time``: the figure is the step's own cost per MB of input. One *round*
starts one process per version (``PYTHONPATH`` = that version's ``src``) and keeps its
cheapest pass (the first pays for compiling patterns). The versions take turns round after
round, so a machine shared with other jobs slows them alike; compare the minimums.

Versions are given as ``LABEL=PATH`` of a ``src`` folder (``--src ref=/tmp/ref/src``; an
older commit is extracted with ``git archive COMMIT src | tar -x -C /tmp/ref``); without
``--src``, this checkout's ``src`` is measured. The step is found by its name in the
default parser (``Parser().replace("quotes", ...)``), so any version with that API works.

Inputs: the first ``--limit`` documents of a corpus file (default: the PolNeAR dev corpus),
or with ``--kinds`` the hostile inputs of ``adversarial.py`` at ``--size`` MB each.
``--profile`` runs cProfile over the quotes step of this checkout instead and prints the
top functions.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import importlib.util
import json
import os
import pstats
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "polnear" / "dev.jsonl.gz"
MB = 1_000_000


def sibling(name: str) -> Any:
    """The benchmark script ``benchmarks/<name>.py`` as a module (they are scripts, not a
    package): its corpus reader and hostile inputs are used as they are."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def hostile_texts(kinds: Sequence[str], megabytes: float) -> dict[str, list[str]]:
    """One text of about *megabytes* MB per kind of ``adversarial.py``."""
    adversarial = sibling("adversarial")
    return {kind: [adversarial.KINDS[kind](int(megabytes * MB))] for kind in kinds}


def inputs(args: argparse.Namespace) -> dict[str, list[str]]:
    """Input name -> texts, as the options ask."""
    if args.kinds:
        return hostile_texts(args.kinds.split(","), args.size)
    path = Path(args.corpus) if args.corpus else DEFAULT_CORPUS
    texts = sibling("speed").read_texts(path, args.limit, page_type=None)
    return {path.parent.name or path.stem: texts}


def declared_like(wrapper: Callable[[Any], None], step: Any) -> Callable[[Any], None]:
    """*wrapper* with the declarations of *step* (``requires``, ``uses``, ``provides``), so
    that the pipeline accepts it in the step's place."""
    for name in ("requires", "uses", "provides"):
        if hasattr(step, name):
            setattr(wrapper, name, getattr(step, name))
    return wrapper


def states_before_quotes(texts: Sequence[str]) -> tuple[Callable[[Any], None], list[Any]]:
    """The quotes step, and the parse state of each text as the step would receive it (run
    through the pipeline, not frozen into an article, which would release its blocks)."""
    from copydesk import Parser, ParseState

    parser = Parser()
    step = parser.pipeline["quotes"]

    def skip(state: Any) -> None:
        """The quotes step's place, left to the timed runs."""

    parser.replace("quotes", declared_like(skip, step))
    states = []
    for text in texts:
        state = ParseState(text, parser.lexicon)
        parser.pipeline.run(state)
        states.append(state)
    return step, states


def quote_seconds(texts: Sequence[str], passes: int) -> list[float]:
    """CPU seconds of the quotes step over *texts*, once per pass: the texts are parsed up to
    the step once, then the step alone runs on their states (its quotes cleared first)."""
    step, states = states_before_quotes(texts)
    timings = []
    for _ in range(passes):
        for state in states:
            state.quotes = []
        gc.collect()
        start = time.process_time()
        for state in states:
            step(state)
        timings.append(time.process_time() - start)
    return timings


def worker(args: argparse.Namespace) -> int:
    """Measure this process's copydesk (its ``PYTHONPATH``) and print JSON."""
    results = {}
    for name, texts in inputs(args).items():
        megabytes = sum(len(text.encode("utf-8")) for text in texts) / MB
        results[name] = {"megabytes": megabytes, "seconds": quote_seconds(texts, args.passes)}
    print(json.dumps(results))
    return 0


def profile(args: argparse.Namespace) -> int:
    """cProfile of the quotes step of this checkout over the inputs."""
    from copydesk import Parser

    profiler = cProfile.Profile()
    parser = Parser()
    step = parser.pipeline["quotes"]

    def profiled(state: Any) -> None:
        profiler.runcall(step, state)

    parser.replace("quotes", declared_like(profiled, step))
    for texts in inputs(args).values():
        for text in texts:
            parser.parse(text)
    pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)
    return 0


def versions(args: argparse.Namespace) -> list[tuple[str, str]]:
    """``(label, src path)`` of each version to measure."""
    if not args.src:
        return [("this checkout", str(ROOT / "src"))]
    pairs = []
    for given in args.src:
        label, _, path = given.partition("=")
        pairs.append((label, path) if path else (given, given))
    return pairs


def worker_options(args: argparse.Namespace) -> list[str]:
    """The options that tell a worker what to measure."""
    options = [args.corpus] if args.corpus else []
    options += ["--limit", str(args.limit), "--size", str(args.size), "--passes", str(args.passes)]
    return options + (["--kinds", args.kinds] if args.kinds else [])


def driver(args: argparse.Namespace) -> int:
    """Alternate one worker process per version, round after round; print the table."""
    cheapest: dict[tuple[str, str], list[float]] = {}
    megabytes: dict[str, float] = {}
    for _ in range(args.rounds):
        for label, path in versions(args):
            environment = {**os.environ, "PYTHONPATH": path}
            command = [sys.executable, __file__, *worker_options(args), "--worker"]
            output = subprocess.run(
                command, env=environment, check=True, capture_output=True, text=True
            ).stdout
            for name, result in json.loads(output).items():
                megabytes[name] = result["megabytes"]
                cheapest.setdefault((label, name), []).append(min(result["seconds"]))
    print(f"quotes step, CPU s per MB ({args.rounds} alternated rounds, best of {args.passes}):")
    print("| version | input | MB | min s/MB | median s/MB |")
    print("|---|---|---:|---:|---:|")
    for (label, name), seconds in cheapest.items():
        size = megabytes[name]
        print(
            f"| {label} | {name} | {size:.3f} | {min(seconds) / size:.4f} | "
            f"{statistics.median(seconds) / size:.4f} |"
        )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the options and run the driver, a worker or the profile."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", help="corpus JSONL file (default: PolNeAR dev)")
    parser.add_argument("--limit", type=int, default=300, help="documents (default 300)")
    parser.add_argument("--kinds", help="adversarial.py kinds, comma-separated, instead")
    parser.add_argument("--size", type=float, default=1.0, help="MB per kind (default 1)")
    parser.add_argument("--src", action="append", help="LABEL=PATH of a src folder (repeatable)")
    parser.add_argument("--rounds", type=int, default=5, help="alternated rounds (default 5)")
    parser.add_argument("--passes", type=int, default=5, help="passes per process (default 5)")
    parser.add_argument("--profile", action="store_true", help="cProfile this checkout instead")
    parser.add_argument("--sort", default="tottime", help="pstats sort key (default tottime)")
    parser.add_argument("--top", type=int, default=40, help="functions printed (default 40)")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker(args)
    if args.profile:
        return profile(args)
    return driver(args)


if __name__ == "__main__":
    raise SystemExit(main())
